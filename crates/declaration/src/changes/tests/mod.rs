//! Tests of the change list: the fixtures' differences, values as a reader sees them,
//! what is not an answer. The entries of lists are tested in [`entries`], the CSV beside
//! its code.

mod entries;

use super::*;
use crate::fixtures;

fn paths(changes: &[Change]) -> Vec<&str> {
    changes.iter().map(|c| c.path.as_str()).collect()
}

fn ja(w: &Option<Words>) -> Option<&str> {
    w.as_ref().map(|w| w.ja.as_str())
}

#[test]
fn identical_declarations_have_no_rows() {
    for (name, json) in fixtures::ALL {
        let d = fixtures::parse(json);
        assert!(diff(&d, &d).is_empty(), "{name}");
    }
}

#[test]
fn metadata_is_not_an_answer() {
    let old = fixtures::compliant();
    let mut new = old.clone();
    new.id = Some("another".into());
    new.created_at = Some("2030-01-01T00:00:00Z".into());
    new.updated_at = None;
    new.exported_at = Some("2030-01-02T00:00:00Z".into());
    new.schema_version = 0;
    new.integrity = Some(Default::default());
    new.generator = Some(Default::default());
    assert!(diff(&old, &new).is_empty());
}

#[test]
fn compliant_to_noncompliant() {
    let changes = diff(&fixtures::compliant(), &fixtures::noncompliant());
    assert_eq!(
        paths(&changes),
        [
            "cloud.certifications.iso27018.held",
            "cloud.certifications.iso27018.certificate_number",
            "cloud.certifications.iso27018.certifier",
            "cloud.certifications.iso27018.valid_until",
            "cloud.ismap.listed",
            "cloud.ismap.registration_number",
            "cloud.ismap.listed_service_name",
            "cloud.ismap.valid_until",
            "cloud.data_location.regions[name=Singapore]",
        ]
    );
    let held = &changes[0];
    assert_eq!(held.item.ja, "クラウドサービス ISO/IEC 27018 認証");
    assert_eq!(held.item.en, "Cloud service › ISO/IEC 27018 certification");
    assert_eq!(
        (ja(&held.before), ja(&held.after)),
        (Some("はい"), Some("いいえ"))
    );
    assert_eq!(held.before(Lang::En), Some("Yes"));
    assert_eq!(held.kind, ChangeKind::Changed);

    let number = &changes[1];
    assert_eq!(
        number.item.ja,
        "クラウドサービス ISO/IEC 27018 認証 認証番号"
    );
    assert_eq!(
        (ja(&number.before), number.after.clone()),
        (Some("PII 000001"), None)
    );

    let until = &changes[3];
    assert_eq!(ja(&until.before), Some("令和8年3月31日"));
    assert_eq!(until.before(Lang::En), Some("31 March 2026"));

    let region = &changes[8];
    assert_eq!(region.kind, ChangeKind::Added);
    assert_eq!(region.item.ja, "クラウドサービス 保管場所3（Singapore）");
    assert_eq!(
        region.item.en,
        "Cloud service › Storage location 3 (Singapore)"
    );
    assert_eq!(region.before, None);
    assert_eq!(
        ja(&region.after),
        Some("保管場所(リージョン)：Singapore\n国：SG\n用途：バックアップ")
    );
    assert_eq!(
        region.after(Lang::En),
        Some("Storage location (region): Singapore\nCountry: SG\nPurpose: Backup")
    );

    // The other way round, the region is removed and the answers come back.
    let back = diff(&fixtures::noncompliant(), &fixtures::compliant());
    assert_eq!(back.len(), changes.len());
    assert_eq!(back[8].kind, ChangeKind::Removed);
    assert_eq!(back[8].after, None);
    assert_eq!(back[1].before, None);
}
#[test]
fn rows_follow_the_form_and_values_read_as_shown() {
    let old = fixtures::compliant();
    let mut new = old.clone();
    new.attestation.as_mut().unwrap().date = Some("2024-03-01".into());
    new.basic.municipality = Some("△△市".into());
    new.entrustment.handler_count = Some(crate::model::HandlerCount::From10To49);
    new.basic.item_number = Some(6);
    let changes = diff(&old, &new);
    assert_eq!(
        paths(&changes),
        [
            "basic.municipality",
            "basic.item_number",
            "entrustment.handler_count",
            "attestation.date"
        ]
    );
    assert_eq!(changes[0].item.ja, "基本情報 委託元の地方公共団体名");
    assert_eq!(ja(&changes[1].after), Some("6"));
    assert_eq!(ja(&changes[2].before), Some("10人未満"));
    assert_eq!(changes[2].after(Lang::En), Some("10 to 49"));
    assert_eq!(changes[3].item.ja, "確認・誓約 日付");
    assert_eq!(ja(&changes[3].after), Some("令和6年3月1日"));
    assert_eq!(changes[3].after(Lang::En), Some("1 March 2024"));
}

#[test]
fn blank_spaces_and_full_width_digits_are_not_changes() {
    let old = fixtures::compliant();
    let mut new = old.clone();
    new.entrustment.other_information = None; // "" before: both 記載なし
    let declarant = new.basic.declarant.as_mut().unwrap();
    declarant.phone = Some("０５９－０００－００００".into());
    declarant.name = Some(format!(" {} ", declarant.name.clone().unwrap()));
    assert!(diff(&old, &new).is_empty());
}

#[test]
fn hidden_answers_are_not_declared() {
    let old = fixtures::compliant();
    let mut new = old.clone();
    new.entrustment.resubcontract = Some(false);
    let changes = diff(&old, &new);
    assert_eq!(
        paths(&changes),
        [
            "entrustment.resubcontract",
            "entrustment.resubcontracted_work",
            "subcontractors[id=sub-1]"
        ]
    );
    assert_eq!(changes[1].after, None);
    assert_eq!(changes[2].kind, ChangeKind::Removed);
}

#[test]
fn a_draft_against_the_full_declaration() {
    let changes = diff(&fixtures::draft(), &fixtures::compliant());
    assert!(changes.len() > 30, "{}", changes.len());
    assert!(changes[0].path.starts_with("basic."));
    assert!(changes
        .iter()
        .all(|c| !c.item.ja.is_empty() && !c.item.en.is_empty()));
    assert!(changes.iter().all(|c| c.after.is_some()));
    // A changed answer's path names a registered field; an entry's path ends with it.
    for c in &changes {
        match c.kind {
            ChangeKind::Changed => {
                assert!(crate::fields::field(&c.path).is_some(), "{}", c.path)
            }
            _ => assert!(c.path.ends_with(']'), "{}", c.path),
        }
    }
}

#[test]
fn timing_words_and_parsing() {
    assert_eq!(Timing::parse("事前"), Some(Timing::Before));
    assert_eq!(Timing::parse(" After "), Some(Timing::After));
    assert_eq!(Timing::parse("事後"), Some(Timing::After));
    assert_eq!(Timing::parse("later"), None);
    assert_eq!(Timing::After.label(Lang::Ja), "事後");
    // Chosen by the user per row, never preselected: 未選択 until then (issue 30).
    assert_eq!(Timing::default(), Timing::Unchosen);
    assert_eq!(Timing::Unchosen.label(Lang::Ja), "未選択");
    assert_eq!(Timing::Unchosen.label(Lang::En), "Not chosen");
    assert_eq!(Timing::parse("未選択"), None);
}

#[test]
fn an_answer_no_longer_asked_reads_as_not_given() {
    // Not listed any more: the registration number is no longer declared, even if the
    // draft still holds it.
    let old = crate::fixtures::compliant();
    let mut new = crate::fixtures::compliant();
    new.cloud.as_mut().unwrap().ismap.as_mut().unwrap().listed = Some(false);
    let rows = diff(&old, &new);
    let number = rows
        .iter()
        .find(|c| c.path == "cloud.ismap.registration_number")
        .expect("a row for the number");
    assert!(number.before.is_some());
    assert_eq!(number.after, None);
    // A change of an answer that neither version asks makes no row.
    let mut hidden_edit = new.clone();
    hidden_edit
        .cloud
        .as_mut()
        .unwrap()
        .ismap
        .as_mut()
        .unwrap()
        .registration_number = Some("X".into());
    assert!(diff(&new, &hidden_edit).is_empty());
}

#[test]
fn the_earlier_of_two_versions_is_known_by_their_own_times() {
    let mut a = crate::fixtures::compliant();
    let mut b = a.clone();
    a.exported_at = Some("2024-02-20T10:00:00Z".into());
    b.exported_at = Some("2024-03-01T09:00:00+09:00".into());
    assert_eq!(a_is_earlier(&a, &b), Some(true));
    assert_eq!(a_is_earlier(&b, &a), Some(false));
    // The same instant in two zones, or no time on one side: the times do not tell.
    b.exported_at = Some("2024-02-20T19:00:00+09:00".into());
    assert_eq!(a_is_earlier(&a, &b), None);
    b.exported_at = None;
    b.updated_at = None;
    assert_eq!(a_is_earlier(&a, &b), None);
    // No export time: the last update stands in.
    b.updated_at = Some("2024-01-01T00:00:00Z".into());
    assert_eq!(a_is_earlier(&a, &b), Some(false));
    assert_eq!(version_time(&b), Some("2024-01-01T00:00:00Z"));
}

/// 法人番号 (issue 32) reaches the change list through the registry alone: the contractor's
/// and a subcontractor's, labelled, the subcontractor's named by its entry.
#[test]
fn a_corporate_number_changed_is_a_row_with_its_label() {
    let old = fixtures::compliant();
    let mut new = old.clone();
    new.entrustment
        .contractor
        .get_or_insert_with(Default::default)
        .corporate_number = Some("4011001098993".into());
    new.subcontractors[0].corporate_number = Some("7000012050002".into());
    let changes = diff(&old, &new);
    assert_eq!(changes.len(), 2, "{changes:?}");
    let contractor = changes
        .iter()
        .find(|c| c.path == "entrustment.contractor.corporate_number")
        .expect("the contractor's row");
    assert!(
        contractor.item.ja.ends_with("法人番号"),
        "{:?}",
        contractor.item
    );
    assert_eq!(contractor.before, None);
    assert_eq!(ja(&contractor.after), Some("4011001098993"));
    let sub = changes
        .iter()
        .find(|c| c.path.ends_with(".corporate_number") && c.path.starts_with("subcontractors"))
        .expect("the subcontractor's row");
    assert!(sub.item.ja.starts_with("再委託先1"), "{:?}", sub.item);
    assert!(sub.item.ja.ends_with("法人番号"), "{:?}", sub.item);
}
