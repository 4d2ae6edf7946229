//! The error summary at the top of a page (GOV.UK pattern): the count, then each error as a
//! link to its answer, in the same words as the message under the field. It takes focus
//! only when the user presses continue (GOV.UK): never when its list changes while someone
//! types (a field emptied shows its error again, and moving the focus then would send the
//! next keystrokes nowhere). A link moves focus to the control itself.

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
    // A press to honour: set when `attempt` changes (not on the first run) and taken by the
    // summary as soon as it is drawn — in the same run when both change at once. The
    // summary drawn again as errors come and go (a new node) focuses nothing by itself.
    let pending = StoredValue::new(false);
    let seen = StoredValue::new(attempt.get_untracked());
    Effect::new(move |_| {
        let now = attempt.get();
        let el = node.get();
        if seen.get_value() != now {
            seen.set_value(now);
            pending.set_value(true);
        }
        if let (true, Some(el)) = (pending.get_value(), el) {
            pending.set_value(false);
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

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;
