//! Editing the repeated lists of the form — subcontractors, storage regions, measures — as
//! [`Group`]s: fresh ids ([`new_id`]), adding, moving ([`shift`]: a subcontractor among its
//! siblings, any other entry past its neighbour) and removing ([`remove`], with what happens
//! to a subcontractor's own subcontractors, [`OnRemove`]), and renumbering the paths that
//! name entries after a move or a removal ([`renumber`]). The tree's shape is
//! [`crate::tree`]'s.
//!
//! Every function is total: an index past the end changes nothing.

use std::collections::HashSet;

use crate::answers::Group;
use crate::model::{Category, Declaration, Measure, Region, Subcontractor};
use crate::tree::{children, descendants, sibling};

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

/// Appends `addressee` (its file's `id` given by the caller: random in the app, so that a
/// municipality's file keeps its id across exports and a removed one's is never taken again);
/// returns its index, or `None` when the list has [`crate::model::MAX_ADDRESSEES`] already.
pub fn add_addressee(d: &mut Declaration, addressee: crate::model::Addressee) -> Option<usize> {
    (d.addressees.len() < crate::model::MAX_ADDRESSEES).then(|| {
        d.addressees.push(addressee);
        d.addressees.len() - 1
    })
}

/// Appends an empty subcontractor with a fresh id, commissioned by `parent` (`contractor` or
/// another subcontractor's id); returns its index.
pub fn add_subcontractor(d: &mut Declaration, parent: &str) -> usize {
    add_subcontractor_with(d, parent, SUBCONTRACTOR_PREFIX)
}

/// [`add_subcontractor`] with ids `{prefix}1`, `{prefix}2`, … (a part's own,
/// [`crate::part::new_id_prefix`]).
pub fn add_subcontractor_with(d: &mut Declaration, parent: &str, prefix: &str) -> usize {
    let ids: Vec<&str> = d.subcontractors.iter().map(|s| s.id.as_str()).collect();
    let id = new_id(&ids, prefix);
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

/// The entries of `group` ([`Group::len`]).
pub fn len(d: &Declaration, group: Group) -> usize {
    group.len(d)
}

/// The entry `index` of `group` trades places with: a subcontractor's previous or next
/// sibling ([`sibling`]), else the entry before or after it. `None` when it cannot move.
pub fn neighbour(d: &Declaration, group: Group, index: usize, up: bool) -> Option<usize> {
    if group == Group::Subcontractors {
        return sibling(d, index, up);
    }
    let j = if up { index.checked_sub(1)? } else { index + 1 };
    (index < len(d, group) && j < len(d, group)).then_some(j)
}

/// [`neighbour`] of every entry of `group`, up and down, in one pass (a list of hundreds of
/// entries asks for all of them on every change).
pub fn neighbours(d: &Declaration, group: Group) -> Vec<(Option<usize>, Option<usize>)> {
    let n = len(d, group);
    if group != Group::Subcontractors {
        return (0..n)
            .map(|i| (i.checked_sub(1), (i + 1 < n).then_some(i + 1)))
            .collect();
    }
    let mut out = vec![(None, None); n];
    let mut last: std::collections::HashMap<Option<&str>, usize> = Default::default();
    for (i, s) in d.subcontractors.iter().enumerate() {
        if let Some(prev) = last.insert(s.parent.as_deref(), i) {
            out[i].0 = Some(prev);
            out[prev].1 = Some(i);
        }
    }
    out
}

/// Moves entry `index` of `group` past its [`neighbour`]; returns the index it now has.
pub fn shift(d: &mut Declaration, group: Group, index: usize, up: bool) -> Option<usize> {
    let other = neighbour(d, group, index, up)?;
    match group {
        Group::Subcontractors => d.subcontractors.swap(index, other),
        Group::Measures => d.measures.swap(index, other),
        Group::Addressees => d.addressees.swap(index, other),
        Group::Regions => {
            let l = d.cloud.as_mut()?.data_location.as_mut()?;
            l.regions.swap(index, other);
        }
    }
    Some(other)
}

/// The indices that removing entry `index` of `group` as `how` says takes away, in
/// increasing order (a subcontractor's branch too with [`OnRemove::RemoveDescendants`],
/// unless another entry carries its id).
pub fn removal(d: &Declaration, group: Group, index: usize, how: OnRemove) -> Vec<usize> {
    if index >= len(d, group) {
        return Vec::new();
    }
    let mut gone = vec![index];
    if group == Group::Subcontractors && how == OnRemove::RemoveDescendants {
        let id = &d.subcontractors[index].id;
        let shared = d
            .subcontractors
            .iter()
            .enumerate()
            .any(|(j, s)| j != index && s.id == *id);
        if !shared {
            gone.extend(descendants(d, id));
        }
    }
    gone.sort_unstable();
    gone
}

/// Removes entry `index` of `group` as `how` says (only subcontractors heed it); returns the
/// indices removed ([`removal`]).
pub fn remove(d: &mut Declaration, group: Group, index: usize, how: OnRemove) -> Vec<usize> {
    let gone = removal(d, group, index, how);
    match group {
        Group::Subcontractors => {
            let removed = remove_subcontractor(d, index, how);
            debug_assert_eq!(removed, gone.len());
        }
        Group::Measures => {
            remove_measure(d, index);
        }
        Group::Addressees => {
            d.addressees.remove(index);
        }
        Group::Regions => {
            remove_region(d, index);
        }
    }
    gone
}

/// A path naming an entry of `group` (`subcontractors[3].name`) renumbered by `f`
/// (`subcontractors[f(3)].name`), or `None` when `f` says the entry is gone. Paths outside
/// the group come back as they are.
pub fn renumber(path: &str, group: Group, f: impl Fn(usize) -> Option<usize>) -> Option<String> {
    let prefix = format!("{}[", group.path());
    let Some(rest) = path.strip_prefix(&prefix) else {
        return Some(path.to_string());
    };
    let (n, tail) = rest.split_once(']')?;
    let k = n.parse::<usize>().ok()?;
    f(k).map(|k| format!("{prefix}{k}]{tail}"))
}

#[cfg(test)]
mod tests;
