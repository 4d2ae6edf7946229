//! 確認 (check your answers, GOV.UK pattern): the §4 verdict table with a way to each
//! condition still to meet, whether the declaration is complete and the errors left (each a
//! link to its answer), every answer grouped by section with 「変更」 links, and the export of
//! the declaration file. Sections that do not apply say 対象外 and list nothing.

mod export;
mod remaining;
pub(crate) mod rows;
mod summary;
mod verdict;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

use crate::form::{control_id, Form, Route};
use crate::pages::go;
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
pub(crate) fn follow(form: Form, route: RwSignal<Route>, path: String, check: bool) {
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
pub(crate) fn ChangeLink(
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

/// The review page.
#[component]
pub fn Review(form: Form, route: RwSignal<Route>) -> impl IntoView {
    let lang = form.lang;
    crate::pages::focus_heading();
    view! {
        <a class="back-link" href=Route::Overview.hash()
            on:click=move |ev| { ev.prevent_default(); go(route, Route::Overview); }>
            {move || lang.get().pick("タスク一覧へ戻る", "Back to the task list")}
        </a>
        <h1 tabindex="-1">{move || lang.get().pick("記入内容の確認", "Check your answers")}</h1>
        <p class="lead">{move || lang.get().pick(
            "適合判定と記入内容を確認し、申告書ファイルを保存してください。",
            "Check the verdict and your answers, then save the declaration file.",
        )}</p>
        <verdict::Verdict form=form route=route/>
        <remaining::Remaining form=form route=route/>
        <summary::Summary form=form route=route/>
        <export::Export form=form/>
        <p class="print-link">
            <crate::pages::RouteLink route=route to=Route::Print>
                {move || lang.get().pick("印刷用の書面を表示", "Show the printable document")}
            </crate::pages::RouteLink>
        </p>
    }
}
