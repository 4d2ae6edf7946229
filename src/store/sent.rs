//! The last package 「全ての宛先に書き出す」 saved of a draft (`addressees.md`), kept in this
//! browser ([`declaration::addressees::package::Record`] under its `SENT_PREFIX`), so the
//! printed 送付一覧 lists the files as they were sent, with their hashes, and says when the
//! draft has changed since.

use super::local::LocalStore;
use declaration::addressees::package::{self, Record, Sent};
use declaration::drafts::KeyValue;
use declaration::Declaration;

fn key(d: &Declaration) -> String {
    format!(
        "{}{}",
        package::SENT_PREFIX,
        d.id.as_deref().unwrap_or_default()
    )
}

/// Keeps the package of `d` saved at `at` with `rows` (a failure to keep it loses only the
/// printed list's hashes: the ZIP holds the list too), and the draft as it was then as a
/// snapshot, the earlier version its next change lists start from.
pub fn remember(d: &Declaration, at: &str, rows: Vec<Sent>) {
    let text = declaration::io::to_json(d, &serde_json::json!({}));
    let (id, now) = (d.id.clone().unwrap_or_default(), at.to_string());
    super::reader::with(move |reader| {
        if let Ok(mut store) = super::drafts() {
            let _ = (reader.snapshot_exported)(&mut store, &id, &text, &now);
        }
    });
    let record = Record {
        at: at.to_string(),
        body_sha256: rows
            .first()
            .map(|r| r.body_sha256.clone())
            .unwrap_or_default(),
        rows,
    };
    if let (Ok(mut store), Ok(text)) = (LocalStore::open(), serde_json::to_string(&record)) {
        let _ = store.set(&key(d), &text);
    }
}

/// The last package kept of `d`, if any.
pub fn last(d: &Declaration) -> Option<Record> {
    LocalStore::open()
        .ok()?
        .get(&key(d))
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str(&text).ok())
}
