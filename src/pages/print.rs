//! 印刷用の書面 (`#/print`): the printed document of the draft being written, with the print
//! bar (the document's language, 和暦 / 西暦, 「印刷する」) and 「Excel形式で保存」 (in the
//! document's language) above it. The document is in
//! Japanese — what the city files — whatever the language of the page, unless the user asks
//! for an English copy. It carries the hash of the file last exported while the draft is
//! unchanged since. Only the document is printed; the header and the bars are not.

use crate::components::{declaration_hint, declaration_job, ExcelSave};
use crate::document::{Document, PrintBar};
use crate::form::Form;
use crate::route::Route;
use crate::route::{focus_heading, go};
use crate::store::{with_export_hash, Session};
use declaration::era::DateStyle;
use declaration::Lang;
use leptos::prelude::*;

/// The print page.
#[component]
pub fn Print(form: Form, route: RwSignal<Route>) -> impl IntoView {
    let lang = form.lang;
    let style = RwSignal::new(DateStyle::Era);
    let doc_lang = RwSignal::new(Lang::Ja);
    let session = use_context::<Session>();
    let decl = Signal::derive(move || {
        let last = session.and_then(|s| s.last_export.get());
        form.draft.with(|d| with_export_hash(d, last.as_ref()))
    });
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
            <PrintBar lang=lang doc_lang=doc_lang style=style/>
            <ExcelSave lang=lang id="print-xlsx" hint=declaration_hint()
                job=Callback::new(move |()| Ok(form.draft.with_untracked(|d| declaration_job(d, doc_lang.get_untracked()))))/>
        </div>
        <Document decl=decl lang=doc_lang style=style/>
    }
}
