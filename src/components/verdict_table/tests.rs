//! The table shows every condition of the core's verdict, in the chosen language.

use super::*;
use crate::testkit::{test_host, tick};
use declaration::{io, verdict};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NONCOMPLIANT: &str = include_str!("../../../tests/fixtures/noncompliant.json");

#[wasm_bindgen_test]
async fn shows_each_condition_with_its_words_in_both_languages() {
    let d = io::import_str(NONCOMPLIANT).unwrap().declaration;
    let conditions = Signal::derive(move || verdict::verdict(&d));
    let lang = RwSignal::new(Lang::Ja);
    let host = test_host();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <VerdictTable lang=lang conditions=conditions/> }
    });
    tick().await;
    let rows = host.query_selector_all("tbody tr").unwrap();
    assert_eq!(rows.length(), 11);
    let status_of = |id: &str| {
        host.query_selector(&format!("tr[data-condition='{id}'] .verdict__status"))
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert_eq!(status_of("C1"), "適合");
    assert_eq!(status_of("C2"), "不適合");
    assert_eq!(status_of("C4"), "不適合");
    assert_eq!(status_of("S7"), "適合");
    lang.set(Lang::En);
    tick().await;
    assert_eq!(status_of("C6"), "Not met");
    assert!(host.text_content().unwrap().contains("Compliance verdict"));
}
