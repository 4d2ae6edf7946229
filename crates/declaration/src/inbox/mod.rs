//! 受付一覧: one row per received declaration file ([`Row`]) — municipality, contractor,
//! declaration date, complete or not, each condition's state, integrity and the certificates
//! about to lapse — the filters and sort orders of the reviewer's table ([`Filter`],
//! [`SortKey`]), and the table as CSV ([`csv_header`], [`Row::csv`], [`refused_csv`] for a
//! file that could not be read) in the words a city files ([`CsvWords::Japanese`]: 適合 /
//! 不適合 / 未入力 / 対象外 / 未完了, はい / いいえ, times in Japan time) or as machine codes for
//! scripts ([`CsvWords::Codes`]). The app's table and `declaration-check --format csv` both
//! write their CSV here, so the two match cell for cell.

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
    /// When the file was exported (`exported_at`, else `updated_at`), as written: tells two
    /// versions of one declaration apart.
    pub exported_at: Option<String>,
    pub complete: bool,
    /// The overall verdict (総合判定, spec §4): never 適合 for an incomplete file.
    pub overall: Overall,
    /// The remaining errors (the same as the reader lists).
    pub errors: Vec<Issue>,
    /// C1…C8, S5…S7 in the order of the specification.
    pub conditions: Vec<Condition>,
    pub integrity: IntegrityState,
    /// The hash of the file's body ([`crate::io::body_sha256`]): the same for one declaration
    /// sent to several municipalities.
    pub body_sha256: String,
    /// The certificates lapsing within 90 days of the declaration date (the CLI's JSON).
    pub expiring: Vec<Expiring>,
    /// What the reviewer is warned of on the day the row is made ([`verdict::warnings`]):
    /// [`Row::expiring`] and those lapsing within 90 days of today or lapsed by it — the
    /// table's 期限, its filter and sort, and the CSV, as the reader's banner says.
    pub lapsing: Vec<Expiring>,
}

fn given(t: &Option<String>) -> String {
    t.as_deref().unwrap_or("").trim().to_string()
}

impl Row {
    /// The row of the file `file` as imported, with no today (only what lapses by the
    /// declaration date is warned of).
    pub fn of(file: &str, imported: &Imported) -> Row {
        Row::on(file, imported, None)
    }

    /// The row of the file `file` as imported, read on `today` (Japan's date).
    pub fn on(file: &str, imported: &Imported, today: Option<crate::date::Date>) -> Row {
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
            body_sha256: imported.body_sha256.clone(),
            expiring: verdict::expiring(&d),
            lapsing: verdict::warnings(&d, today),
            municipality: given(&d.basic.municipality),
            contractor: d
                .entrustment
                .contractor
                .as_ref()
                .map(|c| given(&c.name))
                .unwrap_or_default(),
            declaration_date: given(&d.basic.declaration_date),
            exported_at: crate::changes::version_time(&d).map(str::to_string),
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

    /// The row as one CSV record (CRLF-terminated), in `words`. `expiring` lists each
    /// certificate lapsing with its date (「C5：2024-05-20まで」 / with codes
    /// `cloud.certifications.iso27018 2024-05-20`), separated by `、` / `; `.
    pub fn csv(&self, words: CsvWords) -> String {
        let ja = Lang::Ja;
        let codes = words == CsvWords::Codes;
        let pick = |code: &str, word: &str| {
            if codes {
                code.to_string()
            } else {
                word.to_string()
            }
        };
        let mut cells = vec![
            self.file.clone(),
            self.municipality.clone(),
            self.contractor.clone(),
            self.declaration_date.clone(),
            pick(
                &self.complete.to_string(),
                if self.complete { "はい" } else { "いいえ" },
            ),
            pick(self.overall.as_str(), self.overall.word(ja)),
        ];
        cells.extend(
            self.conditions
                .iter()
                .map(|c| pick(c.status.as_str(), c.status.label(ja))),
        );
        cells.push(pick(self.integrity.as_str(), self.integrity.label(ja)));
        let expiring: Vec<String> = self
            .lapsing
            .iter()
            .map(|e| match words {
                CsvWords::Codes => format!("{} {}", e.path, e.valid_until),
                CsvWords::Japanese => e.short(Lang::Ja),
            })
            .collect();
        cells.push(expiring.join(if codes { "; " } else { "、" }));
        let at = self.exported_at.as_deref().unwrap_or("");
        cells.push(pick(at, &crate::time::jst(at)));
        cells.push(self.body_sha256.clone());
        cells.push(String::new());
        let mut out = String::new();
        crate::csv::record(&mut out, cells);
        out
    }
}

/// The words of the CSV: what a city files, or codes for a script (`--codes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CsvWords {
    /// Japanese headers and words: 適合 / 不適合 / 未入力 / 対象外 / 未完了, はい / いいえ,
    /// 改変なし…, times in Japan time (`2026-12-07 15:38`).
    #[default]
    Japanese,
    /// `file, …, met / not_met / unanswered / not_applicable, true / false, match …`, times
    /// as the file wrote them (RFC 3339).
    Codes,
}

/// The number of cells of a row: file … declaration date, complete, overall, the eleven
/// conditions, integrity, expiring, exported at, body hash, error.
fn columns() -> usize {
    6 + CondId::ALL.len() + 5
}

/// The CSV's first line, after the BOM, in `words`: ファイル, 地方公共団体, 受託者, 申告日,
/// 記入完了, 総合判定, C1…C8, S5…S7, 改変の確認, 期限が近い証明書, 書き出し日時, 本文ハッシュ,
/// 読み取りエラー (with codes: file, municipality, contractor, declaration_date, complete,
/// overall, C1…, integrity, expiring, exported_at, body_sha256, error).
pub fn csv_header(words: CsvWords) -> String {
    let names: [&str; 6] = match words {
        CsvWords::Japanese => [
            "ファイル",
            "地方公共団体",
            "受託者",
            "申告日",
            "記入完了",
            "総合判定",
        ],
        CsvWords::Codes => [
            "file",
            "municipality",
            "contractor",
            "declaration_date",
            "complete",
            "overall",
        ],
    };
    let tail: [&str; 5] = match words {
        CsvWords::Japanese => [
            "改変の確認",
            "期限が近い証明書",
            "書き出し日時",
            "本文ハッシュ",
            "読み取りエラー",
        ],
        CsvWords::Codes => [
            "integrity",
            "expiring",
            "exported_at",
            "body_sha256",
            "error",
        ],
    };
    let mut cells: Vec<String> = names.iter().map(|c| c.to_string()).collect();
    cells.extend(CondId::ALL.iter().map(|c| c.as_str().to_string()));
    cells.extend(tail.iter().map(|c| c.to_string()));
    debug_assert_eq!(cells.len(), columns());
    let mut out = String::from(crate::csv::BOM);
    crate::csv::record(&mut out, cells);
    out
}

/// The row of a file that could not be read: its name, the reason in the last column
/// (Japanese, or English with codes), every other cell empty.
pub fn refused_csv(file: &str, reason: &crate::words::Words, words: CsvWords) -> String {
    let mut cells = vec![String::new(); columns()];
    cells[0] = file.to_string();
    cells[columns() - 1] = match words {
        CsvWords::Japanese => reason.ja.clone(),
        CsvWords::Codes => reason.en.clone(),
    };
    let mut out = String::new();
    crate::csv::record(&mut out, cells);
    out
}

/// The whole table as CSV (UTF-8 with BOM) in `words`: the rows in the order given, then
/// the files that could not be read (name and reason).
pub fn to_csv<'a>(
    rows: impl IntoIterator<Item = &'a Row>,
    refused: &[(String, crate::words::Words)],
    words: CsvWords,
) -> String {
    let mut out = csv_header(words);
    for r in rows {
        out.push_str(&r.csv(words));
    }
    for (file, why) in refused {
        out.push_str(&refused_csv(file, why, words));
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
            Filter::Expiring => !row.lapsing.is_empty(),
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
    /// 期限: the soonest certificate lapsing first when ascending; a row with none last.
    Expiring,
    /// 書き出し日時: the earliest export first when ascending.
    Exported,
    /// 同一内容: the files of one body together, the largest group first when ascending.
    Body,
}

impl Row {
    /// The soonest `valid_until` of the certificates lapsing, when any.
    pub fn soonest_lapse(&self) -> Option<&str> {
        self.lapsing.iter().map(|e| e.valid_until.as_str()).min()
    }
}

/// The versions of one declaration among `rows` (same `id`): for each row, its place among
/// the rows of its id ordered by export time (1 the earliest) and how many there are. A
/// declaration received once is (1, 1).
pub fn versions(rows: &[&Row]) -> Vec<(usize, usize)> {
    let time = |r: &Row| r.exported_at.as_deref().and_then(crate::time::instant);
    rows.iter()
        .map(|r| {
            let same: Vec<&&Row> = rows.iter().filter(|o| o.id == r.id).collect();
            let earlier = same
                .iter()
                .filter(|o| time(o) < time(r) || (time(o) == time(r) && o.file < r.file))
                .count();
            (earlier + 1, same.len())
        })
        .collect()
}

/// The files of one body among `rows` (`../shared/spec/addressees.md`, "Reading many"): for
/// each row, `Some((group, count))` when at least one other row has the same
/// [`Row::body_sha256`] — `group` numbers the bodies shared by several files, from 1, in the
/// order they are first met — and `None` for a body of its own.
pub fn same_bodies(rows: &[&Row]) -> Vec<Option<(usize, usize)>> {
    let count = |hash: &str| rows.iter().filter(|r| r.body_sha256 == hash).count();
    let mut groups: Vec<&str> = Vec::new();
    rows.iter()
        .map(|r| {
            let n = count(&r.body_sha256);
            (n > 1).then(|| {
                let group = match groups.iter().position(|g| *g == r.body_sha256) {
                    Some(i) => i + 1,
                    None => {
                        groups.push(&r.body_sha256);
                        groups.len()
                    }
                };
                (group, n)
            })
        })
        .collect()
}

/// The letter of a group of [`same_bodies`]: 1 → A, 26 → Z, 27 → AA.
pub fn group_letter(group: usize) -> String {
    let mut n = group;
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(char::from(b'A' + (n % 26) as u8));
        n /= 26;
    }
    out.iter().rev().collect()
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
    let group_size = |r: &Row, all: &[T]| {
        all.iter()
            .filter(|o| row(o).body_sha256 == r.body_sha256)
            .count()
    };
    let sizes: Vec<(String, usize)> = if key == SortKey::Body {
        items
            .iter()
            .map(|i| (row(i).body_sha256.clone(), group_size(row(i), items)))
            .collect()
    } else {
        Vec::new()
    };
    let size_of = |r: &Row| {
        sizes
            .iter()
            .find(|(h, _)| *h == r.body_sha256)
            .map_or(0, |(_, n)| *n)
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
            // Rows with nothing lapsing stay last whichever the direction.
            SortKey::Expiring => match (a.soonest_lapse(), b.soonest_lapse()) {
                (Some(x), Some(y)) if descending => y.cmp(x),
                (Some(x), Some(y)) => x.cmp(y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            },
            SortKey::Exported => {
                let t = |r: &Row| r.exported_at.as_deref().and_then(crate::time::instant);
                t(a).cmp(&t(b))
            }
            SortKey::Body => size_of(b)
                .cmp(&size_of(a))
                .then_with(|| a.body_sha256.cmp(&b.body_sha256)),
        };
        if descending && key != SortKey::Expiring {
            o.reverse()
        } else {
            o
        }
    });
}
