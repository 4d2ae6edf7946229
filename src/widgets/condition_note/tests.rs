//! The note follows the answers: 不適合 with its word and reason as the ISMAP answer says
//! no, 適合 once listed with a number, and the language switch.

use super::*;
use crate::testkit::{mount_form, tick};
use declaration::Lang;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const COMPLIANT: &str = include_str!("../../../tests/fixtures/compliant.json");

#[wasm_bindgen_test]
async fn the_ismap_note_follows_the_answer() {
    let d: declaration::Declaration = serde_json::from_str(COMPLIANT).unwrap();
    let page = mount_form(d, |form| {
        view! { <ConditionNote form=form id=CondId::C6/> }.into_any()
    });
    tick().await;
    let note = page
        .host
        .query_selector("[data-condition=C6]")
        .unwrap()
        .unwrap();
    assert_eq!(note.get_attribute("data-status").as_deref(), Some("met"));
    assert!(note
        .text_content()
        .unwrap()
        .starts_with("適合 条件C6（ISMAPクラウドサービスリストへの掲載）を満たしています："));
    page.form.draft.update(|d| {
        d.cloud.as_mut().unwrap().ismap.as_mut().unwrap().listed = Some(false);
    });
    tick().await;
    let note = page
        .host
        .query_selector("[data-condition=C6]")
        .unwrap()
        .unwrap();
    assert_eq!(
        note.get_attribute("data-status").as_deref(),
        Some("not_met")
    );
    assert_eq!(note.get_attribute("role").as_deref(), Some("status"));
    let text = note.text_content().unwrap();
    assert!(
        text.starts_with(
            "不適合 この回答では条件C6（ISMAPクラウドサービスリストへの掲載）を満たしません："
        ),
        "{text}"
    );
    page.lang.set(Lang::En);
    tick().await;
    let note = page
        .host
        .query_selector("[data-condition=C6]")
        .unwrap()
        .unwrap();
    assert!(note
        .text_content()
        .unwrap()
        .starts_with("Not met With this answer"));
}
