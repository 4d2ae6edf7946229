//! The reviewer's own details (組織, 部署, 氏名; `exchange.md` §1 `reviewer`), entered once
//! and kept in this browser: every review written here carries them, and the printed
//! 照会事項一覧 names them. Nothing else is kept about the reviewer.

use super::local::LocalStore;
use declaration::drafts::{KeyValue, StoreError};
use declaration::review::{Reviewer, REVIEWER_KEY};

/// The details kept, or none.
pub fn load() -> Reviewer {
    LocalStore::open()
        .ok()
        .and_then(|s| s.get(REVIEWER_KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Keeps `me` (each part trimmed; an empty part left out).
pub fn save(me: &Reviewer) -> Result<(), StoreError> {
    let clean = |p: &Option<String>| {
        p.as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
    };
    let me = Reviewer {
        organization: clean(&me.organization),
        department: clean(&me.department),
        name: clean(&me.name),
    };
    let text = serde_json::to_string(&me).unwrap_or_default();
    LocalStore::open()?.set(REVIEWER_KEY, &text)
}
