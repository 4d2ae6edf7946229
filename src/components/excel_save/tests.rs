//! The button writes the workbook and says so; a job its page refuses says why, as an alert.

use super::*;
use crate::testkit::{test_host, tick, until};
use declaration::io;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const COMPLIANT: &str = include_str!("../../../tests/fixtures/compliant.json");

/// Presses the button `selector`.
fn press(host: &web_sys::HtmlElement, selector: &str) {
    let button: web_sys::HtmlElement = host
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
}

fn text_of(host: &web_sys::HtmlElement, selector: &str) -> String {
    host.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn pressed_it_saves_the_workbook_and_names_the_file() {
    let d = io::import_str(COMPLIANT).unwrap().declaration;
    let lang = RwSignal::new(Lang::Ja);
    let host = test_host();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        let d = d.clone();
        view! { <ExcelSave lang=lang id="t-xlsx" hint=declaration_hint()
        job=Callback::new(move |()| Ok(declaration_job(&d, Lang::Ja)))/> }
    });
    tick().await;
    assert_eq!(text_of(&host, "#t-xlsx"), "Excel形式で保存");
    assert!(host.text_content().unwrap().contains("節ごとのシート"));
    press(&host, "#t-xlsx");
    until(|| text_of(&host, "#t-xlsx-status").contains("保存しました")).await;
    assert_eq!(
        text_of(&host, "#t-xlsx-status"),
        "申告書_○○市_2024-02-20.xlsx を保存しました。"
    );
    assert!(host.query_selector("#t-xlsx-error").unwrap().is_none());
    lang.set(Lang::En);
    tick().await;
    assert_eq!(text_of(&host, "#t-xlsx"), "Save as Excel");
}

#[wasm_bindgen_test]
async fn a_job_its_page_refuses_says_why_as_an_alert() {
    let host = test_host();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <ExcelSave lang=Lang::Ja id="t-xlsx" job=Callback::new(|()| {
            Err(Words::new("変更日を入力してください。", "Enter the date."))
        })/> }
    });
    tick().await;
    press(&host, "#t-xlsx");
    tick().await;
    let error = host
        .query_selector("#t-xlsx-error")
        .unwrap()
        .expect("an error");
    assert_eq!(error.get_attribute("role").as_deref(), Some("alert"));
    assert!(error
        .text_content()
        .unwrap()
        .contains("変更日を入力してください。"));
    assert_eq!(text_of(&host, "#t-xlsx-status"), "");
}

#[wasm_bindgen_test]
fn the_workbook_is_named_after_its_file() {
    assert_eq!(
        xlsx_name("申告書_○○市_2024-02-20.json"),
        "申告書_○○市_2024-02-20.xlsx"
    );
    assert_eq!(xlsx_name("変更箇所_○○市.csv"), "変更箇所_○○市.xlsx");
    assert_eq!(xlsx_name("noext"), "noext.xlsx");
}

#[wasm_bindgen_test]
async fn a_second_press_while_busy_does_nothing_and_the_focus_stays() {
    let d = io::import_str(COMPLIANT).unwrap().declaration;
    let asked = RwSignal::new(0);
    let host = test_host();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        let d = d.clone();
        view! { <ExcelSave lang=Lang::Ja id="t-xlsx" job=Callback::new(move |()| {
            asked.update(|n| *n += 1);
            Ok(declaration_job(&d, Lang::Ja))
        })/> }
    });
    tick().await;
    let button: web_sys::HtmlElement = host
        .query_selector("#t-xlsx")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.focus().unwrap();
    // The second press comes before the first one's workbook is written.
    button.click();
    button.click();
    until(|| text_of(&host, "#t-xlsx-status").contains("保存しました")).await;
    assert_eq!(asked.get_untracked(), 1, "one workbook for two presses");
    assert_eq!(button.get_attribute("aria-busy").as_deref(), Some("false"));
    let focused = leptos::prelude::document().active_element().unwrap();
    assert_eq!(focused.id(), "t-xlsx", "the focus stays on the button");
}
