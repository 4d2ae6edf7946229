//! Duplicate keys: a JSON object that names one key twice is refused (RFC 8259 §4 calls the
//! result unpredictable, I-JSON, RFC 7493, forbids it). serde_json keeps the last value, so a
//! file could show one value to a reader and another to this app, and pass the integrity
//! check over the parsed value. [`first_duplicate`] walks the text once and names the first
//! repeated key by its path (`basic.municipality`, `subcontractors[1].name`).

use crate::access::{render, Step};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::collections::HashSet;
use std::fmt;

/// The path of the first key an object of `text` repeats; `None` when there is none (or
/// the text is not JSON, which the parser reports on its own).
pub(super) fn first_duplicate(text: &str) -> Option<String> {
    let mut path = Vec::new();
    let mut found = None;
    let mut de = serde_json::Deserializer::from_str(text);
    let _ = Walk {
        path: &mut path,
        found: &mut found,
    }
    .deserialize(&mut de);
    found
}

/// Walks one value, remembering where it is.
struct Walk<'a> {
    path: &'a mut Vec<Step>,
    found: &'a mut Option<String>,
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let repeated = !seen.insert(key.clone());
            self.path.push(Step::Key(key));
            if repeated {
                *self.found = Some(render(self.path));
                return Err(de::Error::custom("duplicate key"));
            }
            map.next_value_seed(Walk {
                path: &mut *self.path,
                found: &mut *self.found,
            })?;
            self.path.pop();
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0;
        loop {
            self.path.push(Step::Index(i));
            let more = seq.next_element_seed(Walk {
                path: &mut *self.path,
                found: &mut *self.found,
            })?;
            self.path.pop();
            if more.is_none() {
                return Ok(());
            }
            i += 1;
        }
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_repeated_key_is_named_by_its_path() {
        assert_eq!(first_duplicate(r#"{"a":1,"b":{"c":2}}"#), None);
        assert_eq!(first_duplicate(r#"{"a":1,"a":2}"#).as_deref(), Some("a"));
        assert_eq!(
            first_duplicate(r#"{"basic":{"municipality":"偽市","municipality":"津市"}}"#)
                .as_deref(),
            Some("basic.municipality")
        );
        assert_eq!(
            first_duplicate(r#"{"s":[{"id":"x"},{"id":"y","name":1,"name":2}]}"#).as_deref(),
            Some("s[1].name")
        );
        // The same key in two objects is no duplicate.
        assert_eq!(first_duplicate(r#"[{"a":1},{"a":1}]"#), None);
        assert_eq!(first_duplicate("not json"), None);
    }
}
