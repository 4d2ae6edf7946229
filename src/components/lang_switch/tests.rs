//! The switch changes the signal, the pressed state and the document language.

use super::*;
use crate::testkit::{test_host, tick};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn switching_sets_signal_pressed_state_and_html_lang() {
    let lang = RwSignal::new(Lang::Ja);
    let host = test_host();
    let _handle = leptos::mount::mount_to(host.clone(), move || view! { <LangSwitch lang=lang/> });
    tick().await;
    let buttons = host.query_selector_all("button").unwrap();
    assert_eq!(buttons.length(), 2);
    let en: web_sys::HtmlElement = buttons.item(1).unwrap().dyn_into().unwrap();
    assert_eq!(en.get_attribute("aria-pressed").as_deref(), Some("false"));
    en.click();
    tick().await;
    assert_eq!(lang.get_untracked(), Lang::En);
    assert_eq!(en.get_attribute("aria-pressed").as_deref(), Some("true"));
    let root = document().document_element().unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
}

#[wasm_bindgen_test]
async fn the_choice_is_remembered_for_the_next_visit() {
    crate::testkit::clear_storage();
    assert_eq!(remembered(), Lang::Ja, "Japanese until chosen");
    let lang = RwSignal::new(remembered());
    let host = test_host();
    let _handle = leptos::mount::mount_to(host.clone(), move || view! { <LangSwitch lang=lang/> });
    tick().await;
    let buttons = host.query_selector_all("button").unwrap();
    let en: web_sys::HtmlElement = buttons.item(1).unwrap().dyn_into().unwrap();
    en.click();
    tick().await;
    assert_eq!(remembered(), Lang::En);
    let ja: web_sys::HtmlElement = buttons.item(0).unwrap().dyn_into().unwrap();
    ja.click();
    tick().await;
    assert_eq!(remembered(), Lang::Ja);
}
