//! The schemas against the core: every fixture and example the rules find complete is
//! valid; titles come from the registry. (Validation by an independent validator is in
//! `scripts/schema_check.py`, run by the test script.)

use super::shape::at_mut;
use super::*;
use serde_json::{json, Value};

#[test]
fn every_field_has_its_title() {
    let schema = declaration();
    for field in crate::fields::FIELDS {
        let mut s = schema.clone();
        let at = at_mut(&mut s, field.key).unwrap_or_else(|| panic!("{} in the schema", field.key));
        assert_eq!(at["title"], field.label(crate::Lang::Ja), "{}", field.key);
    }
}

#[test]
fn every_kind_is_a_draft_2020_12_schema_named_by_its_file() {
    for kind in Kind::ALL {
        assert_eq!(Kind::parse(kind.name()), Some(kind));
        let schema = kind.schema();
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        let id = schema["$id"].as_str().unwrap();
        assert!(
            id.ends_with(&format!("/schema/{}", kind.file_name())),
            "{id}"
        );
        assert!(
            schema["title"].as_str().unwrap().contains(" / "),
            "{kind:?}: ja / en"
        );
    }
    assert_eq!(Kind::parse("Declaration"), None);
}

#[test]
fn format_and_version_are_constants() {
    let schema = declaration();
    assert_eq!(
        schema["properties"]["format"]["const"],
        crate::model::FORMAT
    );
    assert_eq!(
        schema["properties"]["schema_version"]["const"],
        crate::model::SCHEMA_VERSION
    );
}

#[test]
fn lists_are_limited_as_the_importer_limits_them() {
    let mut schema = declaration();
    for (path, max) in [
        ("subcontractors", crate::io::MAX_SUBCONTRACTORS),
        ("measures", crate::io::MAX_MEASURES),
        ("cloud.data_location.regions", crate::io::MAX_REGIONS),
    ] {
        let list = at_mut(&mut schema, path).unwrap_or_else(|| panic!("{path}"));
        assert_eq!(list["maxItems"], max, "{path}");
    }
}

/// The `if` of a section asked only when an answer of 委託の概要 is 「はい」.
fn when_entrustment(answer: &str) -> Value {
    json!({
        "type": "object",
        "required": ["entrustment"],
        "properties": { "entrustment": {
            "type": "object",
            "required": [answer],
            "properties": { answer: { "const": true } }
        } }
    })
}

#[test]
fn sections_asked_on_an_answer_are_required_only_under_it() {
    let schema = declaration();
    let all_of = schema["allOf"].as_array().unwrap();
    assert_eq!(all_of.len(), crate::fields::Section::ALL.len());
    let ifs: Vec<&Value> = all_of.iter().filter_map(|s| s.get("if")).collect();
    let on = |answer| {
        ifs.iter()
            .filter(|i| ***i == when_entrustment(answer))
            .count()
    };
    assert_eq!(on("resubcontract"), 1, "再委託先 under resubcontract");
    assert_eq!(
        on("uses_cloud"),
        3,
        "クラウド, 責任分界, 対策 under uses_cloud"
    );
    // Nothing the cloud asks for is required outside its `if`.
    for unconditional in all_of.iter().filter(|s| s.get("if").is_none()) {
        let text = unconditional.to_string();
        assert!(!text.contains("\"cloud\""), "{text}");
        assert!(!text.contains("\"subcontractors\""), "{text}");
    }
}

#[test]
fn review_and_part_carry_the_declarations_titles_where_they_hold_its_answers() {
    let part = Kind::Part.schema().to_string();
    let name = crate::fields::FIELDS
        .iter()
        .find(|f| f.key == "subcontractors[].name")
        .expect("the subcontractor's name is a field");
    assert!(
        part.contains(name.label(crate::Lang::Ja)),
        "part: {}",
        name.key
    );
    let review = Kind::Review.schema();
    assert!(review["title"].as_str().unwrap().contains("照会"));
}

#[test]
fn character_classes_are_made_of_runs_of_escapes() {
    assert_eq!(
        super::asked::class(|c| matches!(c, 'a' | 'b' | 'd')),
        r"\u0061-\u0062\u0064"
    );
    assert_eq!(super::asked::class(|c| c == '\u{FFFF}'), r"\uFFFF");
    assert_eq!(super::asked::class(|_| false), "");
}
