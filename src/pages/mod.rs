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
use lazy::Lazy;
use leptos::prelude::*;

/// The page of the current route.
#[component]
pub fn Pages(session: Session, route: RwSignal<Route>) -> impl IntoView {
    let form = session.form;
    let lang = form.lang;
    move || match route.get() {
        Route::Overview => view! { <overview::Overview form=form route=route/> }.into_any(),
        Route::Section(s) => {
            view! { <Lazy lang=lang page=Box::pin(lazy::form_view(form, route, s))/> }.into_any()
        }
        r @ (Route::Review | Route::Print | Route::Changes | Route::Questions) => {
            view! { <Lazy lang=lang page=Box::pin(lazy::document_view(form, route, r))/> }
                .into_any()
        }
        r @ (Route::Read | Route::Inbox | Route::Part) => {
            view! { <Lazy lang=lang page=Box::pin(lazy::reader_view(lang, route, r))/> }.into_any()
        }
        Route::Drafts => {
            view! { <Lazy lang=lang page=Box::pin(lazy::drafts_view(session, route))/> }.into_any()
        }
        Route::Glossary(term) => {
            view! { <Lazy lang=lang page=Box::pin(lazy::glossary_view(lang, term))/> }.into_any()
        }
    }
}
