//! The banner shows only when an update waits, in the page's language, inside a polite live
//! region; its button asks for the update once. Registration is a no-op without service workers.

use super::*;
use crate::testkit::{test_host, tick};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the banner; returns the language, the shown flag, the click count and the host.
fn mount() -> (
    RwSignal<Lang>,
    RwSignal<bool>,
    RwSignal<u32>,
    web_sys::HtmlElement,
    leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
) {
    let lang = RwSignal::new(Lang::Ja);
    let shown = RwSignal::new(false);
    let clicks = RwSignal::new(0u32);
    let host = test_host();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        let on_update = Callback::new(move |()| clicks.update(|n| *n += 1));
        view! { <UpdateBanner lang=lang.into() shown=shown.into() on_update=on_update/> }.into_any()
    });
    (lang, shown, clicks, host, handle)
}

fn button(host: &web_sys::HtmlElement) -> Option<web_sys::HtmlElement> {
    host.query_selector("button")
        .unwrap()
        .map(|b| b.unchecked_into())
}

#[wasm_bindgen_test]
async fn hidden_until_an_update_waits_but_the_live_region_is_there() {
    let (_lang, shown, _clicks, host, _handle) = mount();
    tick().await;
    let region = host
        .query_selector("[role=status]")
        .unwrap()
        .expect("live region");
    assert_eq!(region.text_content().unwrap_or_default(), "");
    assert!(button(&host).is_none());
    assert!(host.query_selector("[role=alert]").unwrap().is_none());
    shown.set(true);
    tick().await;
    let text = region.text_content().unwrap();
    assert!(text.starts_with("新しい版があります。"), "{text}");
    assert!(
        text.contains("入力中の下書きは保存されたまま残ります"),
        "{text}"
    );
    assert_eq!(
        button(&host).unwrap().text_content().unwrap().trim(),
        "更新する"
    );
}

#[wasm_bindgen_test]
async fn english_words_follow_the_language() {
    let (lang, shown, _clicks, host, _handle) = mount();
    shown.set(true);
    lang.set(Lang::En);
    tick().await;
    let text = host
        .query_selector("[role=status]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(text.starts_with("A new version is available."), "{text}");
    assert_eq!(
        button(&host).unwrap().text_content().unwrap().trim(),
        "Update"
    );
}

#[wasm_bindgen_test]
async fn the_button_asks_for_the_update_once() {
    let (_lang, shown, clicks, host, _handle) = mount();
    shown.set(true);
    tick().await;
    let b = button(&host).unwrap();
    b.click();
    tick().await;
    assert_eq!(clicks.get_untracked(), 1);
    assert!(
        b.has_attribute("disabled"),
        "disabled while the page switches"
    );
    b.click();
    tick().await;
    assert_eq!(clicks.get_untracked(), 1);
}

#[wasm_bindgen_test]
fn the_container_is_found_only_where_it_exists() {
    let navigator = web_sys::window().unwrap().navigator();
    assert!(
        container(&navigator).is_some(),
        "the test page is on localhost"
    );
    assert!(container(&js_sys::Object::new()).is_none());
    let other = js_sys::Object::new();
    js_sys::Reflect::set(&other, &"serviceWorker".into(), &JsValue::from_str("no")).unwrap();
    assert!(container(&other).is_none());
}

#[wasm_bindgen_test]
async fn without_service_workers_registering_does_nothing() {
    let called = Rc::new(std::cell::Cell::new(false));
    let seen = called.clone();
    register_with(&js_sys::Object::new(), move |_| seen.set(true));
    tick().await;
    assert!(!called.get());
}
