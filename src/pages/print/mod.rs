//! 印刷用の書面 (`#/print`): the printed document of the draft being written, with the print
//! bar (the document's language, 和暦 / 西暦, 「印刷する」) and 「Excel形式で保存」 (in the
//! document's language) above it. The document is in
//! Japanese — what the city files — whatever the language of the page, unless the user asks
//! for an English copy. It carries the hash of the file last exported while the draft is
//! unchanged since. Only the document is printed; the header and the bars are not.
//!
//! A draft with 宛先 prints one addressee's document at a time (chosen above it: that
//! municipality's answers, its 宛名 at the top, the body's hash beside its id), or the
//! 送付一覧 of the last package saved ([`sending`]).

mod sending;

use crate::components::{declaration_hint, declaration_job, ExcelSave};
use crate::document::{Addressed, Document, PrintBar};
use crate::form::Form;
use crate::pages::review::addressees::AddresseeSelect;
use crate::route::Route;
use crate::route::{focus_heading, go};
use crate::store::{with_export_hash, Session};
use declaration::era::DateStyle;
use declaration::words::Words;
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
    let listed = Memo::new(move |_| form.draft.with(|d| !d.addressees.is_empty()));
    let chosen = RwSignal::new(0usize);
    let sending = move || listed.get() && chosen.get() == usize::MAX;
    let addressee_decl = Signal::derive(move || {
        let i = chosen.get();
        form.draft.with(|d| {
            if i < d.addressees.len() {
                declaration::addressees::shown(d, i).0
            } else {
                with_export_hash(d, None)
            }
        })
    });
    let addressed = Signal::derive(move || {
        let i = chosen.get();
        form.draft.with(|d| {
            let a = d.addressees.get(i)?;
            let body = declaration::addressees::package::body_sha256(d, env!("CARGO_PKG_VERSION"))?;
            Some(Addressed {
                recipient: a.recipient.clone(),
                body_sha256: body,
            })
        })
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
            <Show when=move || listed.get()>
                <AddresseeSelect form=form chosen=chosen id="print-addressee"
                    label=Words::new("印刷する宛先", "Addressee to print")
                    extra=Words::new("送付一覧", "Sending list")/>
            </Show>
            <Show when=move || !sending()>
                <PrintBar lang=lang doc_lang=doc_lang style=style/>
                <ExcelSave lang=lang id="print-xlsx" hint=declaration_hint()
                    job=Callback::new(move |()| Ok(addressee_decl.with_untracked(|d| declaration_job(d, doc_lang.get_untracked()))))/>
            </Show>
        </div>
        <Show when=move || !listed.get() fallback=move || view! {
            <Show when=move || !sending() fallback=move || view! { <sending::SendingList form=form/> }>
                <Document decl=addressee_decl lang=doc_lang style=style addressed=addressed/>
            </Show>
        }>
            <Document decl=decl lang=doc_lang style=style/>
        </Show>
    }
}
