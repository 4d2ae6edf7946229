//! Several drafts kept in a key-value store (the browser's localStorage), as pure logic:
//! the app implements [`KeyValue`] over `Storage`; tests use [`MemoryStore`].
//!
//! | part | owns |
//! |---|---|
//! | `store` | [`KeyValue`], [`StoreError`] and its messages, [`MemoryStore`] |
//! | `record` | the JSON envelope of one stored record, written and read |
//! | `error` | [`LoadError`], [`SaveError`] and their messages |
//! | `listing` | what list and load give: [`Listing`], [`DraftSummary`], [`Unreadable`], [`Loaded`] |
//! | `name` | [`default_name`], names of copies, newest-first order |
//! | this file | the keys, [`Drafts`]: list, load, save, the draft last open |
//! | `ops` | rename, mark exported, duplicate, delete and restore, snapshots |
//!
//! ## Keys
//!
//! Every key starts with [`PREFIX`] (`cloud-decl/v1/`); other keys of the store are not
//! ours and are never read or touched. A draft is one record under
//! `cloud-decl/v1/draft/<id>` ([`key_of`]); its snapshots under
//! `cloud-decl/v1/snapshot/<id>/<n>` ([`snapshot_key`]); the id of the draft last open
//! under [`CURRENT_KEY`]. Ids are opaque, non-empty texts chosen by the app (the
//! declaration's UUID).
//!
//! ## Records and revisions
//!
//! A record (see `record`) holds the declaration as [`crate::io::to_json`] writes it, read
//! back through [`crate::io::import_str`]: older versions are migrated on load, unknown keys
//! kept in [`Loaded::extra`]. Its `revision` counts the saves of the declaration: [`Drafts::save`]
//! writes only over the revision it expects (another tab may have saved a newer one) and
//! writes the whole record in one `set`, so a refused or failed write leaves the stored
//! record as it was. The name and the last export ([`Drafts::rename`],
//! [`Drafts::mark_exported`]) are not revisions: changing them does not disturb a tab that
//! is editing the draft, and a save keeps them.
//!
//! A record that cannot be read is never removed or overwritten by this module: it is listed
//! in [`Listing::unreadable`] with its text, for the user to download; only an explicit
//! [`Drafts::delete`] removes it.
//!
//! Between tabs, checking a revision and writing are two calls; localStorage gives no lock,
//! so two tabs saving in the same instant can still race. The `storage` event (see
//! [`id_of_key`], [`revision_of`]) lets a tab notice the other's write right after.

mod error;
mod listing;
mod name;
mod ops;
mod record;
mod store;
#[cfg(test)]
mod tests;

use crate::words::Words;
use serde_json::Value;

use crate::model::Declaration;
use crate::{rules, Lang};

pub use error::{LoadError, SaveError};
pub use listing::{DraftSummary, Listing, Loaded, Unreadable};
pub use name::default_name;
pub use ops::{Removed, SnapshotSummary};
pub use record::STORE_VERSION;
pub use store::{KeyValue, MemoryStore, StoreError};

use name::newest_first;
use record::{Header, ReadError, Record};

/// The start of every key of ours.
pub const PREFIX: &str = "cloud-decl/v1/";
/// The start of the key of a draft's record.
pub const DRAFT_PREFIX: &str = "cloud-decl/v1/draft/";
/// The start of the key of a snapshot.
pub const SNAPSHOT_PREFIX: &str = "cloud-decl/v1/snapshot/";
/// The key holding the id of the draft last open, so a reload reopens it.
pub const CURRENT_KEY: &str = "cloud-decl/v1/current";
/// The key holding the language of the UI the user chose (`ja` / `en`), so a reload keeps it.
pub const LANG_KEY: &str = "cloud-decl/v1/lang";

/// The key of the draft `id`.
pub fn key_of(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

/// The id of the draft whose record `key` is, `None` for any other key (a snapshot's, the
/// current draft's, another app's).
pub fn id_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(DRAFT_PREFIX).filter(|id| !id.is_empty())
}

/// The key of snapshot `n` of the draft `id`.
pub fn snapshot_key(id: &str, n: u32) -> String {
    format!("{SNAPSHOT_PREFIX}{id}/{n}")
}

/// The draft id and number of a snapshot's key, `None` for any other key.
pub fn snapshot_of_key(key: &str) -> Option<(&str, u32)> {
    let (id, n) = key.strip_prefix(SNAPSHOT_PREFIX)?.rsplit_once('/')?;
    let number: u32 = n.parse().ok()?;
    (!id.is_empty() && number.to_string() == n).then_some((id, number))
}

/// The revision of a stored record's text (the `newValue` of a `storage` event), `None`
/// when it is not a readable record.
pub fn revision_of(raw: &str) -> Option<u64> {
    record::read_header(raw).ok().map(|(h, _)| h.revision)
}

/// The drafts of a [`KeyValue`] store.
#[derive(Debug, Clone, Default)]
pub struct Drafts<K: KeyValue> {
    store: K,
}

impl<K: KeyValue> Drafts<K> {
    pub fn new(store: K) -> Self {
        Drafts { store }
    }

    pub fn store(&self) -> &K {
        &self.store
    }

    pub fn store_mut(&mut self) -> &mut K {
        &mut self.store
    }

    pub fn into_inner(self) -> K {
        self.store
    }

    /// Every draft, newest save first, and the records that cannot be read, by key.
    pub fn list(&self) -> Result<Listing, StoreError> {
        let mut listing = Listing::default();
        for key in self.store.keys()? {
            let Some(id) = id_of_key(&key) else { continue };
            // Gone since `keys` (another tab deleted it): nothing to list.
            let Some(raw) = self.store.get(&key)? else {
                continue;
            };
            match record::read(&raw) {
                Ok(Record { header, imported }) => {
                    let d = &imported.declaration;
                    listing.drafts.push(DraftSummary {
                        id: id.to_string(),
                        custom_name: header.name,
                        default_name: Words::new(
                            default_name(d, Lang::Ja),
                            default_name(d, Lang::En),
                        ),
                        saved_at: header.saved_at,
                        revision: header.revision,
                        complete: rules::is_complete(d),
                        exported_at: header.exported_at,
                        exported_revision: header.exported_revision,
                    })
                }
                Err(e) => listing.unreadable.push(unreadable(key, raw, &e)),
            }
        }
        listing
            .drafts
            .sort_by(|a, b| newest_first(&a.saved_at, &b.saved_at).then_with(|| a.id.cmp(&b.id)));
        listing.unreadable.sort_by(|a, b| a.key.cmp(&b.key));
        Ok(listing)
    }

    /// The draft `id`.
    pub fn load(&self, id: &str) -> Result<Loaded, LoadError> {
        self.load_key(&key_of(id))
    }

    fn load_key(&self, key: &str) -> Result<Loaded, LoadError> {
        let raw = self.store.get(key)?.ok_or(LoadError::Missing)?;
        match record::read(&raw) {
            Ok(record) => Ok(Loaded::from_record(record)),
            Err(e) => {
                let Unreadable { raw, message, .. } = unreadable(key.to_string(), raw, &e);
                Err(LoadError::Corrupt { raw, message })
            }
        }
    }

    /// Saves `d` (with the unknown keys `extra`) as the draft `id`, over the stored
    /// `expected` revision (`None`: a new draft, refused if the id is taken). Returns the new
    /// revision. The stored declaration gets `updated_at = now` (and `created_at = now` when
    /// it has none); the record's name and last export are kept.
    ///
    /// Refused, with the stored record unchanged: [`SaveError::Conflict`] when the stored
    /// revision is not `expected`, [`SaveError::Missing`] when it was deleted,
    /// [`SaveError::Unreadable`] rather than overwrite a record that cannot be read,
    /// [`SaveError::TooLarge`], and a failed write ([`SaveError::Store`]).
    pub fn save(
        &mut self,
        id: &str,
        d: &Declaration,
        extra: &Value,
        expected: Option<u64>,
        now: &str,
    ) -> Result<u64, SaveError> {
        self.save_checked(id, d, extra, expected, now, readable)
            .map(|(revision, _)| revision)
    }

    /// [`Drafts::save`], with the test that the stored record it would write over can be
    /// read given (`readable`: [`Drafts::save`] reads it whole; a caller that knows the text
    /// it wrote last may compare with it instead). Returns the new revision and the text
    /// written.
    pub fn save_checked(
        &mut self,
        id: &str,
        d: &Declaration,
        extra: &Value,
        expected: Option<u64>,
        now: &str,
        readable: impl FnOnce(&str) -> bool,
    ) -> Result<(u64, String), SaveError> {
        let key = key_of(id);
        let mut header = match (self.store.get(&key)?, expected) {
            (None, None) => Header::default(),
            (None, Some(_)) => return Err(SaveError::Missing),
            (Some(raw), expected) => {
                let old = stored_header(&raw, readable)?;
                if expected != Some(old.revision) {
                    return Err(SaveError::Conflict {
                        stored_revision: old.revision,
                        saved_at: old.saved_at,
                    });
                }
                old
            }
        };
        header.revision += 1;
        header.saved_at = now.to_string();
        let mut d = d.clone();
        // Stored as spec §3 says: phone numbers, postal codes, countries and dates normalised.
        crate::normalize::normalize(&mut d);
        d.updated_at = Some(now.to_string());
        d.created_at.get_or_insert_with(|| now.to_string());
        let text = record::write(&header, &d, extra)?;
        self.store.set(&key, &text)?;
        Ok((header.revision, text))
    }

    /// The id of the draft last open, if one was noted.
    pub fn current(&self) -> Result<Option<String>, StoreError> {
        Ok(self.store.get(CURRENT_KEY)?.filter(|id| !id.is_empty()))
    }

    /// Notes `id` as the draft open now.
    pub fn set_current(&mut self, id: &str) -> Result<(), StoreError> {
        self.store.set(CURRENT_KEY, id)
    }

    /// Forgets the draft open.
    pub fn clear_current(&mut self) -> Result<(), StoreError> {
        self.store.remove(CURRENT_KEY)
    }
}

/// Whether a stored record reads whole, declaration included (through the importer): one
/// that does not is never written over.
pub fn readable(raw: &str) -> bool {
    record::read(raw).is_ok()
}

/// The header of a stored record about to be written over, when `readable` says it can be
/// read.
fn stored_header(raw: &str, readable: impl FnOnce(&str) -> bool) -> Result<Header, SaveError> {
    if !readable(raw) {
        return Err(SaveError::Unreadable);
    }
    record::read_header(raw)
        .map(|(header, _)| header)
        .map_err(|_| SaveError::Unreadable)
}

fn unreadable(key: String, raw: String, e: &ReadError) -> Unreadable {
    Unreadable {
        key,
        raw,
        message: e.words(),
    }
}
