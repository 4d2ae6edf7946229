//! The shape of the subcontracting tree (spec §2 `subcontractors`, S6/S9) as the form, the
//! document and the structure diagram show it: [`children`], [`descendants`], [`depth`],
//! [`ordered`], the siblings an entry moves among ([`sibling`]) and the 委託元 an entry may
//! choose ([`parent_choices`]). Adding, removing and moving entries is [`crate::lists`]'s.
//!
//! Every function is total: a tree with cycles, unknown parents or duplicate ids (which
//! [`crate::rules::tree_issues`] reports) never makes them loop or panic. A parent refers to
//! the *first* subcontractor carrying its id, as the rules read it.

mod links;

use std::collections::HashSet;

use crate::answers;
use crate::model::{Declaration, CONTRACTOR_PARENT};
use crate::words::Words;

pub use links::{first_of, Links, Up};

/// The indices of the subcontractors whose `parent` is `id` (`contractor` for the top
/// level), in list order. An entry is never its own child.
pub fn children(d: &Declaration, id: &str) -> Vec<usize> {
    d.subcontractors
        .iter()
        .enumerate()
        .filter(|(_, s)| s.parent.as_deref() == Some(id) && s.id != id)
        .map(|(i, _)| i)
        .collect()
}

/// Everyone below `id`, depth first (children in list order), each once, never the entries
/// carrying `id` themselves — also when the tree has a cycle.
pub fn descendants(d: &Declaration, id: &str) -> Vec<usize> {
    descendants_in(d, &Links::of(d), id)
}

/// [`descendants`] with the links already worked out.
pub fn descendants_in(d: &Declaration, links: &Links, id: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut seen = vec![false; d.subcontractors.len()];
    for (i, s) in d.subcontractors.iter().enumerate() {
        if s.id == id {
            seen[i] = true;
        }
    }
    let mut stack: Vec<usize> = children(d, id).into_iter().rev().collect();
    while let Some(i) = stack.pop() {
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        out.push(i);
        stack.extend(links.children[i].iter().rev().filter(|&&j| !seen[j]));
    }
    out
}

/// How far below the contractor subcontractor `index` sits: 1 for one the contractor
/// commissions, 2 for its own subcontractor, and so on. An entry whose chain of parents
/// never reaches the contractor (unknown parent, cycle) counts as 1, as [`ordered`] shows
/// it; an index past the end is 0. For every entry at once, use [`Links::depth`].
pub fn depth(d: &Declaration, index: usize) -> usize {
    if index >= d.subcontractors.len() {
        return 0;
    }
    Links::of(d).depth[index]
}

/// The order in which the form and the structure diagram list the subcontractors: depth
/// first from the contractor, children in list order, each with its [`depth`]; then every
/// entry the contractor does not reach (a cycle, an unknown parent, or below one of those)
/// in list order with depth 1. Every index appears exactly once.
pub fn ordered(d: &Declaration) -> Vec<(usize, usize)> {
    Links::of(d).ordered
}

/// The choices of subcontractor `index`'s 「委託元(監督する者)」 as (value, words): the
/// contractor first ([`answers::contractor_words`]: 「委託先：三重県国保連合会」), then every
/// other subcontractor with an id that is neither the entry itself nor below it (so no
/// choice makes a cycle), in the words of [`answers::parent_words`] (its name, or
/// 「再委託先N」). For an index past the end (an entry about to be added) every
/// subcontractor is offered.
pub fn parent_choices(d: &Declaration, index: usize) -> Vec<(String, Words)> {
    let mut out = vec![(CONTRACTOR_PARENT.to_string(), answers::contractor_words(d))];
    let own = d.subcontractors.get(index).map(|s| s.id.as_str());
    let links = Links::of(d);
    let below: HashSet<usize> = own.map_or_else(HashSet::new, |id| {
        descendants_in(d, &links, id).into_iter().collect()
    });
    let mut offered: HashSet<&str> = HashSet::from([CONTRACTOR_PARENT]);
    for (j, s) in d.subcontractors.iter().enumerate() {
        let id = s.id.as_str();
        if j == index || Some(id) == own || below.contains(&j) || id.trim().is_empty() {
            continue;
        }
        if !offered.insert(id) {
            continue;
        }
        let words = answers::entry_name(d, answers::Group::Subcontractors, j)
            .unwrap_or_else(|| answers::entry_label(answers::Group::Subcontractors, j));
        out.push((id.to_string(), words));
    }
    out
}

/// The sibling (same 委託元) just before (`up`) or after subcontractor `index` in the list,
/// which is also the one beside it in [`ordered`]; `None` at either end.
pub fn sibling(d: &Declaration, index: usize, up: bool) -> Option<usize> {
    let parent = &d.subcontractors.get(index)?.parent;
    let siblings: Vec<usize> = (0..d.subcontractors.len())
        .filter(|&j| d.subcontractors[j].parent == *parent)
        .collect();
    let at = siblings.iter().position(|&j| j == index)?;
    if up {
        at.checked_sub(1).map(|p| siblings[p])
    } else {
        siblings.get(at + 1).copied()
    }
}

#[cfg(test)]
pub(crate) mod testkit;
#[cfg(test)]
mod tests;
