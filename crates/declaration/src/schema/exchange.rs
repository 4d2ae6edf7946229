//! The schemas of the review file and the part file (`exchange.md` §1, §2): their shape
//! from the serde types, and what their importers require beyond it (ids given, texts
//! within their limits, a target of exactly one kind, the lists' limits). A part's
//! subcontractor entries carry the declaration's titles and descriptions; they are not
//! held to its requirements, for a part is a draft until the subcontractor fills it in
//! (and its answers are checked as the declaration's once merged).

use super::shape::{at_mut, constants, lists, shape};
use serde_json::{json, Value};

/// A non-blank string.
fn given() -> Value {
    json!({ "type": "string", "pattern": r"\S" })
}

/// The schema of a review file (照会事項ファイル).
pub(super) fn review() -> Value {
    use crate::review::{Review, FORMAT, MAX_ITEMS, MAX_TEXT_CHARS, SCHEMA_VERSION};
    let mut schema = shape::<Review>(
        "review",
        "照会事項ファイル / Review file",
        "市の審査担当者が申告書について照会し、差戻し又は受理する記録（exchange.md §1）。 / The city reviewer's questions about a declaration, and its outcome.",
    );
    constants(&mut schema, FORMAT, SCHEMA_VERSION);
    lists(&mut schema, &[("items", MAX_ITEMS)]);
    set(&mut schema, "declaration.id", given());
    set(
        &mut schema,
        "outcome_note",
        json!({ "maxLength": MAX_TEXT_CHARS }),
    );
    set(&mut schema, "items[].id", given());
    set(&mut schema, "items[].comment", given());
    set(
        &mut schema,
        "items[].comment",
        json!({ "maxLength": MAX_TEXT_CHARS }),
    );
    set(
        &mut schema,
        "items[].reply",
        json!({ "maxLength": MAX_TEXT_CHARS }),
    );
    let one_of = ["condition", "path", "section"].map(|k| json!({ "required": [k] }));
    set(&mut schema, "items[].target", json!({ "oneOf": one_of }));
    schema
}

/// The schema of a part file (記入依頼ファイル).
pub(super) fn part() -> Value {
    use crate::io::MAX_SUBCONTRACTORS;
    use crate::part::{Part, FORMAT, MAX_MESSAGE_CHARS, SCHEMA_VERSION};
    let mut schema = shape::<Part>(
        "part",
        "記入依頼ファイル / Part file",
        "再委託先が自らの記載事項（と更にその再委託先）を記入して返すためのファイル（exchange.md §2）。 / The part of the chain a subcontractor fills in and sends back.",
    );
    constants(&mut schema, FORMAT, SCHEMA_VERSION);
    super::asked::titles(&mut schema);
    lists(&mut schema, &[("subcontractors", MAX_SUBCONTRACTORS)]);
    set(&mut schema, "id", given());
    set(&mut schema, "declaration.id", given());
    set(&mut schema, "root", given());
    set(
        &mut schema,
        "message",
        json!({ "maxLength": MAX_MESSAGE_CHARS }),
    );
    set(&mut schema, "subcontractors[].id", given());
    schema
}

/// Adds `rule` to the property at `path` (beside what the shape says of it).
fn set(schema: &mut Value, path: &str, rule: Value) {
    let at = at_mut(schema, path).unwrap_or_else(|| panic!("{path} is in the shape"));
    let all_of = at
        .as_object_mut()
        .expect("a property's schema")
        .entry("allOf")
        .or_insert_with(|| json!([]));
    all_of.as_array_mut().expect("allOf").push(rule);
}
