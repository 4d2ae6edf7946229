//! The draft session and its bar in headless Chromium, over the real localStorage: a change
//! is saved within the debounce and announced; another tab's newer revision stops saving
//! with an alert, and 「別の下書きとして保存」 keeps both versions; another tab's save is
//! followed when nothing here is unsaved.

use super::{SaveBar, Troubles};
use crate::store::{autosave, drafts, Session, Trouble};
use crate::testkit::{clear_storage, mount_session, tick, until};
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A session over a fresh form and empty storage, with autosave running and the bar mounted.
fn mounted() -> (Session, web_sys::HtmlElement) {
    clear_storage();
    mount_session(|s| {
        autosave::start(s);
        view! { <Troubles session=s/><SaveBar session=s/> }.into_any()
    })
}

fn stored_municipality(id: &str) -> Option<String> {
    let loaded = drafts().unwrap().load(id).ok()?;
    loaded.declaration.basic.municipality
}

#[wasm_bindgen_test]
async fn a_change_is_saved_within_the_debounce_and_announced() {
    let (s, host) = mounted();
    s.form
        .draft
        .update(|d| d.basic.municipality = Some("津市".into()));
    let id = s.id.get_untracked();
    assert!(until(|| stored_municipality(&id).is_some()).await);
    assert_eq!(stored_municipality(&id).as_deref(), Some("津市"));
    let status = host
        .query_selector("[data-testid=save-status]")
        .unwrap()
        .unwrap();
    assert_eq!(status.get_attribute("role").as_deref(), Some("status"));
    assert!(status.text_content().unwrap().starts_with("保存しました "));
    let name = host
        .query_selector("[data-testid=draft-name]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(name.starts_with("編集中の下書き：津市"), "{name}");
    assert_eq!(
        drafts().unwrap().current().unwrap().as_deref(),
        Some(id.as_str())
    );
}

#[wasm_bindgen_test]
async fn a_newer_revision_elsewhere_stops_saving_and_both_versions_can_be_kept() {
    let (s, host) = mounted();
    s.form
        .draft
        .update(|d| d.basic.municipality = Some("伊勢市".into()));
    let id = s.id.get_untracked();
    assert!(until(|| s.revision.get_untracked().is_some()).await);
    // Another tab saves a newer version of the same draft.
    let mut theirs = s.form.draft.get_untracked();
    theirs.basic.municipality = Some("伊勢市（別タブ）".into());
    let rev = s.revision.get_untracked();
    let extra = serde_json::json!({});
    drafts()
        .unwrap()
        .save(&id, &theirs, &extra, rev, "2024-02-20T00:00:00Z")
        .unwrap();
    s.form
        .draft
        .update(|d| d.basic.municipality = Some("伊勢市（このタブ）".into()));
    assert!(until(|| s.trouble.get_untracked().is_some()).await);
    assert_eq!(s.trouble.get_untracked(), Some(Trouble::Conflict));
    assert_eq!(
        stored_municipality(&id).as_deref(),
        Some("伊勢市（別タブ）")
    );
    let alert = host
        .query_selector("[data-testid=changed-elsewhere]")
        .unwrap()
        .expect("an alert");
    assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
    let keep: web_sys::HtmlElement = host
        .query_selector("[data-testid=keep-both]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    keep.click();
    let copy = s.id.get_untracked();
    assert_ne!(copy, id);
    assert_eq!(
        stored_municipality(&copy).as_deref(),
        Some("伊勢市（このタブ）")
    );
    assert_eq!(
        stored_municipality(&id).as_deref(),
        Some("伊勢市（別タブ）")
    );
    assert_eq!(s.trouble.get_untracked(), None);
}

#[wasm_bindgen_test]
async fn another_tabs_save_is_followed_when_nothing_here_is_unsaved() {
    let (s, _host) = mounted();
    s.form
        .draft
        .update(|d| d.basic.municipality = Some("鳥羽市".into()));
    let id = s.id.get_untracked();
    assert!(until(|| s.revision.get_untracked().is_some()).await);
    let mut theirs = s.form.draft.get_untracked();
    theirs.basic.municipality = Some("鳥羽市（更新）".into());
    let extra = serde_json::json!({});
    let mut store = drafts().unwrap();
    store
        .save(
            &id,
            &theirs,
            &extra,
            s.revision.get_untracked(),
            "2024-02-20T00:00:00Z",
        )
        .unwrap();
    let raw = store
        .store()
        .get(&declaration::drafts::key_of(&id))
        .unwrap();
    s.storage_event(Some(declaration::drafts::key_of(&id)), raw);
    assert_eq!(
        s.form
            .draft
            .with_untracked(|d| d.basic.municipality.clone())
            .as_deref(),
        Some("鳥羽市（更新）")
    );
    assert_eq!(s.trouble.get_untracked(), None);
    assert!(matches!(
        s.status.get_untracked(),
        crate::store::SaveStatus::Followed(_)
    ));
}

use declaration::drafts::KeyValue;
use wasm_bindgen::JsCast;

#[wasm_bindgen_test]
async fn the_nudge_to_export_shows_while_storage_may_be_lost_and_no_recent_export() {
    let (s, host) = mounted();
    let nudge = || {
        host.query_selector("[data-testid=export-nudge]")
            .unwrap()
            .is_some()
    };
    assert!(!nudge(), "nothing typed, nothing to lose");
    s.form
        .draft
        .update(|d| d.basic.municipality = Some("亀山市".into()));
    assert!(until(|| s.revision.get_untracked().is_some()).await);
    tick().await;
    assert!(nudge(), "saved only in the browser, never exported");
    s.persisted.set(Some(true));
    tick().await;
    assert!(!nudge(), "the browser keeps this site's storage");
    s.persisted.set(Some(false));
    s.exported_at.set(Some(crate::draft::now_rfc3339()));
    tick().await;
    assert!(!nudge(), "exported just now");
    s.exported_at.set(Some("2020-01-01T00:00:00Z".into()));
    tick().await;
    assert!(nudge(), "the last export is old");
}
