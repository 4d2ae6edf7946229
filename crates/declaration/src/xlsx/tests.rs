//! The workbooks read back: their parts unzipped, the sheets' names and order, the words
//! on them, no formula anywhere, and files nobody would write by hand (long, hostile, a
//! draft). Read back by an independent reader (openpyxl) in `scripts/xlsx_check.py`.

use std::io::Read;

use super::book::sheet_name;
use super::layout::{fitted, width};
use super::*;
use crate::changes::{self, Timing};
use crate::fields::{Control, Section};
use crate::fixtures;

/// The text of every part of a workbook, by name.
fn parts(bytes: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    (0..zip.len())
        .map(|i| {
            let mut file = zip.by_index(i).unwrap();
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap();
            (file.name().unwrap().to_string(), text)
        })
        .collect()
}

fn part<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    &parts
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("{name}"))
        .1
}

/// Every text of the workbook (the shared strings), unescaped enough to search.
fn strings(parts: &[(String, String)]) -> String {
    part(parts, "xl/sharedStrings.xml").replace("&amp;", "&")
}

/// The sheets' names in order, from the workbook part.
fn sheet_names(parts: &[(String, String)]) -> Vec<String> {
    part(parts, "xl/workbook.xml")
        .split("<sheet name=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap().to_string())
        .collect()
}

#[test]
fn the_declaration_has_the_verdict_first_then_a_sheet_per_section() {
    let p = parts(&declaration(&fixtures::compliant(), Lang::Ja).unwrap());
    let mut expected = vec!["適合判定".to_string()];
    for s in Section::ALL {
        expected.push(s.title(Lang::Ja).to_string());
        if s == Section::Responsibility {
            expected.push("責任分担表".into());
        }
    }
    assert_eq!(sheet_names(&p), expected);
    let text = strings(&p);
    let d = fixtures::compliant();
    for section in Section::ALL {
        for block in crate::answers::blocks(&d, section) {
            for row in block.rows {
                if row.optional_blank() {
                    // An optional answer not given is no row (issue 30).
                    continue;
                }
                assert!(text.contains(row.label.pick(Lang::Ja)), "{}", row.path);
                let is_date =
                    crate::fields::field(&row.path).is_some_and(|f| f.control == Control::Date);
                if let Some(v) = row.value.filter(|_| !is_date) {
                    assert!(text.contains(v.pick(Lang::Ja)), "{}", row.path);
                }
            }
        }
    }
    for word in [
        "適合",
        "令和6年2月20日",
        "国民健康保険中央会",
        "対策4：データ暗号化",
        "C1",
    ] {
        assert!(text.contains(word), "{word}");
    }
}

#[test]
fn no_cell_is_a_formula_whatever_the_answers_say() {
    let mut d = fixtures::compliant();
    d.basic.municipality = Some("=HYPERLINK(\"http://evil.example\",\"x\")".into());
    d.entrustment.content = Some("+cmd|' /C calc'!A0\n@SUM(1+1)\u{1}\u{7}".into());
    let p = parts(&declaration(&d, Lang::Ja).unwrap());
    for (name, text) in &p {
        assert!(
            !text.contains("<f>") && !text.contains("<f "),
            "{name} holds a formula"
        );
    }
    assert!(strings(&p).contains("=HYPERLINK("));
}

#[test]
fn long_answers_and_many_entries_are_written_whole() {
    let mut d = fixtures::compliant();
    let long = "長".repeat(4000);
    d.entrustment.content = Some(long.clone());
    let first = d.subcontractors[0].clone();
    let subs = &mut d.subcontractors;
    for i in 0..200 {
        let mut s = first.clone();
        s.id = format!("sub-x{i}");
        s.name = Some(format!("再委託先会社{i}"));
        subs.push(s);
    }
    let p = parts(&declaration(&d, Lang::Ja).unwrap());
    let text = strings(&p);
    assert!(text.contains(&long));
    assert!(text.contains("再委託先会社199"));
}

#[test]
fn a_draft_says_what_is_not_given_and_what_is_not_asked_yet() {
    let p = parts(&declaration(&fixtures::draft(), Lang::Ja).unwrap());
    let text = strings(&p);
    assert!(text.contains("（記載なし）"));
    assert!(
        text.contains("未完成"),
        "the verdict sheet says the file is incomplete"
    );
    let mut d = fixtures::compliant();
    d.entrustment.uses_cloud = Some(false);
    let text = strings(&parts(&declaration(&d, Lang::Ja).unwrap()));
    assert!(text.contains("クラウド事業者の環境に設置しないため、この項目は記入しません。"));
}

#[test]
fn english_workbooks_use_the_english_words() {
    let p = parts(&declaration(&fixtures::compliant(), Lang::En).unwrap());
    assert_eq!(sheet_names(&p)[0], "Compliance verdict");
    assert!(strings(&p).contains("20 February 2024"));
}

#[test]
fn the_change_list_has_the_six_columns_of_annex_2_in_order() {
    let rows = changes::rows(
        changes::diff(&fixtures::compliant(), &fixtures::noncompliant()),
        "2024-02-28",
        Timing::After,
    );
    assert!(!rows.is_empty());
    let p = parts(&change_list(&rows, Lang::Ja).unwrap());
    let text = strings(&p);
    let mut at = 0;
    for h in changes::HEADER_JA {
        let found = text[at..]
            .find(h)
            .unwrap_or_else(|| panic!("{h} after the one before"));
        at += found + h.len();
    }
    assert!(text.contains("（別添２）変更箇所") && text.contains("令和6年2月28日"));
    assert!(text.contains("事後"));
    let sheet = part(&p, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("<autoFilter ref=\"A2:F"), "filtered");
    assert!(sheet.contains("state=\"frozen\""), "frozen");
    assert!(
        part(&p, "xl/workbook.xml").contains("_xlnm.Print_Titles"),
        "header repeated"
    );
    let empty = strings(&parts(&change_list(&[], Lang::Ja).unwrap()));
    assert!(empty.contains("変更はありません。"));
}

#[test]
fn sheet_names_are_ones_excel_accepts() {
    assert_eq!(sheet_name("a/b[c]:d*e?f\\"), "a・b・c・・d・e・f・");
    assert_eq!(sheet_name(&"あ".repeat(40)).chars().count(), 31);
    assert_eq!(sheet_name("''"), "Sheet");
}

#[test]
fn full_width_characters_count_two() {
    assert_eq!(width("abc"), 5.0);
    assert_eq!(width("基本情報"), 10.0);
    assert_eq!(width("ab\n基本"), 6.0);
}

#[test]
fn answers_are_written_as_the_exported_file_holds_them() {
    let mut d = fixtures::compliant();
    d.basic.declarant.as_mut().unwrap().phone = Some("０５９－２２２－４１１１".into());
    d.basic.declaration_date = Some("令和6年2月20日".into());
    let p = parts(&declaration(&d, Lang::Ja).unwrap());
    let text = strings(&p);
    assert!(text.contains("059-222-4111") && !text.contains("０５９"));
    assert!(text.contains("令和6年2月20日"));
    // 2024-02-20 as an Excel date (its serial number) beside it, on the verdict sheet.
    assert!(part(&p, "xl/worksheets/sheet1.xml").contains("<v>45342</v>"));
}

#[test]
fn an_answer_longer_than_a_cell_is_cut_to_fit_and_says_so() {
    let mut d = fixtures::compliant();
    d.entrustment.content = Some("長".repeat(40_000));
    d.subcontractors[0].name = Some("名".repeat(40_000));
    d.basic.declaration_date = Some("日".repeat(40_000));
    let text = strings(&parts(&declaration(&d, Lang::Ja).unwrap()));
    assert!(text.contains("以下省略"));
    assert!(!text.contains(&"長".repeat(32_767)));
    let emoji = "😀".repeat(20_000);
    let cut = fitted(&emoji);
    assert!(cut.encode_utf16().count() <= 32_767);
    assert!(cut.ends_with("holds）"));
    assert_eq!(fitted("短い"), "短い");
}

#[test]
fn a_row_is_as_tall_as_its_wrapped_text() {
    use super::layout::lines_in;
    assert_eq!(lines_in("短い", 60.0), 1);
    assert_eq!(
        lines_in(&"長".repeat(100), 60.0),
        4,
        "200 units in 59 a line"
    );
    assert_eq!(lines_in("一行目\n二行目\n三行目", 60.0), 3);
    let mut d = fixtures::compliant();
    d.entrustment.content = Some("長".repeat(300));
    let p = parts(&declaration(&d, Lang::Ja).unwrap());
    // 委託の概要 is the third sheet; its first answer row (row 3) holds 委託内容.
    let sheet = part(&p, "xl/worksheets/sheet3.xml");
    let row = sheet.split("<row r=\"3\"").nth(1).expect("row 3");
    let height: f64 = row
        .split("ht=\"")
        .nth(1)
        .and_then(|h| h.split('"').next())
        .and_then(|h| h.parse().ok())
        .expect("a height");
    assert!(
        height >= 11.0 * 15.0,
        "600 units over 59 a line: 11 lines, {height} pt"
    );
}

#[test]
fn optional_answers_not_given_are_left_out() {
    // compliant.json leaves その他当市が求める情報 unanswered (optional): no row, no key; a
    // required answer missing still reads 「（記載なし）」 (the draft, above).
    let mut d = fixtures::compliant();
    d.entrustment.other_information = Some(" ".into());
    let text = strings(&parts(&declaration(&d, Lang::Ja).unwrap()));
    assert!(
        !text.contains("その他当市が求める情報"),
        "the optional row is left out"
    );
    assert!(
        !text.contains("（記載なし）"),
        "the compliant file has nothing missing to say"
    );
}

#[test]
fn a_file_without_its_attestation_reads_incomplete_and_unanswered_not_no() {
    // Issue 31: every condition met, no attestation: 総合判定 未完了 with the count, and the
    // checks read 「未記入」, never 「いいえ」.
    let mut d = fixtures::compliant();
    d.attestation = None;
    let text = strings(&parts(&declaration(&d, Lang::Ja).unwrap()));
    assert!(
        text.contains("未完了（未記入・誤り 5件）"),
        "the overall verdict"
    );
    assert!(text.contains("未記入"));
    let with = strings(&parts(
        &declaration(&fixtures::compliant(), Lang::Ja).unwrap(),
    ));
    assert_eq!(
        text.matches("いいえ").count(),
        with.matches("いいえ").count(),
        "the checks not given add no いいえ"
    );
}

#[test]
fn a_received_files_workbook_says_whether_it_was_changed() {
    use crate::io::IntegrityState;
    let d = fixtures::compliant();
    for (state, words) in [
        (IntegrityState::Match, "改変なし"),
        (IntegrityState::Mismatch, "出力後に変更されています"),
        (
            IntegrityState::Absent,
            "ハッシュなし（改変の有無を確認できません）",
        ),
    ] {
        let text = strings(&parts(&received(&d, Lang::Ja, state).unwrap()));
        assert!(
            text.contains("改変の確認") && text.contains(words),
            "{words}"
        );
    }
    // The contractor's own workbook says nothing of it.
    assert!(!strings(&parts(&declaration(&d, Lang::Ja).unwrap())).contains("改変の確認"));
}
