//! Many addressees pasted at once from a spreadsheet: Excel copies cells as tab-separated
//! text (rows by line, a cell holding a tab, a line break or a quote in `"…"` with `""`
//! for a quote). The columns are 地方公共団体名, 団体コード, 評価書名, 特定個人情報ファイル名,
//! 委託事項の番号 (`../shared/spec/addressees.md`); a header row is recognised and left out,
//! blank lines are skipped. Each row comes back with what is wrong with it, in Japanese and
//! English, naming its line and column — the preview shown before anything is added.

use super::code;
use super::Addressee;
use crate::words::Words;

/// The columns, in order: (ja, en).
pub const COLUMNS: [(&str, &str); 5] = [
    ("地方公共団体名", "Municipality"),
    ("団体コード", "Code"),
    ("評価書名", "Assessment title"),
    (
        "特定個人情報ファイル名",
        "Specific personal information file",
    ),
    ("委託事項の番号", "Entrustment item number"),
];

/// One row read: the addressee it gives (without an id: the list gives it one) and what is
/// wrong with it (empty when nothing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Its line in the pasted text, from 1.
    pub line: usize,
    /// Its cells as pasted, trimmed.
    pub cells: Vec<String>,
    pub addressee: Addressee,
    pub faults: Vec<Words>,
}

/// What was pasted: the rows, and whether the first was a header, left out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pasted {
    pub header: bool,
    pub rows: Vec<Row>,
}

impl Pasted {
    /// Whether every row can be added as it is.
    pub fn all_fine(&self) -> bool {
        self.rows.iter().all(|r| r.faults.is_empty())
    }

    /// Flags each row whose municipality is already one of `existing` (the draft's list) or
    /// an earlier row's: a municipality is sent one file.
    pub fn flag_duplicates(&mut self, existing: &[Addressee]) {
        let key = |a: &Addressee| {
            a.municipality
                .as_deref()
                .map(|m| crate::normalize::text::to_half_width(m.trim()))
                .filter(|m| !m.is_empty())
        };
        let mut seen: std::collections::HashMap<String, Words> = existing
            .iter()
            .enumerate()
            .filter_map(|(i, a)| {
                let n = i + 1;
                Some((
                    key(a)?,
                    Words::new(format!("宛先{n}"), format!("addressee {n}")),
                ))
            })
            .collect();
        for row in &mut self.rows {
            let Some(k) = key(&row.addressee) else {
                continue;
            };
            match seen.get(&k) {
                Some(there) => row.faults.push(Words::new(
                    format!("{}行目：{k}は{}と重複しています", row.line, there.ja),
                    format!("Line {}: {k} is already {}", row.line, there.en),
                )),
                None => {
                    let line = row.line;
                    seen.insert(k, Words::new(format!("{line}行目"), format!("line {line}")));
                }
            }
        }
    }

    /// The rows that cannot be added, as tab-separated text to paste again once fixed.
    pub fn faulty_text(&self) -> String {
        self.rows
            .iter()
            .filter(|r| !r.faults.is_empty())
            .map(|r| {
                r.cells
                    .iter()
                    .map(|c| {
                        if c.contains(['\t', '\n', '"']) {
                            format!("\"{}\"", c.replace('"', "\"\""))
                        } else {
                            c.clone()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("\t")
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The records of tab-separated `text`, each with the line it starts on.
fn records(text: &str) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    let (mut cells, mut cell) = (Vec::new(), String::new());
    let (mut line, mut start) = (1, 1);
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_cell_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    cell.push('\n');
                }
                '\r' => {}
                c => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if at_cell_start => {
                quoted = true;
                at_cell_start = false;
            }
            '\t' => {
                cells.push(std::mem::take(&mut cell));
                at_cell_start = true;
            }
            '\r' => {}
            '\n' => {
                cells.push(std::mem::take(&mut cell));
                out.push((start, std::mem::take(&mut cells)));
                line += 1;
                start = line;
                at_cell_start = true;
            }
            c => {
                cell.push(c);
                at_cell_start = false;
            }
        }
    }
    if !cell.is_empty() || !cells.is_empty() {
        cells.push(cell);
        out.push((start, cells));
    }
    out
}

/// A whole number typed (full-width digits allowed), or `None`.
fn whole(text: &str) -> Option<i64> {
    let half = crate::normalize::text::to_half_width(text);
    let t = half.trim();
    (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

/// Whether a record is a header: its first cell names the municipality column and its last
/// is not a number.
fn is_header(cells: &[String]) -> bool {
    let first = cells.first().map_or("", |c| c.trim());
    let names = ["団体", "市町村", "宛先", "municipality"];
    names
        .iter()
        .any(|n| first.to_lowercase().contains(&n.to_lowercase()))
        && cells.get(4).is_none_or(|c| whole(c).is_none())
}

/// Reads pasted text.
pub fn read(text: &str) -> Pasted {
    let mut pasted = Pasted::default();
    let all: Vec<(usize, Vec<String>)> = records(text)
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
        .collect();
    for (n, (line, cells)) in all.into_iter().enumerate() {
        if n == 0 && is_header(&cells) {
            pasted.header = true;
            continue;
        }
        pasted.rows.push(row(line, &cells));
    }
    pasted
}

fn row(line: usize, cells: &[String]) -> Row {
    let cell = |i: usize| {
        cells
            .get(i)
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
    };
    let mut faults = Vec::new();
    let mut fault = |ja: String, en: String| {
        faults.push(Words::new(
            format!("{line}行目：{ja}"),
            format!("Line {line}: {en}"),
        ))
    };
    if cells.len() > COLUMNS.len() && cells[COLUMNS.len()..].iter().any(|c| !c.trim().is_empty()) {
        fault(
            format!("列が多すぎます。{}の5列にしてください", names_ja()),
            format!("too many columns. Paste the 5 columns {}", names_en()),
        );
    }
    // A column of names alone is a list to fill in later; 2 to 4 columns is a selection cut short.
    if (2..COLUMNS.len()).contains(&cells.len()) {
        fault(
            format!(
                "列が足りません（{}列）。{}の5列か、地方公共団体名だけの1列にしてください",
                cells.len(),
                names_ja()
            ),
            format!(
                "too few columns ({}). Paste the 5 columns {}, or the municipality's name alone",
                cells.len(),
                names_en()
            ),
        );
    }
    let municipality = cell(0);
    if municipality.is_none() {
        fault(
            "地方公共団体名がありません".to_string(),
            "the municipality is missing".to_string(),
        );
    }
    let municipality_code = cell(1).map(|c| code::normalise(&c));
    if let Some(c) = &municipality_code {
        match code::check(c) {
            Ok(()) => {}
            Err(code::Fault::NotDigits) => fault(
                format!("団体コード「{c}」は数字6桁で入力してください"),
                format!("the code “{c}” must be 6 digits"),
            ),
            Err(code::Fault::Length(n)) => fault(
                format!("団体コード「{c}」は6桁で入力してください（現在{n}桁）"),
                format!("the code “{c}” must have 6 digits (it has {n})"),
            ),
            Err(code::Fault::CheckDigit { .. }) => fault(
                format!("団体コード「{c}」の検査用数字（末尾の1桁）が合いません"),
                format!("the code “{c}”: its check digit (the last) does not match"),
            ),
        }
    }
    let item = cell(4);
    let item_number = item.as_deref().and_then(whole).filter(|n| *n >= 1);
    if let (Some(typed), None) = (&item, item_number) {
        fault(
            format!("委託事項の番号「{typed}」は1以上の整数で入力してください"),
            format!("the entrustment item number “{typed}” must be a whole number, 1 or more"),
        );
    }
    Row {
        line,
        cells: cells.iter().map(|c| c.trim().to_string()).collect(),
        addressee: Addressee {
            municipality,
            municipality_code,
            assessment_title: cell(2),
            pi_file: cell(3),
            item_number,
            ..Default::default()
        },
        faults,
    }
}

fn names_ja() -> String {
    COLUMNS
        .iter()
        .map(|(ja, _)| *ja)
        .collect::<Vec<_>>()
        .join("、")
}

fn names_en() -> String {
    COLUMNS
        .iter()
        .map(|(_, en)| *en)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_copied_from_excel_are_read_with_their_header_left_out() {
        let text = "地方公共団体名\t団体コード\t評価書名\t特定個人情報ファイル名\t委託事項の番号\r\n\
                    伊賀市\t242161\t国民健康保険に関する事務 全項目評価書\t国民健康保険情報ファイル\t5\r\n\
                    \r\n\
                    亀山市\t２４２１０１\t\"評価書\n（改訂版）\"\t国保ファイル\t３\r\n";
        let pasted = read(text);
        assert!(pasted.header);
        assert!(pasted.all_fine(), "{:?}", pasted.rows);
        assert_eq!(pasted.rows.len(), 2);
        let iga = &pasted.rows[0];
        assert_eq!(iga.line, 2);
        assert_eq!(iga.addressee.municipality.as_deref(), Some("伊賀市"));
        assert_eq!(iga.addressee.item_number, Some(5));
        let kameyama = &pasted.rows[1].addressee;
        assert_eq!(pasted.rows[1].line, 4);
        assert_eq!(kameyama.municipality_code.as_deref(), Some("242101"));
        assert_eq!(
            kameyama.assessment_title.as_deref(),
            Some("評価書\n（改訂版）")
        );
        assert_eq!(kameyama.item_number, Some(3));
    }

    #[test]
    fn each_fault_names_its_line_and_what_to_do() {
        let text = "伊賀市\t242162\t評価書\tファイル\t五\n\t\t評価書\tファイル\t2\n津市\t24201\t評価書\tファイル\t1\t余分\n";
        let pasted = read(text);
        assert!(!pasted.header && !pasted.all_fine());
        let ja: Vec<Vec<&str>> = pasted
            .rows
            .iter()
            .map(|r| r.faults.iter().map(|f| f.ja.as_str()).collect())
            .collect();
        assert_eq!(
            ja[0],
            [
                "1行目：団体コード「242162」の検査用数字（末尾の1桁）が合いません",
                "1行目：委託事項の番号「五」は1以上の整数で入力してください"
            ]
        );
        assert_eq!(ja[1], ["2行目：地方公共団体名がありません"]);
        assert_eq!(ja[2].len(), 2, "{:?}", ja[2]);
        assert!(ja[2][0].starts_with("3行目：列が多すぎます"));
        assert_eq!(
            ja[2][1],
            "3行目：団体コード「24201」は6桁で入力してください（現在5桁）"
        );
        assert!(pasted.rows[2].faults[1].en.starts_with("Line 3: the code"));
    }

    #[test]
    fn duplicates_of_the_list_or_of_an_earlier_row_are_flagged_and_kept_to_fix() {
        let existing = [Addressee {
            municipality: Some("伊賀市".into()),
            ..Default::default()
        }];
        let mut pasted = read("伊賀市\n亀山市\t242102\n名張市\n名張市");
        pasted.flag_duplicates(&existing);
        let faults: Vec<Vec<&str>> = pasted
            .rows
            .iter()
            .map(|r| r.faults.iter().map(|f| f.ja.as_str()).collect())
            .collect();
        assert_eq!(faults[0], ["1行目：伊賀市は宛先1と重複しています"]);
        assert!(faults[2].is_empty());
        assert_eq!(faults[3], ["4行目：名張市は3行目と重複しています"]);
        assert_eq!(pasted.faulty_text(), "伊賀市\n亀山市\t242102\n名張市");
    }

    #[test]
    fn a_row_cut_short_is_refused_but_a_column_of_names_is_not() {
        let pasted = read("伊賀市\t242161\t評価書");
        assert_eq!(
            pasted.rows[0].faults[0].ja,
            "1行目：列が足りません（3列）。地方公共団体名、団体コード、評価書名、特定個人情報ファイル名、委託事項の番号の5列か、地方公共団体名だけの1列にしてください"
        );
        assert!(read("伊賀市\n亀山市").all_fine());
    }

    #[test]
    fn a_row_without_a_code_or_an_item_number_is_fine_to_fill_in_later() {
        let pasted = read("名張市");
        assert_eq!(pasted.rows.len(), 1);
        assert!(pasted.all_fine());
        assert_eq!(
            pasted.rows[0].addressee.municipality.as_deref(),
            Some("名張市")
        );
        assert_eq!(pasted.rows[0].addressee.item_number, None);
    }
}
