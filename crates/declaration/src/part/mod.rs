//! The part file (記入依頼ファイル, `exchange.md` §2): one subcontractor's entry and
//! everything below it, sent down the chain for that subcontractor to fill in with the
//! same guidance as the full form, and merged back into the draft it came from.
//!
//! | part | owns |
//! |---|---|
//! | `model` | the format as serde types: [`Part`], [`PartOf`], [`Requester`] |
//! | `read` | [`import`]: the checks of every exchange file, then the part's own ([`PartError`]) |
//! | `make` | [`request`] (extracting the part from a declaration), [`export`], [`file_name`], [`returned`] |
//! | `store` | [`SentParts`]: the parts a requester sent (the base of the merge); [`KeptParts`]: the parts being filled in, and those returned not yet merged |
//! | `merge` | [`merge`]: the three-way merge of a returned part into the draft, its conflicts and [`Merge::apply`] |
//!
//! Nothing here knows a browser.

mod make;
mod merge;
mod model;
mod read;
mod store;
#[cfg(test)]
mod tests;

pub use make::{
    as_declaration, context_chain, export, file_name, instructions, is_context, new_id_prefix,
    request, returned, with_entries,
};
pub use merge::{merge, Conflict, Merge, Side};

pub use model::{Above, Part, PartOf, Requester, FORMAT, MAX_MESSAGE_CHARS, SCHEMA_VERSION};
pub use read::{import, ImportedPart, PartError};
pub use store::{KeptParts, SentPart, SentParts, OPEN_PREFIX, RETURNED_PREFIX, SENT_PREFIX};

use crate::model::Subcontractor;
use std::collections::{HashMap, HashSet};

/// The entries whose answers wait for a part to come back: every entry `requested` says has
/// a request out (by id) and every entry below it (the part holds them all), as indices of
/// `subs` in list order. While they wait, their missing answers are not the requester's to
/// give: the form moves on, the task list and the review page count them as awaited.
pub fn awaited(subs: &[Subcontractor], requested: impl Fn(&str) -> bool) -> Vec<usize> {
    // Plain vectors, no map, set or sort: the task list of the app's first download runs
    // this, and its code is paid for on every first visit. A parent is the first entry with
    // its id, as the tree reads it; a chain of parents is followed at most `subs.len()`
    // steps, so a cycle ends.
    let n = subs.len();
    let wanted: Vec<bool> = subs.iter().map(|s| requested(&s.id)).collect();
    if !wanted.contains(&true) {
        return Vec::new();
    }
    let parent: Vec<Option<usize>> = subs
        .iter()
        .map(|s| {
            let p = s.parent.as_deref()?;
            subs.iter().position(|e| e.id == p)
        })
        .collect();
    (0..n)
        .filter(|&i| {
            let mut at = Some(i);
            for _ in 0..=n {
                match at {
                    Some(j) if wanted[j] => return true,
                    Some(j) => at = parent[j],
                    None => return false,
                }
            }
            false
        })
        .collect()
}

/// The paths of the entries [`awaited`] gives (`subcontractors[3]`), as the form keeps them.
pub fn awaited_paths(subs: &[Subcontractor], requested: impl Fn(&str) -> bool) -> Vec<String> {
    awaited(subs, requested)
        .into_iter()
        .map(|i| format!("subcontractors[{i}]"))
        .collect()
}

/// Whether `path` is an answer of one of the `awaited` entries, given by their paths
/// ([`awaited_paths`]: `subcontractors[3].reason` when `subcontractors[3]` is among them).
pub fn is_awaited(path: &str, awaited: &[String]) -> bool {
    awaited.iter().any(|entry| {
        path.strip_prefix(entry.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
    })
}

/// The indices of the entry `root` and of every entry below it (by `parent`), in list
/// order; empty when there is no such entry. Safe on cycles: an entry is taken once.
pub fn subtree(subs: &[Subcontractor], root: &str) -> Vec<usize> {
    let mut children: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in subs.iter().enumerate() {
        if let Some(p) = s.parent.as_deref() {
            children.entry(p).or_default().push(i);
        }
    }
    let Some(start) = subs.iter().position(|s| s.id == root) else {
        return Vec::new();
    };
    let mut seen = HashSet::from([start]);
    let mut stack = vec![start];
    while let Some(i) = stack.pop() {
        for &c in children.get(subs[i].id.as_str()).into_iter().flatten() {
            if seen.insert(c) {
                stack.push(c);
            }
        }
    }
    let mut out: Vec<usize> = seen.into_iter().collect();
    out.sort_unstable();
    out
}
