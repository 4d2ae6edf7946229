//! Property tests: whatever a file holds, import never panics; what it accepts survives the
//! rules, the verdict, normalisation and a write-and-read-back unchanged.

use declaration::io::{self, ImportError, Imported};
use declaration::{normalize, rules, verdict};
use proptest::prelude::*;
use serde_json::{json, Value};

const COMPLIANT: &str = include_str!("../../../tests/fixtures/compliant.json");
const NONCOMPLIANT: &str = include_str!("../../../tests/fixtures/noncompliant.json");
const DRAFT: &str = include_str!("../../../tests/fixtures/draft.json");

/// Keys of the format, so that random objects often hit the model.
const KEYS: &[&str] = &[
    "format",
    "schema_version",
    "id",
    "parent",
    "basic",
    "entrustment",
    "subcontractors",
    "cloud",
    "responsibility",
    "measures",
    "attestation",
    "integrity",
    "sha256",
    "name",
    "municipality",
    "declaration_date",
    "handler_count",
    "resubcontract",
    "uses_cloud",
    "confidentiality",
    "concluded",
    "date",
    "certifications",
    "iso27017",
    "held",
    "valid_until",
    "ismap",
    "listed",
    "regions",
    "country",
    "matrix",
    "layer",
    "owner",
    "category",
    "status",
    "planned_date",
    "description",
    "service_model",
];

/// Texts of the format, so that random values are often valid enum values or dates.
const TEXTS: &[&str] = &[
    "cloud-subcontract-declaration",
    "contractor",
    "sub-1",
    "under_10",
    "10人未満",
    "iaas",
    "os",
    "os_middleware_vulnerability",
    "encryption",
    "customer",
    "provider",
    "JP",
    "ＪＰ",
    "2024-02-20",
    "2023-02-29",
    "planned",
    "implemented",
    "not_applicable",
    "primary",
    "",
    " ",
    "０３－１２３４－５６７８",
    "\u{0}",
    "\u{202e}",
    "𠮷野家",
];

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-3i64..3).prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        any::<String>().prop_map(Value::from),
        prop::sample::select(TEXTS).prop_map(Value::from),
    ]
}

fn json_key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(KEYS).prop_map(str::to_string),
        "[a-z_]{0,8}",
        any::<String>(),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    json_leaf().prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((json_key(), inner), 0..6)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

/// Every place in a value, as JSON pointers.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        _ => {}
    }
}

fn has_float(value: &Value) -> bool {
    match value {
        Value::Number(n) => n.is_f64(),
        Value::Array(items) => items.iter().any(has_float),
        Value::Object(map) => map.values().any(has_float),
        _ => false,
    }
}

/// What must hold for anything import accepts.
fn exercise(imported: &Imported) {
    let d = &imported.declaration;
    let _ = rules::validate(d);
    let _ = rules::is_complete(d);
    let _ = verdict::verdict(d);
    let mut normalized = d.clone();
    normalize::normalize(&mut normalized);
    let _ = rules::validate(&normalized);
    let _ = verdict::verdict(&normalized);
    let _ = io::file_name(d);

    // Written and read back, it is the same declaration with the same unknown keys.
    let text = io::to_json(d, &imported.extra);
    let again = io::import_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(&again.declaration, d);
    if !has_float(&imported.extra) {
        assert_eq!(again.extra, imported.extra);
    }
    let exported = io::export(d, &imported.extra, "2024-02-21T00:00:00Z", "test");
    let exported = io::import_str(&exported).unwrap();
    assert_eq!(exported.integrity, io::IntegrityState::Match);
}

fn check_text(text: &str) {
    if let Ok(imported) = io::import_str(text) {
        exercise(&imported);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        if let Ok(imported) = io::import(&bytes) {
            exercise(&imported);
        }
    }

    #[test]
    fn random_json_never_panics(value in json_value()) {
        check_text(&value.to_string());
    }

    #[test]
    fn random_sections_of_a_declaration_never_panic(
        version in prop_oneof![Just(json!(0)), Just(json!(1)), json_leaf()],
        sections in prop::collection::vec((json_key(), json_value()), 0..8),
    ) {
        let mut v = json!({ "format": "cloud-subcontract-declaration", "schema_version": version });
        for (k, s) in sections {
            if k != "format" && k != "schema_version" {
                v[k] = s;
            }
        }
        check_text(&v.to_string());
        check_text(&serde_json::to_string_pretty(&v).unwrap());
    }

    #[test]
    fn a_fixture_with_one_value_replaced_never_panics(
        fixture in prop::sample::select(&[COMPLIANT, NONCOMPLIANT, DRAFT][..]),
        place in any::<prop::sample::Index>(),
        replacement in json_value(),
    ) {
        let mut v: Value = serde_json::from_str(fixture).unwrap();
        let mut places = Vec::new();
        pointers(&v, String::new(), &mut places);
        let place = place.get(&places);
        *v.pointer_mut(place).unwrap() = replacement;
        match io::import_str(&v.to_string()) {
            Ok(imported) => exercise(&imported),
            Err(e) => {
                prop_assert!(!e.words().ja.is_empty() && !e.words().en.is_empty());
                // Only the top-level checks can fail before the model is read.
                if !place.starts_with("/format") && !place.starts_with("/schema_version") {
                    let is_wrong_type = matches!(e, ImportError::WrongType { .. });
                    prop_assert!(is_wrong_type, "{place}: {e:?}");
                }
            }
        }
    }

    #[test]
    fn a_fixture_with_random_text_in_a_string_never_panics(
        place in any::<prop::sample::Index>(),
        text in prop_oneof![any::<String>(), "[0-9０-９\\-－ー ]{0,16}", prop::sample::select(TEXTS).prop_map(str::to_string)],
    ) {
        let mut v: Value = serde_json::from_str(COMPLIANT).unwrap();
        let mut places = Vec::new();
        pointers(&v, String::new(), &mut places);
        places.retain(|p| v.pointer(p).is_some_and(Value::is_string) && p != "/format");
        let place = place.get(&places);
        *v.pointer_mut(place).unwrap() = Value::from(text);
        check_text(&v.to_string());
    }
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    for text in [
        "[".repeat(100_000),
        format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
        "{\"a\":".repeat(100_000),
        format!(
            "{{\"format\":\"cloud-subcontract-declaration\",\"schema_version\":1,\"basic\":{}1{}}}",
            "[".repeat(50_000),
            "]".repeat(50_000)
        ),
    ] {
        let e = io::import_str(&text).unwrap_err();
        assert!(matches!(e, ImportError::NotJson { .. }), "{e:?}");
    }
}

#[test]
fn nesting_just_under_the_limit_is_read() {
    let v = format!(
        "{{\"format\":\"cloud-subcontract-declaration\",\"schema_version\":1,\"x_deep\":{}1{}}}",
        "[".repeat(120),
        "]".repeat(120)
    );
    let imported = io::import_str(&v).unwrap();
    exercise(&imported);
}

#[test]
fn three_mib_is_too_large() {
    let mut big =
        String::from("{\"format\":\"cloud-subcontract-declaration\",\"schema_version\":1,\"x\":\"");
    big.push_str(&"あ".repeat(1024 * 1024));
    big.push_str("\"}");
    assert!(big.len() > 3 * 1024 * 1024);
    let e = io::import(big.as_bytes()).unwrap_err();
    assert_eq!(e, ImportError::TooLarge { bytes: big.len() });
    assert_eq!(io::import_str(&big).unwrap_err(), e);
}

#[test]
fn the_fixtures_survive_everything() {
    for text in [COMPLIANT, NONCOMPLIANT, DRAFT] {
        exercise(&io::import_str(text).unwrap());
    }
}
