//! The change list as CSV for Excel (spec §5): UTF-8 with a BOM (so Excel reads the
//! Japanese right), CRLF line ends, RFC 4180 quoting, the columns of the source document in
//! its order (変更日, 項目, 変更前の記載, 変更後の記載, 提出時期, 提出時期に係る説明).
//!
//! 変更日 is written as the source document writes it, in the Japanese era (「令和6年2月28日」;
//! "28 February 2024" in English): the list is handed in as a document, and a reader
//! compares it with the printed one. An answer that is not given reads 「(記載なし)」.
//! Cells are written by [`crate::csv`], which keeps a file received from someone else from
//! running anything when opened in Excel.

use super::ChangeRow;
use crate::csv::{record, BOM};
use crate::era::{long_date, DateStyle};
use crate::fields::Lang;

/// What an absent answer reads in Japanese.
pub const NONE_JA: &str = "(記載なし)";
/// What an absent answer reads in English.
pub const NONE_EN: &str = "(none)";

/// The six columns of 別添２, in its order.
pub const HEADER_JA: [&str; 6] = [
    "変更日",
    "項目",
    "変更前の記載",
    "変更後の記載",
    "提出時期",
    "提出時期に係る説明",
];
/// The six columns in English.
pub const HEADER_EN: [&str; 6] = [
    "Date of change",
    "Item",
    "Before",
    "After",
    "Submitted",
    "Reason for the timing",
];

/// The rows as a CSV file's text, a header first (see the module documentation).
pub fn to_csv(rows: &[ChangeRow], lang: Lang) -> String {
    let mut out = String::from(BOM);
    record(&mut out, header(lang).iter().map(|h| h.to_string()));
    for row in rows {
        record(&mut out, cells(row, lang));
    }
    out
}

/// The six columns' names, in the source document's order.
pub fn header(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::Ja => HEADER_JA,
        Lang::En => HEADER_EN,
    }
}

/// The six cells of a row as handed in (the CSV's, and the workbook's of
/// [`crate::xlsx::change_list`]): 変更日 in the era, 項目, 変更前・変更後の記載 (「(記載なし)」
/// when not given), 提出時期 and its explanation.
pub fn cells(row: &ChangeRow, lang: Lang) -> [String; 6] {
    let none = lang.pick(NONE_JA, NONE_EN);
    let c = &row.change;
    [
        long_date(&row.date, lang, DateStyle::Era),
        c.item(lang).to_string(),
        c.before(lang).unwrap_or(none).to_string(),
        c.after(lang).unwrap_or(none).to_string(),
        row.timing.label(lang).to_string(),
        row.explanation.clone(),
    ]
}

#[cfg(test)]
mod tests {
    use super::super::{diff, rows, Change, ChangeKind, Timing, Words};
    use super::*;
    use crate::fixtures;

    fn row(before: Option<&str>, after: &str, explanation: &str) -> ChangeRow {
        ChangeRow {
            date: "2024-02-28".into(),
            change: Change {
                path: "entrustment.content".into(),
                item: Words::new("委託の概要 委託内容", "The entrustment › Entrusted work"),
                before: before.map(Words::same),
                after: Some(Words::same(after)),
                kind: ChangeKind::Changed,
            },
            timing: Timing::Before,
            explanation: explanation.into(),
        }
    }

    #[test]
    fn csv_has_the_bom_the_header_and_crlf() {
        let rows = [row(None, "保守業務", "")];
        let csv = to_csv(&rows, Lang::Ja);
        assert!(csv.starts_with('\u{FEFF}'));
        let body = csv.strip_prefix('\u{FEFF}').unwrap();
        assert_eq!(
            body,
            "変更日,項目,変更前の記載,変更後の記載,提出時期,提出時期に係る説明\r\n\
             令和6年2月28日,委託の概要 委託内容,(記載なし),保守業務,事前,\r\n"
        );
        let en = to_csv(&rows, Lang::En);
        assert!(en.starts_with(
            "\u{FEFF}Date of change,Item,Before,After,Submitted,Reason for the timing\r\n"
        ));
        assert!(en.ends_with(
            "28 February 2024,The entrustment › Entrusted work,(none),保守業務,Before,\r\n"
        ));
        assert_eq!(to_csv(&[], Lang::Ja).matches("\r\n").count(), 1);
    }

    #[test]
    fn csv_quotes_commas_quotes_and_line_breaks() {
        let mut r = row(
            Some("A, B"),
            "「x」と\"y\"\n二行目",
            "期限が迫っているため, 事後",
        );
        r.timing = Timing::After;
        let csv = to_csv(&[r], Lang::Ja);
        let line = csv.split("\r\n").nth(1).unwrap();
        assert_eq!(
            line,
            "令和6年2月28日,委託の概要 委託内容,\"A, B\",\"「x」と\"\"y\"\"\n二行目\",事後,\"期限が迫っているため, 事後\""
        );
    }

    #[test]
    fn csv_cells_are_never_formulas() {
        let csv = to_csv(&[row(Some("=1+1"), "-5", "@x")], Lang::Ja);
        let line = csv.split("\r\n").nth(1).unwrap();
        assert!(line.contains(",'=1+1,'-5,事前,'@x"), "{line}");
        let csv = to_csv(&[row(Some("＝１＋１"), "＋5", "＠x")], Lang::Ja);
        let line = csv.split("\r\n").nth(1).unwrap();
        assert!(line.contains(",'＝１＋１,'＋5,事前,'＠x"), "{line}");
        let csv = to_csv(&[row(Some("－1"), "\0=cmd", "a\0b")], Lang::Ja);
        let line = csv.split("\r\n").nth(1).unwrap();
        assert!(line.contains(",'－1,'=cmd,事前,ab"), "{line}");
        assert!(!csv.contains('\0'));
    }

    #[test]
    fn csv_of_the_fixtures_has_six_columns_a_row() {
        let changes = diff(&fixtures::compliant(), &fixtures::noncompliant());
        let n = changes.len();
        let csv = to_csv(&rows(changes, "2024-02-28", Timing::After), Lang::Ja);
        // The region's summary spans lines inside its quotes; count records outside quotes.
        let mut records = vec![vec![String::new()]];
        let mut quoted = false;
        let body = csv.trim_start_matches('\u{FEFF}');
        let mut chars = body.chars().peekable();
        while let Some(c) = chars.next() {
            let rec = records.last_mut().unwrap();
            match c {
                '"' => quoted = !quoted,
                ',' if !quoted => rec.push(String::new()),
                '\r' if !quoted && chars.peek() == Some(&'\n') => {
                    chars.next();
                    records.push(vec![String::new()]);
                }
                _ => rec.last_mut().unwrap().push(c),
            }
        }
        records.pop(); // after the last CRLF
        assert_eq!(records.len(), n + 1);
        for r in &records {
            assert_eq!(r.len(), 6, "{r:?}");
        }
        assert_eq!(records[1][0], "令和6年2月28日");
        assert_eq!(records[1][4], "事後");
        assert_eq!(records[2][3], "(記載なし)");
    }
}
