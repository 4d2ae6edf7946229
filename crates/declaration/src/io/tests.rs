//! Unit tests of import, migration, export, integrity and file names.

use serde_json::{json, Value};

use super::*;
use crate::Lang;

const COMPLIANT: &str = include_str!("../../../../tests/fixtures/compliant.json");

fn compliant_value() -> Value {
    serde_json::from_str(COMPLIANT).unwrap()
}

fn err_of(text: &str) -> ImportError {
    import_str(text).expect_err("should not import")
}

fn assert_messages(e: &ImportError, ja_part: &str, en_part: &str) {
    let (ja, en) = (e.words().ja, e.words().en);
    assert!(ja.contains(ja_part), "{ja:?} lacks {ja_part:?}");
    assert!(en.contains(en_part), "{en:?} lacks {en_part:?}");
    assert_eq!(e.message(Lang::Ja), ja);
    assert_eq!(e.message(Lang::En), en);
    assert_eq!(e.to_string(), format!("{ja} / {en}"));
}

#[test]
fn compliant_imports_and_round_trips_exactly() {
    let imported = import(COMPLIANT.as_bytes()).unwrap();
    assert_eq!(imported.integrity, IntegrityState::Absent);
    assert_eq!(imported.migrated_from, None);
    assert_eq!(imported.extra, json!({}));
    assert_eq!(
        imported.declaration.basic.municipality.as_deref(),
        Some("○○市")
    );
    let text = to_json(&imported.declaration, &imported.extra);
    let back: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(back, compliant_value());
}

#[test]
fn written_keys_follow_the_specification_order() {
    let imported = import_str(COMPLIANT).unwrap();
    let text = to_json(&imported.declaration, &imported.extra);
    let pos = |k: &str| text.find(&format!("\"{k}\"")).unwrap();
    assert!(pos("format") < pos("schema_version"));
    assert!(pos("schema_version") < pos("basic"));
    assert!(pos("basic") < pos("entrustment"));
    assert!(pos("measures") < pos("attestation"));
    assert!(text.ends_with("}\n"));
}

#[test]
fn too_large_is_refused_before_parsing() {
    let bytes = vec![b'x'; 3 * 1024 * 1024];
    let e = import(&bytes).unwrap_err();
    assert_eq!(
        e,
        ImportError::TooLarge {
            bytes: 3 * 1024 * 1024
        }
    );
    assert_messages(
        &e,
        "ファイルが大きすぎます（3.0 MiB）。2 MiB 以下",
        "too large (3.0 MiB)",
    );
    // Just over the limit does not read as exactly the limit.
    let e = ImportError::TooLarge {
        bytes: MAX_BYTES + 1,
    };
    assert!(e.words().ja.contains("2.1 MiB"), "{}", e.words().ja);
    assert!(import(&vec![b' '; MAX_BYTES]).is_err_and(|e| matches!(e, ImportError::NotJson { .. })));
}

#[test]
fn not_utf8() {
    let e = import(b"{\"format\": \"\xff\xfe\"}").unwrap_err();
    assert_eq!(e, ImportError::NotUtf8);
    assert_messages(&e, "UTF-8", "UTF-8");
}

#[test]
fn not_json_says_where() {
    let e = err_of("{\n  \"format\": \"x\",\n    oops\n}");
    assert_eq!(e, ImportError::NotJson { line: 3, column: 5 });
    assert_messages(
        &e,
        "JSON として読み取れません（3行目 5文字目）。このアプリから出力した申告書ファイル（.json）を選んでください。",
        "line 3, character 5",
    );
    assert!(matches!(err_of(""), ImportError::NotJson { .. }));
    // Columns count characters, not bytes.
    let e = err_of("{\"format\": \"申告書\" oops}");
    assert_eq!(
        e,
        ImportError::NotJson {
            line: 1,
            column: 18
        }
    );
    assert!(matches!(err_of("{} trailing"), ImportError::NotJson { .. }));
}

#[test]
fn deep_nesting_is_not_json_not_a_crash() {
    let deep = "[".repeat(100_000);
    assert!(matches!(err_of(&deep), ImportError::NotJson { .. }));
    let deep_in_object = format!(
        "{{\"format\":\"cloud-subcontract-declaration\",\"schema_version\":1,\"x\":{}{}}}",
        "[".repeat(200),
        "]".repeat(200)
    );
    assert!(matches!(
        err_of(&deep_in_object),
        ImportError::NotJson { .. }
    ));
}

#[test]
fn not_an_object() {
    for text in ["[]", "1", "\"declaration\"", "null"] {
        let e = err_of(text);
        assert_eq!(e, ImportError::NotAnObject, "{text}");
        assert_messages(&e, "オブジェクト", "object");
    }
}

#[test]
fn wrong_format() {
    let e = err_of(r#"{"format": "something-else", "schema_version": 1}"#);
    assert_eq!(
        e,
        ImportError::WrongFormat {
            found: Some("something-else".into())
        }
    );
    assert_messages(
        &e,
        "クラウド再委託の申告書ファイルではありません（format が \"something-else\"）。",
        "format is \"something-else\"",
    );
    let e = err_of(r#"{"schema_version": 1}"#);
    assert_eq!(e, ImportError::WrongFormat { found: None });
    assert_messages(&e, "format の指定がありません", "no format");
    let e = err_of(r#"{"format": 7}"#);
    assert_eq!(
        e,
        ImportError::WrongFormat {
            found: Some("7".into())
        }
    );
    // A long value is shortened in the message.
    let long = "x".repeat(500);
    let e = err_of(&format!(r#"{{"format": "{long}"}}"#));
    assert!(e.words().ja.chars().count() < 200);
}

#[test]
fn newer_version() {
    let mut v = compliant_value();
    v["schema_version"] = json!(3);
    let e = err_of(&v.to_string());
    assert_eq!(e, ImportError::NewerVersion { found: 3 });
    assert_messages(
        &e,
        "このファイルは新しい版（schema_version 3）で作られています。アプリを最新の版に更新してから開いてください",
        "newer version (schema_version 3)",
    );
}

#[test]
fn bad_version() {
    for version in [json!(null), json!("1"), json!(1.5), json!(-1), json!(1.0)] {
        let mut v = compliant_value();
        v["schema_version"] = version.clone();
        let e = err_of(&v.to_string());
        assert_eq!(e, ImportError::BadVersion, "{version}");
        assert_messages(&e, "schema_version", "schema_version");
    }
    let mut v = compliant_value();
    v.as_object_mut().unwrap().remove("schema_version");
    assert_eq!(err_of(&v.to_string()), ImportError::BadVersion);
}

#[test]
fn wrong_type_reports_path_label_and_what_is_expected() {
    let mut v = compliant_value();
    v["subcontractors"][0]["confidentiality"]["concluded"] = json!("yes");
    let e = err_of(&v.to_string());
    assert_eq!(
        e,
        ImportError::WrongType {
            path: "subcontractors[0].confidentiality.concluded".into(),
            expected: "a boolean".into()
        }
    );
    assert_messages(
        &e,
        "「秘密保持契約の締結」(subcontractors[0].confidentiality.concluded) の値の型が違います（true又はfalseが必要です）。ファイルを修正するか、アプリで入力し直してください。",
        "“Confidentiality agreement concluded” (subcontractors[0].confidentiality.concluded) has a value of the wrong type (true or false is needed)",
    );

    let mut v = compliant_value();
    v["subcontractors"][0]["confidentiality"]["date"] = json!(20240115);
    let e = err_of(&v.to_string());
    assert_messages(
        &e,
        "「締結日」(subcontractors[0].confidentiality.date)",
        "“Date concluded”",
    );
    assert!(e.words().ja.contains("文字列"), "{}", e.words().ja);
}

#[test]
fn wrong_enum_value_lists_the_allowed_ones() {
    let mut v = compliant_value();
    v["entrustment"]["handler_count"] = json!("11人");
    let e = err_of(&v.to_string());
    let ImportError::WrongType { path, .. } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(path, "entrustment.handler_count");
    assert_messages(&e, "\"under_10\"（10人未満）", "\"1000_or_more\"");
    assert!(e.words().ja.contains("「委託先における取扱者数」"));

    let mut v = compliant_value();
    v["cloud"]["service_model"] = json!(3);
    let e = err_of(&v.to_string());
    assert_messages(&e, "\"iaas\"", "\"saas\"");

    // A required key of a matrix row is missing.
    let mut v = compliant_value();
    v["responsibility"]["matrix"][2]
        .as_object_mut()
        .unwrap()
        .remove("layer");
    let e = err_of(&v.to_string());
    assert_eq!(
        e,
        ImportError::WrongType {
            path: "responsibility.matrix[2].layer".into(),
            expected: "a value".into()
        }
    );
    assert_messages(&e, "がありません", "is missing");
    assert!(
        e.words().ja.contains("\"facility\"（施設）"),
        "{}",
        e.words().ja
    );
}

#[test]
fn wrong_type_of_a_whole_section() {
    let mut v = compliant_value();
    v["subcontractors"] = json!({"a": 1});
    let e = err_of(&v.to_string());
    assert!(matches!(&e, ImportError::WrongType { path, .. } if path == "subcontractors"));
    assert_messages(&e, "「再委託先」(subcontractors)", "a list");

    let mut v = compliant_value();
    v["basic"]["item_number"] = json!(5.5);
    let e = err_of(&v.to_string());
    assert_messages(
        &e,
        "「委託事項の番号」(basic.item_number)",
        "a whole number",
    );
}

#[test]
fn bom_is_accepted() {
    let with_bom = format!("\u{feff}{COMPLIANT}");
    let imported = import(with_bom.as_bytes()).unwrap();
    assert_eq!(
        imported.declaration,
        import_str(COMPLIANT).unwrap().declaration
    );
}

#[test]
fn unknown_keys_survive_import_then_export() {
    let mut v = compliant_value();
    v["x_top"] = json!({"note": "kept", "n": [1, 2.5, null]});
    v["basic"]["x_nested"] = json!(true);
    v["subcontractors"][0]["x_sub"] = json!("子の未知のキー");
    v["subcontractors"][0]["confidentiality"]["x_deeper"] = json!(1);
    v["measures"][3]["at_rest"]["x_kms"] = json!("kms");
    let imported = import_str(&v.to_string()).unwrap();
    assert_eq!(imported.extra["x_top"]["note"], "kept");
    assert_eq!(
        imported.extra["subcontractors"][0]["x_sub"],
        "子の未知のキー"
    );
    assert_eq!(imported.extra["subcontractors"][0]["id"], "sub-1");
    assert!(imported.extra.get("format").is_none());

    let text = to_json(&imported.declaration, &imported.extra);
    assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), v);

    let exported = export(
        &imported.declaration,
        &imported.extra,
        "2024-02-21T00:00:00Z",
        "0.1.0",
    );
    let again = import_str(&exported).unwrap();
    assert_eq!(again.integrity, IntegrityState::Match);
    assert_eq!(
        again.extra["subcontractors"][0]["confidentiality"]["x_deeper"],
        1
    );
    assert_eq!(again.extra["measures"][3]["at_rest"]["x_kms"], "kms");
    assert_eq!(again.extra["x_top"], v["x_top"]);
}

#[test]
fn unknown_keys_of_an_entry_follow_it_by_id() {
    let mut v = compliant_value();
    let mut second = v["subcontractors"][0].clone();
    second["id"] = json!("sub-2");
    second["parent"] = json!("sub-1");
    second["x_second"] = json!("2");
    v["subcontractors"].as_array_mut().unwrap().push(second);
    let mut imported = import_str(&v.to_string()).unwrap();
    // The first entry is removed in the app; the second's unknown key stays with it.
    imported.declaration.subcontractors.remove(0);
    let out: Value =
        serde_json::from_str(&to_json(&imported.declaration, &imported.extra)).unwrap();
    assert_eq!(out["subcontractors"][0]["id"], "sub-2");
    assert_eq!(out["subcontractors"][0]["x_second"], "2");
    assert_eq!(out["subcontractors"].as_array().unwrap().len(), 1);
}

#[test]
fn unknown_keys_inside_a_removed_answer_go_with_it() {
    let mut v = compliant_value();
    v["cloud"]["x_cloud"] = json!("only with the cloud");
    v["cloud"]["ismap"]["x_ismap"] = json!(1);
    v["x_top"] = json!({"cloud": 1});
    let imported = import_str(&v.to_string()).unwrap();
    let mut d = imported.declaration.clone();
    d.cloud = None;
    let out: Value = serde_json::from_str(&to_json(&d, &imported.extra)).unwrap();
    assert!(out.get("cloud").is_none(), "{out}");
    assert_eq!(out["x_top"], json!({"cloud": 1}));
    // Kept while the answer is there.
    let out: Value =
        serde_json::from_str(&to_json(&imported.declaration, &imported.extra)).unwrap();
    assert_eq!(out["cloud"]["ismap"]["x_ismap"], 1);
}

#[test]
fn unknown_keys_of_entries_with_the_same_id_stay_in_place() {
    let mut v = compliant_value();
    let mut twin = v["measures"][0].clone();
    twin["x_twin"] = json!(true);
    v["measures"].as_array_mut().unwrap().push(twin);
    let imported = import_str(&v.to_string()).unwrap();
    let out: Value =
        serde_json::from_str(&to_json(&imported.declaration, &imported.extra)).unwrap();
    assert_eq!(out, v);
}

#[test]
fn extra_is_a_fixed_point_of_write_and_read() {
    // Found by tests/robustness.rs: an entry without `id`, and a section given as null.
    let mut v = compliant_value();
    v["measures"][0].as_object_mut().unwrap().remove("id");
    v["measures"][0]["x"] = json!(1);
    v["responsibility"] = json!(null);
    v["subcontractors"] = json!([]);
    let first = import_str(&v.to_string()).unwrap();
    assert!(first.extra.get("responsibility").is_none());
    assert!(first.extra.get("subcontractors").is_none());
    let second = import_str(&to_json(&first.declaration, &first.extra)).unwrap();
    assert_eq!(second.declaration, first.declaration);
    assert_eq!(second.extra, first.extra);
}

#[test]
fn export_sets_integrity_and_detects_edits() {
    let imported = import_str(COMPLIANT).unwrap();
    let exported = export(
        &imported.declaration,
        &imported.extra,
        "2024-02-21T09:00:00Z",
        "1.2.3",
    );
    let v: Value = serde_json::from_str(&exported).unwrap();
    assert_eq!(v["exported_at"], "2024-02-21T09:00:00Z");
    assert_eq!(
        v["generator"],
        json!({"name": "cloud-subcontract-declaration-form", "version": "1.2.3"})
    );
    let hash = v["integrity"]["sha256"].as_str().unwrap();
    assert_eq!(hash.len(), 64);
    assert_eq!(hash, canonical_sha256(&v));

    let again = import_str(&exported).unwrap();
    assert_eq!(again.integrity, IntegrityState::Match);
    assert_eq!(again.integrity.ja(), "改変なし");
    assert_eq!(again.integrity.en(), "Unchanged since export");

    // One character changed after export.
    let edited = exported.replacen("山田 太郎", "山田 太朗", 1);
    assert_ne!(edited, exported);
    let edited = import_str(&edited).unwrap();
    assert_eq!(edited.integrity, IntegrityState::Mismatch);
    assert_eq!(edited.integrity.ja(), "出力後に変更されています");
    assert_eq!(edited.integrity.en(), "Changed after export");

    // Whitespace and key order are not part of the canonical form.
    let compact = serde_json::to_string(&v).unwrap();
    assert_eq!(
        import_str(&compact).unwrap().integrity,
        IntegrityState::Match
    );

    // A draft written afterwards keeps the (now stale) hash; editing it shows.
    let mut d = again.declaration.clone();
    d.basic.municipality = Some("△△町".into());
    let draft = import_str(&to_json(&d, &again.extra)).unwrap();
    assert_eq!(draft.integrity, IntegrityState::Mismatch);
    // A file without a hash is not "unchanged": the reviewer is told it cannot be checked.
    assert_eq!(
        IntegrityState::Absent.ja(),
        "ハッシュなし（改変の有無を確認できません）"
    );
    assert!(IntegrityState::Absent.en().starts_with("No hash"));
}

#[test]
fn integrity_present_without_a_hash_is_a_mismatch() {
    let mut v = compliant_value();
    v["integrity"] = json!({});
    assert_eq!(
        import_str(&v.to_string()).unwrap().integrity,
        IntegrityState::Mismatch
    );
    v["integrity"] = json!(null);
    assert_eq!(
        import_str(&v.to_string()).unwrap().integrity,
        IntegrityState::Absent
    );
}

#[test]
fn canonical_form_is_sorted_compact_and_without_integrity() {
    let v = json!({"b": 1, "a": {"d": [true, null], "c": "x"}, "integrity": {"sha256": "0"}});
    assert_eq!(
        json::canonical(&v),
        r#"{"a":{"c":"x","d":[true,null]},"b":1}"#
    );
    // sha256 of that text
    assert_eq!(
        canonical_sha256(&v),
        canonical_sha256(&json!({"a": {"c": "x", "d": [true, null]}, "b": 1}))
    );
    assert_eq!(
        canonical_sha256(&json!({})),
        "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
    );
}

#[test]
fn file_names() {
    let imported = import_str(COMPLIANT).unwrap();
    assert_eq!(
        file_name(&imported.declaration),
        "申告書_○○市_2024-02-20.json"
    );

    let mut d = imported.declaration.clone();
    d.basic.municipality = Some("a/b\\c:d*e?f\"g<h>i|j k\u{3000}l\u{7}m\u{202e}n".into());
    assert_eq!(
        file_name(&d),
        "申告書_a_b_c_d_e_f_g_h_i_j_k_l_m_n_2024-02-20.json"
    );

    d.basic.municipality = Some("  ".into());
    d.basic.declaration_date = None;
    assert_eq!(file_name(&d), "申告書_未入力.json");

    d.basic.municipality = Some("../..".into());
    d.basic.declaration_date = Some("2024/02/20".into());
    assert_eq!(file_name(&d), "申告書_未入力_2024_02_20.json");

    d.basic.municipality = Some("長".repeat(500));
    let name = file_name(&d);
    assert!(name.chars().count() <= 100, "{}", name.chars().count());
    assert!(name.ends_with("_2024_02_20.json"));

    assert_eq!(file_name(&Declaration::new()), "申告書_未入力.json");
}

#[test]
fn exported_files_carry_the_export_time_in_japan_time() {
    let d = import_str(COMPLIANT).unwrap().declaration;
    assert_eq!(
        exported_file_name(&d, "2026-12-07T06:38:50Z"),
        "申告書_○○市_2024-02-20_20261207-1538.json"
    );
    // Two exports a minute apart are two names; past midnight UTC+9 is the next day.
    assert_ne!(
        exported_file_name(&d, "2026-12-07T06:38:50Z"),
        exported_file_name(&d, "2026-12-07T06:39:05Z")
    );
    assert_eq!(
        exported_file_name(&d, "2026-12-07T15:00:00Z"),
        "申告書_○○市_2024-02-20_20261208-0000.json"
    );
    assert_eq!(exported_file_name(&d, "now"), file_name(&d));
    let mut long = d.clone();
    long.basic.municipality = Some("長".repeat(500));
    let name = exported_file_name(&long, "2026-12-07T06:38:50Z");
    assert!(name.chars().count() <= 100, "{}", name.chars().count());
    assert!(name.ends_with("_2024-02-20_20261207-1538.json"), "{name}");
}

#[test]
fn migrates_version_0() {
    let mut v = compliant_value();
    v["schema_version"] = json!(0);
    v["entrustment"]["handler_count"] = json!("10人未満");
    v["subcontractors"][0]["handler_count"] = json!("１０人 未満");
    v["measures"][0]["category"] = json!("os");
    let imported = import_str(&v.to_string()).unwrap();
    assert_eq!(imported.migrated_from, Some(0));
    let d = &imported.declaration;
    assert_eq!(d.schema_version, SCHEMA_VERSION);
    assert_eq!(
        d.entrustment.handler_count,
        Some(crate::model::HandlerCount::Under10)
    );
    assert_eq!(
        d.subcontractors[0].handler_count,
        Some(crate::model::HandlerCount::Under10)
    );
    assert_eq!(
        d.measures[0].category,
        Some(crate::model::Category::OsMiddlewareVulnerability)
    );
    // Migrated, it is the compliant declaration.
    assert_eq!(d, &import_str(COMPLIANT).unwrap().declaration);
    assert_eq!(imported.extra, json!({}));

    let (migrated, from) = migrate(v).unwrap();
    let mut big = compliant_value();
    big["schema_version"] = json!(0);
    big["entrustment"]["handler_count"] = json!("１，０００人以上");
    let d = import_str(&big.to_string()).unwrap().declaration;
    assert_eq!(
        d.entrustment.handler_count,
        Some(crate::model::HandlerCount::Over1000)
    );
    assert_eq!(from, Some(0));
    assert_eq!(migrated, compliant_value());
    assert_eq!(
        migrate(compliant_value()).unwrap(),
        (compliant_value(), None)
    );
    assert_eq!(migrate(json!([])), Err(ImportError::NotAnObject));
}

#[test]
fn version_0_words_it_did_not_define_report_their_place() {
    let mut v = compliant_value();
    v["schema_version"] = json!(0);
    v["entrustment"]["handler_count"] = json!("たくさん");
    let e = err_of(&v.to_string());
    assert!(
        matches!(&e, ImportError::WrongType { path, .. } if path == "entrustment.handler_count")
    );
}

#[test]
fn integrity_is_checked_on_the_file_as_read_before_migration() {
    let mut v = compliant_value();
    v["schema_version"] = json!(0);
    v["measures"][0]["category"] = json!("os");
    let hash = canonical_sha256(&v);
    v["integrity"] = json!({ "sha256": hash });
    let imported = import_str(&v.to_string()).unwrap();
    assert_eq!(imported.integrity, IntegrityState::Match);
    assert_eq!(imported.migrated_from, Some(0));
}

#[test]
fn every_variant_has_specific_messages() {
    let all = [
        ImportError::TooLarge {
            bytes: 3 * 1024 * 1024,
        },
        ImportError::NotUtf8,
        ImportError::NotJson { line: 1, column: 0 },
        ImportError::NotAnObject,
        ImportError::WrongFormat { found: None },
        ImportError::WrongFormat {
            found: Some("x".into()),
        },
        ImportError::NewerVersion { found: 2 },
        ImportError::BadVersion,
        ImportError::WrongType {
            path: "basic.declaration_date".into(),
            expected: "a string".into(),
        },
        ImportError::WrongType {
            path: "".into(),
            expected: "something odd".into(),
        },
        ImportError::Utf16,
        ImportError::DuplicateKey { path: "x".into() },
        ImportError::TooMany {
            group: Group::Regions,
            found: 51,
            limit: 50,
        },
    ];
    let mut seen = std::collections::HashSet::new();
    for e in &all {
        assert!(!e.words().ja.is_empty() && !e.words().en.is_empty());
        assert!(e.words().ja.ends_with('。'), "{}", e.words().ja);
        assert!(e.words().en.ends_with('.'), "{}", e.words().en);
        assert!(seen.insert(e.words().ja), "duplicate {}", e.words().ja);
        let _: &dyn std::error::Error = e;
    }
    assert!(all[2].words().ja.contains("1行目 1文字目"));
}

#[test]
fn a_duplicate_key_is_refused_with_its_path() {
    // The forged value first, the real one last: serde_json alone would keep the last one,
    // and the integrity hash over the parsed value would still match.
    let text = crate::fixtures::COMPLIANT.replacen(
        "\"municipality\":",
        "\"municipality\": \"偽市\",\n    \"municipality\":",
        1,
    );
    assert_ne!(text, crate::fixtures::COMPLIANT);
    let e = import_str(&text).unwrap_err();
    assert_eq!(
        e,
        ImportError::DuplicateKey {
            path: "basic.municipality".into()
        }
    );
    let w = e.words();
    assert!(
        w.ja.contains("「basic.municipality」が2回以上書かれています"),
        "{}",
        w.ja
    );
    assert!(
        w.en.contains("“basic.municipality” more than once"),
        "{}",
        w.en
    );
    // In an unknown key, too.
    let text = crate::fixtures::COMPLIANT.replacen("{", "{\"x_note\": 1, \"x_note\": 2,", 1);
    assert_eq!(
        import_str(&text).unwrap_err(),
        ImportError::DuplicateKey {
            path: "x_note".into()
        }
    );
}

/// `compliant.json` with `n` copies of the first entry of the list at `group`.
fn with_entries(group: Group, n: usize) -> String {
    let mut v = compliant_value();
    let list = match group {
        Group::Subcontractors => &mut v["subcontractors"],
        Group::Measures => &mut v["measures"],
        Group::Regions => &mut v["cloud"]["data_location"]["regions"],
        Group::Addressees => {
            v["addressees"] = json!([{ "id": "a", "municipality": "伊賀市" }]);
            &mut v["addressees"]
        }
    };
    let first = list[0].clone();
    *list = Value::Array(
        (0..n)
            .map(|i| {
                let mut e = first.clone();
                if e.get("id").is_some() {
                    e["id"] = json!(format!("e{i}"));
                }
                e
            })
            .collect(),
    );
    serde_json::to_string(&v).unwrap()
}

#[test]
fn lists_at_their_limit_import_and_one_more_is_refused_naming_the_limit() {
    for (group, limit, ja, en) in [
        (
            Group::Subcontractors,
            MAX_SUBCONTRACTORS,
            "再委託先が501件あり、上限の500件",
            "501 entries of “Subcontractor”, more than the limit of 500",
        ),
        (
            Group::Measures,
            MAX_MEASURES,
            "対策が501件あり、上限の500件",
            "501 entries of “Measure”, more than the limit of 500",
        ),
        (
            Group::Regions,
            MAX_REGIONS,
            "保管場所が51件あり、上限の50件",
            "51 entries of “Storage location”, more than the limit of 50",
        ),
        (
            Group::Addressees,
            crate::addressees::MAX,
            "宛先が201件あり、上限の200件",
            "201 entries of “Addressee”, more than the limit of 200",
        ),
    ] {
        let at = import_str(&with_entries(group, limit)).expect("at the limit");
        assert_eq!(group.len(&at.declaration), limit);
        let e = err_of(&with_entries(group, limit + 1));
        assert_eq!(
            e,
            ImportError::TooMany {
                group,
                found: limit + 1,
                limit
            }
        );
        assert_messages(&e, ja, en);
    }
}

#[test]
fn utf16_is_named_as_such() {
    let utf16 = |big: bool, bom: bool| -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend(if big { [0xFE, 0xFF] } else { [0xFF, 0xFE] });
        }
        for unit in COMPLIANT.encode_utf16() {
            out.extend(if big {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            });
        }
        out
    };
    for (big, bom) in [(false, true), (true, true), (false, false), (true, false)] {
        let e = import(&utf16(big, bom)).unwrap_err();
        assert_eq!(e, ImportError::Utf16, "big endian {big}, BOM {bom}");
        assert_messages(&e, "UTF-16", "UTF-16");
    }
    // Latin-1 bytes are not UTF-16: the message stays the general one.
    assert_eq!(
        import(b"{\"a\": \"\xe9\"}").unwrap_err(),
        ImportError::NotUtf8
    );
    assert_eq!(import(&[0xFF]).unwrap_err(), ImportError::NotUtf8);
}

#[test]
fn numbers_of_unknown_keys_come_back_exactly_as_written() {
    let written = [
        "12345678901234567890123",
        "1.000",
        "-0",
        // serde_json writes an exponent with its sign: the same number, exactly.
        "1.5e+300",
        "0.1000000000000000055511151231257827",
    ];
    let keys: Vec<String> = written
        .iter()
        .enumerate()
        .map(|(i, n)| format!("\"x_n{i}\": {n}"))
        .collect();
    let text = COMPLIANT.replacen('{', &format!("{{{},", keys.join(", ")), 1);
    let imported = import_str(&text).unwrap();
    for out in [
        to_json(&imported.declaration, &imported.extra),
        export(
            &imported.declaration,
            &imported.extra,
            "2024-02-20T00:00:00Z",
            "t",
        ),
    ] {
        for (i, n) in written.iter().enumerate() {
            assert!(
                out.contains(&format!("\"x_n{i}\": {n}")),
                "x_n{i} = {n} lost in\n{out}"
            );
        }
        assert_eq!(import_str(&out).unwrap().extra, imported.extra);
    }
    let exported = export(
        &imported.declaration,
        &imported.extra,
        "2024-02-20T00:00:00Z",
        "t",
    );
    assert_eq!(
        import_str(&exported).unwrap().integrity,
        IntegrityState::Match
    );
}

#[test]
fn an_unknown_id_inside_an_entry_without_ids_is_kept() {
    // Found by the property test: a region (the model gives regions no id) carrying an
    // `id` of its own lost its unknown keys on the way back.
    let mut v: Value = serde_json::from_str(COMPLIANT).unwrap();
    v["cloud"]["data_location"]["regions"][1]["id"] = json!("");
    v["cloud"]["data_location"]["regions"][1]["note"] = json!("kept");
    let imported = import_str(&v.to_string()).unwrap();
    let again = import_str(&to_json(&imported.declaration, &imported.extra)).unwrap();
    assert_eq!(again.extra, imported.extra);
    assert_eq!(
        again.extra["cloud"]["data_location"]["regions"][1]["note"],
        "kept"
    );
}

/// The body hash (`../shared/spec/addressees.md`): the file without which file it is, when it
/// was written, its hashes, its addressee and the per-municipality answers of `basic`.
#[test]
fn the_body_hash_leaves_out_the_file_and_the_municipality_and_nothing_else() {
    let base: Value =
        serde_json::from_str(include_str!("../../../../tests/fixtures/compliant.json")).unwrap();
    let body = body_sha256(&base);
    let mut same = base.clone();
    same["id"] = "another-file".into();
    same["exported_at"] = "2030-01-01T00:00:00Z".into();
    same["integrity"] = serde_json::json!({ "sha256": "x" });
    same["addressee"] = serde_json::json!({ "of": "d", "index": 2, "count": 29 });
    for (key, value) in [
        ("municipality", Value::from("亀山市")),
        ("assessment_title", Value::from("別の評価書")),
        ("pi_file", Value::from("別のファイル")),
        ("item_number", Value::from(3)),
    ] {
        same["basic"][key] = value;
    }
    assert_eq!(body_sha256(&same), body);
    for (path, value) in [
        (&["basic", "system_name"][..], Value::from("別のシステム")),
        (
            &["basic", "declaration_date"][..],
            Value::from("2030-01-01"),
        ),
        (&["entrustment", "content"][..], Value::from("別")),
        (
            &["generator"][..],
            serde_json::json!({ "name": "x", "version": "1" }),
        ),
    ] {
        let mut other = base.clone();
        let mut at = &mut other;
        for step in &path[..path.len() - 1] {
            at = &mut at[*step];
        }
        at[path[path.len() - 1]] = value;
        assert_ne!(body_sha256(&other), body, "{path:?} is part of the body");
    }
}
