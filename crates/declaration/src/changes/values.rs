//! How an answer reads in the change list (変更前の記載 / 変更後の記載): a choice by its words
//! ([`crate::fields::choices`], the [`crate::fields::Labelled`] words), a yes/no as
//! はい / いいえ, a date in the Japanese era ([`crate::era`]; Gregorian in English), a
//! subcontractor's 委託元 by its name, a list joined with 「、」, a text as written (without
//! the spaces around it). Also which answers count as absent and as the same.

use crate::answers;
use serde_json::Value;

use crate::era::{long_date, DateStyle};
use crate::fields::{self, Lang, Shape};
use crate::model::CONTRACTOR_PARENT;
use crate::words::{choice, yes_no, Words};

/// The answer at `rel` (keys joined by dots) below `v`; `null`, blank text and an empty list
/// count as absent (記載なし).
pub(super) fn raw<'a>(v: &'a Value, rel: &str) -> Option<&'a Value> {
    let found = rel
        .split('.')
        .try_fold(v, |v, key| v.as_object()?.get(key))?;
    match found {
        Value::Null => None,
        Value::String(s) if s.trim().is_empty() => None,
        Value::Array(a) if a.is_empty() => None,
        other => Some(other),
    }
}

/// Removes the answer at `path` (`measures[2].at_rest.algorithm`) from `root`, when it is
/// there.
pub(super) fn remove(root: &mut Value, path: &str) {
    let mut steps: Vec<&str> = path.split(['.', '[']).collect();
    let Some(last) = steps.pop() else { return };
    let mut at = root;
    for step in steps {
        let next = match step.strip_suffix(']').and_then(|n| n.parse::<usize>().ok()) {
            Some(i) => at.as_array_mut().and_then(|a| a.get_mut(i)),
            None => at.as_object_mut().and_then(|o| o.get_mut(step)),
        };
        match next {
            Some(v) => at = v,
            None => return,
        }
    }
    if let Some(o) = at.as_object_mut() {
        o.remove(last);
    }
}

/// Whether two answers read the same: texts are compared without the spaces around them.
pub(super) fn same(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a, b) {
        (Some(Value::String(x)), Some(Value::String(y))) => x.trim() == y.trim(),
        _ => a == b,
    }
}

/// Answer `v` of the field `key` (a registry key or path) as a reader sees it. `root` is the
/// whole version, where a `parent` finds the name it refers to.
pub(super) fn show(key: &str, v: &Value, root: &Value) -> Words {
    let control = fields::field(key).map(|f| f.control.shape());
    match v {
        Value::Bool(b) => yes_no(*b),
        Value::Number(n) => Words::same(n.to_string()),
        Value::String(s) => {
            let s = s.trim();
            match control {
                Some(Shape::Date) => Words::new(
                    long_date(s, Lang::Ja, DateStyle::Era),
                    long_date(s, Lang::En, DateStyle::Gregorian),
                ),
                Some(Shape::Parent) => parent(s, root),
                Some(Shape::Choice) => choice(key, s),
                Some(Shape::Text | Shape::Number | Shape::YesNo | Shape::Check | Shape::Group)
                | None => Words::same(crate::words::isolated(s)),
            }
        }
        Value::Array(items) => join(items.iter().map(|i| show(key, i, root)), "、", ", "),
        Value::Object(_) | Value::Null => Words::same(v.to_string()),
    }
}

/// Pieces joined with `ja` in Japanese and `en` in English.
pub(super) fn join(pieces: impl IntoIterator<Item = Words>, ja: &str, en: &str) -> Words {
    let (ja_parts, en_parts): (Vec<String>, Vec<String>) =
        pieces.into_iter().map(|w| (w.ja, w.en)).unzip();
    Words::new(ja_parts.join(ja), en_parts.join(en))
}

/// Who a `parent` names, in the words of the form's choices: 「委託先：三重県国保連合会」,
/// a subcontractor's name (「再委託先N」 while it has none), or the id itself when no entry
/// carries it.
fn parent(id: &str, root: &Value) -> Words {
    fn name_at(v: &Value) -> Option<&str> {
        raw(v, "name").and_then(Value::as_str).map(str::trim)
    }
    if id == CONTRACTOR_PARENT {
        let name = raw(root, "entrustment.contractor").and_then(name_at);
        return answers::contractor_named(name);
    }
    let subs = root.get("subcontractors").and_then(Value::as_array);
    let found = subs.and_then(|subs| {
        subs.iter()
            .position(|s| s.get("id").and_then(Value::as_str) == Some(id))
            .map(|i| (i, &subs[i]))
    });
    match found {
        Some((i, s)) => match name_at(s) {
            Some(name) => Words::same(crate::words::isolated(name)),
            None => answers::entry_label(answers::Group::Subcontractors, i),
        },
        None => Words::same(crate::words::isolated(id)),
    }
}
