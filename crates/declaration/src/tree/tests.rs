//! Tests of the list and tree operations, on the fixtures and on small trees built here.

use super::*;
use crate::words::Words;
use crate::fixtures::{compliant, draft};
use crate::model::{Contractor, MatrixRow};
use crate::rules::{measure_issues, tree_issues};

/// A declaration whose subcontractors have these (id, parent) pairs, named after their ids.
fn with_tree(nodes: &[(&str, &str)]) -> Declaration {
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

fn ids(d: &Declaration) -> Vec<&str> {
    d.subcontractors.iter().map(|s| s.id.as_str()).collect()
}

/// a ─┬─ b ── d
///    └─ c
/// e
fn sample() -> Declaration {
    with_tree(&[
        ("a", "contractor"),
        ("b", "a"),
        ("c", "a"),
        ("d", "b"),
        ("e", "contractor"),
    ])
}

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
fn move_up_and_down() {
    let mut d = sample();
    assert!(move_subcontractor(&mut d, 1, true));
    assert_eq!(ids(&d), ["b", "a", "c", "d", "e"]);
    assert!(!move_subcontractor(&mut d, 0, true));
    assert!(!move_subcontractor(&mut d, 4, false));
    assert!(!move_subcontractor(&mut d, 7, true));
    assert!(move_subcontractor(&mut d, 3, false));
    assert_eq!(ids(&d), ["b", "a", "c", "e", "d"]);
    // The tree itself does not change.
    assert_eq!(d.subcontractors[4].parent.as_deref(), Some("b"));

    let mut d = compliant();
    assert!(move_measure(&mut d, 5, true));
    let order: Vec<&str> = d.measures.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(order, ["m-1", "m-2", "m-3", "m-4", "m-6", "m-5"]);
    assert!(!move_measure(&mut d, 5, false));
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

#[test]
fn service_model_prefills_an_empty_matrix() {
    let mut d = draft();
    assert!(apply_service_model(&mut d, ServiceModel::Iaas));
    assert_eq!(
        d.cloud.as_ref().unwrap().service_model,
        Some(ServiceModel::Iaas)
    );
    assert_eq!(
        compliant().responsibility.unwrap().matrix,
        d.responsibility.unwrap().matrix
    );
}

#[test]
fn service_model_follows_an_untouched_default() {
    let mut d = compliant();
    assert!(apply_service_model(&mut d, ServiceModel::Saas));
    let matrix = |d: &Declaration| d.responsibility.as_ref().unwrap().matrix.clone();
    assert_eq!(matrix(&d), default_matrix(ServiceModel::Saas));
    assert!(apply_service_model(&mut d, ServiceModel::Paas));
    assert_eq!(matrix(&d), default_matrix(ServiceModel::Paas));
}

#[test]
fn service_model_keeps_the_users_edits() {
    let mut d = compliant();
    d.responsibility.as_mut().unwrap().matrix[9].owner = Owner::Customer;
    let edited = d.responsibility.as_ref().unwrap().matrix.clone();
    assert!(!apply_service_model(&mut d, ServiceModel::Saas));
    assert_eq!(
        d.cloud.as_ref().unwrap().service_model,
        Some(ServiceModel::Saas)
    );
    assert_eq!(d.responsibility.as_ref().unwrap().matrix, edited);
    // A full default table without a model it came from is the user's too.
    let mut d = compliant();
    d.cloud.as_mut().unwrap().service_model = None;
    assert!(!apply_service_model(&mut d, ServiceModel::Saas));
    assert_eq!(
        d.responsibility.unwrap().matrix,
        default_matrix(ServiceModel::Iaas)
    );
}

#[test]
fn missing_measures_follow_the_matrix() {
    assert!(missing_measures_for_matrix(&compliant()).is_empty());
    assert!(missing_measures_for_matrix(&draft()).is_empty());
    let mut d = compliant();
    d.measures.clear();
    assert_eq!(
        missing_measures_for_matrix(&d),
        [
            (Layer::Os, Category::OsMiddlewareVulnerability),
            (Layer::Middleware, Category::OsMiddlewareVulnerability),
            (Layer::Runtime, Category::Application),
            (Layer::Application, Category::Application),
            (Layer::Data, Category::Encryption),
            (Layer::IdentityAccess, Category::AccessControl),
        ]
    );
}

#[test]
fn missing_measures_agree_with_the_rules() {
    let mut d = compliant();
    d.measures
        .retain(|m| m.category != Some(Category::AccessControl));
    let rows = &mut d.responsibility.as_mut().unwrap().matrix;
    rows[1].owner = Owner::Shared; // network_infrastructure needs a network measure
    rows[8].owner = Owner::Provider; // data no longer needs encryption
    let missing = missing_measures_for_matrix(&d);
    assert_eq!(missing, [(Layer::IdentityAccess, Category::AccessControl)]);
    let at_matrix = measure_issues(&d)
        .into_iter()
        .filter(|i| i.path == "measures" && i.ja.starts_with("責任分担表"))
        .count();
    assert_eq!(at_matrix, missing.len());
    d.measures.clear();
    d.responsibility.as_mut().unwrap().matrix = vec![MatrixRow {
        layer: Layer::NetworkInfrastructure,
        owner: Owner::Customer,
    }];
    assert_eq!(
        missing_measures_for_matrix(&d),
        [(Layer::NetworkInfrastructure, Category::Network)]
    );
}
