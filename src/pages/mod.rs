//! The pages of the app: the task list, one page per section, the review page, the drafts
//! list, the printable document, the change list and the reader for received files. Each
//! page is a small component over the shared [`Form`](crate::form::Form) (or the draft [`Session`] holding it).

pub mod changes;
pub mod drafts;
pub mod overview;
pub mod print;
pub mod read;
pub mod section;
pub mod sections;

use crate::form::Route;
use crate::store::Session;
use leptos::prelude::*;

/// Moves to `route`: the hash changes (so Back works) and the page heading takes focus.
pub fn go(route: RwSignal<Route>, to: Route) {
    route.set(to);
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&to.hash());
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// A link to another page of the app: a real `href` (it reads and opens as a link) that
/// moves by [`go`] on a plain click.
#[component]
pub fn RouteLink(
    route: RwSignal<Route>,
    to: Route,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <a class=class href=to.hash() on:click=move |ev| { ev.prevent_default(); go(route, to); }>
            {children()}
        </a>
    }
}

/// Focuses the page's `h1` once it is rendered (after each change of page).
pub fn focus_heading() {
    leptos::task::spawn_local(async {
        if let Some(h) = document().query_selector("main h1").ok().flatten() {
            use wasm_bindgen::JsCast;
            if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
    });
}

/// The page of the current route.
#[component]
pub fn Pages(session: Session, route: RwSignal<Route>) -> impl IntoView {
    let form = session.form;
    move || match route.get() {
        Route::Overview => view! { <overview::Overview form=form route=route/> }.into_any(),
        Route::Section(s) => {
            view! { <section::SectionPage form=form route=route section=s/> }.into_any()
        }
        Route::Review => view! { <sections::review::Review form=form route=route/> }.into_any(),
        Route::Read => view! { <read::Read lang=form.lang/> }.into_any(),
        Route::Print => view! { <print::Print form=form route=route/> }.into_any(),
        Route::Changes => view! { <changes::Changes form=form/> }.into_any(),
        Route::Drafts => view! { <drafts::Drafts session=session route=route/> }.into_any(),
    }
}
