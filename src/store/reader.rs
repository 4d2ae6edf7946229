//! Reading stored records back: the drafts, the snapshot of an exported file, the review
//! received and the parts of the chain. Reading is the importer's work (migration, and
//! errors that name the answer at fault, `serde_path_to_error`): about a fifth of the app's
//! code, which a first visit, with nothing stored yet, never runs. So it is reached only
//! through a [`Reader`] of plain functions. In the release build (`--cfg split`) they come
//! from a split point of their own, a chunk fetched at start when this browser holds
//! records, and later only when something stored must be read; in every other build the
//! reader is there from the start.
//!
//! The rule for callers: code in the main module (the session's start and saves, the
//! `storage` events of other tabs, the save bar's export, the review and part states) goes
//! through [`get`] or [`with`]; a page loaded on first use that opens a draft it has just
//! stored calls [`install`] first (its chunk holds the importer anyway). A save over a stored record reads that record whole first (one that cannot
//! be read is never written over); until the reader is here, only a record this tab wrote
//! itself, text for text, is written over.

use super::local::LocalStore;
use super::part_state::PartState;
use declaration::drafts::{Drafts, Listing, LoadError, Loaded, SaveError, StoreError};
use declaration::part::{KeptParts, SentParts};
use declaration::review::{ImportedReview, ReviewStoreError, Reviews};
use std::collections::HashMap;

/// The ids of the entries with a request out, and the paths of those whose answers wait
/// for a part ([`Reader::awaiting`]).
pub type Awaiting = (Vec<String>, Vec<String>);

/// What reading stored records takes, as plain functions (the code behind them is in the
/// reader's chunk in the release build).
pub struct Reader {
    /// Every draft, and the records that cannot be read ([`Drafts::list`]).
    pub list: fn(&Drafts<LocalStore>) -> Result<Listing, StoreError>,
    /// One draft ([`Drafts::load`]).
    pub load: fn(&Drafts<LocalStore>, &str) -> Result<Loaded, LoadError>,
    /// Whether a stored record reads whole (the test before a save writes over it:
    /// [`declaration::drafts::readable`]).
    pub readable: fn(&str) -> bool,
    /// Notes the export of a draft's revision ([`Drafts::mark_exported`]).
    pub mark_exported: fn(&mut Drafts<LocalStore>, &str, &str, u64) -> Result<(), SaveError>,
    /// Keeps an exported file as a snapshot ([`Drafts::snapshot_exported`]).
    pub snapshot_exported: fn(&mut Drafts<LocalStore>, &str, &str, &str) -> Result<u32, SaveError>,
    /// The review received for a declaration ([`Reviews::load`]).
    pub review: fn(&Reviews<LocalStore>, &str) -> Result<Option<ImportedReview>, ReviewStoreError>,
    /// Where the requests of a declaration's parts stand, by entry.
    pub part_states: fn(&str) -> HashMap<String, PartState>,
    /// The entries of `d` with a request out (their ids), and those whose answers wait for
    /// a part (their paths, [`declaration::part::awaited_paths`]).
    pub awaiting: fn(&declaration::Declaration, &HashMap<String, PartState>) -> Awaiting,
}

/// The reader's functions (called only from the split point in the release build, so that
/// all they reach goes into its chunk).
fn make() -> Reader {
    Reader {
        list: |d| d.list(),
        load: |d, id| d.load(id),
        readable: declaration::drafts::readable,
        mark_exported: |d, id, now, revision| d.mark_exported(id, now, revision),
        snapshot_exported: |d, id, text, now| d.snapshot_exported(id, text, now),
        review: |r, id| r.load(id),
        part_states: read_states,
        awaiting,
    }
}

/// [`Reader::awaiting`].
fn awaiting(d: &declaration::Declaration, states: &HashMap<String, PartState>) -> Awaiting {
    // Sent and not back, or back and not merged yet: either way its answers are in a file,
    // not yet the requester's to give.
    let out = |id: &str| states.contains_key(id);
    let ids = d
        .subcontractors
        .iter()
        .filter(|s| out(&s.id))
        .map(|s| s.id.clone())
        .collect();
    (
        ids,
        declaration::part::awaited_paths(&d.subcontractors, out),
    )
}

pub use crate::chunked::NotLoaded;

crate::chunked::fn_table!(stored_reader, split_reader, Reader, make);

/// Runs `f` with the reader: at once when it is here, else once its chunk came. Not at all
/// when this browser holds nothing to read (a first visit: the chunk is not fetched for
/// nothing), or when the chunk cannot be fetched (then nothing stored is read, and nothing
/// is written over).
pub fn with(f: impl FnOnce(&'static Reader) + 'static) {
    match get() {
        Some(r) => f(r),
        None if !needed_at_start() => {}
        None => leptos::task::spawn_local(async move {
            if let Ok(r) = load().await {
                f(r);
            }
        }),
    }
}

/// Whether this browser holds records of this app that only the reader can read (a draft,
/// a snapshot, a review, a part): a first visit holds none, only perhaps the language.
pub fn needed_at_start() -> bool {
    use declaration::drafts::{KeyValue, CURRENT_KEY, LANG_KEY, PREFIX};
    LocalStore::open()
        .and_then(|s| s.keys())
        .map(|keys| {
            keys.iter()
                .any(|k| k.starts_with(PREFIX) && k != CURRENT_KEY && k != LANG_KEY)
        })
        .unwrap_or(false)
}

/// Where the requests of the declaration `id`'s parts stand, by entry, as stored in this
/// browser ([`Reader::part_states`]).
fn read_states(id: &str) -> HashMap<String, PartState> {
    let mut out = HashMap::new();
    let Ok(store) = LocalStore::open() else {
        return out;
    };
    for sent in SentParts::new(store).of(id).unwrap_or_default() {
        if sent.merged_at.is_none() {
            let date = sent
                .part
                .created_at
                .as_deref()
                .and_then(|t| t.get(..10))
                .unwrap_or("")
                .to_string();
            out.entry(sent.part.root.clone())
                .or_insert(PartState::Requested { sent: date });
        }
    }
    if let Ok(store) = LocalStore::open() {
        for back in KeptParts::returned(store).list().unwrap_or_default() {
            if back.part.declaration.id == id {
                out.insert(back.part.root.clone(), PartState::Returned);
            }
        }
    }
    out
}
