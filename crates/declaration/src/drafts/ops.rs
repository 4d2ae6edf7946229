//! What the draft list does to whole drafts: rename, note an export, duplicate, delete with
//! undo ([`Removed`]), and snapshots of a draft ([`SnapshotSummary`]) to compare against.
//! Each write is one `set` of a whole record, and nothing unreadable is overwritten.

use super::name::{copy_name, custom_name};
use super::record::{self, Header, Record};
use super::{
    key_of, snapshot_key, snapshot_of_key, stored_header, Drafts, KeyValue, LoadError, Loaded,
    SaveError, StoreError,
};
use crate::io;
use crate::Lang;

/// What [`Drafts::delete`] removed, to put back with [`Drafts::restore`] (undo).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    pub id: String,
    /// The draft's stored text, as it was.
    pub draft: String,
    /// Its snapshots' numbers and stored texts.
    pub snapshots: Vec<(u32, String)>,
}

/// One snapshot of a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotSummary {
    /// Its number, from 1, for [`Drafts::load_snapshot`].
    pub n: u32,
    pub key: String,
    /// When the snapshot was taken.
    pub taken_at: String,
    /// The revision of the draft it copies, and when that was saved.
    pub revision: u64,
    pub saved_at: String,
}

impl<K: KeyValue> Drafts<K> {
    /// The record of `id`, read whole to be written again.
    fn for_update(&self, key: &str) -> Result<Record, SaveError> {
        let raw = self.store.get(key)?.ok_or(SaveError::Missing)?;
        record::read(&raw).map_err(|_| SaveError::Unreadable)
    }

    /// Writes `record` under `key` in one `set`.
    fn rewrite(&mut self, key: &str, record: &Record) -> Result<(), SaveError> {
        let d = &record.imported;
        let text = record::write(&record.header, &d.declaration, &d.extra)?;
        Ok(self.store.set(key, &text)?)
    }

    /// Refuses to create `key` when something is stored there.
    fn vacant(&self, key: &str) -> Result<(), SaveError> {
        match self.store.get(key)? {
            None => Ok(()),
            Some(raw) => {
                let h = stored_header(&raw, super::readable)?;
                Err(SaveError::Conflict {
                    stored_revision: h.revision,
                    saved_at: h.saved_at,
                })
            }
        }
    }

    /// Gives the draft a custom name; a blank `name` goes back to [`super::default_name`].
    /// Not a new revision: a tab editing the draft saves on undisturbed, keeping the name.
    pub fn rename(&mut self, id: &str, name: &str) -> Result<(), SaveError> {
        let key = key_of(id);
        let mut record = self.for_update(&key)?;
        record.header.name = custom_name(name);
        self.rewrite(&key, &record)
    }

    /// Notes that revision `revision` of the draft was exported to a file at `now`. Not a
    /// new revision (see [`Drafts::rename`]).
    pub fn mark_exported(&mut self, id: &str, now: &str, revision: u64) -> Result<(), SaveError> {
        let key = key_of(id);
        let mut record = self.for_update(&key)?;
        record.header.exported_at = Some(now.to_string());
        record.header.exported_revision = Some(revision);
        self.rewrite(&key, &record)
    }

    /// Copies the draft `id` as a new draft `new_id` named 「○○のコピー」 / "Copy of ○○"
    /// (in `lang`): revision 1, the declaration's `id` set to `new_id`, created and updated
    /// `now`, never exported (its `exported_at` and `integrity` dropped). Snapshots are not
    /// copied. Returns the new draft's revision.
    pub fn duplicate(
        &mut self,
        id: &str,
        new_id: &str,
        now: &str,
        lang: Lang,
    ) -> Result<u64, SaveError> {
        let source = self.for_update(&key_of(id))?;
        let new_key = key_of(new_id);
        self.vacant(&new_key)?;
        let name = source
            .header
            .name
            .clone()
            .unwrap_or_else(|| super::default_name(&source.imported.declaration, lang));
        let mut copy = source;
        copy.header = Header {
            revision: 1,
            saved_at: now.to_string(),
            name: Some(copy_name(&name, lang)),
            ..Header::default()
        };
        let d = &mut copy.imported.declaration;
        d.id = Some(new_id.to_string());
        d.created_at = Some(now.to_string());
        d.updated_at = Some(now.to_string());
        d.exported_at = None;
        d.integrity = None;
        self.rewrite(&new_key, &copy)?;
        Ok(1)
    }

    /// Deletes the draft `id` and its snapshots (readable or not: the user chose to), and
    /// forgets it as the current draft. Returns what was removed, for an undo; `None` when
    /// there was no such draft (stray snapshots of it are removed all the same). Snapshots go
    /// first, so a refused removal leaves the draft in place.
    pub fn delete(&mut self, id: &str) -> Result<Option<Removed>, StoreError> {
        let key = key_of(id);
        let draft = self.store.get(&key)?;
        let mut snapshots = Vec::new();
        for n in self.snapshot_numbers(id)? {
            if let Some(raw) = self.store.get(&snapshot_key(id, n))? {
                snapshots.push((n, raw));
            }
        }
        for (n, _) in &snapshots {
            self.store.remove(&snapshot_key(id, *n))?;
        }
        let Some(draft) = draft else { return Ok(None) };
        self.store.remove(&key)?;
        if self.current()?.as_deref() == Some(id) {
            self.clear_current()?;
        }
        Ok(Some(Removed {
            id: id.to_string(),
            draft,
            snapshots,
        }))
    }

    /// Puts back what [`Drafts::delete`] removed: the draft as it was (even if unreadable),
    /// then its snapshots. Refused when a draft was saved under the id since; a snapshot
    /// number taken since is left as it is. When a snapshot cannot be written (the store is
    /// full), the draft is back and the error says what stopped the rest.
    pub fn restore(&mut self, removed: &Removed) -> Result<(), SaveError> {
        let key = key_of(&removed.id);
        self.vacant(&key)?;
        self.store.set(&key, &removed.draft)?;
        for (n, raw) in &removed.snapshots {
            let snapshot = snapshot_key(&removed.id, *n);
            if self.store.get(&snapshot)?.is_none() {
                self.store.set(&snapshot, raw)?;
            }
        }
        Ok(())
    }

    /// Stores a copy of the draft `id` as it is now, to compare against later. Returns its
    /// number (one more than the highest so far).
    pub fn snapshot(&mut self, id: &str, now: &str) -> Result<u32, SaveError> {
        let mut record = self.for_update(&key_of(id))?;
        let n = self.snapshot_numbers(id)?.into_iter().max().unwrap_or(0) + 1;
        record.header.taken_at = Some(now.to_string());
        self.rewrite(&snapshot_key(id, n), &record)?;
        Ok(n)
    }

    /// Stores the file just exported from the draft `id` (`text`, as written) as a snapshot,
    /// so the version handed in is kept to compare with when the reviewer's questions come
    /// back. Nothing is written when the newest snapshot already holds the same version.
    /// Returns the snapshot's number.
    pub fn snapshot_exported(&mut self, id: &str, text: &str, now: &str) -> Result<u32, SaveError> {
        let imported = io::import_str(text).map_err(|_| SaveError::Unreadable)?;
        let hash = io::hash_of(&imported.declaration, &imported.extra);
        if let Some((n, _)) = self.snapshot_with_hash(id, &hash)? {
            if Some(n) == self.snapshot_numbers(id)?.into_iter().max() {
                return Ok(n);
            }
        }
        let mut record = self.for_update(&key_of(id))?;
        let n = self.snapshot_numbers(id)?.into_iter().max().unwrap_or(0) + 1;
        record.header.taken_at = Some(now.to_string());
        record.imported = imported;
        self.rewrite(&snapshot_key(id, n), &record)?;
        Ok(n)
    }

    /// The newest snapshot of the draft `id` whose declaration has the canonical hash
    /// `sha256` (the version a review was written on), with its number.
    pub fn snapshot_with_hash(
        &self,
        id: &str,
        sha256: &str,
    ) -> Result<Option<(u32, Loaded)>, StoreError> {
        let mut numbers = self.snapshot_numbers(id)?;
        numbers.sort_unstable_by(|a, b| b.cmp(a));
        for n in numbers {
            if let Ok(loaded) = self.load_snapshot(id, n) {
                if io::hash_of(&loaded.declaration, &loaded.extra)
                    .eq_ignore_ascii_case(sha256.trim())
                {
                    return Ok(Some((n, loaded)));
                }
            }
        }
        Ok(None)
    }

    /// The snapshots of the draft `id`, newest first. One that cannot be read is left out
    /// here (and kept in the store; [`Drafts::load_snapshot`] reports it).
    pub fn snapshots(&self, id: &str) -> Result<Vec<SnapshotSummary>, StoreError> {
        let mut out = Vec::new();
        for n in self.snapshot_numbers(id)? {
            let key = snapshot_key(id, n);
            let Some(raw) = self.store.get(&key)? else {
                continue;
            };
            if let Ok((header, _)) = record::read_header(&raw) {
                out.push(SnapshotSummary {
                    n,
                    key,
                    taken_at: header.taken_at.unwrap_or_else(|| header.saved_at.clone()),
                    revision: header.revision,
                    saved_at: header.saved_at,
                });
            }
        }
        out.sort_by_key(|s| std::cmp::Reverse(s.n));
        Ok(out)
    }

    /// Snapshot `n` of the draft `id`, read as a draft is.
    pub fn load_snapshot(&self, id: &str, n: u32) -> Result<Loaded, LoadError> {
        self.load_key(&snapshot_key(id, n))
    }

    /// Removes snapshot `n` of the draft `id`.
    pub fn delete_snapshot(&mut self, id: &str, n: u32) -> Result<(), StoreError> {
        self.store.remove(&snapshot_key(id, n))
    }

    /// The numbers of the stored snapshots of `id`, in no particular order.
    fn snapshot_numbers(&self, id: &str) -> Result<Vec<u32>, StoreError> {
        Ok(self
            .store
            .keys()?
            .iter()
            .filter_map(|key| snapshot_of_key(key))
            .filter(|(of, _)| *of == id)
            .map(|(_, n)| n)
            .collect())
    }
}
