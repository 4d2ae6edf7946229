//! The drafts page in headless Chromium over the real localStorage: the list shows each
//! stored draft with the name made from its answers and its state; duplicate, delete and
//! 元に戻す act on storage; opening a draft loads it into the form.

use super::Drafts;
use crate::route::Route;
use crate::store::{drafts, Session};
use crate::testkit::{clear_storage, mount_session, tick, until};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Stores two drafts and mounts the page; gives the session and the host.
fn mounted() -> (Session, web_sys::HtmlElement) {
    clear_storage();
    let extra = serde_json::json!({});
    let mut store = drafts().unwrap();
    for (id, town, when) in [
        ("a", "津市", "2024-02-19T00:00:00Z"),
        ("b", "伊賀市", "2024-02-20T00:00:00Z"),
    ] {
        let mut d = crate::draft::new_declaration();
        d.id = Some(id.into());
        d.basic.municipality = Some(town.into());
        store.save(id, &d, &extra, None, when).unwrap();
    }
    mount_session(|s| view! { <Drafts session=s route=RwSignal::new(Route::Drafts)/> }.into_any())
}

fn names(host: &web_sys::HtmlElement) -> Vec<String> {
    let list = host.query_selector_all(".drafts__name").unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap())
        .collect()
}

fn click(host: &web_sys::HtmlElement, selector: &str) {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

#[wasm_bindgen_test]
async fn the_list_names_each_draft_newest_first() {
    let (_s, host) = mounted();
    tick().await;
    let n = names(&host);
    assert_eq!(n.len(), 2);
    assert!(n[0].starts_with("伊賀市"), "{n:?}");
    assert!(n[1].starts_with("津市"), "{n:?}");
    let states = host.query_selector_all("[data-complete]").unwrap();
    assert_eq!(states.item(0).unwrap().text_content().unwrap(), "未完了");
}

#[wasm_bindgen_test]
async fn delete_then_undo_brings_the_draft_back() {
    let (_s, host) = mounted();
    tick().await;
    click(&host, "[data-id=a] [data-action=delete]");
    assert!(until(|| names(&host).len() == 1).await);
    assert!(drafts().unwrap().load("a").is_err());
    let notice = host
        .query_selector("[data-testid=drafts-notice]")
        .unwrap()
        .unwrap();
    assert!(notice.text_content().unwrap().contains("削除しました"));
    click(&host, "[data-testid=undo-delete]");
    assert!(until(|| names(&host).len() == 2).await);
    assert!(drafts().unwrap().load("a").is_ok());
}

#[wasm_bindgen_test]
async fn duplicate_adds_a_copy_and_open_loads_a_draft() {
    let (s, host) = mounted();
    tick().await;
    click(&host, "[data-id=a] [data-action=duplicate]");
    assert!(until(|| names(&host).len() == 3).await);
    assert!(
        names(&host).iter().any(|n| n.contains("コピー")),
        "{:?}",
        names(&host)
    );
    click(&host, "[data-id=b] [data-action=open]");
    assert_eq!(s.id.get_untracked(), "b");
    assert_eq!(
        s.form
            .draft
            .with_untracked(|d| d.basic.municipality.clone())
            .as_deref(),
        Some("伊賀市")
    );
}
