//! The reviewer's own copies of their reviews, in the browser's key-value store
//! ([`KeyValue`]: localStorage), one per declaration, under a namespace of their own
//! ([`REVIEW_PREFIX`], beside but apart from the drafts): a reviewer's work on a received
//! declaration is autosaved there, never touches their drafts, and reopening the same
//! declaration file brings it back. A stored review that cannot be read is never written
//! over: it is reported, and kept for recovery.

use serde_json::Value;

use super::read::{import, ImportedReview};
use super::{export, Outcome, Review};
use crate::drafts::{KeyValue, StoreError};
use crate::words::Words;

/// Where the reviews live: `cloud-decl/v1/review/<declaration id>`.
pub const REVIEW_PREFIX: &str = "cloud-decl/v1/review/";

/// The key of the review of declaration `id`.
pub fn review_key(declaration_id: &str) -> String {
    format!("{REVIEW_PREFIX}{declaration_id}")
}

/// Why a stored review could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewStoreError {
    /// The store refused (full, or switched off).
    Store(StoreError),
    /// The stored text is not a review any more (kept as it is; `raw` for recovery).
    Unreadable { raw: String, why: Words },
}

impl From<StoreError> for ReviewStoreError {
    fn from(e: StoreError) -> Self {
        ReviewStoreError::Store(e)
    }
}

impl ReviewStoreError {
    /// The message in both languages.
    pub fn words(&self) -> Words {
        match self {
            ReviewStoreError::Store(e) => e.words(),
            ReviewStoreError::Unreadable { why, .. } => Words::new(
                format!("このブラウザに保存していた照会事項を読み取れません（{}）。上書きせずに残しています。", why.ja),
                format!("The review saved in this browser cannot be read ({}). It is kept, not written over.", why.en),
            ),
        }
    }
}

/// One stored review as a list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredReview {
    pub declaration_id: String,
    pub municipality: Option<String>,
    pub outcome: Outcome,
    /// Questions not yet 解決.
    pub open: usize,
    pub updated_at: Option<String>,
}

/// The reviews in a store.
pub struct Reviews<K: KeyValue> {
    store: K,
}

impl<K: KeyValue> Reviews<K> {
    pub fn new(store: K) -> Self {
        Reviews { store }
    }

    /// The review of declaration `id`, if one is stored.
    pub fn load(&self, declaration_id: &str) -> Result<Option<ImportedReview>, ReviewStoreError> {
        let Some(raw) = self.store.get(&review_key(declaration_id))? else {
            return Ok(None);
        };
        import(raw.as_bytes())
            .map(Some)
            .map_err(|e| ReviewStoreError::Unreadable {
                why: e.words(),
                raw,
            })
    }

    /// Stores `review` (with the unknown keys of `extra`) under its declaration's id, at
    /// `now`. A stored text that cannot be read is not written over.
    pub fn save(
        &mut self,
        review: &Review,
        extra: &Value,
        now: &str,
    ) -> Result<(), ReviewStoreError> {
        let key = review_key(&review.declaration.id);
        if let Some(raw) = self.store.get(&key)? {
            if let Err(e) = import(raw.as_bytes()) {
                return Err(ReviewStoreError::Unreadable {
                    raw,
                    why: e.words(),
                });
            }
        }
        self.store.set(&key, &export(review, extra, now))?;
        Ok(())
    }

    /// Forgets the review of declaration `id`.
    pub fn remove(&mut self, declaration_id: &str) -> Result<(), StoreError> {
        self.store.remove(&review_key(declaration_id))
    }

    /// Every stored review that can be read, by declaration id, and the keys of those that
    /// cannot.
    pub fn list(&self) -> Result<(Vec<StoredReview>, Vec<String>), StoreError> {
        let mut keys: Vec<String> = self
            .store
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(REVIEW_PREFIX))
            .collect();
        keys.sort();
        let (mut ok, mut broken) = (Vec::new(), Vec::new());
        for key in keys {
            let raw = self.store.get(&key)?.unwrap_or_default();
            match import(raw.as_bytes()) {
                Ok(r) => ok.push(summary(&r.review)),
                Err(_) => broken.push(key),
            }
        }
        Ok((ok, broken))
    }
}

fn summary(r: &Review) -> StoredReview {
    StoredReview {
        declaration_id: r.declaration.id.clone(),
        municipality: r.declaration.municipality.clone(),
        outcome: r.outcome,
        open: r
            .items
            .iter()
            .filter(|i| i.status != super::ItemStatus::Resolved)
            .count(),
        updated_at: r.updated_at.clone(),
    }
}
