//! Importing a declaration file as a draft, through the file picker or by dropping the file
//! on it. A file that does not import says what and where and changes nothing. A file is
//! stored as a new draft and opened; when a draft of the same declaration (same `id`) is
//! already kept, the user chooses: replace it, keep both, or cancel — never replaced unasked.

use crate::components::{FileOpen, Opened};
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
    // A part file (記入依頼) dropped here opens on its own page, kept apart from the drafts.
    let open_part = use_context::<crate::pages::part::OpenPart>();
    let on_part = Callback::new(move |p: declaration::part::ImportedPart| {
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
            <h2 class="group__title" id="import-title">{move || lang.get().pick("申告書ファイルを取り込む", "Import a declaration file")}</h2>
            <p>{move || lang.get().pick(
                "取り込んだファイルは新しい下書きになります。今ある下書きは、確認なしに置き換えられることはありません。",
                "An imported file becomes a new draft. A draft you have is never replaced without asking.",
            )}</p>
            <p class="hint">{move || lang.get().pick(
                "記入依頼ファイル（記入依頼_…json）を受け取った再委託先の方も、ここで開けます。記入依頼のページが開き、下書きには加わりません。",
                "A subcontractor sent a part file (記入依頼_….json) can open it here too: it opens on its own page and does not become a draft.",
            )} " "
                <crate::route::RouteLink route=route to=Route::Part>{move || lang.get().pick("記入中の記入依頼", "Parts you are filling in")}</crate::route::RouteLink>
            </p>
            <FileOpen lang=lang on_open=on_open or_part=on_part/>
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
