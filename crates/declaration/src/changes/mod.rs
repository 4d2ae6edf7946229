//! The change list (変更箇所, spec §1 S11 and §5) between an earlier and the current
//! version of a declaration: [`diff`] finds every changed answer, [`rows`] dates them and
//! gives each its 提出時期, [`to_csv`] writes them for Excel.
//!
//! What [`diff`] compares is what each version *declares*: both are normalised
//! ([`crate::normalize`], so 「０５９」 and 「059」 are the same answer) and stripped of
//! hidden answers ([`crate::hidden::without_hidden`]). Only the answers of the registry
//! ([`crate::fields::FIELDS`]) are compared, so metadata (`id`, `created_at`, `updated_at`,
//! `exported_at`, `generator`, `integrity`, `format`, `schema_version`) never makes a row. A
//! blank text and an absent answer are both 記載なし.
//!
//! Rows come in the order of the form: sections in order, fields in registry order. The
//! entries of a list are matched by their identity, never by their place
//! (`subcontractors` and `measures` by `id`, storage regions by name, the responsibility
//! table by layer; see `lists.rs`): an added entry is one [`ChangeKind::Added`] row with a
//! summary, a removed one one [`ChangeKind::Removed`] row, and a matched one a row per
//! changed answer. The order of a list is not an answer, so reordering alone makes no row;
//! a subcontractor moved under another one shows as a change of its 委託元(監督する者).
//!
//! The 項目 text follows the source document (「…委託事項５ ③委託先名」): the section
//! title, the entry (「再委託先 2（株式会社〇〇）」), the group an answer belongs to
//! (「ISO/IEC 27018 認証」) and the field's label, all from the registry (`items.rs`).
//! Values are written as a reader sees them (`values.rs`).

mod addressees;
mod change;
mod csv;
mod items;
mod lists;
#[cfg(test)]
mod tests;
mod values;

use crate::answers;
use serde_json::Value;

use crate::fields::{Control, Lang, FIELDS};
use crate::hidden::without_hidden;
use crate::model::Declaration;
use crate::normalize::normalize;

pub use addressees::{per_addressee, ForAddressee};
pub use change::{Change, ChangeKind};
pub use csv::{cells, header, to_csv, HEADER_EN, HEADER_JA, NONE_EN, NONE_JA};

pub use crate::words::Words;

/// 提出時期: whether the change is reported before it takes effect (事前) or after (事後) —
/// the user's choice per row, never the app's: until chosen, a row is 未選択 (spec §5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Timing {
    #[default]
    Unchosen,
    Before,
    After,
}

impl Timing {
    /// 「事前」 / 「事後」 / 「未選択」, "Before" / "After" / "Not chosen".
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Timing::Unchosen => lang.pick("未選択", "Not chosen"),
            Timing::Before => lang.pick("事前", "Before"),
            Timing::After => lang.pick("事後", "After"),
        }
    }

    /// `unchosen` / `before` / `after`.
    pub fn as_str(self) -> &'static str {
        match self {
            Timing::Unchosen => "unchosen",
            Timing::Before => "before",
            Timing::After => "after",
        }
    }

    /// Reads `before`, `after`, 「事前」 or 「事後」 (spaces around ignored, English in any case).
    pub fn parse(text: &str) -> Option<Timing> {
        match text.trim().to_ascii_lowercase().as_str() {
            "before" | "事前" => Some(Timing::Before),
            "after" | "事後" => Some(Timing::After),
            _ => None,
        }
    }
}

/// When a version of a declaration was written: its export time, else its last update
/// (RFC 3339), as the file says.
pub fn version_time(d: &Declaration) -> Option<&str> {
    d.exported_at
        .as_deref()
        .or(d.updated_at.as_deref())
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// Which of two versions is the earlier, by their files' own times ([`version_time`]):
/// `Some(true)` when `a` is, `Some(false)` when `b` is, `None` when the times do not tell
/// (missing on either side, or equal). Compared as instants, so `+09:00` and `Z` agree.
pub fn a_is_earlier(a: &Declaration, b: &Declaration) -> Option<bool> {
    let (x, y) = (
        crate::time::instant(version_time(a)?)?.0,
        crate::time::instant(version_time(b)?)?.0,
    );
    (x != y).then_some(x < y)
}

/// One row of the change list as handed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeRow {
    /// 変更日, `YYYY-MM-DD`.
    pub date: String,
    pub change: Change,
    /// 提出時期.
    pub timing: Timing,
    /// 提出時期に係る説明 (often empty, as in the source document).
    pub explanation: String,
}

/// The rows of `changes`, all dated `date` (`YYYY-MM-DD`) with the same `timing` and no
/// explanation; the user may then change each row's timing and explanation.
pub fn rows(changes: Vec<Change>, date: &str, timing: Timing) -> Vec<ChangeRow> {
    changes
        .into_iter()
        .map(|change| ChangeRow {
            date: date.to_string(),
            change,
            timing,
            explanation: String::new(),
        })
        .collect()
}

/// One version as compared: what it declares, as JSON.
struct Version {
    json: Value,
}

impl Version {
    /// What `d` declares: the sections that apply, the answers it asks, normalised.
    fn new(d: &Declaration) -> Version {
        let mut d = without_hidden(d).0;
        normalize(&mut d);
        let mut json = serde_json::to_value(&d).unwrap_or(Value::Null);
        for path in answers::unasked(&d) {
            values::remove(&mut json, &path);
        }
        Version { json }
    }
}

/// Every changed answer from `old` to `new`, in the order of the form (see the module
/// documentation). Identical declarations give no rows.
pub fn diff(old: &Declaration, new: &Declaration) -> Vec<Change> {
    let (old, new) = (Version::new(old), Version::new(new));
    let mut out = Vec::new();
    for f in FIELDS {
        if f.control == Control::Group {
            lists::diff(f.key, &old.json, &new.json, &mut out);
        } else if !f.key.contains("[]") {
            let before = values::raw(&old.json, f.key);
            let after = values::raw(&new.json, f.key);
            if !values::same(before, after) {
                out.push(change::change(
                    f.key.to_string(),
                    items::item(&[items::section_of(f.key)], f.key),
                    before.map(|v| values::show(f.key, v, &old.json)),
                    after.map(|v| values::show(f.key, v, &new.json)),
                    ChangeKind::Changed,
                ));
            }
        }
    }
    out
}
