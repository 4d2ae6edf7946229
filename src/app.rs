//! The whole app: the header (product name, the modes, the language switch), the save bar
//! and alerts of the draft session, and the page of the current route. It owns the draft
//! being written and the language; every page gets them through [`Form`]. The draft
//! [`Session`] (autosave, drafts) is started here and given to pages as context.
//!
//! When this browser holds records (a returning user), the app first waits for the code that
//! reads them ([`crate::store::reader`]; a chunk in the release build), showing 「読み込み中…」
//! as the page shell does; a first visit, with nothing stored, starts at once.

use crate::components::{remembered_lang, LangSwitch, SaveBar, Troubles, UpdatePrompt};
use crate::form::Form;
use crate::pages::Pages;
use crate::route::Route;
use crate::route::{current_hash, go};
use crate::store::{autosave, reader, Session};
use declaration::words::product_name;
use leptos::prelude::*;

/// The whole app, once what reads the stored records is here (at once on a first visit).
#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(remembered_lang());
    // None: waiting for the reader; Some(false): it could not be fetched.
    let ready =
        RwSignal::new((reader::get().is_some() || !reader::needed_at_start()).then_some(true));
    if ready.get_untracked().is_none() {
        leptos::task::spawn_local(async move {
            ready.set(Some(reader::load().await.is_ok()));
        });
    }
    move || match ready.get() {
        Some(true) => view! { <Started lang=lang/> }.into_any(),
        waiting => {
            let failed = waiting.is_some();
            view! {
                <header class="header">
                    <p class="header__name">{move || product_name().pick(lang.get()).to_string()}</p>
                </header>
                <main class="main" id="main">
                    {if failed {
                        view! { <crate::pages::lazy::Failed lang=lang.into()/> }.into_any()
                    } else {
                        view! { <crate::pages::lazy::Loading lang=lang.into()/> }.into_any()
                    }}
                </main>
            }
            .into_any()
        }
    }
}

/// The app with its draft session started.
#[component]
fn Started(lang: RwSignal<declaration::Lang>) -> impl IntoView {
    let draft = RwSignal::new(crate::draft::new_declaration());
    let form = Form::new(draft, lang.into());
    let session = Session::start(form);
    provide_context(session);
    provide_context(crate::store::Received::start(form));
    provide_context(crate::store::PartStates::start(form));
    provide_context(crate::pages::part::OpenPart(RwSignal::new(None)));
    provide_context(crate::pages::read::Reading(RwSignal::new(None)));
    autosave::start(session);
    let route = RwSignal::new(Route::from_hash(&current_hash()));
    let shown = RwSignal::new(false);
    let errors_shown = move || match route.get() {
        Route::Section(s) => !form.shown_errors_of(s).is_empty(),
        _ => false,
    };
    Effect::new(move |_| {
        let name = product_name().pick(lang.get()).to_string();
        let title = if errors_shown() {
            format!("{}{}", lang.get().pick("エラー：", "Error: "), name)
        } else {
            name.to_string()
        };
        document().set_title(&title);
    });
    let on_hash = leptos::prelude::window_event_listener(leptos::ev::hashchange, move |_| {
        let r = Route::from_hash(&current_hash());
        if r != route.get_untracked() {
            route.set(r);
        }
    });
    on_cleanup(move || on_hash.remove());
    let nav = move |to: Route, ja: &'static str, en: &'static str| {
        let current = move || {
            let r = route.get();
            let in_form = !matches!(
                r,
                Route::Read | Route::Inbox | Route::Drafts | Route::Questions | Route::Glossary(_)
            );
            let here = r == to || matches!((r, to), (Route::Glossary(_), Route::Glossary(_)));
            (here || (to == Route::Overview && in_form)).then_some("page")
        };
        view! {
            <a class="header__link" href=to.hash() aria-current=current
                on:click=move |ev| { ev.prevent_default(); go(route, to); }>
                {move || lang.get().pick(ja, en)}
            </a>
        }
    };
    view! {
        <a class="skip-link" href="#main">{move || lang.get().pick("本文へ移動", "Skip to main content")}</a>
        <header class="header">
            <p class="header__name">{move || product_name().pick(lang.get()).to_string()}</p>
            <nav class="header__nav" aria-label=move || lang.get().pick("メニュー", "Menu")>
                {nav(Route::Overview, "申告書を作成", "Write a declaration")}
                {nav(Route::Drafts, "下書き一覧", "Your drafts")}
                {nav(Route::Questions, "照会事項と回答", "Questions and replies")}
                {nav(Route::Read, "申告書を読む", "Read a declaration")}
                {nav(Route::Inbox, "受付一覧", "Received files")}
                {nav(Route::Glossary(None), "用語集", "Glossary")}
            </nav>
            <LangSwitch lang=lang/>
        </header>
        <UpdatePrompt lang=lang.into() after=shown.into()/>
        <Troubles session=session/>
        <Show when=move || !matches!(route.get(), Route::Read | Route::Inbox | Route::Part)>
            <SaveBar session=session/>
        </Show>
        <main class="main" id="main">
            <Pages session=session route=route shown=shown/>
        </main>
    }
}
