//! The merge of a returned part over compliant.json in the browser: the part as sent kept,
//! the draft changed meanwhile, a returned file with the same answer changed otherwise: one
//! conflict; taken as theirs and applied, the draft has it; undone, the draft is as before;
//! a file of another declaration is refused in words.

use super::*;
use crate::testkit::{choose, clear_storage, count, el, file, mount_form, tick, until};
use declaration::part::Requester;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const COMPLIANT: &str = include_str!("../../../tests/fixtures/compliant.json");

#[wasm_bindgen_test]
async fn a_conflict_is_chosen_applied_and_undone() {
    clear_storage();
    let d = declaration::io::import_str(COMPLIANT).unwrap().declaration;
    let now = "2024-02-10T09:00:00Z";
    let sent = part::request(&d, "sub-1", Requester::default(), None, "p-1", now).unwrap();
    SentParts::new(LocalStore::open().unwrap())
        .keep(&sent)
        .unwrap();
    let mut mine = d.clone();
    mine.subcontractors[0].inspection = Some("随時".into());
    let page = mount_form(mine, |form| {
        provide_context(PartStates::start(form));
        view! { <PartMerge form=form/> }.into_any()
    });
    let host = page.host.clone();
    tick().await;
    let mut theirs = sent.clone();
    theirs.subcontractors[0].inspection = Some("年4回".into());
    theirs.subcontractors[0].address = Some("東京都".into());
    let text = part::export(&theirs, &serde_json::json!({}), now);
    let input: web_sys::HtmlInputElement = el(&host, "#part-merge-file-input");

    let mut other = theirs.clone();
    other.declaration.id = "another".into();
    choose(
        &input,
        &[file(
            "other.json",
            &part::export(&other, &serde_json::json!({}), now),
        )],
    );
    assert!(until(|| count(&host, "#part-merge-file-error") > 0).await);
    let error: web_sys::HtmlElement = el(&host, "#part-merge-file-error");
    assert!(error
        .text_content()
        .unwrap()
        .contains("別の申告書（ID another）"));

    choose(&input, &[file("back.json", &text)]);
    assert!(until(|| count(&host, "[data-testid=part-merge-preview]") == 1).await);
    assert_eq!(count(&host, "[data-testid=part-conflicts] > li"), 1);
    assert_eq!(
        page.form
            .draft
            .with_untracked(|d| d.subcontractors[0].inspection.clone())
            .as_deref(),
        Some("随時"),
        "nothing written before applying"
    );
    let theirs_radio: web_sys::HtmlInputElement = el(&host, "[data-testid=take-theirs]");
    theirs_radio.set_checked(true);
    theirs_radio
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;
    el::<web_sys::HtmlElement>(&host, "[data-testid=part-merge-apply]").click();
    assert!(until(|| count(&host, "[data-testid=part-merged]") == 1).await);
    let after = page.form.draft.get_untracked();
    assert_eq!(after.subcontractors[0].inspection.as_deref(), Some("年4回"));
    assert_eq!(after.subcontractors[0].address.as_deref(), Some("東京都"));
    let merged = SentParts::new(LocalStore::open().unwrap())
        .get(d.id.as_deref().unwrap(), "p-1")
        .unwrap()
        .unwrap();
    assert!(merged.merged_at.is_some());
    el::<web_sys::HtmlElement>(&host, "[data-testid=part-merge-undo]").click();
    tick().await;
    assert_eq!(
        page.form
            .draft
            .with_untracked(|d| d.subcontractors[0].inspection.clone())
            .as_deref(),
        Some("随時")
    );
}
