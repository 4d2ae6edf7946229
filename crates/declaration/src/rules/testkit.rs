//! Fixtures and assertions shared by the validation tests.

use crate::fields;
use crate::model::Declaration;
use crate::{Issue, Severity};

fn parse(json: &str) -> Declaration {
    serde_json::from_str(json).expect("fixture parses")
}

/// The source document's case, fully answered and valid.
pub fn compliant() -> Declaration {
    parse(include_str!("../../../../tests/fixtures/compliant.json"))
}

/// Valid, but fails three conditions of the verdict.
pub fn noncompliant() -> Declaration {
    parse(include_str!("../../../../tests/fixtures/noncompliant.json"))
}

/// A draft just begun.
pub fn draft() -> Declaration {
    parse(include_str!("../../../../tests/fixtures/draft.json"))
}

/// Every issue names a registered field (or an entry's id) and has both messages.
pub fn assert_all_explained(issues: &[Issue]) {
    for i in issues {
        assert!(!i.text.ja.is_empty() && !i.text.en.is_empty(), "{i:?}");
        assert!(
            fields::field(&i.path).is_some() || i.path.ends_with(".id"),
            "unregistered path {}",
            i.path
        );
        assert!(
            !i.text.ja.contains(&i.path) && !i.text.en.contains(&i.path),
            "{i:?}"
        );
    }
}

/// The issues at exactly `path`.
pub fn at<'a>(issues: &'a [Issue], path: &str) -> Vec<&'a Issue> {
    issues.iter().filter(|i| i.path == path).collect()
}

/// Exactly one error at `path`, explained in both languages; returned for further checks.
pub fn assert_error_at<'a>(issues: &'a [Issue], path: &str) -> &'a Issue {
    let found = at(issues, path);
    assert!(!found.is_empty(), "no issue at {path}: {issues:#?}");
    let first = found[0];
    assert_eq!(first.severity, Severity::Error, "{first:?}");
    assert_all_explained(&found.into_iter().cloned().collect::<Vec<_>>());
    first
}

/// No issue at `path`.
pub fn assert_none_at(issues: &[Issue], path: &str) {
    let found = at(issues, path);
    assert!(found.is_empty(), "unexpected issue at {path}: {found:#?}");
}

/// The issues of the compliant fixture after `change`, checked to be explained.
pub fn issues_after(change: impl FnOnce(&mut Declaration)) -> Vec<Issue> {
    let mut d = compliant();
    change(&mut d);
    let issues = super::validate(&d);
    assert_all_explained(&issues);
    issues
}

/// `change` makes exactly one issue, an error at `path`; it is returned.
pub fn only_error_at(path: &str, change: impl FnOnce(&mut Declaration)) -> Issue {
    let issues = issues_after(change);
    assert_eq!(issues.len(), 1, "expected one issue at {path}: {issues:#?}");
    assert_error_at(&issues, path).clone()
}

/// `change` leaves the compliant fixture without any issue.
pub fn still_valid(change: impl FnOnce(&mut Declaration)) {
    let issues = issues_after(change);
    assert!(issues.is_empty(), "{issues:#?}");
}
