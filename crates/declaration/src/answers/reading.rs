//! An answer in words, as the review page and the printed document show it: a yes/no as
//! はい / いいえ, a check as チェック済み, a choice in the registry's words, a subcontractor's
//! 委託元 by name; text as typed. `None` while unanswered — a check not ticked too: it
//! affirms nothing, and reads 「未記入」, never 「いいえ」 ([`crate::words::missing`]).

use super::titles::{entry_label, entry_name, Group};
use std::collections::HashMap;

use crate::access;
use crate::fields::{Field, Shape};
use crate::model::{Declaration, CONTRACTOR_PARENT};
use crate::words::{self, Words};

/// The answer at `path` (of the field `f`) in words; `None` while unanswered (a check while
/// not ticked).
pub fn value(d: &Declaration, path: &str, f: &Field) -> Option<Words> {
    match f.control.shape() {
        Shape::YesNo => access::get_bool(d, path).map(words::yes_no),
        Shape::Check => {
            (access::get_bool(d, path) == Some(true)).then(|| Words::new("チェック済み", "Checked"))
        }
        Shape::Choice => {
            let text = access::get_text(d, path);
            (!text.trim().is_empty()).then(|| words::choice(path, &text))
        }
        Shape::Parent => {
            let text = access::get_text(d, path);
            (!text.trim().is_empty()).then(|| parent_words(d, &text))
        }
        // Shown as written (dates too: the pages that show one long write it themselves).
        Shape::Text | Shape::Number | Shape::Date | Shape::Group => {
            let text = access::get_text(d, path);
            (!text.trim().is_empty()).then(|| Words::same(words::isolated(&text)))
        }
    }
}

/// The contractor as the root of the chain: 「委託先：三重県国保連合会」, or 「委託先」 while
/// it has no name.
pub fn contractor_words(d: &Declaration) -> Words {
    let name = d
        .entrustment
        .contractor
        .as_ref()
        .and_then(|c| c.name.as_deref());
    contractor_named(name)
}

/// The contractor named `name` as the root of the chain ([`contractor_words`]).
pub fn contractor_named(name: Option<&str>) -> Words {
    match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(name) => {
            let name = words::isolated(name);
            Words::new(format!("委託先：{name}"), format!("Contractor: {name}"))
        }
        None => Words::new("委託先", "Contractor"),
    }
}

/// A 委託元 (the `parent` value `id`) in words: the contractor, a subcontractor by its name
/// (「再委託先N」 while it has none), 「（見つかりません：id）」 for an id no entry has, and
/// 「（未選択）」 for none.
pub fn parent_words(d: &Declaration, id: &str) -> Words {
    words_of_parent(d, id, |id| d.subcontractors.iter().position(|s| s.id == id))
}

/// [`parent_words`] of every subcontractor's `parent`, in list order, in one pass over the
/// list (a page of hundreds of entries asks for all of them on every change).
pub fn parents_in_words(d: &Declaration) -> Vec<Words> {
    let mut first: HashMap<&str, usize> = HashMap::with_capacity(d.subcontractors.len());
    for (i, s) in d.subcontractors.iter().enumerate() {
        first.entry(s.id.as_str()).or_insert(i);
    }
    d.subcontractors
        .iter()
        .map(|s| {
            let id = s.parent.as_deref().unwrap_or("");
            words_of_parent(d, id, |id| first.get(id).copied())
        })
        .collect()
}

/// [`parent_words`] with the way to find the first entry carrying an id.
fn words_of_parent(d: &Declaration, id: &str, find: impl Fn(&str) -> Option<usize>) -> Words {
    let id = id.trim();
    if id.is_empty() {
        return Words::new("（未選択）", "(not chosen)");
    }
    if id == CONTRACTOR_PARENT {
        return contractor_words(d);
    }
    match find(id) {
        Some(i) => entry_name(d, Group::Subcontractors, i)
            .unwrap_or_else(|| entry_label(Group::Subcontractors, i)),
        None => Words::new(
            format!("（見つかりません：{id}）"),
            format!("(not found: {id})"),
        ),
    }
}
