//! The pages loaded when first opened: each section of the form and every page but the task
//! list. In the release build (`--cfg split`, cut by wasm-split-cli in scripts/build.sh) each
//! function here is a split point: its code and all that only it uses go into a chunk of
//! their own that the browser fetches the first time the route opens (the service worker has
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
use declaration::fields::Section;
use crate::form::Form;
use crate::route::Route;
use crate::store::Session;
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

split_point!(
    read_page,
    fn read_view(lang: Signal<Lang>) {
        view! { <read::Read lang=lang/> }.into_any()
    }
);
split_point!(
    inbox_page,
    fn inbox_view(lang: Signal<Lang>, route: RwSignal<Route>) {
        view! { <inbox::Inbox lang=lang route=route/> }.into_any()
    }
);
split_point!(
    questions_page,
    fn questions_view(form: Form, route: RwSignal<Route>) {
        view! { <questions::Questions form=form route=route/> }.into_any()
    }
);
split_point!(
    part_page,
    fn part_view(lang: Signal<Lang>) {
        view! { <part::PartPage lang=lang/> }.into_any()
    }
);
split_point!(
    print_page,
    fn print_view(form: Form, route: RwSignal<Route>) {
        view! { <print::Print form=form route=route/> }.into_any()
    }
);
split_point!(
    changes_page,
    fn changes_view(form: Form) {
        view! { <changes::Changes form=form/> }.into_any()
    }
);
split_point!(
    review_page,
    fn review_view(form: Form, route: RwSignal<Route>) {
        view! { <review::Review form=form route=route/> }.into_any()
    }
);
split_point!(
    drafts_page,
    fn drafts_view(session: Session, route: RwSignal<Route>) {
        view! { <drafts::Drafts session=session route=route/> }.into_any()
    }
);
split_point!(
    glossary_page,
    fn glossary_view(lang: Signal<Lang>, term: Option<&'static str>) {
        view! { <glossary::Glossary lang=lang term=term/> }.into_any()
    }
);

/// The page of one section of the form, each in a chunk of its own.
pub fn section_view(form: Form, route: RwSignal<Route>, section: Section) -> Pending {
    match section {
        Section::Basic => Box::pin(basic_section(form, route)),
        Section::Entrustment => Box::pin(entrustment_section(form, route)),
        Section::Subcontractors => Box::pin(subcontractors_section(form, route)),
        Section::Cloud => Box::pin(cloud_section(form, route)),
        Section::Responsibility => Box::pin(responsibility_section(form, route)),
        Section::Measures => Box::pin(measures_section(form, route)),
        Section::Attestation => Box::pin(attestation_section(form, route)),
    }
}

split_point!(
    basic_page,
    fn basic_section(form: Form, route: RwSignal<Route>) {
        view! {
            <SectionPage form=form route=route section=Section::Basic>
                <basic::Basic form=form/>
            </SectionPage>
        }
        .into_any()
    }
);
split_point!(
    entrustment_page,
    fn entrustment_section(form: Form, route: RwSignal<Route>) {
        view! {
            <SectionPage form=form route=route section=Section::Entrustment>
                <entrustment::Entrustment form=form/>
            </SectionPage>
        }
        .into_any()
    }
);
split_point!(
    subcontractors_page,
    fn subcontractors_section(form: Form, route: RwSignal<Route>) {
        view! {
            <SectionPage form=form route=route section=Section::Subcontractors>
                <subcontractors::Subcontractors form=form/>
            </SectionPage>
        }
        .into_any()
    }
);
split_point!(
    cloud_page,
    fn cloud_section(form: Form, route: RwSignal<Route>) {
        view! {
            <SectionPage form=form route=route section=Section::Cloud>
                <cloud::Cloud form=form/>
            </SectionPage>
        }
        .into_any()
    }
);
split_point!(
    responsibility_page,
    fn responsibility_section(form: Form, route: RwSignal<Route>) {
        view! {
            <SectionPage form=form route=route section=Section::Responsibility>
                <responsibility::Responsibility form=form/>
            </SectionPage>
        }
        .into_any()
    }
);
split_point!(
    measures_page,
    fn measures_section(form: Form, route: RwSignal<Route>) {
        view! {
            <SectionPage form=form route=route section=Section::Measures>
                <measures::Measures form=form/>
            </SectionPage>
        }
        .into_any()
    }
);
split_point!(
    attestation_page,
    fn attestation_section(form: Form, route: RwSignal<Route>) {
        view! {
            <SectionPage form=form route=route section=Section::Attestation>
                <attestation::Attestation form=form/>
            </SectionPage>
        }
        .into_any()
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
            return view! {
                <p class="boot__loading" role="status" data-testid="route-loading">
                    {move || lang.get().pick("読み込み中…", "Loading…")}
                </p>
            }
            .into_any();
        }
        match made.try_update_value(Option::take).flatten() {
            Some(Ok(view)) => view,
            Some(Err(ChunkFailed)) => view! { <Failed lang=lang/> }.into_any(),
            None => ().into_any(),
        }
    }
}

/// A chunk that would not load: why, likely, and a button that reloads the app.
#[component]
fn Failed(lang: Signal<Lang>) -> impl IntoView {
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
