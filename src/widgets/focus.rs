//! Moving focus after the page has rendered again: to the first of some ids that exists
//! ([`focus_later`]), after an entry was added, moved or removed, or a question answered.

use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// Once the page has rendered, focuses the first of `ids` that exists.
pub fn focus_later(ids: Vec<String>) {
    set_timeout(
        move || {
            let doc = document();
            if let Some(el) = ids
                .iter()
                .find_map(|id| doc.get_element_by_id(id))
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        },
        Duration::ZERO,
    );
}
