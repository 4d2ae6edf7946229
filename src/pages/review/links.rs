//! The review page's ways back into the form: [`follow`] (to an answer's page, focusing its
//! control) and [`ChangeLink`] (「変更」 to a section's page).

use crate::form::{control_id, Form};
use crate::route::{go, Route};
use declaration::fields::{section_of, Section};
use leptos::prelude::*;

/// Waits `ms` milliseconds (a browser timeout).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Goes to the page of the section `path` belongs to and, once it is rendered, focuses the
/// answer's control (the page heading keeps focus when the control is not on the page).
/// With `check`, the section counts as checked, so the answer's error shows under it.
pub fn follow(form: Form, route: RwSignal<Route>, path: String, check: bool) {
    let Some(section) = section_of(&path) else {
        return;
    };
    if check && !form.checked.with_untracked(|c| c.contains(&section)) {
        form.checked.update(|c| {
            c.insert(section);
        });
    }
    go(route, Route::Section(section));
    leptos::task::spawn_local(async move {
        // The page renders and focuses its heading first; then the control takes focus.
        for _ in 0..20 {
            sleep(25).await;
            if document().get_element_by_id(&control_id(&path)).is_some() {
                crate::widgets::error_summary::focus_answer(&path);
                return;
            }
        }
    });
}

/// The 「変更」 link to a section's page, its hidden text naming what it changes.
#[component]
pub fn ChangeLink(
    form: Form,
    route: RwSignal<Route>,
    section: Section,
    /// What the link changes, for screen readers: 「（基本情報）」.
    #[prop(into)]
    what: Signal<String>,
) -> impl IntoView {
    let lang = form.lang;
    let to = Route::Section(section);
    view! {
        <a class="link" href=to.hash() on:click=move |ev| { ev.prevent_default(); go(route, to); }>
            {move || lang.get().pick("変更", "Change")}
            <span class="visually-hidden">{what}</span>
        </a>
    }
}
