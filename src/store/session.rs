//! The draft session: which stored draft the form is editing, the revision it was loaded
//! at, and every way of saving it. Saving goes through the core's [`Drafts`], which refuses
//! to write over a newer revision (another tab saved) and replaces a record only by one
//! successful write, so a failure never loses the stored copy. What went wrong is kept in
//! signals the alerts read ([`Trouble`], the unreadable records) in both languages.

use super::local::LocalStore;
use crate::form::Form;
use declaration::drafts::{Drafts, LoadError, SaveError, StoreError, Unreadable};
use declaration::words::Words;
use declaration::Declaration;
use leptos::prelude::*;
use std::collections::HashSet;

/// The drafts in localStorage, or why they cannot be reached.
pub fn drafts() -> Result<Drafts<LocalStore>, StoreError> {
    LocalStore::open().map(Drafts::new)
}

/// The last outcome of autosave, for the `role="status"` line.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    /// Nothing to say yet (a new draft nobody typed in).
    Quiet,
    /// Changed since the last save, which comes after the autosave delay.
    Pending,
    /// Saved, at this local time (`14:02:31`).
    Saved(String),
    /// Not saved, and why.
    Failed(Words),
    /// Another tab saved this draft and, nothing here being unsaved, this tab loaded it.
    Followed(String),
}

/// Something about saving the user must act on; shown as an alert.
#[derive(Debug, Clone, PartialEq)]
pub enum Trouble {
    /// The browser refused a write (full, or storage switched off).
    Refused(StoreError),
    /// Our save was refused: another tab saved a newer version of this draft.
    Conflict,
    /// Another tab saved this draft; ours is not the newest any more.
    ChangedElsewhere,
    /// Another tab deleted this draft.
    DeletedElsewhere,
}

/// The signals of the draft session; `Copy`, passed to the components that need it.
#[derive(Clone, Copy)]
pub struct Session {
    pub form: Form,
    /// The id of the stored draft being edited (the declaration's id).
    pub id: RwSignal<String>,
    /// The stored revision this tab last loaded or wrote; `None` until first saved.
    pub revision: RwSignal<Option<u64>>,
    pub status: RwSignal<SaveStatus>,
    /// Why storage cannot be used at all, when it cannot.
    pub unavailable: RwSignal<Option<StoreError>>,
    /// Stored records that could not be read; kept, and offered as downloads.
    pub unreadable: RwSignal<Vec<Unreadable>>,
    pub trouble: RwSignal<Option<Trouble>>,
    /// When this draft was last exported to a file.
    pub exported_at: RwSignal<Option<String>>,
    /// The integrity hash of the file last exported in this session, and the draft as it was
    /// then: while the draft is unchanged, the printed document carries the same hash.
    pub last_export: RwSignal<Option<(String, String)>>,
    /// The name the user gave this draft, if any (else it is named from its answers).
    pub custom_name: RwSignal<Option<String>>,
    /// Whether the browser granted persistent storage (`None` until it answered).
    pub persisted: RwSignal<Option<bool>>,
    /// The draft as last saved or loaded: a change is a difference from it (compared as a
    /// value, which stops at the first difference, not as JSON written out on every key).
    saved: RwSignal<Declaration>,
    /// Bumped by every change; a scheduled save only runs if it is still the latest.
    generation: RwSignal<u64>,
    /// The text this tab last wrote, which it may write over before the reader is here.
    written: StoredValue<Option<String>>,
}

/// The draft `d` with the integrity hash of the file last exported, when `d` is still what
/// was exported then (so the printed document and the file can be matched).
pub fn with_export_hash(d: &Declaration, last: Option<&(String, String)>) -> Declaration {
    let mut d = d.clone();
    if let Some((hash, then)) = last {
        if json_of(&d) == *then {
            d.integrity = Some(declaration::model::Integrity {
                sha256: hash.clone(),
            });
        }
    }
    d
}

/// The draft as JSON, for telling whether it changed since it was saved.
fn json_of(d: &Declaration) -> String {
    serde_json::to_string(d).unwrap_or_default()
}

/// The local time now, `14:02:31`.
fn clock() -> String {
    clock_of(&js_sys::Date::new_0())
}

/// The local time of an RFC 3339 time, `14:02:31` (the text as it is if it is not one).
fn clock_at(rfc3339: &str) -> String {
    let t = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
    if t.get_time().is_nan() {
        rfc3339.to_string()
    } else {
        clock_of(&t)
    }
}

/// The local time of `now`, `14:02:31`.
fn clock_of(now: &js_sys::Date) -> String {
    format!(
        "{:02}:{:02}:{:02}",
        now.get_hours(),
        now.get_minutes(),
        now.get_seconds()
    )
}

impl Session {
    /// Opens the session: the draft last open in this browser if it can be read, else a
    /// new one. Unreadable records and a refused storage are reported, never removed.
    pub fn start(form: Form) -> Session {
        let d = form.draft.get_untracked();
        let s = Session {
            form,
            id: RwSignal::new(d.id.clone().unwrap_or_default()),
            revision: RwSignal::new(None),
            status: RwSignal::new(SaveStatus::Quiet),
            unavailable: RwSignal::new(None),
            unreadable: RwSignal::new(Vec::new()),
            trouble: RwSignal::new(None),
            exported_at: RwSignal::new(None),
            last_export: RwSignal::new(None),
            custom_name: RwSignal::new(None),
            persisted: RwSignal::new(None),
            saved: RwSignal::new(d.clone()),
            generation: RwSignal::new(0),
            written: StoredValue::new(None),
        };
        match drafts() {
            Err(e) => {
                s.status.set(SaveStatus::Failed(Words::new(
                    "このブラウザでは下書きを保存できません（上の説明をご覧ください）",
                    "this browser cannot keep drafts (see the message above)",
                )));
                s.unavailable.set(Some(e));
            }
            // Without the reader nothing is stored yet (the app fetches it first otherwise).
            Ok(store) => {
                if let Some(reader) = super::reader::get() {
                    if let Ok(listing) = (reader.list)(&store) {
                        s.unreadable.set(listing.unreadable);
                    }
                    if let Ok(Some(id)) = store.current() {
                        s.load(&id);
                    }
                }
            }
        }
        s
    }

    /// Whether the draft differs from what was last saved or loaded.
    pub fn dirty(&self) -> bool {
        self.form
            .draft
            .with_untracked(|now| self.saved.with_untracked(|s| s != now))
    }

    /// Loads the stored draft `id` into the form. A record that cannot be read is kept and
    /// reported; the form then keeps what it had. False, and nothing changed, without the
    /// reader (see [`super::reader`]: the pages that open drafts wait for it).
    pub fn load(&self, id: &str) -> bool {
        let Some(reader) = super::reader::get() else {
            return false;
        };
        let Ok(store) = drafts() else { return false };
        match (reader.load)(&store, id) {
            Ok(loaded) => {
                self.saved.set(loaded.declaration.clone());
                self.id.set(id.to_string());
                self.revision.set(Some(loaded.revision));
                self.form.extra.set(loaded.extra);
                self.exported_at.set(loaded.exported_at);
                self.custom_name.set(loaded.name);
                self.form.draft.set(loaded.declaration);
                self.form.touched.set(HashSet::new());
                self.form.checked.set(HashSet::new());
                self.status
                    .set(SaveStatus::Saved(clock_at(&loaded.saved_at)));
                self.trouble.set(None);
                let mut store = store;
                let _ = store.set_current(id);
                true
            }
            Err(LoadError::Corrupt { raw, message }) => {
                let key = declaration::drafts::key_of(id);
                self.unreadable.update(|u| {
                    if !u.iter().any(|x| x.key == key) {
                        u.push(Unreadable { key, raw, message });
                    }
                });
                false
            }
            Err(_) => false,
        }
    }

    /// Starts a new, empty draft (stored once something is typed).
    pub fn start_new(&self) {
        self.flush();
        if let Ok(mut store) = drafts() {
            // A reload before anything is typed opens a new draft too, not the old one.
            let _ = store.clear_current();
        }
        let d = crate::draft::new_declaration();
        self.saved.set(d.clone());
        self.id.set(d.id.clone().unwrap_or_default());
        self.revision.set(None);
        self.form
            .extra
            .set(serde_json::Value::Object(Default::default()));
        self.exported_at.set(None);
        self.custom_name.set(None);
        self.form.draft.set(d);
        self.form.touched.set(HashSet::new());
        self.form.checked.set(HashSet::new());
        self.status.set(SaveStatus::Quiet);
        self.trouble.set(None);
    }

    /// The draft's name as the drafts list shows it: the user's, else made from the answers.
    pub fn name(&self, lang: declaration::Lang) -> String {
        self.custom_name.get().unwrap_or_else(|| {
            self.form
                .draft
                .with(|d| declaration::drafts::default_name(d, lang))
        })
    }

    /// Notes a change: saves it after `delay_ms` unless another change comes first.
    pub fn changed(&self, delay_ms: u64) {
        if !self.dirty() {
            return;
        }
        // Until the write is done, the status must not go on saying 保存しました.
        if matches!(
            self.status.get_untracked(),
            SaveStatus::Saved(_) | SaveStatus::Followed(_) | SaveStatus::Quiet
        ) {
            self.status.set(SaveStatus::Pending);
        }
        let generation = self.generation.get_untracked() + 1;
        self.generation.set(generation);
        let s = *self;
        set_timeout(
            move || {
                if s.generation.get_untracked() == generation {
                    s.flush();
                }
            },
            std::time::Duration::from_millis(delay_ms),
        );
    }

    /// Saves now if there is anything unsaved.
    pub fn flush(&self) {
        if self.dirty() && self.unavailable.get_untracked().is_none() {
            self.save();
        }
    }

    /// Writes the draft over the revision this tab knows. Refused writes leave the stored
    /// copy as it was and say why; the next change tries again.
    pub fn save(&self) -> bool {
        match self.trouble.get_untracked() {
            Some(Trouble::Conflict | Trouble::ChangedElsewhere) => {
                // The user must choose first; saving now would overwrite the other tab's work.
                self.status.set(SaveStatus::Failed(Words::new(
                    "別のタブで変更されたため、保存を止めています",
                    "Saving is paused: the draft was changed in another tab",
                )));
                return false;
            }
            Some(Trouble::DeletedElsewhere) => {
                self.status.set(SaveStatus::Failed(Words::new(
                    "下書きが保存領域から消えたため、保存を止めています",
                    "Saving is paused: the draft is gone from the browser's storage",
                )));
                return false;
            }
            _ => {}
        }
        let Some(writer) = super::writer::get() else {
            // No page brought the writer (the draft changed from the main module): fetch it.
            let s = *self;
            super::writer::with(move |w| {
                match w {
                Ok(_) => {
                    s.save();
                }
                Err(_) => s.status.set(SaveStatus::Failed(Words::new(
                    "保存のためのプログラムを読み込めませんでした。通信を確かめてから、もう一度入力してください（入力した内容はこの画面に残っています）",
                    "The code that saves could not be fetched. Check the connection, then type again (what you typed stays on this page)",
                ))),
            }
            });
            return false;
        };
        let mut store = match drafts() {
            Ok(store) => store,
            Err(e) => return self.refused(e),
        };
        let d = self.form.draft.get_untracked();
        let id = self.id.get_untracked();
        let extra = self.form.extra.get_untracked();
        let reader = super::reader::get();
        let written = self.written.get_value();
        let result = (writer.save)(
            &mut store,
            &id,
            &d,
            &extra,
            self.revision.get_untracked(),
            &crate::draft::now_rfc3339(),
            &|raw| match reader {
                Some(reader) => (reader.readable)(raw),
                None => written.as_deref() == Some(raw),
            },
        );
        match result {
            Err(SaveError::Unreadable) if reader.is_none() => {
                // Not ours, text for text (another tab wrote it): read it first.
                let s = *self;
                super::reader::with(move |_| {
                    s.save();
                });
                false
            }
            Ok((revision, text)) => {
                self.written.set_value(Some(text));
                self.revision.set(Some(revision));
                self.saved.set(d.clone());
                self.status.set(SaveStatus::Saved(clock()));
                if matches!(self.trouble.get_untracked(), Some(Trouble::Refused(_))) {
                    self.trouble.set(None);
                }
                let _ = store.set_current(&id);
                true
            }
            Err(SaveError::Conflict { .. }) => {
                self.trouble.set(Some(Trouble::Conflict));
                self.status.set(SaveStatus::Failed(Words::new(
                    "別のタブで新しい版が保存されています",
                    "A newer version was saved in another tab",
                )));
                false
            }
            Err(SaveError::Store(e)) => self.refused(e),
            Err(SaveError::Missing) => {
                // The record vanished under this tab (deleted in another tab, or the
                // browser's data cleared): the alert offers to store this tab's words again.
                self.trouble.set(Some(Trouble::DeletedElsewhere));
                self.status
                    .set(SaveStatus::Failed(SaveError::Missing.words()));
                false
            }
            Err(e) => {
                self.status.set(SaveStatus::Failed(e.words()));
                false
            }
        }
    }

    fn refused(&self, e: StoreError) -> bool {
        self.status.set(SaveStatus::Failed(e.words()));
        self.trouble.set(Some(Trouble::Refused(e)));
        false
    }

    /// Saves this tab's text as a new draft of its own (after a conflict), so both stay.
    pub fn save_as_copy(&self) {
        let new_id = crate::draft::new_declaration().id.unwrap_or_default();
        self.form.draft.update(|d| d.id = Some(new_id.clone()));
        self.id.set(new_id);
        self.revision.set(None);
        self.trouble.set(None);
        self.save();
    }

    /// After another tab saved: load its version (this tab's unsaved words are dropped,
    /// which the alert says before the user chooses this).
    pub fn take_theirs(&self) {
        let id = self.id.get_untracked();
        self.trouble.set(None);
        let s = *self;
        super::reader::with(move |_| {
            s.load(&id);
        });
    }

    /// Reacts to a `storage` event from another tab for `key`.
    pub fn storage_event(&self, key: Option<String>, new_value: Option<String>) {
        let mine = declaration::drafts::key_of(&self.id.get_untracked());
        match key {
            // `clear()` in another tab.
            None => self.trouble.set(Some(Trouble::DeletedElsewhere)),
            Some(k) if k == mine => match new_value {
                None => self.trouble.set(Some(Trouble::DeletedElsewhere)),
                Some(raw) => {
                    let theirs = declaration::drafts::revision_of(&raw);
                    if theirs != self.revision.get_untracked() {
                        if self.dirty() {
                            self.trouble.set(Some(Trouble::ChangedElsewhere));
                        } else {
                            // Nothing of ours would be lost: follow the other tab, and say so.
                            let s = *self;
                            super::reader::with(move |_| {
                                if s.load(&s.id.get_untracked()) {
                                    s.status.set(SaveStatus::Followed(clock()));
                                }
                            });
                        }
                    }
                }
            },
            Some(_) => {
                let s = *self;
                super::reader::with(move |reader| {
                    if let Ok(store) = drafts() {
                        if let Ok(listing) = (reader.list)(&store) {
                            s.unreadable.set(listing.unreadable);
                        }
                    }
                });
            }
        }
    }

    /// Records that the draft was just exported to a file (the nudge to export reads it).
    pub fn note_exported(&self, writer: &super::writer::Writer, sha256: Option<String>) {
        let draft = self.form.draft.with_untracked(writer.json);
        self.last_export.set(sha256.map(|h| (h, draft)));
        let now = crate::draft::now_rfc3339();
        self.exported_at.set(Some(now.clone()));
        self.flush();
        let (id, revision) = (self.id.get_untracked(), self.revision.get_untracked());
        super::reader::with(move |reader| {
            if let (Ok(mut store), Some(rev)) = (drafts(), revision) {
                let _ = (reader.mark_exported)(&mut store, &id, &now, rev);
            }
        });
    }
}
