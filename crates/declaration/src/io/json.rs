//! JSON plumbing of import and export, independent of serde_json's `preserve_order` feature:
//! an order-keeping value ([`Ordered`]) so written files list keys in the order of the
//! specification, the canonical form and its SHA-256 (spec §7), and the unknown keys of a
//! file ([`unknown`]) with their merge back on output ([`merge`]).

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::{Map, Number, Value};
use sha2::{Digest, Sha256};

/// The key under which serde_json's `arbitrary_precision` passes a number's text.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// A JSON value whose objects keep their keys in the order they were written.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Ordered {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Ordered>),
    Object(Vec<(String, Ordered)>),
}

impl Ordered {
    /// The value in serde_json's form; `sorted` sorts every object's keys (by UTF-8 bytes,
    /// which is Unicode code point order).
    pub(super) fn from_value(value: &Value, sorted: bool) -> Ordered {
        match value {
            Value::Null => Ordered::Null,
            Value::Bool(b) => Ordered::Bool(*b),
            Value::Number(n) => Ordered::Number(n.clone()),
            Value::String(s) => Ordered::String(s.clone()),
            Value::Array(items) => Ordered::Array(
                items
                    .iter()
                    .map(|v| Ordered::from_value(v, sorted))
                    .collect(),
            ),
            Value::Object(map) => {
                let mut entries: Vec<(String, Ordered)> = map
                    .iter()
                    .map(|(k, v)| (k.clone(), Ordered::from_value(v, sorted)))
                    .collect();
                if sorted {
                    entries.sort_by(|a, b| a.0.cmp(&b.0));
                }
                Ordered::Object(entries)
            }
        }
    }

    /// The entry of an object with this key.
    pub(super) fn get_mut(&mut self, key: &str) -> Option<&mut Ordered> {
        match self {
            Ordered::Object(entries) => entries.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Sets (or appends) a key of an object; does nothing to other values.
    pub(super) fn set(&mut self, key: &str, value: Ordered) {
        if let Ordered::Object(entries) = self {
            match entries.iter_mut().find(|(k, _)| k == key) {
                Some((_, v)) => *v = value,
                None => entries.push((key.to_string(), value)),
            }
        }
    }
}

impl Serialize for Ordered {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Ordered::Null => s.serialize_unit(),
            Ordered::Bool(b) => s.serialize_bool(*b),
            Ordered::Number(n) => n.serialize(s),
            Ordered::String(text) => s.serialize_str(text),
            Ordered::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Ordered::Object(entries) => {
                let mut map = s.serialize_map(Some(entries.len()))?;
                for (k, v) in entries {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Ordered {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Ordered, D::Error> {
        struct OrderedVisitor;
        impl<'de> Visitor<'de> for OrderedVisitor {
            type Value = Ordered;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_bool<E>(self, b: bool) -> Result<Ordered, E> {
                Ok(Ordered::Bool(b))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Ordered, E> {
                Ok(Ordered::Number(n.into()))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Ordered, E> {
                Ok(Ordered::Number(n.into()))
            }
            fn visit_f64<E>(self, n: f64) -> Result<Ordered, E> {
                Ok(Number::from_f64(n).map_or(Ordered::Null, Ordered::Number))
            }
            fn visit_str<E>(self, s: &str) -> Result<Ordered, E> {
                Ok(Ordered::String(s.to_string()))
            }
            fn visit_string<E>(self, s: String) -> Result<Ordered, E> {
                Ok(Ordered::String(s))
            }
            fn visit_unit<E>(self) -> Result<Ordered, E> {
                Ok(Ordered::Null)
            }
            fn visit_none<E>(self) -> Result<Ordered, E> {
                Ok(Ordered::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Ordered, D::Error> {
                Ordered::deserialize(d)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Ordered, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Ordered::Array(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ordered, A::Error> {
                let mut entries: Vec<(String, Ordered)> = Vec::new();
                // serde_json keeps numbers exactly (`arbitrary_precision`) by handing them
                // over as a map of one private key holding the number's text.
                let Some(first) = map.next_key::<String>()? else {
                    return Ok(Ordered::Object(entries));
                };
                if first == NUMBER_TOKEN {
                    let text: String = map.next_value()?;
                    return text
                        .parse::<Number>()
                        .map(Ordered::Number)
                        .map_err(serde::de::Error::custom);
                }
                entries.push((first, map.next_value()?));
                while let Some((k, v)) = map.next_entry::<String, Ordered>()? {
                    match entries.iter_mut().find(|(key, _)| *key == k) {
                        Some(entry) => entry.1 = v,
                        None => entries.push((k, v)),
                    }
                }
                Ok(Ordered::Object(entries))
            }
        }
        d.deserialize_any(OrderedVisitor)
    }
}

/// The canonical form of spec §7: the value without its top-level `integrity`, every
/// object's keys sorted, no whitespace.
pub(super) fn canonical(value: &Value) -> String {
    let ordered = match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Ordered)> = map
                .iter()
                .filter(|(k, _)| k.as_str() != "integrity")
                .map(|(k, v)| (k.clone(), Ordered::from_value(v, true)))
                .collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Ordered::Object(entries)
        }
        other => Ordered::from_value(other, true),
    };
    serde_json::to_string(&ordered).unwrap_or_default()
}

/// Lower-case hex SHA-256 of the canonical form.
pub(super) fn sha256_hex(value: &Value) -> String {
    let digest = Sha256::digest(canonical(value).as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The parts of `input` that `known` (the model written back) does not have: keys absent
/// from `known`, recursively through objects; arrays element by element, where an element
/// with nothing unknown is `null` and an element object keeps the model's `id` beside its
/// unknown keys so that [`merge`] can find it again after entries were added or removed.
/// Values that exist in both are the model's and are not kept, nor are answers of the
/// model that it left out (`"cloud": null`, `"measures": []`). `None` when nothing is
/// unknown.
pub(super) fn unknown(input: &Value, known: &Value) -> Option<Value> {
    unknown_at(input, known, &mut String::new())
}

/// `key` is the registry key of `input` (`subcontractors[].confidentiality`).
fn unknown_at(input: &Value, known: &Value, key: &mut String) -> Option<Value> {
    match (input, known) {
        (Value::Object(inp), Value::Object(kn)) => {
            let mut out = Map::new();
            for (k, v) in inp {
                let len = key.len();
                if !key.is_empty() {
                    key.push('.');
                }
                key.push_str(k);
                match kn.get(k) {
                    None if is_model_key(key) => {}
                    None => {
                        out.insert(k.clone(), v.clone());
                    }
                    Some(kv) => {
                        if let Some(d) = unknown_at(v, kv, key) {
                            out.insert(k.clone(), d);
                        }
                    }
                }
                key.truncate(len);
            }
            (!out.is_empty()).then_some(Value::Object(out))
        }
        (Value::Array(inp), Value::Array(kn)) => {
            key.push_str("[]");
            let mut out: Vec<Value> = inp
                .iter()
                .enumerate()
                .map(|(i, v)| match kn.get(i) {
                    None => v.clone(),
                    Some(kv) => match unknown_at(v, kv, key) {
                        Some(Value::Object(mut d)) => {
                            if let Some(Value::String(id)) = kv.get("id") {
                                d.insert("id".to_string(), Value::String(id.clone()));
                            }
                            Value::Object(d)
                        }
                        Some(d) => d,
                        None => Value::Null,
                    },
                })
                .collect();
            key.truncate(key.len() - 2);
            while out.last() == Some(&Value::Null) {
                out.pop();
            }
            (!out.is_empty()).then_some(Value::Array(out))
        }
        _ => None,
    }
}

/// Puts the unknown parts found by [`unknown`] back into a value written from the model.
/// The model's values win; unknown keys are appended after the known ones. Array elements
/// that carry an `id` go to the element with that id (and are dropped when it is gone);
/// others go by position. Unknown keys that lived inside an answer of the model that is no
/// longer there (a section left out, an optional group cleared) are dropped with it.
pub(super) fn merge(base: &mut Ordered, extra: &Value) {
    merge_at(base, extra, &mut String::new());
}

/// `key` is the registry key of `base` (`subcontractors[].confidentiality`).
fn merge_at(base: &mut Ordered, extra: &Value, key: &mut String) {
    match (base, extra) {
        (Ordered::Object(entries), Value::Object(extra)) => {
            for (k, v) in extra {
                let len = key.len();
                if !key.is_empty() {
                    key.push('.');
                }
                key.push_str(k);
                match entries.iter_mut().find(|(name, _)| name == k) {
                    Some((_, existing)) => merge_at(existing, v, key),
                    None if is_model_key(key) => {}
                    None => entries.push((k.clone(), Ordered::from_value(v, false))),
                }
                key.truncate(len);
            }
        }
        (Ordered::Array(items), Value::Array(extra)) => {
            key.push_str("[]");
            for (i, v) in extra.iter().enumerate() {
                if v.is_null() {
                    continue;
                }
                // Entries are matched by their `id` where the model's entries carry one
                // (subcontractors, measures); elsewhere an `id` is a key the model does not
                // know, kept like any other, and the entry is matched by its place.
                let ids_in_model = items.iter().any(|item| {
                    matches!(item, Ordered::Object(entries) if entries.iter().any(|(k, _)| k == "id"))
                });
                let target = match v.get("id").and_then(Value::as_str).filter(|_| ids_in_model) {
                    Some(id) => {
                        let has_id = |item: &Ordered| match item {
                            Ordered::Object(entries) => entries.iter().any(|(k, val)| {
                                k == "id" && matches!(val, Ordered::String(s) if s == id)
                            }),
                            _ => false,
                        };
                        match items.get(i).filter(|item| has_id(item)) {
                            Some(_) => Some(i),
                            None => items.iter().position(has_id),
                        }
                    }
                    None => (i < items.len()).then_some(i),
                };
                if let Some(t) = target {
                    merge_at(&mut items[t], v, key);
                }
            }
            key.truncate(key.len() - 2);
        }
        _ => {}
    }
}

/// Whether a registry key names an answer of the model or a group of answers (rather than
/// a key the model does not know).
fn is_model_key(key: &str) -> bool {
    crate::fields::FIELDS.iter().any(|f| {
        f.key == key
            || f.key
                .strip_prefix(key)
                .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_into_an_ordered_value_stay_numbers() {
        let text = "[5,-1,1.000,12345678901234567890123]";
        let ordered: Ordered = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::to_string(&ordered).unwrap(), text);
    }
}
