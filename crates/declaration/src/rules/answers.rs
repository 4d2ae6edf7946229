//! The answers the registry lists, each checked by its kind of value and its need: the walk
//! that replaces a hand-kept list of calls per section. A field added to the registry is
//! validated here without a line of its own; what stays hand-written is what involves more
//! than one answer — the tree ([`super::tree`]), the matrix ([`super::cloud`]), dates against
//! the declaration date, validity lapsing, the lists' sizes and the measure categories
//! ([`super::measures`]).

use super::check::Ctx;
use super::messages::{self as msg, At};
use crate::access::Answers;
use crate::answers::{asked, section_asking, Asking};
use crate::fields::{Field, Section, Shape, FIELDS};
use crate::model::Declaration;
use serde_json::Value;

/// Checks every answer of `section` that is asked, in registry order, entries in list
/// order. Does nothing when the section itself is not asked.
pub(super) fn section(ctx: &mut Ctx, d: &Declaration, all: &Answers, section: Section) {
    if section_asking(d, section) != Asking::Asked {
        return;
    }
    for f in FIELDS.iter().filter(|f| f.section == section) {
        for (path, value) in all.each(f.key) {
            if !asked(d, &path) {
                continue;
            }
            let other = f.alias().map(|alias| {
                let step = alias.rsplit('.').next().unwrap_or(alias);
                let at = path
                    .rsplit_once('.')
                    .map_or(String::new(), |(up, _)| format!("{up}."));
                all.each(alias)
                    .into_iter()
                    .find(|(p, _)| *p == format!("{at}{step}"))
                    .and_then(|(_, v)| v)
            });
            answer(ctx, f, &path, value, other.flatten());
        }
    }
}

/// One answer of field `f` at `path` (and, for a field with an [`Field::alias`], the same
/// answer under its other key, `other`), by kind of value.
fn answer(ctx: &mut Ctx, f: &Field, path: &str, value: Option<&Value>, other: Option<&Value>) {
    let required = f.required();
    fn text(v: Option<&Value>) -> Option<&str> {
        v.and_then(Value::as_str)
    }
    match f.control.shape() {
        Shape::Text => {
            if f.alias().is_none() {
                ctx.text(f, path, text(value), required);
                return;
            }
            // Either key answers it; each given is checked, one message if neither is.
            let given = ctx.text(f, path, text(value), false).is_some();
            let given_other = ctx.text(f, path, text(other), false).is_some();
            if required && !given && !given_other {
                ctx.push(msg::enter(path).missing(path));
            }
        }
        Shape::Number => ctx.number(path, value.and_then(Value::as_i64), required),
        Shape::Date => {
            ctx.date(path, text(value), required);
        }
        Shape::Choice => {
            if required && value.is_none() {
                ctx.push(msg::select(path).missing(path));
            }
        }
        Shape::YesNo => {
            if required && value.is_none() {
                ctx.push(msg::yes_no(path).missing(path));
            }
        }
        Shape::Check => {
            if required {
                ctx.tick(path, value.and_then(Value::as_bool));
            }
        }
        // A parent is the tree's to check (missing, unknown, a cycle: [`super::tree`]); a
        // list's size is its own rule ([`super::lists`], the matrix, the measures).
        Shape::Parent | Shape::Group => {}
    }
}
