//! 宛先 (addressees, `../shared/spec/addressees.md`): one declaration sent to every
//! municipality a federation serves. This module owns what differs per municipality
//! ([`Addressee`]), its 団体コード ([`code`]), reading many rows pasted from Excel ([`paste`])
//! and the file each addressee receives ([`file_for`], [`export`]): the body shared, `basic`'s
//! per-municipality answers its own, its own stable `id`, the `addressee` reference and the
//! body's hash. The draft's list and its pages build on these (issue 33).

pub mod code;
pub mod paste;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::model::Declaration;

/// The most addressees of one draft (the largest federation, Hokkaido's, serves 179).
pub const MAX: usize = 200;

/// One municipality the declaration is sent to: the answers of `basic` each municipality's
/// PIA words its own way, and the id of the file it receives.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Addressee {
    /// The id of this addressee's file: kept across exports, so a city's versions link up
    /// and its review files find their way back.
    #[serde(default)]
    pub id: String,
    /// 地方公共団体名 (`basic.municipality` of its file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    /// 団体コード, optional: six digits, the last a check digit ([`code`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality_code: Option<String>,
    /// 評価書名 (`basic.assessment_title`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment_title: Option<String>,
    /// 特定個人情報ファイル名 (`basic.pi_file`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pi_file: Option<String>,
    /// 委託事項の番号 (`basic.item_number`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_number: Option<i64>,
    /// 宛名, optional: 「伊賀市長 様」, printed on the 書面.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
}

/// The declaration addressee `index` of `list` receives, and the keys the model does not
/// carry (its `addressee` reference, to pass to [`crate::io::export`] as `extra`): `d` with
/// that addressee's answers in `basic` and its own `id`. `of` is the draft's id.
pub fn file_for(
    d: &Declaration,
    list: &[Addressee],
    index: usize,
    of: &str,
) -> (Declaration, Value) {
    let a = &list[index];
    let mut file = d.clone();
    file.id = Some(a.id.clone());
    file.basic.municipality = a.municipality.clone();
    file.basic.assessment_title = a.assessment_title.clone();
    file.basic.pi_file = a.pi_file.clone();
    file.basic.item_number = a.item_number;
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

/// The file addressee `index` of `list` receives, exported ([`crate::io::export`]) with its
/// body's hash stated beside the whole file's (`integrity.body_sha256`). Neither hash covers
/// `integrity`, so the body's is worked out on the file as exported and written in a second
/// pass that changes nothing else.
pub fn export(
    d: &Declaration,
    list: &[Addressee],
    index: usize,
    of: &str,
    now_rfc3339: &str,
    generator_version: &str,
) -> String {
    let (file, mut extra) = file_for(d, list, index, of);
    let first = crate::io::export(&file, &extra, now_rfc3339, generator_version);
    let body = serde_json::from_str::<Value>(&first)
        .map(|v| crate::io::body_sha256(&v))
        .unwrap_or_default();
    extra["integrity"] = json!({ "body_sha256": body });
    crate::io::export(&file, &extra, now_rfc3339, generator_version)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{fixtures, io};

    fn list() -> Vec<Addressee> {
        [("伊賀市", Some("242161"), 5), ("亀山市", None, 3)]
            .into_iter()
            .enumerate()
            .map(|(i, (city, code, item))| Addressee {
                id: format!("file-{i}"),
                municipality: Some(city.into()),
                municipality_code: code.map(str::to_string),
                assessment_title: Some(format!("{city} 国民健康保険に関する事務 全項目評価書")),
                pi_file: Some("国民健康保険情報ファイル".into()),
                item_number: Some(item),
                recipient: Some(format!("{city}長 様")),
            })
            .collect()
    }

    /// Each addressee's file is an ordinary declaration with its own answers and id; the two
    /// state and verify the same body hash, and their whole-file hashes.
    #[test]
    fn each_addressee_gets_its_own_file_with_the_same_body() {
        let d = fixtures::compliant();
        let list = list();
        let texts: Vec<String> = (0..list.len())
            .map(|i| export(&d, &list, i, "draft-1", "2026-12-08T00:00:00Z", "test"))
            .collect();
        let read: Vec<io::Imported> = texts.iter().map(|t| io::import_str(t).unwrap()).collect();
        for (i, r) in read.iter().enumerate() {
            assert_eq!(r.integrity, io::IntegrityState::Match, "{i}");
            assert_eq!(r.declaration.id.as_deref(), Some(list[i].id.as_str()));
            assert_eq!(r.declaration.basic.municipality, list[i].municipality);
            assert_eq!(r.declaration.basic.item_number, list[i].item_number);
            assert_eq!(
                r.declaration.basic.system_name, d.basic.system_name,
                "the body is shared"
            );
        }
        assert_eq!(read[0].body_sha256, read[1].body_sha256);
        let value: Value = serde_json::from_str(&texts[0]).unwrap();
        assert_eq!(
            value["integrity"]["body_sha256"],
            read[0].body_sha256.as_str()
        );
        assert_eq!(
            value["addressee"],
            json!({ "of": "draft-1", "index": 1, "count": 2, "code": "242161" })
        );
        let second: Value = serde_json::from_str(&texts[1]).unwrap();
        assert_eq!(
            second["addressee"],
            json!({ "of": "draft-1", "index": 2, "count": 2 })
        );
    }

    /// A declaration exported as today states no body hash and no addressee.
    #[test]
    fn an_ordinary_export_states_no_body_hash() {
        let text = io::export(
            &fixtures::compliant(),
            &json!({}),
            "2026-12-08T00:00:00Z",
            "test",
        );
        let value: Value = serde_json::from_str(&text).unwrap();
        assert!(value["integrity"].get("body_sha256").is_none());
        assert!(value.get("addressee").is_none());
    }
}
