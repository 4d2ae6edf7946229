//! The error summary at the top of a page (GOV.UK pattern): the count, then each error as a
//! link to its answer, in the same words as the message under the field. It takes focus
//! when it appears, and a link moves focus to the control itself.

use crate::form::control_id;
use declaration::{Issue, Lang};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves focus to the control of `path` (or the first control inside a group) and shows it.
pub fn focus_answer(path: &str) {
    let doc = document();
    let Some(el) = doc.get_element_by_id(&control_id(path)) else {
        return;
    };
    let target = if el.tag_name() == "FIELDSET" || el.tag_name() == "SECTION" {
        el.query_selector("input, select, textarea, button")
            .ok()
            .flatten()
            .unwrap_or(el)
    } else {
        el
    };
    if let Ok(h) = target.dyn_into::<web_sys::HtmlElement>() {
        let _ = h.focus();
        h.scroll_into_view();
    }
}

/// The summary of `errors`; nothing when there are none.
#[component]
pub fn ErrorSummary(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] errors: Signal<Vec<Issue>>,
    /// Bumped by the page each time the user tries to continue: the summary takes focus.
    #[prop(into)]
    attempt: Signal<u32>,
) -> impl IntoView {
    let node = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        attempt.track();
        if let Some(el) = node.get() {
            let _ = el.focus();
        }
    });
    move || {
        let list = errors.get();
        (!list.is_empty()).then(|| {
            let count = list.len();
            view! {
                <div class="error-summary" node_ref=node tabindex="-1" role="alert"
                    aria-labelledby="error-summary-title">
                    <h2 class="error-summary__title" id="error-summary-title">
                        {move || match lang.get() {
                            Lang::Ja => format!("入力内容を確認してください（{count}件）"),
                            Lang::En => format!("There is a problem ({count})"),
                        }}
                    </h2>
                    <ul class="error-summary__list">
                        {list.into_iter().map(|i| {
                            let href = format!("#{}", control_id(&i.path));
                            let path = i.path.clone();
                            view! {
                                <li>
                                    <a href=href on:click=move |ev| {
                                        ev.prevent_default();
                                        focus_answer(&path);
                                    }>{move || i.message(lang.get()).to_string()}</a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
