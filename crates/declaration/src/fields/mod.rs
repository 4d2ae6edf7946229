//! The field registry: the one place that says, for every answer of the declaration, its
//! visible label in Japanese and English (spec §6), a short hint, the section it belongs to,
//! its kind of value ([`Control`]), whether it is required and when it is asked, and any
//! limit of its own. Everything else about a field follows from these: the form's widget
//! and input mode, the normaliser ([`Control::normalise`]), the checks and messages
//! ([`crate::rules`] walks this registry), the schema, the printed document, the workbook,
//! the review page and the change list. Adding a field is one entry in `registry.rs` (and
//! a new [`Control`] if its kind of value is new): see `docs/adding-a-field.md`.
//!
//! | module | owns |
//! |---|---|
//! | `types` | languages, sections, needs and conditions: what an entry is made of |
//! | `registry` | [`Field`], the table of fields and their words; [`key`], a name per field for the compiler |
//! | `kind` | the kinds of value and what each decides by itself (limit, normaliser, widget) |
//! | `labels` | the words of enum values ([`Labelled`]) and the options of a choice ([`choices`]) |
//!
//! Labels of enum values (spec §6 "Enum words") live here too, through [`Labelled`]. The
//! form, the error messages, the review page, the printed document and the change list all
//! read these words; none of them keeps its own copy.

#[cfg(all(test, feature = "schema"))]
mod agreement;
mod kind;
mod labels;
mod registry;
#[cfg(test)]
mod tests;
mod types;

pub use kind::{Control, Line, Shape, Widget};
pub use labels::{choices, Choice, Labelled};
pub use registry::{key, Field, FIELDS, RESUBCONTRACT, USES_CLOUD};
pub use types::{Lang, Need, Section, When};

/// The registry key of a path: indices removed (`subcontractors[1].name` → `subcontractors[].name`).
pub fn key_of(path: &str) -> String {
    let mut key = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                key.push('[');
            }
            ']' => {
                in_index = false;
                key.push(']');
            }
            _ if in_index => {}
            _ => key.push(c),
        }
    }
    key
}

/// The registry entry for a key or a path (`subcontractors[1].name` finds `subcontractors[].name`).
pub fn field(path: &str) -> Option<&'static Field> {
    // Asked for every answer of every entry by the rules, the change list and the pages:
    // a map built once instead of a walk through the registry each time.
    static BY_KEY: std::sync::OnceLock<std::collections::HashMap<&'static str, &'static Field>> =
        std::sync::OnceLock::new();
    let by_key = BY_KEY.get_or_init(|| FIELDS.iter().map(|f| (f.key, f)).collect());
    if !path.contains('[') {
        return by_key.get(path).copied();
    }
    by_key.get(key_of(path).as_str()).copied()
}

/// The fields of one section, in order.
pub fn fields_of(section: Section) -> impl Iterator<Item = &'static Field> {
    FIELDS.iter().filter(move |f| f.section == section)
}

/// The fields of the object `member` is an answer of (the same parent in the exchange
/// format: `entrustment.contractor.name` → every `entrustment.contractor.*` answer), in
/// registry order: the questions a page asks in one fieldset. A page names the object by one
/// of its fields through [`key`], so the compiler checks it, and a field added to the
/// object is asked without touching the page.
pub fn siblings(member: &'static Field) -> impl Iterator<Item = &'static Field> {
    let parent = |k: &'static str| k.rsplit_once('.').map_or("", |(up, _)| up);
    let up = parent(member.key);
    FIELDS.iter().filter(move |f| parent(f.key) == up)
}

/// The fields from `first` to `last` in registry order, both included: a run of questions a
/// page asks together (empty when `last` comes before `first`).
pub fn run(first: &'static Field, last: &'static Field) -> impl Iterator<Item = &'static Field> {
    let at = |f: &'static Field| FIELDS.iter().position(|g| g.is(f)).unwrap_or(0);
    let (a, b) = (at(first), at(last));
    FIELDS.get(a..=b).unwrap_or_default().iter()
}

/// The section a path belongs to.
pub fn section_of(path: &str) -> Option<Section> {
    let head = path.split(['.', '[']).next()?;
    Section::ALL
        .into_iter()
        .find(|s| s.key() == head)
        .or_else(|| {
            // A key outside the sections' objects (`addressees`) is in its registry entry's.
            FIELDS.iter().find(|f| f.key == head).map(|f| f.section)
        })
}
