//! The pages of the app: the task list, the page of one step of the form (`step`: heading,
//! step counter, error summary, continue; the questions of each section are in `sections`),
//! the review page, the drafts
//! list, the printable document, the change list and the reader for received files. Each
//! page is a small component over the shared [`Form`](crate::form::Form) (or the draft [`Session`] holding it).

pub mod changes;
pub mod drafts;
pub mod glossary;
pub mod inbox;
pub mod lazy;
pub mod overview;
pub mod part;
pub mod print;
pub mod questions;
pub mod read;
pub mod review;
pub mod sections;
pub mod step;

use crate::route::Route;
use crate::store::Session;
use declaration::fields::Section;
use lazy::{Lazy, Loaded, Pending};
use leptos::prelude::*;
use std::future::Future;

/// The page of the current route. `shown` turns true once the first page is there (its
/// chunk loaded, or not loadable): what can wait until then (the service worker's precache)
/// waits for it.
///
/// Which routes load which split point is also written in `scripts/bundle.mjs`
/// (`PAGES`: the boot script fetches a deep link's chunks beside the main module);
/// `tests/e2e/shell.test.mjs` checks that the two agree.
#[component]
pub fn Pages(session: Session, route: RwSignal<Route>, shown: RwSignal<bool>) -> impl IntoView {
    let form = session.form;
    let lang = form.lang;
    let first = move || {
        if !shown.get_untracked() {
            shown.set(true);
        }
    };
    let lazy = move |page: Pending| {
        let page: Pending = Box::pin(settled(page, first));
        view! { <Lazy lang=lang page=page/> }.into_any()
    };
    move || match route.get() {
        Route::Overview => {
            first();
            view! { <overview::Overview form=form route=route/> }.into_any()
        }
        Route::Section(s @ (Section::Basic | Section::Entrustment | Section::Attestation)) => {
            lazy(Box::pin(lazy::simple_section_view(form, route, s)))
        }
        Route::Section(s) => lazy(Box::pin(lazy::form_view(form, route, s))),
        r @ (Route::Review | Route::Print | Route::Changes | Route::Questions) => {
            lazy(Box::pin(lazy::document_view(form, route, r)))
        }
        r @ (Route::Read | Route::Inbox | Route::Part) => {
            lazy(Box::pin(lazy::reader_view(lang, route, r)))
        }
        Route::Drafts => lazy(Box::pin(lazy::drafts_view(session, route))),
        Route::Glossary(term) => lazy(Box::pin(lazy::glossary_view(lang, term))),
    }
}

/// `page`, calling `then` when it has settled (loaded or failed).
async fn settled(page: impl Future<Output = Loaded>, then: impl FnOnce()) -> Loaded {
    let loaded = page.await;
    then();
    loaded
}
