//! The 受付一覧's rows, filters, order and CSV on the fixtures.

use super::*;
use crate::fixtures;
use crate::io;

fn rows() -> Vec<Row> {
    fixtures::ALL
        .iter()
        .map(|(name, text)| Row::of(name, &io::import_str(text).expect("fixture imports")))
        .collect()
}

#[test]
fn a_row_says_what_the_file_declares() {
    let rows = rows();
    let compliant = &rows[0];
    assert!(compliant.complete);
    assert!(!compliant.any_not_met());
    assert!(!compliant.municipality.is_empty());
    assert!(!compliant.contractor.is_empty());
    assert_eq!(compliant.conditions.len(), CondId::ALL.len());
    let non = &rows[1];
    assert!(non.any_not_met());
    assert_eq!(non.status(CondId::C6), Some(Status::NotMet));
    let draft = &rows[2];
    assert!(!draft.complete);
    assert!(!draft.errors.is_empty());
}

#[test]
fn filters_keep_the_rows_they_name() {
    let rows = rows();
    let kept = |f: Filter| -> Vec<&str> {
        rows.iter()
            .filter(|r| f.keeps(r))
            .map(|r| r.file.as_str())
            .collect()
    };
    assert_eq!(kept(Filter::All).len(), 3);
    assert_eq!(kept(Filter::NotMet), ["noncompliant.json"]);
    assert_eq!(kept(Filter::Incomplete), ["draft.json"]);
    assert!(kept(Filter::Changed).is_empty());
    for f in Filter::ALL {
        assert_eq!(Filter::parse(f.as_str()), f);
    }
}

#[test]
fn sorting_is_stable_and_reverses() {
    let mut r = rows();
    sort(&mut r, |r| r, SortKey::File, false);
    let files: Vec<_> = r.iter().map(|r| r.file.clone()).collect();
    assert_eq!(files, ["compliant.json", "draft.json", "noncompliant.json"]);
    sort(&mut r, |r| r, SortKey::File, true);
    assert_eq!(r[0].file, "noncompliant.json");
    // noncompliant.json is complete too: equal rows keep their order.
    sort(&mut r, |r| r, SortKey::Complete, false);
    let files: Vec<_> = r.iter().map(|r| r.file.clone()).collect();
    assert_eq!(files, ["noncompliant.json", "compliant.json", "draft.json"]);
    sort(&mut r, |r| r, SortKey::NotMet, true);
    assert_eq!(r[0].file, "noncompliant.json");
    // 総合判定, the worst first.
    sort(&mut r, |r| r, SortKey::Overall, false);
    let files: Vec<_> = r.iter().map(|r| r.file.clone()).collect();
    assert_eq!(files, ["noncompliant.json", "draft.json", "compliant.json"]);
}

#[test]
fn filters_follow_the_overall_verdict() {
    let rows = rows();
    let kept = |f: Filter| {
        rows.iter()
            .filter(|r| f.keeps(r))
            .map(|r| r.file.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(kept(Filter::Met), ["compliant.json"]);
    assert_eq!(kept(Filter::NotMet), ["noncompliant.json"]);
    assert_eq!(kept(Filter::Incomplete), ["draft.json"]);
    // A file with every condition met and no attestation is 未完了, never 適合.
    let mut d: crate::Declaration = serde_json::from_str(fixtures::COMPLIANT).unwrap();
    d.attestation = None;
    let text = serde_json::to_string(&d).unwrap();
    let row = Row::of("no-attestation.json", &io::import_str(&text).unwrap());
    assert_eq!(
        row.overall,
        crate::verdict::Overall::Incomplete { missing: 5 }
    );
    assert!(Filter::Incomplete.keeps(&row) && !Filter::Met.keeps(&row));
}

#[test]
fn the_csv_has_a_bom_a_header_and_one_record_per_row_in_codes_for_scripts() {
    let rows = rows();
    let csv = to_csv(&rows, &[], CsvWords::Codes);
    assert!(csv.starts_with(crate::csv::BOM));
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(
        lines[0].trim_start_matches(crate::csv::BOM),
        "file,municipality,contractor,declaration_date,complete,overall,C1,C2,C3,C4,C5,C6,C7,C8,S5,S6,S7,integrity,expiring,exported_at,body_sha256,error"
    );
    assert!(lines[2].starts_with("noncompliant.json,"));
    assert!(lines[2].contains(",not_met,"));
    // The overall verdict after 完了: compliant met, noncompliant not met, the draft 未完了.
    let overall = |l: &str| l.split(',').nth(5).unwrap().to_string();
    assert_eq!(
        lines[1..].iter().map(|l| overall(l)).collect::<Vec<_>>(),
        ["met", "not_met", "incomplete"]
    );
}

#[test]
fn the_csv_speaks_the_words_a_city_files_and_lists_refused_files() {
    let rows = rows();
    let refused = vec![(
        "broken.json".to_string(),
        crate::words::Words::new("JSONとして読み取れません", "not JSON"),
    )];
    let csv = to_csv(&rows, &refused, CsvWords::Japanese);
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(
        lines[0].trim_start_matches(crate::csv::BOM),
        "ファイル,地方公共団体,受託者,申告日,記入完了,総合判定,C1,C2,C3,C4,C5,C6,C7,C8,S5,S6,S7,改変の確認,期限が近い証明書,書き出し日時,本文ハッシュ,読み取りエラー"
    );
    let cells = |l: &str| l.split(',').map(str::to_string).collect::<Vec<_>>();
    let compliant = cells(lines[1]);
    assert_eq!(compliant[4], "はい");
    assert_eq!(compliant[5], "適合");
    assert!(
        compliant[6..17].iter().all(|c| c == "適合"),
        "{compliant:?}"
    );
    assert_eq!(compliant[17], "ハッシュなし（改変の有無を確認できません）");
    let noncompliant = cells(lines[2]);
    assert_eq!(noncompliant[5], "不適合");
    assert!(noncompliant.contains(&"不適合".to_string()));
    let draft = cells(lines[3]);
    assert_eq!((draft[4].as_str(), draft[5].as_str()), ("いいえ", "未完了"));
    assert!(draft[6..17].iter().all(|c| c == "未入力"), "{draft:?}");
    // No machine word is left.
    for code in [
        ",met,",
        ",not_met,",
        ",true,",
        ",false,",
        ",absent,",
        "unanswered",
    ] {
        assert!(!csv.contains(code), "{code} in {csv}");
    }
    // The refused file is a row of its own: its name and why.
    let broken = cells(lines[4]);
    assert_eq!(broken.len(), 22);
    assert_eq!(broken[0], "broken.json");
    assert_eq!(broken[21], "JSONとして読み取れません");
    assert!(broken[1..21].iter().all(String::is_empty));
}

#[test]
fn the_export_time_is_in_japan_time_and_as_written_in_codes() {
    let mut d = fixtures::compliant();
    d.exported_at = Some("2026-12-07T06:38:50Z".into());
    let text = io::to_json(&d, &serde_json::json!({}));
    let row = Row::of("a.json", &io::import_str(&text).unwrap());
    assert!(row.csv(CsvWords::Japanese).contains(",2026-12-07 15:38,"));
    assert!(row.csv(CsvWords::Codes).contains(",2026-12-07T06:38:50Z,"));
}

#[test]
fn a_file_named_like_a_formula_cannot_run_in_excel() {
    let imported = io::import_str(fixtures::COMPLIANT).unwrap();
    let row = Row::of("=cmd|' /C calc'!A0.json", &imported);
    let csv = row.csv(CsvWords::Japanese);
    assert!(csv.starts_with("'=cmd"), "{csv}");
}

#[test]
fn soonest_lapse_sorts_first_and_versions_are_counted_by_export_time() {
    let mut d = fixtures::compliant();
    let row_of = |d: &crate::Declaration, name: &str| {
        Row::of(
            name,
            &io::import_str(&io::to_json(d, &serde_json::json!({}))).unwrap(),
        )
    };
    d.exported_at = Some("2024-02-21T00:00:00Z".into());
    let v1 = row_of(&d, "v1.json");
    d.exported_at = Some("2024-03-01T00:00:00Z".into());
    let cloud = d.cloud.as_mut().unwrap();
    let certs = cloud.certifications.as_mut().unwrap();
    certs.iso27018.as_mut().unwrap().valid_until = Some("2024-03-01".into());
    let v2 = row_of(&d, "v2.json");
    let other = rows().remove(1);
    let mut list = vec![other.clone(), v1.clone(), v2.clone()];
    sort(&mut list, |r| r, SortKey::Expiring, false);
    assert_eq!(list[0].file, "v2.json", "the one lapsing first leads");
    assert_eq!(v2.soonest_lapse(), Some("2024-03-01"));
    // v2 listed first, still the second version.
    assert_eq!(versions(&[&v2, &other, &v1]), [(2, 2), (1, 1), (1, 2)]);
}

#[test]
fn read_today_the_table_warns_of_what_has_lapsed_as_the_reader_does() {
    let imported = io::import_str(fixtures::COMPLIANT).unwrap();
    // On its declaration date nothing lapses soon; years later every certificate has.
    let then = Row::on("a.json", &imported, crate::date::Date::new(2024, 2, 20));
    assert!(then.lapsing.is_empty() && !Filter::Expiring.keeps(&then));
    let today = crate::date::Date::new(2026, 12, 8);
    let now = Row::on("a.json", &imported, today);
    assert!(
        now.expiring.is_empty(),
        "the JSON line still counts from the declaration date"
    );
    assert_eq!(
        now.lapsing,
        crate::verdict::warnings(&imported.declaration, today),
        "the reader's banner says the same"
    );
    assert!(Filter::Expiring.keeps(&now));
    let csv = now.csv(CsvWords::Japanese);
    assert!(csv.contains("C1：2026-03-31まで（期限切れ）"), "{csv}");
    // Sorted either way, a row with nothing lapsing stays last.
    let mut list = vec![then.clone(), now.clone()];
    for desc in [false, true] {
        sort(&mut list, |r| r, SortKey::Expiring, desc);
        assert!(list[1].lapsing.is_empty(), "descending {desc}");
    }
}

/// Issue 33: the files of one declaration sent to several municipalities are told apart from
/// a file whose body differs — grouped, counted, lettered, and sorted together.
#[test]
fn files_with_the_same_body_are_grouped_and_sorted_together() {
    let with_city = |city: &str, content: &str| {
        let mut v: serde_json::Value = serde_json::from_str(fixtures::ALL[0].1).unwrap();
        v["id"] = format!("file-{city}").into();
        v["basic"]["municipality"] = city.into();
        v["entrustment"]["content"] = content.into();
        Row::of(
            &format!("{city}.json"),
            &io::import_str(&v.to_string()).unwrap(),
        )
    };
    let rows = [
        with_city("伊賀市", "共通の委託内容"),
        with_city("名張市", "別の委託内容"),
        with_city("亀山市", "共通の委託内容"),
        with_city("鈴鹿市", "共通の委託内容"),
        with_city("津市", "三つ目の委託内容"),
        with_city("桑名市", "別の委託内容"),
    ];
    let refs: Vec<&Row> = rows.iter().collect();
    assert_eq!(
        same_bodies(&refs),
        [
            Some((1, 3)),
            Some((2, 2)),
            Some((1, 3)),
            Some((1, 3)),
            None,
            Some((2, 2))
        ]
    );
    assert_eq!(
        (group_letter(1), group_letter(26), group_letter(27)),
        ("A".to_string(), "Z".to_string(), "AA".to_string())
    );
    let mut sorted = refs.clone();
    sort(&mut sorted, |r| r, SortKey::Body, false);
    let cities: Vec<&str> = sorted.iter().map(|r| r.municipality.as_str()).collect();
    assert_eq!(
        cities[..3],
        ["伊賀市", "亀山市", "鈴鹿市"],
        "the largest group first, as received"
    );
    assert_eq!(cities[3..5], ["名張市", "桑名市"]);
    assert_eq!(cities[5], "津市");
}
