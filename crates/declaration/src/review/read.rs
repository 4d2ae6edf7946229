//! Reading a review file: the checks every exchange file goes through
//! ([`io::read_object`]: size, UTF-16, UTF-8, JSON, duplicate keys, an object), then
//! `format`, `schema_version` and migration, the model (a wrong type reports its path), and
//! the rules of `exchange.md` §1 (a comment on every question, texts within 4000
//! characters, unique ids, one target each). [`ReviewError`] says what failed, in Japanese
//! and English.
//!
//! ## Versions
//! - **1**: `exchange.md` §1 (current).
//! - **0**: the pre-release draft, kept so the migration path is exercised: a target was
//!   one string (`"C6"`, `"section:cloud"`, or an answer's path) and an open question's
//!   `status` was `"pending"`.

use serde_json::{Map, Value};

use super::model::{Review, FORMAT, MAX_ITEMS, MAX_TEXT_CHARS, SCHEMA_VERSION};
use crate::io::{self, ImportError};
use crate::words::Words;

/// A review file as read.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedReview {
    pub review: Review,
    /// Keys the model does not know, written back on export.
    pub extra: Value,
    /// The `schema_version` migrated from, when older.
    pub migrated_from: Option<u64>,
}

/// Why a review file cannot be read, or does not belong to a declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewError {
    /// What every exchange file is checked for (size, encoding, JSON, duplicate keys, an
    /// object, a value of the wrong type at a path).
    File(ImportError),
    /// `format` is missing or not `cloud-subcontract-review`.
    WrongFormat { found: Option<String> },
    /// `schema_version` is newer than this app reads.
    NewerVersion { found: u64 },
    /// `schema_version` is missing or not a whole number.
    BadVersion,
    /// A rule of the format is broken at `path` (`items[2].comment`).
    Invalid { path: String, why: Words },
    /// The review is about another declaration (`review` is its id, `draft` the one open).
    OtherDeclaration { review: String, draft: String },
}

/// The review file, as its messages name it.
const KIND: io::FileKind = io::FileKind {
    noun: ("照会事項ファイル", "review file"),
    pick: (
        "審査者から受け取った照会事項ファイル（.json）を選んでください。",
        "Choose the review file (.json) the reviewer sent you.",
    ),
    reads_up_to: SCHEMA_VERSION,
};

impl ReviewError {
    /// The message in both languages.
    pub fn words(&self) -> Words {
        match self {
            ReviewError::File(e) => e.words(),
            ReviewError::WrongFormat { found } => KIND.wrong_format(found.as_deref()),
            ReviewError::NewerVersion { found } => KIND.newer(*found),
            ReviewError::BadVersion => KIND.bad_version(),
            ReviewError::Invalid { path, why } => Words::new(
                format!("照会事項ファイルの「{path}」：{}。ファイルを作成した審査者に確認してください。", why.ja),
                format!("The review file's “{path}”: {}. Ask the reviewer who made it.", why.en),
            ),
            ReviewError::OtherDeclaration { review, draft } => Words::new(
                format!("この照会事項は別の申告書（ID {review}）についてのものです。開いている申告書（ID {draft}）には取り込めません。照会の対象となった申告書（またはその下書き）を開いてから、もう一度取り込んでください。"),
                format!("This review is about another declaration (id {review}), so it cannot go with the declaration open (id {draft}). Open the declaration that was reviewed (or its draft), then import it again."),
            ),
        }
    }
}

impl From<ImportError> for ReviewError {
    fn from(e: ImportError) -> Self {
        ReviewError::File(e)
    }
}

/// Reads a review file (see the module documentation for the checks).
pub fn import(bytes: &[u8]) -> Result<ImportedReview, ReviewError> {
    let mut value = io::read_object(bytes)?;
    if let Some(found) = io::wrong_format(&value, FORMAT) {
        return Err(ReviewError::WrongFormat { found });
    }
    let obj = value.as_object_mut().ok_or(ImportError::NotAnObject)?;
    let found = obj
        .get("schema_version")
        .and_then(Value::as_u64)
        .ok_or(ReviewError::BadVersion)?;
    if found > u64::from(SCHEMA_VERSION) {
        return Err(ReviewError::NewerVersion { found });
    }
    if found == 0 {
        v0_to_v1(obj);
    }
    let (review, extra) = io::read_model::<Review>(&value)?;
    check(&review)?;
    Ok(ImportedReview {
        review,
        extra,
        migrated_from: (found < u64::from(SCHEMA_VERSION)).then_some(found),
    })
}

/// Version 0 → 1: a target string becomes its object, `pending` becomes `open`.
fn v0_to_v1(obj: &mut Map<String, Value>) {
    obj.insert("schema_version".into(), Value::from(1));
    let Some(Value::Array(items)) = obj.get_mut("items") else {
        return;
    };
    for item in items.iter_mut().filter_map(Value::as_object_mut) {
        if let Some(Value::String(t)) = item.get("target").cloned() {
            let target = if let Some(section) = t.strip_prefix("section:") {
                serde_json::json!({ "section": section })
            } else if crate::verdict::CondId::parse(&t).is_some() {
                serde_json::json!({ "condition": t })
            } else {
                serde_json::json!({ "path": t })
            };
            item.insert("target".into(), target);
        }
        if item.get("status").and_then(Value::as_str) == Some("pending") {
            item.insert("status".into(), Value::from("open"));
        }
    }
}

/// The rules of the format a well-typed review must still keep.
fn check(r: &Review) -> Result<(), ReviewError> {
    let invalid = |path: String, ja: &str, en: &str| ReviewError::Invalid {
        path,
        why: Words::new(ja, en),
    };
    if r.declaration.id.trim().is_empty() {
        return Err(invalid(
            "declaration.id".into(),
            "申告書のIDがありません",
            "the declaration's id is missing",
        ));
    }
    let long = |t: &Option<String>| {
        t.as_deref()
            .is_some_and(|t| t.chars().count() > MAX_TEXT_CHARS)
    };
    if long(&r.outcome_note) {
        return Err(invalid(
            "outcome_note".into(),
            "4000文字を超えています",
            "it is longer than 4000 characters",
        ));
    }
    if r.items.len() > MAX_ITEMS {
        return Err(ReviewError::Invalid {
            path: "items".into(),
            why: Words::new(
                format!(
                    "照会事項が{}件あり、上限の{MAX_ITEMS}件を超えています",
                    r.items.len()
                ),
                format!(
                    "it holds {} questions, more than the limit of {MAX_ITEMS}",
                    r.items.len()
                ),
            ),
        });
    }
    let mut ids = std::collections::HashSet::new();
    for (i, item) in r.items.iter().enumerate() {
        let at = |leaf: &str| format!("items[{i}].{leaf}");
        if item.id.trim().is_empty() || !ids.insert(item.id.as_str()) {
            return Err(invalid(
                at("id"),
                "照会事項のIDが無いか、重複しています",
                "the question's id is missing or used twice",
            ));
        }
        if item.comment.trim().is_empty() {
            return Err(invalid(
                at("comment"),
                "照会内容がありません",
                "the question has no text",
            ));
        }
        if item.comment.chars().count() > MAX_TEXT_CHARS || long(&item.reply) {
            return Err(invalid(
                at("comment"),
                "照会内容又は回答が4000文字を超えています",
                "the question or its reply is longer than 4000 characters",
            ));
        }
        if item.history.len() > super::model::MAX_TURNS
            || item.history.iter().any(|t| long(&t.text) || long(&t.by))
        {
            return Err(invalid(
                at("history"),
                "やり取りの記録が100件を超えているか、4000文字を超える記録があります",
                "the thread holds more than 100 turns or a turn longer than 4000 characters",
            ));
        }
        let t = &item.target;
        let kinds = [t.condition.is_some(), t.path.is_some(), t.section.is_some()];
        if kinds.iter().filter(|k| **k).count() != 1 {
            return Err(invalid(
                at("target"),
                "対象（condition、path、section のいずれか一つ）がありません",
                "the target must be exactly one of condition, path and section",
            ));
        }
    }
    Ok(())
}
