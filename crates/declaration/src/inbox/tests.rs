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
fn the_csv_has_a_bom_a_header_and_one_record_per_row() {
    let rows = rows();
    let csv = to_csv(&rows);
    assert!(csv.starts_with(crate::csv::BOM));
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(
        lines[0].trim_start_matches(crate::csv::BOM),
        "file,municipality,contractor,declaration_date,complete,overall,C1,C2,C3,C4,C5,C6,C7,C8,S5,S6,S7,integrity,expiring"
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
fn a_file_named_like_a_formula_cannot_run_in_excel() {
    let imported = io::import_str(fixtures::COMPLIANT).unwrap();
    let row = Row::of("=cmd|' /C calc'!A0.json", &imported);
    assert!(row.csv().starts_with("'=cmd"), "{}", row.csv());
}
