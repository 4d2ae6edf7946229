//! The element id of every answer, entry, group and section of the document
//! ([`answer_id`]), and moving focus to one ([`focus_answer`]): the reader's links from the
//! verdict and the review questions use these.

use crate::form::control_id;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element id of the answer at `path` in the document: `basic.municipality` →
/// `a-f-basic-municipality`. Groups, entries and sections have one too (`a-f-measures`,
/// `a-f-subcontractors-0`, `a-f-cloud`).
pub fn answer_id(path: &str) -> String {
    format!("a-{}", control_id(path))
}

/// The paths from `path` up to its section: `cloud.data_location.regions[2].country` →
/// that, `cloud.data_location.regions[2]`, `cloud.data_location.regions`,
/// `cloud.data_location`, `cloud`.
pub fn lineage(path: &str) -> Vec<String> {
    let mut out = vec![path.to_string()];
    let mut rest = path;
    while let Some(cut) = rest.rfind(['.', '[']) {
        rest = &rest[..cut];
        out.push(rest.to_string());
    }
    out
}

/// Moves focus to the answer at `path` in the document, or, when the document does not show
/// it (a question not asked, a section left out), to the nearest entry, group or section
/// that it shows. Returns whether anything took focus.
pub fn focus_answer(path: &str) -> bool {
    let doc = document();
    for p in lineage(path) {
        let found = doc
            .get_element_by_id(&answer_id(&p))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = found {
            el.scroll_into_view();
            let _ = el.focus();
            return true;
        }
    }
    false
}

/// Moves focus to the element with id `id` on this page (a heading, a table, a panel),
/// scrolled into view: what an in-page link does, without changing the route (the hash is
/// the app's route). Returns whether it was there.
pub fn focus_id(id: &str) -> bool {
    let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    if !el.has_attribute("tabindex") {
        el.set_tab_index(-1);
    }
    el.scroll_into_view();
    let _ = el.focus();
    true
}
