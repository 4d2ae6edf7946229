//! Native tests of the task list's states: which sections apply, each section's state, the
//! order, and the typed reading of answers against their JSON form.

use super::*;
use serde_json::Value;

/// Whether a JSON value holds an answer: a non-blank string, any number or yes/no, or a
/// group or list holding one.
fn answered(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::String(s) => !s.trim().is_empty(),
        Value::Bool(_) | Value::Number(_) => true,
        Value::Array(items) => items.iter().any(answered),
        Value::Object(map) => map.values().any(answered),
    }
}

/// The typed reading ([`Answered`]) says what the JSON form says, for every answer of
/// the registry in the sections it reads, set alone in an empty declaration.
#[test]
fn the_typed_reading_agrees_with_the_json_form_for_every_answer() {
    use crate::fields::{Shape, FIELDS};
    let json = |v: Result<Value, serde_json::Error>| v.map(|v| answered(&v)).unwrap();
    let mut checked = 0;
    for f in FIELDS.iter().filter(|f| {
        !f.key.starts_with("subcontractors")
            && !f.key.starts_with("measures")
            && !f.key.starts_with("addressees")
            && !f.key.starts_with("responsibility.matrix")
            && !f.key.starts_with("responsibility.understood")
    }) {
        let value = match f.control.shape() {
            Shape::Text => Value::String("x".into()),
            Shape::Date => Value::String("2024-01-01".into()),
            Shape::Number => Value::from(1),
            Shape::YesNo | Shape::Check => Value::Bool(false),
            Shape::Choice => Value::String(crate::fields::choices(f.key).unwrap()[0].value.into()),
            Shape::Parent | Shape::Group => continue,
        };
        let mut d = Declaration::new();
        let path = f.key.replace("[]", "[0]");
        if path.contains("[0]") {
            crate::lists::add_region(&mut d);
        }
        crate::access::set(&mut d, &path, value).unwrap_or_else(|e| panic!("{path}: {e:?}"));
        let typed = [
            d.basic.answered(),
            d.entrustment.answered(),
            d.cloud.answered(),
            d.attestation.answered(),
            d.responsibility
                .as_ref()
                .is_some_and(|r| r.model_document.answered()),
        ];
        let by_json = [
            json(serde_json::to_value(&d.basic)),
            json(serde_json::to_value(&d.entrustment)),
            json(serde_json::to_value(&d.cloud)),
            json(serde_json::to_value(&d.attestation)),
            d.responsibility
                .as_ref()
                .is_some_and(|r| json(serde_json::to_value(&r.model_document))),
        ];
        assert_eq!(typed, by_json, "{path}");
        assert!(typed.iter().any(|t| *t), "{path} is an answer");
        let mut blank = Declaration::new();
        if let Ok(()) = crate::access::set(&mut blank, &path, Value::String("  ".into())) {
            assert!(
                !blank.basic.answered()
                    && !blank.entrustment.answered()
                    && !blank.cloud.answered()
                    && !blank.attestation.answered(),
                "{path}: blank"
            );
        }
        checked += 1;
    }
    assert!(checked > 50, "{checked}");
    for d in [compliant(), noncompliant(), draft(), Declaration::new()] {
        assert_eq!(d.cloud.answered(), json(serde_json::to_value(&d.cloud)));
        assert_eq!(d.basic.answered(), json(serde_json::to_value(&d.basic)));
    }
}

use crate::fixtures::{compliant, draft, noncompliant};
use crate::lists::{add_measure, add_subcontractor};
use crate::matrix::apply_service_model;
use crate::model::ServiceModel;
use crate::rules::validate;
use Section::*;
use SectionState::*;

fn states(d: &Declaration, checked: bool) -> Vec<SectionState> {
    Section::ALL
        .into_iter()
        .map(|s| section_state(d, s, checked))
        .collect()
}

#[test]
fn a_blank_draft_has_the_same_states_without_its_errors() {
    let mut with_metadata = Declaration::new();
    with_metadata.id = Some("d-1".into());
    with_metadata.created_at = Some("2026-12-01T00:00:00Z".into());
    for d in [Declaration::new(), with_metadata] {
        assert!(is_blank(&d));
        assert!(crate::verdict::statuses_undecided(&d).is_some());
        for s in Section::ALL {
            for checked in [false, true] {
                assert_eq!(
                    section_state_in(&d, s, checked, &[]),
                    section_state(&d, s, checked)
                );
            }
        }
    }
    for d in [compliant(), noncompliant(), draft()] {
        assert!(!is_blank(&d));
    }
    let mut d = Declaration::new();
    d.entrustment.uses_cloud = Some(false);
    assert!(!is_blank(&d));
}

#[test]
fn applies_follows_the_two_questions() {
    let mut d = Declaration::new();
    let applying = |d: &Declaration| -> Vec<Section> {
        Section::ALL
            .into_iter()
            .filter(|&s| applies(d, s))
            .collect()
    };
    assert_eq!(applying(&d), [Basic, Entrustment, Attestation]);
    d.entrustment.resubcontract = Some(true);
    assert_eq!(
        applying(&d),
        [Basic, Entrustment, Subcontractors, Attestation]
    );
    d.entrustment.uses_cloud = Some(true);
    assert_eq!(applying(&d), Section::ALL);
    d.entrustment.resubcontract = Some(false);
    assert_eq!(
        applying(&d),
        [
            Basic,
            Entrustment,
            Cloud,
            Responsibility,
            Measures,
            Attestation
        ]
    );
    d.entrustment.uses_cloud = Some(false);
    assert_eq!(applying(&d), [Basic, Entrustment, Attestation]);
}

#[test]
fn labels_in_both_languages() {
    let all = [
        NotStarted,
        InProgress,
        Complete,
        HasErrors,
        NotApplicable,
        Undecided,
    ];
    let ja: Vec<&str> = all.map(|s| s.label(Lang::Ja)).to_vec();
    assert_eq!(
        ja,
        ["未着手", "入力中", "完了", "エラーあり", "対象外", "未定"]
    );
    let en: Vec<&str> = all.map(|s| s.label(Lang::En)).to_vec();
    assert_eq!(
        en,
        [
            "Not started",
            "In progress",
            "Completed",
            "Has errors",
            "Not applicable",
            "Cannot start yet"
        ]
    );
    assert_eq!(HasErrors.as_str(), "has_errors");
}

#[test]
fn the_compliant_fixture_is_complete_everywhere() {
    let d = compliant();
    assert_eq!(states(&d, false), [Complete; 7]);
    assert_eq!(states(&noncompliant(), true), [Complete; 7]);
}

#[test]
fn a_new_declaration_has_not_started() {
    let d = Declaration::new();
    assert_eq!(
        states(&d, true),
        [NotStarted, NotStarted, Undecided, Undecided, Undecided, Undecided, NotStarted],
        "what depends on an unanswered question cannot start yet, never 対象外"
    );
}

#[test]
fn the_draft_is_in_progress_until_checked() {
    let d = draft();
    assert_eq!(
        states(&d, false),
        [InProgress, InProgress, NotStarted, NotStarted, NotStarted, NotStarted, NotStarted]
    );
    assert_eq!(section_state(&d, Basic, true), HasErrors);
    assert_eq!(section_state(&d, Entrustment, true), HasErrors);
    // Checking an empty page does not make it begun.
    assert_eq!(section_state(&d, Cloud, true), NotStarted);
}

#[test]
fn one_error_makes_a_section_incomplete_and_only_that_one() {
    let mut d = compliant();
    d.subcontractors[0].address = None;
    let s = states(&d, false);
    assert_eq!(s[2], InProgress);
    assert_eq!(section_state(&d, Subcontractors, true), HasErrors);
    for (i, state) in s.into_iter().enumerate() {
        if i != 2 {
            assert_eq!(state, Complete, "{:?}", Section::ALL[i]);
        }
    }
}

#[test]
fn warnings_do_not_block_completion() {
    let mut d = compliant();
    let cert = d.cloud.as_mut().unwrap().certifications.as_mut().unwrap();
    cert.iso27017.as_mut().unwrap().valid_until = Some("2023-03-31".into());
    assert!(!validate(&d).is_empty());
    assert_eq!(section_state(&d, Cloud, true), Complete);
    assert!(issues_of(&d, Cloud).is_empty());
}

#[test]
fn blank_text_and_empty_groups_are_not_answers() {
    let mut d = Declaration::new();
    d.basic.municipality = Some("  ".into());
    d.basic.declarant = Some(Default::default());
    assert!(!has_answers(&d, Basic));
    d.basic.item_number = Some(5);
    assert!(has_answers(&d, Basic));
    d.attestation = Some(crate::model::Attestation {
        truthful: Some(false),
        ..Default::default()
    });
    assert!(has_answers(&d, Attestation), "a no is an answer");
}

#[test]
fn a_list_with_an_entry_has_begun() {
    let mut d = Declaration::new();
    d.entrustment.resubcontract = Some(true);
    d.entrustment.uses_cloud = Some(true);
    assert_eq!(section_state(&d, Subcontractors, false), NotStarted);
    add_subcontractor(&mut d, "contractor");
    assert_eq!(section_state(&d, Subcontractors, false), InProgress);
    assert_eq!(section_state(&d, Measures, true), NotStarted);
    add_measure(&mut d, crate::model::Category::Network);
    assert_eq!(section_state(&d, Measures, true), HasErrors);
}

#[test]
fn a_prefilled_matrix_is_not_an_answer() {
    let mut d = Declaration::new();
    d.entrustment.uses_cloud = Some(true);
    assert!(apply_service_model(&mut d, ServiceModel::Paas));
    assert_eq!(section_state(&d, Cloud, false), InProgress);
    assert_eq!(section_state(&d, Responsibility, false), NotStarted);
    // Editing a row is.
    d.responsibility.as_mut().unwrap().matrix[0].owner = crate::model::Owner::Shared;
    assert_eq!(section_state(&d, Responsibility, false), InProgress);
}

#[test]
fn issues_of_keeps_the_section_errors_in_order() {
    let d = draft();
    let basic = issues_of(&d, Basic);
    let paths: Vec<&str> = basic.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(paths[0], "basic.assessment_title");
    assert!(paths.iter().all(|p| p.starts_with("basic.")), "{paths:?}");
    let all: Vec<Issue> = validate(&d)
        .into_iter()
        .filter(|i| i.path.starts_with("basic."))
        .collect();
    assert_eq!(basic, all);
    let subs = issues_of(&d, Subcontractors);
    assert_eq!(subs.len(), 1);
    assert_eq!(subs[0].path, "subcontractors");
    assert!(issues_of(&compliant(), Measures).is_empty());
    let mut d = compliant();
    d.measures
        .retain(|m| m.category != Some(crate::model::Category::Encryption));
    // The category is missing, and the data layer (the customer's) lacks its measure:
    // both are fixed on the measures page, so neither blocks the table's page.
    assert_eq!(issues_of(&d, Measures).len(), 2);
    assert!(issues_of(&d, Responsibility).is_empty());
}

#[test]
fn issues_of_a_section_that_does_not_apply_is_empty() {
    let mut d = draft();
    d.entrustment.uses_cloud = Some(false);
    assert!(issues_of(&d, Cloud).is_empty());
    assert!(issues_of(&d, Measures).is_empty());
    assert_eq!(section_state(&d, Cloud, true), NotApplicable);
}

#[test]
fn next_and_previous_skip_what_does_not_apply() {
    let mut d = compliant();
    let mut walk = vec![];
    let mut at = next_section(&d, None);
    while let Some(s) = at {
        walk.push(s);
        at = next_section(&d, Some(s));
    }
    assert_eq!(walk, Section::ALL);
    d.entrustment.resubcontract = Some(false);
    d.entrustment.uses_cloud = Some(false);
    assert_eq!(next_section(&d, None), Some(Basic));
    assert_eq!(next_section(&d, Some(Entrustment)), Some(Attestation));
    assert_eq!(next_section(&d, Some(Attestation)), None);
    assert_eq!(previous_section(&d, Attestation), Some(Entrustment));
    assert_eq!(previous_section(&d, Basic), None);
    // From a section that no longer applies, the way on still works.
    assert_eq!(next_section(&d, Some(Cloud)), Some(Attestation));
    assert_eq!(previous_section(&d, Measures), Some(Entrustment));
    d.entrustment.uses_cloud = Some(true);
    assert_eq!(next_section(&d, Some(Entrustment)), Some(Cloud));
    assert_eq!(previous_section(&d, Cloud), Some(Entrustment));
    assert_eq!(previous_section(&d, Attestation), Some(Measures));
}

#[test]
fn why_not_applicable_names_the_question_or_the_answer() {
    let mut d = Declaration::new();
    assert!(why_not_applicable(&d, Basic, Lang::Ja).is_none());
    let unanswered = why_not_applicable(&d, Cloud, Lang::Ja).unwrap();
    assert!(
        unanswered.starts_with(
            "先に「委託の概要」の「クラウド事業者の環境への設置」に回答してください。"
        ),
        "{unanswered}"
    );
    d.entrustment.resubcontract = Some(false);
    d.entrustment.uses_cloud = Some(false);
    assert!(why_not_applicable(&d, Subcontractors, Lang::Ja)
        .unwrap()
        .starts_with("再委託しないため"));
    assert!(why_not_applicable(&d, Measures, Lang::En)
        .unwrap()
        .contains("not placed in a cloud"));
    d.entrustment.uses_cloud = Some(true);
    assert!(why_not_applicable(&d, Measures, Lang::En).is_none());
}
