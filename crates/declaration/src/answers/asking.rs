//! Whether an answer is asked. A path is asked when its section applies
//! ([`section_asking`]: 再委託先 follows 再委託の有無, the three cloud sections follow
//! クラウド事業者の環境への設置) and its field's own condition ([`When`] in the registry)
//! holds for the same entry. While the answer a condition follows is missing, the path is
//! [`Asking::Undecided`]: not asked yet, but not ruled out either (the export keeps it).
//!
//! The answers conditions follow are read through the typed model (no JSON round trip), so
//! asking is cheap enough for every field of every entry on every keystroke.

use super::titles::Group;
use crate::fields::{self, Section, When};
use crate::model::Declaration;

/// Whether an answer is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Asking {
    /// The form asks it, the rules check it, the review lists it.
    Asked,
    /// The answer it follows rules it out (re-subcontracting → no, a certificate not held, …).
    NotAsked,
    /// The answer it follows is not given yet.
    Undecided,
}

impl Asking {
    /// Both must hold: the first that is not [`Asking::Asked`] decides.
    fn and(self, other: impl FnOnce() -> Asking) -> Asking {
        match self {
            Asking::Asked => other(),
            not => not,
        }
    }
}

/// Whether `section` applies: [`Asking::Undecided`] while the question it follows is unanswered.
pub fn section_asking(d: &Declaration, section: Section) -> Asking {
    match section.when() {
        When::Always => Asking::Asked,
        when => decide(d, when, ""),
    }
}

/// Whether the answer at `path` (`subcontractors[1].confidentiality.date`) is asked.
/// Paths the registry does not know follow their section alone.
pub fn asking(d: &Declaration, path: &str) -> Asking {
    let section = fields::section_of(path).map_or(Asking::Asked, |s| section_asking(d, s));
    section.and(|| match fields::field(path) {
        Some(f) => decide(d, f.when, path),
        None => Asking::Asked,
    })
}

/// Whether the answer at `path` is asked ([`Asking::Asked`]).
pub fn asked(d: &Declaration, path: &str) -> bool {
    asking(d, path) == Asking::Asked
}

/// Every path of a conditional field (each entry of a list for a field inside one) that is
/// not asked in `d` ([`asked`] is false), in registry order: what a version of the
/// declaration does not say, whatever it still holds (the change list leaves these out).
pub fn unasked(d: &Declaration) -> Vec<String> {
    let mut out = Vec::new();
    for f in fields::FIELDS.iter().filter(|f| f.when != When::Always) {
        let paths: Vec<String> = match f.key.split_once("[]") {
            None => vec![f.key.to_string()],
            Some((list, rest)) => (0..Group::of(list).map_or(0, |g| g.len(d)))
                .map(|i| format!("{list}[{i}]{rest}"))
                .collect(),
        };
        out.extend(paths.into_iter().filter(|p| !asked(d, p)));
    }
    out
}

/// Whether `when` holds, its keys' `[]` taking the indices of `path`.
fn decide(d: &Declaration, when: When, path: &str) -> Asking {
    let (key, expected) = match when {
        When::Always => return Asking::Asked,
        When::OneMunicipality if d.addressees.is_empty() => return Asking::Asked,
        When::OneMunicipality => return Asking::NotAsked,
        When::Yes(key) => (key, "true"),
        When::Is(key, value) => (key, value),
    };
    match deciding(d, key, &indices(path)) {
        None => Asking::Undecided,
        Some(v) if v == expected => Asking::Asked,
        Some(_) => Asking::NotAsked,
    }
}

/// The indices of a path, in order: `measures[3].reason` → `[3]`.
fn indices(path: &str) -> Vec<usize> {
    path.split('[')
        .skip(1)
        .filter_map(|s| s.split(']').next()?.parse().ok())
        .collect()
}

/// The value, as the exchange format writes it, of an answer that a condition follows;
/// `None` while it is not given. Every key a [`When`] of the registry names is read here
/// (a native test checks each against [`crate::access`]).
pub(crate) fn deciding(d: &Declaration, key: &str, at: &[usize]) -> Option<String> {
    let yes = |b: Option<bool>| b.map(|b| b.to_string());
    let cert = |name: &str| {
        let c = d.cloud.as_ref()?.certifications.as_ref()?;
        match name {
            "iso27017" => c.iso27017.as_ref(),
            "cs_gold_mark" => c.cs_gold_mark.as_ref(),
            _ => c.iso27018.as_ref(),
        }?
        .held
    };
    let measure = || d.measures.get(*at.first()?);
    match key {
        "entrustment.resubcontract" => yes(d.entrustment.resubcontract),
        "entrustment.uses_cloud" => yes(d.entrustment.uses_cloud),
        "cloud.certifications.iso27017.held" => yes(cert("iso27017")),
        "cloud.certifications.cs_gold_mark.held" => yes(cert("cs_gold_mark")),
        "cloud.certifications.iso27018.held" => yes(cert("iso27018")),
        "cloud.ismap.listed" => yes(d.cloud.as_ref()?.ismap.as_ref()?.listed),
        "subcontractors[].confidentiality.concluded" => yes(d
            .subcontractors
            .get(*at.first()?)?
            .confidentiality
            .as_ref()?
            .concluded),
        "measures[].status" => measure()?.status.map(|s| s.as_str().to_string()),
        "measures[].category" => measure()?.category.map(|c| c.as_str().to_string()),
        _ => {
            debug_assert!(false, "no typed reader for the condition key {key}");
            None
        }
    }
}
