//! Tests of adding, moving and removing entries, on the fixtures and on small trees.

use super::*;
use crate::answers::Group;
use crate::fixtures::{compliant, draft};
use crate::rules::tree_issues;
use crate::tree::testkit::{ids, sample, with_tree};

#[test]
fn new_id_takes_the_smallest_free_number() {
    assert_eq!(new_id(&[], "sub-"), "sub-1");
    assert_eq!(new_id(&["sub-1", "sub-3"], "sub-"), "sub-2");
    assert_eq!(new_id(&["sub-2", "sub-1", "m-3"], "sub-"), "sub-3");
    assert_eq!(new_id(&["m-1", "sub-2"], "m-"), "m-2");
}

#[test]
fn add_subcontractor_gives_a_fresh_id_and_the_parent() {
    let mut d = compliant();
    let i = add_subcontractor(&mut d, "sub-1");
    assert_eq!(i, 1);
    assert_eq!(d.subcontractors[1].id, "sub-2");
    assert_eq!(d.subcontractors[1].parent.as_deref(), Some("sub-1"));
    assert_eq!(d.subcontractors[1].name, None);
    assert_eq!(add_subcontractor(&mut d, "contractor"), 2);
    assert_eq!(d.subcontractors[2].id, "sub-3");
    assert!(tree_issues(&d).is_empty());
}

#[test]
fn add_measure_gives_a_fresh_id_and_the_category() {
    let mut d = compliant();
    let i = add_measure(&mut d, Category::DataDisposal);
    assert_eq!(i, 6);
    assert_eq!(d.measures[6].id, "m-7");
    assert_eq!(d.measures[6].category, Some(Category::DataDisposal));
    assert_eq!(d.measures[6].description, None);
    let mut empty = Declaration::new();
    assert_eq!(add_measure(&mut empty, Category::Network), 0);
    assert_eq!(empty.measures[0].id, "m-1");
}

#[test]
fn add_region_creates_what_is_missing() {
    let mut d = draft();
    assert!(d.cloud.is_none());
    assert_eq!(add_region(&mut d), 0);
    assert_eq!(add_region(&mut d), 1);
    let regions = &d
        .cloud
        .as_ref()
        .unwrap()
        .data_location
        .as_ref()
        .unwrap()
        .regions;
    assert_eq!(regions, &vec![Region::default(); 2]);
    let mut d = compliant();
    assert_eq!(add_region(&mut d), 2);
}

#[test]
fn remove_reattaching_moves_the_children_up() {
    let mut d = sample();
    assert_eq!(
        remove_subcontractor(&mut d, 1, OnRemove::ReattachToParent),
        1
    );
    assert_eq!(ids(&d), ["a", "c", "d", "e"]);
    assert_eq!(d.subcontractors[2].parent.as_deref(), Some("a"));
    let mut d = sample();
    remove_subcontractor(&mut d, 0, OnRemove::ReattachToParent);
    assert_eq!(children(&d, "contractor").len(), 3);
    assert!(tree_issues(&d).is_empty());
}

#[test]
fn remove_with_descendants_takes_the_whole_branch() {
    let mut d = sample();
    assert_eq!(
        remove_subcontractor(&mut d, 0, OnRemove::RemoveDescendants),
        4
    );
    assert_eq!(ids(&d), ["e"]);
    let mut d = sample();
    assert_eq!(
        remove_subcontractor(&mut d, 3, OnRemove::RemoveDescendants),
        1
    );
    assert_eq!(ids(&d), ["a", "b", "c", "e"]);
    assert_eq!(
        remove_subcontractor(&mut d, 9, OnRemove::RemoveDescendants),
        0
    );
    assert_eq!(d.subcontractors.len(), 4);
}

#[test]
fn remove_in_a_cycle_ends() {
    let mut d = with_tree(&[("a", "c"), ("b", "a"), ("c", "b"), ("z", "contractor")]);
    assert_eq!(
        remove_subcontractor(&mut d, 0, OnRemove::RemoveDescendants),
        3
    );
    assert_eq!(ids(&d), ["z"]);
}

#[test]
fn remove_with_a_shared_id_leaves_the_children() {
    let mut d = with_tree(&[("a", "contractor"), ("a", "contractor"), ("b", "a")]);
    assert_eq!(
        remove_subcontractor(&mut d, 0, OnRemove::RemoveDescendants),
        1
    );
    assert_eq!(ids(&d), ["a", "b"]);
    assert_eq!(d.subcontractors[1].parent.as_deref(), Some("a"));
}

#[test]
fn remove_measure_and_region() {
    let mut d = compliant();
    assert!(remove_measure(&mut d, 0));
    assert_eq!(d.measures[0].id, "m-2");
    assert!(!remove_measure(&mut d, 5));
    assert!(remove_region(&mut d, 1));
    let regions = &d
        .cloud
        .as_ref()
        .unwrap()
        .data_location
        .as_ref()
        .unwrap()
        .regions;
    assert_eq!(regions.len(), 1);
    assert_eq!(regions[0].name.as_deref(), Some("東京リージョン"));
    assert!(!remove_region(&mut d, 1));
    assert!(!remove_region(&mut draft(), 0));
}

#[test]
fn shift_keeps_the_tree_and_moves_measures_one_place() {
    let mut d = sample();
    let parents: Vec<Option<String>> = d.subcontractors.iter().map(|s| s.parent.clone()).collect();
    let b = ids(&d).iter().position(|&i| i == "b").unwrap();
    let moved = shift(&mut d, Group::Subcontractors, b, false).unwrap();
    let mut after: Vec<Option<String>> =
        d.subcontractors.iter().map(|s| s.parent.clone()).collect();
    after.swap(b, moved);
    assert_eq!(after, parents, "moving changes no parent");

    let mut d = compliant();
    assert_eq!(shift(&mut d, Group::Measures, 5, true), Some(4));
    let order: Vec<&str> = d.measures.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(order, ["m-1", "m-2", "m-3", "m-4", "m-6", "m-5"]);
    assert_eq!(shift(&mut d, Group::Measures, 5, false), None);
}

#[test]
fn shift_moves_subcontractors_among_siblings_and_others_past_neighbours() {
    // a ─┬─ b ── d
    //    └─ c        e (top level)
    let mut d = sample();
    let b = ids(&d).iter().position(|&i| i == "b").unwrap();
    let c = ids(&d).iter().position(|&i| i == "c").unwrap();
    assert_eq!(neighbour(&d, Group::Subcontractors, b, false), Some(c));
    assert_eq!(shift(&mut d, Group::Subcontractors, b, false), Some(c));
    assert_eq!(d.subcontractors[c].id, "b");
    assert_eq!(neighbour(&d, Group::Subcontractors, c, false), None);
    let mut d = compliant();
    let n = len(&d, Group::Regions);
    assert!(n >= 2);
    let first = d
        .cloud
        .as_ref()
        .unwrap()
        .data_location
        .as_ref()
        .unwrap()
        .regions[0]
        .clone();
    assert_eq!(shift(&mut d, Group::Regions, 0, true), None);
    assert_eq!(shift(&mut d, Group::Regions, 0, false), Some(1));
    assert_eq!(
        d.cloud
            .as_ref()
            .unwrap()
            .data_location
            .as_ref()
            .unwrap()
            .regions[1],
        first
    );
    let last = len(&d, Group::Measures) - 1;
    assert_eq!(shift(&mut d, Group::Measures, last, false), None);
    assert_eq!(shift(&mut d, Group::Measures, 99, true), None);
}

#[test]
fn removal_names_what_goes() {
    let d = sample();
    let a = ids(&d).iter().position(|&i| i == "a").unwrap();
    let branch = removal(&d, Group::Subcontractors, a, OnRemove::RemoveDescendants);
    assert_eq!(branch.len(), 4, "a, b, c and d");
    assert_eq!(
        removal(&d, Group::Subcontractors, a, OnRemove::ReattachToParent),
        [a]
    );
    let mut d = compliant();
    assert_eq!(
        remove(&mut d, Group::Regions, 1, OnRemove::ReattachToParent),
        [1]
    );
    assert!(remove(&mut d, Group::Regions, 9, OnRemove::ReattachToParent).is_empty());
    let mut e = sample();
    assert_eq!(
        remove(
            &mut e,
            Group::Subcontractors,
            a,
            OnRemove::RemoveDescendants
        ),
        branch
    );
    assert_eq!(ids(&e), ["e"]);
}

#[test]
fn renumber_follows_the_entries() {
    let swap = |k: usize| {
        Some(match k {
            1 => 2,
            2 => 1,
            k => k,
        })
    };
    let g = Group::Regions;
    assert_eq!(
        renumber("cloud.data_location.regions[1].name", g, swap).as_deref(),
        Some("cloud.data_location.regions[2].name")
    );
    assert_eq!(
        renumber("measures[1].status", g, swap).as_deref(),
        Some("measures[1].status")
    );
    assert_eq!(
        renumber("measures[3].status", Group::Measures, |_| None),
        None
    );
}

#[test]
fn neighbours_in_one_pass_are_each_neighbour() {
    let mut trees = vec![
        crate::tree::testkit::sample(),
        crate::tree::testkit::with_tree(&[
            ("a", "b"),
            ("b", "a"),
            ("c", ""),
            ("d", ""),
            ("a", "x"),
        ]),
        crate::fixtures::compliant(),
        crate::fixtures::noncompliant(),
    ];
    let mut none = crate::tree::testkit::sample();
    none.subcontractors[2].parent = None;
    none.subcontractors[4].parent = None;
    trees.push(none);
    for d in &trees {
        for group in [Group::Subcontractors, Group::Measures, Group::Regions] {
            let all = neighbours(d, group);
            assert_eq!(all.len(), len(d, group));
            for (i, &(up, down)) in all.iter().enumerate() {
                assert_eq!(up, neighbour(d, group, i, true), "{group:?} {i} up");
                assert_eq!(down, neighbour(d, group, i, false), "{group:?} {i} down");
            }
        }
    }
}

#[test]
fn parents_in_words_are_each_parent_words() {
    use crate::answers::{parent_words, parents_in_words};
    let d = crate::tree::testkit::with_tree(&[
        ("a", "contractor"),
        ("b", "a"),
        ("a", "b"),
        ("c", "nobody"),
        ("d", ""),
    ]);
    let all = parents_in_words(&d);
    for (i, s) in d.subcontractors.iter().enumerate() {
        assert_eq!(
            all[i],
            parent_words(&d, s.parent.as_deref().unwrap_or("")),
            "{i}"
        );
    }
}
