//! The property every file must keep whatever its bytes, in one function for the fuzzer
//! (`fuzz/`), the replay of its seeds and findings (`tests/fuzz_replay.rs`) and proptest:
//! [`check_import`]. It panics when the property fails, which is how a fuzzer learns of it.

use crate::io::{self, IntegrityState};
use crate::{changes, diagram, rules, verdict, Declaration, Lang};

/// The declaration every file is compared against in the change list.
const BASELINE: &str = include_str!("../../../tests/fixtures/compliant.json");

/// Reads `bytes` as a file; when it imports, checks that
/// - export then import gives the same declaration and unknown keys (a stated
///   `integrity.body_sha256` restated for the file as written), with matching integrity
///   hashes, and exporting that again writes the same text;
/// - the rules, the verdict, the change list against `compliant.json`, its CSV and the
///   diagram (both languages) run without panicking.
///
/// A file that does not import must fail with an [`io::ImportError`] whose messages are
/// not empty (never a panic).
pub fn check_import(bytes: &[u8]) {
    let first = match io::import(bytes) {
        Ok(first) => first,
        Err(e) => {
            let w = e.words();
            assert!(!w.ja.is_empty() && !w.en.is_empty(), "{e:?} has no message");
            return;
        }
    };
    let d = &first.declaration;
    let exported = io::export(d, &first.extra, "2024-01-01T00:00:00Z", "fuzz");
    let again = io::import(exported.as_bytes())
        .unwrap_or_else(|e| panic!("an exported file does not import: {e:?}\n{exported}"));
    assert_eq!(again.integrity, IntegrityState::Match, "{exported}");
    assert_eq!(
        without_export_stamp(&again.declaration),
        without_export_stamp(d)
    );
    // The body's hash a file states is worked out again on export, like its own hash.
    let stated = |extra: &serde_json::Value| {
        let mut e = extra.clone();
        if let Some(i) = e.get_mut("integrity").and_then(|i| i.as_object_mut()) {
            i.remove("body_sha256");
        }
        e
    };
    assert_eq!(stated(&again.extra), stated(&first.extra));
    let twice = io::export(
        &again.declaration,
        &again.extra,
        "2024-01-01T00:00:00Z",
        "fuzz",
    );
    assert_eq!(twice, exported, "export is not a fixed point");

    let _ = rules::validate(d);
    let _ = verdict::verdict(d);
    let baseline = io::import_str(BASELINE)
        .expect("the fixture imports")
        .declaration;
    let changed = changes::diff(&baseline, d);
    let _ = changes::to_csv(
        &changes::rows(changed, "2024-01-01", changes::Timing::Before),
        Lang::Ja,
    );
    for lang in [Lang::Ja, Lang::En] {
        let _ = diagram::svg(d, lang);
        let _ = diagram::text_alternative(d, lang);
    }
}

/// The declaration without what [`io::export`] itself writes.
fn without_export_stamp(d: &Declaration) -> Declaration {
    let mut d = d.clone();
    d.exported_at = None;
    d.generator = None;
    d.integrity = None;
    d.format = String::new();
    d.schema_version = 0;
    d
}
