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
        view! { <VerdictTable lang=lang conditions=conditions expiring=Signal::stored(Vec::new())/> }
    });
    tick().await;
    assert!(host
        .query_selector("[data-testid=expiring]")
        .unwrap()
        .is_none());
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

const COMPLIANT: &str = include_str!("../../../tests/fixtures/compliant.json");

#[wasm_bindgen_test]
async fn a_certificate_about_to_lapse_warns_under_its_condition_which_stays_met() {
    let mut d = io::import_str(COMPLIANT).unwrap().declaration;
    let cert = d.cloud.as_mut().unwrap().certifications.as_mut().unwrap();
    cert.iso27018.as_mut().unwrap().valid_until = Some("2024-04-01".into());
    let expiring = verdict::expiring(&d);
    assert_eq!(expiring.len(), 1);
    let conditions = verdict::verdict(&d);
    let host = test_host();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <VerdictTable lang=Lang::Ja conditions=Signal::stored(conditions) expiring=Signal::stored(expiring)/> }
    });
    tick().await;
    let row = host
        .query_selector("tr[data-condition='C2']")
        .unwrap()
        .unwrap();
    assert_eq!(row.get_attribute("data-status").as_deref(), Some("met"));
    let warning = row
        .query_selector("[data-testid=expiring]")
        .unwrap()
        .expect("the warning is in C2's row");
    let text = warning.text_content().unwrap();
    assert!(
        text.starts_with("注意：ISO/IEC 27018 の認証の有効期限（2024-04-01）は申告日の41日後"),
        "{text}"
    );
    assert_eq!(
        host.query_selector_all("[data-testid=expiring]")
            .unwrap()
            .length(),
        1
    );
}
