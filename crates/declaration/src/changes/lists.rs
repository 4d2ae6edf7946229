//! The entries of the form's lists in the change list. Entries are matched by identity,
//! never by place: subcontractors and measures by `id`, storage regions by their name (they
//! carry no id; a renamed region reads as one removed and one added), rows of the
//! responsibility table by layer. The n-th entry of one version carrying an identity is
//! matched with the n-th of the other carrying it, so duplicates and entries without one
//! (a blank id or name) still pair up in order.
//!
//! A matched entry gives a row per changed answer; an added or removed one a single row
//! whose value sums it up (「商号又は名称：…」 one line per answer). Rows follow the newer
//! version's order, a removed entry right after the entry that came before it in the
//! older one. Order alone makes no row.

use std::collections::{HashMap, VecDeque};

use serde_json::Value;

use super::change::{change, Change, ChangeKind};
use super::{items, values};
use crate::answers::{entry_label, named_in_text, Group};
use crate::fields::{self, Labelled, Lang, FIELDS};
use crate::model::Layer;
use crate::words::Words;

/// A list of the form.
struct List {
    /// The registry key of the group: `subcontractors`.
    key: &'static str,
    /// The answer that identifies an entry.
    identity: &'static str,
    /// The answer that names an entry in its title (「再委託先2（国民健康保険中央会）」).
    name: &'static str,
    /// The numbered list an entry belongs to (「再委託先2」); `None`: entries are named, not
    /// numbered (the responsibility table's layers).
    group: Option<Group>,
    /// The answers an added or removed entry is summed up by.
    summary: &'static [&'static str],
}

const LISTS: [List; 5] = [
    List {
        key: "addressees",
        identity: "id",
        name: "municipality",
        group: Some(Group::Addressees),
        summary: &["municipality", "municipality_code", "item_number"],
    },
    List {
        key: "subcontractors",
        identity: "id",
        name: "name",
        group: Some(Group::Subcontractors),
        summary: &["name", "parent", "work_scope"],
    },
    List {
        key: "cloud.data_location.regions",
        identity: "name",
        name: "name",
        group: Some(Group::Regions),
        summary: &["name", "country", "purpose"],
    },
    List {
        key: "responsibility.matrix",
        identity: "layer",
        name: "layer",
        group: None,
        summary: &["owner"],
    },
    List {
        key: "measures",
        identity: "id",
        name: "category",
        group: Some(Group::Measures),
        summary: &["category", "status", "description"],
    },
];

/// Where an entry stands: in both versions (old index, new index), only the old, only the new.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Both(usize, usize),
    Old(usize),
    New(usize),
}

/// Adds the rows of the list `group` (a registry key of a group) to `out`; nothing for a
/// group that is not a list.
pub(super) fn diff(group: &str, old: &Value, new: &Value, out: &mut Vec<Change>) {
    let Some(list) = LISTS.iter().find(|l| l.key == group) else {
        return;
    };
    let (olds, news) = (entries(old, group), entries(new, group));
    let old_ids: Vec<String> = olds.iter().map(|e| identity(list, e)).collect();
    let new_ids: Vec<String> = news.iter().map(|e| identity(list, e)).collect();
    let prefix = format!("{group}[].");
    for slot in pair(&old_ids, &new_ids) {
        match slot {
            Slot::Both(i, j) => {
                let title = title(list, new, j, &news[j]);
                for f in FIELDS.iter().filter(|f| f.key.starts_with(&prefix)) {
                    let rel = &f.key[prefix.len()..];
                    let (before, after) = (values::raw(&olds[i], rel), values::raw(&news[j], rel));
                    if values::same(before, after) {
                        continue;
                    }
                    out.push(change(
                        format!("{}.{rel}", path(list, &new_ids[j], j)),
                        items::item(&title, f.key),
                        before.map(|v| values::show(f.key, v, old)),
                        after.map(|v| values::show(f.key, v, new)),
                        ChangeKind::Changed,
                    ));
                }
            }
            Slot::New(j) => {
                let title = title(list, new, j, &news[j]);
                let summary = summary(list, &news[j], new, &title);
                let item = items::join(&title);
                let path = path(list, &new_ids[j], j);
                out.push(change(path, item, None, Some(summary), ChangeKind::Added));
            }
            Slot::Old(i) => {
                let title = title(list, old, i, &olds[i]);
                let summary = summary(list, &olds[i], old, &title);
                let item = items::join(&title);
                let path = path(list, &old_ids[i], i);
                out.push(change(path, item, Some(summary), None, ChangeKind::Removed));
            }
        }
    }
}

/// The entries of the list `group` in one version (none when it is absent).
fn entries<'a>(root: &'a Value, group: &str) -> &'a [Value] {
    values::raw(root, group)
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice)
}

/// What identifies an entry (blank when it has nothing).
fn identity(list: &List, entry: &Value) -> String {
    values::raw(entry, list.identity)
        .and_then(Value::as_str)
        .map_or_else(String::new, |s| s.trim().to_string())
}

/// The path of an entry: `subcontractors[id=sub-2]`, or `subcontractors[3]` by its place in
/// its version when it has no identity.
fn path(list: &List, identity: &str, index: usize) -> String {
    if identity.is_empty() {
        format!("{}[{index}]", list.key)
    } else {
        format!("{}[{}={identity}]", list.key, list.identity)
    }
}

/// The pieces of an entry's item: the section (unless the group's label is the section's
/// title), the entry numbered and named (「再委託先2（国民健康保険中央会）」), or for the
/// responsibility table the group and the layer.
fn title(list: &List, root: &Value, index: usize, entry: &Value) -> Vec<Words> {
    let section = items::section_of(list.key);
    let group = fields::field(list.key).map_or_else(|| Words::same(list.key), items::label);
    let mut pieces = Vec::new();
    if section.ja != group.ja {
        pieces.push(section);
    }
    let name = if list.key == "responsibility.matrix" {
        values::raw(entry, list.name)
            .and_then(Value::as_str)
            .and_then(Layer::parse)
            .map(|l| Words::new(l.label(Lang::Ja), l.label(Lang::En)))
    } else {
        let key = format!("{}[].{}", list.key, list.name);
        values::raw(entry, list.name).map(|v| values::show(&key, v, root))
    };
    let Some(numbered) = list.group else {
        pieces.push(group);
        pieces.extend(name);
        return pieces;
    };
    pieces.push(named_in_text(entry_label(numbered, index), name));
    pieces
}

/// An added or removed entry summed up, one answer a line: 「商号又は名称：…」; the entry's
/// title when none of those answers is given.
fn summary(list: &List, entry: &Value, root: &Value, title: &[Words]) -> Words {
    let lines: Vec<Words> = list
        .summary
        .iter()
        .filter_map(|rel| {
            let key = format!("{}[].{rel}", list.key);
            let value = values::show(&key, values::raw(entry, rel)?, root);
            let label = fields::field(&key).map_or_else(|| Words::same(*rel), items::label);
            Some(Words::new(
                format!("{}：{}", label.ja, value.ja),
                format!("{}: {}", label.en, value.en),
            ))
        })
        .collect();
    if lines.is_empty() {
        return items::join(title);
    }
    values::join(lines, "\n", "\n")
}

/// Matches the entries of two versions by identity (see the module documentation), in the
/// order rows are written.
fn pair(old: &[String], new: &[String]) -> Vec<Slot> {
    let mut waiting: HashMap<&str, VecDeque<usize>> = HashMap::new();
    for (j, id) in new.iter().enumerate() {
        waiting.entry(id.as_str()).or_default().push_back(j);
    }
    let mut new_of_old = vec![None; old.len()];
    let mut old_of_new = vec![None; new.len()];
    for (i, id) in old.iter().enumerate() {
        if let Some(j) = waiting.get_mut(id.as_str()).and_then(VecDeque::pop_front) {
            new_of_old[i] = Some(j);
            old_of_new[j] = Some(i);
        }
    }
    // Sorted by (place in the new version + 1, 0 | 1 for a removed entry, old index).
    let mut slots: Vec<((usize, u8, usize), Slot)> = old_of_new
        .iter()
        .enumerate()
        .map(|(j, i)| match i {
            Some(i) => ((j + 1, 0, 0), Slot::Both(*i, j)),
            None => ((j + 1, 0, 0), Slot::New(j)),
        })
        .collect();
    for i in (0..old.len()).filter(|&i| new_of_old[i].is_none()) {
        let after = (0..i)
            .rev()
            .find_map(|k| new_of_old[k])
            .map_or(0, |j| j + 1);
        slots.push(((after, 1, i), Slot::Old(i)));
    }
    slots.sort_by_key(|(key, _)| *key);
    slots.into_iter().map(|(_, slot)| slot).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn pairs_by_identity_whatever_the_order() {
        let slots = pair(&ids(&["a", "b", "c"]), &ids(&["c", "a", "d"]));
        assert_eq!(
            slots,
            [
                Slot::Both(2, 0),
                Slot::Both(0, 1),
                Slot::Old(1),
                Slot::New(2)
            ]
        );
    }

    #[test]
    fn a_removed_first_entry_comes_first_and_duplicates_pair_in_order() {
        assert_eq!(
            pair(&ids(&["x", "a"]), &ids(&["a"])),
            [Slot::Old(0), Slot::Both(1, 0)]
        );
        assert_eq!(
            pair(&ids(&["", "", "a"]), &ids(&["a", ""])),
            [Slot::Both(2, 0), Slot::Both(0, 1), Slot::Old(1)]
        );
        assert_eq!(pair(&[], &ids(&["a"])), [Slot::New(0)]);
        assert!(pair(&[], &[]).is_empty());
    }
}
