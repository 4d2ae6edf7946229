//! The subcommands that write files: `xlsx FILE -o OUT` (the declaration's workbook),
//! `diff OLD NEW --xlsx OUT` (the change list's) and `schema [KIND]` (a JSON Schema) — what
//! they write, and what they say and exit with when they cannot.

use super::support::*;
use serde_json::Value;

/// Whether `bytes` are a zip whose parts include a workbook's.
fn is_workbook(bytes: &[u8]) -> bool {
    let has = |part: &[u8]| bytes.windows(part.len()).any(|w| w == part);
    bytes.starts_with(b"PK\x03\x04") && has(b"xl/workbook.xml") && has(b"xl/sharedStrings.xml")
}

#[test]
fn xlsx_writes_the_declarations_workbook_complete_or_not() {
    let dir = TempDir::new();
    for (fixture_name, lang) in [
        ("compliant.json", "ja"),
        ("draft.json", "ja"),
        ("noncompliant.json", "en"),
    ] {
        let out_path = dir.0.join(format!("{fixture_name}.xlsx"));
        let out = run([
            "xlsx".as_ref(),
            fixture(fixture_name).as_os_str(),
            "-o".as_ref(),
            out_path.as_os_str(),
            "--lang".as_ref(),
            lang.as_ref(),
        ]);
        assert_eq!(code(&out), 0, "{fixture_name}: {}", stderr(&out));
        assert!(stdout(&out).is_empty());
        assert!(
            is_workbook(&std::fs::read(&out_path).unwrap()),
            "{fixture_name}"
        );
    }
}

#[test]
fn xlsx_of_an_unreadable_file_or_to_an_unwritable_place_exits_2_in_both_languages() {
    let dir = TempDir::new();
    let broken = dir.write("broken.json", "{ \"format\": ");
    let out_path = dir.0.join("out.xlsx");
    let out = run([
        "xlsx".as_ref(),
        broken.as_os_str(),
        "-o".as_ref(),
        out_path.as_os_str(),
    ]);
    assert_eq!(code(&out), 2);
    says(
        &stderr(&out),
        &["JSON として読み取れません", "cannot be read as JSON"],
    );
    assert!(
        !out_path.exists(),
        "nothing written for a file that cannot be read"
    );

    let nowhere = dir.0.join("no-such-folder").join("out.xlsx");
    let out = run([
        "xlsx".as_ref(),
        fixture("compliant.json").as_os_str(),
        "-o".as_ref(),
        nowhere.as_os_str(),
    ]);
    assert_eq!(code(&out), 2);
    says(&stderr(&out), &["書き込めません", "cannot write it"]);
}

#[test]
fn xlsx_usage_errors_exit_2_and_help_exits_0() {
    let out = run(["xlsx", "a.json"]);
    assert_eq!(code(&out), 2);
    says(
        &stderr(&out),
        &[
            "-o 出力.xlsx",
            "-o OUT.xlsx",
            "使い方: declaration-check xlsx",
        ],
    );
    let out = run(["xlsx", "--help"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("Usage:  declaration-check xlsx FILE.json -o OUT.xlsx"));
}

#[test]
fn diff_with_xlsx_writes_the_workbook_instead_of_the_csv() {
    let dir = TempDir::new();
    let out_path = dir.0.join("changes.xlsx");
    let out = run([
        "diff".as_ref(),
        fixture("compliant.json").as_os_str(),
        fixture("noncompliant.json").as_os_str(),
        "--date".as_ref(),
        "2024-02-28".as_ref(),
        "--xlsx".as_ref(),
        out_path.as_os_str(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).is_empty(), "no CSV on stdout");
    assert!(is_workbook(&std::fs::read(&out_path).unwrap()));
    let out = run([
        "diff".as_ref(),
        fixture("compliant.json").as_os_str(),
        fixture("noncompliant.json").as_os_str(),
        "--xlsx".as_ref(),
    ]);
    assert_eq!(code(&out), 2);
    says(
        &stderr(&out),
        &["--xlsx には書き出すファイル名", "--xlsx takes the file"],
    );
}

#[test]
fn schema_prints_each_format_and_refuses_an_unknown_one() {
    for (kind, title) in [
        ("declaration", "自己申告書"),
        ("review", "照会事項"),
        ("part", "記入依頼"),
    ] {
        let out = run(["schema", kind]);
        assert_eq!(code(&out), 0, "{kind}");
        let schema: Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        assert!(schema["title"].as_str().unwrap().contains(title), "{kind}");
    }
    assert_eq!(
        stdout(&run(["schema"])),
        stdout(&run(["schema", "declaration"]))
    );
    let out = run(["schema", "invoice"]);
    assert_eq!(code(&out), 2);
    says(
        &stderr(&out),
        &["declaration、review 又は part", "(invoice)"],
    );
}
