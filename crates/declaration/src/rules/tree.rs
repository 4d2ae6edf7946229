//! The subcontracting tree (spec §3, S6/S9): every subcontractor has its own non-empty id,
//! its parent is the contractor or another subcontractor, never itself, and following the
//! parents always ends at the contractor (no cycles).

use super::check::blank;
use super::messages::{self as msg, At};
use crate::model::{Declaration, Subcontractor, CONTRACTOR_PARENT};
use crate::Issue;
use std::collections::HashMap;

/// The issues of the subcontracting tree, in list order: ids at `subcontractors[i].id`
/// (missing, reserved `contractor`, or used by an earlier entry), parents at
/// `subcontractors[i].parent` (missing, itself, unknown, or part of a cycle — each node of a
/// cycle reported once, naming the whole cycle). Empty unless `resubcontract` is
/// `Some(true)`: a tree that is not asked is not validated.
pub fn tree_issues(d: &Declaration) -> Vec<Issue> {
    if d.resubcontracts() != Some(true) {
        return Vec::new();
    }
    let subs = &d.subcontractors;
    let mut issues = Vec::new();
    // The first entry of each id: the one a parent refers to.
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for (i, s) in subs.iter().enumerate() {
        let path = format!("subcontractors[{i}].id");
        if s.id.trim().is_empty() {
            issues.push(msg::missing_id(i + 1).error(path));
        } else if s.id == CONTRACTOR_PARENT {
            issues.push(msg::reserved_id(i + 1).error(path));
        } else if by_id.contains_key(s.id.as_str()) {
            issues.push(msg::duplicate_id("再委託先", "Subcontractor", i + 1, &s.id).error(path));
        } else {
            by_id.insert(&s.id, i);
        }
    }
    for (i, s) in subs.iter().enumerate() {
        let path = format!("subcontractors[{i}].parent");
        let parent = match s.parent.as_deref() {
            Some(p) if !blank(Some(p)) => p,
            _ => {
                issues.push(msg::select(&path).error(path));
                continue;
            }
        };
        if parent == CONTRACTOR_PARENT {
            continue;
        }
        if parent == s.id {
            issues.push(msg::self_parent(&path).error(path));
            continue;
        }
        let Some(&j) = by_id.get(parent) else {
            issues.push(msg::unknown_parent(&path, parent).error(path));
            continue;
        };
        if let Some(cycle) = cycle_through(subs, &by_id, i, j) {
            let names: Vec<String> = cycle.iter().map(|&k| display_name(&subs[k])).collect();
            issues.push(msg::cycle(&path, &names).error(path));
        }
    }
    issues
}

/// When following the parents from `j` (the parent of `i`) comes back to `i`: the cycle as
/// indices, from `i` round to `i` again.
fn cycle_through(
    subs: &[Subcontractor],
    by_id: &HashMap<&str, usize>,
    i: usize,
    j: usize,
) -> Option<Vec<usize>> {
    let mut chain = vec![i];
    let mut k = j;
    while k != i {
        if chain.len() > subs.len() {
            return None; // a cycle further up that `i` only leads into
        }
        chain.push(k);
        let parent = subs[k].parent.as_deref()?;
        k = *by_id.get(parent)?;
    }
    chain.push(i);
    Some(chain)
}

/// How a subcontractor is named in a message: its name, or its id while it has none.
fn display_name(s: &Subcontractor) -> String {
    match s.name.as_deref().map(str::trim) {
        Some(name) if !name.is_empty() => name.to_string(),
        _ => s.id.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use super::*;

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
            assert_eq!(e.text.ja, "委託元(監督する者)を選択してください");
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
}
