//! The second layer of the declaration's schema: what the rules ask of every answer, made
//! from the field registry ([`crate::fields::FIELDS`]) and never written by hand per field.
//!
//! For each field: its title and description (the registry's Japanese label and hint, with
//! the English label) on the shape's property; and, under the condition that makes it
//! asked — its section's (`resubcontract`, `uses_cloud`) and its own (`When`) — that it is
//! given when required, and that a given answer keeps the limits and the format of its
//! control ([`value_rules`]). Rules across entries that the schema language can state are
//! added too ([`lists`]): the matrix's layers each exactly once, the four required
//! categories of measures, a measure for each layer the customer secures.

use crate::fields::{Control, Field, Lang, Need, Section, Shape, When, FIELDS};
use crate::model::{Layer, Owner};
use crate::rules::{category_for, REQUIRED_CATEGORIES};
use serde_json::{json, Value};
use std::sync::OnceLock;

/// A non-blank string: what "given" means for a text answer.
const GIVEN: &str = r"\S";

/// Adds titles, descriptions and the rules' requirements to the declaration's shape.
pub(super) fn add(schema: &mut Value) {
    titles(schema);
    let all_of = Section::ALL.into_iter().map(requirements).collect();
    schema["allOf"] = Value::Array(all_of);
}

/// Puts on each section and field of `schema` (a declaration's shape, or one holding a
/// declaration's `subcontractors`) its title and description from the registry.
pub(super) fn titles(schema: &mut Value) {
    for section in Section::ALL {
        if let Some(at) = super::shape::at_mut(schema, section.key()) {
            at["title"] = json!(section.title(Lang::Ja));
            at["description"] = json!(section.title(Lang::En));
        }
    }
    for field in FIELDS {
        if let Some(at) = super::shape::at_mut(schema, field.key) {
            at["title"] = json!(field.label(Lang::Ja));
            at["description"] = json!(description(field));
        }
    }
}

/// What the rules ask of one section, under the section's condition.
fn requirements(section: Section) -> Value {
    let mut rules: Vec<Value> = FIELDS
        .iter()
        .filter(|f| f.section == section)
        .map(field_rules)
        .collect();
    rules.extend(lists(section));
    let rules = json!({ "allOf": rules });
    match section.when() {
        When::Always => rules,
        when => json!({ "if": condition(when, ""), "then": rules }),
    }
}

/// 「ヒント / English label: English hint」.
fn description(field: &Field) -> String {
    let (hint_ja, hint_en) = (field.hint(Lang::Ja), field.hint(Lang::En));
    let en = if hint_en.is_empty() {
        field.label(Lang::En).to_string()
    } else {
        format!("{}: {hint_en}", field.label(Lang::En))
    };
    if hint_ja.is_empty() {
        en
    } else {
        format!("{hint_ja} / {en}")
    }
}

/// The requirement of one field, placed at the object its condition is about.
fn field_rules(field: &Field) -> Value {
    let required = field.need != Need::Optional;
    let (anchor, rel) = match field.when {
        When::Always | When::OneMunicipality => ("", field.key),
        When::Yes(key) | When::Is(key, _) => {
            let anchor = key.rsplit_once('.').map_or("", |(a, _)| a);
            let rel = field
                .key
                .strip_prefix(anchor)
                .and_then(|r| r.strip_prefix('.'))
                .unwrap_or_else(|| panic!("{} follows an answer beside it", field.key));
            (anchor, rel)
        }
    };
    let rule = nest(rel, value_rules(field, required), required);
    let rule = match field.when {
        When::Always => rule,
        when => json!({ "if": condition(when, anchor), "then": rule }),
    };
    if anchor.is_empty() {
        rule
    } else {
        nest(anchor, rule, false)
    }
}

/// The `if` of a condition, relative to `anchor` (the object holding the answer it is on).
fn condition(when: When, anchor: &str) -> Value {
    let (key, value) = match when {
        When::Always => unreachable!("an unconditional field has no condition"),
        // A file sent to a municipality has no list of addressees: these are its own.
        When::OneMunicipality => return json!({ "not": { "required": ["addressees"] } }),
        When::Yes(key) => (key, json!(true)),
        When::Is(key, value) => (key, json!(value)),
    };
    let rel = if anchor.is_empty() {
        key
    } else {
        &key[anchor.len() + 1..]
    };
    nest(rel, json!({ "const": value }), true)
}

/// `leaf` as the schema of the property at the dotted path `rel` (`a.b[].c`) of an object;
/// with `required`, every step of the path must be there — but a list: an answer required
/// of each entry does not make the list required (the list's own field says whether it is:
/// 宛先 are optional, their entries' 地方公共団体名 is not).
fn nest(rel: &str, leaf: Value, required: bool) -> Value {
    let (step, rest) = rel.split_once('.').unwrap_or((rel, ""));
    if step.is_empty() {
        return leaf;
    }
    let inner = nest(rest, leaf, required);
    let (name, value, list) = match step.strip_suffix("[]") {
        Some(name) => (name, json!({ "items": inner }), true),
        None => (step, inner, false),
    };
    let mut object = json!({ "properties": { name: value } });
    if required && !list {
        object["type"] = json!("object");
        object["required"] = json!([name]);
    }
    object
}

/// What the rules ask of a field's value: given (when `required`), and the limits and the
/// format of its control when given.
pub(super) fn value_rules(field: &Field, required: bool) -> Value {
    let control = field.control;
    let mut rules = Vec::new();
    if required {
        rules.push(match control.shape() {
            Shape::YesNo => json!({ "type": "boolean" }),
            Shape::Check => json!({ "const": true }),
            Shape::Number => json!({ "type": "integer" }),
            Shape::Group => json!({ "type": "array", "minItems": 1 }),
            Shape::Choice | Shape::Parent => json!({ "type": "string" }),
            Shape::Text | Shape::Date => json!({ "type": "string", "pattern": GIVEN }),
        });
    }
    match control.shape() {
        Shape::Number => rules.push(json!({ "minimum": 1 })),
        Shape::Date => rules.push(json!({
            "if": { "type": "string", "pattern": GIVEN },
            "then": { "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$" }
        })),
        Shape::Text => {
            let mut then = vec![
                json!({ "maxLength": field.max_chars() }),
                json!({ "pattern": no_invisible(control == Control::TextArea) }),
            ];
            if field.min_chars() > 0 {
                then.push(json!({ "minLength": field.min_chars() }));
            }
            then.extend(format(field));
            rules.push(json!({
                "if": { "type": "string", "pattern": GIVEN },
                "then": { "allOf": then }
            }));
        }
        Shape::Choice | Shape::Parent | Shape::YesNo | Shape::Check | Shape::Group => {}
    }
    match rules.len() {
        0 => json!({}),
        1 => rules.pop().expect("one rule"),
        _ => json!({ "allOf": rules }),
    }
}

/// A pattern refusing the characters the rules refuse in a text answer: C0 and C1 controls,
/// bidirectional controls, zero-width characters, line and paragraph separators (a line
/// feed and a tab allowed when `multiline`), made from the rules' own test of a character.
fn no_invisible(multiline: bool) -> String {
    static SETS: OnceLock<[String; 2]> = OnceLock::new();
    let sets = SETS.get_or_init(|| {
        [false, true].map(|multiline| class(|c| crate::rules::refused_in_text(c, multiline)))
    });
    format!("^[^{}]*$", sets[usize::from(multiline)])
}

/// The inside of a character class of every character `pred` holds for, as runs of
/// `\uXXXX` escapes (read alike by ECMA-262 and Python regular expressions). Only the Basic
/// Multilingual Plane is scanned: every character the rules and the normaliser name is in it.
pub(super) fn class(pred: impl Fn(char) -> bool) -> String {
    let mut out = String::new();
    let mut run: Option<(u32, u32)> = None;
    let close = |out: &mut String, (first, last): (u32, u32)| {
        out.push_str(&format!("\\u{first:04X}"));
        if last > first {
            out.push_str(&format!("-\\u{last:04X}"));
        }
    };
    for code in 0..=0xFFFF_u32 {
        let held = char::from_u32(code).is_some_and(&pred);
        run = match (run, held) {
            (Some((first, _)), true) => Some((first, code)),
            (None, true) => Some((code, code)),
            (Some(r), false) => {
                close(&mut out, r);
                None
            }
            (None, false) => None,
        };
    }
    if let Some(r) = run {
        close(&mut out, r);
    }
    out
}

/// Every character the normaliser reads as `-` ([`crate::normalize::to_half_width`]: the
/// ASCII hyphen, the full-width one, dashes, the minus sign, long-vowel marks), as a class.
fn hyphens() -> &'static str {
    static HYPHENS: OnceLock<String> = OnceLock::new();
    HYPHENS.get_or_init(|| {
        class(|c| crate::normalize::to_half_width(c.encode_utf8(&mut [0; 4])) == "-")
    })
}

/// The format of a control, as the rules accept it (full-width digits and hyphens
/// included: the rules read them as their half-width forms).
fn format(field: &Field) -> Option<Value> {
    let digit = "[0-9０-９]";
    let hyphens = hyphens();
    let hyphen = format!("[{hyphens}]");
    Some(match field.control {
        // Full-width signs and letters are read as their half-width forms, as the rules
        // read them (normalize::ascii).
        Control::Email => {
            // Printable ASCII but `@` and `.`, or its full-width form (read as half-width).
            let local = r"[\u0021-\u003F\u0041-\u007E\uFF01-\uFF1F\uFF21-\uFF5E]";
            let label =
                r"[\u0021-\u002D\u002F-\u003F\u0041-\u007E\uFF01-\uFF0D\uFF0F-\uFF1F\uFF21-\uFF5E]";
            json!({
                "pattern": format!(r"^[\s\u3000]*{local}+[@\uFF20]{label}+([.\uFF0E]{label}+)+[\s\u3000]*$")
            })
        }
        Control::Tel => json!({
            "pattern": format!(r"^[\s{hyphens}]*[0０](?:[\s{hyphens}]*{digit}){{9,10}}[\s{hyphens}]*$")
        }),
        Control::PostalCode => json!({
            "pattern": format!(r"^\s*〒?\s*(?:{digit}\s*){{3}}(?:{hyphen}\s*)?(?:{digit}\s*){{4}}$")
        }),
        Control::Url => json!({ "pattern": r"^\s*[Hh][Tt][Tt][Pp][Ss]://[^/?#\s]+\S*\s*$" }),
        Control::Country => {
            let names: Vec<&str> = crate::countries::COUNTRIES
                .iter()
                .flat_map(|(_, ja, en)| [*ja, *en])
                .collect();
            json!({ "anyOf": [
                { "pattern": r"^\s*[A-Za-zＡ-Ｚａ-ｚ]{2}\s*$" },
                { "enum": names }
            ] })
        }
        // 13 digits, spaces and hyphens between them allowed; the check digit is the
        // rules' alone (a JSON Schema cannot compute it).
        Control::CorporateNumber => json!({
            "pattern": format!(r"^[\s\u3000]*(?:{digit}[\s\u3000{hyphens}]*){{13}}$")
        }),
        // Six digits; the check digit, as above, is the rules'.
        Control::MunicipalityCode => json!({
            "pattern": format!(r"^[\s\u3000]*(?:{digit}[\s\u3000{hyphens}]*){{6}}$")
        }),
        Control::Text | Control::TextArea | Control::Code => return None,
        Control::Number
        | Control::Date
        | Control::Choice
        | Control::Parent
        | Control::YesNo
        | Control::Check
        | Control::Group => return None,
    })
}

/// The rules across a section's entries that the schema language can state.
fn lists(section: Section) -> Vec<Value> {
    match section {
        Section::Responsibility => Layer::ALL
            .iter()
            .map(|layer| {
                nest(
                    "responsibility.matrix",
                    json!({
                        "contains": { "properties": { "layer": { "const": layer.as_str() } }, "required": ["layer"] },
                        "minContains": 1,
                        "maxContains": 1
                    }),
                    true,
                )
            })
            .collect(),
        Section::Measures => {
            let mut rules: Vec<Value> = REQUIRED_CATEGORIES
                .iter()
                .map(|c| nest("measures", has_category(c.as_str()), true))
                .collect();
            for layer in Layer::ALL {
                let Some(category) = category_for(*layer) else {
                    continue;
                };
                let owned = json!({ "contains": {
                    "properties": {
                        "layer": { "const": layer.as_str() },
                        "owner": { "enum": [Owner::Customer.as_str(), Owner::Shared.as_str()] }
                    },
                    "required": ["layer", "owner"]
                } });
                rules.push(json!({
                    "if": nest("responsibility.matrix", owned, true),
                    "then": nest("measures", has_category(category.as_str()), true)
                }));
            }
            rules
        }
        _ => Vec::new(),
    }
}

/// A list holding a measure of this category.
fn has_category(category: &str) -> Value {
    json!({ "contains": { "properties": { "category": { "const": category } }, "required": ["category"] } })
}
