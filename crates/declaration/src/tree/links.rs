//! The links of the subcontracting tree worked out once, in time linear in the entries:
//! where each `parent` leads, each entry's children, the order and depth [`super::ordered`]
//! and [`super::depth`] give, and which entries lie on a cycle. Everything that asks about
//! the shape of the whole tree (the rules, the verdict, the form's cards, the diagram)
//! builds one [`Links`] rather than walking the parents of every entry, which grows with
//! the square of a long chain.

use std::collections::HashMap;

use crate::model::{Declaration, Subcontractor, CONTRACTOR_PARENT};

/// Where a subcontractor's `parent` leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Up {
    /// The contractor (`contractor`).
    Contractor,
    /// The first subcontractor carrying the parent's id (possibly the entry itself).
    Node(usize),
    /// Missing, blank or unknown.
    Nowhere,
}

/// The tree's links, for the subcontractors of one declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Links {
    /// Where each entry's parent leads.
    pub up: Vec<Up>,
    /// The entries whose parent leads to each entry (never itself), in list order.
    pub children: Vec<Vec<usize>>,
    /// Depth first from the contractor, then the unreached in list order (see
    /// [`super::ordered`]), each with its depth.
    pub ordered: Vec<(usize, usize)>,
    /// Each entry's depth as [`super::depth`] gives it.
    pub depth: Vec<usize>,
    /// For an entry on a cycle of parents, the cycle from the entry round to it again
    /// (the entry itself first and last); `None` off a cycle. A self-parent is not a cycle
    /// here: the rules name it apart.
    on_cycle: Vec<Option<usize>>,
    /// The cycles found, each in parent order.
    cycles: Vec<Vec<usize>>,
}

/// The first index of each non-blank id.
pub fn first_of(subs: &[Subcontractor]) -> HashMap<&str, usize> {
    let mut by_id = HashMap::with_capacity(subs.len());
    for (i, s) in subs.iter().enumerate() {
        by_id.entry(s.id.as_str()).or_insert(i);
    }
    by_id
}

impl Links {
    /// Works the links of `d` out in one pass over its subcontractors.
    pub fn of(d: &Declaration) -> Links {
        let subs = &d.subcontractors;
        let n = subs.len();
        let by_id = first_of(subs);
        let up: Vec<Up> = subs
            .iter()
            .map(|s| match s.parent.as_deref() {
                Some(CONTRACTOR_PARENT) => Up::Contractor,
                Some(p) if !p.trim().is_empty() => {
                    by_id.get(p).map_or(Up::Nowhere, |&j| Up::Node(j))
                }
                _ => Up::Nowhere,
            })
            .collect();
        let mut children = vec![Vec::new(); n];
        for (i, u) in up.iter().enumerate() {
            if let Up::Node(j) = *u {
                if j != i {
                    children[j].push(i);
                }
            }
        }
        let mut ordered = Vec::with_capacity(n);
        let mut depth = vec![1; n];
        let mut seen = vec![false; n];
        let mut stack: Vec<(usize, usize)> = (0..n)
            .rev()
            .filter(|&i| up[i] == Up::Contractor)
            .map(|i| (i, 1))
            .collect();
        while let Some((i, level)) = stack.pop() {
            if seen[i] {
                continue;
            }
            seen[i] = true;
            depth[i] = level;
            ordered.push((i, level));
            stack.extend(
                children[i]
                    .iter()
                    .rev()
                    .filter(|&&j| !seen[j])
                    .map(|&j| (j, level + 1)),
            );
        }
        for (i, done) in seen.iter().enumerate() {
            if !done {
                ordered.push((i, 1));
            }
        }
        let (on_cycle, cycles) = cycles_of(&up);
        Links {
            up,
            children,
            ordered,
            depth,
            on_cycle,
            cycles,
        }
    }

    /// The cycle entry `i` is on, from `i` round to `i` again; `None` off a cycle.
    pub fn cycle_from(&self, i: usize) -> Option<Vec<usize>> {
        let cycle = &self.cycles[(*self.on_cycle.get(i)?)?];
        let at = cycle.iter().position(|&k| k == i)?;
        let mut out: Vec<usize> = cycle[at..].iter().chain(&cycle[..at]).copied().collect();
        out.push(i);
        Some(out)
    }

    /// How many levels the tree runs below the contractor (0 with no subcontractors).
    pub fn levels(&self) -> usize {
        self.depth.iter().copied().max().unwrap_or(0)
    }
}

/// The cycles of the parent links (each entry has at most one parent, so every entry lies
/// on at most one), found by walking each path of parents once.
fn cycles_of(up: &[Up]) -> (Vec<Option<usize>>, Vec<Vec<usize>>) {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    let n = up.len();
    let mut mark = vec![Mark::New; n];
    let mut on_cycle = vec![None; n];
    let mut cycles = Vec::new();
    let mut path = Vec::new();
    for start in 0..n {
        let mut at = start;
        path.clear();
        loop {
            match mark[at] {
                Mark::Done => break,
                Mark::OnPath => {
                    // The walk came back into this path: from there on, it is a cycle.
                    let from = path.iter().position(|&k| k == at).unwrap_or(0);
                    for &k in &path[from..] {
                        on_cycle[k] = Some(cycles.len());
                    }
                    cycles.push(path[from..].to_vec());
                    break;
                }
                Mark::New => {
                    mark[at] = Mark::OnPath;
                    path.push(at);
                    match up[at] {
                        Up::Node(j) if j != at => at = j,
                        _ => break,
                    }
                }
            }
        }
        for &k in &path {
            mark[k] = Mark::Done;
        }
    }
    (on_cycle, cycles)
}
