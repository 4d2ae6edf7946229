//! The round trip in the domain: the contractor takes in the reviewer's file (twice, with a
//! reply not yet sent), reorders the subcontractors, replies and fixes the ISMAP answer;
//! each question finds its change since the reviewed version; the reviewer takes the
//! replies back. And where the reviewed version is kept (a snapshot on export, the
//! reviewer's copy).

use super::*;
use crate::changes;
use crate::drafts::{Drafts, MemoryStore};
use crate::fields::Section;
use crate::fixtures::{noncompliant, NONCOMPLIANT};
use crate::model::{Ismap, Subcontractor};
use serde_json::json;

const NOW: &str = "2024-03-01T09:00:00Z";
const LATER: &str = "2024-03-04T10:00:00Z";

fn target(
    condition: Option<&str>,
    path: Option<&str>,
    entry: Option<&str>,
    section: Option<&str>,
) -> Target {
    Target {
        condition: condition.map(str::to_string),
        path: path.map(str::to_string),
        entry_id: entry.map(str::to_string),
        section: section.map(str::to_string),
    }
}

/// The reviewer's review of noncompliant.json: C6, subcontractor sub-1's inspection, and
/// the subcontractors' section.
fn review_of(d: &Declaration) -> Review {
    let value: Value = serde_json::from_str(NONCOMPLIANT).unwrap();
    let mut r = new_review(&value, d, "rev-1", NOW, None);
    let item = |id: &str, t: Target| Item {
        id: id.into(),
        target: t,
        comment: format!("{id} の照会"),
        created_at: Some(NOW.into()),
        ..Default::default()
    };
    r.items = vec![
        item("q1", target(Some("C6"), None, None, None)),
        item(
            "q2",
            target(
                None,
                Some("subcontractors[0].inspection"),
                Some("sub-1"),
                None,
            ),
        ),
        item("q3", target(None, None, None, Some("subcontractors"))),
    ];
    r.outcome = Outcome::Returned;
    r
}

/// The contractor's fixes: a new subcontractor placed first (so sub-1 moves to index 1),
/// sub-1's inspection rewritten, and the service listed on ISMAP.
fn fixed(d: &Declaration) -> Declaration {
    let mut d = d.clone();
    let vendor = Subcontractor {
        id: "sub-2".into(),
        name: Some("株式会社ベンダー".into()),
        parent: Some("sub-1".into()),
        ..Default::default()
    };
    d.subcontractors.insert(0, vendor);
    d.subcontractors[1].inspection = Some("年1回、立入調査を行います。".into());
    d.cloud.as_mut().unwrap().ismap = Some(Ismap {
        listed: Some(true),
        registration_number: Some("C21-0001-1".into()),
        ..Default::default()
    });
    d
}

#[test]
fn each_question_arrives_where_it_belongs_and_finds_its_change_and_the_reply_goes_back() {
    let d = noncompliant();
    let sent = review_of(&d);
    // The contractor takes it in, replies to q2, takes the same file in again: the reply
    // not yet sent is kept.
    let mut mine = take_questions(None, sent.clone()).unwrap();
    reply(&mut mine, "q2", "年1回、立入調査を行います。", LATER).unwrap();
    reply(
        &mut mine,
        "q1",
        "ISMAPに登録済みのサービスへ変更しました。",
        LATER,
    )
    .unwrap();
    let mine = take_questions(Some(&mine), sent.clone()).unwrap();
    assert_eq!(mine.items[1].status, ItemStatus::Answered);
    assert!(mine.items[1].reply.is_some());

    let now = fixed(&d);
    let at: Vec<Place> = places(&now, &mine.items)
        .into_iter()
        .map(|(_, p)| p)
        .collect();
    assert_eq!(
        at,
        [
            Place::Condition(crate::verdict::CondId::C6),
            Place::Answer("subcontractors[1].inspection".into()),
            Place::Section(Section::Subcontractors),
        ]
    );
    let by_section = open_by_section(&now, &mine);
    assert_eq!(
        by_section,
        vec![(Section::Subcontractors, 2), (Section::Cloud, 1)]
    );
    assert!(matches!(
        against(&mine, &now, &json!({})),
        Ok(Freshness::Changed)
    ));

    let list = changes::diff(&d, &now);
    let paths = |t: &Target| -> Vec<String> {
        changes_for(t, &list)
            .into_iter()
            .map(|c| c.path.clone())
            .collect()
    };
    let c6 = paths(&mine.items[0].target);
    assert!(c6.iter().any(|p| p == "cloud.ismap.listed"), "{c6:?}");
    assert!(c6.iter().all(|p| p.starts_with("cloud.ismap")), "{c6:?}");
    assert_eq!(
        paths(&mine.items[1].target),
        ["subcontractors[id=sub-1].inspection"]
    );
    let section = paths(&mine.items[2].target);
    assert!(
        section.contains(&"subcontractors[id=sub-2]".to_string()),
        "{section:?}"
    );
    assert!(section.iter().all(|p| p.starts_with("subcontractors")));

    // The reviewer takes the replies back; a question resolved meanwhile stays 解決.
    let mut theirs_copy = sent;
    resolve(&mut theirs_copy, "q1", LATER, None).unwrap();
    let file = import(export(&mine, &json!({}), LATER).as_bytes())
        .unwrap()
        .review;
    assert_eq!(take_replies(&mut theirs_copy, &file), Ok(2));
    assert_eq!(theirs_copy.items[0].status, ItemStatus::Resolved);
    assert_eq!(theirs_copy.items[1].status, ItemStatus::Answered);
    assert_eq!(theirs_copy.items[2].status, ItemStatus::Open);
    assert_eq!(theirs_copy.outcome, Outcome::Returned);
    // Taking the same file again takes nothing new.
    assert_eq!(take_replies(&mut theirs_copy, &file), Ok(0));
}

#[test]
fn a_reply_file_of_another_declaration_is_refused_both_ways() {
    let d = noncompliant();
    let mut mine = review_of(&d);
    let mut other = review_of(&d);
    other.declaration.id = "another".into();
    assert!(matches!(
        take_replies(&mut mine, &other),
        Err(ReviewError::OtherDeclaration { .. })
    ));
    assert!(matches!(
        take_questions(Some(&mine), other),
        Err(ReviewError::OtherDeclaration { .. })
    ));
}

#[test]
fn a_reply_newer_in_the_file_wins_and_a_resolved_question_is_not_reopened_by_a_stale_reply() {
    let d = noncompliant();
    let mut mine = review_of(&d);
    reply(&mut mine, "q2", "古い回答", NOW).unwrap();
    let mut theirs = review_of(&d);
    reply(&mut theirs, "q2", "新しい回答", LATER).unwrap();
    resolve(&mut theirs, "q2", LATER, None).unwrap();
    let out = take_questions(Some(&mine), theirs).unwrap();
    assert_eq!(out.items[1].reply.as_deref(), Some("新しい回答"));
    assert_eq!(out.items[1].status, ItemStatus::Resolved);
}

#[test]
fn a_question_asked_again_opens_with_an_empty_reply_on_the_contractors_side() {
    let d = noncompliant();
    // The contractor replied and sent it; the reviewer asks again.
    let mut mine = review_of(&d);
    reply(&mut mine, "q2", "年1回実施します。", NOW).unwrap();
    let mut theirs = mine.clone();
    ask_again(
        &mut theirs,
        "q2",
        "時期も書いてください。",
        LATER,
        Some("山田"),
    )
    .unwrap();
    let file = import(export(&theirs, &json!({}), LATER).as_bytes())
        .unwrap()
        .review;
    let out = take_questions(Some(&mine), file).unwrap();
    let q = &out.items[1];
    assert_eq!(q.status, ItemStatus::Open);
    assert_eq!(
        q.reply, None,
        "the old reply is not brought back to be overwritten"
    );
    assert_eq!(q.history[0].text.as_deref(), Some("年1回実施します。"));
    assert_eq!(current_question(q), "時期も書いてください。");
    // A reply written here after the 再照会 is kept when the same file is taken again.
    let mut mine = out.clone();
    reply(&mut mine, "q2", "4月です。", "2024-03-05T00:00:00Z").unwrap();
    let again = take_questions(Some(&mine), out).unwrap();
    assert_eq!(again.items[1].reply.as_deref(), Some("4月です。"));
    assert_eq!(again.items[1].history.len(), 2);
}

#[test]
fn the_version_exported_is_kept_as_a_snapshot_and_found_by_its_hash() {
    let mut mem = MemoryStore::default();
    let d = noncompliant();
    let mut drafts = Drafts::new(&mut mem);
    drafts.save("draft-1", &d, &json!({}), None, NOW).unwrap();
    let text = crate::io::export(&d, &json!({}), NOW, "test");
    let n = drafts.snapshot_exported("draft-1", &text, NOW).unwrap();
    // The same file exported twice is one snapshot.
    assert_eq!(
        drafts.snapshot_exported("draft-1", &text, LATER).unwrap(),
        n
    );
    let value: Value = serde_json::from_str(&text).unwrap();
    let sha = crate::io::canonical_sha256(&value);
    assert_eq!(value["integrity"]["sha256"].as_str(), Some(sha.as_str()));
    let (found, loaded) = drafts.snapshot_with_hash("draft-1", &sha).unwrap().unwrap();
    assert_eq!(found, n);
    assert_eq!(loaded.declaration.exported_at.as_deref(), Some(NOW));
    assert!(drafts
        .snapshot_with_hash("draft-1", "00")
        .unwrap()
        .is_none());
}

#[test]
fn the_reviewer_keeps_the_version_reviewed_and_the_contractor_keeps_its_own_copy_apart() {
    let mut mem = MemoryStore::default();
    let d = noncompliant();
    let r = review_of(&d);
    {
        let mut reviews = Reviews::new(&mut mem);
        reviews.save(&r, &json!({}), NOW).unwrap();
        reviews
            .keep_version(&r.declaration.id, &r.declaration.sha256, NONCOMPLIANT)
            .unwrap();
        let kept = reviews
            .version(&r.declaration.id, &r.declaration.sha256.to_uppercase())
            .unwrap()
            .unwrap();
        assert_eq!(kept.declaration, d);
        assert!(reviews.version(&r.declaration.id, "00").unwrap().is_none());
        // The versions are not reviews.
        assert_eq!(reviews.list().unwrap(), (reviews.list().unwrap().0, vec![]));
    }
    let mut received = Reviews::received(&mut mem);
    assert_eq!(received.load(&r.declaration.id), Ok(None));
    let mut copy = r.clone();
    copy.items.truncate(1);
    received.save(&copy, &json!({}), NOW).unwrap();
    assert_eq!(received.list().unwrap().0.len(), 1);
    let reviewer = Reviews::new(&mut mem);
    assert_eq!(
        reviewer
            .load(&r.declaration.id)
            .unwrap()
            .unwrap()
            .review
            .items
            .len(),
        3
    );
    assert!(mem.entries().keys().any(|k| k.starts_with(RECEIVED_PREFIX)));
}

#[test]
fn a_review_file_with_more_questions_than_the_limit_is_refused_with_the_count() {
    let d = noncompliant();
    let mut r = review_of(&d);
    let one = r.items[0].clone();
    r.items = (0..=MAX_ITEMS)
        .map(|n| Item {
            id: format!("q{n}"),
            ..one.clone()
        })
        .collect();
    let e = import(export(&r, &json!({}), NOW).as_bytes()).unwrap_err();
    assert!(
        e.words()
            .ja
            .contains("照会事項が501件あり、上限の500件を超えています"),
        "{}",
        e.words().ja
    );
    r.items.truncate(MAX_ITEMS);
    assert!(import(export(&r, &json!({}), NOW).as_bytes()).is_ok());
}
