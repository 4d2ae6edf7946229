//! The pages loaded when first opened: the form's sections, the contractor's documents, the
//! reader's pages, the drafts list and the glossary (all but the task list). In the release build (`--cfg split`, cut by wasm-split-cli in scripts/build.sh) each
//! function here is a split point: its code and all that only it uses go into a chunk of
//! their own that the browser fetches the first time one of its routes opens (the service worker has
//! them all after the first visit). Every other build (`scripts/build.sh --dev`, the
//! component tests) has no chunks and the functions are plain `async fn`s.
//!
//! [`Lazy`] shows a route while its chunk loads (「読み込み中…」) and, when the chunk cannot
//! be fetched (offline before it was cached, a newer version deployed meanwhile), says so
//! and offers to reload instead of leaving a blank page.

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

use super::sections::{
    attestation, basic, cloud, entrustment, measures, responsibility, subcontractors,
};
use super::step::SectionPage;
use super::{changes, drafts, glossary, inbox, part, print, questions, read, review};
use crate::form::Form;
use crate::route::Route;
use crate::store::Session;
use declaration::fields::Section;
use declaration::Lang;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// A chunk that could not be loaded.
#[derive(Debug)]
pub struct ChunkFailed;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkFailed
    }
}

/// What a split point gives: the page, or why not.
pub type Loaded = Result<AnyView, ChunkFailed>;

/// A page on its way (one type for every route, so [`Lazy`] is compiled once).
pub type Pending = Pin<Box<dyn Future<Output = Loaded>>>;

/// Declares `$name` as a split point named `$chunk` (release) or a plain `async fn` (other
/// builds), returning [`Loaded`].
macro_rules! split_point {
    ($chunk:ident, fn $name:ident($($arg:ident: $ty:ty),*) $body:block) => {
        #[cfg(split)]
        #[allow(improper_ctypes_definitions, improper_ctypes)]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub fn $name($($arg: $ty),*) -> Loaded {
            Ok($body)
        }
        #[cfg(not(split))]
        pub async fn $name($($arg: $ty),*) -> Loaded {
            Ok($body)
        }
    };
}

// Six split points, not one per route: wasm-split puts the code several split points share
// into a chunk per set of them, so sixteen points made ~220 chunks and a section fetched 66 of
// them on first use (each instantiated in turn: 0.7 s). Pages used together share a point;
// the three sections of plain questions (基本情報 first of all) have one apart from the four
// of lists and tables, so that opening the form does not fetch the entry lists and the
// responsibility table (316 KiB instead of 486 on a first visit to #/basic). Each point that
// can change the draft makes the checks and the writer (src/form/checker.rs,
// src/store/writer.rs) before its page shows.

split_point!(
    simple_sections,
    fn simple_section_view(form: Form, route: RwSignal<Route>, section: Section) {
        section_page(form, route, section, || match section {
            Section::Basic => view! { <basic::Basic form=form/> }.into_any(),
            Section::Entrustment => view! { <entrustment::Entrustment form=form/> }.into_any(),
            _ => view! { <attestation::Attestation form=form/> }.into_any(),
        })
    }
);
split_point!(
    form_pages,
    fn form_view(form: Form, route: RwSignal<Route>, section: Section) {
        section_page(form, route, section, || match section {
            Section::Subcontractors => {
                view! { <subcontractors::Subcontractors form=form/> }.into_any()
            }
            Section::Cloud => view! { <cloud::Cloud form=form/> }.into_any(),
            Section::Responsibility => {
                view! { <responsibility::Responsibility form=form/> }.into_any()
            }
            _ => view! { <measures::Measures form=form/> }.into_any(),
        })
    }
);

/// A section's page around its `answers`, once the checks and the writer are here (the
/// section's chunk makes them: its widgets show the errors, and every change is saved).
fn section_page(
    form: Form,
    route: RwSignal<Route>,
    section: Section,
    answers: impl FnOnce() -> AnyView,
) -> AnyView {
    form.install_checker();
    crate::store::writer::install();
    let answers = answers();
    view! { <SectionPage form=form route=route section=section>{answers}</SectionPage> }.into_any()
}
split_point!(
    document_pages,
    fn document_view(form: Form, route: RwSignal<Route>, page: Route) {
        form.install_checker();
        crate::store::writer::install();
        match page {
            Route::Print => view! { <print::Print form=form route=route/> }.into_any(),
            Route::Changes => view! { <changes::Changes form=form/> }.into_any(),
            Route::Questions => view! { <questions::Questions form=form route=route/> }.into_any(),
            _ => view! { <review::Review form=form route=route/> }.into_any(),
        }
    }
);
split_point!(
    reader_pages,
    fn reader_view(lang: Signal<Lang>, route: RwSignal<Route>, page: Route) {
        crate::store::writer::install();
        match page {
            Route::Inbox => view! { <inbox::Inbox lang=lang route=route/> }.into_any(),
            Route::Part => view! { <part::PartPage lang=lang/> }.into_any(),
            _ => view! { <read::Read lang=lang/> }.into_any(),
        }
    }
);
split_point!(
    drafts_page,
    fn drafts_view(session: Session, route: RwSignal<Route>) {
        crate::store::writer::install();
        view! { <drafts::Drafts session=session route=route/> }.into_any()
    }
);
split_point!(
    glossary_page,
    fn glossary_view(lang: Signal<Lang>, term: Option<&'static str>) {
        view! { <glossary::Glossary lang=lang term=term/> }.into_any()
    }
);

/// The page `page` gives once its chunk is loaded; 「読み込み中…」 until then, and what to
/// do when it cannot be loaded. The page is made once, under this component's owner (its
/// contexts) and outside any observer: what its setup reads never makes it again.
#[component]
pub fn Lazy(lang: Signal<Lang>, page: Pending) -> impl IntoView {
    let ready = RwSignal::new(false);
    let made = StoredValue::new_local(None::<Loaded>);
    leptos::task::spawn_local(leptos::reactive::computed::ScopedFuture::new_untracked(
        async move {
            let loaded = page.await;
            if !made.is_disposed() {
                made.set_value(Some(loaded));
                ready.set(true);
            }
        },
    ));
    move || {
        if !ready.get() {
            return view! { <Loading lang=lang/> }.into_any();
        }
        match made.try_update_value(Option::take).flatten() {
            Some(Ok(view)) => view,
            Some(Err(ChunkFailed)) => view! { <Failed lang=lang/> }.into_any(),
            None => ().into_any(),
        }
    }
}

/// 「読み込み中…」, as the page shell says it before the wasm runs: while a page's code, or
/// the app's reader of stored records, is on its way.
#[component]
pub fn Loading(lang: Signal<Lang>) -> impl IntoView {
    view! {
        <p class="boot__loading" role="status" data-testid="route-loading">
            {move || lang.get().pick("読み込み中…", "Loading…")}
        </p>
    }
}

/// A chunk that would not load: why, likely, and a button that reloads the app. Its heading
/// takes the focus, as a page's does.
#[component]
pub fn Failed(lang: Signal<Lang>) -> impl IntoView {
    crate::route::focus_heading();
    let reload = move |_| {
        let _ = window().location().reload();
    };
    view! {
        <div class="alert alert--error" role="alert" data-testid="route-failed">
            <h1 tabindex="-1">{move || lang.get().pick("このページを読み込めませんでした", "This page could not be loaded")}</h1>
            <p>{move || lang.get().pick(
                "通信が切れているか、新しい版が公開されたため、このページのプログラムを読み込めませんでした。入力した内容はこの端末に保存されています。通信できることを確かめてから、再読み込みしてください。",
                "The code for this page could not be fetched: the connection is down, or a new version was published meanwhile. Your answers are kept on this device. Check the connection, then reload.",
            )}</p>
            <button type="button" class="button" data-testid="route-reload" on:click=reload>
                {move || lang.get().pick("再読み込み", "Reload")}
            </button>
        </div>
    }
}
