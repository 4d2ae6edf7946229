//! Tests of what the draft list does: rename, mark exported, duplicate, delete and restore,
//! snapshots.

use serde_json::json;

use super::super::*;
use super::{drafts, empty, raw, T1, T2, T3};
use crate::fixtures::{compliant, draft};

#[test]
fn rename_and_export_do_not_disturb_an_editing_tab() {
    let mut s = drafts();
    s.save("d", &draft(), &empty(), None, T1).unwrap();
    s.rename("d", "第2版").unwrap();
    s.mark_exported("d", T2, 1).unwrap();
    let loaded = s.load("d").unwrap();
    assert_eq!(loaded.revision, 1);
    assert_eq!(loaded.name.as_deref(), Some("第2版"));
    assert_eq!(loaded.exported_at.as_deref(), Some(T2));
    assert_eq!(loaded.exported_revision, Some(1));
    assert_eq!(revision_of(&raw(&s, &key_of("d")).unwrap()), Some(1));
    assert!(!s.list().unwrap().drafts[0].changed_since_export());

    // The editing tab, still at revision 1, saves on; the name and export are kept.
    assert_eq!(s.save("d", &compliant(), &empty(), Some(1), T3), Ok(2));
    let loaded = s.load("d").unwrap();
    assert_eq!(loaded.name.as_deref(), Some("第2版"));
    assert_eq!(loaded.exported_at.as_deref(), Some(T2));
    assert!(s.list().unwrap().drafts[0].changed_since_export());

    // A blank name goes back to the default one.
    s.rename("d", " \n").unwrap();
    let loaded = s.load("d").unwrap();
    assert_eq!(loaded.name, None);
    assert_eq!(
        loaded.display_name(Lang::En),
        "○○市 国保総合(国保集約)システム 2024-02-20"
    );
    assert_eq!(s.rename("nope", "x"), Err(SaveError::Missing));
    assert_eq!(s.mark_exported("nope", T2, 1), Err(SaveError::Missing));
}

#[test]
fn duplicate_is_a_new_named_draft() {
    let mut s = drafts();
    let mut d = compliant();
    d.exported_at = Some(T1.into());
    d.integrity = Some(crate::model::Integrity {
        sha256: "ab".into(),
    });
    let extra = json!({ "x_top": 1 });
    s.save("a", &d, &extra, None, T1).unwrap();
    s.save("a", &d, &extra, Some(1), T1).unwrap();
    s.snapshot("a", T1).unwrap();
    s.mark_exported("a", T1, 2).unwrap();

    assert_eq!(s.duplicate("a", "b", T2, Lang::Ja), Ok(1));
    let copy = s.load("b").unwrap();
    assert_eq!(copy.revision, 1);
    assert_eq!(
        copy.name.as_deref(),
        Some("○○市 国保総合(国保集約)システム 2024-02-20のコピー")
    );
    assert_eq!(copy.exported_at, None);
    assert_eq!(copy.extra, extra);
    let c = &copy.declaration;
    assert_eq!(c.id.as_deref(), Some("b"));
    assert_eq!(
        (c.created_at.as_deref(), c.updated_at.as_deref()),
        (Some(T2), Some(T2))
    );
    assert_eq!((c.exported_at.as_ref(), c.integrity.as_ref()), (None, None));
    assert_eq!(c.basic, d.basic);
    assert!(s.snapshots("b").unwrap().is_empty());

    s.rename("b", "控え").unwrap();
    s.duplicate("b", "c", T3, Lang::En).unwrap();
    assert_eq!(s.load("c").unwrap().name.as_deref(), Some("Copy of 控え"));
    // Never over an existing draft; the source is unchanged.
    let before = raw(&s, &key_of("c"));
    assert!(matches!(
        s.duplicate("a", "c", T3, Lang::Ja),
        Err(SaveError::Conflict {
            stored_revision: 1,
            ..
        })
    ));
    assert_eq!(raw(&s, &key_of("c")), before);
    assert_eq!(s.load("a").unwrap().revision, 2);
    assert_eq!(
        s.duplicate("zz", "y", T3, Lang::Ja),
        Err(SaveError::Missing)
    );
}

#[test]
fn delete_then_restore_brings_back_the_draft_and_its_snapshots() {
    let mut s = drafts();
    s.save("a", &draft(), &empty(), None, T1).unwrap();
    s.save("b", &draft(), &empty(), None, T1).unwrap();
    s.snapshot("a", T2).unwrap();
    s.snapshot("a", T3).unwrap();
    s.snapshot("b", T3).unwrap();
    s.set_current("a").unwrap();
    let before = s.store().clone();

    let removed = s.delete("a").unwrap().expect("there was a draft");
    assert_eq!(removed.id, "a");
    assert_eq!(Some(&removed.draft), before.entries().get(&key_of("a")));
    assert_eq!(removed.snapshots.len(), 2);
    assert_eq!(s.load("a"), Err(LoadError::Missing));
    assert!(s.snapshots("a").unwrap().is_empty());
    assert_eq!(s.snapshots("b").unwrap().len(), 1);
    assert_eq!(s.current(), Ok(None));
    assert_eq!(s.list().unwrap().drafts.len(), 1);

    s.restore(&removed).unwrap();
    s.set_current("a").unwrap();
    assert_eq!(s.store(), &before);
    assert_eq!(s.delete("nothing"), Ok(None));

    // Not over a draft saved under the id since.
    let removed = s.delete("a").unwrap().unwrap();
    s.save("a", &compliant(), &empty(), None, T3).unwrap();
    assert!(matches!(
        s.restore(&removed),
        Err(SaveError::Conflict { .. })
    ));
    assert!(s
        .load("a")
        .unwrap()
        .declaration
        .basic
        .declaration_date
        .is_some());
}

#[test]
fn an_unreadable_draft_is_deleted_only_when_asked_and_comes_back_as_it_was() {
    let mut s = drafts();
    s.store_mut().set(&key_of("bad"), "not json").unwrap();
    let removed = s.delete("bad").unwrap().unwrap();
    assert_eq!(removed.draft, "not json");
    assert!(s.list().unwrap().unreadable.is_empty());
    s.restore(&removed).unwrap();
    assert_eq!(s.list().unwrap().unreadable[0].raw, "not json");
}

#[test]
fn snapshots_keep_a_version_to_compare_against() {
    let mut s = drafts();
    let first = draft();
    s.save("a", &first, &json!({ "x": 1 }), None, T1).unwrap();
    assert_eq!(s.snapshot("a", T2), Ok(1));
    s.save("a", &compliant(), &empty(), Some(1), T3).unwrap();
    assert_eq!(s.snapshot("a", T3), Ok(2));

    let list = s.snapshots("a").unwrap();
    let got: Vec<(u32, &str, u64)> = list
        .iter()
        .map(|x| (x.n, x.taken_at.as_str(), x.revision))
        .collect();
    assert_eq!(got, [(2, T3, 2), (1, T2, 1)]);
    assert_eq!(list[1].key, snapshot_key("a", 1));
    assert_eq!(list[1].saved_at, T1);

    let old = s.load_snapshot("a", 1).unwrap();
    let mut expected = first;
    expected.updated_at = Some(T1.into());
    assert_eq!(old.declaration, expected);
    assert_eq!(old.extra, json!({ "x": 1 }));
    assert_eq!(s.load_snapshot("a", 9), Err(LoadError::Missing));
    // Snapshots are not drafts.
    assert_eq!(s.list().unwrap().drafts.len(), 1);

    s.delete_snapshot("a", 2).unwrap();
    assert_eq!(s.snapshot("a", T3), Ok(2));
    s.delete_snapshot("a", 1).unwrap();
    assert_eq!(s.snapshot("a", T3), Ok(3));
    assert_eq!(s.snapshot("missing", T3), Err(SaveError::Missing));

    // A full store refuses the snapshot and keeps the rest.
    let used = s.store().used();
    s.store_mut().set_quota(Some(used));
    assert_eq!(
        s.snapshot("a", T3),
        Err(SaveError::Store(StoreError::Quota))
    );
    assert_eq!(s.snapshots("a").unwrap().len(), 2);
}

#[test]
fn an_unreadable_snapshot_is_reported_on_load_and_kept() {
    let mut s = drafts();
    s.save("a", &draft(), &empty(), None, T1).unwrap();
    s.store_mut().set(&snapshot_key("a", 4), "{").unwrap();
    assert!(s.snapshots("a").unwrap().is_empty());
    assert!(matches!(s.load_snapshot("a", 4), Err(LoadError::Corrupt { raw, .. }) if raw == "{"));
    assert_eq!(s.snapshot("a", T2), Ok(5));
    assert_eq!(raw(&s, &snapshot_key("a", 4)).as_deref(), Some("{"));
}
