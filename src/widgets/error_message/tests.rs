//! The error message in the browser: nothing without errors; the hidden prefix, the id and
//! one line per message with them; the language switch.

use super::*;
use crate::form::described_by;
use crate::testkit::test_host;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn shows_each_message_with_the_hidden_prefix_under_its_id() {
    let lang = RwSignal::new(Lang::Ja);
    let messages = RwSignal::new(Vec::<Words>::new());
    let host = test_host();
    leptos::mount::mount_to(host.clone(), move || {
        view! { <ErrorMessage id="f-x-error" lang=lang messages=messages/> }
    })
    .forget();
    crate::testkit::tick().await;
    assert!(host.query_selector(".error-message").unwrap().is_none());
    messages.set(vec![
        Words::new("国を入力してください", "Enter the country"),
        Words::new("二つ目", "Second"),
    ]);
    crate::testkit::tick().await;
    let p = host
        .query_selector("#f-x-error")
        .unwrap()
        .expect("the message has its id");
    assert_eq!(p.class_name(), "error-message");
    assert_eq!(
        p.query_selector_all(".error-message__line")
            .unwrap()
            .length(),
        2
    );
    assert_eq!(
        p.text_content().unwrap(),
        "エラー：国を入力してくださいエラー：二つ目"
    );
    lang.set(Lang::En);
    crate::testkit::tick().await;
    assert!(p
        .text_content()
        .unwrap()
        .starts_with("Error: Enter the country"));
}

#[wasm_bindgen_test]
fn described_by_lists_the_hint_then_the_error() {
    assert_eq!(
        described_by(Some("a-hint"), Some("a-error")),
        "a-hint a-error"
    );
    assert_eq!(described_by(None, Some("a-error")), "a-error");
    assert_eq!(described_by(Some("a-hint"), None), "a-hint");
}
