//! Opening a file on the drafts page, through the file picker or by dropping it: every file
//! of the exchange goes where it belongs. A declaration is stored as a new draft and opened;
//! when a draft of the same declaration (same `id`) is already kept, the user chooses:
//! replace it, keep both, or cancel — never replaced unasked. A part to fill in (記入依頼)
//! opens on the part page; a returned part (記入返送) waits on the 再委託先 page of its
//! draft; a review file (照会事項) opens 照会事項と回答 of its draft. A file that does not
//! open says what and where and changes nothing.

use crate::components::{FileOpen, Opened, Picked, ANY_FILE};
use crate::route::Route;
use crate::store::{drafts, Session};
use crate::widgets::{one, ErrorMessage};
use declaration::words::Words;
use declaration::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// A file waiting for the user's choice, and the stored draft it would replace.
#[derive(Clone)]
struct Pending {
    file_name: String,
    opened: Arc<declaration::io::Imported>,
    existing_name: String,
    existing_revision: u64,
}

/// Stores `d` as the draft `id` (over `revision`, or new) and opens it.
fn store_and_open(
    session: Session,
    route: RwSignal<Route>,
    id: &str,
    imported: &declaration::io::Imported,
    revision: Option<u64>,
) -> Result<(), Words> {
    let mut d = imported.declaration.clone();
    d.id = Some(id.to_string());
    session.flush();
    let mut store = drafts().map_err(|e| e.words())?;
    store
        .save(
            id,
            &d,
            &imported.extra,
            revision,
            &crate::draft::now_rfc3339(),
        )
        .map_err(|e| e.words())?;
    session.load(id);
    crate::route::go(route, Route::Overview);
    Ok(())
}

/// The import control of the drafts page.
#[component]
pub fn Import(session: Session, route: RwSignal<Route>, refresh: RwSignal<u64>) -> impl IntoView {
    let lang = session.form.lang;
    let pending = RwSignal::new(None::<Pending>);
    let error = RwSignal::new(None::<Words>);
    let finish = move |r: Result<(), Words>| {
        error.set(r.err());
        pending.set(None);
        refresh.update(|n| *n += 1);
    };
    let on_open = move |o: Opened| {
        let imported = Arc::new(o.imported);
        let id = imported
            .declaration
            .id
            .clone()
            .filter(|i| !i.trim().is_empty())
            .unwrap_or_else(|| crate::draft::new_declaration().id.unwrap_or_default());
        let existing = drafts()
            .and_then(|s| s.list())
            .ok()
            .and_then(|l| l.drafts.into_iter().find(|d| d.id == id));
        match existing {
            Some(e) => pending.set(Some(Pending {
                file_name: o.file_name,
                opened: imported,
                existing_name: e.name(lang.get_untracked()).to_string(),
                existing_revision: e.revision,
            })),
            None => finish(store_and_open(session, route, &id, &imported, None)),
        }
    };
    // Opens the stored draft `id` (when it is not the one open), or says it is not here.
    let open_draft = move |id: &str, what: Words| -> Result<(), Words> {
        if session.id.get_untracked() == id {
            return Ok(());
        }
        let here = drafts()
            .and_then(|s| s.list())
            .ok()
            .is_some_and(|l| l.drafts.iter().any(|d| d.id == id));
        if !here {
            return Err(what);
        }
        session.flush();
        session.load(id);
        Ok(())
    };
    // A part file (記入依頼) dropped here opens on its own page, kept apart from the drafts;
    // one returned (記入返送) waits to be merged on its draft's 再委託先 page.
    let open_part = use_context::<crate::pages::part::OpenPart>();
    let on_part = Callback::new(move |p: declaration::part::ImportedPart| {
        if p.part.returned_at.is_some() {
            let kept = open_draft(&p.part.declaration.id, Words::new(
                "この記入返送ファイルの申告書の下書きが、このブラウザにありません。記入依頼を作成したブラウザで開いてください（再委託先の方が依頼した場合は、「記入依頼」のページの記入中の依頼で取り込みます）。",
                "The draft this returned part belongs to is not in this browser. Open it in the browser the request was made from (a subcontractor who asked takes it in on the page of the part it is filling in).",
            ))
            .and_then(|()| {
                let store = crate::store::local::LocalStore::open().map_err(|e| e.words())?;
                declaration::part::KeptParts::returned(store)
                    .save(&p.part, &p.extra, &crate::draft::now_rfc3339())
                    .map_err(|e| e.words())
            });
            match kept {
                Ok(()) => {
                    if let Some(states) = use_context::<crate::store::PartStates>() {
                        states.changed();
                    }
                    crate::route::go(
                        route,
                        Route::Section(declaration::fields::Section::Subcontractors),
                    );
                }
                Err(why) => error.set(Some(why)),
            }
            return;
        }
        match crate::pages::part::keep(&p) {
            Ok(()) => {
                if let Some(open) = open_part {
                    open.0.set(Some(p));
                }
                crate::route::go(route, Route::Part);
            }
            Err(why) => error.set(Some(why)),
        }
    });
    // A review file (照会事項) opens 照会事項と回答 of the draft it is about, which takes it.
    let on_review = Callback::new(move |p: Picked| -> Option<Words> {
        let review = match declaration::review::import(&p.bytes) {
            Ok(r) => r,
            Err(e) => return Some(e.words()),
        };
        let opened = open_draft(&review.review.declaration.id, Words::new(
            "この照会事項ファイルの申告書の下書きが、このブラウザにありません。申告書を作成したブラウザで開くか、先に提出した申告書ファイルを取り込んでから開いてください。",
            "The draft this review is about is not in this browser. Open it in the browser the declaration was written in, or import the declaration file you handed in first.",
        ));
        if let Err(why) = opened {
            return Some(why);
        }
        crate::pages::questions::pend(p.bytes);
        crate::route::go(route, Route::Questions);
        None
    });
    let replace = move |_| {
        if let Some(p) = pending.get_untracked() {
            let id = p.opened.declaration.id.clone().unwrap_or_default();
            finish(store_and_open(
                session,
                route,
                &id,
                &p.opened,
                Some(p.existing_revision),
            ));
        }
    };
    let keep_both = move |_| {
        if let Some(p) = pending.get_untracked() {
            let id = crate::draft::new_declaration().id.unwrap_or_default();
            finish(store_and_open(session, route, &id, &p.opened, None));
        }
    };
    view! {
        <section class="group" aria-labelledby="import-title">
            <h2 class="group__title" id="import-title">{move || lang.get().pick("ファイルを開く", "Open a file")}</h2>
            <p>{move || lang.get().pick(
                "取り込んだ申告書ファイルは新しい下書きになります。今ある下書きは、確認なしに置き換えられることはありません。",
                "An imported declaration file becomes a new draft. A draft you have is never replaced without asking.",
            )}</p>
            <p class="hint">{move || lang.get().pick(
                "記入依頼ファイルを受け取った再委託先の方も、ここで開けます。記入依頼のページが開き、下書きには加わりません。",
                "A subcontractor sent a part file can open it here too: it opens on its own page and does not become a draft.",
            )} " "
                <crate::route::RouteLink route=route to=Route::Part>{move || lang.get().pick("記入中の記入依頼", "Parts you are filling in")}</crate::route::RouteLink>
            </p>
            <FileOpen lang=lang on_open=on_open or_part=on_part or_review=on_review words=ANY_FILE/>
            <ErrorMessage id="import-error" lang=lang messages=one(error) alert=true/>
            {move || pending.get().map(|p| view! {
                <div class="alert" role="alert" data-testid="import-confirm">
                    <p>{move || match lang.get() {
                        Lang::Ja => format!("{} は、保存済みの下書き「{}」と同じ申告書です。どうしますか。", p.file_name, p.existing_name),
                        Lang::En => format!("{} is the same declaration as your draft “{}”. What would you like to do?", p.file_name, p.existing_name),
                    }}</p>
                    <div class="button-group">
                        <button type="button" class="button button--warning" data-testid="import-replace" on:click=replace>
                            {move || lang.get().pick("下書きをこのファイルの内容で置き換える", "Replace the draft with this file")}
                        </button>
                        <button type="button" class="button" data-testid="import-keep-both" on:click=keep_both>
                            {move || lang.get().pick("別の下書きとして取り込む", "Import as a separate draft")}
                        </button>
                        <button type="button" class="button button--secondary" data-testid="import-cancel"
                            on:click=move |_| pending.set(None)>
                            {move || lang.get().pick("取り込まない", "Cancel")}
                        </button>
                    </div>
                </div>
            })}
        </section>
    }
}
