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
//! - **what the rules ask** (`asked`), generated from the field registry ([`crate::fields`]):
//!   titles and descriptions in Japanese, required answers, formats (`date`, `email`,
//!   phone, postal code, https URL, country), length limits and control characters — each
//!   under `if`/`then` on `resubcontract`, `uses_cloud` and the other answers a question
//!   follows, so an answer that is not asked (hidden) is never held against the file.
//!
//! A declaration is valid against its schema when the rules find no error the schema
//! language can state (the matrix's layers each once and a measure for each layer the
//! customer secures included). The subcontractor tree and dates against the declaration
//! date stay with the rules: a schema-valid file can still be incomplete, never the other
//! way round (checked by an independent validator in `scripts/schema_check.py`).

mod asked;
mod exchange;
mod shape;
#[cfg(test)]
mod tests;

use serde_json::Value;
use shape::{constants, lists, shape};

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
        shape::file_name(self.name())
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
        Kind::Declaration.name(),
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
