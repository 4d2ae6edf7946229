//! Writing the draft out: the record stored in this browser, and the exported file
//! (normalised, with its integrity hash). Writing is the serialiser of the whole
//! declaration, the normalisation of spec §3 and SHA-256: a first visit, which has typed nothing yet, never runs it. So the session reaches it only
//! through a [`Writer`] of plain functions. In the release build (`--cfg split`) they come
//! from a split point of their own, and every page that can change the draft makes them
//! when its chunk opens ([`install`]: its chunk holds the serialiser anyway), so a change
//! always finds the writer here; in every other build it is there from the start.
//!
//! The rule for callers: code in the main module (the session's saves, the save bar's
//! export) goes through [`get`] or [`with`]; [`with`] fetches the chunk when no page brought
//! it (and says so, `Err`, when it cannot be fetched).

use super::local::LocalStore;
use declaration::drafts::{Drafts, SaveError};
use declaration::fields::Section;
use declaration::Declaration;
use serde_json::Value;

/// A draft's export file, as [`crate::draft::export_text`] makes it.
pub struct Exported {
    pub name: String,
    pub text: String,
    /// The sections left out (spec §7).
    pub left_out: Vec<Section>,
    /// The file's integrity hash (`integrity.sha256`).
    pub sha256: Option<String>,
}

/// Stores a draft over the revision this tab knows ([`Drafts::save_checked`]): the store,
/// the draft's id, the draft, its unknown keys, the revision expected, the time now, and
/// whether a stored record reads whole.
pub type Save = fn(
    &mut Drafts<LocalStore>,
    &str,
    &Declaration,
    &Value,
    Option<u64>,
    &str,
    &dyn Fn(&str) -> bool,
) -> Result<(u64, String), SaveError>;

/// What writing the draft out takes, as plain functions (the code behind them is in the
/// writer's chunk in the release build).
pub struct Writer {
    pub save: Save,
    /// The draft as JSON, to tell whether it is still what was exported.
    pub json: fn(&Declaration) -> String,
    /// The export file of a draft with its unknown keys.
    pub export: fn(&Declaration, &Value) -> Exported,
}

/// The writer's functions (called only from the split point and the pages' chunks in the
/// release build, so that all they reach stays out of the main module).
fn make() -> Writer {
    Writer {
        save: |store, id, d, extra, expected, now, readable| {
            store.save_checked(id, d, extra, expected, now, |raw| readable(raw))
        },
        json: |d| serde_json::to_string(d).unwrap_or_default(),
        export: |d, extra| {
            let (name, text, left_out) = crate::draft::export_text(d, extra);
            let sha256 = serde_json::from_str::<Value>(&text)
                .ok()
                .and_then(|v| v["integrity"]["sha256"].as_str().map(str::to_string));
            Exported {
                name,
                text,
                left_out,
                sha256,
            }
        },
    }
}

pub use crate::chunked::NotLoaded;

crate::chunked::fn_table!(draft_writer, split_writer, Writer, make);

/// Runs `f` with the writer: at once when it is here, else once its chunk came, or with
/// `Err` when the chunk cannot be fetched.
pub fn with(f: impl FnOnce(Result<&'static Writer, NotLoaded>) + 'static) {
    match get() {
        Some(w) => f(Ok(w)),
        None => leptos::task::spawn_local(async move { f(load().await) }),
    }
}
