//! Tests of `rules/tree.rs`.

use super::super::testkit::*;
use super::super::tree::*;
use crate::model::*;
use crate::Issue;

/// The compliant fixture with extra subcontractors `(id, parent)` under the first.
fn with(extra: &[(&str, &str)]) -> Declaration {
    let mut d = compliant();
    for (id, parent) in extra {
        let mut s = d.subcontractors[0].clone();
        s.id = id.to_string();
        s.parent = Some(parent.to_string());
        s.name = Some(format!("会社{id}"));
        d.subcontractors.push(s);
    }
    d
}

fn paths(issues: &[Issue]) -> Vec<&str> {
    issues.iter().map(|i| i.path.as_str()).collect()
}

#[test]
fn a_valid_tree_of_any_depth() {
    let d = with(&[("a", "sub-1"), ("b", "a"), ("c", "contractor"), ("d", "b")]);
    assert_eq!(tree_issues(&d), Vec::<Issue>::new());
    assert_eq!(tree_issues(&compliant()), Vec::<Issue>::new());
    assert!(super::super::is_complete(&d));
}

#[test]
fn a_cycle_reports_each_of_its_nodes_once() {
    let d = with(&[("a", "b"), ("b", "a")]);
    let issues = tree_issues(&d);
    assert_eq!(
        paths(&issues),
        ["subcontractors[1].parent", "subcontractors[2].parent"]
    );
    assert_all_explained(&issues);
    assert!(issues[0].text.ja.contains("循環"), "{:?}", issues[0]);
    assert!(
        issues[0].text.ja.contains("会社a → 会社b → 会社a"),
        "{:?}",
        issues[0]
    );
    assert!(
        issues[1].text.en.contains("会社b → 会社a → 会社b"),
        "{:?}",
        issues[1]
    );
    // Through validate, at the same paths.
    let all = super::super::validate(&d);
    assert_eq!(paths(&all), paths(&issues));
}

#[test]
fn nodes_below_a_cycle_are_not_part_of_it() {
    let d = with(&[("a", "b"), ("b", "c"), ("c", "a"), ("x", "a")]);
    let issues = tree_issues(&d);
    assert_eq!(
        paths(&issues),
        [
            "subcontractors[1].parent",
            "subcontractors[2].parent",
            "subcontractors[3].parent"
        ]
    );
}

#[test]
fn a_self_parent() {
    let d = with(&[("a", "a")]);
    let issues = tree_issues(&d);
    assert_eq!(paths(&issues), ["subcontractors[1].parent"]);
    assert_all_explained(&issues);
    assert!(issues[0].text.ja.contains("自分自身"), "{:?}", issues[0]);
}

#[test]
fn an_unknown_parent() {
    let d = with(&[("a", "ghost")]);
    let issues = tree_issues(&d);
    assert_eq!(paths(&issues), ["subcontractors[1].parent"]);
    assert!(
        issues[0].text.ja.contains("「ghost」は見つかりません"),
        "{:?}",
        issues[0]
    );
    assert!(issues[0].text.en.contains("ghost"));
}

#[test]
fn a_missing_parent() {
    for parent in [None, Some("  ".to_string())] {
        let e = only_error_at("subcontractors[0].parent", |d| {
            d.subcontractors[0].parent = parent
        });
        assert_eq!(e.text.ja, "再委託先1の委託元(監督する者)を選択してください");
        assert_eq!(
            e.text.en,
            "Select who commissions and supervises the subcontractor"
        );
    }
}

#[test]
fn duplicate_and_missing_ids() {
    let d = with(&[("sub-1", "contractor")]);
    let issues = tree_issues(&d);
    assert_eq!(paths(&issues), ["subcontractors[1].id"]);
    assert_all_explained(&issues);
    assert!(issues[0].text.ja.contains("sub-1") && issues[0].text.ja.contains("重複"));

    let d = with(&[(" ", "contractor")]);
    assert_eq!(paths(&tree_issues(&d)), ["subcontractors[1].id"]);

    let d = with(&[("contractor", "contractor")]);
    assert_eq!(paths(&tree_issues(&d)), ["subcontractors[1].id"]);
}

#[test]
fn only_when_resubcontracting() {
    let mut d = with(&[("a", "b"), ("b", "a")]);
    d.entrustment.resubcontract = None;
    assert!(tree_issues(&d).is_empty());
    d.entrustment.resubcontract = Some(false);
    assert!(tree_issues(&d).is_empty());
}
