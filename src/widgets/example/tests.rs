//! The example fills an empty answer at once, and asks before it replaces typed text.

use super::*;
use crate::testkit::{mount_form, tick};
use declaration::model::{Category, Measure};
use declaration::Declaration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn with_measure(description: Option<&str>) -> Declaration {
    let mut d = Declaration::new();
    d.entrustment.uses_cloud = Some(true);
    d.measures.push(Measure {
        id: "m-1".into(),
        category: Some(Category::Encryption),
        description: description.map(str::to_string),
        ..Default::default()
    });
    d
}

fn click(host: &web_sys::HtmlElement, selector: &str, words: &str) {
    let all = host.query_selector_all(selector).unwrap();
    let b: web_sys::HtmlElement = (0..all.length())
        .filter_map(|i| all.get(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().contains(words))
        .unwrap_or_else(|| panic!("no {selector} with {words}"));
    b.click();
}

fn description(page: &crate::testkit::FormPage) -> Option<String> {
    page.form
        .draft
        .with_untracked(|d| d.measures[0].description.clone())
}

#[wasm_bindgen_test]
async fn the_example_fills_an_empty_answer() {
    let page = mount_form(with_measure(None), |form| {
        view! { <Example form=form path="measures[0].description".to_string()/> }.into_any()
    });
    tick().await;
    let summary = page.host.query_selector("summary").unwrap().unwrap();
    assert_eq!(summary.text_content().unwrap(), "記入例を見る");
    let text = page
        .host
        .query_selector(".example__text")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(text.contains("AES-256"), "the encryption example: {text}");
    click(&page.host, "button", "この例を使う");
    tick().await;
    assert_eq!(description(&page).as_deref(), Some(text.as_str()));
    assert!(page
        .host
        .query_selector("[role=alertdialog]")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn typed_text_is_replaced_only_when_the_user_says_so() {
    let page = mount_form(with_measure(Some("自分で書いた対策")), |form| {
        view! { <Example form=form path="measures[0].description".to_string()/> }.into_any()
    });
    tick().await;
    click(&page.host, "button", "この例を使う");
    tick().await;
    assert!(
        page.host
            .query_selector("[role=alertdialog]")
            .unwrap()
            .is_some(),
        "asks first"
    );
    assert_eq!(description(&page).as_deref(), Some("自分で書いた対策"));
    click(&page.host, "button", "やめる");
    tick().await;
    assert_eq!(
        description(&page).as_deref(),
        Some("自分で書いた対策"),
        "kept"
    );
    click(&page.host, "button", "この例を使う");
    tick().await;
    click(&page.host, "button", "置き換える");
    tick().await;
    assert!(description(&page).unwrap().contains("AES-256"));
}
