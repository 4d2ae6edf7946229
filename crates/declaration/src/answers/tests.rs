//! Native tests of the answer model: every conditional field of the registry in each of its
//! states, the sections, the typed readers of the deciding answers, titles and words.

use super::*;
use crate::access;
use crate::fields::{self, Lang, Section, When, FIELDS};
use crate::fixtures::{compliant, noncompliant};
use crate::model::Declaration;
use crate::words::Words;
use serde_json::Value;

/// A path of `key` in the compliant fixture (its first entry for list fields).
fn path_of(key: &str) -> String {
    key.replace("[]", "[0]")
}

/// The compliant fixture, with one measure of each category it needs and the deciding
/// answer of `when` set to `value` (`Value::Null` to remove it).
fn with_deciding(when: When, value: Value) -> Declaration {
    let mut d = compliant();
    let key = match when {
        When::Always | When::OneMunicipality => unreachable!(),
        When::Yes(k) | When::Is(k, _) => k,
    };
    access::set(&mut d, &path_of(key), value).expect("the deciding answer can be written");
    d
}

/// A value of the choice at `key` other than `value`.
fn other_choice(key: &str, value: &str) -> Value {
    let other = fields::choices(key)
        .unwrap()
        .into_iter()
        .find(|c| c.value != value)
        .unwrap();
    Value::String(other.value.into())
}

#[test]
fn every_conditional_field_is_asked_not_asked_and_undecided() {
    let conditional: Vec<_> = FIELDS
        .iter()
        .filter(|f| !matches!(f.when, When::Always | When::OneMunicipality))
        .collect();
    assert_eq!(conditional.len(), 20, "the registry's conditional fields");
    for f in conditional {
        let path = path_of(f.key);
        let (yes, no) = match f.when {
            When::Yes(_) => (Value::Bool(true), Value::Bool(false)),
            When::Is(key, v) => (Value::String(v.into()), other_choice(key, v)),
            When::Always | When::OneMunicipality => unreachable!(),
        };
        let d = with_deciding(f.when, yes);
        assert_eq!(
            asking(&d, &path),
            Asking::Asked,
            "{path} when its answer holds"
        );
        assert!(asked(&d, &path));
        let d = with_deciding(f.when, no);
        assert_eq!(
            asking(&d, &path),
            Asking::NotAsked,
            "{path} when it does not"
        );
        assert!(!asked(&d, &path));
        let d = with_deciding(f.when, Value::Null);
        assert_eq!(
            asking(&d, &path),
            Asking::Undecided,
            "{path} while unanswered"
        );
    }
}

#[test]
fn a_condition_follows_its_own_entry() {
    let mut d = noncompliant();
    // Two subcontractors: only the first has concluded its agreement.
    crate::lists::add_subcontractor(&mut d, "contractor");
    d.subcontractors[0]
        .confidentiality
        .get_or_insert_with(Default::default)
        .concluded = Some(true);
    d.subcontractors[1]
        .confidentiality
        .get_or_insert_with(Default::default)
        .concluded = Some(false);
    assert!(asked(&d, "subcontractors[0].confidentiality.date"));
    assert!(!asked(&d, "subcontractors[1].confidentiality.date"));
    // A path past the end of the list is undecided, never a panic.
    assert_eq!(
        asking(&d, "subcontractors[99].confidentiality.date"),
        Asking::Undecided
    );
    assert_eq!(asking(&d, "measures[99].reason"), Asking::Undecided);
}

#[test]
fn sections_follow_the_two_questions_of_the_entrustment() {
    let mut d = compliant();
    for s in Section::ALL {
        assert_eq!(section_asking(&d, s), Asking::Asked, "{s:?}");
    }
    d.entrustment.resubcontract = Some(false);
    d.entrustment.uses_cloud = None;
    assert_eq!(
        section_asking(&d, Section::Subcontractors),
        Asking::NotAsked
    );
    for s in [Section::Cloud, Section::Responsibility, Section::Measures] {
        assert_eq!(section_asking(&d, s), Asking::Undecided, "{s:?}");
    }
    // A field inside a section that is not asked is not asked, whatever its own condition.
    assert_eq!(asking(&d, "subcontractors[0].name"), Asking::NotAsked);
    assert_eq!(
        asking(&d, "cloud.certifications.iso27017.certificate_number"),
        Asking::Undecided
    );
    assert!(!asked(&d, "entrustment.resubcontracted_work"));
    for s in [Section::Basic, Section::Entrustment, Section::Attestation] {
        assert_eq!(section_asking(&d, s), Asking::Asked);
    }
}

#[test]
fn the_typed_readers_agree_with_the_generic_access() {
    let keys: Vec<&str> = FIELDS
        .iter()
        .map(|f| f.when)
        .chain(Section::ALL.iter().map(|s| s.when()))
        .filter_map(|w| match w {
            When::Always | When::OneMunicipality => None,
            When::Yes(k) | When::Is(k, _) => Some(k),
        })
        .collect();
    for d in [
        compliant(),
        noncompliant(),
        crate::fixtures::draft(),
        Declaration::new(),
    ] {
        for key in &keys {
            let path = path_of(key);
            let generic = access::get(&d, &path).map(|v| match v {
                Value::String(s) => s,
                v => v.to_string(),
            });
            assert_eq!(asking::deciding(&d, key, &[0]), generic, "{key}");
        }
    }
}

#[test]
fn entry_titles_are_spelled_one_way() {
    let d = compliant();
    let t = entry_title(&d, Group::Subcontractors, 0);
    assert_eq!(t.pick(Lang::Ja), "再委託先1：国民健康保険中央会");
    assert_eq!(t.pick(Lang::En), "Subcontractor 1: 国民健康保険中央会");
    assert_eq!(
        entry_label(Group::Regions, 1),
        Words::new("保管場所2", "Storage location 2")
    );
    assert_eq!(
        entry_title(&d, Group::Measures, 0).pick(Lang::Ja),
        format!("対策1：{}", Words::of(d.measures[0].category.unwrap()).ja)
    );
    // No name yet: the label alone.
    let mut d = compliant();
    d.subcontractors[0].name = Some("  ".into());
    assert_eq!(
        entry_title(&d, Group::Subcontractors, 0),
        entry_label(Group::Subcontractors, 0)
    );
    assert_eq!(
        entry_title(&d, Group::Subcontractors, 7),
        entry_label(Group::Subcontractors, 7)
    );
}

#[test]
fn parents_read_by_name() {
    let mut d = noncompliant();
    let first = d.subcontractors[0].id.clone();
    assert!(contractor_words(&d).ja.starts_with("委託先："));
    assert_eq!(parent_words(&d, "contractor"), contractor_words(&d));
    assert_eq!(
        parent_words(&d, &first),
        Words::same(d.subcontractors[0].name.clone().unwrap())
    );
    assert_eq!(parent_words(&d, "nobody").ja, "（見つかりません：nobody）");
    assert_eq!(parent_words(&d, " ").en, "(not chosen)");
    d.subcontractors[0].name = None;
    assert_eq!(
        parent_words(&d, &first),
        entry_label(Group::Subcontractors, 0)
    );
    d.entrustment.contractor = None;
    assert_eq!(contractor_words(&d), Words::new("委託先", "Contractor"));
}

#[test]
fn blocks_list_only_what_is_asked() {
    let mut d = compliant();
    let paths = |d: &Declaration, s: Section| -> Vec<String> {
        blocks(d, s)
            .into_iter()
            .flat_map(|b| b.rows)
            .map(|r| r.path)
            .collect()
    };
    assert!(paths(&d, Section::Cloud).contains(&"cloud.ismap.registration_number".to_string()));
    d.cloud.as_mut().unwrap().ismap.as_mut().unwrap().listed = Some(false);
    let cloud = paths(&d, Section::Cloud);
    assert!(cloud.contains(&"cloud.ismap.listed".to_string()));
    assert!(!cloud
        .iter()
        .any(|p| p.starts_with("cloud.ismap.") && p != "cloud.ismap.listed"));
    // Each entry is a block with its title; the matrix is one block of layers.
    let subs = blocks(&d, Section::Subcontractors);
    assert_eq!(
        subs[0].title,
        Some(entry_title(&d, Group::Subcontractors, 0))
    );
    let matrix = blocks(&d, Section::Responsibility).pop().unwrap();
    assert_eq!(
        matrix.rows.len(),
        d.responsibility.as_ref().unwrap().matrix.len()
    );
    // A section that is not asked lists nothing.
    d.entrustment.uses_cloud = Some(false);
    assert!(blocks(&d, Section::Measures).is_empty());
}

#[test]
fn values_read_in_words() {
    let d = compliant();
    let f = |k| fields::field(k).unwrap();
    assert_eq!(
        value(
            &d,
            "entrustment.resubcontract",
            f("entrustment.resubcontract")
        ),
        Some(Words::new("はい", "Yes"))
    );
    assert_eq!(
        value(&d, "attestation.truthful", f("attestation.truthful"))
            .unwrap()
            .ja,
        "チェック済み"
    );
    let parent = value(&d, "subcontractors[0].parent", f("subcontractors[].parent")).unwrap();
    assert_eq!(parent, contractor_words(&d));
    let mut empty = Declaration::new();
    assert_eq!(
        value(&empty, "basic.municipality", f("basic.municipality")),
        None
    );
    empty.basic.municipality = Some("津市".into());
    assert_eq!(
        value(&empty, "basic.municipality", f("basic.municipality")),
        Some(Words::same("津市"))
    );
}

#[test]
fn unasked_lists_every_conditional_answer_not_asked() {
    let mut d = compliant();
    // Compliant: no CS Mark (its details are not asked), and only encryption measures have
    // encryption details.
    let list = unasked(&d);
    assert!(list.contains(&"cloud.certifications.cs_gold_mark.registration_number".to_string()));
    assert!(
        !list
            .iter()
            .any(|p| p.starts_with("cloud.ismap.") || p.contains("iso270")),
        "{list:?}"
    );
    d.cloud.as_mut().unwrap().ismap.as_mut().unwrap().listed = Some(false);
    let list = unasked(&d);
    for p in [
        "cloud.ismap.list",
        "cloud.ismap.registration_number",
        "cloud.ismap.valid_until",
    ] {
        assert!(list.contains(&p.to_string()), "{p} in {list:?}");
    }
    assert!(list.iter().all(|p| !asked(&d, p)));
}
