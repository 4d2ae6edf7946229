//! Every seed of the fuzzer (`fuzz/seeds/`: the fixtures, the hostile files of issue 11 and
//! a federation's working file with its addressees and one addressee's file, issue 33) and
//! every input it ever found failing (`fuzz/regressions/`, kept for good) goes through
//! `check_import` on stable, in the ordinary `cargo test`. Both counts are exact, so a seed or
//! a regression that goes missing fails here instead of being replayed by nobody.

use declaration::fuzzing::check_import;
use std::path::Path;

fn replay(folder: &str) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz")
        .join(folder);
    let mut n = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|f| f != "README.md"))
        .collect();
    entries.sort();
    for path in entries {
        let bytes = std::fs::read(&path).expect("read");
        let result = std::panic::catch_unwind(|| check_import(&bytes));
        assert!(result.is_ok(), "{} fails check_import", path.display());
        n += 1;
    }
    n
}

/// The seeds in `fuzz/seeds/`.
const SEEDS: usize = 21;

/// The inputs the fuzzer found failing, in `fuzz/regressions/`: none yet (its runs so far found
/// no failing input); add one here with its file when it does.
const REGRESSIONS: usize = 0;

#[test]
fn every_seed_keeps_the_property() {
    assert_eq!(replay("seeds"), SEEDS, "every seed replayed, none missing");
}

#[test]
fn every_regression_found_by_the_fuzzer_keeps_the_property() {
    assert_eq!(
        replay("regressions"),
        REGRESSIONS,
        "every regression replayed, none missing"
    );
}
