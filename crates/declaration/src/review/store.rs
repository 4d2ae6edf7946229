//! The reviewer's own copies of their reviews, in the browser's key-value store
//! ([`KeyValue`]: localStorage), one per declaration, under a namespace of their own
//! ([`REVIEW_PREFIX`], beside but apart from the drafts): a reviewer's work on a received
//! declaration is autosaved there, never touches their drafts, and reopening the same
//! declaration file brings it back. The contractor keeps the reviews it received, one per
//! declaration, under a namespace of its own ([`RECEIVED_PREFIX`], [`Reviews::received`]),
//! so one browser used for both roles never mixes them. The version of a declaration a
//! review was written on is kept beside it ([`VERSION_PREFIX`], [`Reviews::keep_version`]),
//! so the change list since then can be shown when the next version arrives. A stored
//! review that cannot be read is never written over: it is reported, and kept for recovery.

use serde_json::Value;

use super::read::{import, ImportedReview};
use super::{export, Outcome, Review};
use crate::drafts::{KeyValue, StoreError};
use crate::words::Words;

/// Where the reviews live: `cloud-decl/v1/review/<declaration id>`.
pub const REVIEW_PREFIX: &str = "cloud-decl/v1/review/";

/// Where the contractor keeps the reviews it received: `cloud-decl/v1/received-review/<id>`.
pub const RECEIVED_PREFIX: &str = "cloud-decl/v1/received-review/";

/// Where the reviewed versions live: `cloud-decl/v1/reviewed-version/<id>/<sha256>`.
pub const VERSION_PREFIX: &str = "cloud-decl/v1/reviewed-version/";

/// Where the reviewer's own details ([`super::Reviewer`], entered once) are kept.
pub const REVIEWER_KEY: &str = "cloud-decl/v1/reviewer";

/// The key of the reviewer's review of declaration `id`.
pub fn review_key(declaration_id: &str) -> String {
    format!("{REVIEW_PREFIX}{declaration_id}")
}

fn version_key(declaration_id: &str, sha256: &str) -> String {
    format!(
        "{VERSION_PREFIX}{declaration_id}/{}",
        sha256.trim().to_ascii_lowercase()
    )
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
    prefix: &'static str,
}

impl<K: KeyValue> Reviews<K> {
    /// The reviewer's reviews.
    pub fn new(store: K) -> Self {
        Reviews {
            store,
            prefix: REVIEW_PREFIX,
        }
    }

    /// The reviews a contractor received, apart from any it wrote as a reviewer.
    pub fn received(store: K) -> Self {
        Reviews {
            store,
            prefix: RECEIVED_PREFIX,
        }
    }

    fn key(&self, declaration_id: &str) -> String {
        format!("{}{declaration_id}", self.prefix)
    }

    /// Keeps `text`, the declaration file whose canonical hash is `sha256`, as a version a
    /// review was written on (once: the same version is not written again).
    pub fn keep_version(
        &mut self,
        declaration_id: &str,
        sha256: &str,
        text: &str,
    ) -> Result<(), StoreError> {
        let key = version_key(declaration_id, sha256);
        if self.store.get(&key)?.is_none() {
            self.store.set(&key, text)?;
        }
        Ok(())
    }

    /// The version of declaration `id` with hash `sha256`, if it was kept and still reads.
    pub fn version(
        &self,
        declaration_id: &str,
        sha256: &str,
    ) -> Result<Option<crate::io::Imported>, StoreError> {
        Ok(self
            .store
            .get(&version_key(declaration_id, sha256))?
            .and_then(|text| crate::io::import_str(&text).ok()))
    }

    /// The review of declaration `id`, if one is stored.
    pub fn load(&self, declaration_id: &str) -> Result<Option<ImportedReview>, ReviewStoreError> {
        let Some(raw) = self.store.get(&self.key(declaration_id))? else {
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
        let key = self.key(&review.declaration.id);
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
        self.store.remove(&self.key(declaration_id))
    }

    /// Every stored review that can be read, by declaration id, and the keys of those that
    /// cannot.
    pub fn list(&self) -> Result<(Vec<StoredReview>, Vec<String>), StoreError> {
        let mut keys: Vec<String> = self
            .store
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(self.prefix))
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
