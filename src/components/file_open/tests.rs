//! Reading real `File` objects through the importer, and the alert for a bad file.

use super::*;
use crate::testkit::{choose, file, test_host, tick, until};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const COMPLIANT: &str = include_str!("../../../tests/fixtures/compliant.json");

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

    choose(&input, &[file("bad.json", "{ not json")]);
    assert!(until(|| host.query_selector("[role=alert]").unwrap().is_some()).await);
    let alert = host.query_selector("[role=alert]").unwrap().unwrap();
    assert!(alert.text_content().unwrap().contains("JSON"));
    assert_eq!(opened.get_untracked(), None);

    choose(&input, &[file("compliant.json", COMPLIANT)]);
    assert!(until(|| opened.get_untracked().is_some()).await);
    settle().await;
    assert_eq!(opened.get_untracked().as_deref(), Some("compliant.json"));
    assert!(host.query_selector("[role=alert]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn several_files_at_once_each_reach_the_picker_and_a_bad_one_is_named() {
    let taken = RwSignal::new(Vec::<String>::new());
    let lang = RwSignal::new(Lang::Ja);
    let host = test_host();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        let on_file = Callback::new(move |p: Picked| match io::import(&p.bytes) {
            Ok(_) => {
                taken.update(|t| t.push(p.file_name));
                None
            }
            Err(e) => Some(e.words()),
        });
        view! { <FilePick lang=lang on_file=on_file id="many" words=DECLARATION multiple=true/> }
    });
    tick().await;
    let input: web_sys::HtmlInputElement = host
        .query_selector("#many-input")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(input.multiple());
    choose(
        &input,
        &[
            file("a.json", COMPLIANT),
            file("broken.json", "{"),
            file("b.json", COMPLIANT),
        ],
    );
    assert!(until(|| taken.with_untracked(Vec::len) == 2).await);
    settle().await;
    assert_eq!(taken.get_untracked(), ["a.json", "b.json"]);
    let alert = host.query_selector("#many-error").unwrap().unwrap();
    assert!(alert.text_content().unwrap().contains("broken.json："));
}
