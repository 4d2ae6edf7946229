//! Reading and writing one answer of a [`Declaration`] by its *path*, the string the form
//! binds each control to: `basic.declarant.email`, `subcontractors[1].confidentiality.date`,
//! `measures[0].in_transit.min_tls`, `responsibility.matrix[4].owner`,
//! `cloud.data_location.regions[2].country` — the same paths [`crate::Issue::path`] and
//! [`crate::fields`] use.
//!
//! The declaration is read and written through its JSON form (spec §2), so a path is
//! exactly the key sequence of the exchange format. Writing is all or nothing: when the
//! result would not be a declaration (a choice that does not exist, a text where a number
//! belongs, a key the format does not have), [`set`] returns an [`AccessError`] and the
//! declaration is left unchanged.
//!
//! Entries of the lists are created with [`push_default`] (or the functions of
//! [`crate::tree`]); [`set`] never creates them, only the objects on the way to an answer.

mod error;
#[cfg(test)]
mod tests;
mod walk;

use serde::{de::DeserializeOwned, Serialize};
use serde_json::{Map, Value};

use crate::fields::{self, Shape};
use crate::lists;
use crate::matrix;
use crate::model::{Declaration, MatrixRow, Measure, Owner, Subcontractor};
use crate::normalize::text::to_half_width;

pub use error::AccessError;
pub(crate) use walk::rewrite_strings;
pub use walk::Answers;

/// One step of a path: a key of an object or an index into a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    Key(String),
    Index(usize),
}

/// Splits `a.b[1].c` into its steps. Keys are ASCII letters, digits and `_`; every key but
/// none of the dots may be followed by any number of `[n]`.
fn parse(path: &str) -> Result<Vec<Step>, AccessError> {
    let bad = || AccessError::BadPath {
        path: path.to_string(),
    };
    let mut steps = Vec::new();
    for piece in path.split('.') {
        let (key, mut rest) = piece.split_at(piece.find('[').unwrap_or(piece.len()));
        if key.is_empty() || !key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            return Err(bad());
        }
        steps.push(Step::Key(key.to_string()));
        while !rest.is_empty() {
            let inner = rest.strip_prefix('[').ok_or_else(bad)?;
            let (digits, after) = inner.split_once(']').ok_or_else(bad)?;
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            steps.push(Step::Index(digits.parse().map_err(|_| bad())?));
            rest = after;
        }
    }
    Ok(steps)
}

/// The JSON form of the declaration. Serialising the model cannot fail (no map has a
/// non-string key); should it ever, the answer reads as absent.
fn to_json(d: &Declaration) -> Value {
    serde_json::to_value(d).unwrap_or(Value::Null)
}

/// The value at `steps` below `v`; `null` counts as absent.
fn lookup<'a>(v: &'a Value, steps: &[Step]) -> Option<&'a Value> {
    steps
        .iter()
        .try_fold(v, |v, step| match step {
            Step::Key(k) => v.as_object()?.get(k),
            Step::Index(i) => v.as_array()?.get(*i),
        })
        .filter(|v| !v.is_null())
}

/// The answer at `path` as JSON, or `None` when it is absent or the path is malformed. A
/// group (`cloud`, `subcontractors[0]`) comes back as an object, a list as an array.
pub fn get(d: &Declaration, path: &str) -> Option<Value> {
    let steps = parse(path).ok()?;
    let (part, rest) = part_json(d, &steps);
    lookup(&part, rest).cloned()
}

/// The JSON of the smallest part of `d` that holds `steps`, with the steps left to take
/// in it: one entry of a list, one section, or (for the top-level keys) the whole. Reading
/// an answer so costs the size of its entry, not of the declaration, which keeps the pages
/// that read every answer of every entry (the review, the printed document) linear.
fn part_json<'a>(d: &Declaration, steps: &'a [Step]) -> (Value, &'a [Step]) {
    let json = |v: Result<Value, serde_json::Error>| v.unwrap_or(Value::Null);
    let (Some(Step::Key(first)), rest) = (steps.first(), steps.get(1..).unwrap_or_default()) else {
        return (to_json(d), steps);
    };
    let entry = |i: Option<&Step>| match i {
        Some(Step::Index(i)) => Some(*i),
        _ => None,
    };
    match first.as_str() {
        "subcontractors" => match entry(rest.first()) {
            Some(i) => (
                json(serde_json::to_value(d.subcontractors.get(i))),
                &rest[1..],
            ),
            None => (json(serde_json::to_value(&d.subcontractors)), rest),
        },
        "measures" => match entry(rest.first()) {
            Some(i) => (json(serde_json::to_value(d.measures.get(i))), &rest[1..]),
            None => (json(serde_json::to_value(&d.measures)), rest),
        },
        "basic" => (json(serde_json::to_value(&d.basic)), rest),
        "entrustment" => (json(serde_json::to_value(&d.entrustment)), rest),
        "cloud" => (json(serde_json::to_value(&d.cloud)), rest),
        "responsibility" => (json(serde_json::to_value(&d.responsibility)), rest),
        "attestation" => (json(serde_json::to_value(&d.attestation)), rest),
        _ => (to_json(d), steps),
    }
}

/// The answer at `path` as the text a control shows: a string as it is, a number in
/// decimal, a yes/no as `true` / `false`; `""` when absent (or when `path` names a group).
pub fn get_text(d: &Declaration, path: &str) -> String {
    match get(d, path) {
        Some(Value::String(s)) => s,
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// The yes/no answer at `path`; `None` when it is absent or not a yes/no.
pub fn get_bool(d: &Declaration, path: &str) -> Option<bool> {
    get(d, path).and_then(|v| v.as_bool())
}

/// The slot `step` names below `v`, creating `v` as an object (and the key as `null`) when
/// it is missing. Lists are never created or extended.
fn slot<'a>(v: &'a mut Value, step: &Step, steps: &[Step]) -> Result<&'a mut Value, AccessError> {
    match step {
        Step::Key(k) => {
            if v.is_null() {
                *v = Value::Object(Map::new());
            }
            match v {
                Value::Object(map) => Ok(map.entry(k.clone()).or_insert(Value::Null)),
                _ => Err(AccessError::UnknownPath {
                    path: render(steps),
                }),
            }
        }
        Step::Index(i) => {
            let len = v.as_array().map_or(0, Vec::len);
            if v.is_array() && *i < len {
                Ok(&mut v.as_array_mut().expect("an array")[*i])
            } else if v.is_null() || v.is_array() {
                let list_steps = &steps[..steps.len() - 1];
                Err(AccessError::NoSuchEntry {
                    list: render(list_steps),
                    index: *i,
                })
            } else {
                Err(AccessError::UnknownPath {
                    path: render(steps),
                })
            }
        }
    }
}

/// The path of `steps`, as written (`subcontractors[1].name`).
pub(crate) fn render(steps: &[Step]) -> String {
    let mut out = String::new();
    for step in steps {
        match step {
            Step::Key(k) if out.is_empty() => out.push_str(k),
            Step::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// Sets the answer at `path` to `value`.
///
/// Missing objects on the way are created (`cloud.certifications.iso27017.held` while
/// `cloud` is absent); list entries must exist ([`AccessError::NoSuchEntry`] otherwise).
/// `Value::Null` removes the answer (it becomes `None`; nothing is created for it), but not
/// a list entry (see [`crate::tree`] for removing those). When
/// the result is not a declaration ([`AccessError::Invalid`]) or the path names no answer
/// of the format ([`AccessError::UnknownPath`]), `d` is left unchanged.
pub fn set(d: &mut Declaration, path: &str, value: Value) -> Result<(), AccessError> {
    let steps = parse(path)?;
    // An answer inside an existing entry is set in that entry alone, so typing into one of
    // 500 subcontractors costs the size of one.
    if let [Step::Key(list), Step::Index(i), _, ..] = steps.as_slice() {
        match list.as_str() {
            "subcontractors" if *i < d.subcontractors.len() => {
                return set_within(&mut d.subcontractors[*i], &steps, 2, path, value);
            }
            "measures" if *i < d.measures.len() => {
                return set_within(&mut d.measures[*i], &steps, 2, path, value);
            }
            _ => {}
        }
    }
    set_within(d, &steps, 0, path, value)
}

/// [`set`] inside `part`, which `steps[..skip]` leads to; errors name the whole path.
fn set_within<T: Serialize + DeserializeOwned>(
    part: &mut T,
    steps: &[Step],
    skip: usize,
    path: &str,
    value: Value,
) -> Result<(), AccessError> {
    let (last, parents) = steps.split_last().expect("a path has a step");
    let mut root = serde_json::to_value(&*part).unwrap_or(Value::Null);
    let removing = value.is_null();
    // An empty list is written as an absent key, so it cannot be read back to check.
    let check = !removing && value.as_array().is_none_or(|a| !a.is_empty());
    if removing {
        let Some(parent) = lookup_mut(&mut root, &parents[skip..]) else {
            return Ok(());
        };
        match (last, parent) {
            (Step::Key(k), Value::Object(map)) => {
                if map.remove(k).is_none() {
                    return Ok(());
                }
            }
            (Step::Index(i), Value::Array(list)) if *i < list.len() => {
                return Err(AccessError::Invalid {
                    path: path.to_string(),
                    detail: "entries are removed with the functions of crate::tree".into(),
                })
            }
            (Step::Index(i), Value::Array(_)) => {
                return Err(AccessError::NoSuchEntry {
                    list: render(parents),
                    index: *i,
                })
            }
            _ => return Ok(()),
        }
    } else {
        let mut at = &mut root;
        for (n, step) in steps.iter().enumerate().skip(skip) {
            at = slot(at, step, &steps[..=n])?;
        }
        *at = value;
    }
    let new: T = serde_json::from_value(root).map_err(|e| AccessError::Invalid {
        path: path.to_string(),
        detail: e.to_string(),
    })?;
    if check
        && lookup(
            &serde_json::to_value(&new).unwrap_or(Value::Null),
            &steps[skip..],
        )
        .is_none()
    {
        return Err(AccessError::UnknownPath {
            path: path.to_string(),
        });
    }
    *part = new;
    Ok(())
}

/// The value at `steps`, for changing it; `None` when something on the way is missing.
fn lookup_mut<'a>(v: &'a mut Value, steps: &[Step]) -> Option<&'a mut Value> {
    steps.iter().try_fold(v, |v, step| match step {
        Step::Key(k) => v.as_object_mut()?.get_mut(k),
        Step::Index(i) => v.as_array_mut()?.get_mut(*i),
    })
}

/// Sets the answer at `path` from the text of a control, as typed:
///
/// - an empty text removes the answer (`None`) — except that an answer that is already
///   `""` stays `""`, so an imported file round-trips;
/// - a number field (`basic.item_number`) takes a whole number, full-width digits allowed
///   (`５` → 5), spaces around it ignored; anything else is
///   [`AccessError::NotAWholeNumber`] (the form keeps the raw text and shows the message);
/// - a yes/no or check field takes `true` / `false`;
/// - everything else is stored as the string typed (choices by their exchange-format value).
pub fn set_text(d: &mut Declaration, path: &str, text: &str) -> Result<(), AccessError> {
    parse(path)?;
    if text.is_empty() {
        if get(d, path).is_some_and(|v| v.as_str() == Some("")) {
            return Ok(());
        }
        return set(d, path, Value::Null);
    }
    let value = match fields::field(path).map(|f| f.control.shape()) {
        Some(Shape::Number) => match whole_number(text) {
            Some(None) => Value::Null,
            Some(Some(n)) => Value::from(n),
            None => {
                return Err(AccessError::NotAWholeNumber {
                    path: path.to_string(),
                })
            }
        },
        Some(Shape::YesNo | Shape::Check) => match text {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => {
                return Err(AccessError::Invalid {
                    path: path.to_string(),
                    detail: format!("expected true or false, got {text:?}"),
                })
            }
        },
        Some(Shape::Text | Shape::Date | Shape::Choice | Shape::Parent | Shape::Group) | None => {
            Value::String(text.to_string())
        }
    };
    set(d, path, value)
}

/// A typed whole number: `Some(None)` when only spaces were typed, `Some(Some(n))` for an
/// optionally signed run of (full- or half-width) digits, `None` otherwise.
fn whole_number(text: &str) -> Option<Option<i64>> {
    let half = to_half_width(text);
    let t = half.trim();
    if t.is_empty() {
        return Some(None);
    }
    let digits = t.strip_prefix('-').unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok().map(Some)
}

/// The lists entries can be added to with [`push_default`].
pub const LISTS: [&str; 4] = [
    "subcontractors",
    "cloud.data_location.regions",
    "responsibility.matrix",
    "measures",
];

/// Appends an empty entry to one of the [`LISTS`] and returns its index, creating the
/// objects on the way (`cloud`, `cloud.data_location`, `responsibility`).
///
/// Subcontractors and measures get a fresh id (`sub-N`, `m-N`, see [`lists::new_id`]) and
/// nothing else; a region is empty; a matrix row needs a layer and an owner, so it takes the
/// first layer the matrix lacks ([`matrix::missing_layers`]) owned by the customer —
/// [`AccessError::MatrixFull`] when none is missing. The form adds subcontractors under a
/// parent with [`lists::add_subcontractor`].
pub fn push_default(d: &mut Declaration, list_path: &str) -> Result<usize, AccessError> {
    match list_path {
        "subcontractors" => {
            let id = lists::new_subcontractor_id(d);
            d.subcontractors.push(Subcontractor {
                id,
                ..Default::default()
            });
            Ok(d.subcontractors.len() - 1)
        }
        "measures" => {
            let id = lists::new_measure_id(d);
            d.measures.push(Measure {
                id,
                ..Default::default()
            });
            Ok(d.measures.len() - 1)
        }
        "cloud.data_location.regions" => Ok(lists::add_region(d)),
        "responsibility.matrix" => {
            let current = d.responsibility.as_ref().map_or(&[][..], |r| &r.matrix[..]);
            let layer = *matrix::missing_layers(current)
                .first()
                .ok_or(AccessError::MatrixFull)?;
            let rows = &mut d.responsibility.get_or_insert_with(Default::default).matrix;
            rows.push(MatrixRow {
                layer,
                owner: Owner::Customer,
            });
            Ok(rows.len() - 1)
        }
        _ => Err(AccessError::NotAList {
            path: list_path.to_string(),
        }),
    }
}

/// The number of entries of one of the [`LISTS`] (0 when absent or not a list).
pub fn len(d: &Declaration, list_path: &str) -> usize {
    get(d, list_path)
        .and_then(|v| v.as_array().map(Vec::len))
        .unwrap_or(0)
}
