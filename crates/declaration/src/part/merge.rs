//! The three-way merge of a returned part into the draft it came from: `base` is the part
//! as sent, `mine` the draft now, `theirs` the part returned. Entries are matched by `id`;
//! each answer of an entry (one level into `confidentiality` and `handler_count`) is merged
//! on its own: changed on one side only, that side's; changed on both alike, the same;
//! changed on both differently, a [`Conflict`] the user resolves (keep mine / take theirs).
//! An entry removed on one side and changed on the other is a conflict of the whole entry.
//! Entries outside the part's subtree are never touched, and a returned part that holds an
//! entry of the draft outside it is refused ([`PartError::OutsideSubtree`]). The root keeps
//! the draft's `parent`: a part cannot move its own entry.
//!
//! [`Merge::apply`] gives the draft after the merge, for the choices made; the change list
//! of what it changes is [`crate::changes::diff`] of the draft and that result.

use super::model::Part;
use super::read::PartError;
use super::subtree;
use crate::model::{Declaration, Subcontractor};
use crate::words::Words;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Which side a conflict is resolved to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Side {
    /// Keep the draft's answer (the default).
    #[default]
    Mine,
    Theirs,
}

/// One answer both sides changed differently, or an entry one side removed and the other
/// changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The entry's id.
    pub entry: String,
    /// The answer inside the entry (`inspection`, `confidentiality.date`), or empty for
    /// the whole entry.
    pub field: String,
    /// The draft's value (`None`: not there).
    pub mine: Option<Value>,
    /// The returned part's value (`None`: not there).
    pub theirs: Option<Value>,
}

impl Conflict {
    /// The key a choice is stored under.
    pub fn key(&self) -> (String, String) {
        (self.entry.clone(), self.field.clone())
    }

    /// The answer's label (「立ち入り調査に係る要件」), or 「再委託先全体」 for the entry.
    pub fn label(&self) -> Words {
        if self.field.is_empty() {
            return Words::new(
                "再委託先全体（削除と変更）",
                "The whole entry (removed and changed)",
            );
        }
        crate::words::label_of(&format!("subcontractors[0].{}", self.field))
    }
}

/// What one entry of the subtree becomes.
#[derive(Debug, Clone, PartialEq)]
enum Plan {
    /// Kept as the draft has it.
    Mine,
    /// Merged answer by answer: the value after the merge (conflicts as mine).
    Merged(Map<String, Value>),
    /// Removed by the part (the draft had not changed it).
    Removed,
    /// Added by the part.
    Added(Map<String, Value>),
    /// Removed on one side, changed on the other: the entry conflict decides.
    Either {
        mine: Option<Map<String, Value>>,
        theirs: Option<Map<String, Value>>,
    },
}

/// A merge worked out, before anything is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Merge {
    mine: Declaration,
    root: String,
    plans: BTreeMap<String, Plan>,
    /// The entries the part added, in its order.
    added: Vec<String>,
    /// The conflicts, in the draft's order of entries.
    pub conflicts: Vec<Conflict>,
    /// Whether the part as sent was not kept here (every difference then takes theirs).
    pub base_missing: bool,
}

/// An entry as its answers, one level into objects (`confidentiality.date`), `id` left out.
fn leaves(s: &Subcontractor) -> Map<String, Value> {
    let mut out = Map::new();
    if let Ok(Value::Object(obj)) = serde_json::to_value(s) {
        for (k, v) in obj {
            if k == "id" {
                continue;
            }
            match v {
                Value::Object(inner) if !inner.is_empty() => {
                    for (ik, iv) in inner {
                        out.insert(format!("{k}.{ik}"), iv);
                    }
                }
                Value::Null => {}
                v => {
                    out.insert(k, v);
                }
            }
        }
    }
    out
}

/// The entry `id` with the answers `leaves`.
fn entry_of(id: &str, leaves: &Map<String, Value>) -> Subcontractor {
    let mut obj = Map::new();
    obj.insert("id".into(), Value::from(id));
    for (k, v) in leaves {
        match k.split_once('.') {
            Some((outer, inner)) => {
                let slot = obj
                    .entry(outer.to_string())
                    .or_insert_with(|| Value::Object(Map::new()));
                if let Value::Object(m) = slot {
                    m.insert(inner.to_string(), v.clone());
                }
            }
            None => {
                obj.insert(k.clone(), v.clone());
            }
        }
    }
    serde_json::from_value(Value::Object(obj)).unwrap_or_else(|_| Subcontractor {
        id: id.to_string(),
        ..Default::default()
    })
}

/// Works out the merge of `theirs` (the part returned) into `mine` (the draft), from
/// `base` (the part as sent; `None` when it was not kept: each difference then takes
/// theirs). Refused when the part is for another declaration, its root is not in the
/// draft, or it holds entries of the draft outside its subtree.
pub fn merge(base: Option<&Part>, mine: &Declaration, theirs: &Part) -> Result<Merge, PartError> {
    let draft = mine.id.clone().unwrap_or_default();
    if theirs.declaration.id != draft {
        return Err(PartError::OtherDeclaration {
            part: theirs.declaration.id.clone(),
            draft,
        });
    }
    let root = theirs.root.clone();
    let Some(mine_root) = mine.subcontractors.iter().find(|s| s.id == root) else {
        return Err(PartError::NoRoot { root });
    };
    let inside: HashSet<&str> = subtree(&mine.subcontractors, &root)
        .into_iter()
        .map(|i| mine.subcontractors[i].id.as_str())
        .collect();
    let base_ids: HashSet<&str> = base
        .map(|b| b.subcontractors.iter().map(|s| s.id.as_str()).collect())
        .unwrap_or_default();
    let outside: Vec<String> = theirs
        .subcontractors
        .iter()
        .filter(|t| !inside.contains(t.id.as_str()) && !base_ids.contains(t.id.as_str()))
        .filter(|t| mine.subcontractors.iter().any(|m| m.id == t.id))
        .map(|t| t.id.clone())
        .collect();
    if !outside.is_empty() {
        return Err(PartError::OutsideSubtree { ids: outside });
    }
    let by_id = |list: &[Subcontractor]| -> HashMap<String, Map<String, Value>> {
        list.iter().map(|s| (s.id.clone(), leaves(s))).collect()
    };
    let mine_subtree: Vec<Subcontractor> = mine
        .subcontractors
        .iter()
        .filter(|s| inside.contains(s.id.as_str()))
        .cloned()
        .collect();
    let m = by_id(&mine_subtree);
    let mut t = by_id(&theirs.subcontractors);
    // The root keeps the draft's parent.
    if let Some(root_leaves) = t.get_mut(&root) {
        match &mine_root.parent {
            Some(p) => root_leaves.insert("parent".into(), Value::from(p.clone())),
            None => root_leaves.remove("parent"),
        };
    }
    let b = match base {
        Some(b) => {
            let mut b = by_id(&b.subcontractors);
            if let (Some(root_leaves), Some(p)) =
                (b.get_mut(&root), t.get(&root).and_then(|r| r.get("parent")))
            {
                root_leaves.insert("parent".into(), p.clone());
            }
            b
        }
        None => HashMap::new(),
    };
    let base_missing = base.is_none();
    let mut plans = BTreeMap::new();
    let mut conflicts = Vec::new();
    let mut order: Vec<String> = mine_subtree.iter().map(|s| s.id.clone()).collect();
    let added: Vec<String> = theirs
        .subcontractors
        .iter()
        .filter(|s| !m.contains_key(&s.id) && (base_missing || !b.contains_key(&s.id)))
        .map(|s| s.id.clone())
        .collect();
    order.extend(b.keys().filter(|k| !m.contains_key(*k)).cloned());
    for id in order {
        let (bv, mv, tv) = (b.get(&id), m.get(&id), t.get(&id));
        let plan = match (mv, tv) {
            (Some(mv), Some(tv)) => {
                let empty = Map::new();
                let bv = if base_missing {
                    mv
                } else {
                    bv.unwrap_or(&empty)
                };
                let mut out = Map::new();
                let keys: std::collections::BTreeSet<&String> =
                    bv.keys().chain(mv.keys()).chain(tv.keys()).collect();
                for k in keys {
                    let (b1, m1, t1) = (bv.get(k), mv.get(k), tv.get(k));
                    let take = if m1 == t1 || t1 == b1 {
                        m1
                    } else if m1 == b1 || base_missing {
                        t1
                    } else {
                        conflicts.push(Conflict {
                            entry: id.clone(),
                            field: k.clone(),
                            mine: m1.cloned(),
                            theirs: t1.cloned(),
                        });
                        m1
                    };
                    if let Some(v) = take {
                        out.insert(k.clone(), v.clone());
                    }
                }
                if &out == mv {
                    Plan::Mine
                } else {
                    Plan::Merged(out)
                }
            }
            (Some(mv), None) => match bv {
                // Added in the draft since the request: the part never saw it.
                None => Plan::Mine,
                Some(bv) if bv == mv => Plan::Removed,
                Some(_) => {
                    conflicts.push(Conflict {
                        entry: id.clone(),
                        field: String::new(),
                        mine: Some(Value::Object(mv.clone())),
                        theirs: None,
                    });
                    Plan::Either {
                        mine: Some(mv.clone()),
                        theirs: None,
                    }
                }
            },
            (None, Some(tv)) => match bv {
                Some(bv) if bv == tv => continue,
                Some(_) => {
                    conflicts.push(Conflict {
                        entry: id.clone(),
                        field: String::new(),
                        mine: None,
                        theirs: Some(Value::Object(tv.clone())),
                    });
                    Plan::Either {
                        mine: None,
                        theirs: Some(tv.clone()),
                    }
                }
                None => continue,
            },
            (None, None) => continue,
        };
        plans.insert(id, plan);
    }
    for id in &added {
        if let Some(tv) = t.get(id) {
            plans.insert(id.clone(), Plan::Added(tv.clone()));
        }
    }
    Ok(Merge {
        mine: mine.clone(),
        root: theirs.root.clone(),
        plans,
        added,
        conflicts,
        base_missing,
    })
}

impl Merge {
    /// The draft after the merge, each conflict resolved as `choices` says (keep mine when
    /// not chosen). Entries outside the part's subtree are as they were, in their places;
    /// an entry the part added goes after the last entry below its parent.
    pub fn apply(&self, choices: &HashMap<(String, String), Side>) -> Declaration {
        let side = |c: &Conflict| choices.get(&c.key()).copied().unwrap_or_default();
        let mut d = self.mine.clone();
        let mut subs: Vec<Subcontractor> = Vec::with_capacity(d.subcontractors.len());
        for s in &d.subcontractors {
            match self.plans.get(&s.id) {
                None | Some(Plan::Mine) => subs.push(s.clone()),
                Some(Plan::Merged(leaves)) => {
                    let mut leaves = leaves.clone();
                    for c in self
                        .conflicts
                        .iter()
                        .filter(|c| c.entry == s.id && !c.field.is_empty())
                    {
                        if side(c) == Side::Theirs {
                            match &c.theirs {
                                Some(v) => leaves.insert(c.field.clone(), v.clone()),
                                None => leaves.remove(&c.field),
                            };
                        }
                    }
                    subs.push(entry_of(&s.id, &leaves));
                }
                Some(Plan::Removed) => {}
                Some(Plan::Either { theirs, .. }) => {
                    let c = self
                        .conflicts
                        .iter()
                        .find(|c| c.entry == s.id && c.field.is_empty());
                    match (c.map(side), theirs) {
                        (Some(Side::Theirs), None) => {}
                        (Some(Side::Theirs), Some(t)) => subs.push(entry_of(&s.id, t)),
                        _ => subs.push(s.clone()),
                    }
                }
                Some(Plan::Added(_)) => subs.push(s.clone()),
            }
        }
        // Entries the draft removed that the part changed, when theirs is taken; then the
        // entries the part added.
        let mut extra: Vec<Subcontractor> = Vec::new();
        for (id, plan) in &self.plans {
            if let Plan::Either {
                mine: None,
                theirs: Some(t),
            } = plan
            {
                let c = self
                    .conflicts
                    .iter()
                    .find(|c| &c.entry == id && c.field.is_empty());
                if c.map(side) == Some(Side::Theirs) {
                    extra.push(entry_of(id, t));
                }
            }
        }
        for id in &self.added {
            if let Some(Plan::Added(t)) = self.plans.get(id) {
                extra.push(entry_of(id, t));
            }
        }
        for s in extra {
            let at = insertion_point(&subs, &s, &self.root);
            subs.insert(at, s);
        }
        d.subcontractors = subs;
        d
    }
}

/// Where an entry goes: after the last entry below its parent (its parent's subtree), or
/// after the root's subtree when its parent is not there yet.
fn insertion_point(subs: &[Subcontractor], s: &Subcontractor, root: &str) -> usize {
    let parent = s.parent.as_deref().unwrap_or(root);
    let under = |p: &str| subtree(subs, p);
    let below = under(parent);
    let below = if below.is_empty() { under(root) } else { below };
    below.last().map_or(subs.len(), |i| i + 1)
}
