//! The error summary in the browser: it takes the focus when the user presses continue, and
//! never when its list changes while the user types in a field (issue 30: a field emptied
//! after a failed continue showed its error again, the summary took the focus and the next
//! keystrokes went nowhere).

use super::*;
use crate::testkit::{test_host, tick};
use declaration::words::Words;
use declaration::Severity;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn issue(path: &str, ja: &str) -> Issue {
    Issue {
        path: path.to_string(),
        severity: Severity::Error,
        text: Words::new(ja, ja),
        unwritten: false,
    }
}

fn active_class() -> String {
    document()
        .active_element()
        .map(|e| e.class_name())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn focus_follows_a_press_never_a_changing_list() {
    let errors = RwSignal::new(Vec::<Issue>::new());
    let attempt = RwSignal::new(0u32);
    let host = test_host();
    let input = document().create_element("input").unwrap();
    input.set_id("typing-here");
    host.append_child(&input).unwrap();
    let summary_host = test_host();
    leptos::mount::mount_to(summary_host, move || {
        view! { <ErrorSummary lang=Signal::stored(Lang::Ja) errors=errors attempt=attempt/> }
    })
    .forget();
    tick().await;

    // A press with errors: the summary appears and takes the focus.
    errors.set(vec![issue(
        "cloud.provider",
        "クラウド事業者名を入力してください",
    )]);
    attempt.update(|a| *a += 1);
    tick().await;
    tick().await;
    assert_eq!(active_class(), "error-summary");

    // The user goes into a field and types: the list changes (an error goes, comes back,
    // another joins), the summary is drawn again each time, and the focus stays put.
    let field: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(input);
    field.focus().unwrap();
    for list in [
        vec![],
        vec![issue(
            "cloud.provider",
            "クラウド事業者名を入力してください",
        )],
        vec![
            issue("cloud.provider", "クラウド事業者名を入力してください"),
            issue("cloud.service", "クラウドサービス名を入力してください"),
        ],
    ] {
        errors.set(list);
        tick().await;
        tick().await;
        assert_eq!(
            document().active_element().map(|e| e.id()).as_deref(),
            Some("typing-here"),
            "the summary took the focus while the user typed"
        );
    }

    // Pressing continue again: the summary takes the focus again.
    attempt.update(|a| *a += 1);
    tick().await;
    tick().await;
    assert_eq!(active_class(), "error-summary");
}
