//! The localStorage adapter in headless Chromium: what it stores reads back, other keys are
//! listed too (the core filters them), and a full storage is reported as
//! [`StoreError::Quota`], the error the user is told how to get out of; which keys make the
//! app wait for the reader of stored records at start.

use super::local::LocalStore;
use crate::testkit::clear_storage;
use declaration::drafts::{KeyValue, StoreError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn what_is_set_reads_back_and_is_listed_then_removed() {
    clear_storage();
    let mut s = LocalStore::open().expect("localStorage in the test browser");
    s.set("cloud-decl/v1/draft/x", "{\"revision\":1}").unwrap();
    s.set("someone-else", "kept").unwrap();
    assert_eq!(
        s.get("cloud-decl/v1/draft/x").unwrap().as_deref(),
        Some("{\"revision\":1}")
    );
    let mut keys = s.keys().unwrap();
    keys.sort();
    assert_eq!(keys, ["cloud-decl/v1/draft/x", "someone-else"]);
    s.remove("cloud-decl/v1/draft/x").unwrap();
    assert_eq!(s.get("cloud-decl/v1/draft/x").unwrap(), None);
    assert_eq!(s.get("someone-else").unwrap().as_deref(), Some("kept"));
}

#[wasm_bindgen_test]
fn a_full_storage_is_a_quota_error_and_keeps_what_was_there() {
    clear_storage();
    let mut s = LocalStore::open().unwrap();
    s.set("cloud-decl/v1/draft/a", "before").unwrap();
    let chunk = "x".repeat(512 * 1024);
    let mut refused = None;
    for i in 0..64 {
        if let Err(e) = s.set(&format!("filler-{i}"), &chunk) {
            refused = Some(e);
            break;
        }
    }
    assert_eq!(
        refused,
        Some(StoreError::Quota),
        "Chromium's 5 MiB filled up"
    );
    // A write that does not fit leaves the old value as it was.
    let big = "y".repeat(1024 * 1024);
    assert_eq!(s.set("cloud-decl/v1/draft/a", &big), Err(StoreError::Quota));
    assert_eq!(
        s.get("cloud-decl/v1/draft/a").unwrap().as_deref(),
        Some("before")
    );
    clear_storage();
}

#[wasm_bindgen_test]
fn the_reader_is_needed_at_start_only_when_a_record_is_stored() {
    use declaration::drafts::{CURRENT_KEY, LANG_KEY};
    clear_storage();
    assert!(!super::reader::needed_at_start(), "a first visit");
    let mut s = LocalStore::open().unwrap();
    s.set(LANG_KEY, "en").unwrap();
    s.set(CURRENT_KEY, "gone").unwrap();
    s.set("someone-else/draft", "{}").unwrap();
    assert!(
        !super::reader::needed_at_start(),
        "the language, a current id and other sites' keys are nothing to read"
    );
    for key in [
        "cloud-decl/v1/draft/a",
        "cloud-decl/v1/received-review/a",
        "cloud-decl/v1/part-returned/a",
    ] {
        s.set(key, "{}").unwrap();
        assert!(super::reader::needed_at_start(), "{key}");
        s.remove(key).unwrap();
    }
    clear_storage();
}
