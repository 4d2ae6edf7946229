//! Tests of path access: every answer of every fixture read back by its path, every fixture
//! rebuilt from nothing path by path, and each refusal leaving the declaration unchanged.

use serde_json::{json, Value};

use super::*;
use crate::fixtures::{self, compliant, draft};
use crate::model::{Layer, RegionPurpose, ServiceModel, TlsVersion};

/// Every leaf of a JSON value with its path (`a.b[1].c`); an empty object or list is a leaf.
fn leaves(v: &Value, path: &str, out: &mut Vec<(String, Value)>) {
    let join = |key: &str| match path {
        "" => key.to_string(),
        _ => format!("{path}.{key}"),
    };
    match v {
        Value::Object(map) if !map.is_empty() => {
            for (k, x) in map {
                leaves(x, &join(k), out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (i, x) in items.iter().enumerate() {
                leaves(x, &format!("{path}[{i}]"), out);
            }
        }
        _ => out.push((path.to_string(), v.clone())),
    }
}

fn leaves_of(json: &str) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    leaves(&serde_json::from_str(json).unwrap(), "", &mut out);
    out
}

#[test]
fn paths_parse() {
    assert_eq!(
        parse("subcontractors[1].confidentiality.date").unwrap(),
        [
            Step::Key("subcontractors".into()),
            Step::Index(1),
            Step::Key("confidentiality".into()),
            Step::Key("date".into()),
        ]
    );
    assert_eq!(parse("a[0][12]").unwrap().len(), 3);
    for bad in [
        "", ".", "a.", ".a", "a..b", "a[", "a[]", "a[x]", "a[1", "[0]", "a]0[", "a b", "ａ",
    ] {
        assert!(
            matches!(parse(bad), Err(AccessError::BadPath { .. })),
            "{bad:?}"
        );
    }
}

#[test]
fn render_is_the_inverse_of_parse() {
    for path in ["basic", "measures[0].in_transit.min_tls", "a[0][12].b"] {
        assert_eq!(render(&parse(path).unwrap()), path);
    }
}

#[test]
fn every_leaf_of_every_fixture_reads_back() {
    for (name, text) in fixtures::ALL {
        let d = fixtures::parse(text);
        let all = leaves_of(text);
        assert!(all.len() > 5, "{name}");
        for (path, value) in all {
            assert_eq!(get(&d, &path), Some(value), "{name}: {path}");
        }
    }
}

#[test]
fn every_fixture_is_rebuilt_path_by_path() {
    for (name, text) in fixtures::ALL {
        let mut d = Declaration::new();
        for (path, value) in leaves_of(text) {
            // Create the entries the path needs, then set the answer.
            for (n, _) in path.match_indices('[') {
                let list = &path[..n];
                let index: usize = path[n + 1..].split(']').next().unwrap().parse().unwrap();
                while len(&d, list) <= index {
                    push_default(&mut d, list).unwrap_or_else(|e| panic!("{name}: {list}: {e}"));
                }
            }
            set(&mut d, &path, value).unwrap_or_else(|e| panic!("{name}: {path}: {e:?}"));
        }
        assert_eq!(d, fixtures::parse(text), "{name}");
    }
}

#[test]
fn get_reads_groups_and_misses() {
    let d = compliant();
    assert_eq!(
        get(&d, "cloud.data_location.regions[1]"),
        Some(json!({ "name": "大阪リージョン", "country": "JP", "purpose": "dr" }))
    );
    assert_eq!(
        get(&d, "responsibility.matrix")
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        11
    );
    assert_eq!(get(&d, "measures[0].at_rest"), None);
    assert_eq!(get(&d, "measures[9].description"), None);
    assert_eq!(get(&d, "basic.nothing"), None);
    assert_eq!(get(&d, "basic.municipality.deeper"), None);
    assert_eq!(get(&d, "basic..municipality"), None);
}

#[test]
fn get_text_renders_every_kind_of_answer() {
    let d = compliant();
    assert_eq!(get_text(&d, "basic.declarant.email"), "yamada@example.jp");
    assert_eq!(get_text(&d, "basic.item_number"), "5");
    assert_eq!(get_text(&d, "entrustment.resubcontract"), "true");
    assert_eq!(
        get_text(&d, "cloud.certifications.cs_gold_mark.held"),
        "false"
    );
    assert_eq!(get_text(&d, "measures[3].in_transit.min_tls"), "1.2");
    assert_eq!(get_text(&d, "responsibility.matrix[4].owner"), "customer");
    assert_eq!(get_text(&d, "entrustment.other_information"), "");
    assert_eq!(get_text(&d, "subcontractors[3].name"), "");
    assert_eq!(get_text(&d, "cloud"), "");
    assert_eq!(get_text(&draft(), "basic.declarant.name"), "");
}

#[test]
fn get_bool_reads_yes_and_no() {
    let d = compliant();
    assert_eq!(
        get_bool(&d, "subcontractors[0].confidentiality.concluded"),
        Some(true)
    );
    assert_eq!(
        get_bool(&d, "cloud.certifications.cs_gold_mark.held"),
        Some(false)
    );
    assert_eq!(get_bool(&d, "cloud.ismap.list"), None);
    assert_eq!(get_bool(&d, "basic.municipality"), None);
    assert_eq!(get_bool(&draft(), "attestation.truthful"), None);
}

#[test]
fn set_creates_the_objects_on_the_way() {
    let mut d = draft();
    set(&mut d, "cloud.certifications.iso27017.held", json!(true)).unwrap();
    let cert = d.cloud.as_ref().unwrap().certifications.as_ref().unwrap();
    assert_eq!(cert.iso27017.as_ref().unwrap().held, Some(true));
    assert_eq!(cert.iso27018, None);
    set(&mut d, "basic.declarant.email", json!("a@example.jp")).unwrap();
    assert_eq!(
        d.basic.declarant.as_ref().unwrap().email.as_deref(),
        Some("a@example.jp")
    );
    set(&mut d, "attestation.truthful", json!(false)).unwrap();
    assert_eq!(d.attestation.unwrap().truthful, Some(false));
}

#[test]
fn set_writes_into_existing_entries() {
    let mut d = compliant();
    set(
        &mut d,
        "subcontractors[0].confidentiality.date",
        json!("2024-01-16"),
    )
    .unwrap();
    set(&mut d, "measures[0].in_transit.min_tls", json!("1.3")).unwrap();
    set(&mut d, "responsibility.matrix[4].owner", json!("shared")).unwrap();
    set(
        &mut d,
        "cloud.data_location.regions[1].country",
        json!("SG"),
    )
    .unwrap();
    let s = &d.subcontractors[0];
    assert_eq!(
        s.confidentiality.as_ref().unwrap().date.as_deref(),
        Some("2024-01-16")
    );
    assert_eq!(
        d.measures[0].in_transit.as_ref().unwrap().min_tls,
        Some(TlsVersion::Tls13)
    );
    assert_eq!(
        d.responsibility.as_ref().unwrap().matrix[4].owner,
        Owner::Shared
    );
    let regions = &d
        .cloud
        .as_ref()
        .unwrap()
        .data_location
        .as_ref()
        .unwrap()
        .regions;
    assert_eq!(regions[1].country.as_deref(), Some("SG"));
    assert_eq!(regions[0].country.as_deref(), Some("JP"));
}

#[test]
fn null_removes_the_answer_and_creates_nothing() {
    let mut d = compliant();
    set(&mut d, "basic.declarant.department", Value::Null).unwrap();
    assert_eq!(d.basic.declarant.as_ref().unwrap().department, None);
    set(&mut d, "cloud", Value::Null).unwrap();
    assert_eq!(d.cloud, None);
    set(&mut d, "cloud.certifications.iso27017.held", Value::Null).unwrap();
    assert_eq!(d.cloud, None);
    let before = d.clone();
    set(&mut d, "basic.unknown", Value::Null).unwrap();
    assert_eq!(d, before);
}

#[test]
fn entries_must_exist() {
    let mut d = draft();
    let e = set(&mut d, "subcontractors[0].name", json!("x")).unwrap_err();
    assert_eq!(
        e,
        AccessError::NoSuchEntry {
            list: "subcontractors".into(),
            index: 0
        }
    );
    let mut d = compliant();
    let e = set(
        &mut d,
        "cloud.data_location.regions[2].country",
        json!("JP"),
    )
    .unwrap_err();
    assert_eq!(e.path(), "cloud.data_location.regions");
    assert_eq!(e.words().ja, "保管場所の3件目はありません");
    assert_eq!(d, compliant());
}

#[test]
fn an_entry_is_not_removed_by_null() {
    let mut d = compliant();
    assert!(matches!(
        set(&mut d, "measures[0]", Value::Null),
        Err(AccessError::Invalid { .. })
    ));
    assert!(matches!(
        set(&mut d, "measures[8]", Value::Null),
        Err(AccessError::NoSuchEntry { index: 8, .. })
    ));
    assert_eq!(d, compliant());
}

#[test]
fn values_that_do_not_fit_leave_the_declaration_unchanged() {
    let mut d = compliant();
    for (path, value) in [
        ("cloud.service_model", json!("xaas")),
        ("responsibility.matrix[0].layer", json!("roof")),
        ("basic.item_number", json!("5")),
        ("basic.item_number", json!(5.5)),
        ("entrustment.resubcontract", json!("yes")),
        ("format", Value::Null),
        ("responsibility.matrix[0].owner", Value::Null),
        ("subcontractors", json!({})),
    ] {
        let e = set(&mut d, path, value.clone()).unwrap_err();
        assert!(
            matches!(e, AccessError::Invalid { .. }),
            "{path} = {value}: {e:?}"
        );
        assert_eq!(d, compliant(), "{path}");
    }
}

#[test]
fn unknown_paths_are_refused() {
    let mut d = compliant();
    for path in [
        "basic.nickname",
        "cloud.certifications.iso9001.held",
        "nothing",
    ] {
        assert_eq!(
            set(&mut d, path, json!("x")),
            Err(AccessError::UnknownPath { path: path.into() }),
            "{path}"
        );
    }
    assert!(matches!(
        set(&mut d, "basic.municipality.inner", json!("x")),
        Err(AccessError::UnknownPath { .. })
    ));
    assert!(matches!(
        set(&mut d, "basic[0]", json!("x")),
        Err(AccessError::UnknownPath { .. })
    ));
    assert!(matches!(
        set(&mut d, "basic.", json!("x")),
        Err(AccessError::BadPath { .. })
    ));
    assert_eq!(d, compliant());
}

#[test]
fn whole_groups_can_be_set() {
    let mut d = draft();
    set(
        &mut d,
        "cloud.basic_policy",
        json!({ "governing_law_japan": true }),
    )
    .unwrap();
    assert_eq!(
        get_bool(&d, "cloud.basic_policy.governing_law_japan"),
        Some(true)
    );
    set(&mut d, "subcontractors", json!([])).unwrap();
    assert!(d.subcontractors.is_empty());
}

#[test]
fn set_text_stores_text_as_typed() {
    let mut d = draft();
    set_text(&mut d, "basic.declarant.phone", "０５９－０００－００００").unwrap();
    assert_eq!(
        get_text(&d, "basic.declarant.phone"),
        "０５９－０００－００００"
    );
    set_text(&mut d, "basic.assessment_title", " 全項目評価書 ").unwrap();
    assert_eq!(d.basic.assessment_title.as_deref(), Some(" 全項目評価書 "));
    set_text(&mut d, "cloud.service_model", "saas").unwrap();
    assert_eq!(
        d.cloud.as_ref().unwrap().service_model,
        Some(ServiceModel::Saas)
    );
    assert!(matches!(
        set_text(&mut d, "cloud.service_model", "SaaS"),
        Err(AccessError::Invalid { .. })
    ));
}

#[test]
fn set_text_reads_the_item_number() {
    let mut d = draft();
    for (typed, n) in [("7", 7), ("５", 5), (" １２ ", 12), ("0", 0), ("－３", -3)] {
        set_text(&mut d, "basic.item_number", typed).unwrap();
        assert_eq!(d.basic.item_number, Some(n), "{typed}");
    }
    for typed in ["5.0", "五", "5番", "1e3", "-", "99999999999999999999"] {
        let e = set_text(&mut d, "basic.item_number", typed).unwrap_err();
        assert_eq!(
            e.words().ja,
            "委託事項の番号は 5 のように数字で入力してください",
            "{typed}"
        );
        assert_eq!(d.basic.item_number, Some(-3), "unchanged after {typed}");
    }
    set_text(&mut d, "basic.item_number", "  ").unwrap();
    assert_eq!(d.basic.item_number, None);
}

#[test]
fn set_text_empty_removes_except_an_empty_string() {
    let mut d = compliant();
    set_text(&mut d, "basic.declarant.department", "").unwrap();
    assert_eq!(d.basic.declarant.as_ref().unwrap().department, None);
    // Imported "" stays "" so the file round-trips.
    set_text(&mut d, "entrustment.other_information", "").unwrap();
    assert_eq!(d.entrustment.other_information.as_deref(), Some(""));
    set_text(&mut d, "basic.item_number", "").unwrap();
    assert_eq!(d.basic.item_number, None);
    // Clearing what was never there creates nothing.
    let mut d = draft();
    set_text(&mut d, "cloud.provider", "").unwrap();
    assert_eq!(d, draft());
}

#[test]
fn set_text_answers_yes_no_and_checks() {
    let mut d = draft();
    set_text(&mut d, "entrustment.uses_cloud", "false").unwrap();
    assert_eq!(d.entrustment.uses_cloud, Some(false));
    set_text(&mut d, "attestation.truthful", "true").unwrap();
    assert_eq!(d.attestation.as_ref().unwrap().truthful, Some(true));
    set_text(&mut d, "subcontractors[0].name", "x").unwrap_err();
    let e = set_text(&mut d, "entrustment.resubcontract", "はい").unwrap_err();
    assert!(
        e.words().ja.starts_with("再委託の有無は"),
        "{}",
        e.words().ja
    );
    assert_eq!(d.entrustment.resubcontract, Some(true));
}

#[test]
fn push_default_adds_empty_entries() {
    let mut d = draft();
    assert_eq!(push_default(&mut d, "subcontractors").unwrap(), 0);
    assert_eq!(push_default(&mut d, "subcontractors").unwrap(), 1);
    assert_eq!(d.subcontractors[1].id, "sub-2");
    assert_eq!(d.subcontractors[1].parent, None);
    assert_eq!(push_default(&mut d, "measures").unwrap(), 0);
    assert_eq!(d.measures[0].id, "m-1");
    assert_eq!(d.measures[0].category, None);
    assert_eq!(
        push_default(&mut d, "cloud.data_location.regions").unwrap(),
        0
    );
    set_text(&mut d, "cloud.data_location.regions[0].purpose", "backup").unwrap();
    let regions = &d
        .cloud
        .as_ref()
        .unwrap()
        .data_location
        .as_ref()
        .unwrap()
        .regions;
    assert_eq!(regions[0].purpose, Some(RegionPurpose::Backup));
    assert_eq!(len(&d, "cloud.data_location.regions"), 1);
    assert_eq!(len(&d, "measures"), 1);
    assert_eq!(len(&draft(), "measures"), 0);
}

#[test]
fn push_default_fills_the_matrix_layer_by_layer() {
    let mut d = draft();
    for (n, &layer) in Layer::ALL.iter().enumerate() {
        assert_eq!(push_default(&mut d, "responsibility.matrix").unwrap(), n);
        let row = &d.responsibility.as_ref().unwrap().matrix[n];
        assert_eq!((row.layer, row.owner), (layer, Owner::Customer));
    }
    assert_eq!(
        push_default(&mut d, "responsibility.matrix"),
        Err(AccessError::MatrixFull)
    );
    let mut d = compliant();
    d.responsibility.as_mut().unwrap().matrix.remove(4);
    assert_eq!(push_default(&mut d, "responsibility.matrix").unwrap(), 10);
    assert_eq!(d.responsibility.unwrap().matrix[10].layer, Layer::Os);
}

#[test]
fn push_default_knows_only_the_lists() {
    let mut d = draft();
    for path in [
        "basic",
        "subcontractors[0]",
        "regions",
        "cloud.data_location",
    ] {
        assert_eq!(
            push_default(&mut d, path),
            Err(AccessError::NotAList { path: path.into() })
        );
    }
    assert_eq!(d, draft());
    for list in LISTS {
        let mut d = Declaration::new();
        assert_eq!(push_default(&mut d, list), Ok(0), "{list}");
        assert_eq!(len(&d, list), 1, "{list}");
    }
}

#[test]
fn reading_a_part_gives_what_reading_the_whole_gives() {
    let d = crate::fixtures::noncompliant();
    let whole = to_json(&d);
    let mut paths: Vec<String> = vec![
        "format".into(),
        "schema_version".into(),
        "id".into(),
        "subcontractors".into(),
        "measures".into(),
        "subcontractors[9]".into(),
        "subcontractors[0]".into(),
        "measures[1]".into(),
        "cloud".into(),
    ];
    for f in crate::fields::FIELDS {
        for i in 0..3 {
            paths.push(f.key.replace("[]", &format!("[{i}]")));
        }
    }
    for path in &paths {
        let steps = parse(path).unwrap();
        assert_eq!(get(&d, path), lookup(&whole, &steps).cloned(), "{path}");
    }
}
