//! The subcontracting tree (spec §3, S6/S9): every subcontractor has its own non-empty id,
//! its parent is the contractor or another subcontractor, never itself, and following the
//! parents always ends at the contractor (no cycles).

use super::check::blank;
use super::messages::{self as msg, At};
use crate::model::{Declaration, Subcontractor, CONTRACTOR_PARENT};
use crate::tree::Links;
use crate::Issue;
use std::collections::HashMap;

/// The issues of the subcontracting tree, in list order: ids at `subcontractors[i].id`
/// (missing, reserved `contractor`, or used by an earlier entry), parents at
/// `subcontractors[i].parent` (missing, itself, unknown, or part of a cycle — each node of a
/// cycle reported once, naming the whole cycle). Empty unless `resubcontract` is
/// `Some(true)`: a tree that is not asked is not validated.
pub fn tree_issues(d: &Declaration) -> Vec<Issue> {
    if d.resubcontracts() != Some(true) {
        return Vec::new();
    }
    let subs = &d.subcontractors;
    let mut issues = Vec::new();
    let links = Links::of(d);
    // The first entry of each id: the one a parent refers to.
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for (i, s) in subs.iter().enumerate() {
        let path = format!("subcontractors[{i}].id");
        if s.id.trim().is_empty() {
            issues.push(msg::missing_id(i + 1).error(path));
        } else if s.id == CONTRACTOR_PARENT {
            issues.push(msg::reserved_id(i + 1).error(path));
        } else if by_id.contains_key(s.id.as_str()) {
            issues.push(msg::duplicate_id("再委託先", "Subcontractor", i + 1, &s.id).error(path));
        } else {
            by_id.insert(&s.id, i);
        }
    }
    for (i, s) in subs.iter().enumerate() {
        let path = format!("subcontractors[{i}].parent");
        let parent = match s.parent.as_deref() {
            Some(p) if !blank(Some(p)) => p,
            _ => {
                issues.push(msg::select(&path).missing(path));
                continue;
            }
        };
        if parent == CONTRACTOR_PARENT {
            continue;
        }
        if parent == s.id {
            issues.push(msg::self_parent(&path).error(path));
            continue;
        }
        if !by_id.contains_key(parent) {
            issues.push(msg::unknown_parent(&path, parent).error(path));
            continue;
        }
        if let Some(cycle) = links.cycle_from(i) {
            let names: Vec<String> = shown(&cycle).map(|k| display_name(&subs[k])).collect();
            issues.push(msg::cycle(&path, &names, cycle.len() - 1).error(path));
        }
    }
    issues
}

/// The entries of a cycle a message names: all of a short one; of a long one the first
/// [`CYCLE_SHOWN`] and the entry it returns to, so that each message stays short (a cycle
/// through 500 entries would otherwise write 500 names in each of 500 messages).
fn shown(cycle: &[usize]) -> impl Iterator<Item = usize> + '_ {
    let long = cycle.len() > CYCLE_SHOWN + 2;
    let head = if long { CYCLE_SHOWN } else { cycle.len() };
    cycle[..head]
        .iter()
        .chain(long.then(|| cycle.last()).flatten())
        .copied()
}

/// How many entries of a long cycle a message names before 「…」.
const CYCLE_SHOWN: usize = 5;

/// How a subcontractor is named in a message: its name, or its id while it has none.
fn display_name(s: &Subcontractor) -> String {
    match s.name.as_deref().map(str::trim) {
        Some(name) if !name.is_empty() => crate::words::isolated(name).into_owned(),
        _ => crate::words::isolated(&s.id).into_owned(),
    }
}
