//! Small subcontracting trees for the tests of the tree and of the lists. Test-only.

use crate::model::{Declaration, Subcontractor};

/// A declaration whose subcontractors have these (id, parent) pairs, named after their ids.
pub(crate) fn with_tree(nodes: &[(&str, &str)]) -> Declaration {
    let mut d = Declaration::new();
    d.entrustment.resubcontract = Some(true);
    d.subcontractors = nodes
        .iter()
        .map(|&(id, parent)| Subcontractor {
            id: id.into(),
            parent: Some(parent.into()),
            name: Some(format!("name-{id}")),
            ..Default::default()
        })
        .collect();
    d
}

pub(crate) fn ids(d: &Declaration) -> Vec<&str> {
    d.subcontractors.iter().map(|s| s.id.as_str()).collect()
}

/// a ─┬─ b ── d
///    └─ c
/// e
pub(crate) fn sample() -> Declaration {
    with_tree(&[
        ("a", "contractor"),
        ("b", "a"),
        ("c", "a"),
        ("d", "b"),
        ("e", "contractor"),
    ])
}
