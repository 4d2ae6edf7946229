//! The example declarations of `tests/fixtures` (see its README), parsed, for the tests of
//! the modules that work on whole declarations. Test-only.

use crate::model::Declaration;

/// The source document's case, fully answered and valid.
pub const COMPLIANT: &str = include_str!("../../../tests/fixtures/compliant.json");
/// Valid, but fails three conditions of the verdict.
pub const NONCOMPLIANT: &str = include_str!("../../../tests/fixtures/noncompliant.json");
/// A draft just begun.
pub const DRAFT: &str = include_str!("../../../tests/fixtures/draft.json");

/// Every fixture, with its file name.
pub const ALL: [(&str, &str); 3] = [
    ("compliant.json", COMPLIANT),
    ("noncompliant.json", NONCOMPLIANT),
    ("draft.json", DRAFT),
];

/// Parses a fixture's text.
pub fn parse(json: &str) -> Declaration {
    serde_json::from_str(json).expect("fixture parses")
}

pub fn compliant() -> Declaration {
    parse(COMPLIANT)
}

pub fn noncompliant() -> Declaration {
    parse(NONCOMPLIANT)
}

pub fn draft() -> Declaration {
    parse(DRAFT)
}

/// The 29 municipalities of Mie as a federation pastes them from Excel (tab-separated, with
/// a header row): `tests/fixtures/mie-addressees.tsv`.
pub const MIE_ADDRESSEES: &str = include_str!("../../../tests/fixtures/mie-addressees.tsv");

/// [`compliant`] sent to the 29 municipalities of Mie: its addressees read from
/// [`MIE_ADDRESSEES`], each with an id of its own.
pub fn mie() -> Declaration {
    let mut d = compliant();
    for (i, row) in crate::addressees::paste::read(MIE_ADDRESSEES)
        .rows
        .into_iter()
        .enumerate()
    {
        assert!(row.faults.is_empty(), "{:?}", row.faults);
        let mut a = row.addressee;
        a.id = format!("mie-{i}");
        crate::lists::add_addressee(&mut d, a).expect("below the limit");
    }
    d
}
