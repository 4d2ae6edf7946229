//! Where each question of a review belongs in a declaration as it stands now: a condition,
//! a section, or an answer whose entry is found by its id first (the contractor may have
//! reordered or removed entries since the review), by the path's index otherwise. A target
//! that no longer exists is [`Place::Missing`]: it is shown in a list of its own, never
//! dropped.

use super::model::{Item, Target};
use crate::answers::Group;
use crate::fields::{self, Section};
use crate::model::Declaration;
use crate::verdict::CondId;

/// Where a question belongs now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Condition(CondId),
    Section(Section),
    /// The answer's path as it is now (`subcontractors[0].inspection` after a reorder).
    Answer(String),
    /// The condition, section, answer or entry is not there (any more).
    Missing,
}

/// The [`Place`] of `target` in `d`.
pub fn place(d: &Declaration, target: &Target) -> Place {
    if let Some(c) = &target.condition {
        return CondId::parse(c).map_or(Place::Missing, Place::Condition);
    }
    if let Some(s) = &target.section {
        return Section::ALL
            .into_iter()
            .find(|x| x.key() == s)
            .map_or(Place::Missing, Place::Section);
    }
    let Some(path) = target.path.as_deref() else {
        return Place::Missing;
    };
    let path = match moved(d, path, target.entry_id.as_deref()) {
        Some(p) => p,
        None => return Place::Missing,
    };
    if fields::field(&path).is_none() || !in_range(d, &path) {
        return Place::Missing;
    }
    Place::Answer(path)
}

/// Every item with its place, in the review's order.
pub fn places<'a>(d: &Declaration, items: &'a [Item]) -> Vec<(&'a Item, Place)> {
    items.iter().map(|i| (i, place(d, &i.target))).collect()
}

/// The path with its entry's index replaced by where the entry carrying `entry_id` is now;
/// `None` when that entry is gone. A path without an entry id stays as it is.
fn moved(d: &Declaration, path: &str, entry_id: Option<&str>) -> Option<String> {
    let Some(id) = entry_id.filter(|id| !id.trim().is_empty()) else {
        return Some(path.to_string());
    };
    let (list, rest) = path.split_once('[')?;
    let (_, after) = rest.split_once(']')?;
    let now = match Group::of(list)? {
        Group::Subcontractors => d.subcontractors.iter().position(|s| s.id == id)?,
        Group::Measures => d.measures.iter().position(|m| m.id == id)?,
        Group::Addressees => d.addressees.iter().position(|a| a.id == id)?,
        // Storage regions carry no id: the index is all there is.
        Group::Regions => return Some(path.to_string()),
    };
    Some(format!("{list}[{now}]{after}"))
}

/// Whether the entry index of `path`, if it has one, exists in `d`.
fn in_range(d: &Declaration, path: &str) -> bool {
    let Some((list, rest)) = path.split_once('[') else {
        return true;
    };
    let index = rest.split(']').next().and_then(|n| n.parse::<usize>().ok());
    match (Group::of(list), index) {
        (Some(group), Some(i)) => i < group.len(d),
        _ => false,
    }
}
