//! The pages of the app: the task list, the page of one step of the form (`step`: heading,
//! step counter, error summary, continue; the questions of each section are in `sections`),
//! the review page, the drafts
//! list, the printable document, the change list and the reader for received files. Each
//! page is a small component over the shared [`Form`](crate::form::Form) (or the draft [`Session`] holding it).

pub mod changes;
pub mod drafts;
pub mod glossary;
pub mod inbox;
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
use leptos::prelude::*;

/// The page of the current route.
#[component]
pub fn Pages(session: Session, route: RwSignal<Route>) -> impl IntoView {
    let form = session.form;
    move || match route.get() {
        Route::Overview => view! { <overview::Overview form=form route=route/> }.into_any(),
        Route::Section(s) => {
            view! { <step::SectionPage form=form route=route section=s/> }.into_any()
        }
        Route::Review => view! { <review::Review form=form route=route/> }.into_any(),
        Route::Read => view! { <read::Read lang=form.lang/> }.into_any(),
        Route::Print => view! { <print::Print form=form route=route/> }.into_any(),
        Route::Changes => view! { <changes::Changes form=form/> }.into_any(),
        Route::Questions => view! { <questions::Questions form=form route=route/> }.into_any(),
        Route::Part => view! { <part::PartPage lang=form.lang/> }.into_any(),
        Route::Inbox => view! { <inbox::Inbox lang=form.lang route=route/> }.into_any(),
        Route::Drafts => view! { <drafts::Drafts session=session route=route/> }.into_any(),
        Route::Glossary(term) => {
            view! { <glossary::Glossary lang=form.lang term=term/> }.into_any()
        }
    }
}
