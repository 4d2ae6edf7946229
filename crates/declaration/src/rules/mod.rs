//! Spec §3 validation: every answer of a [`Declaration`] checked against the format of §2,
//! each finding an [`Issue`] with its path, severity and a Japanese and English message
//! that names the field and says how to fix it.
//!
//! | module | owns |
//! |---|---|
//! | `answers` | every answer the registry lists, by kind and need: the walk (no list of fields of its own) |
//! | `check` | requiredness, text limits, control characters and formats of single answers |
//! | `messages` | the wording of every message, in both languages |
//! | `lists` | how many entries 再委託先 and 保管場所 need |
//! | `cloud` | certificates and the listing lapsed, the matrix's rows ([`matrix_issues`]) |
//! | `tree` | the subcontracting tree ([`tree_issues`]) |
//! | `measures` | the security measures: categories, coverage of the matrix, planned dates ([`measure_issues`]) |
//!
//! A section that does not apply is not validated at all: `resubcontract == false` hides
//! 再委託先, `uses_cloud == false` hides クラウドサービス, 責任共有モデル and セキュリティ対策. While
//! either question is unanswered, only the question itself is reported, not what depends on
//! it. Likewise an answer that only applies in some case (a certificate's number when it is
//! held, a measure's planned date when it is planned, …) is only checked in that case.

mod answers;
mod check;
mod cloud;
mod lists;
mod measures;
mod messages;
#[cfg(test)]
mod testkit;
#[cfg(test)]
mod tests;
mod tree;

pub use check::is_invisible;
#[cfg(feature = "schema")]
pub(crate) use check::refused_in_text;
pub use cloud::matrix_issues;
pub use measures::{category_for, measure_issues, REQUIRED_CATEGORIES};
pub use tree::tree_issues;

use crate::access::Answers;
use crate::answers::{section_asking, Asking};
use crate::date::Date;
use crate::fields::{self, Section, FIELDS};
use crate::model::Declaration;
use crate::{Issue, Severity};

/// Every issue of the declaration, in form order: by section, then by field as the registry
/// orders them; the answers of one entry of a list (a subcontractor, a region, a measure)
/// stay together, entries in list order.
pub fn validate(d: &Declaration) -> Vec<Issue> {
    let mut ctx = check::Ctx::new(declared(d));
    let all = Answers::of(d);
    for section in [
        Section::Basic,
        Section::Entrustment,
        Section::Subcontractors,
    ] {
        answers::section(&mut ctx, d, &all, section);
    }
    lists::addressees(&mut ctx, d);
    if section_asking(d, Section::Subcontractors) == Asking::Asked {
        lists::subcontractors(&mut ctx, d);
        ctx.issues.extend(tree_issues(d));
    }
    if section_asking(d, Section::Cloud) == Asking::Asked {
        answers::section(&mut ctx, d, &all, Section::Cloud);
        lists::regions(&mut ctx, d);
        cloud::lapsing(&mut ctx, d);
        answers::section(&mut ctx, d, &all, Section::Responsibility);
        ctx.issues.extend(matrix_issues(d));
        // The measures' own answers are walked by `measure_issues`, which the verdict
        // (C8) also reads.
        ctx.issues.extend(measure_issues(d));
    }
    answers::section(&mut ctx, d, &all, Section::Attestation);
    let mut issues = ctx.issues;
    lists::name_addressees(&mut issues, d);
    issues.sort_by_key(|i| form_order(&i.path));
    issues
}

/// The issues that block the *complete* status ([`Severity::Error`]), in form order: what
/// the error summary, the review page and the checker list.
pub fn errors(d: &Declaration) -> Vec<Issue> {
    validate(d)
        .into_iter()
        .filter(|i| i.severity == Severity::Error)
        .collect()
}

/// Whether the declaration is complete: no [`Severity::Error`] issue (warnings allowed).
pub fn is_complete(d: &Declaration) -> bool {
    errors(d).is_empty()
}

/// The declaration date, when it is a real date.
pub(crate) fn declared(d: &Declaration) -> Option<Date> {
    d.basic.declaration_date.as_deref().and_then(Date::parse)
}

/// The sort key of a path in form order: the registry position of the part before the first
/// index (the list, or the field itself), the index, then the registry position of the
/// field. Unregistered paths (an entry's `id`) come first within their entry.
fn form_order(path: &str) -> (Option<usize>, Option<usize>, Option<usize>) {
    let position = |key: &str| FIELDS.iter().position(|f| f.key == key);
    let key = fields::key_of(path);
    match path.split_once('[') {
        Some((list, rest)) => {
            let index = rest.split(']').next().and_then(|n| n.parse().ok());
            (position(list), index, position(&key))
        }
        None => (position(&key), None, position(&key)),
    }
}
