//! Routing: where the user is ([`Route`], read from and written to the location hash), moving
//! there ([`go`], [`RouteLink`]) and the focus a new page takes ([`focus_heading`]).

use declaration::fields::Section;
use leptos::prelude::*;

/// Where the user is: the task list, one section's page, the review page, the reader or
/// the drafts list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Overview,
    Section(Section),
    Review,
    Read,
    Drafts,
    /// The change list (変更箇所) between an earlier version and the draft.
    Changes,
    /// The printable document (書面) of the draft.
    Print,
    /// 照会事項と回答: the reviewer's questions received for the draft, and the replies.
    Questions,
    /// 記入依頼: a part of the chain being filled in by its subcontractor.
    Part,
    /// 受付一覧: many received declaration files at once.
    Inbox,
    /// 用語集, at a term when one is named (`#/glossary/ismap`).
    Glossary(Option<&'static str>),
}

impl Route {
    /// The route of a location hash (`#/basic`, `#/review`, …); unknown hashes are the overview.
    pub fn from_hash(hash: &str) -> Route {
        let h = hash.trim_start_matches('#').trim_start_matches('/');
        if let Some(rest) = h.strip_prefix("glossary") {
            let term = rest
                .strip_prefix('/')
                .and_then(declaration::glossary::term_id);
            return Route::Glossary(term);
        }
        match h {
            "review" => Route::Review,
            "read" => Route::Read,
            "drafts" => Route::Drafts,
            "changes" => Route::Changes,
            "print" => Route::Print,
            "inbox" => Route::Inbox,
            "part" => Route::Part,
            _ if h == "questions" || h.starts_with("questions?") => Route::Questions,
            _ => Section::ALL
                .into_iter()
                .find(|s| s.key() == h)
                .map(Route::Section)
                .unwrap_or(Route::Overview),
        }
    }

    /// The location hash of this route.
    pub fn hash(self) -> String {
        match self {
            Route::Overview => "#/".into(),
            Route::Section(s) => format!("#/{}", s.key()),
            Route::Review => "#/review".into(),
            Route::Read => "#/read".into(),
            Route::Drafts => "#/drafts".into(),
            Route::Changes => "#/changes".into(),
            Route::Print => "#/print".into(),
            Route::Questions => "#/questions".into(),
            Route::Inbox => "#/inbox".into(),
            Route::Part => "#/part".into(),
            Route::Glossary(None) => "#/glossary".into(),
            Route::Glossary(Some(id)) => format!("#/glossary/{id}"),
        }
    }
}

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

/// Focuses the page's `h1` once it is rendered (after each change of page). A task, not a
/// microtask: a page loaded on first use ([`crate::pages::lazy::Lazy`]) is mounted by an
/// effect that runs after the page's own setup, which is where this is called. A page gone
/// before then (disposed: another route, a test's end) focuses nothing. The app's own
/// `<main id="main">`, and never away from a control of that page the user is already in:
/// the prerendered page of a first visit hands its focus to the app's page
/// (scripts/boot-page.js); after a change of page the old page's control is gone.
pub fn focus_heading() {
    let timer = set_timeout_with_handle(
        || {
            let doc = document();
            if doc.query_selector("#main :focus").ok().flatten().is_some() {
                return;
            }
            if let Some(h) = doc.query_selector("#main h1").ok().flatten() {
                use wasm_bindgen::JsCast;
                if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        },
        std::time::Duration::ZERO,
    );
    if let Ok(timer) = timer {
        on_cleanup(move || timer.clear());
    }
}

/// The current location hash.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}
