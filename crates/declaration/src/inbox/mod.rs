//! 受付一覧: one row per received declaration file ([`Row`]) — municipality, contractor,
//! declaration date, complete or not, each condition's state, integrity and the certificates
//! about to lapse — the filters and sort orders of the reviewer's table ([`Filter`],
//! [`SortKey`]), and the table as CSV ([`csv_header`], [`Row::csv`]). The app's table and
//! `declaration-check --format csv` both write their CSV here, so the two match cell for cell.

#[cfg(test)]
mod tests;

use crate::io::{Imported, IntegrityState};
use crate::verdict::{self, CondId, Condition, Expiring, Overall, Status};
use crate::{normalize, rules, Issue, Lang};

/// One received declaration, as the table shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The file's name as received.
    pub file: String,
    /// The declaration's `id` (to match a review file, or a second version).
    pub id: String,
    pub municipality: String,
    pub contractor: String,
    pub declaration_date: String,
    pub complete: bool,
    /// The overall verdict (総合判定, spec §4): never 適合 for an incomplete file.
    pub overall: Overall,
    /// The remaining errors (the same as the reader lists).
    pub errors: Vec<Issue>,
    /// C1…C8, S5…S7 in the order of the specification.
    pub conditions: Vec<Condition>,
    pub integrity: IntegrityState,
    pub expiring: Vec<Expiring>,
}

fn given(t: &Option<String>) -> String {
    t.as_deref().unwrap_or("").trim().to_string()
}

impl Row {
    /// The row of the file `file` as imported.
    pub fn of(file: &str, imported: &Imported) -> Row {
        let mut d = imported.declaration.clone();
        normalize::normalize(&mut d);
        let errors = rules::errors(&d);
        let conditions = verdict::verdict(&d);
        Row {
            file: file.to_string(),
            id: d.id.clone().unwrap_or_default(),
            complete: errors.is_empty(),
            overall: Overall::of(&conditions, errors.len()),
            errors,
            conditions,
            integrity: imported.integrity,
            expiring: verdict::expiring(&d),
            municipality: given(&d.basic.municipality),
            contractor: d
                .entrustment
                .contractor
                .as_ref()
                .map(|c| given(&c.name))
                .unwrap_or_default(),
            declaration_date: given(&d.basic.declaration_date),
        }
    }

    /// The state of condition `id`.
    pub fn status(&self, id: CondId) -> Option<Status> {
        self.conditions
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.status)
    }

    /// Whether some condition is 不適合.
    pub fn any_not_met(&self) -> bool {
        self.conditions.iter().any(|c| c.status == Status::NotMet)
    }

    /// The row as one CSV record (CRLF-terminated): `expiring` lists the paths with their
    /// dates (`cloud.certifications.iso27018 2024-05-20`), separated by `; `.
    pub fn csv(&self) -> String {
        let mut cells = vec![
            self.file.clone(),
            self.municipality.clone(),
            self.contractor.clone(),
            self.declaration_date.clone(),
            self.complete.to_string(),
            self.overall.as_str().to_string(),
        ];
        cells.extend(
            self.conditions
                .iter()
                .map(|c| c.status.as_str().to_string()),
        );
        cells.push(self.integrity.as_str().to_string());
        let expiring: Vec<String> = self
            .expiring
            .iter()
            .map(|e| format!("{} {}", e.path, e.valid_until))
            .collect();
        cells.push(expiring.join("; "));
        let mut out = String::new();
        crate::csv::record(&mut out, cells);
        out
    }
}

/// The CSV's first line, after the BOM: file, municipality, contractor, declaration_date,
/// complete, overall, C1…C8, S5…S7, integrity, expiring.
pub fn csv_header() -> String {
    let mut cells: Vec<String> = [
        "file",
        "municipality",
        "contractor",
        "declaration_date",
        "complete",
        "overall",
    ]
    .iter()
    .map(|c| c.to_string())
    .collect();
    cells.extend(CondId::ALL.iter().map(|c| c.as_str().to_string()));
    cells.extend(["integrity".to_string(), "expiring".to_string()]);
    let mut out = String::from(crate::csv::BOM);
    crate::csv::record(&mut out, cells);
    out
}

/// The whole table as CSV (UTF-8 with BOM), rows in the order given.
pub fn to_csv<'a>(rows: impl IntoIterator<Item = &'a Row>) -> String {
    let mut out = csv_header();
    for r in rows {
        out.push_str(&r.csv());
    }
    out
}

/// Which rows the table shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    /// 総合判定 不適合: some condition is.
    NotMet,
    /// 総合判定 未完了: nothing 不適合, something missing.
    Incomplete,
    /// 総合判定 適合.
    Met,
    /// Some certificate lapses within 90 days of the declaration date.
    Expiring,
    /// Changed after export (出力後に変更).
    Changed,
}

impl Filter {
    pub const ALL: [Filter; 6] = [
        Filter::All,
        Filter::NotMet,
        Filter::Incomplete,
        Filter::Met,
        Filter::Expiring,
        Filter::Changed,
    ];

    /// Whether `row` is shown.
    pub fn keeps(self, row: &Row) -> bool {
        match self {
            Filter::All => true,
            Filter::NotMet => row.overall == Overall::NotMet,
            Filter::Incomplete => matches!(row.overall, Overall::Incomplete { .. }),
            Filter::Met => row.overall == Overall::Met,
            Filter::Expiring => !row.expiring.is_empty(),
            Filter::Changed => row.integrity == IntegrityState::Mismatch,
        }
    }

    /// The choice's words.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Filter::All => lang.pick("すべて", "All"),
            Filter::NotMet => lang.pick("総合判定が不適合のもの", "Overall: not met"),
            Filter::Incomplete => lang.pick("総合判定が未完了のもの", "Overall: incomplete"),
            Filter::Met => lang.pick("総合判定が適合のもの", "Overall: met"),
            Filter::Expiring => lang.pick(
                "期限が近い証明書があるもの",
                "With a certificate about to lapse",
            ),
            Filter::Changed => lang.pick("出力後に変更されたもの", "Changed after export"),
        }
    }

    /// `all`, `not_met`, … (the `<option>` value).
    pub fn as_str(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::NotMet => "not_met",
            Filter::Incomplete => "incomplete",
            Filter::Met => "met",
            Filter::Expiring => "expiring",
            Filter::Changed => "changed",
        }
    }

    pub fn parse(s: &str) -> Filter {
        Filter::ALL
            .into_iter()
            .find(|f| f.as_str() == s)
            .unwrap_or_default()
    }
}

/// A column the table sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    File,
    Municipality,
    Contractor,
    Date,
    /// Complete first when ascending.
    Complete,
    /// 総合判定, the worst first when ascending (不適合, 未完了 with more missing first, 適合).
    Overall,
    /// Fewest conditions not met first when ascending.
    NotMet,
}

/// The order of `items` by `key` of their [`Row`] (`row` gives it; stable: equal rows keep
/// the order they were received in); `descending` reverses it.
pub fn sort<T>(items: &mut [T], row: impl Fn(&T) -> &Row, key: SortKey, descending: bool) {
    let not_met = |r: &Row| {
        r.conditions
            .iter()
            .filter(|c| c.status == Status::NotMet)
            .count()
    };
    items.sort_by(|a, b| {
        let (a, b) = (row(a), row(b));
        let o = match key {
            SortKey::File => a.file.cmp(&b.file),
            SortKey::Municipality => a.municipality.cmp(&b.municipality),
            SortKey::Contractor => a.contractor.cmp(&b.contractor),
            SortKey::Date => a.declaration_date.cmp(&b.declaration_date),
            SortKey::Complete => b.complete.cmp(&a.complete),
            SortKey::Overall => a.overall.rank().cmp(&b.overall.rank()),
            SortKey::NotMet => not_met(a).cmp(&not_met(b)),
        };
        if descending {
            o.reverse()
        } else {
            o
        }
    });
}
