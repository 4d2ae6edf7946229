//! Upgrading files of an older `schema_version`, one version at a time, to
//! [`SCHEMA_VERSION`].
//!
//! ## Versions
//!
//! - **1** — the format of spec §2 (current).
//! - **0** — the pre-release draft format. It differs from version 1 in three places:
//!   - `entrustment.handler_count` and `subcontractors[].handler_count` hold the Japanese
//!     words (`"10人未満"`, `"10人以上50人未満"`, …, `"1,000人以上"`) instead of the codes
//!     (`"under_10"`, `"10_to_49"`, …, `"1000_or_more"`);
//!   - `measures[].category` `"os"` is now `"os_middleware_vulnerability"`;
//!   - `"schema_version": 0`.
//!
//!   A value that version 0 did not define either is left as it is, so that reading it
//!   reports the place of the wrong value.
//!
//! To add version N+1: raise `model::SCHEMA_VERSION`, write `vN_to_vN1` and append it to
//! [`STEPS`] (the array's length is checked against `SCHEMA_VERSION` at compile time).

use serde_json::{Map, Value};

use super::ImportError;
use crate::model::{HandlerCount, SCHEMA_VERSION};

type Step = fn(&mut Map<String, Value>);

/// `STEPS[n]` upgrades version `n` to `n + 1`.
const STEPS: [Step; SCHEMA_VERSION as usize] = [v0_to_v1];

/// Upgrades an object of an older `schema_version` step by step to [`SCHEMA_VERSION`].
/// Returns the upgraded object and the version it was upgraded from (`None` when it was
/// already current).
///
/// Errors: [`ImportError::NotAnObject`], [`ImportError::BadVersion`] when `schema_version` is
/// missing or not a whole number ≥ 0, [`ImportError::NewerVersion`].
pub fn migrate(mut value: Value) -> Result<(Value, Option<u64>), ImportError> {
    let obj = value.as_object_mut().ok_or(ImportError::NotAnObject)?;
    let found = obj
        .get("schema_version")
        .and_then(Value::as_u64)
        .ok_or(ImportError::BadVersion)?;
    let current = u64::from(SCHEMA_VERSION);
    if found > current {
        return Err(ImportError::NewerVersion { found });
    }
    for version in found..current {
        STEPS[version as usize](obj);
        obj.insert("schema_version".to_string(), Value::from(version + 1));
    }
    Ok((value, (found < current).then_some(found)))
}

/// Version 0 → 1: handler counts as codes, the category `os` renamed.
fn v0_to_v1(obj: &mut Map<String, Value>) {
    if let Some(Value::Object(entrustment)) = obj.get_mut("entrustment") {
        handler_count_code(entrustment);
    }
    if let Some(Value::Array(subs)) = obj.get_mut("subcontractors") {
        for sub in subs.iter_mut().filter_map(Value::as_object_mut) {
            handler_count_code(sub);
        }
    }
    if let Some(Value::Array(measures)) = obj.get_mut("measures") {
        for measure in measures.iter_mut().filter_map(Value::as_object_mut) {
            if measure.get("category").and_then(Value::as_str) == Some("os") {
                measure.insert(
                    "category".to_string(),
                    Value::from("os_middleware_vulnerability"),
                );
            }
        }
    }
}

/// Replaces the Japanese words of `handler_count` by the code, when they are one of the six.
fn handler_count_code(obj: &mut Map<String, Value>) {
    let Some(Value::String(words)) = obj.get("handler_count") else {
        return;
    };
    // Digits and commas may have been typed full-width; spaces and commas carry no meaning.
    let plain: String = words
        .chars()
        .filter_map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
            ',' | '，' | '、' => None,
            c if c.is_whitespace() => None,
            c => Some(c),
        })
        .collect();
    let code = match plain.as_str() {
        "10人未満" => HandlerCount::Under10,
        "10人以上50人未満" => HandlerCount::From10To49,
        "50人以上100人未満" => HandlerCount::From50To99,
        "100人以上500人未満" => HandlerCount::From100To499,
        "500人以上1000人未満" => HandlerCount::From500To999,
        "1000人以上" => HandlerCount::Over1000,
        _ => return,
    };
    obj.insert("handler_count".to_string(), Value::from(code.as_str()));
}
