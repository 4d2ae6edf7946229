//! End-to-end tests of the `declaration-check` binary on the fixtures of `tests/fixtures`
//! (see its README for what each must show) and on broken, foreign, newer and exported
//! files written to a temporary directory; and of its `diff` subcommand, the change list
//! as CSV. The subcommands that write workbooks and schemas are tested in `files`.

mod files;
mod support;

use std::path::PathBuf;

use serde_json::Value;
use support::*;

#[test]
fn compliant_is_complete_and_meets_every_condition() {
    let out = run([fixture("compliant.json")]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lines = lines(&out);
    assert_eq!(lines.len(), 1);
    let line = &lines[0];
    assert!(line["file"].as_str().unwrap().ends_with("compliant.json"));
    assert_eq!(line["complete"], true);
    assert_eq!(line["overall"], "met");
    assert_eq!(line["errors"], serde_json::json!([]));
    for id in IDS {
        assert_eq!(status(line, id), "met", "{id}");
    }
    assert!(line.get("integrity").is_none());
    assert!(stderr(&out).is_empty());
}

#[test]
fn keys_and_conditions_are_written_in_order() {
    let out = run([fixture("compliant.json")]);
    let text = stdout(&out);
    let pos = |k: &str| text.find(&format!("\"{k}\"")).unwrap();
    assert!(pos("file") < pos("complete"));
    assert!(pos("complete") < pos("overall"));
    assert!(pos("overall") < pos("errors"));
    assert!(pos("errors") < pos("conditions"));
    for pair in IDS.windows(2) {
        assert!(pos(pair[0]) < pos(pair[1]), "{pair:?}");
    }
    assert_eq!(lines(&out)[0]["conditions"].as_object().unwrap().len(), 11);
}

#[test]
fn noncompliant_fails_c2_c4_c6() {
    let out = run([fixture("noncompliant.json")]);
    assert_eq!(code(&out), 1);
    let line = &lines(&out)[0];
    assert_eq!(line["complete"], true);
    assert_eq!(line["overall"], "not_met");
    for id in IDS {
        let expected = if ["C2", "C4", "C6"].contains(&id) {
            "not_met"
        } else {
            "met"
        };
        assert_eq!(status(line, id), expected, "{id}");
    }
}

#[test]
fn draft_is_incomplete_and_mostly_unanswered() {
    let out = run([fixture("draft.json")]);
    assert_eq!(code(&out), 1);
    let line = &lines(&out)[0];
    assert_eq!(line["complete"], false);
    assert_eq!(line["overall"], "incomplete");
    let errors = line["errors"].as_array().unwrap();
    assert!(!errors.is_empty());
    for e in errors {
        for key in ["path", "ja", "en"] {
            assert!(!e[key].as_str().unwrap().is_empty(), "{e}");
        }
    }
    let unanswered = IDS
        .iter()
        .filter(|id| status(line, id) == "unanswered")
        .count();
    assert!(unanswered > IDS.len() / 2, "{unanswered} unanswered");
}

#[test]
fn one_line_per_file_in_order() {
    let out = run([
        fixture("compliant.json"),
        fixture("noncompliant.json"),
        fixture("draft.json"),
    ]);
    assert_eq!(code(&out), 1);
    let lines = lines(&out);
    assert_eq!(lines.len(), 3);
    for (line, name) in lines
        .iter()
        .zip(["compliant.json", "noncompliant.json", "draft.json"])
    {
        assert!(line["file"].as_str().unwrap().ends_with(name));
    }
}

#[test]
fn unreadable_files_exit_2_and_the_others_are_still_checked() {
    let dir = TempDir::new();
    let not_json = dir.write("broken.json", "{\n  \"format\": \n");
    let foreign = dir.write(
        "other.json",
        r#"{"format": "some-other-form", "schema_version": 1}"#,
    );
    let missing = dir.0.join("missing.json");
    let out = run([
        not_json.as_os_str(),
        fixture("compliant.json").as_os_str(),
        foreign.as_os_str(),
        fixture("noncompliant.json").as_os_str(),
        missing.as_os_str(),
    ]);
    assert_eq!(code(&out), 2);
    let lines = lines(&out);
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["file"]
        .as_str()
        .unwrap()
        .ends_with("compliant.json"));
    assert!(lines[1]["file"]
        .as_str()
        .unwrap()
        .ends_with("noncompliant.json"));
    says(
        &stderr(&out),
        &[
            "broken.json: JSON として読み取れません",
            "broken.json: The file cannot be read as JSON",
            "other.json: クラウド再委託の申告書ファイルではありません",
            "other.json: This is not a cloud re-subcontracting declaration",
            "missing.json: ファイルを読み込めません",
            "missing.json: Cannot read the file",
        ],
    );
}

#[test]
fn newer_schema_version_exits_2_even_beside_a_noncompliant_file() {
    let dir = TempDir::new();
    let mut v: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("compliant.json")).unwrap()).unwrap();
    v["schema_version"] = Value::from(99);
    let newer = dir.write("newer.json", v.to_string());
    let out = run([newer.as_os_str(), fixture("noncompliant.json").as_os_str()]);
    assert_eq!(code(&out), 2);
    assert_eq!(lines(&out).len(), 1);
    let err = stderr(&out);
    assert!(err.contains("schema_version 99"), "{err}");
    assert!(err.contains("アプリを最新の版に更新"), "{err}");
    assert!(err.contains("Update the app"), "{err}");
}

#[test]
fn too_large_exits_2() {
    let dir = TempDir::new();
    let big = dir.write("big.json", vec![b' '; 3 * 1024 * 1024]);
    let out = run([big]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(err.contains("ファイルが大きすぎます（3.0 MiB）"), "{err}");
    assert!(err.contains("too large"), "{err}");
}

#[test]
fn text_format_is_a_japanese_table() {
    let out = run([
        "--format".as_ref(),
        "text".as_ref(),
        fixture("compliant.json").as_os_str(),
        fixture("noncompliant.json").as_os_str(),
    ]);
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    assert!(text.contains("compliant.json"));
    assert!(text.contains("完了"));
    assert!(text.contains("適合"));
    assert!(text.contains("不適合"));
    assert!(text.contains("ISO/IEC 27018"));
    assert!(text.contains("C8"));
    // The fixtures carry no hash: said so in the reviewer's words, never "unchanged".
    assert!(text.contains("改変の確認: ハッシュなし（改変の有無を確認できません）"));
    assert!(!text.contains("改変なし"));
    let draft = stdout(&run([
        "--format=text".as_ref(),
        fixture("draft.json").as_os_str(),
    ]));
    assert!(draft.contains("未完了"));
    assert!(draft.contains("未入力"));
    assert!(draft.contains("basic.assessment_title"));
}

#[test]
fn integrity_is_reported_only_when_the_file_has_a_hash() {
    let dir = TempDir::new();
    let text = std::fs::read_to_string(fixture("compliant.json")).unwrap();
    let imported = declaration::io::import_str(&text).unwrap();
    let exported = declaration::io::export(
        &imported.declaration,
        &imported.extra,
        "2024-02-21T00:00:00Z",
        "test",
    );
    let good = dir.write("exported.json", &exported);
    let edited = dir.write(
        "edited.json",
        exported.replacen("Example Cloud株式会社", "Example Cloud株式会社 ", 1),
    );
    let out = run([&good, &edited]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lines = lines(&out);
    assert_eq!(lines[0]["integrity"], "match");
    assert_eq!(lines[1]["integrity"], "mismatch");

    let text = stdout(&run([
        "--format".as_ref(),
        "text".as_ref(),
        good.as_os_str(),
    ]));
    assert!(text.contains("改変なし"), "{text}");
    let text = stdout(&run([
        "--format".as_ref(),
        "text".as_ref(),
        edited.as_os_str(),
    ]));
    assert!(text.contains("出力後に変更されています"), "{text}");
}

#[test]
fn usage() {
    let out = run(Vec::<&str>::new());
    assert_eq!(code(&out), 2);
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    assert!(err.contains("使い方") && err.contains("Usage"), "{err}");

    let out = run(["--help"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("--format"));

    let out = run(["--format", "xml", "x.json"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--format"));

    let out = run(["--frobnicate", "x.json"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--frobnicate"));
}

/// The records of a CSV text (RFC 4180: quoted cells may hold commas and line breaks).
fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut records = vec![vec![String::new()]];
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let record = records.last_mut().unwrap();
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                record.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => record.push(String::new()),
            '\r' if !quoted => {
                assert_eq!(chars.next(), Some('\n'), "a record ends with CRLF");
                records.push(vec![String::new()]);
            }
            '\n' if !quoted => panic!("a bare LF ends a record"),
            _ => record.last_mut().unwrap().push(c),
        }
    }
    assert_eq!(records.pop(), Some(vec![String::new()]), "ends with CRLF");
    records
}

#[test]
fn diff_writes_the_change_list_as_csv() {
    let out = run([
        "diff".as_ref(),
        fixture("compliant.json").as_os_str(),
        fixture("noncompliant.json").as_os_str(),
        "--date".as_ref(),
        "2024-02-28".as_ref(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).is_empty());
    let text = stdout(&out);
    let body = text.strip_prefix('\u{FEFF}').expect("a BOM for Excel");
    let records = csv_records(body);
    assert_eq!(
        records[0],
        [
            "変更日",
            "項目",
            "変更前の記載",
            "変更後の記載",
            "提出時期",
            "提出時期に係る説明"
        ]
    );
    assert_eq!(records.len(), 10, "{records:?}");
    for r in &records[1..] {
        assert_eq!(r.len(), 6, "{r:?}");
        assert_eq!(r[0], "令和6年2月28日");
        // Not chosen by the user (no --timing): 未選択, never a preselected 事前.
        assert_eq!(r[4], "未選択");
        assert_eq!(r[5], "");
    }
    assert_eq!(
        records[1][1..4],
        ["クラウドサービス ISO/IEC 27018 認証", "はい", "いいえ"]
    );
    assert_eq!(records[2][3], "(記載なし)");
    let region = &records[9];
    assert_eq!(region[1], "クラウドサービス 保管場所3（Singapore）");
    assert_eq!(region[2], "(記載なし)");
    assert!(region[3].contains("国：SG\n"), "{region:?}");
}

#[test]
fn diff_in_english_after_the_fact() {
    let out = run([
        "diff".as_ref(),
        "--lang=en".as_ref(),
        "--timing".as_ref(),
        "事後".as_ref(),
        "--date=2024-02-28".as_ref(),
        fixture("noncompliant.json").as_os_str(),
        fixture("compliant.json").as_os_str(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let records = csv_records(stdout(&out).trim_start_matches('\u{FEFF}'));
    assert_eq!(
        records[0],
        [
            "Date of change",
            "Item",
            "Before",
            "After",
            "Submitted",
            "Reason for the timing"
        ]
    );
    assert_eq!(records[1][0], "28 February 2024");
    assert_eq!(records[1][4], "After");
    assert_eq!(records[2][2], "(none)");
    assert_eq!(records[4][3], "31 March 2026");
    assert_eq!(
        records[9][1],
        "Cloud service › Storage location 3 (Singapore)"
    );
}

#[test]
fn diff_of_a_file_with_itself_is_the_header_dated_today() {
    let out = run([
        "diff".as_ref(),
        fixture("compliant.json").as_os_str(),
        fixture("compliant.json").as_os_str(),
    ]);
    assert_eq!(code(&out), 0);
    assert_eq!(
        stdout(&out),
        "\u{FEFF}変更日,項目,変更前の記載,変更後の記載,提出時期,提出時期に係る説明\r\n"
    );
    // Without --date the rows carry today's date, written in the era.
    let out = run([
        "diff".as_ref(),
        fixture("draft.json").as_os_str(),
        fixture("compliant.json").as_os_str(),
    ]);
    let records = csv_records(stdout(&out).trim_start_matches('\u{FEFF}'));
    assert!(records.len() > 30);
    assert!(records[1][0].starts_with("令和"), "{:?}", records[1]);
    assert!(records[1][0].ends_with('日'), "{:?}", records[1]);
}

#[test]
fn diff_of_unreadable_files_exits_2_in_both_languages() {
    let dir = TempDir::new();
    let broken = dir.write("broken.json", "{ \"format\": ");
    let missing = dir.0.join("missing.json");
    let out = run(["diff".as_ref(), broken.as_os_str(), missing.as_os_str()]);
    assert_eq!(code(&out), 2);
    assert!(stdout(&out).is_empty());
    says(
        &stderr(&out),
        &[
            "broken.json: JSON として読み取れません",
            "broken.json: The file cannot be read as JSON",
            "missing.json: ファイルを読み込めません",
            "missing.json: Cannot read the file",
        ],
    );

    let out = run([
        "diff".as_ref(),
        fixture("compliant.json").as_os_str(),
        missing.as_os_str(),
    ]);
    assert_eq!(code(&out), 2);
    assert!(stdout(&out).is_empty());
}

#[test]
fn diff_usage_errors_exit_2() {
    let one = fixture("compliant.json");
    let one = one.to_str().unwrap();
    for (args, word) in [
        (vec!["diff", one], "2つのファイル"),
        (vec!["diff", one, one, "--timing", "later"], "--timing"),
        (vec!["diff", one, one, "--date", "2024-13-01"], "--date"),
        (vec!["diff", one, one, "--lang", "de"], "--lang"),
    ] {
        let out = run(&args);
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(stdout(&out).is_empty(), "{args:?}");
        let err = stderr(&out);
        assert!(
            err.contains(word) && err.contains("Usage"),
            "{args:?}: {err}"
        );
    }
    let out = run(["diff", "--help"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("--timing"));
    assert!(stdout(&run(["--help"])).contains("declaration-check diff"));
}

/// compliant.json with its ISO/IEC 27018 certificate valid until `until` (the declaration
/// date is 2024-02-20).
fn with_27018_until(dir: &TempDir, until: &str) -> PathBuf {
    let text = std::fs::read_to_string(fixture("compliant.json")).unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["cloud"]["certifications"]["iso27018"]["valid_until"] = Value::from(until);
    dir.write(&format!("until-{until}.json"), v.to_string())
}

#[test]
fn expiring_certificates_are_listed_on_every_line() {
    let dir = TempDir::new();
    let soon = with_27018_until(&dir, "2024-05-20");
    let later = with_27018_until(&dir, "2024-05-21");
    let out = run([&soon, &later]);
    assert_eq!(code(&out), 0, "a certificate about to lapse still meets C2");
    let all = lines(&out);
    let e = all[0]["expiring"].as_array().unwrap();
    assert_eq!(e.len(), 1);
    assert_eq!(e[0]["path"], "cloud.certifications.iso27018");
    assert_eq!(e[0]["valid_until"], "2024-05-20");
    assert!(e[0]["ja"].as_str().unwrap().contains("申告日の90日後"));
    assert!(e[0]["en"].as_str().unwrap().contains("90 days after"));
    assert_eq!(status(&all[0], "C2"), "met");
    assert_eq!(
        all[1]["expiring"],
        Value::Array(vec![]),
        "an empty list when none"
    );
    let text = stdout(&run(["--format", "text"]
        .map(PathBuf::from)
        .into_iter()
        .chain([soon])));
    assert!(
        text.contains("注意：ISO/IEC 27018 の認証の有効期限（2024-05-20）"),
        "{text}"
    );
}

#[test]
fn csv_with_codes_is_one_row_per_file_with_the_reception_table_columns() {
    let dir = TempDir::new();
    let soon = with_27018_until(&dir, "2024-03-01");
    let files = [
        fixture("compliant.json"),
        fixture("noncompliant.json"),
        fixture("draft.json"),
        soon,
    ];
    let out = run(["--format".into(), "csv".into(), "--codes".into()]
        .into_iter()
        .chain(files.iter().cloned().map(PathBuf::into_os_string)));
    assert_eq!(code(&out), 1, "the exit code is as for JSON");
    let text = stdout(&out);
    assert!(text.starts_with('\u{FEFF}'), "UTF-8 with a BOM");
    assert!(text.ends_with("\r\n"));
    let rows = csv_records(text.trim_start_matches('\u{FEFF}'));
    let mut header = vec![
        "file",
        "municipality",
        "contractor",
        "declaration_date",
        "complete",
        "overall",
    ];
    header.extend(IDS);
    header.extend([
        "integrity",
        "expiring",
        "exported_at",
        "body_sha256",
        "error",
    ]);
    assert_eq!(rows[0], header);
    assert_eq!(rows.len(), 5);
    // Each row says what the JSON line says.
    let json = lines(&run(files.iter()));
    for (row, line) in rows[1..].iter().zip(&json) {
        assert_eq!(row.len(), header.len());
        assert_eq!(row[0], line["file"].as_str().unwrap());
        assert_eq!(row[4], line["complete"].to_string());
        assert_eq!(row[5], line["overall"].as_str().unwrap());
        for (k, id) in IDS.iter().enumerate() {
            assert_eq!(row[6 + k], status(line, id), "{id} of {}", row[0]);
        }
    }
    assert_eq!(&rows[1][1..4], ["○○市", "三重県国保連合会", "2024-02-20"]);
    assert_eq!(rows[2][6 + 5], "not_met", "noncompliant fails C6");
    assert_eq!(rows[1][17], "absent");
    // Lapsing by the declaration date first, then what has lapsed by today (the fixture's
    // other certificates run out in 2025–2026), as the app's 受付一覧 says.
    assert!(
        rows[4][18].starts_with("cloud.certifications.iso27018 2024-03-01"),
        "{}",
        rows[4][18]
    );
}

/// Without `--codes` the CSV speaks the words a city files (issue 31), and a file that cannot
/// be read is a row with its reason (and still on stderr, exit 2).
#[test]
fn csv_says_what_a_city_files_and_lists_a_refused_file() {
    let dir = TempDir::new();
    let broken = dir.write("broken.json", "{");
    let out = run([
        "--format".into(),
        "csv".into(),
        fixture("compliant.json").into_os_string(),
        fixture("draft.json").into_os_string(),
        broken.clone().into_os_string(),
    ]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("broken.json"));
    let rows = csv_records(stdout(&out).trim_start_matches('\u{FEFF}'));
    assert_eq!(rows.len(), 4);
    assert_eq!(
        rows[0][..6],
        [
            "ファイル",
            "地方公共団体",
            "受託者",
            "申告日",
            "記入完了",
            "総合判定"
        ]
    );
    assert_eq!(
        rows[0][17..],
        [
            "改変の確認",
            "期限が近い証明書",
            "書き出し日時",
            "本文ハッシュ",
            "読み取りエラー"
        ]
    );
    assert_eq!(rows[1][4..7], ["はい", "適合", "適合"]);
    assert_eq!(rows[1][17], "ハッシュなし（改変の有無を確認できません）");
    assert_eq!(rows[2][4..7], ["いいえ", "未完了", "未入力"]);
    assert_eq!(rows[3][0], broken.to_string_lossy());
    assert!(rows[3][21].contains("JSON"), "{:?}", rows[3]);
    assert!(rows[3][1..21].iter().all(String::is_empty));
}

/// An example is not an answer (spec §3, issue 30): the compliant fixture with 「この例を使う」's
/// text left in the model document's title and the basic-policy notes reads incomplete, C7
/// and C5 未入力 (not met before), and each error sits at the field's path.
#[test]
fn an_example_left_with_its_blanks_is_incomplete_and_its_condition_unanswered() {
    let dir = TempDir::new();
    let mut d: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("compliant.json")).unwrap()).unwrap();
    d["responsibility"]["model_document"]["title"] = "○○クラウド 責任共有モデル（○年○月版）".into();
    d["cloud"]["basic_policy"]["notes"] =
        "利用規約第○条で準拠法を日本法、第○条で管轄裁判所を東京地方裁判所と定めていることを確認した（2024年1月版）。"
            .into();
    let file = dir.write("example.json", serde_json::to_string_pretty(&d).unwrap());
    let out = run([&file]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let line = &lines(&out)[0];
    assert_eq!(line["complete"], false);
    let at: Vec<(&str, &str)> = line["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["path"].as_str().unwrap(), e["ja"].as_str().unwrap()))
        .collect();
    assert_eq!(at.len(), 2, "{at:?}");
    assert_eq!(at[0].0, "cloud.basic_policy.notes");
    assert_eq!(at[1].0, "responsibility.model_document.title");
    for (_, ja) in &at {
        assert!(
            ja.ends_with("記入例の「○」の部分を、実際の内容に書き換えてください"),
            "{ja}"
        );
    }
    assert_eq!(status(line, "C7"), "unanswered");
    assert_eq!(status(line, "C5"), "unanswered");
    for id in IDS.iter().filter(|id| !["C5", "C7"].contains(id)) {
        assert_eq!(status(line, id), "met", "{id}");
    }
    // The same title written out is an answer again.
    d["responsibility"]["model_document"]["title"] = "AWS 責任共有モデル（2024年1月版）".into();
    d["cloud"]["basic_policy"]["notes"] = "利用規約第11条と第12条で確認した。".into();
    let file = dir.write("written.json", serde_json::to_string_pretty(&d).unwrap());
    let line = &lines(&run([&file]))[0];
    assert_eq!(line["complete"], true);
    assert_eq!(status(line, "C7"), "met");
}

/// Full-width signs in the ASCII answers (spec §3): ＠ in the email address, a certificate
/// number and the model document's URL in full width are accepted as they are read.
#[test]
fn full_width_ascii_answers_are_read_as_half_width() {
    let dir = TempDir::new();
    let mut d: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("compliant.json")).unwrap()).unwrap();
    d["basic"]["declarant"]["email"] = "ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ".into();
    d["cloud"]["certifications"]["iso27017"]["certificate_number"] = "ＣＬＤ－１２３４".into();
    d["responsibility"]["model_document"]["url"] =
        "ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ／モデル".into();
    let file = dir.write("wide.json", serde_json::to_string_pretty(&d).unwrap());
    let line = &lines(&run([&file]))[0];
    assert_eq!(line["complete"], true, "{}", line["errors"]);
    // A kana in the address is named in the message.
    d["basic"]["declarant"]["email"] = "やまだ@example.jp".into();
    let file = dir.write("kana.json", serde_json::to_string_pretty(&d).unwrap());
    let line = &lines(&run([&file]))[0];
    let e = &line["errors"][0];
    assert_eq!(e["path"], "basic.declarant.email");
    assert!(e["ja"].as_str().unwrap().contains("全角文字「や」"), "{e}");
}

/// Issue 31: a file with every condition met but no attestation is 未完了, never 適合 — in the
/// JSON line, the CSV and the text table alike.
#[test]
fn a_file_without_its_attestation_is_incomplete_overall() {
    let dir = TempDir::new();
    let mut d: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("compliant.json")).unwrap()).unwrap();
    d.as_object_mut().unwrap().remove("attestation");
    let file = dir.write(
        "no-attestation.json",
        serde_json::to_string_pretty(&d).unwrap(),
    );
    let line = &lines(&run([&file]))[0];
    assert_eq!(line["overall"], "incomplete");
    for id in IDS {
        assert_eq!(status(line, id), "met", "{id}");
    }
    let out = run(["--format".as_ref(), "text".as_ref(), file.as_os_str()]);
    assert!(
        stdout(&out).contains("総合判定: 未完了（未記入・誤り 5件）"),
        "{}",
        stdout(&out)
    );
}

/// Issue 32: a 法人番号 (on the contractor and on a subcontractor) is accepted when valid,
/// accepted when typed in full width (read as half-width), and refused at its path — the
/// check digit named — when one digit is wrong.
#[test]
fn corporate_numbers_are_checked_by_their_check_digit() {
    let dir = TempDir::new();
    let base: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("compliant.json")).unwrap()).unwrap();
    let with = |contractor: &str, sub: &str| {
        let mut d = base.clone();
        d["entrustment"]["contractor"]["corporate_number"] = contractor.into();
        d["subcontractors"][0]["corporate_number"] = sub.into();
        d
    };
    let valid = dir.write(
        "valid.json",
        serde_json::to_string_pretty(&with("4011001098993", "7000012050002")).unwrap(),
    );
    let wide = dir.write(
        "wide.json",
        serde_json::to_string_pretty(&with("４０１１００１０９８９９３", "7000-0120-50002"))
            .unwrap(),
    );
    let wrong = dir.write(
        "wrong.json",
        serde_json::to_string_pretty(&with("4011001098994", "12345")).unwrap(),
    );
    let out = run([&valid, &wide, &wrong]);
    let all = lines(&out);
    assert_eq!(all[0]["complete"], true, "{}", all[0]["errors"]);
    assert_eq!(all[1]["complete"], true, "{}", all[1]["errors"]);
    assert_eq!(all[2]["complete"], false);
    let errors = all[2]["errors"].as_array().unwrap();
    let at = |path: &str| {
        errors
            .iter()
            .find(|e| e["path"] == path)
            .unwrap_or_else(|| panic!("no error at {path}: {errors:?}"))
    };
    let contractor = at("entrustment.contractor.corporate_number");
    assert!(
        contractor["ja"].as_str().unwrap().contains("検査用数字"),
        "{contractor}"
    );
    assert!(
        contractor["en"].as_str().unwrap().contains("check digit"),
        "{contractor}"
    );
    let sub = at("subcontractors[0].corporate_number");
    assert!(sub["ja"].as_str().unwrap().contains("13桁"), "{sub}");
    assert!(sub["ja"].as_str().unwrap().contains("現在5桁"), "{sub}");
    assert!(sub["en"].as_str().unwrap().contains("13 digits"), "{sub}");
    assert_eq!(errors.len(), 2, "{errors:?}");
}

/// Issue 33 (reading many): every file's JSON line and CSV row carry the hash of its body, the
/// same for two files of one declaration addressed to two municipalities (their own `id`,
/// times and per-municipality answers differ); a stated `body_sha256` is verified like the
/// whole-file hash.
#[test]
fn the_body_hash_is_the_same_for_one_declaration_sent_to_two_municipalities() {
    let dir = TempDir::new();
    let base: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("compliant.json")).unwrap()).unwrap();
    let mut iga = base.clone();
    iga["id"] = "file-iga".into();
    iga["basic"]["municipality"] = "伊賀市".into();
    iga["basic"]["item_number"] = 3.into();
    iga["addressee"] =
        serde_json::json!({ "of": "draft-1", "index": 1, "count": 2, "code": "242161" });
    let mut kameyama = base.clone();
    kameyama["id"] = "file-kameyama".into();
    kameyama["basic"]["municipality"] = "亀山市".into();
    kameyama["updated_at"] = "2030-01-01T00:00:00Z".into();
    let mut other = kameyama.clone();
    other["entrustment"]["content"] = "別の委託内容".into();
    let files = [
        dir.write("iga.json", serde_json::to_string_pretty(&iga).unwrap()),
        dir.write(
            "kameyama.json",
            serde_json::to_string_pretty(&kameyama).unwrap(),
        ),
        dir.write("other.json", serde_json::to_string_pretty(&other).unwrap()),
    ];
    let all = lines(&run(&files));
    let hash = |i: usize| all[i]["body_sha256"].as_str().unwrap().to_string();
    assert_eq!(hash(0).len(), 64);
    assert_eq!(hash(0), hash(1), "the same body, two municipalities");
    assert_ne!(hash(1), hash(2), "a body answer differs");

    // A stated body hash that does not match is a changed file; one that matches is not.
    let mut stated = iga.clone();
    stated["integrity"] = serde_json::json!({ "sha256": "0".repeat(64), "body_sha256": hash(0) });
    let wrong_whole = dir.write(
        "wrong-whole.json",
        serde_json::to_string_pretty(&stated).unwrap(),
    );
    let mut tampered = iga.clone();
    tampered["integrity"] = serde_json::json!({ "body_sha256": "f".repeat(64) });
    let tampered = dir.write(
        "tampered.json",
        serde_json::to_string_pretty(&tampered).unwrap(),
    );
    let all = lines(&run([&wrong_whole, &tampered]));
    assert_eq!(all[0]["integrity"], "mismatch");
    assert_eq!(all[1]["integrity"], "mismatch");

    let out = run([
        "--format".into(),
        "csv".into(),
        "--codes".into(),
        files[0].clone().into_os_string(),
        files[1].clone().into_os_string(),
    ]);
    let rows = csv_records(stdout(&out).trim_start_matches('\u{FEFF}'));
    let at = rows[0].iter().position(|h| h == "body_sha256").unwrap();
    assert_eq!(rows[1][at], hash(0));
    assert_eq!(rows[2][at], hash(0));
}
