//! The diagram's nodes in display order: the municipality, the contractor, then the
//! subcontractors depth first from the contractor (children in list order). Total on broken
//! trees: an entry whose parent is missing or unknown hangs under the contractor with its own
//! subtree, and a cycle is cut at its first entry in list order, which hangs there too. Every
//! subcontractor appears exactly once and nothing loops. A parent refers to the *first*
//! subcontractor carrying its id, as [`crate::rules`] and [`crate::tree`] read it.

use super::text::clean;
use crate::model::{Declaration, HandlerCount, Subcontractor, CONTRACTOR_PARENT};
use std::collections::HashMap;

/// What a node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Municipality,
    Contractor,
    /// The subcontractor at this index of the answers.
    Subcontractor(usize),
}

/// Why a subcontractor hangs under the contractor although its parent does not say so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Attached {
    /// No parent chosen.
    Unselected,
    /// The parent names no subcontractor.
    Unknown(String),
    /// Following the parents goes round in a circle.
    Cycle,
}

/// One node, its texts cleaned (whitespace collapsed; `None` when blank).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub kind: Kind,
    pub id: String,
    pub depth: usize,
    /// The parent's position in the node list.
    pub parent: Option<usize>,
    pub name: Option<String>,
    /// The subcontractor's work scope, or the contractor's entrusted work.
    pub scope: Option<String>,
    pub handlers: Option<HandlerCount>,
    /// The subcontractor's supervision (監督体制).
    pub supervision: Option<String>,
    pub attached: Option<Attached>,
    /// Context shown by name only: in a part's drawing, the contractor and the chain above
    /// the part ([`super::Drawing::of_part`]).
    pub context: bool,
    /// The name of the node's parent, for the text alternative (`None` above the contractor).
    pub parent_name: Option<String>,
}

/// Where a subcontractor's `parent` leads.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Up {
    Contractor,
    Node(usize),
    Unselected,
    Unknown(String),
}

fn up(subs: &[Subcontractor], by_id: &HashMap<&str, usize>, i: usize) -> Up {
    match subs[i].parent.as_deref() {
        None => Up::Unselected,
        Some(p) if p.trim().is_empty() => Up::Unselected,
        Some(CONTRACTOR_PARENT) => Up::Contractor,
        Some(p) => by_id
            .get(p)
            .map_or_else(|| Up::Unknown(p.trim().to_string()), |&j| Up::Node(j)),
    }
}

/// The nodes of `d` in display order; the first two are the municipality and the contractor.
pub(super) fn build(d: &Declaration) -> Vec<Node> {
    let contractor = d.entrustment.contractor.as_ref();
    let mut out = vec![
        Node {
            kind: Kind::Municipality,
            id: "municipality".to_string(),
            depth: 0,
            parent: None,
            name: clean(d.basic.municipality.as_deref()),
            scope: None,
            handlers: None,
            supervision: None,
            attached: None,
            context: false,
            parent_name: None,
        },
        Node {
            kind: Kind::Contractor,
            id: CONTRACTOR_PARENT.to_string(),
            depth: 1,
            parent: Some(0),
            name: clean(contractor.and_then(|c| c.name.as_deref())),
            scope: clean(d.entrustment.content.as_deref()),
            handlers: d.entrustment.handler_count,
            supervision: None,
            attached: None,
            context: false,
            parent_name: None,
        },
    ];
    let subs: &[Subcontractor] = if d.resubcontracts() == Some(false) {
        &[]
    } else {
        &d.subcontractors
    };
    Placer::new(subs).place_all(&mut out);
    out
}

/// The depth-first walk over the subcontractors.
struct Placer<'a> {
    subs: &'a [Subcontractor],
    ups: Vec<Up>,
    children: Vec<Vec<usize>>,
    seen: Vec<bool>,
}

impl<'a> Placer<'a> {
    fn new(subs: &'a [Subcontractor]) -> Self {
        let by_id = crate::tree::first_of(subs);
        let ups: Vec<Up> = (0..subs.len()).map(|i| up(subs, &by_id, i)).collect();
        let mut children = vec![Vec::new(); subs.len()];
        for (j, u) in ups.iter().enumerate() {
            if let Up::Node(i) = *u {
                if i != j {
                    children[i].push(j);
                }
            }
        }
        Placer {
            subs,
            ups,
            children,
            seen: vec![false; subs.len()],
        }
    }

    fn place_all(mut self, out: &mut Vec<Node>) {
        let n = self.subs.len();
        for j in 0..n {
            if self.ups[j] == Up::Contractor {
                self.place(j, None, out);
            }
        }
        for j in 0..n {
            let why = match &self.ups[j] {
                Up::Unselected => Attached::Unselected,
                Up::Unknown(p) => Attached::Unknown(p.clone()),
                _ => continue,
            };
            self.place(j, Some(why), out);
        }
        for j in 0..n {
            if !self.seen[j] {
                let root = self.cycle_root(j);
                self.place(root, Some(Attached::Cycle), out);
            }
        }
    }

    /// Places `root` under the contractor and its subtree below it, depth first.
    fn place(&mut self, root: usize, why: Option<Attached>, out: &mut Vec<Node>) {
        let mut stack = vec![(root, 1, 2, why)];
        while let Some((j, parent, depth, why)) = stack.pop() {
            if std::mem::replace(&mut self.seen[j], true) {
                continue;
            }
            let at = out.len();
            let s = &self.subs[j];
            out.push(Node {
                kind: Kind::Subcontractor(j),
                id: format!("subcontractors[{j}]"),
                depth,
                parent: Some(parent),
                name: clean(s.name.as_deref()),
                scope: clean(s.work_scope.as_deref()),
                handlers: s.handler_count,
                supervision: clean(s.supervision.as_deref()),
                attached: why,
                context: false,
                parent_name: out[parent].name.clone(),
            });
            for &c in self.children[j].iter().rev() {
                if !self.seen[c] {
                    stack.push((c, at, depth + 1, None));
                }
            }
        }
    }

    /// The first entry in list order of the cycle that `j`'s chain of parents runs into
    /// (`j` itself when the chain leaves the subcontractors, which cannot happen for an
    /// entry left unplaced).
    fn cycle_root(&self, j: usize) -> usize {
        let mut at_step = vec![None; self.subs.len()];
        let mut chain = Vec::new();
        let mut k = j;
        loop {
            if let Some(step) = at_step[k] {
                return chain[step..].iter().copied().min().unwrap_or(j);
            }
            at_step[k] = Some(chain.len());
            chain.push(k);
            match self.ups[k] {
                Up::Node(i) => k = i,
                _ => return j,
            }
        }
    }
}
