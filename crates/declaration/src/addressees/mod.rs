//! 宛先 (addressees, `../shared/spec/addressees.md`): one declaration sent to every
//! municipality a federation serves. This module owns what differs per municipality
//! ([`Addressee`]), its 団体コード ([`code`]), reading many rows pasted from Excel ([`paste`])
//! and the file each addressee receives ([`file_for`], [`export`]): the body shared, `basic`'s
//! per-municipality answers its own, its own stable `id`, the `addressee` reference and the
//! body's hash. The draft's list and its pages build on these (issue 33).

pub mod code;
pub mod package;
pub mod paste;

use serde_json::{json, Value};

pub use crate::model::Addressee;
use crate::model::Declaration;

/// The most addressees of one draft (the largest federation, Hokkaido's, serves 179).
pub const MAX: usize = crate::model::MAX_ADDRESSEES;

/// The draft's own per-municipality answers as its first addressee (with `id`), when it has
/// any: what 「宛先を追加」 starts the list with, so nothing typed for one municipality is lost.
pub fn from_basic(d: &Declaration, id: String) -> Option<Addressee> {
    let b = &d.basic;
    let given = |s: &Option<String>| s.as_ref().filter(|s| !s.trim().is_empty()).cloned();
    let a = Addressee {
        id,
        municipality: given(&b.municipality),
        assessment_title: given(&b.assessment_title),
        pi_file: given(&b.pi_file),
        item_number: b.item_number,
        ..Default::default()
    };
    let any = a.municipality.is_some()
        || a.assessment_title.is_some()
        || a.pi_file.is_some()
        || a.item_number.is_some();
    any.then_some(a)
}

/// The declaration addressee `index` of `d`'s list receives, and the keys the model does not
/// carry (its `addressee` reference, to pass to [`crate::io::export`] as `extra`): `d` with
/// that addressee's answers in `basic`, its own `id` and no list.
pub fn file_for(d: &Declaration, index: usize) -> (Declaration, Value) {
    let list = &d.addressees;
    let a = &list[index];
    let mut file = d.clone();
    file.id = Some(a.id.clone());
    file.addressees = Vec::new();
    file.basic.municipality = a.municipality.clone();
    file.basic.assessment_title = a.assessment_title.clone();
    file.basic.pi_file = a.pi_file.clone();
    file.basic.item_number = a.item_number;
    let of = d.id.as_deref().unwrap_or_default();
    let mut reference = json!({ "of": of, "index": index + 1, "count": list.len() });
    if let Some(code) = a
        .municipality_code
        .as_deref()
        .filter(|c| !c.trim().is_empty())
    {
        reference["code"] = Value::from(code);
    }
    (file, json!({ "addressee": reference }))
}

/// The declaration addressee `index` of `d` receives, as it is written: [`file_for`] with
/// the answers of sections that do not apply left out and every answer normalised, as an
/// ordinary export does (`src/draft.rs`).
pub fn shown(d: &Declaration, index: usize) -> (Declaration, Value) {
    let (file, extra) = file_for(d, index);
    let (mut shown, _) = crate::hidden::without_hidden(&file);
    crate::normalize::normalize(&mut shown);
    (shown, extra)
}

/// One addressee's file, exported: its name in the package
/// (`申告書_<municipality>_<date>.json`), its text, and its two hashes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub name: String,
    pub text: String,
    pub sha256: String,
    pub body_sha256: String,
}

/// The file addressee `index` of `d` receives ([`shown`]), exported ([`crate::io::export`])
/// with its body's hash stated beside the whole file's (`integrity.body_sha256`, which the
/// export works out on the file as written, as it does whenever a file states one).
pub fn export(d: &Declaration, index: usize, now_rfc3339: &str, generator_version: &str) -> File {
    let (file, mut extra) = shown(d, index);
    extra["integrity"] = json!({ "body_sha256": "" });
    let text = crate::io::export(&file, &extra, now_rfc3339, generator_version);
    let written = serde_json::from_str::<Value>(&text).unwrap_or_default();
    let hash = |key: &str| {
        written["integrity"][key]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    let (sha256, body) = (hash("sha256"), hash("body_sha256"));
    File {
        name: crate::io::file_name(&file),
        text,
        sha256,
        body_sha256: body,
    }
}

#[cfg(test)]
mod tests;
