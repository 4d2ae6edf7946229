//! The JSON Schemas (draft 2020-12) of the three exchange formats: the declaration
//! (`declaration.md` §2), the review file and the part file (`exchange.md`), for the city's
//! own systems to validate what they receive.
//!
//! Each schema is made of two layers so that it says exactly what the app says:
//!
//! - **the shape**, derived by `schemars` from the serde types of [`crate::model`],
//!   [`crate::review`] and [`crate::part`] (they cannot drift): keys, types, the enums'
//!   values, and the limits the importer refuses a file for (list lengths, `format`,
//!   `schema_version`). A file the importer refuses for its shape fails this layer.
//! - **what the rules ask** ([`asked`]), generated from the field registry ([`crate::fields`]):
//!   titles and descriptions in Japanese, required answers, formats (`date`, `email`,
//!   phone, postal code, https URL, country), length limits and control characters — each
//!   under `if`/`then` on `resubcontract`, `uses_cloud` and the other answers a question
//!   follows, so an answer that is not asked (hidden) is never held against the file.
//!
//! A declaration is valid against its schema when the rules find no error the schema
//! language can state. Rules across answers (the subcontractor tree, the matrix's layers
//! each once, a measure for each customer layer, dates against the declaration date) stay
//! with the rules: a schema-valid file can still be incomplete, never the other way round
//! (tested in [`tests`] and by an independent validator in `scripts/schema_check.py`).

mod asked;
mod exchange;
#[cfg(test)]
mod tests;

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::{json, Value};

/// The three formats that have a schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Declaration,
    Review,
    Part,
}

impl Kind {
    /// Every kind, in the order of the specifications.
    pub const ALL: [Kind; 3] = [Kind::Declaration, Kind::Review, Kind::Part];

    /// The name used by `declaration-check schema NAME` and in the file name.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Declaration => "declaration",
            Kind::Review => "review",
            Kind::Part => "part",
        }
    }

    /// The kind of a name given on the command line.
    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The file the built site serves it as, under `schema/`.
    pub fn file_name(self) -> String {
        format!("{}.schema.json", self.name())
    }

    /// The schema.
    pub fn schema(self) -> Value {
        match self {
            Kind::Declaration => declaration(),
            Kind::Review => exchange::review(),
            Kind::Part => exchange::part(),
        }
    }
}

/// The schema of a declaration file.
pub fn declaration() -> Value {
    let mut schema = shape::<crate::model::Declaration>(
        Kind::Declaration,
        "クラウド再委託に係る自己申告書 / Cloud re-subcontracting self-declaration",
        "地方公共団体へ提出する自己申告書のJSON形式（declaration.md §2）。この形式で書かれ、規則の求める回答が揃っていれば妥当です。下書き（未完成）のファイルは妥当になりません。 / The declaration as JSON. Valid when written in this format with every answer the rules ask for; a draft is not valid.",
    );
    constants(
        &mut schema,
        crate::model::FORMAT,
        crate::model::SCHEMA_VERSION,
    );
    lists(
        &mut schema,
        &[
            ("subcontractors", crate::io::MAX_SUBCONTRACTORS),
            ("measures", crate::io::MAX_MEASURES),
            ("cloud.data_location.regions", crate::io::MAX_REGIONS),
        ],
    );
    asked::add(&mut schema);
    schema
}

/// The shape of `T` as `schemars` derives it, every subschema inline (so each path has a
/// place of its own for its title), with the schema's id, title and description.
fn shape<T: JsonSchema>(kind: Kind, title: &str, description: &str) -> Value {
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
            kind.file_name()
        )),
    );
    obj.insert("title".into(), json!(title));
    obj.insert("description".into(), json!(description));
    schema
}

/// `format` is the constant, `schema_version` at most this crate's (older ones are
/// migrated by the importer, but this schema describes the current one).
fn constants(schema: &mut Value, format: &str, version: u32) {
    let props = &mut schema["properties"];
    props["format"] = json!({ "const": format, "title": "形式 / Format" });
    props["schema_version"] = json!({
        "const": version,
        "title": "形式の版 / Schema version",
        "description": "この版のスキーマが記述する版。古い版のファイルはアプリが読み込み時に変換します。 / The version this schema describes; the app converts older files when it reads them."
    });
}

/// The most entries each list may hold (the importer refuses a file with more).
fn lists(schema: &mut Value, limits: &[(&str, usize)]) {
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
fn at_mut<'a>(schema: &'a mut Value, path: &str) -> Option<&'a mut Value> {
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
fn not_null_mut(schema: &mut Value) -> Option<&mut Value> {
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
