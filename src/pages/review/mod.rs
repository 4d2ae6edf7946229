//! 確認 (check your answers, GOV.UK pattern): the §4 verdict table with a way to each
//! condition still to meet, whether the declaration is complete and the errors left (each a
//! link to its answer), every answer grouped by section with 「変更」 links, and the export of
//! the declaration file. Sections that do not apply say 対象外 and list nothing.

pub mod addressees;
mod export;
mod links;
mod remaining;
mod summary;
mod verdict;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

use crate::form::Form;
use crate::route::go;
use crate::route::Route;
use leptos::prelude::*;

/// The review page.
#[component]
pub fn Review(form: Form, route: RwSignal<Route>) -> impl IntoView {
    let lang = form.lang;
    crate::route::focus_heading();
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
        <export::Export form=form route=route/>
        <p class="print-link">
            <crate::route::RouteLink route=route to=Route::Print>
                {move || lang.get().pick("印刷用の書面を表示", "Show the printable document")}
            </crate::route::RouteLink>
        </p>
    }
}
