//! Reading and writing the exchange format (spec §2, §5, §7): [`import`] with its limits,
//! checks and [`ImportError`]s, [`migrate`] of older versions, [`to_json`] for drafts and
//! [`export`] with the integrity hash, [`canonical_sha256`], and the [`file_name`] of an
//! exported file.
//!
//! Import checks, in order: size ([`MAX_BYTES`], before parsing) → not UTF-16 → UTF-8 (a
//! leading BOM is dropped) → JSON (nesting deeper than 128 levels counts as not JSON) → an object →
//! `format` → `schema_version` → migration → integrity (on the object as read, before
//! migration) → the model, where a wrong type reports its path → the [`LIMITS`] of the lists.
//!
//! Keys the model does not know never fail an import. They are returned as
//! [`Imported::extra`] and written back by [`to_json`] and [`export`], so they survive
//! import-then-export. Written files list keys in the order of the specification whatever
//! serde_json's features, and the canonical form sorts them itself.

mod duplicates;
mod error;
mod json;
mod kind;
mod migrate;
#[cfg(test)]
mod tests;

use crate::answers::Group;
use crate::words::Words;
use serde_json::Value;

use crate::model::{Declaration, Generator, Integrity, FORMAT, SCHEMA_VERSION};

pub use error::ImportError;
pub use kind::FileKind;
pub use migrate::migrate;

use json::Ordered;

/// The largest file [`import`] reads: 2 MiB.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// The most subcontractors a file may list. A chain in practice has a handful; 500 leaves
/// room for a large consortium while keeping every page of the app quick to draw.
pub const MAX_SUBCONTRACTORS: usize = 500;

/// The most measures a file may list (the full matrix is 10 layers × 4 phases; 500 is
/// a dozen entries per cell).
pub const MAX_MEASURES: usize = 500;

/// The most storage regions a file may list (Japan has a handful of cloud regions).
pub const MAX_REGIONS: usize = 50;

pub use crate::model::MAX_ADDRESSEES;

/// The lists [`import`] counts, with their limits.
pub const LIMITS: [(Group, usize); 4] = [
    (Group::Subcontractors, MAX_SUBCONTRACTORS),
    (Group::Measures, MAX_MEASURES),
    (Group::Regions, MAX_REGIONS),
    (Group::Addressees, MAX_ADDRESSEES),
];

/// The `generator.name` [`export`] writes.
pub const GENERATOR_NAME: &str = "cloud-subcontract-declaration-form";

/// What the integrity hash of a file says (spec §7). Detects accidental or casual edits; it
/// is not a signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntegrityState {
    /// The file carries no hash (`integrity` missing or `null`): nothing to say.
    Absent,
    /// The hash matches: unchanged since export.
    Match,
    /// The hash does not match, or `integrity` is there without a hash: changed after export.
    Mismatch,
}

impl IntegrityState {
    /// The message in both languages.
    pub fn words(self) -> Words {
        Words::new(self.ja(), self.en())
    }

    /// 「改変なし」 / 「出力後に変更されています」 / 「ハッシュなし（改変の有無を確認できません）」:
    /// the reviewer's words, the same in the reader, the 受付一覧, the print and the workbook.
    fn ja(self) -> &'static str {
        match self {
            IntegrityState::Absent => "ハッシュなし（改変の有無を確認できません）",
            IntegrityState::Match => "改変なし",
            IntegrityState::Mismatch => "出力後に変更されています",
        }
    }

    /// "Unchanged since export" / "Changed after export" / "No hash (whether it was changed
    /// cannot be checked)".
    fn en(self) -> &'static str {
        match self {
            IntegrityState::Absent => "No hash (whether it was changed cannot be checked)",
            IntegrityState::Match => "Unchanged since export",
            IntegrityState::Mismatch => "Changed after export",
        }
    }

    /// The words in the given language.
    pub fn label(self, lang: crate::Lang) -> &'static str {
        lang.pick(self.ja(), self.en())
    }

    /// `absent`, `match` or `mismatch`, as `declaration-check` writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            IntegrityState::Absent => "absent",
            IntegrityState::Match => "match",
            IntegrityState::Mismatch => "mismatch",
        }
    }
}

/// A file read by [`import`].
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The declaration, migrated to the current version.
    pub declaration: Declaration,
    /// The parts of the file the model does not know (always an object; empty when there
    /// are none). Pass it back to [`to_json`] / [`export`] to keep them.
    pub extra: Value,
    /// What the file's integrity hashes say (`sha256`, and `body_sha256` when it has one).
    pub integrity: IntegrityState,
    /// The hash of the file's body ([`body_sha256`]): equal for the files of one declaration
    /// sent to several municipalities (`../shared/spec/addressees.md`).
    pub body_sha256: String,
    /// The `schema_version` the file was migrated from, when it was older.
    pub migrated_from: Option<u64>,
}

/// Reads a declaration file. See the module documentation for the order of the checks.
pub fn import(bytes: &[u8]) -> Result<Imported, ImportError> {
    import_str(decode(bytes)?)
}

/// The text of a file: within [`MAX_BYTES`], not UTF-16, UTF-8.
fn decode(bytes: &[u8]) -> Result<&str, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    // Zero bytes are valid UTF-8 but never JSON, so UTF-16 is named before decoding.
    if looks_utf16(bytes) {
        return Err(ImportError::Utf16);
    }
    std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8)
}

/// The first checks every file of the exchange goes through (a declaration, a review file,
/// a part file), before its own `format`: size, not UTF-16, UTF-8 (a BOM dropped), JSON,
/// no duplicate key, an object. The other formats read their files through this, so their
/// errors are the declaration's, word for word.
pub fn read_object(bytes: &[u8]) -> Result<Value, ImportError> {
    object_of(decode(bytes)?)
}

/// The object a decoded text holds: a BOM dropped, JSON, no duplicate key, an object.
fn object_of(text: &str) -> Result<Value, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: char_column(text, e.line(), e.column()),
    })?;
    if let Some(path) = duplicates::first_duplicate(text) {
        return Err(ImportError::DuplicateKey { path });
    }
    if !value.is_object() {
        return Err(ImportError::NotAnObject);
    }
    Ok(value)
}

/// What an object's `format` is when it is not `expected`: `Some(None)` when it has none,
/// `Some(Some(text))` otherwise (a value that is not a string as its JSON text); `None`
/// when it is `expected`. Every format of the exchange checks its own `format` with this.
pub fn wrong_format(value: &Value, expected: &str) -> Option<Option<String>> {
    match value.get("format") {
        Some(Value::String(f)) if f == expected => None,
        Some(Value::String(f)) => Some(Some(f.clone())),
        Some(other) => Some(Some(other.to_string())),
        None => Some(None),
    }
}

/// The model `T` of an object already migrated, and the keys `T` does not know (an object,
/// empty when none), which [`write_with`] puts back. A wrong type reports its path.
pub fn read_model<T: serde::de::DeserializeOwned + serde::Serialize>(
    value: &Value,
) -> Result<(T, Value), ImportError> {
    let model: T =
        serde_path_to_error::deserialize(value).map_err(ImportError::from_deserialize)?;
    let known = serde_json::to_value(&model).unwrap_or(Value::Null);
    let extra = json::unknown(value, &known).unwrap_or_else(|| Value::Object(Default::default()));
    Ok((model, extra))
}

/// Pretty JSON of `model` in its fields' order, with the unknown keys of `extra` merged back
/// (as [`to_json`] writes a declaration).
pub fn write_with<T: serde::Serialize>(model: &T, extra: &Value) -> String {
    let mut ordered = serde_json::to_string(model)
        .ok()
        .and_then(|text| serde_json::from_str::<Ordered>(&text).ok())
        .unwrap_or(Ordered::Object(Vec::new()));
    json::merge(&mut ordered, extra);
    pretty(&ordered)
}

/// Reads a declaration from text already decoded (the same checks as [`import`], from the
/// size on).
pub fn import_str(text: &str) -> Result<Imported, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let value = object_of(text)?;
    wrong_format(&value, FORMAT).map_or(Ok(()), |found| Err(ImportError::WrongFormat { found }))?;
    let integrity = integrity_of(&value);
    let body_sha256 = body_sha256(&value);
    let (value, migrated_from) = migrate(value)?;
    let declaration: Declaration =
        serde_path_to_error::deserialize(&value).map_err(ImportError::from_deserialize)?;
    for (group, limit) in LIMITS {
        let found = group.len(&declaration);
        if found > limit {
            return Err(ImportError::TooMany {
                group,
                found,
                limit,
            });
        }
    }
    let known = serde_json::to_value(&declaration).unwrap_or(Value::Null);
    let extra = json::unknown(&value, &known).unwrap_or_else(|| Value::Object(Default::default()));
    Ok(Imported {
        declaration,
        extra,
        integrity,
        body_sha256,
        migrated_from,
    })
}

/// Whether bytes that are not UTF-8 are UTF-16: a byte-order mark (`FF FE` or `FE FF`), or
/// a zero byte in every other place among the first bytes, as UTF-16 writes `{` and ASCII.
fn looks_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let head = &bytes[..bytes.len().min(64) & !1];
    if head.len() < 2 {
        return false;
    }
    let zeros = |offset: usize| {
        head.iter()
            .skip(offset)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let pairs = head.len() / 2;
    zeros(0) * 4 >= pairs * 3 || zeros(1) * 4 >= pairs * 3
}

/// The parser counts columns in bytes; people count characters. The 1-based character
/// that holds byte `column` of line `line` (both 1-based).
fn char_column(text: &str, line: usize, column: usize) -> usize {
    let Some(line_text) = text.split('\n').nth(line.saturating_sub(1)) else {
        return column;
    };
    line_text
        .char_indices()
        .take_while(|(i, _)| *i < column)
        .count()
}

/// What the `integrity` of an object as read says about it: its `sha256` must match the
/// whole file, and its `body_sha256`, when there is one, the body ([`body_sha256`]).
fn integrity_of(value: &Value) -> IntegrityState {
    match value.get("integrity") {
        None | Some(Value::Null) => IntegrityState::Absent,
        Some(integrity) => {
            let same = |stated: Option<&Value>, actual: &str| {
                stated
                    .and_then(Value::as_str)
                    .is_some_and(|h| h.trim().eq_ignore_ascii_case(actual))
            };
            let whole = same(integrity.get("sha256"), &canonical_sha256(value));
            let body = match integrity.get("body_sha256") {
                None | Some(Value::Null) => true,
                stated => same(stated, &body_sha256(value)),
            };
            if whole && body {
                IntegrityState::Match
            } else {
                IntegrityState::Mismatch
            }
        }
    }
}

/// The keys of a declaration's file that are not its body (`../shared/spec/addressees.md`,
/// "The files"): which file it is, when it was written, its hashes and its addressee.
const NOT_BODY: [&str; 6] = [
    "id",
    "created_at",
    "updated_at",
    "exported_at",
    "integrity",
    "addressee",
];

/// The answers of `basic` each municipality gives its own way (the addressee's).
const PER_MUNICIPALITY: [&str; 4] = ["municipality", "assessment_title", "pi_file", "item_number"];

/// The canonical hash (spec §7) of a file's body: the file without [`NOT_BODY`] and the
/// per-municipality answers of `basic` ([`PER_MUNICIPALITY`]). Two files with the same body
/// hash are the same declaration sent to different municipalities.
pub fn body_sha256(value: &Value) -> String {
    let mut v = value.clone();
    if let Some(obj) = v.as_object_mut() {
        for key in NOT_BODY {
            obj.remove(key);
        }
        if let Some(basic) = obj.get_mut("basic").and_then(Value::as_object_mut) {
            for key in PER_MUNICIPALITY {
                basic.remove(key);
            }
        }
    }
    canonical_sha256(&v)
}

/// Pretty JSON of a draft: the declaration as it is (its `exported_at` and `integrity`
/// untouched) with the unknown keys of `extra` merged back. `format` and `schema_version`
/// are always written as this crate's.
pub fn to_json(d: &Declaration, extra: &Value) -> String {
    let mut d = d.clone();
    d.format = FORMAT.to_string();
    d.schema_version = SCHEMA_VERSION;
    let ordered = ordered(&d, extra);
    pretty(&ordered)
}

/// Pretty JSON of an exported file: as [`to_json`], with `exported_at` set to
/// `now_rfc3339`, `generator` to this app, and `integrity.sha256` to the hash of the
/// canonical form of the result (spec §7).
pub fn export(
    d: &Declaration,
    extra: &Value,
    now_rfc3339: &str,
    generator_version: &str,
) -> String {
    let mut d = d.clone();
    d.format = FORMAT.to_string();
    d.schema_version = SCHEMA_VERSION;
    d.exported_at = Some(now_rfc3339.to_string());
    d.generator = Some(Generator {
        name: GENERATOR_NAME.to_string(),
        version: generator_version.to_string(),
    });
    d.integrity = Some(Integrity::default());
    let mut ordered = ordered(&d, extra);
    // Hash the value exactly as an importer will read it back: written, then parsed.
    let as_read: Value = serde_json::to_string(&ordered)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null);
    let hash = canonical_sha256(&as_read);
    match ordered.get_mut("integrity") {
        Some(integrity) => {
            // A file that states its body's hash (an addressee's, `addressees.md`) states the
            // body as written now: neither hash covers `integrity`, so one pass does.
            if let Some(body) = integrity.get_mut("body_sha256") {
                *body = Ordered::String(body_sha256(&as_read));
            }
            integrity.set("sha256", Ordered::String(hash))
        }
        None => ordered.set(
            "integrity",
            Ordered::Object(vec![("sha256".to_string(), Ordered::String(hash))]),
        ),
    }
    pretty(&ordered)
}

/// The declaration in the order of the model, with `extra` merged in.
fn ordered(d: &Declaration, extra: &Value) -> Ordered {
    let mut ordered = serde_json::to_string(d)
        .ok()
        .and_then(|text| serde_json::from_str::<Ordered>(&text).ok())
        .unwrap_or(Ordered::Object(Vec::new()));
    json::merge(&mut ordered, extra);
    ordered
}

fn pretty(ordered: &Ordered) -> String {
    let mut text = serde_json::to_string_pretty(ordered).unwrap_or_default();
    text.push('\n');
    text
}

/// Lower-case hex SHA-256 of the canonical form of `value` (spec §7): the object without its
/// top-level `integrity`, every object's keys sorted, no whitespace.
pub fn canonical_sha256(value: &Value) -> String {
    json::sha256_hex(value)
}

/// The canonical hash (spec §7) of a declaration as read, whether or not its file carried
/// one: what a review file names as the version reviewed.
pub fn hash_of(d: &Declaration, extra: &Value) -> String {
    serde_json::from_str::<Value>(&to_json(d, extra))
        .map(|v| canonical_sha256(&v))
        .unwrap_or_default()
}

/// The keys of a declaration's file that say when and by what it was written, not what it
/// says: left out of [`content_sha256`].
const NOT_CONTENT: [&str; 5] = [
    "created_at",
    "updated_at",
    "exported_at",
    "generator",
    "integrity",
];

/// The canonical hash of `value`'s content: as [`canonical_sha256`] with the file's times
/// and generator left out (`created_at`, `updated_at`, `exported_at`, `generator`), so two
/// versions that say the same thing have the same content hash however they were saved.
pub fn content_sha256(value: &Value) -> String {
    let mut v = value.clone();
    if let Some(obj) = v.as_object_mut() {
        for key in NOT_CONTENT {
            obj.remove(key);
        }
    }
    canonical_sha256(&v)
}

/// [`content_sha256`] of a declaration as read.
pub fn content_hash_of(d: &Declaration, extra: &Value) -> String {
    serde_json::from_str::<Value>(&to_json(d, extra))
        .map(|v| content_sha256(&v))
        .unwrap_or_default()
}

/// The longest file name [`file_name`] returns, in characters.
const MAX_NAME_CHARS: usize = 100;

/// The name of the exported file (spec §5): `申告書_<municipality>_<declaration_date>.json`,
/// safe on every common file system. A missing municipality reads 未入力; a missing date is
/// left out. Characters `\ / : * ? " < > |`, control and formatting characters and
/// whitespace become `_` (runs of `_` collapse), and the name stays within 100 characters.
pub fn file_name(d: &Declaration) -> String {
    name_with(d, None)
}

/// The name of a file exported at `exported_at` (spec §5, versions told apart):
/// `申告書_<municipality>_<declaration_date>_<YYYYMMDD-HHMM>.json`, the time in Japan time,
/// so two exports of one declaration never share a name in a Downloads folder. A time that
/// does not read is left out (the name of [`file_name`]).
pub fn exported_file_name(d: &Declaration, exported_at: &str) -> String {
    name_with(d, crate::time::jst_stamp(exported_at).as_deref())
}

fn name_with(d: &Declaration, stamp: Option<&str>) -> String {
    let municipality = match d.addressees.len() {
        // A federation's working file, with its list of addressees.
        0 => d
            .basic
            .municipality
            .as_deref()
            .map(safe)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "未入力".to_string()),
        n => format!("宛先{n}件"),
    };
    let date = d
        .basic
        .declaration_date
        .as_deref()
        .map(safe)
        .filter(|s| !s.is_empty());
    let date_chars = date.as_ref().map_or(0, |s| s.chars().count().min(20) + 1);
    let stamp_chars = stamp.map_or(0, |s| s.chars().count() + 1);
    // 申告書_ (4) + municipality + [_date] + [_stamp] + .json (5)
    let room = MAX_NAME_CHARS - 4 - 5 - date_chars - stamp_chars;
    let mut name = format!(
        "申告書_{}",
        municipality.chars().take(room).collect::<String>()
    );
    if let Some(date) = date {
        name.push('_');
        name.extend(date.chars().take(20));
    }
    if let Some(stamp) = stamp {
        name.push('_');
        name.push_str(stamp);
    }
    name.push_str(".json");
    name
}

/// A part of a file name with unsafe characters replaced and `_` not repeated or at the ends.
pub(crate) fn safe(text: &str) -> String {
    let mut out = String::new();
    for c in text.trim().chars() {
        let unsafe_char = matches!(c, '\\' | '/' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
            || c.is_whitespace()
            || crate::rules::is_invisible(c)
            || matches!(c, '\u{2060}'..='\u{206f}');
        let c = if unsafe_char { '_' } else { c };
        if !(c == '_' && out.ends_with('_')) {
            out.push(c);
        }
    }
    out.trim_matches(|c| c == '_' || c == '.').to_string()
}
