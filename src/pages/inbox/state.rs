//! The files of the 受付一覧 ([`InboxFiles`], kept by the app while it is open, in memory
//! only: the reviewer's drafts are never touched): each declaration with its row
//! ([`declaration::inbox::Row`]), and the review files dropped beside them, matched to their
//! declaration by its id; the same file taken twice is kept once.

use crate::store::local::LocalStore;
use declaration::inbox::Row;
use declaration::io::{self, Imported};
use declaration::review::{self, ItemStatus, Review, Reviews};
use declaration::words::Words;
use leptos::prelude::*;
use std::sync::Arc;

/// One declaration file received.
#[derive(Clone)]
pub struct Received {
    /// The n-th file taken (a stable key, and the table's order as received).
    pub n: usize,
    pub file_name: String,
    pub imported: Arc<Imported>,
    pub row: Arc<Row>,
    /// The canonical hash of the file as read.
    pub sha256: String,
}

impl PartialEq for Received {
    fn eq(&self, other: &Self) -> bool {
        self.n == other.n && Arc::ptr_eq(&self.imported, &other.imported)
    }
}

/// The files of the table.
#[derive(Clone, Copy)]
pub struct InboxFiles {
    pub files: RwSignal<Vec<Received>>,
    pub reviews: RwSignal<Vec<(String, Review)>>,
}

impl Default for InboxFiles {
    fn default() -> Self {
        Self::new()
    }
}

impl InboxFiles {
    pub fn new() -> InboxFiles {
        InboxFiles {
            files: RwSignal::new(Vec::new()),
            reviews: RwSignal::new(Vec::new()),
        }
    }

    /// Takes one file: a declaration or a review file (told apart by its `format`). Gives
    /// why it could not be taken.
    pub fn take(&self, file_name: &str, bytes: &[u8]) -> Result<(), Words> {
        let is_review = io::read_object(bytes)
            .ok()
            .and_then(|v| {
                v.get("format")
                    .and_then(|f| f.as_str())
                    .map(|f| f == review::FORMAT)
            })
            .unwrap_or(false);
        if is_review {
            let r = review::import(bytes).map_err(|e| e.words())?.review;
            self.reviews.update(|list| {
                list.retain(|(_, kept)| kept.id != r.id);
                list.push((file_name.to_string(), r));
            });
            return Ok(());
        }
        let imported = io::import(bytes).map_err(|e| e.words())?;
        let sha256 = io::hash_of(&imported.declaration, &imported.extra);
        let row = Row::of(file_name, &imported);
        self.files.update(|files| {
            if files
                .iter()
                .any(|f| f.sha256 == sha256 && f.file_name == file_name)
            {
                return;
            }
            let n = files.iter().map(|f| f.n + 1).max().unwrap_or(0);
            files.push(Received {
                n,
                file_name: file_name.to_string(),
                imported: Arc::new(imported),
                row: Arc::new(row),
                sha256,
            });
        });
        Ok(())
    }

    /// Empties the table.
    pub fn clear(&self) {
        self.files.set(Vec::new());
        self.reviews.set(Vec::new());
    }

    /// The questions not yet 解決 about declaration `id`: from a review file dropped here,
    /// else from the review this browser keeps; `None` when there is no review of it.
    pub fn open_questions(&self, id: &str) -> Option<usize> {
        let open = |r: &Review| {
            r.items
                .iter()
                .filter(|i| i.status != ItemStatus::Resolved)
                .count()
        };
        let dropped = self.reviews.with(|list| {
            list.iter()
                .rfind(|(_, r)| r.declaration.id == id)
                .map(|(_, r)| open(r))
        });
        dropped.or_else(|| {
            let store = LocalStore::open().ok()?;
            let kept = Reviews::new(store).load(id).ok()??;
            Some(open(&kept.review))
        })
    }
}
