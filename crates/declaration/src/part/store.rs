//! The requester's copies of the parts it sent, in the browser's key-value store
//! ([`KeyValue`]: localStorage), under `cloud-decl/v1/part-sent/<declaration id>/<part id>`
//! ([`SENT_PREFIX`]): the part as sent is the base of the three-way merge when it comes
//! back, and the subcontractor page shows 「記入依頼中（2024-02-10 送付）」 from it. A part
//! merged is marked so ([`SentParts::mark_merged`]); nothing here is ever deleted
//! unasked.

use super::model::Part;
use super::read::import;
use crate::drafts::{KeyValue, StoreError};
use serde_json::Value;

/// Where the parts sent live.
pub const SENT_PREFIX: &str = "cloud-decl/v1/part-sent/";

fn key(declaration_id: &str, part_id: &str) -> String {
    format!("{SENT_PREFIX}{declaration_id}/{part_id}")
}

/// One part sent, as the subcontractor page shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct SentPart {
    pub part: Part,
    /// When it was merged back, if it was.
    pub merged_at: Option<String>,
}

/// The parts sent, for one store.
pub struct SentParts<K: KeyValue> {
    store: K,
}

impl<K: KeyValue> SentParts<K> {
    pub fn new(store: K) -> Self {
        SentParts { store }
    }

    /// Keeps `part` (the file as sent) as sent from declaration `part.declaration.id`.
    pub fn keep(&mut self, part: &Part) -> Result<(), StoreError> {
        let text = super::export(
            part,
            &Value::Object(Default::default()),
            part.updated_at.as_deref().unwrap_or(""),
        );
        self.store
            .set(&key(&part.declaration.id, &part.id), &wrap(&text, None))
    }

    /// The part `part_id` as sent from declaration `declaration_id`, if kept.
    pub fn get(&self, declaration_id: &str, part_id: &str) -> Result<Option<SentPart>, StoreError> {
        Ok(self
            .store
            .get(&key(declaration_id, part_id))?
            .and_then(|raw| unwrap(&raw)))
    }

    /// Notes that the part was merged back at `now`.
    pub fn mark_merged(
        &mut self,
        declaration_id: &str,
        part_id: &str,
        now: &str,
    ) -> Result<(), StoreError> {
        let k = key(declaration_id, part_id);
        if let Some(raw) = self.store.get(&k)? {
            if let Some(sent) = unwrap(&raw) {
                let text = super::export(
                    &sent.part,
                    &Value::Object(Default::default()),
                    sent.part.updated_at.as_deref().unwrap_or(""),
                );
                self.store.set(&k, &wrap(&text, Some(now)))?;
            }
        }
        Ok(())
    }

    /// Every part sent from declaration `declaration_id` that can be read, newest first.
    pub fn of(&self, declaration_id: &str) -> Result<Vec<SentPart>, StoreError> {
        let prefix = format!("{SENT_PREFIX}{declaration_id}/");
        let mut out: Vec<SentPart> = Vec::new();
        for k in self.store.keys()? {
            if !k.starts_with(&prefix) {
                continue;
            }
            if let Some(sent) = self.store.get(&k)?.and_then(|raw| unwrap(&raw)) {
                out.push(sent);
            }
        }
        out.sort_by(|a, b| b.part.created_at.cmp(&a.part.created_at));
        Ok(out)
    }
}

/// `{"merged_at": …, "part": {…}}` in one string.
fn wrap(part_text: &str, merged_at: Option<&str>) -> String {
    let part: Value = serde_json::from_str(part_text).unwrap_or(Value::Null);
    let mut obj = serde_json::Map::new();
    if let Some(m) = merged_at {
        obj.insert("merged_at".into(), Value::from(m));
    }
    obj.insert("part".into(), part);
    Value::Object(obj).to_string()
}

fn unwrap(raw: &str) -> Option<SentPart> {
    let v: Value = serde_json::from_str(raw).ok()?;
    let part = import(v.get("part")?.to_string().as_bytes()).ok()?.part;
    Some(SentPart {
        part,
        merged_at: v
            .get("merged_at")
            .and_then(Value::as_str)
            .map(str::to_string),
    })
}

/// Where a subcontractor keeps the parts it is filling in: `cloud-decl/v1/part/<part id>`.
pub const OPEN_PREFIX: &str = "cloud-decl/v1/part/";

/// Where a requester keeps a returned part until it is merged:
/// `cloud-decl/v1/part-returned/<declaration id>/<part id>`.
pub const RETURNED_PREFIX: &str = "cloud-decl/v1/part-returned/";

/// Parts kept as their file's text under one prefix: the parts a subcontractor is filling
/// in ([`KeptParts::open`]), or the returned parts a requester has not merged yet
/// ([`KeptParts::returned`]).
pub struct KeptParts<K: KeyValue> {
    store: K,
    returned: bool,
}

impl<K: KeyValue> KeptParts<K> {
    /// The parts this browser is filling in.
    pub fn open(store: K) -> Self {
        KeptParts {
            store,
            returned: false,
        }
    }

    /// The returned parts waiting to be merged.
    pub fn returned(store: K) -> Self {
        KeptParts {
            store,
            returned: true,
        }
    }

    fn key(&self, part: &Part) -> String {
        if self.returned {
            format!("{RETURNED_PREFIX}{}/{}", part.declaration.id, part.id)
        } else {
            format!("{OPEN_PREFIX}{}", part.id)
        }
    }

    /// Keeps `part` (with the unknown keys of `extra`), saved `now`.
    pub fn save(&mut self, part: &Part, extra: &Value, now: &str) -> Result<(), StoreError> {
        let k = self.key(part);
        self.store.set(&k, &super::export(part, extra, now))
    }

    /// Forgets `part`.
    pub fn remove(&mut self, part: &Part) -> Result<(), StoreError> {
        let k = self.key(part);
        self.store.remove(&k)
    }

    /// Every part kept that can be read (with its unknown keys), newest first.
    pub fn list(&self) -> Result<Vec<super::ImportedPart>, StoreError> {
        let prefix = if self.returned {
            RETURNED_PREFIX
        } else {
            OPEN_PREFIX
        };
        let mut out = Vec::new();
        for k in self.store.keys()? {
            if !k.starts_with(prefix) {
                continue;
            }
            if let Some(raw) = self.store.get(&k)? {
                if let Ok(p) = import(raw.as_bytes()) {
                    out.push(p);
                }
            }
        }
        out.sort_by(|a, b| b.part.updated_at.cmp(&a.part.updated_at));
        Ok(out)
    }
}
