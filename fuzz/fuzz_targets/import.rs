//! Any bytes as a declaration file: `declaration::fuzzing::check_import` panics when import →
//! export → import changes anything or when a later step panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| declaration::fuzzing::check_import(bytes));
