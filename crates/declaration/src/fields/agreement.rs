//! The model and the registry agree: every leaf of the exchange format (spec §2, as the
//! serde types of [`crate::model`] define it, read through their derived JSON Schema) has a
//! registry entry or is one of the few leaves that are not answers (the file's own
//! metadata, an entry's id, the matrix's layer), and every registry entry is a leaf of the
//! format. A field added to the model but not to the registry — or the reverse — fails here
//! before it can be in a file but missing from the form.

use super::{Control, FIELDS};
use serde_json::Value;
use std::collections::BTreeSet;

/// The leaves of the format that are not answers a user gives, each with why.
const NOT_ANSWERS: &[(&str, &str)] = &[
    ("format", "the file's kind, constant"),
    ("schema_version", "the format's version"),
    ("id", "the declaration's own id"),
    ("created_at", "set by the app"),
    ("updated_at", "set by the app"),
    ("exported_at", "set on export"),
    ("generator.name", "the app that wrote the file"),
    ("generator.version", "the app that wrote the file"),
    ("integrity.sha256", "the file's hash, written on export"),
    (
        "subcontractors[].id",
        "an entry's id, which parents refer to",
    ),
    ("measures[].id", "an entry's id"),
    (
        "addressees[].id",
        "the id of the file an addressee receives, set by the app",
    ),
    (
        "responsibility.matrix[].layer",
        "the row itself: each layer once, not typed",
    ),
    (
        "cloud.certifications.cs_gold_mark.certifier",
        "spec §2 gives the CS Mark no certification body (JASA issues it); the model's \
         Certificate is shared with the ISO certificates, so a file's value is kept, not asked",
    ),
];

/// The leaves (and, marked with a trailing `[]`, the lists) of the schema at `at`.
fn walk(v: &Value, defs: &Value, at: &str, out: &mut BTreeSet<String>) {
    if let Some(r) = v.get("$ref").and_then(Value::as_str) {
        let name = r.rsplit('/').next().unwrap_or(r);
        return walk(&defs[name], defs, at, out);
    }
    if let Some(alternatives) = v.get("anyOf").or_else(|| v.get("oneOf")) {
        for alt in alternatives.as_array().into_iter().flatten() {
            if alt.get("type") != Some(&Value::from("null")) {
                walk(alt, defs, at, out);
            }
        }
        return;
    }
    let join = |k: &str| {
        if at.is_empty() {
            k.to_string()
        } else {
            format!("{at}.{k}")
        }
    };
    if let Some(props) = v.get("properties").and_then(Value::as_object) {
        for (k, sub) in props {
            walk(sub, defs, &join(k), out);
        }
    } else if let Some(items) = v.get("items") {
        out.insert(format!("{at}[]"));
        walk(items, defs, &format!("{at}[]"), out);
    } else {
        out.insert(at.to_string());
    }
}

fn model_leaves() -> BTreeSet<String> {
    let schema =
        serde_json::to_value(schemars::schema_for!(crate::model::Declaration)).expect("a schema");
    let mut out = BTreeSet::new();
    walk(&schema, &schema["$defs"], "", &mut out);
    out
}

/// What the registry names: every entry's key (a list's with `[]`, as the model's lists
/// are written above) and every alias.
fn registry_leaves() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for f in FIELDS {
        if f.control == Control::Group {
            out.insert(format!("{}[]", f.key));
        } else {
            out.insert(f.key.to_string());
        }
        out.extend(f.alias().map(str::to_string));
    }
    out
}

#[test]
fn every_leaf_of_the_format_has_an_entry_and_every_entry_a_leaf() {
    let model = model_leaves();
    assert!(
        model.len() > 80,
        "the walk reads the model: {}",
        model.len()
    );
    let registry = registry_leaves();
    let not_answers: BTreeSet<String> = NOT_ANSWERS.iter().map(|(k, _)| k.to_string()).collect();
    let unregistered: Vec<&String> = model
        .iter()
        .filter(|k| !registry.contains(*k) && !not_answers.contains(*k))
        .collect();
    assert!(
        unregistered.is_empty(),
        "in the exchange format but not in the registry (so missing from the form, the \
         print and the rules): {unregistered:?}"
    );
    let unknown: Vec<&String> = registry.iter().filter(|k| !model.contains(*k)).collect();
    assert!(
        unknown.is_empty(),
        "in the registry but not in the exchange format (a file cannot carry it): {unknown:?}"
    );
    let stale: Vec<&String> = not_answers.iter().filter(|k| !model.contains(*k)).collect();
    assert!(
        stale.is_empty(),
        "listed as not answers but not in the format: {stale:?}"
    );
}

#[test]
fn the_walk_sees_nested_lists_and_optional_objects() {
    let model = model_leaves();
    for leaf in [
        "subcontractors[]",
        "subcontractors[].confidentiality.date",
        "cloud.data_location.regions[].country",
        "cloud.certifications.cs_gold_mark.certificate_number",
        "measures[].in_transit.min_tls",
        "entrustment.contractor.corporate_number",
    ] {
        assert!(model.contains(leaf), "{leaf}");
    }
}
