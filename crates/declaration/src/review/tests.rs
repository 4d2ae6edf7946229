//! Tests of the review file: a round trip with every kind of target, each way reading can
//! fail (and its message), a review of another declaration, a changed declaration,
//! questions whose entry moved or went, and the migration from version 0.

use super::*;
use crate::fixtures::{compliant, noncompliant, COMPLIANT};
use crate::io::ImportError;
use serde_json::json;

const NOW: &str = "2024-03-01T09:00:00Z";

/// A review of noncompliant.json with a question on C6, on subcontractor 1's inspection
/// (by its entry id) and on the cloud section.
fn sample() -> Review {
    let d = noncompliant();
    let value: Value = serde_json::to_value(&d).unwrap();
    let mut r = new_review(
        &value,
        &d,
        "rev-1",
        NOW,
        Some("申告書_○○市_2024-02-20.json"),
    );
    let item = |id: &str, target: Target, comment: &str| Item {
        id: id.into(),
        target,
        comment: comment.into(),
        created_at: Some(NOW.into()),
        ..Default::default()
    };
    let sub = &d.subcontractors[0];
    r.items = vec![
        item(
            "q1",
            Target {
                condition: Some("C6".into()),
                ..Default::default()
            },
            "ISMAPの登録番号を確認させてください。",
        ),
        item(
            "q2",
            Target {
                path: Some("subcontractors[0].inspection".into()),
                entry_id: Some(sub.id.clone()),
                ..Default::default()
            },
            "立入調査の頻度を記載してください。",
        ),
        item(
            "q3",
            Target {
                section: Some("cloud".into()),
                ..Default::default()
            },
            "クラウドの項目全体について。",
        ),
    ];
    r.outcome = Outcome::Returned;
    r
}

fn text_of(r: &Review) -> String {
    export(r, &json!({}), NOW)
}

fn err_of(text: &str) -> ReviewError {
    import(text.as_bytes()).expect_err("should not import")
}

#[test]
fn a_review_round_trips_with_every_kind_of_target_and_unknown_keys() {
    let r = sample();
    let text = export(
        &r,
        &json!({"x_note": 12345678901234567890123u128.to_string()}),
        NOW,
    );
    let back = import(text.as_bytes()).unwrap();
    assert_eq!(
        back.review,
        Review {
            updated_at: Some(NOW.into()),
            ..r.clone()
        }
    );
    assert_eq!(back.extra, json!({"x_note": "12345678901234567890123"}));
    assert_eq!(back.migrated_from, None);
    // Keys in the order of the format.
    let pos = |k: &str| text.find(&format!("\"{k}\"")).unwrap();
    assert!(pos("format") < pos("schema_version") && pos("declaration") < pos("items"));
    assert_eq!(file_name(&r), "照会事項_○○市_2024-02-20.json");
    assert_eq!(r.declaration.sha256.len(), 64);
}

/// Whether an error is the one a case expects.
type Is = fn(&ReviewError) -> bool;

#[test]
fn each_way_of_failing_says_what_in_both_languages() {
    let good = text_of(&sample());
    let cases: Vec<(String, Is, &str)> = vec![
        (
            "{".into(),
            |e| matches!(e, ReviewError::File(ImportError::NotJson { .. })),
            "JSON として読み取れません",
        ),
        (
            "[]".into(),
            |e| matches!(e, ReviewError::File(ImportError::NotAnObject)),
            "オブジェクト",
        ),
        (
            COMPLIANT.into(),
            |e| matches!(e, ReviewError::WrongFormat { found: Some(f) } if f == "cloud-subcontract-declaration"),
            "照会事項ファイルではありません",
        ),
        (
            good.replace("\"schema_version\": 1", "\"schema_version\": 2"),
            |e| *e == ReviewError::NewerVersion { found: 2 },
            "新しい版（schema_version 2）",
        ),
        (
            good.replace("\"schema_version\": 1", "\"schema_version\": \"1\""),
            |e| *e == ReviewError::BadVersion,
            "整数ではありません",
        ),
        (
            good.replace("\"status\": \"open\"", "\"status\": \"maybe\""),
            |e| matches!(e, ReviewError::File(ImportError::WrongType { path, .. }) if path == "items[0].status"),
            "items[0].status",
        ),
        (
            good.replacen(
                "\"outcome\":",
                "\"outcome\": \"accepted\",\n  \"outcome\":",
                1,
            ),
            |e| matches!(e, ReviewError::File(ImportError::DuplicateKey { path }) if path == "outcome"),
            "2回以上",
        ),
        (
            good.replace("ISMAPの登録番号を確認させてください。", "  "),
            |e| matches!(e, ReviewError::Invalid { path, .. } if path == "items[0].comment"),
            "照会内容がありません",
        ),
        (
            good.replace("\"id\": \"q2\"", "\"id\": \"q1\""),
            |e| matches!(e, ReviewError::Invalid { path, .. } if path == "items[1].id"),
            "重複",
        ),
        (
            good.replace(
                "\"section\": \"cloud\"",
                "\"section\": \"cloud\", \"condition\": \"C1\"",
            ),
            |e| matches!(e, ReviewError::Invalid { path, .. } if path == "items[2].target"),
            "いずれか一つ",
        ),
    ];
    for (text, is, ja) in cases {
        let e = err_of(&text);
        assert!(is(&e), "{e:?}");
        let w = e.words();
        assert!(w.ja.contains(ja), "{} lacks {ja}", w.ja);
        assert!(!w.en.is_empty() && w.ja.ends_with('。'), "{w:?}");
    }
    let long = good.replace(
        "クラウドの項目全体について。",
        &"長".repeat(MAX_TEXT_CHARS + 1),
    );
    assert!(
        matches!(err_of(&long), ReviewError::Invalid { path, .. } if path == "items[2].comment")
    );
    let at_limit = good.replace("クラウドの項目全体について。", &"長".repeat(MAX_TEXT_CHARS));
    assert!(import(at_limit.as_bytes()).is_ok());
}

#[test]
fn a_review_of_another_declaration_is_refused_and_a_changed_one_is_said() {
    let r = sample();
    let d = noncompliant();
    let none = json!({});
    assert_eq!(against(&r, &d, &none), Ok(Freshness::Same));
    // The file's times and generator are not content: an import or an export touching
    // them never reads as a change (exchange.md §1).
    let mut touched = d.clone();
    touched.updated_at = Some("2031-01-01T00:00:00Z".into());
    touched.exported_at = Some("2031-01-01T00:00:01Z".into());
    touched.created_at = Some("2030-01-01T00:00:00Z".into());
    assert_eq!(against(&r, &touched, &none), Ok(Freshness::Same));
    let mut edited = d.clone();
    edited.basic.system_name = Some("別のシステム".into());
    assert_eq!(against(&r, &edited, &none), Ok(Freshness::Changed));
    // An unknown key the contractor's file carries is content too.
    assert_eq!(
        against(&r, &d, &json!({"note": "added"})),
        Ok(Freshness::Changed)
    );
    // A review written before the content hash: the whole hash decides.
    let mut old = r.clone();
    old.declaration.content_sha256 = None;
    assert_eq!(against(&old, &d, &none), Ok(Freshness::Same));
    assert_eq!(against(&old, &touched, &none), Ok(Freshness::Changed));
    let mut other = compliant();
    other.id = Some("another-declaration".into());
    let e = against(&r, &other, &none).unwrap_err();
    assert!(
        matches!(&e, ReviewError::OtherDeclaration { draft, .. } if draft == "another-declaration")
    );
    assert!(e.words().ja.contains("別の申告書"), "{}", e.words().ja);
    assert!(e.words().en.contains("another declaration"));
}

#[test]
fn questions_follow_their_entry_and_are_kept_when_it_is_gone() {
    let r = sample();
    let mut d = noncompliant();
    let places_now = |d: &Declaration| {
        places(d, &r.items)
            .into_iter()
            .map(|(_, p)| p)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        places_now(&d),
        [
            Place::Condition(crate::verdict::CondId::C6),
            Place::Answer("subcontractors[0].inspection".into()),
            Place::Section(crate::fields::Section::Cloud),
        ]
    );
    // The contractor puts another subcontractor first: the question follows its entry.
    let mut moved = d.subcontractors[0].clone();
    moved.id = "new-first".into();
    d.subcontractors.insert(0, moved);
    assert_eq!(
        places_now(&d)[1],
        Place::Answer("subcontractors[1].inspection".into())
    );
    // The entry is removed: the question is kept, as missing.
    d.subcontractors.retain(|s| s.id == "new-first");
    assert_eq!(places_now(&d)[1], Place::Missing);
    // Unknown conditions, sections and paths, and an index past the end, are missing too.
    for target in [
        Target {
            condition: Some("C9".into()),
            ..Default::default()
        },
        Target {
            section: Some("nowhere".into()),
            ..Default::default()
        },
        Target {
            path: Some("basic.no_such_answer".into()),
            ..Default::default()
        },
        Target {
            path: Some("measures[99].description".into()),
            ..Default::default()
        },
    ] {
        assert_eq!(place(&d, &target), Place::Missing, "{target:?}");
    }
    assert_eq!(
        place(
            &d,
            &Target {
                path: Some("cloud.data_location.regions[0].country".into()),
                ..Default::default()
            }
        ),
        Place::Answer("cloud.data_location.regions[0].country".into())
    );
}

#[test]
fn version_0_is_migrated() {
    let v0 = json!({
        "format": FORMAT,
        "schema_version": 0,
        "id": "rev-0",
        "declaration": {"id": "d-1", "sha256": "ab"},
        "outcome": "in_review",
        "items": [
            {"id": "a", "target": "C6", "comment": "条件について", "status": "pending"},
            {"id": "b", "target": "section:cloud", "comment": "節について", "status": "answered", "reply": "回答"},
            {"id": "c", "target": "basic.municipality", "comment": "回答について"}
        ]
    });
    let back = import(v0.to_string().as_bytes()).unwrap();
    assert_eq!(back.migrated_from, Some(0));
    let r = back.review;
    assert_eq!(r.schema_version, 1);
    assert_eq!(r.items[0].target.condition.as_deref(), Some("C6"));
    assert_eq!(r.items[0].status, ItemStatus::Open);
    assert_eq!(r.items[1].target.section.as_deref(), Some("cloud"));
    assert_eq!(r.items[1].status, ItemStatus::Answered);
    assert_eq!(
        r.items[2].target.path.as_deref(),
        Some("basic.municipality")
    );
    assert_eq!(Outcome::Returned.label(crate::Lang::Ja), "差戻し");
    assert_eq!(ItemStatus::Resolved.label(crate::Lang::Ja), "解決");
}

mod stored {
    use super::*;
    use crate::drafts::{Drafts, MemoryStore, StoreError};

    #[test]
    fn a_review_is_kept_per_declaration_apart_from_the_drafts() {
        let mut mem = MemoryStore::default();
        let r = sample();
        {
            let mut reviews = Reviews::new(&mut mem);
            assert_eq!(reviews.load(&r.declaration.id), Ok(None));
            reviews.save(&r, &json!({}), NOW).unwrap();
            let back = reviews.load(&r.declaration.id).unwrap().unwrap();
            assert_eq!(back.review.items, r.items);
            let (list, broken) = reviews.list().unwrap();
            assert_eq!(broken, Vec::<String>::new());
            assert_eq!(list.len(), 1);
            assert_eq!((list[0].outcome, list[0].open), (Outcome::Returned, 3));
        }
        assert!(mem.entries().keys().all(|k| k.starts_with(REVIEW_PREFIX)));
        // The drafts see none of it, and saving a draft leaves the review alone.
        let mut drafts = Drafts::new(&mut mem);
        assert!(drafts.list().unwrap().drafts.is_empty());
        drafts
            .save("draft-1", &compliant(), &json!({}), None, NOW)
            .unwrap();
        let reviews = Reviews::new(&mut mem);
        assert_eq!(reviews.list().unwrap().0.len(), 1);
    }

    #[test]
    fn an_unreadable_stored_review_is_reported_and_never_written_over() {
        let mut mem = MemoryStore::default();
        let r = sample();
        let key = review_key(&r.declaration.id);
        crate::drafts::KeyValue::set(&mut mem, &key, "{ broken").unwrap();
        let mut reviews = Reviews::new(&mut mem);
        let e = reviews.load(&r.declaration.id).unwrap_err();
        assert!(matches!(&e, ReviewStoreError::Unreadable { raw, .. } if raw == "{ broken"));
        assert!(e.words().ja.contains("上書きせずに残しています"));
        assert!(matches!(
            reviews.save(&r, &json!({}), NOW),
            Err(ReviewStoreError::Unreadable { .. })
        ));
        assert_eq!(reviews.list().unwrap().1, vec![key.clone()]);
        assert_eq!(
            mem.entries().get(&key).map(String::as_str),
            Some("{ broken")
        );
        // A full store refuses and says so.
        let mut full = MemoryStore::with_quota(10);
        let mut reviews = Reviews::new(&mut full);
        assert_eq!(
            reviews.save(&r, &json!({}), NOW),
            Err(ReviewStoreError::Store(StoreError::Quota))
        );
    }
}

mod actions {
    use super::*;

    #[test]
    fn a_reply_answers_and_never_changes_the_question_then_the_reviewer_resolves_or_asks_again() {
        let mut r = sample();
        let before = r.items[1].comment.clone();
        reply(&mut r, "q2", "  年1回、立入調査を行います。 ", NOW).unwrap();
        let q = &r.items[1];
        assert_eq!(
            (q.status, q.reply.as_deref(), q.replied_at.as_deref()),
            (
                ItemStatus::Answered,
                Some("年1回、立入調査を行います。"),
                Some(NOW)
            )
        );
        assert_eq!(q.comment, before);
        resolve(&mut r, "q2", "2024-03-02T00:00:00Z", Some("山田")).unwrap();
        assert_eq!(r.items[1].status, ItemStatus::Resolved);
        // A resolved question is read-only to the contractor.
        assert_eq!(
            reply(&mut r, "q2", "追記します", NOW),
            Err(ActionError::Resolved)
        );
        assert!(ActionError::Resolved.words().ja.contains("解決"));
        ask_again(
            &mut r,
            "q2",
            "実施時期も記載してください。",
            "2024-03-05T09:00:00Z",
            Some("山田"),
        )
        .unwrap();
        let q = &r.items[1];
        assert_eq!(q.status, ItemStatus::Open);
        assert_eq!(q.comment, before, "the question as first asked stays");
        assert_eq!(q.reply, None, "the item is open with an empty reply");
        assert_eq!(current_question(q), "実施時期も記載してください。");
        let kinds: Vec<_> = q.history.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [TurnKind::Resolve, TurnKind::Reply, TurnKind::AskAgain]
        );
        assert_eq!(
            q.history[1].text.as_deref(),
            Some("年1回、立入調査を行います。")
        );
        assert_eq!(q.history[1].at, NOW, "the first reply keeps its time");
        assert_eq!(q.history[2].by.as_deref(), Some("山田"));
        // The second reply never overwrites the first.
        reply(&mut r, "q2", "4月に実施します。", "2024-03-06T01:00:00Z").unwrap();
        let q = &r.items[1];
        assert_eq!(q.reply.as_deref(), Some("4月に実施します。"));
        assert_eq!(
            q.history[1].text.as_deref(),
            Some("年1回、立入調査を行います。")
        );
        assert_eq!(
            thread(q, crate::Lang::Ja),
            "（2024-03-02 09:00 解決）\n（2024-03-01 18:00 回答）年1回、立入調査を行います。\n（2024-03-05 18:00 再照会）実施時期も記載してください。"
        );
        assert_eq!(
            reply(&mut r, "nope", "x", NOW),
            Err(ActionError::NoSuchItem("nope".into()))
        );
        assert_eq!(reply(&mut r, "q1", "   ", NOW), Err(ActionError::BadText));
        assert!(ActionError::BadText.words().ja.contains("4000文字以内"));
        // Survives the file.
        let back = import(text_of(&r).as_bytes()).unwrap().review;
        assert_eq!(back.items, r.items);
    }

    #[test]
    fn the_list_as_csv() {
        let mut r = sample();
        reply(&mut r, "q1", "=登録番号は C21-0001-1 です", NOW).unwrap();
        let d = noncompliant();
        let csv = to_csv(&r, &d, crate::Lang::Ja, |p, _| match p {
            Place::Condition(c) => c.as_str().to_string(),
            Place::Answer(path) => path.clone(),
            Place::Section(s) => s.key().to_string(),
            Place::Missing => "（見つかりません）".into(),
        });
        assert!(csv.starts_with("\u{FEFF}番号,対象,照会内容,状態,回答,回答日時,経過\r\n"));
        // Times in Japan time, as a city files them.
        assert!(csv.contains(",2024-03-01 18:00,"), "{csv}");
        assert!(!csv.contains("09:00:00Z"), "{csv}");
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 4);
        assert!(
            lines[1].starts_with("1,C6,ISMAPの登録番号を確認させてください。,回答済み,'=登録番号"),
            "{}",
            lines[1]
        );
        assert!(lines[2].starts_with("2,subcontractors[0].inspection,"));
        assert!(lines[3].starts_with("3,cloud,"));
    }
}
