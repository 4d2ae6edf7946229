//! 「自分の下書きとしてコピーする」: the reader's one way into the user's own drafts (spec §7,
//! read-only for reviewers unless they choose to copy). The copy gets a new id, so it never
//! replaces a draft, and opens in the form; the received file's unknown keys come along.

use crate::store::{drafts, Session};
use crate::widgets::{one, ErrorMessage};
use declaration::io::Imported;
use declaration::words::Words;
use declaration::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// Stores a copy of `imported` as a new draft and opens it in the form.
fn copy(session: Session, imported: &Imported) -> Result<(), Words> {
    let id = crate::draft::new_declaration().id.unwrap_or_default();
    let mut d = imported.declaration.clone();
    d.id = Some(id.clone());
    session.flush();
    let mut store = drafts().map_err(|e| e.words())?;
    store
        .save(&id, &d, &imported.extra, None, &crate::draft::now_rfc3339())
        .map_err(|e| e.words())?;
    if session.load(&id) {
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(&crate::route::Route::Overview.hash());
        }
    }
    Ok(())
}

/// The copy button, with the reason when the copy could not be stored.
#[component]
pub fn CopyToDrafts(lang: Signal<Lang>, imported: Arc<Imported>) -> impl IntoView {
    let session = use_context::<Session>();
    // The copy is opened once stored, which reads it back: the reader is made here.
    crate::store::reader::install();
    let error = RwSignal::new(None::<Words>);
    session.map(|session| {
        let on_click = move |_| error.set(copy(session, &imported).err());
        view! {
            <div class="no-print">
                <p class="hint">{move || lang.get().pick(
                    "このファイルは読むだけで、下書きには保存されません。手元で修正したいときは、自分の下書きとしてコピーしてください。",
                    "This file is only read; it is not saved among your drafts. To edit it, copy it as a draft of your own.",
                )}</p>
                <button type="button" class="button button--secondary" data-testid="copy-to-drafts" on:click=on_click>
                    {move || lang.get().pick("自分の下書きとしてコピーする", "Copy as a draft of my own")}
                </button>
                <ErrorMessage id="copy-error" lang=lang messages=one(error) alert=true/>
            </div>
        }
    })
}
