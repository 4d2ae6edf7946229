//! Tests of saving and loading, revisions, refused writes, unreadable records and the
//! list. The list's operations are tested in `tests_ops`, the smaller parts in `tests_parts`.

mod ops;
mod parts;

use serde_json::{json, Value};

use super::*;
use crate::fixtures::{compliant, draft, COMPLIANT};
use crate::model::SCHEMA_VERSION;

pub(super) const T1: &str = "2024-03-01T09:00:00Z";
pub(super) const T2: &str = "2024-03-01T09:05:00.250Z";
pub(super) const T3: &str = "2024-03-02T08:00:00Z";

pub(super) fn empty() -> Value {
    json!({})
}

pub(super) fn drafts() -> Drafts<MemoryStore> {
    Drafts::new(MemoryStore::default())
}

/// The raw text stored under `key`.
pub(super) fn raw(s: &Drafts<MemoryStore>, key: &str) -> Option<String> {
    s.store().entries().get(key).cloned()
}

/// The compliant fixture with unknown keys, at the top and inside an entry.
fn with_unknown_keys() -> (Declaration, Value) {
    let mut v: Value = serde_json::from_str(COMPLIANT).unwrap();
    v["x_top"] = json!({ "note": "kept  with  spaces\n" });
    v["subcontractors"][0]["x_sub"] = json!([1, 2]);
    let imported = crate::io::import_str(&v.to_string()).unwrap();
    assert_ne!(imported.extra, empty());
    (imported.declaration, imported.extra)
}

#[test]
fn save_then_load_round_trips_with_unknown_keys() {
    let (d, extra) = with_unknown_keys();
    let mut s = drafts();
    assert_eq!(s.save("d1", &d, &extra, None, T1), Ok(1));
    let loaded = s.load("d1").unwrap();
    let mut expected = d.clone();
    expected.updated_at = Some(T1.to_string());
    assert_eq!(loaded.declaration, expected);
    assert_eq!(loaded.extra, extra);
    assert_eq!(loaded.revision, 1);
    assert_eq!(loaded.saved_at, T1);
    assert_eq!(loaded.name, None);
    assert_eq!(loaded.exported_at, None);
    assert_eq!(loaded.migrated_from, None);
    assert_eq!(
        loaded.display_name(Lang::Ja),
        "○○市 国保総合(国保集約)システム 2024-02-20"
    );

    // One compact record; strings (spaces, escapes) untouched.
    let stored = raw(&s, &key_of("d1")).unwrap();
    assert!(!stored.contains('\n'));
    assert!(stored.contains(r#""note":"kept  with  spaces\n""#));
    assert!(stored.starts_with(r#"{"store_version":1,"revision":1,"saved_at":"#));
    assert_eq!(revision_of(&stored), Some(1));
    let envelope: Value = serde_json::from_str(&stored).unwrap();
    assert_eq!(envelope["declaration"]["schema_version"], SCHEMA_VERSION);
    assert_eq!(
        envelope["declaration"]["x_top"]["note"],
        "kept  with  spaces\n"
    );

    // Saving what was loaded changes nothing but the times and the revision.
    s.save("d1", &loaded.declaration, &loaded.extra, Some(1), T2)
        .unwrap();
    let again = s.load("d1").unwrap();
    expected.updated_at = Some(T2.to_string());
    assert_eq!((again.declaration, again.extra), (expected, extra));
}

#[test]
fn a_new_draft_gets_created_at() {
    let mut s = drafts();
    s.save("n", &Declaration::new(), &empty(), None, T1)
        .unwrap();
    let d = s.load("n").unwrap().declaration;
    assert_eq!(d.created_at.as_deref(), Some(T1));
    assert_eq!(d.updated_at.as_deref(), Some(T1));
}

#[test]
fn a_version_0_record_is_migrated_on_load() {
    let mut v: Value = serde_json::from_str(COMPLIANT).unwrap();
    v["schema_version"] = json!(0);
    v["entrustment"]["handler_count"] = json!("10人未満");
    v["measures"][0]["category"] = json!("os");
    let record = json!({
        "store_version": 1, "revision": 4, "saved_at": T1, "name": "旧版",
        "declaration": v,
    });
    let mut s = drafts();
    s.store_mut()
        .set(&key_of("old"), &record.to_string())
        .unwrap();
    let loaded = s.load("old").unwrap();
    assert_eq!(loaded.migrated_from, Some(0));
    assert_eq!(loaded.declaration, compliant());
    assert_eq!(loaded.revision, 4);
    assert_eq!(loaded.name.as_deref(), Some("旧版"));
    let listing = s.list().unwrap();
    assert_eq!(listing.drafts.len(), 1);
    assert!(listing.unreadable.is_empty());
    assert!(listing.drafts[0].complete);

    // Saved again, it is stored in the current version.
    s.save("old", &loaded.declaration, &loaded.extra, Some(4), T2)
        .unwrap();
    let stored: Value = serde_json::from_str(&raw(&s, &key_of("old")).unwrap()).unwrap();
    assert_eq!(stored["declaration"]["schema_version"], SCHEMA_VERSION);
    assert_eq!(
        stored["declaration"]["measures"][0]["category"],
        "os_middleware_vulnerability"
    );
    assert_eq!(stored["name"], "旧版");
}

#[test]
fn a_stale_revision_is_refused_and_the_record_kept() {
    let mut s = drafts();
    let d = draft();
    s.save("d", &d, &empty(), None, T1).unwrap();
    assert_eq!(s.save("d", &d, &empty(), Some(1), T2), Ok(2));
    let before = raw(&s, &key_of("d"));

    // Another tab still at revision 1.
    let mut theirs = d.clone();
    theirs.basic.municipality = Some("△△町".into());
    let conflict = SaveError::Conflict {
        stored_revision: 2,
        saved_at: T2.to_string(),
    };
    assert_eq!(
        s.save("d", &theirs, &empty(), Some(1), T3),
        Err(conflict.clone())
    );
    // Creating over an existing id.
    assert_eq!(s.save("d", &theirs, &empty(), None, T3), Err(conflict));
    assert_eq!(raw(&s, &key_of("d")), before);
    // Deleted meanwhile.
    assert_eq!(
        s.save("gone", &d, &empty(), Some(3), T3),
        Err(SaveError::Missing)
    );
    assert_eq!(raw(&s, &key_of("gone")), None);
}

#[test]
fn save_checked_writes_over_a_record_only_when_its_test_says_it_reads() {
    // The app's own last text stands in for the full read until the importer is there.
    let mut s = drafts();
    let d = draft();
    let (rev, written) = s
        .save_checked("d", &d, &empty(), None, T1, |_| {
            unreachable!("nothing to test")
        })
        .unwrap();
    assert_eq!(rev, 1);
    assert_eq!(raw(&s, &key_of("d")).as_deref(), Some(written.as_str()));
    let mut next = d.clone();
    next.basic.municipality = Some("△△町".into());
    let (rev, again) = s
        .save_checked("d", &next, &empty(), Some(1), T2, |raw| raw == written)
        .unwrap();
    assert_eq!(rev, 2);
    assert_eq!(
        s.load("d")
            .unwrap()
            .declaration
            .basic
            .municipality
            .as_deref(),
        Some("△△町")
    );
    // A test that says no: refused as unreadable, and the stored text kept.
    assert_eq!(
        s.save_checked("d", &d, &empty(), Some(2), T3, |_| false),
        Err(SaveError::Unreadable)
    );
    assert_eq!(raw(&s, &key_of("d")), Some(again.clone()));
    // save's own test reads the record whole: one whose declaration no longer imports is
    // never written over, though its header reads.
    let broken = again.replace("\"schema_version\"", "\"schema_version_gone\"");
    assert_ne!(broken, again);
    s.store_mut().set(&key_of("d"), &broken).unwrap();
    assert!(!readable(&broken));
    assert_eq!(
        s.save("d", &d, &empty(), Some(2), T3),
        Err(SaveError::Unreadable)
    );
    assert_eq!(raw(&s, &key_of("d")), Some(broken));
}

#[test]
fn a_full_store_keeps_the_old_record() {
    let mut s = drafts();
    s.save("d", &draft(), &empty(), None, T1).unwrap();
    let before = raw(&s, &key_of("d")).unwrap();
    let used = s.store().used();
    s.store_mut().set_quota(Some(used + 10));
    let bigger = compliant();
    assert_eq!(
        s.save("d", &bigger, &empty(), Some(1), T2),
        Err(SaveError::Store(StoreError::Quota))
    );
    assert_eq!(raw(&s, &key_of("d")).unwrap(), before);
    assert_eq!(s.load("d").unwrap().revision, 1);
    // The next change is tried again, and works once there is room.
    s.store_mut().set_quota(None);
    assert_eq!(s.save("d", &bigger, &empty(), Some(1), T2), Ok(2));
}

#[test]
fn a_declaration_too_large_to_reopen_is_not_saved() {
    let mut d = draft();
    d.entrustment.content = Some("あ".repeat(crate::io::MAX_BYTES / 3 + 1));
    let mut s = drafts();
    let err = s.save("big", &d, &empty(), None, T1).unwrap_err();
    assert!(matches!(err, SaveError::TooLarge { bytes } if bytes > crate::io::MAX_BYTES));
    assert!(err.words().ja.contains("大きすぎる") && err.words().ja.contains("2.0 MiB"));
    assert_eq!(raw(&s, &key_of("big")), None);
}

#[test]
fn an_unavailable_store_says_so_everywhere() {
    let mut s = drafts();
    s.save("d", &draft(), &empty(), None, T1).unwrap();
    s.store_mut().set_unavailable(true);
    let off = |e: &StoreError| matches!(e, StoreError::Unavailable(_));
    assert!(off(&s.list().unwrap_err()));
    assert!(matches!(s.load("d"), Err(LoadError::Store(e)) if off(&e)));
    assert!(
        matches!(s.save("d", &draft(), &empty(), Some(1), T2), Err(SaveError::Store(e)) if off(&e))
    );
    assert!(off(&s.current().unwrap_err()));
    let e = StoreError::Unavailable("x".into());
    assert!(e.words().ja.contains("プライベートモード") && e.words().ja.contains("書き出して"));
    assert!(e.words().en.contains("private browsing") && e.words().en.contains("export"));
    assert!(StoreError::Quota.words().ja.contains("いっぱい"));
    assert_eq!(
        StoreError::Quota.message(Lang::En),
        StoreError::Quota.words().en
    );
}

#[test]
fn unreadable_records_are_listed_with_their_text_and_never_removed() {
    let mut s = drafts();
    s.save("good", &draft(), &empty(), None, T1).unwrap();
    let mut wrong_type: Value = serde_json::from_str(COMPLIANT).unwrap();
    wrong_type["basic"]["item_number"] = json!("five");
    let newer = json!({ "store_version": 2, "revision": 1, "saved_at": T1, "declaration": {} });
    let newer_schema = json!({ "store_version": 1, "revision": 1, "saved_at": T1,
        "declaration": { "format": "cloud-subcontract-declaration", "schema_version": 99 } });
    let typed =
        json!({ "store_version": 1, "revision": 1, "saved_at": T1, "declaration": wrong_type });
    let bad = [
        ("broken", "{\"store_version\":1,\"revis".to_string()),
        (
            "no-revision",
            json!({ "store_version": 1, "saved_at": T1, "declaration": {} }).to_string(),
        ),
        ("newer", newer.to_string()),
        ("newer-schema", newer_schema.to_string()),
        ("typed", typed.to_string()),
    ];
    for (id, text) in &bad {
        s.store_mut().set(&key_of(id), text).unwrap();
    }
    let listing = s.list().unwrap();
    assert_eq!(listing.drafts.len(), 1);
    let keys: Vec<&str> = listing.unreadable.iter().map(|u| u.key.as_str()).collect();
    assert_eq!(
        keys,
        ["broken", "newer", "newer-schema", "no-revision", "typed"].map(key_of)
    );
    for u in &listing.unreadable {
        let (_, text) = bad.iter().find(|(id, _)| key_of(id) == u.key).unwrap();
        assert_eq!(&u.raw, text);
        assert!(!u.message.ja.is_empty() && !u.message.en.is_empty());
    }
    let message = |id: &str| {
        listing
            .unreadable
            .iter()
            .find(|u| u.key == key_of(id))
            .unwrap()
    };
    assert!(
        message("broken").message.ja.contains("壊れている")
            && message("broken").message.ja.contains("削除しません")
    );
    assert!(message("newer").message.ja.contains("新しい版のアプリ"));
    assert!(message("newer-schema").message.en.contains("newer version"));
    assert!(message("typed").message.ja.contains("basic.item_number"));

    // Loading says the same; writing over it is refused; nothing is removed.
    match s.load("broken") {
        Err(LoadError::Corrupt { raw, message: m }) => {
            assert_eq!(raw, bad[0].1);
            assert_eq!(m, message("broken").message);
        }
        other => panic!("{other:?}"),
    }
    for (id, text) in &bad {
        assert_eq!(
            s.save(id, &draft(), &empty(), Some(1), T2),
            Err(SaveError::Unreadable)
        );
        assert_eq!(
            s.save(id, &draft(), &empty(), None, T2),
            Err(SaveError::Unreadable)
        );
        assert_eq!(s.rename(id, "x"), Err(SaveError::Unreadable));
        assert_eq!(raw(&s, &key_of(id)).as_ref(), Some(text));
    }
    assert_eq!(s.list().unwrap().unreadable.len(), bad.len());
    assert_eq!(revision_of(&bad[0].1), None);
}

#[test]
fn other_keys_are_ignored_and_left_alone() {
    let mut s = drafts();
    let others = [
        ("other-app/settings", "{}"),
        ("cloud-decl/v2/draft/a", "from a newer app"),
        ("cloud-decl/v1/draft/", "no id"),
        ("cloud-decl/v1/unknown", "?"),
    ];
    for (k, v) in others {
        s.store_mut().set(k, v).unwrap();
    }
    s.save("mine", &draft(), &empty(), None, T1).unwrap();
    let listing = s.list().unwrap();
    assert_eq!(listing.drafts.len(), 1);
    assert!(listing.unreadable.is_empty());
    s.delete("mine").unwrap();
    for (k, v) in others {
        assert_eq!(raw(&s, k).as_deref(), Some(v));
    }
}

#[test]
fn the_list_is_newest_first_with_names_and_state() {
    let mut s = drafts();
    // Out of order on purpose; T2 has a fraction, and +09:00 is T3 minus one hour.
    s.save("b", &compliant(), &empty(), None, T1).unwrap();
    s.save(
        "c",
        &Declaration::new(),
        &empty(),
        None,
        "2024-03-02T16:00:00+09:00",
    )
    .unwrap();
    s.save("a", &draft(), &empty(), None, T3).unwrap();
    s.save("d", &draft(), &empty(), None, T2).unwrap();
    s.rename("d", "  私の 下書き\n").unwrap();
    let listing = s.list().unwrap();
    let ids: Vec<&str> = listing.drafts.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", "c", "d", "b"]);
    let by = |id: &str| listing.drafts.iter().find(|d| d.id == id).unwrap();
    assert!(by("b").complete);
    assert!(!by("a").complete);
    assert_eq!(by("d").name(Lang::Ja), "私の 下書き");
    assert_eq!(by("d").name(Lang::En), "私の 下書き");
    assert_eq!(by("a").name(Lang::Ja), "○○市 国保総合(国保集約)システム");
    assert_eq!(
        by("c").name(Lang::En),
        "(municipality not entered) (system name not entered)"
    );
    assert_eq!(by("b").revision, 1);
    assert!(by("b").changed_since_export());
}
