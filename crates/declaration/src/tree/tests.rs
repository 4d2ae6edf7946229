//! Tests of the tree's shape, on the fixtures and on small trees built here.

use super::testkit::{sample, with_tree};
use super::*;
use crate::fixtures::compliant;
use crate::model::Contractor;
use crate::rules::tree_issues;
use crate::words::Words;

#[test]
fn children_and_descendants() {
    let d = sample();
    assert_eq!(children(&d, "contractor"), [0, 4]);
    assert_eq!(children(&d, "a"), [1, 2]);
    assert_eq!(children(&d, "d"), Vec::<usize>::new());
    assert_eq!(descendants(&d, "a"), [1, 3, 2]);
    assert_eq!(descendants(&d, "contractor"), [0, 1, 3, 2, 4]);
    assert_eq!(descendants(&d, "nobody"), Vec::<usize>::new());
}

#[test]
fn descendants_survive_a_cycle() {
    let d = with_tree(&[("a", "c"), ("b", "a"), ("c", "b"), ("x", "x")]);
    assert_eq!(descendants(&d, "a"), [1, 2]);
    // A self-parent is not its own child.
    assert_eq!(children(&d, "x"), Vec::<usize>::new());
    assert_eq!(descendants(&d, "x"), Vec::<usize>::new());
}

#[test]
fn depth_counts_from_the_contractor() {
    let d = sample();
    let depths: Vec<usize> = (0..5).map(|i| depth(&d, i)).collect();
    assert_eq!(depths, [1, 2, 2, 3, 1]);
    assert_eq!(depth(&d, 5), 0);
    assert_eq!(depth(&compliant(), 0), 1);
}

#[test]
fn depth_is_one_when_the_contractor_is_not_reached() {
    let d = with_tree(&[
        ("a", "c"),
        ("b", "a"),
        ("c", "b"),
        ("x", "ghost"),
        ("y", "x"),
    ]);
    for i in 0..5 {
        assert_eq!(depth(&d, i), 1, "{i}");
    }
    let mut blank = with_tree(&[("a", "contractor")]);
    blank.subcontractors[0].parent = None;
    assert_eq!(depth(&blank, 0), 1);
}

#[test]
fn ordered_is_depth_first_then_the_unreachable() {
    let d = sample();
    assert_eq!(ordered(&d), [(0, 1), (1, 2), (3, 3), (2, 2), (4, 1)]);
    // A child listed before its parent still comes after it.
    let d = with_tree(&[
        ("c", "b"),
        ("b", "contractor"),
        ("lost", "ghost"),
        ("loop", "loop"),
    ]);
    assert_eq!(ordered(&d), [(1, 1), (0, 2), (2, 1), (3, 1)]);
}

#[test]
fn ordered_lists_every_index_once_even_with_duplicate_ids() {
    let d = with_tree(&[
        ("a", "contractor"),
        ("a", "contractor"),
        ("b", "a"),
        ("c", "c2"),
        ("c2", "c"),
    ]);
    let order = ordered(&d);
    let mut seen: Vec<usize> = order.iter().map(|&(i, _)| i).collect();
    seen.sort();
    assert_eq!(seen, [0, 1, 2, 3, 4]);
    assert_eq!(order, [(0, 1), (2, 2), (1, 1), (3, 1), (4, 1)]);
    for &(i, level) in &order {
        assert_eq!(depth(&d, i), level, "{i}");
    }
}

#[test]
fn parent_choices_name_the_contractor() {
    let d = compliant();
    assert_eq!(
        parent_choices(&d, 0),
        [(
            "contractor".to_string(),
            Words::new("委託先：三重県国保連合会", "Contractor: 三重県国保連合会")
        )]
    );
    let mut d = sample();
    assert_eq!(parent_choices(&d, 0)[0].1.ja, "委託先");
    d.entrustment.contractor = Some(Contractor {
        name: Some("  ".into()),
        ..Default::default()
    });
    assert_eq!(parent_choices(&d, 0)[0].1.en, "Contractor");
}

#[test]
fn parent_choices_leave_out_itself_and_its_branch() {
    let mut d = sample();
    d.subcontractors[4].name = None;
    let values = |i| -> Vec<String> { parent_choices(&d, i).into_iter().map(|c| c.0).collect() };
    assert_eq!(values(0), ["contractor", "e"]);
    assert_eq!(values(1), ["contractor", "a", "c", "e"]);
    assert_eq!(values(3), ["contractor", "a", "b", "c", "e"]);
    assert_eq!(values(99), ["contractor", "a", "b", "c", "d", "e"]);
    let choices = parent_choices(&d, 0);
    assert_eq!(choices[1].1, Words::new("再委託先5", "Subcontractor 5"));
    assert_eq!(parent_choices(&d, 3)[1].1, Words::same("name-a"));
}

#[test]
fn no_parent_choice_makes_a_cycle() {
    let d = sample();
    for i in 0..d.subcontractors.len() {
        for (value, _) in parent_choices(&d, i) {
            let mut changed = d.clone();
            changed.subcontractors[i].parent = Some(value.clone());
            assert!(tree_issues(&changed).is_empty(), "{i} → {value}");
        }
    }
}

/// The parent walk of one entry, the obvious (quadratic over the whole tree) way: the
/// reference [`Links`] is checked against.
mod reference {
    use crate::model::{Declaration, CONTRACTOR_PARENT};

    fn up(d: &Declaration, i: usize) -> Option<usize> {
        let p = d.subcontractors[i].parent.as_deref()?;
        d.subcontractors
            .iter()
            .position(|s| s.id == p && p != CONTRACTOR_PARENT && !p.trim().is_empty())
    }

    /// The depth by walking the parents: 1 when the contractor is never reached.
    pub fn depth(d: &Declaration, i: usize) -> usize {
        let mut seen = vec![false; d.subcontractors.len()];
        let (mut at, mut steps) = (i, 1);
        loop {
            if std::mem::replace(&mut seen[at], true) {
                return 1;
            }
            if d.subcontractors[at].parent.as_deref() == Some(CONTRACTOR_PARENT) {
                return steps;
            }
            match up(d, at) {
                Some(j) => {
                    at = j;
                    steps += 1;
                }
                None => return 1,
            }
        }
    }

    /// Whether following the parents from `i` comes back to `i` (a self-parent does not count).
    pub fn on_cycle(d: &Declaration, i: usize) -> bool {
        let mut at = i;
        for _ in 0..=d.subcontractors.len() {
            match up(d, at) {
                Some(j) if j == at => return false,
                Some(j) if j == i => return true,
                Some(j) => at = j,
                None => return false,
            }
        }
        false
    }
}

/// Trees of up to 40 entries with ids from a small pool (so some repeat) and parents
/// that are the contractor, blank, unknown, the entry itself or any id: every shape the
/// rules must survive, cycles and duplicates included.
fn adversarial() -> impl Strategy<Value = Declaration> {
    prop::collection::vec((0usize..30, 0usize..34), 0..40).prop_map(|nodes| {
        let ids: Vec<String> = nodes.iter().map(|(id, _)| format!("n{id}")).collect();
        let pairs: Vec<(String, String)> = nodes
            .iter()
            .enumerate()
            .map(|(i, &(_, p))| {
                let parent = match p {
                    30 => "contractor".to_string(),
                    31 => String::new(),
                    32 => "unknown".to_string(),
                    33 => ids[i].clone(),
                    k => format!("n{k}"),
                };
                (ids[i].clone(), parent)
            })
            .collect();
        let refs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        with_tree(&refs)
    })
}

use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn links_agree_with_walking_each_entry(d in adversarial()) {
        let links = Links::of(&d);
        let n = d.subcontractors.len();
        for i in 0..n {
            prop_assert_eq!(links.depth[i], reference::depth(&d, i), "depth of {}", i);
            prop_assert_eq!(links.cycle_from(i).is_some(), reference::on_cycle(&d, i), "cycle at {}", i);
            if let Some(cycle) = links.cycle_from(i) {
                prop_assert_eq!(cycle.first(), Some(&i));
                prop_assert_eq!(cycle.last(), Some(&i));
                for w in cycle.windows(2) {
                    prop_assert_eq!(links.up[w[0]], Up::Node(w[1]));
                }
            }
        }
        let mut seen: Vec<usize> = links.ordered.iter().map(|&(i, _)| i).collect();
        seen.sort_unstable();
        prop_assert_eq!(seen, (0..n).collect::<Vec<_>>());
        for &(i, level) in &links.ordered {
            prop_assert_eq!(level, links.depth[i]);
        }
        // Every entry below another in the order sits right after its parent's subtree
        // began: its parent comes earlier, one level up.
        for (at, &(i, level)) in links.ordered.iter().enumerate() {
            if level > 1 {
                let Up::Node(p) = links.up[i] else { panic!("level {level} without a parent") };
                let before = links.ordered[..at].iter().position(|&(k, _)| k == p);
                prop_assert!(before.is_some(), "parent {} of {} comes first", p, i);
            }
        }
    }
}

#[test]
fn the_worst_shapes_at_the_limit_are_walked_once() {
    let n = crate::io::MAX_SUBCONTRACTORS;
    let names: Vec<String> = (0..n).map(|i| format!("s{i}")).collect();
    let chain: Vec<(&str, &str)> = (0..n)
        .map(|i| {
            (
                names[i].as_str(),
                if i == 0 {
                    "contractor"
                } else {
                    names[i - 1].as_str()
                },
            )
        })
        .collect();
    let links = Links::of(&with_tree(&chain));
    assert_eq!(links.levels(), n);
    assert_eq!(links.depth[n - 1], n);
    let cycle: Vec<(&str, &str)> = (0..n)
        .map(|i| (names[i].as_str(), names[(i + 1) % n].as_str()))
        .collect();
    let d = with_tree(&cycle);
    let links = Links::of(&d);
    assert_eq!(links.levels(), 1);
    assert_eq!(links.cycle_from(7).map(|c| c.len()), Some(n + 1));
    // The rules name each node once, each message short.
    let issues = tree_issues(&d);
    assert_eq!(issues.len(), n);
    assert!(
        issues[0]
            .text
            .ja
            .contains("name-s0 → name-s1 → name-s2 → name-s3 → name-s4 → … → name-s0・500件"),
        "{}",
        issues[0].text.ja
    );
    assert!(
        issues[0].text.en.contains(", 500 entries)"),
        "{}",
        issues[0].text.en
    );
    assert!(issues.iter().all(|i| i.text.ja.chars().count() < 200));
}
