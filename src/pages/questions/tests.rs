//! The contractor's page over noncompliant.json with the form beside it: a review file of
//! another declaration is refused with its reason; the right one lists its questions (the
//! one whose entry is gone apart), shows the question beside its answer, keeps a reply
//! (回答済み) in the contractor's own store, and writes it into the review file.

use super::*;
use crate::testkit::{choose, clear_storage, count, file, mount_form, tick, until};
use crate::widgets::Answer;
use declaration::review::{Item, Target};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NONCOMPLIANT: &str = include_str!("../../../tests/fixtures/noncompliant.json");

/// A review of `d` asking about sub-1's inspection, and about an entry that is not there.
fn review_text(d: &Declaration, id: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(NONCOMPLIANT).unwrap();
    let mut r = declaration::review::new_review(&value, d, "rev-t", "2024-03-01T09:00:00Z", None);
    r.declaration.id = id.to_string();
    r.items = vec![
        Item {
            id: "q1".into(),
            target: Target {
                path: Some("subcontractors[0].inspection".into()),
                entry_id: Some("sub-1".into()),
                ..Default::default()
            },
            comment: "立入調査の頻度を記載してください。".into(),
            ..Default::default()
        },
        Item {
            id: "q2".into(),
            target: Target {
                path: Some("subcontractors[3].name".into()),
                entry_id: Some("gone".into()),
                ..Default::default()
            },
            comment: "この再委託先について。".into(),
            ..Default::default()
        },
    ];
    declaration::review::export(&r, &serde_json::json!({}), "2024-03-01T09:00:00Z")
}

fn input(host: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlInputElement {
    host.query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn a_review_is_taken_in_shown_beside_its_answer_and_replied_to() {
    clear_storage();
    let d = declaration::io::import_str(NONCOMPLIANT)
        .unwrap()
        .declaration;
    let id = d.id.clone().unwrap();
    let page = mount_form(d.clone(), |form| {
        let received = Received::start(form);
        provide_context(received);
        let route = RwSignal::new(Route::Questions);
        view! {
            <Questions form=form route=route/>
            <Answer form=form path="subcontractors[0].inspection"/>
        }
        .into_any()
    });
    let host = page.host.clone();
    tick().await;
    assert_eq!(count(&host, "[data-testid=questions-none]"), 1);
    let picker = input(&host, "#review-file-input");

    choose(&picker, &[file("other.json", &review_text(&d, "another"))]);
    assert!(until(|| count(&host, "#review-file-error") > 0).await);
    let error = host.query_selector("#review-file-error").unwrap().unwrap();
    assert!(error
        .text_content()
        .unwrap()
        .contains("別の申告書（ID another）"));
    assert_eq!(count(&host, "[data-testid=questions-list] > li"), 0);

    choose(&picker, &[file("review.json", &review_text(&d, &id))]);
    assert!(until(|| count(&host, "[data-testid=questions-list] > li") == 1).await);
    assert_eq!(count(&host, "[data-testid=questions-missing] > li"), 1);
    assert_eq!(count(&host, "#review-file-error"), 0);
    assert_eq!(
        count(&host, "[data-testid=question-note][data-item=q1]"),
        1,
        "beside its answer"
    );

    let reply: web_sys::HtmlTextAreaElement = host
        .query_selector("#reply-q1")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    reply.set_value("年1回実施します。");
    let save: web_sys::HtmlElement = host
        .query_selector("[data-item=q1] [data-testid=reply-save]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    save.click();
    assert!(
        until(|| host
            .query_selector("[data-testid=questions-list] > li[data-status=Answered]")
            .unwrap()
            .is_some())
        .await
    );
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(&format!("cloud-decl/v1/received-review/{id}"))
        .unwrap()
        .unwrap();
    assert!(stored.contains("年1回実施します。"));
    assert!(stored.contains("\"answered\""));
    let received = Received::start(page.form);
    tick().await;
    let (_, text) = received.file().expect("the review is kept");
    let back = declaration::review::import(text.as_bytes()).unwrap().review;
    assert_eq!(back.items[0].reply.as_deref(), Some("年1回実施します。"));
    assert_eq!(
        back.items[1].comment, "この再委託先について。",
        "the missing one is kept"
    );
}
