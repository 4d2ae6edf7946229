//! One stored record: the JSON envelope around a declaration, its writing (compact, in one
//! string, so it is stored by one write) and its reading, the declaration always through
//! [`io::import_str`] so older versions are migrated and unknown keys kept. Snapshots are
//! records too, with `taken_at`.
//!
//! ```text
//! { "store_version": 1, "revision": 3, "saved_at": "<rfc3339>",
//!   "name": "…", "exported_at": "<rfc3339>", "exported_revision": 2,   (optional)
//!   "taken_at": "<rfc3339>",                                           (snapshots only)
//!   "declaration": { …what io::to_json writes… } }
//! ```

use crate::words::Words;
use serde_json::{Map, Value};

use super::SaveError;
use crate::io::{self, ImportError, Imported};
use crate::model::Declaration;

/// The envelope's version this module reads and writes.
pub const STORE_VERSION: u64 = 1;

/// Everything of a record but its declaration.
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) struct Header {
    pub revision: u64,
    pub saved_at: String,
    pub name: Option<String>,
    pub exported_at: Option<String>,
    pub exported_revision: Option<u64>,
    pub taken_at: Option<String>,
}

/// A record read whole.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Record {
    pub header: Header,
    pub imported: Imported,
}

/// Why a stored text is not a readable record.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum ReadError {
    /// Not JSON, or not the envelope this module writes.
    Broken,
    /// Written by a newer app (`store_version` above ours).
    Newer { found: u64 },
    /// The envelope is fine; its declaration is not.
    Import(ImportError),
}

const KEEP_JA: &str =
    "データは自動では削除しません。ダウンロードして保管するか、不要であれば削除してください。";
const KEEP_EN: &str = "It is not deleted automatically: download its data to keep it, or delete it if you no longer need it.";
const NEWER_JA: &str = "この下書きは新しい版のアプリで保存されています。アプリを最新の版に更新してから開いてください。";
const NEWER_EN: &str = "This draft was saved by a newer version of the app. Update the app to the latest version, then open it.";

impl ReadError {
    /// What is wrong and what to do, in Japanese and English.
    pub fn words(&self) -> Words {
        let broken = |detail_ja: String, detail_en: String| {
            Words::new(
                format!("保存されている下書きのデータが壊れているため、開けません{detail_ja}。{KEEP_JA}"),
                format!("This saved draft is damaged and cannot be opened{detail_en}. {KEEP_EN}"),
            )
        };
        match self {
            ReadError::Newer { .. } | ReadError::Import(ImportError::NewerVersion { .. }) => {
                Words::new(NEWER_JA, NEWER_EN)
            }
            ReadError::Import(ImportError::WrongType { path, .. }) => broken(
                format!("（読み取れない項目：{path}）"),
                format!(" (the answer that cannot be read: {path})"),
            ),
            ReadError::Broken | ReadError::Import(_) => broken(String::new(), String::new()),
        }
    }
}

/// The header of a stored text and its declaration as JSON, without importing it.
pub(super) fn read_header(raw: &str) -> Result<(Header, Value), ReadError> {
    let value: Value = serde_json::from_str(raw).map_err(|_| ReadError::Broken)?;
    let Value::Object(mut obj) = value else {
        return Err(ReadError::Broken);
    };
    match obj.get("store_version").and_then(Value::as_u64) {
        Some(STORE_VERSION) => {}
        Some(found) if found > STORE_VERSION => return Err(ReadError::Newer { found }),
        _ => return Err(ReadError::Broken),
    }
    let header = Header {
        revision: obj
            .get("revision")
            .and_then(Value::as_u64)
            .ok_or(ReadError::Broken)?,
        saved_at: obj
            .get("saved_at")
            .and_then(Value::as_str)
            .ok_or(ReadError::Broken)?
            .to_string(),
        name: optional(&obj, "name", |v| v.as_str().map(str::to_string))?,
        exported_at: optional(&obj, "exported_at", |v| v.as_str().map(str::to_string))?,
        exported_revision: optional(&obj, "exported_revision", Value::as_u64)?,
        taken_at: optional(&obj, "taken_at", |v| v.as_str().map(str::to_string))?,
    };
    match obj.remove("declaration") {
        Some(declaration @ Value::Object(_)) => Ok((header, declaration)),
        _ => Err(ReadError::Broken),
    }
}

/// An optional key: missing or `null` is `None`; a value of another type breaks the record.
fn optional<T>(
    obj: &Map<String, Value>,
    key: &str,
    read: impl Fn(&Value) -> Option<T>,
) -> Result<Option<T>, ReadError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => read(v).map(Some).ok_or(ReadError::Broken),
    }
}

/// A stored text read whole, its declaration through the importer.
pub(super) fn read(raw: &str) -> Result<Record, ReadError> {
    let (header, declaration) = read_header(raw)?;
    let imported = io::import_str(&declaration.to_string()).map_err(ReadError::Import)?;
    Ok(Record { header, imported })
}

/// The stored text of a record: what [`io::to_json`] writes for the declaration (compact),
/// in the envelope. Refused when the declaration is larger than the importer reads
/// ([`io::MAX_BYTES`]), since it could never be opened again.
pub(super) fn write(header: &Header, d: &Declaration, extra: &Value) -> Result<String, SaveError> {
    let declaration = compact(&io::to_json(d, extra));
    if declaration.len() > io::MAX_BYTES {
        return Err(SaveError::TooLarge {
            bytes: declaration.len(),
        });
    }
    let text = |s: &str| Value::from(s).to_string();
    let mut out = format!(
        "{{\"store_version\":{STORE_VERSION},\"revision\":{},\"saved_at\":{}",
        header.revision,
        text(&header.saved_at)
    );
    let optional = [
        ("name", header.name.as_deref().map(text)),
        ("exported_at", header.exported_at.as_deref().map(text)),
        (
            "exported_revision",
            header.exported_revision.map(|r| r.to_string()),
        ),
        ("taken_at", header.taken_at.as_deref().map(text)),
    ];
    for (key, value) in optional {
        if let Some(value) = value {
            out.push_str(&format!(",\"{key}\":{value}"));
        }
    }
    out.push_str(",\"declaration\":");
    out.push_str(&declaration);
    out.push('}');
    Ok(out)
}

/// JSON text without the whitespace between tokens (strings untouched): the record takes
/// less of the browser's quota than the pretty form.
pub(super) fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\n' | '\r' | '\t') {
            out.push(c);
        }
    }
    out
}
