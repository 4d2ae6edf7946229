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
/// [`MIE_ADDRESSEES`] (split here, not by the paste reader the tests check), each with an id
/// of its own (`mie-0` … `mie-28`).
pub fn mie() -> Declaration {
    let mut d = compliant();
    for (i, line) in MIE_ADDRESSEES.lines().skip(1).enumerate() {
        let cells: Vec<&str> = line.trim_end_matches('\r').split('\t').collect();
        let [municipality, code, title, pi_file, item] = cells[..] else {
            panic!("mie-addressees.tsv line {}: {line}", i + 2);
        };
        d.addressees.push(crate::model::Addressee {
            id: format!("mie-{i}"),
            municipality: Some(municipality.into()),
            municipality_code: Some(code.into()),
            assessment_title: Some(title.into()),
            pi_file: Some(pi_file.into()),
            item_number: Some(item.parse().expect("a number")),
            recipient: None,
        });
    }
    assert_eq!(d.addressees.len(), 29);
    d
}
