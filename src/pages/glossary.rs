//! 用語集 (`#/glossary`): every term of [`declaration::glossary`] with its plain explanation,
//! each with its own id so that a hint's link (`#/glossary/ismap`) lands on it and focuses it.
//! Back (the browser's, or 「戻る」) returns to the answer the user came from.

use crate::route::focus_heading;
use declaration::glossary::TERMS;
use declaration::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element id of a term.
pub fn term_id(id: &str) -> String {
    format!("term-{id}")
}

/// The glossary, at `term` when one is named.
#[component]
pub fn Glossary(lang: Signal<Lang>, term: Option<&'static str>) -> impl IntoView {
    match term {
        None => focus_heading(),
        Some(id) => {
            let target = term_id(id);
            set_timeout(
                move || {
                    if let Some(el) = document()
                        .get_element_by_id(&target)
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        el.scroll_into_view();
                        let _ = el.focus();
                    }
                },
                std::time::Duration::ZERO,
            );
        }
    }
    let back = move |_| {
        if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = h.back();
        }
    };
    let terms = TERMS
        .iter()
        .map(|t| {
            view! {
                <div class="glossary__term" id=term_id(t.id) tabindex="-1"
                    class:glossary__term--current=move || term == Some(t.id)>
                    <dt>{move || t.name().pick(lang.get()).to_string()}</dt>
                    <dd>{move || t.explanation().pick(lang.get()).to_string()}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <button type="button" class="back-link back-link--button" on:click=back>
            {move || lang.get().pick("戻る", "Back")}
        </button>
        <h1 tabindex="-1">{move || lang.get().pick("用語集", "Glossary")}</h1>
        <p class="lead">{move || lang.get().pick(
            "申告書に出てくる用語の説明です。記入欄の説明から、関係する用語にリンクしています。",
            "What the words of the declaration mean. The hints of the answers link to the terms they use.",
        )}</p>
        <dl class="glossary">{terms}</dl>
    }
}
