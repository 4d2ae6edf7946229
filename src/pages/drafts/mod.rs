//! The drafts page (下書き一覧): every draft kept in this browser with its name (made of the
//! municipality, the system and the date unless renamed), when it was last saved and
//! exported, and whether it is complete; open, duplicate, rename and delete (with 元に戻す), start a new one, and import a
//! file as a new draft ([`import`]); the parts (記入依頼) being filled in are listed apart. It says plainly that the exported file, not the
//! browser, is the durable copy.

mod entry;
mod import;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

use crate::route::{Route, RouteLink};
use crate::store::{drafts, Session};
use crate::widgets::ErrorMessage;
use declaration::Lang;
use entry::Deleted;
use leptos::prelude::*;

/// The drafts page.
#[component]
pub fn Drafts(session: Session, route: RwSignal<Route>) -> impl IntoView {
    let lang = session.form.lang;
    // Opening a draft (or one just imported) reads it back: the reader is made here.
    crate::store::reader::install();
    // Bumped by every action here; the list also follows saves and other tabs.
    let refresh = RwSignal::new(0u64);
    let deleted = RwSignal::new(None::<Deleted>);
    let listing = move || {
        refresh.track();
        session.status.track();
        session.revision.track();
        session.unreadable.track();
        drafts().and_then(|s| s.list())
    };
    let undo = move |_| {
        if let Some(d) = deleted.get_untracked() {
            if let Ok(mut store) = drafts() {
                let _ = store.restore(&d.removed);
            }
            deleted.set(None);
            refresh.update(|n| *n += 1);
        }
    };
    let new_draft = move |_| {
        session.start_new();
        crate::route::go(route, Route::Overview);
    };
    let persisted = move || match (session.persisted.get(), lang.get()) {
        (Some(true), l) => l.pick(
            "このブラウザは、この端末の保存領域を消さずに保つことを認めています。",
            "This browser has agreed to keep this site's storage.",
        ),
        (_, l) => l.pick(
            "このブラウザは、空き容量や設定によって下書きを消すことがあります。",
            "This browser may delete drafts when space runs low or by its settings.",
        ),
    };
    crate::route::focus_heading();
    view! {
        <h1 tabindex="-1">{move || lang.get().pick("下書き一覧", "Your drafts")}</h1>
        <p>{move || lang.get().pick(
            "下書きはこのブラウザの中だけに保存され、どこにも送信されません。正式な控えは、書き出した申告書ファイルです。",
            "Drafts are kept in this browser only and never sent anywhere. The exported declaration file is your lasting copy.",
        )}" "{persisted}</p>
        <div class="button-group">
            <button type="button" class="button" data-testid="new-draft" on:click=new_draft>
                {move || lang.get().pick("新しい申告書を作成", "Start a new declaration")}
            </button>
        </div>
        <div role="status" data-testid="drafts-notice">
            {move || deleted.get().map(|d| view! {
                <p class="status-message">
                    {move || match lang.get() {
                        Lang::Ja => format!("「{}」を削除しました。", d.name),
                        Lang::En => format!("Deleted “{}”.", d.name),
                    }}" "
                    <button type="button" class="button button--secondary" data-testid="undo-delete" on:click=undo>
                        {move || lang.get().pick("元に戻す", "Undo")}
                    </button>
                </p>
            })}
        </div>
        {move || match listing() {
            Err(e) => view! {
                <ErrorMessage id="drafts-error" lang=lang messages=Signal::stored(vec![e.words()]) alert=true/>
            }.into_any(),
            Ok(l) if l.drafts.is_empty() => view! {
                <p data-testid="no-drafts">{move || lang.get().pick(
                    "保存されている下書きはありません。",
                    "There are no saved drafts.",
                )}</p>
            }.into_any(),
            Ok(l) => view! {
                <ul class="drafts" data-testid="drafts">
                    {l.drafts.into_iter().map(|summary| view! {
                        <entry::Entry session=session route=route summary=summary
                            refresh=refresh deleted=deleted/>
                    }).collect_view()}
                </ul>
            }.into_any(),
        }}
        <Parts lang=lang route=route/>
        <import::Import session=session route=route refresh=refresh/>
        <h2>{move || lang.get().pick("審査者からの照会事項", "Questions from the reviewer")}</h2>
        <p data-testid="drafts-questions">
            {move || lang.get().pick(
                "審査者から照会事項ファイル（照会事項_…json）を受け取ったら、申告書の下書きを開いてから",
                "When the reviewer sends you a review file (照会事項_….json), open the declaration's draft, then go to ",
            )}
            <RouteLink route=route to=Route::Questions>{move || lang.get().pick("照会事項と回答", "Questions and replies")}</RouteLink>
            {move || lang.get().pick(
                "で取り込み、回答してください。上の「ファイル（JSON）を開く」に入れても、そのページに移ります。",
                " to take it in and reply. Dropped on “Open a file (JSON)” above, it goes there too.",
            )}
        </p>
    }
}

/// The parts (記入依頼) being filled in in this browser: their own kind, apart from the
/// drafts, each opening on the part page.
#[component]
fn Parts(lang: Signal<Lang>, route: RwSignal<Route>) -> impl IntoView {
    let open = use_context::<crate::pages::part::OpenPart>();
    let parts = crate::store::local::LocalStore::open()
        .ok()
        .and_then(|s| declaration::part::KeptParts::open(s).list().ok())
        .unwrap_or_default();
    (!parts.is_empty()).then(|| {
        view! {
            <h2>{move || lang.get().pick("記入中の記入依頼", "Parts you are filling in")}</h2>
            <ul class="drafts" data-testid="drafts-parts">
                {parts.into_iter().map(|p| {
                    let name = p.part.root_entry().and_then(|r| r.name.clone()).unwrap_or_default();
                    let from = p.part.requested_by.organization.clone().unwrap_or_default();
                    let returned = p.part.returned_at.is_some();
                    view! {
                        <li class="drafts__item">
                            <button type="button" class="link" on:click=move |_| {
                                if let Some(o) = open {
                                    o.0.set(Some(p.clone()));
                                }
                                crate::route::go(route, Route::Part);
                            }>
                                {move || match lang.get() {
                                    Lang::Ja => format!("記入依頼：{}", declaration::words::isolated(&name)),
                                    Lang::En => format!("Part: {}", declaration::words::isolated(&name)),
                                }}
                            </button>
                            " "
                            <span class="hint">{move || match (lang.get(), returned) {
                                (Lang::Ja, false) => format!("依頼元：{} ・記入中", declaration::words::isolated(&from)),
                                (Lang::Ja, true) => format!("依頼元：{} ・返送用に保存済み", declaration::words::isolated(&from)),
                                (Lang::En, false) => format!("From {} · in progress", declaration::words::isolated(&from)),
                                (Lang::En, true) => format!("From {} · saved to send back", declaration::words::isolated(&from)),
                            }}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    })
}
