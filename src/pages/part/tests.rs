//! The part page in the browser, over a part requested for 国民健康保険中央会 (with one
//! subcontractor of its own) out of a declaration that has another subcontractor beside it:
//! who asks and why are shown, the rest of the declaration is not; its own entry cannot be
//! removed but its subcontractor can; an answer typed is kept in this browser at once; an
//! entry added below takes an id of the part's own; and
//! saving it to send back sets `returned_at` on the kept part and says what to do next.

use super::*;
use crate::testkit::{clear_storage, count, el, tick, until};
use declaration::model::Subcontractor;
use declaration::part::Requester;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const COMPLIANT: &str = include_str!("../../../tests/fixtures/compliant.json");

fn text(host: &web_sys::HtmlElement, selector: &str) -> String {
    el::<web_sys::HtmlElement>(host, selector)
        .text_content()
        .unwrap_or_default()
}

/// The part for `sub-1`, whose own subcontractor is `sub-2`; `sub-3` stays outside it.
fn requested() -> ImportedPart {
    let mut d = declaration::io::import_str(COMPLIANT).unwrap().declaration;
    d.subcontractors.push(Subcontractor {
        id: "sub-2".into(),
        parent: Some("sub-1".into()),
        name: Some("株式会社下請システム".into()),
        ..Default::default()
    });
    d.subcontractors.push(Subcontractor {
        id: "sub-3".into(),
        parent: Some("contractor".into()),
        name: Some("別会社株式会社".into()),
        ..Default::default()
    });
    let who = Requester {
        organization: Some("株式会社受託システム".into()),
        name: Some("山田太郎".into()),
        email: Some("yamada@example.jp".into()),
    };
    let message = Some("貴社の欄のご記入をお願いします。".to_string());
    let p = part::request(&d, "sub-1", who, message, "p-1", "2024-02-10T09:00:00Z").unwrap();
    part::import(part::export(&p, &serde_json::json!({}), "2024-02-10T09:00:00Z").as_bytes())
        .unwrap()
}

#[wasm_bindgen_test]
async fn a_part_is_filled_kept_and_saved_to_send_back() {
    clear_storage();
    let open = RwSignal::new(Some(requested()));
    let host = crate::testkit::test_host();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_context(OpenPart(open));
        view! { <PartPage lang=Signal::stored(Lang::Ja)/> }
    });
    tick().await;

    let context = text(&host, "[data-testid=part-context]");
    assert!(context.contains("株式会社受託システム"), "{context}");
    assert!(context.contains("yamada@example.jp"), "{context}");
    assert!(text(&host, "[data-testid=part-message]").contains("貴社の欄のご記入をお願いします。"));
    let all = host.text_content().unwrap_or_default();
    assert!(all.contains("国民健康保険中央会"));
    assert!(all.contains("株式会社下請システム"));
    assert!(
        !all.contains("別会社株式会社"),
        "nothing beside its own entry"
    );
    assert!(!all.contains("Example Cloud"), "nothing of the cloud");
    assert_eq!(count(&host, "#subcontractors-add"), 0);
    assert_eq!(
        count(&host, "#subcontractor-0-remove"),
        0,
        "its own entry stays"
    );
    assert_eq!(
        count(&host, "#subcontractor-1-remove"),
        1,
        "its own subcontractor can go"
    );

    if count(&host, "#f-subcontractors-0-address") == 0 {
        el::<web_sys::HtmlElement>(&host, "#subcontractor-0-toggle").click();
        tick().await;
    }
    let address: web_sys::HtmlInputElement = el(&host, "#f-subcontractors-0-address");
    address.set_value("東京都港区二丁目");
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    address.dispatch_event(&ev).unwrap();
    let kept = || {
        KeptParts::open(LocalStore::open().unwrap())
            .list()
            .unwrap()
            .into_iter()
            .next()
    };
    assert!(
        until(|| kept()
            .and_then(|k| k.part.root_entry().and_then(|r| r.address.clone()))
            .as_deref()
            == Some("東京都港区二丁目"))
        .await,
        "the answer is kept in this browser"
    );
    assert!(kept().unwrap().part.returned_at.is_none());

    // A subcontractor of its own, with an id of the part's own (never the requester's sub-3).
    el::<web_sys::HtmlElement>(&host, "#subcontractor-0-add-child").click();
    let prefix = part::new_id_prefix(&requested().part);
    assert!(
        until(|| kept().is_some_and(|k| k.part.subcontractors.len() == 3)).await,
        "the new entry is kept"
    );
    assert_eq!(
        kept().unwrap().part.subcontractors[2].id,
        format!("{prefix}1")
    );
    assert!(text(&host, "[data-testid=part-errors]").contains("件あります"));

    // With answers missing, the first press lists them (the summary takes the focus) and
    // offers to save anyway; the file saved back is named 記入返送_….
    el::<web_sys::HtmlElement>(&host, "[data-testid=part-send-back]").click();
    assert!(
        until(|| host
            .query_selector("[data-testid=part-send-anyway]")
            .unwrap()
            .is_some())
        .await
    );
    assert!(
        until(|| document()
            .active_element()
            .is_some_and(|e| e.class_name() == "error-summary"))
        .await
    );
    el::<web_sys::HtmlElement>(&host, "[data-testid=part-send-back-anyway]").click();
    assert!(until(|| text(&host, "[data-testid=part-said]").contains("記入返送_")).await);
    assert!(text(&host, "[data-testid=part-said]").contains("依頼元に返送してください"));
    let back = kept().unwrap();
    assert!(back.part.returned_at.is_some(), "saved as returned");
    assert_eq!(
        back.part.subcontractors.len(),
        3,
        "its entry and its own subcontractors"
    );
    assert!(!host
        .text_content()
        .unwrap_or_default()
        .contains("できませんでした"));
    handle.forget();
}
