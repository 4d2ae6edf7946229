//! Tests of the rules: the whole validation here, each part in its own file; helpers in
//! `testkit`.

mod cloud;
mod measures;
mod sections;
mod tree;

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
