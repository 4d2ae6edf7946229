//! Every answer of a registry key in one declaration, for the code that walks the registry
//! instead of keeping its own list of fields ([`crate::rules`], [`crate::normalize`]): the
//! key's `[]` taken over each entry of its list (`subcontractors[].name` →
//! `subcontractors[0].name`, `subcontractors[1].name`, …), the answer read from one JSON
//! form of the declaration made once.

use serde_json::Value;

use crate::fields::Control;
use crate::model::Declaration;

/// The JSON form of the declaration (`null` should it ever not serialise, as
/// [`super::get`] reads it).
fn to_json(d: &Declaration) -> Value {
    serde_json::to_value(d).unwrap_or(Value::Null)
}

/// The answers of one declaration, read by registry key.
pub struct Answers {
    json: Value,
}

impl Answers {
    /// The answers of `d` (its JSON form, made once).
    pub fn of(d: &Declaration) -> Answers {
        Answers { json: to_json(d) }
    }

    /// Every path of `key` in this declaration with the answer there (`None` when absent
    /// or `null`), in list order: one path for a key outside the lists, even when an
    /// object on the way is absent; one per entry for a key inside a list, none when the
    /// list is empty.
    pub fn each(&self, key: &str) -> Vec<(String, Option<&Value>)> {
        let mut out = Vec::new();
        let steps: Vec<&str> = key.split('.').collect();
        visit(Some(&self.json), &steps, String::new(), &mut out);
        out
    }
}

fn visit<'a>(
    at: Option<&'a Value>,
    steps: &[&str],
    path: String,
    out: &mut Vec<(String, Option<&'a Value>)>,
) {
    let Some((step, rest)) = steps.split_first() else {
        out.push((path, at.filter(|v| !v.is_null())));
        return;
    };
    let join = |name: &str| {
        if path.is_empty() {
            name.to_string()
        } else {
            format!("{path}.{name}")
        }
    };
    match step.strip_suffix("[]") {
        Some(list) => {
            let entries = at.and_then(|v| v.get(list)).and_then(Value::as_array);
            for (i, entry) in entries.into_iter().flatten().enumerate() {
                visit(Some(entry), rest, format!("{}[{i}]", join(list)), out);
            }
        }
        None => visit(at.and_then(|v| v.get(*step)), rest, join(step), out),
    }
}

/// Rewrites every string answer at the given keys by its kind ([`Control::normalise`]),
/// through one JSON form of `d`; `d` is rebuilt only when something changed (and left as
/// it is should the result not read back, which a string rewritten as a string cannot do).
pub(crate) fn rewrite_strings<'k>(
    d: &mut Declaration,
    keys: impl IntoIterator<Item = (&'k str, Control)>,
) {
    let mut json = to_json(d);
    let mut changed = false;
    for (key, control) in keys {
        let steps: Vec<&str> = key.split('.').collect();
        rewrite(&mut json, &steps, &mut |s: &mut String| {
            let stored = control.normalise(s);
            if stored != *s {
                *s = stored;
                changed = true;
            }
        });
    }
    if changed {
        if let Ok(new) = serde_json::from_value(json) {
            *d = new;
        }
    }
}

fn rewrite(at: &mut Value, steps: &[&str], f: &mut dyn FnMut(&mut String)) {
    let Some((step, rest)) = steps.split_first() else {
        if let Value::String(s) = at {
            f(s);
        }
        return;
    };
    match step.strip_suffix("[]") {
        Some(list) => {
            if let Some(Value::Array(entries)) = at.get_mut(list) {
                for entry in entries {
                    rewrite(entry, rest, f);
                }
            }
        }
        None => {
            if let Some(next) = at.get_mut(*step) {
                rewrite(next, rest, f);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    #[test]
    fn keys_are_taken_over_every_entry_and_absent_objects_still_give_a_path() {
        let mut d = Declaration::new();
        d.subcontractors = vec![
            Subcontractor {
                id: "a".into(),
                name: Some("A社".into()),
                ..Default::default()
            },
            Subcontractor {
                id: "b".into(),
                ..Default::default()
            },
        ];
        let all = Answers::of(&d);
        let names = all.each("subcontractors[].name");
        assert_eq!(names.len(), 2);
        assert_eq!(names[0].0, "subcontractors[0].name");
        assert_eq!(names[0].1.and_then(Value::as_str), Some("A社"));
        assert_eq!(names[1], ("subcontractors[1].name".to_string(), None));
        assert_eq!(
            all.each("basic.declarant.email"),
            vec![("basic.declarant.email".to_string(), None)]
        );
        assert!(all.each("measures[].description").is_empty());
        let dates = all.each("subcontractors[].confidentiality.date");
        assert_eq!(dates[1].0, "subcontractors[1].confidentiality.date");
    }

    #[test]
    fn strings_are_rewritten_by_kind_and_nothing_else_moves() {
        let mut d = Declaration::new();
        d.basic.declaration_date = Some("令和6年2月28日".into());
        d.basic.municipality = Some("０５９".into());
        let before = d.clone();
        rewrite_strings(&mut d, [("basic.declaration_date", Control::Date)]);
        assert_eq!(d.basic.declaration_date.as_deref(), Some("2024-02-28"));
        assert_eq!(d.basic.municipality, before.basic.municipality);
    }
}
