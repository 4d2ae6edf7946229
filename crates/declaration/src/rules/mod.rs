//! Spec §3 validation: every answer of a [`Declaration`] checked against the format of §2,
//! each finding an [`Issue`] with its path, severity and a Japanese and English message
//! that names the field and says how to fix it.
//!
//! | module | owns |
//! |---|---|
//! | `check` | requiredness, text limits, control characters and formats of single answers |
//! | `messages` | the wording of every message, in both languages |
//! | `sections` | the answers of 基本情報, 委託の概要, 再委託先 (per entry) and 確認・誓約 |
//! | `cloud` | クラウドサービス and 責任共有モデル, including the matrix's rows ([`matrix_issues`]) |
//! | `tree` | the subcontracting tree ([`tree_issues`]) |
//! | `measures` | the security measures and their coverage of the matrix ([`measure_issues`]) |
//!
//! A section that does not apply is not validated at all: `resubcontract == false` hides
//! 再委託先, `uses_cloud == false` hides クラウドサービス, 責任共有モデル and セキュリティ対策. While
//! either question is unanswered, only the question itself is reported, not what depends on
//! it. Likewise an answer that only applies in some case (a certificate's number when it is
//! held, a measure's planned date when it is planned, …) is only checked in that case.

mod check;
mod cloud;
mod measures;
mod messages;
mod sections;
#[cfg(test)]
mod testkit;
mod tree;

pub use cloud::matrix_issues;
pub use measures::{category_for, measure_issues, MIN_DESCRIPTION_CHARS, REQUIRED_CATEGORIES};
pub use tree::tree_issues;

use crate::answers::{section_asking, Asking};
use crate::date::Date;
use crate::fields::{self, Section, FIELDS};
use crate::model::Declaration;
use crate::{Issue, Severity};

/// Every issue of the declaration, in form order: by section, then by field as the registry
/// orders them; the answers of one entry of a list (a subcontractor, a region, a measure)
/// stay together, entries in list order.
pub fn validate(d: &Declaration) -> Vec<Issue> {
    let mut ctx = check::Ctx::new(declared(d));
    sections::basic(&mut ctx, d);
    sections::entrustment(&mut ctx, d);
    if section_asking(d, Section::Subcontractors) == Asking::Asked {
        sections::subcontractors(&mut ctx, d);
        ctx.issues.extend(tree_issues(d));
    }
    if section_asking(d, Section::Cloud) == Asking::Asked {
        cloud::cloud(&mut ctx, d);
        cloud::responsibility(&mut ctx, d);
        ctx.issues.extend(measure_issues(d));
    }
    sections::attestation(&mut ctx, d);
    let mut issues = ctx.issues;
    issues.sort_by_key(|i| form_order(&i.path));
    issues
}

/// The issues that block the *complete* status ([`Severity::Error`]), in form order: what
/// the error summary, the review page and the checker list.
pub fn errors(d: &Declaration) -> Vec<Issue> {
    validate(d)
        .into_iter()
        .filter(|i| i.severity == Severity::Error)
        .collect()
}

/// Whether the declaration is complete: no [`Severity::Error`] issue (warnings allowed).
pub fn is_complete(d: &Declaration) -> bool {
    errors(d).is_empty()
}

/// The declaration date, when it is a real date.
pub(crate) fn declared(d: &Declaration) -> Option<Date> {
    d.basic.declaration_date.as_deref().and_then(Date::parse)
}

/// The sort key of a path in form order: the registry position of the part before the first
/// index (the list, or the field itself), the index, then the registry position of the
/// field. Unregistered paths (an entry's `id`) come first within their entry.
fn form_order(path: &str) -> (Option<usize>, Option<usize>, Option<usize>) {
    let position = |key: &str| FIELDS.iter().position(|f| f.key == key);
    let key = fields::key_of(path);
    match path.split_once('[') {
        Some((list, rest)) => {
            let index = rest.split(']').next().and_then(|n| n.parse().ok());
            (position(list), index, position(&key))
        }
        None => (position(&key), None, position(&key)),
    }
}

#[cfg(test)]
mod tests {
    use super::testkit::*;
    use super::*;

    #[test]
    fn compliant_is_complete_without_any_issue() {
        let d = compliant();
        assert_eq!(validate(&d), Vec::<Issue>::new());
        assert!(is_complete(&d));
    }

    #[test]
    fn noncompliant_is_still_complete() {
        // Its failures (a backup region abroad, no ISMAP, no ISO/IEC 27018) are the
        // verdict's, not the validation's.
        let d = noncompliant();
        assert_eq!(validate(&d), Vec::<Issue>::new());
        assert!(is_complete(&d));
    }

    #[test]
    fn draft_is_incomplete_and_reports_what_is_missing() {
        let d = draft();
        let issues = validate(&d);
        assert!(!is_complete(&d));
        assert!(issues.len() > 30, "{} issues", issues.len());
        assert_all_explained(&issues);
        // Answered questions are not reported.
        for answered in [
            "basic.municipality",
            "basic.system_name",
            "basic.item_number",
            "entrustment.resubcontract",
            "entrustment.uses_cloud",
        ] {
            assert_none_at(&issues, answered);
        }
        // Missing ones are, in every section that applies (both questions are answered yes).
        for missing in [
            "basic.assessment_title",
            "basic.declaration_date",
            "basic.declarant.email",
            "entrustment.content",
            "entrustment.resubcontracted_work",
            "subcontractors",
            "cloud.provider",
            "cloud.certifications.iso27018.held",
            "cloud.data_location.regions",
            "responsibility.understood",
            "responsibility.matrix",
            "measures",
            "attestation.truthful",
            "attestation.date",
        ] {
            assert_error_at(&issues, missing);
        }
        // Nothing is said about answers that cannot exist yet.
        assert!(!issues.iter().any(|i| i.path.contains('[')), "{issues:#?}");
    }

    #[test]
    fn unanswered_questions_do_not_validate_their_sections() {
        let mut d = draft();
        d.entrustment.resubcontract = None;
        d.entrustment.uses_cloud = None;
        let issues = validate(&d);
        assert_error_at(&issues, "entrustment.resubcontract");
        assert_error_at(&issues, "entrustment.uses_cloud");
        assert_none_at(&issues, "entrustment.resubcontracted_work");
        for section in ["subcontractors", "cloud", "responsibility", "measures"] {
            assert!(
                !issues.iter().any(|i| i.path.starts_with(section)),
                "{section}: {issues:#?}"
            );
        }
    }

    #[test]
    fn sections_that_do_not_apply_are_not_validated() {
        let mut d = compliant();
        d.entrustment.resubcontract = Some(false);
        d.entrustment.uses_cloud = Some(false);
        // Hidden answers may be anything, even invalid.
        d.subcontractors[0].name = None;
        d.subcontractors[0].parent = Some("nobody".into());
        d.cloud = None;
        d.responsibility = None;
        d.measures[0].description = Some("短い".into());
        let issues = validate(&d);
        assert_eq!(issues, Vec::<Issue>::new());
        assert!(tree_issues(&d).is_empty());
        assert!(measure_issues(&d).is_empty());
        assert!(matrix_issues(&d).is_empty());
    }

    #[test]
    fn issues_come_in_form_order() {
        let mut d = compliant();
        d.attestation.as_mut().unwrap().name = None;
        d.measures[1].description = None;
        d.measures[0].description = None;
        d.subcontractors.push(d.subcontractors[0].clone());
        d.subcontractors[1].id = "sub-2".into();
        d.subcontractors[1].safety_measures = None;
        d.subcontractors[1].parent = Some("ghost".into());
        d.subcontractors[0].address = None;
        d.responsibility.as_mut().unwrap().matrix.pop();
        d.cloud.as_mut().unwrap().controls_verification = None;
        d.cloud.as_mut().unwrap().provider = None;
        d.entrustment.content = None;
        d.basic.municipality = None;
        let paths: Vec<String> = validate(&d).into_iter().map(|i| i.path).collect();
        assert_eq!(
            paths,
            [
                "basic.municipality",
                "entrustment.content",
                "subcontractors[0].address",
                "subcontractors[1].parent",
                "subcontractors[1].safety_measures",
                "cloud.provider",
                "cloud.controls_verification.method",
                "cloud.controls_verification.description",
                "responsibility.matrix",
                "measures[0].description",
                "measures[1].description",
                "attestation.name",
            ]
        );
    }

    #[test]
    fn warnings_do_not_block_completion() {
        let mut d = compliant();
        let cert = d.cloud.as_mut().unwrap().certifications.as_mut().unwrap();
        cert.iso27017.as_mut().unwrap().valid_until = Some("2023-03-31".into());
        let issues = validate(&d);
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].severity, Severity::Warning);
        assert!(is_complete(&d));
    }
}
