//! The pages of the app: the task list, one page per section, the review page and the
//! reader for received files. Each page is a small component over the shared [`Form`].

pub mod overview;
pub mod read;
pub mod section;
pub mod sections;

use crate::form::{Form, Route};
use leptos::prelude::*;

/// Moves to `route`: the hash changes (so Back works) and the page heading takes focus.
pub fn go(route: RwSignal<Route>, to: Route) {
    route.set(to);
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&to.hash());
        w.scroll_to_with_x_and_y(0.0, 0.0);
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
pub fn Pages(form: Form, route: RwSignal<Route>) -> impl IntoView {
    move || match route.get() {
        Route::Overview => view! { <overview::Overview form=form route=route/> }.into_any(),
        Route::Section(s) => {
            view! { <section::SectionPage form=form route=route section=s/> }.into_any()
        }
        Route::Review => view! { <sections::review::Review form=form route=route/> }.into_any(),
        Route::Read => view! { <read::Read lang=form.lang/> }.into_any(),
    }
}
