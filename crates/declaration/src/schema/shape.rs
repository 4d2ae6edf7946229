//! The building blocks of the schemas: the shape `schemars` derives from a serde type (every
//! subschema inline, with the schema's `$id`, title and description), the constants and list
//! limits put on it, and the subschema at a dotted path, where [`super::asked`] puts what the
//! rules ask.

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::{json, Value};

/// The file a schema named `name` is served as, under `schema/` (`review.schema.json`).
pub(super) fn file_name(name: &str) -> String {
    format!("{name}.schema.json")
}

/// The shape of `T` as `schemars` derives it, every subschema inline (so each path has a
/// place of its own for its title), with the schema's id, title and description.
pub(super) fn shape<T: JsonSchema>(name: &str, title: &str, description: &str) -> Value {
    let generator = SchemaSettings::draft2020_12()
        .with(|s| s.inline_subschemas = true)
        .into_generator();
    let mut schema = generator.into_root_schema_for::<T>().to_value();
    let obj = schema
        .as_object_mut()
        .expect("a schema of a struct is an object");
    obj.insert(
        "$id".into(),
        json!(format!(
            "https://cloud-subcontract-declaration.example/schema/{}",
            file_name(name)
        )),
    );
    obj.insert("title".into(), json!(title));
    obj.insert("description".into(), json!(description));
    schema
}

/// `format` is the constant, `schema_version` at most this crate's (older ones are
/// migrated by the importer, but this schema describes the current one).
pub(super) fn constants(schema: &mut Value, format: &str, version: u32) {
    let props = &mut schema["properties"];
    props["format"] = json!({ "const": format, "title": "形式 / Format" });
    props["schema_version"] = json!({
        "const": version,
        "title": "形式の版 / Schema version",
        "description": "この版のスキーマが記述する版。古い版のファイルはアプリが読み込み時に変換します。 / The version this schema describes; the app converts older files when it reads them."
    });
}

/// The most entries each list may hold (the importer refuses a file with more).
pub(super) fn lists(schema: &mut Value, limits: &[(&str, usize)]) {
    for (path, max) in limits {
        if let Some(list) = at_mut(schema, path) {
            list.as_object_mut()
                .expect("a list's schema")
                .insert("maxItems".into(), json!(max));
        }
    }
}

/// The subschema of the property at a dotted path (`cloud.data_location.regions`;
/// `[]` steps into a list's items), following `anyOf` of an optional value.
pub(super) fn at_mut<'a>(schema: &'a mut Value, path: &str) -> Option<&'a mut Value> {
    let mut here = schema;
    for step in path.split('.') {
        let (name, items) = match step.strip_suffix("[]") {
            Some(name) => (name, true),
            None => (step, false),
        };
        here = not_null_mut(here)?.get_mut("properties")?.get_mut(name)?;
        if items {
            here = not_null_mut(here)?.get_mut("items")?;
        }
    }
    Some(here)
}

/// The branch of `anyOf: [T, null]` that is not `null` (schemars writes an optional struct
/// that way), or the schema itself.
pub(super) fn not_null_mut(schema: &mut Value) -> Option<&mut Value> {
    let is_any_of = schema.get("anyOf").is_some();
    if !is_any_of {
        return Some(schema);
    }
    schema
        .get_mut("anyOf")?
        .as_array_mut()?
        .iter_mut()
        .find(|s| s.get("type").and_then(Value::as_str) != Some("null"))
}
