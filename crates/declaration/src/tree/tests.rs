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
