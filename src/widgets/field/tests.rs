//! `Answer` in a real browser: the registry's label and tag, the error after leaving the
//! field, and Japanese IME composition never broken by the draft.

use super::*;
use crate::testkit::{test_host, tick};
use declaration::Declaration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount(path: &'static str) -> (Form, web_sys::HtmlElement) {
    let draft = RwSignal::new(Declaration::new());
    let form = Form::new(draft, Signal::stored(Lang::Ja));
    let host = test_host();
    let handle = leptos::mount::mount_to(
        host.clone(),
        move || view! { <Answer form=form path=path/> },
    );
    handle.forget();
    (form, host)
}

fn input(host: &web_sys::HtmlElement) -> web_sys::HtmlInputElement {
    host.query_selector("input")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap()
}

fn input_event(el: &web_sys::HtmlInputElement, composing: bool) {
    let init = web_sys::InputEventInit::new();
    init.set_is_composing(composing);
    init.set_bubbles(true);
    let ev = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

fn composition(el: &web_sys::HtmlInputElement, kind: &str) {
    let ev = web_sys::CompositionEvent::new(kind).unwrap();
    el.dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn label_tag_and_hint_come_from_the_registry() {
    let (_form, host) = mount("basic.declarant.phone");
    tick().await;
    let label = host.query_selector("label").unwrap().unwrap();
    let text = label.text_content().unwrap();
    assert!(text.starts_with("電話番号"), "{text}");
    assert!(text.contains("必須"));
    let el = input(&host);
    assert_eq!(el.id(), "f-basic-declarant-phone");
    assert_eq!(el.type_(), "tel");
    let hint_id = el.get_attribute("aria-describedby").unwrap();
    assert!(document().get_element_by_id(&hint_id).is_some());
}

#[wasm_bindgen_test]
async fn an_error_shows_after_leaving_the_field_and_is_described() {
    let (form, host) = mount("basic.declarant.email");
    tick().await;
    let el = input(&host);
    el.set_value("yamada");
    input_event(&el, false);
    tick().await;
    assert!(
        host.query_selector(".error-message").unwrap().is_none(),
        "not before blur"
    );
    el.dispatch_event(&web_sys::FocusEvent::new("blur").unwrap().into())
        .unwrap();
    tick().await;
    let msg = host.query_selector(".error-message").unwrap().unwrap();
    assert!(msg.text_content().unwrap().contains("メールアドレス"));
    let described = el.get_attribute("aria-describedby").unwrap();
    assert!(described.contains(&msg.id()), "{described}");
    assert_eq!(el.get_attribute("aria-invalid").as_deref(), Some("true"));
    el.set_value("yamada@example.jp");
    input_event(&el, false);
    tick().await;
    assert!(host.query_selector(".error-message").unwrap().is_none());
    assert_eq!(form.text("basic.declarant.email"), "yamada@example.jp");
}

#[wasm_bindgen_test]
async fn composition_is_not_committed_or_overwritten_until_it_ends() {
    let (form, host) = mount("basic.municipality");
    tick().await;
    let el = input(&host);
    composition(&el, "compositionstart");
    el.set_value("みえ");
    input_event(&el, true);
    tick().await;
    assert_eq!(
        form.text("basic.municipality"),
        "",
        "nothing written while composing"
    );
    // A change of the draft from elsewhere during the composition must not reset the control.
    form.set_text("basic.municipality", "別の値").unwrap();
    tick().await;
    assert_eq!(el.value(), "みえ");
    el.set_value("三重");
    input_event(&el, true);
    composition(&el, "compositionend");
    tick().await;
    assert_eq!(form.text("basic.municipality"), "三重");
    assert_eq!(el.value(), "三重");
    // After the composition the control follows the draft again.
    form.set_text("basic.municipality", "○○市").unwrap();
    tick().await;
    assert_eq!(el.value(), "○○市");
}

#[wasm_bindgen_test]
async fn full_width_item_number_is_accepted_and_letters_say_how_to_fix() {
    let (form, host) = mount("basic.item_number");
    tick().await;
    let el = input(&host);
    el.set_value("５");
    input_event(&el, false);
    tick().await;
    assert_eq!(form.draft.with_untracked(|d| d.basic.item_number), Some(5));
    el.set_value("五");
    input_event(&el, false);
    tick().await;
    let msg = host.query_selector(".error-message").unwrap().unwrap();
    assert!(msg.text_content().unwrap().contains("委託事項の番号"));
}
