//! Editing the lists of the form: the subcontracting tree (spec §2 `subcontractors`, S6/S9)
//! and the other repeatable entries (`measures`, `cloud.data_location.regions`).
//!
//! This module owns fresh ids ([`new_id`]), adding, removing and reordering entries, the
//! shape of the tree as the form and the structure diagram show it ([`children`],
//! [`descendants`], [`depth`], [`ordered`], [`parent_choices`]), and the link between the
//! service model and the responsibility matrix ([`apply_service_model`],
//! [`missing_measures_for_matrix`]).
//!
//! Every function is total: a tree with cycles, unknown parents or duplicate ids (which
//! [`crate::rules::tree_issues`] reports) never makes them loop or panic. A parent refers to
//! the *first* subcontractor carrying its id, as the rules read it.

use std::collections::HashSet;

use crate::answers;
use crate::words::Words;
use crate::matrix::{self, default_matrix};
use crate::model::{
    Category, Declaration, Layer, Measure, Owner, Region, ServiceModel, Subcontractor,
    CONTRACTOR_PARENT,
};
use crate::rules::category_for;

/// The id prefix of a new subcontractor (`sub-1`, `sub-2`, …).
pub const SUBCONTRACTOR_PREFIX: &str = "sub-";
/// The id prefix of a new measure (`m-1`, `m-2`, …).
pub const MEASURE_PREFIX: &str = "m-";

/// The smallest `{prefix}{n}` (n ≥ 1) not among `existing`: `new_id(&["sub-1", "sub-3"],
/// "sub-")` is `sub-2`.
pub fn new_id(existing: &[&str], prefix: &str) -> String {
    let taken: HashSet<&str> = existing.iter().copied().collect();
    (1..)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| !taken.contains(id.as_str()))
        .expect("some number is free")
}

/// A fresh subcontractor id for `d`.
pub(crate) fn new_subcontractor_id(d: &Declaration) -> String {
    let ids: Vec<&str> = d.subcontractors.iter().map(|s| s.id.as_str()).collect();
    new_id(&ids, SUBCONTRACTOR_PREFIX)
}

/// A fresh measure id for `d`.
pub(crate) fn new_measure_id(d: &Declaration) -> String {
    let ids: Vec<&str> = d.measures.iter().map(|m| m.id.as_str()).collect();
    new_id(&ids, MEASURE_PREFIX)
}

/// Appends an empty subcontractor with a fresh id, commissioned by `parent` (`contractor` or
/// another subcontractor's id); returns its index.
pub fn add_subcontractor(d: &mut Declaration, parent: &str) -> usize {
    let id = new_subcontractor_id(d);
    d.subcontractors.push(Subcontractor {
        id,
        parent: Some(parent.to_string()),
        ..Default::default()
    });
    d.subcontractors.len() - 1
}

/// Appends an empty measure of `category` with a fresh id; returns its index.
pub fn add_measure(d: &mut Declaration, category: Category) -> usize {
    let id = new_measure_id(d);
    d.measures.push(Measure {
        id,
        category: Some(category),
        ..Default::default()
    });
    d.measures.len() - 1
}

/// Appends an empty storage region (creating `cloud` and its `data_location` when missing);
/// returns its index.
pub fn add_region(d: &mut Declaration) -> usize {
    let regions = &mut d
        .cloud
        .get_or_insert_with(Default::default)
        .data_location
        .get_or_insert_with(Default::default)
        .regions;
    regions.push(Region::default());
    regions.len() - 1
}

/// Where a subcontractor's `parent` leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Up {
    Contractor,
    Node(usize),
    /// Missing, blank or unknown.
    Nowhere,
}

/// The parent of subcontractor `i`, resolved to the first entry carrying that id.
fn up(subs: &[Subcontractor], i: usize) -> Up {
    match subs[i].parent.as_deref() {
        Some(CONTRACTOR_PARENT) => Up::Contractor,
        Some(p) if !p.trim().is_empty() => subs
            .iter()
            .position(|s| s.id == p)
            .map_or(Up::Nowhere, Up::Node),
        _ => Up::Nowhere,
    }
}

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
    let mut out = Vec::new();
    let mut seen: HashSet<usize> = d
        .subcontractors
        .iter()
        .enumerate()
        .filter(|(_, s)| s.id == id)
        .map(|(i, _)| i)
        .collect();
    let mut stack: Vec<usize> = children(d, id).into_iter().rev().collect();
    while let Some(i) = stack.pop() {
        if !seen.insert(i) {
            continue;
        }
        out.push(i);
        let below = children(d, &d.subcontractors[i].id);
        stack.extend(below.into_iter().rev().filter(|j| !seen.contains(j)));
    }
    out
}

/// How far below the contractor subcontractor `index` sits: 1 for one the contractor
/// commissions, 2 for its own subcontractor, and so on. An entry whose chain of parents
/// never reaches the contractor (unknown parent, cycle) counts as 1, as [`ordered`] shows
/// it; an index past the end is 0.
pub fn depth(d: &Declaration, index: usize) -> usize {
    let subs = &d.subcontractors;
    if index >= subs.len() {
        return 0;
    }
    let mut seen = HashSet::new();
    let mut at = index;
    let mut steps = 1;
    loop {
        if !seen.insert(at) {
            return 1;
        }
        match up(subs, at) {
            Up::Contractor => return steps,
            Up::Nowhere => return 1,
            Up::Node(j) => {
                at = j;
                steps += 1;
            }
        }
    }
}

/// The order in which the form and the structure diagram list the subcontractors: depth
/// first from the contractor, children in list order, each with its [`depth`]; then every
/// entry the contractor does not reach (a cycle, an unknown parent, or below one of those)
/// in list order with depth 1. Every index appears exactly once.
pub fn ordered(d: &Declaration) -> Vec<(usize, usize)> {
    let subs = &d.subcontractors;
    let ups: Vec<Up> = (0..subs.len()).map(|i| up(subs, i)).collect();
    let mut out = Vec::with_capacity(subs.len());
    let mut seen = vec![false; subs.len()];
    let mut stack: Vec<(usize, usize)> = (0..subs.len())
        .rev()
        .filter(|&i| ups[i] == Up::Contractor)
        .map(|i| (i, 1))
        .collect();
    while let Some((i, level)) = stack.pop() {
        if seen[i] {
            continue;
        }
        seen[i] = true;
        out.push((i, level));
        for j in (0..subs.len()).rev() {
            if ups[j] == Up::Node(i) && !seen[j] {
                stack.push((j, level + 1));
            }
        }
    }
    for (i, done) in seen.into_iter().enumerate() {
        if !done {
            out.push((i, 1));
        }
    }
    out
}

/// What subcontractor `index` is removed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnRemove {
    /// Its children move up to its own parent.
    ReattachToParent,
    /// Everything below it goes too.
    RemoveDescendants,
}

/// Removes subcontractor `index`, and what hangs below it as `how` says; returns how many
/// entries were removed (0 when `index` is past the end). When another entry carries the
/// same id, the children are left where they are (their parent still exists).
pub fn remove_subcontractor(d: &mut Declaration, index: usize, how: OnRemove) -> usize {
    let Some(removed) = d.subcontractors.get(index).cloned() else {
        return 0;
    };
    let id_shared = d
        .subcontractors
        .iter()
        .enumerate()
        .any(|(i, s)| i != index && s.id == removed.id);
    let mut gone = vec![index];
    if !id_shared {
        match how {
            OnRemove::ReattachToParent => {
                for i in children(d, &removed.id) {
                    d.subcontractors[i].parent = removed.parent.clone();
                }
            }
            OnRemove::RemoveDescendants => gone.extend(descendants(d, &removed.id)),
        }
    }
    let before = d.subcontractors.len();
    let mut i = 0;
    d.subcontractors.retain(|_| {
        i += 1;
        !gone.contains(&(i - 1))
    });
    before - d.subcontractors.len()
}

/// Removes measure `index`; false when there is none.
pub fn remove_measure(d: &mut Declaration, index: usize) -> bool {
    if index < d.measures.len() {
        d.measures.remove(index);
        true
    } else {
        false
    }
}

/// Removes storage region `index`; false when there is none.
pub fn remove_region(d: &mut Declaration, index: usize) -> bool {
    let Some(regions) = d
        .cloud
        .as_mut()
        .and_then(|c| c.data_location.as_mut())
        .map(|l| &mut l.regions)
    else {
        return false;
    };
    if index < regions.len() {
        regions.remove(index);
        true
    } else {
        false
    }
}

/// Swaps entry `index` with the one before (`up`) or after it; false when there is none.
fn move_in<T>(list: &mut [T], index: usize, up: bool) -> bool {
    let other = if up {
        index.checked_sub(1)
    } else {
        index.checked_add(1)
    };
    match other {
        Some(j) if index < list.len() && j < list.len() => {
            list.swap(index, j);
            true
        }
        _ => false,
    }
}

/// Moves subcontractor `index` one place up or down the list (parents are unchanged);
/// false when it is already first / last or does not exist.
pub fn move_subcontractor(d: &mut Declaration, index: usize, up: bool) -> bool {
    move_in(&mut d.subcontractors, index, up)
}

/// Moves measure `index` one place up or down the list; false when it cannot move.
pub fn move_measure(d: &mut Declaration, index: usize, up: bool) -> bool {
    move_in(&mut d.measures, index, up)
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
    let below: HashSet<usize> =
        own.map_or_else(HashSet::new, |id| descendants(d, id).into_iter().collect());
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

/// Sets `cloud.service_model` (creating `cloud`) and prefills the responsibility matrix
/// with [`default_matrix`] of the new model — but only while the user has not edited it:
/// when it is empty or still the default of the previous model. Returns whether the matrix
/// was replaced.
pub fn apply_service_model(d: &mut Declaration, model: ServiceModel) -> bool {
    let cloud = d.cloud.get_or_insert_with(Default::default);
    let previous = cloud.service_model.replace(model);
    let current = d.responsibility.as_ref().map_or(&[][..], |r| &r.matrix[..]);
    let untouched =
        current.is_empty() || previous.is_some_and(|p| current == default_matrix(p).as_slice());
    if untouched {
        d.responsibility.get_or_insert_with(Default::default).matrix = default_matrix(model);
    }
    untouched
}

/// The layers the matrix gives to the customer (or shares) whose required measure category
/// ([`category_for`]) has no measure yet, in [`Layer::ALL`] order — what the form offers to
/// add, and what [`crate::rules::measure_issues`] reports at `responsibility.matrix`.
pub fn missing_measures_for_matrix(d: &Declaration) -> Vec<(Layer, Category)> {
    let rows = d.responsibility.as_ref().map_or(&[][..], |r| &r.matrix[..]);
    let present: HashSet<Category> = d.measures.iter().filter_map(|m| m.category).collect();
    Layer::ALL
        .iter()
        .filter_map(|&layer| {
            let owner = matrix::owner_of(rows, layer)?;
            let category = category_for(layer)?;
            (owner != Owner::Provider && !present.contains(&category)).then_some((layer, category))
        })
        .collect()
}

#[cfg(test)]
mod tests;
