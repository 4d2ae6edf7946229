//! Reading real `File` objects through the importer, and the alert for a bad file.

use super::*;
use crate::testkit::{test_host, tick, until};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const COMPLIANT: &str = include_str!("../../../tests/fixtures/compliant.json");

fn file(name: &str, text: &str) -> web_sys::File {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    web_sys::File::new_with_str_sequence(&parts, name).unwrap()
}

fn choose(input: &web_sys::HtmlInputElement, f: &web_sys::File) {
    let dt = web_sys::DataTransfer::new().unwrap();
    dt.items().add_with_file(f).unwrap();
    input.set_files(dt.files().as_ref());
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

async fn settle() {
    for _ in 0..5 {
        tick().await;
    }
}

#[wasm_bindgen_test]
async fn reads_a_fixture_file() {
    let imported = read_file(&file("c.json", COMPLIANT)).await.unwrap();
    assert_eq!(
        imported.declaration.basic.municipality.as_deref(),
        Some("○○市")
    );
}

#[wasm_bindgen_test]
async fn a_file_over_the_limit_is_refused_before_reading() {
    let big = "x".repeat(io::MAX_BYTES + 1);
    let err = read_file(&file("big.json", &big)).await.err().unwrap();
    assert!(matches!(err, ImportError::TooLarge { .. }));
}

#[wasm_bindgen_test]
async fn a_chosen_file_reaches_the_callback_and_a_bad_one_shows_an_alert() {
    let opened = RwSignal::new(None::<String>);
    let lang = RwSignal::new(Lang::Ja);
    let host = test_host();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! {
            <FileOpen lang=lang on_open=move |o: Opened| opened.set(Some(o.file_name))/>
        }
    });
    tick().await;
    let input: web_sys::HtmlInputElement = host
        .query_selector("input[type=file]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();

    choose(&input, &file("bad.json", "{ not json"));
    assert!(until(|| host.query_selector("[role=alert]").unwrap().is_some()).await);
    let alert = host.query_selector("[role=alert]").unwrap().unwrap();
    assert!(alert.text_content().unwrap().contains("JSON"));
    assert_eq!(opened.get_untracked(), None);

    choose(&input, &file("compliant.json", COMPLIANT));
    assert!(until(|| opened.get_untracked().is_some()).await);
    settle().await;
    assert_eq!(opened.get_untracked().as_deref(), Some("compliant.json"));
    assert!(host.query_selector("[role=alert]").unwrap().is_none());
}
