//! The number and title of an entry of a repeated list, spelled one way everywhere: the
//! form's legends, the review page, the printed document, the change list, the verdict's
//! reasons and the removal questions all call these.
//!
//! - [`entry_label`]: 「再委託先2」 / "Subcontractor 2".
//! - [`entry_title`]: 「再委託先2：国民健康保険中央会」 / "Subcontractor 2: …", the label
//!   alone while the entry has no name (a measure is named by its category): headings,
//!   legends, summaries.
//! - [`named_in_text`]: 「再委託先2（国民健康保険中央会）」 / "Subcontractor 2 (…)": inside a
//!   sentence or an item path (the verdict's reasons, the change list), where a colon would
//!   read as the sentence's own.

use crate::model::Declaration;
use crate::words::Words;

/// The repeated lists of the declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    Subcontractors,
    Regions,
    Measures,
    /// 宛先: the municipalities a federation's draft is sent to.
    Addressees,
}

impl Group {
    /// The list's path: `subcontractors`, `cloud.data_location.regions`, `measures`.
    pub fn path(self) -> &'static str {
        match self {
            Group::Subcontractors => "subcontractors",
            Group::Regions => "cloud.data_location.regions",
            Group::Measures => "measures",
            Group::Addressees => "addressees",
        }
    }

    /// The group of a list path.
    pub fn of(path: &str) -> Option<Group> {
        [
            Group::Subcontractors,
            Group::Regions,
            Group::Measures,
            Group::Addressees,
        ]
        .into_iter()
        .find(|g| g.path() == path)
    }

    /// How many entries the list has in `d`.
    pub fn len(self, d: &Declaration) -> usize {
        match self {
            Group::Subcontractors => d.subcontractors.len(),
            Group::Measures => d.measures.len(),
            Group::Addressees => d.addressees.len(),
            Group::Regions => d
                .cloud
                .as_ref()
                .and_then(|c| c.data_location.as_ref())
                .map_or(0, |l| l.regions.len()),
        }
    }

    /// What one entry is called: 再委託先 / 保管場所 / 対策.
    pub fn noun(self) -> Words {
        match self {
            Group::Subcontractors => Words::new("再委託先", "Subcontractor"),
            Group::Regions => Words::new("保管場所", "Storage location"),
            Group::Measures => Words::new("対策", "Measure"),
            Group::Addressees => Words::new("宛先", "Addressee"),
        }
    }
}

/// 「再委託先2」 / "Subcontractor 2" for the entry at `index` (0-based).
pub fn entry_label(group: Group, index: usize) -> Words {
    let noun = group.noun();
    let n = index + 1;
    Words::new(format!("{}{n}", noun.ja), format!("{} {n}", noun.en))
}

/// 「再委託先2：国民健康保険中央会」 / "Subcontractor 2: …"; [`entry_label`] alone while the
/// entry has no name.
pub fn entry_title(d: &Declaration, group: Group, index: usize) -> Words {
    let label = entry_label(group, index);
    match entry_name(d, group, index) {
        Some(name) => Words::new(
            format!("{}：{}", label.ja, name.ja),
            format!("{}: {}", label.en, name.en),
        ),
        None => label,
    }
}

/// An entry's label and name as they read inside a sentence: 「再委託先2（国民健康保険中央会）」.
pub fn named_in_text(label: Words, name: Option<Words>) -> Words {
    match name {
        Some(name) => Words::new(
            format!("{}（{}）", label.ja, name.ja),
            format!("{} ({})", label.en, name.en),
        ),
        None => label,
    }
}

/// What names an entry: a subcontractor's or region's name, a measure's category.
pub fn entry_name(d: &Declaration, group: Group, index: usize) -> Option<Words> {
    let text = |t: Option<&String>| {
        t.map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .map(|s| Words::same(crate::words::isolated(s)))
    };
    match group {
        Group::Subcontractors => text(d.subcontractors.get(index).and_then(|s| s.name.as_ref())),
        Group::Regions => text(
            d.cloud
                .as_ref()
                .and_then(|c| c.data_location.as_ref())
                .and_then(|l| l.regions.get(index))
                .and_then(|r| r.name.as_ref()),
        ),
        Group::Addressees => text(
            d.addressees
                .get(index)
                .and_then(|a| a.municipality.as_ref()),
        ),
        Group::Measures => d
            .measures
            .get(index)
            .and_then(|m| m.category)
            .map(Words::of),
    }
}
