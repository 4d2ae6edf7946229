//! 印刷用の書面 (`#/print`): the printed document of the draft being written, with the print
//! bar (和暦 / 西暦, 「印刷する」) above it. Only the document is printed; the header, the save
//! bar and the print bar are not.

use crate::document::{Document, PrintBar};
use crate::form::Form;
use crate::route::Route;
use crate::route::{focus_heading, go};
use declaration::era::DateStyle;
use leptos::prelude::*;

/// The print page.
#[component]
pub fn Print(form: Form, route: RwSignal<Route>) -> impl IntoView {
    let lang = form.lang;
    let style = RwSignal::new(DateStyle::Era);
    focus_heading();
    view! {
        <div class="no-print">
            <a class="back-link" href=Route::Review.hash()
                on:click=move |ev| { ev.prevent_default(); go(route, Route::Review); }>
                {move || lang.get().pick("記入内容の確認へ戻る", "Back to check your answers")}
            </a>
            <h1 tabindex="-1">{move || lang.get().pick("印刷用の書面", "The printable document")}</h1>
            <p class="lead">{move || lang.get().pick(
                "この書面を印刷するか、PDFとして保存して、申告書ファイルとともに提出してください。",
                "Print this document or save it as a PDF, and hand it in with the declaration file.",
            )}</p>
            <PrintBar lang=lang style=style/>
        </div>
        <Document decl=form.draft lang=lang style=style/>
    }
}
