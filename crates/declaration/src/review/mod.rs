//! The reviewer's review file (照会事項ファイル, `exchange.md` §1): its model, reading it
//! ([`import`], with the checks every exchange file has and [`ReviewError`]), writing it
//! ([`export`], [`file_name`]), whether it belongs to a declaration ([`against`]) and where
//! each question belongs there now ([`place`], [`places`]), and the reviewer's own copies
//! of their reviews in the browser's store ([`Reviews`]), apart from their drafts; what each
//! party does to a question ([`reply`], [`resolve`], [`ask_again`]) and the list as CSV;
//! following it up on both sides ([`take_questions`], [`take_replies`], [`changes_for`],
//! [`open_by_section`]).
//!
//! The UI (the reader's 照会, the contractor's replies) builds on these; nothing here knows
//! a browser.

pub mod cities;
mod follow;
#[cfg(test)]
mod follow_tests;
mod model;
mod ops;
mod read;
mod store;
mod targets;
#[cfg(test)]
mod tests;

pub use follow::{changes_for, open_by_section, open_in, section_of, take_questions, take_replies};
pub use model::{
    Item, ItemStatus, Outcome, Review, Reviewed, Reviewer, Target, Turn, TurnKind, FORMAT,
    MAX_ITEMS, MAX_TEXT_CHARS, MAX_TURNS, SCHEMA_VERSION,
};
pub use ops::{ask_again, current_question, reply, resolve, thread, to_csv, ActionError};
pub use read::{import, ImportedReview, ReviewError};
pub use store::{
    review_key, ReviewStoreError, Reviews, StoredReview, RECEIVED_PREFIX, REVIEWER_KEY,
    REVIEW_PREFIX, VERSION_PREFIX,
};
pub use targets::{place, places, Place};

use crate::model::Declaration;
use serde_json::Value;

/// How a review stands against the declaration open now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// The declaration is the version reviewed (same canonical hash).
    Same,
    /// The declaration changed since the review (normal after fixing things): the app says
    /// so and offers the change list from the reviewed version when it is kept.
    Changed,
}

/// Whether `review` is about declaration `d` (a review of another declaration, another
/// `id`, is refused) and whether `d` changed since the version reviewed: judged on content
/// ([`crate::io::content_hash_of`], the file's times left out) when the review names the
/// content's hash, else on the whole canonical hash (a review written before there was
/// one).
pub fn against(review: &Review, d: &Declaration, extra: &Value) -> Result<Freshness, ReviewError> {
    let draft = d.id.clone().unwrap_or_default();
    if review.declaration.id != draft {
        return Err(ReviewError::OtherDeclaration {
            review: review.declaration.id.clone(),
            draft,
        });
    }
    let same = match &review.declaration.content_sha256 {
        Some(content) => content.eq_ignore_ascii_case(&crate::io::content_hash_of(d, extra)),
        None => review
            .declaration
            .sha256
            .eq_ignore_ascii_case(&crate::io::hash_of(d, extra)),
    };
    Ok(if same {
        Freshness::Same
    } else {
        Freshness::Changed
    })
}

/// A new review of the declaration read as `value` (the object of its file, whose canonical
/// hash is taken whether or not the file carried one), with no question yet.
pub fn new_review(
    value: &Value,
    d: &Declaration,
    id: &str,
    now: &str,
    file_name: Option<&str>,
) -> Review {
    Review {
        format: FORMAT.to_string(),
        schema_version: SCHEMA_VERSION,
        id: id.to_string(),
        created_at: Some(now.to_string()),
        updated_at: Some(now.to_string()),
        declaration: Reviewed {
            id: d.id.clone().unwrap_or_default(),
            sha256: crate::io::canonical_sha256(value),
            content_sha256: Some(crate::io::content_sha256(value)),
            municipality: d.basic.municipality.clone(),
            declaration_date: d.basic.declaration_date.clone(),
            file_name: file_name.map(str::to_string),
        },
        ..Default::default()
    }
}

/// The review file's text: pretty JSON in the order of the format, `updated_at` set to
/// `now`, the unknown keys of `extra` kept.
pub fn export(review: &Review, extra: &Value, now: &str) -> String {
    let mut r = review.clone();
    r.format = FORMAT.to_string();
    r.schema_version = SCHEMA_VERSION;
    r.updated_at = Some(now.to_string());
    crate::io::write_with(&r, extra)
}

/// `照会事項_<municipality>_<declaration_date>.json`, made safe as the declaration's own
/// file name is: the reviewer's file.
pub fn file_name(review: &Review) -> String {
    named(review, "")
}

/// `照会事項_<municipality>_<declaration_date>_回答.json`: the file the contractor sends back,
/// never named as the one received.
pub fn answered_file_name(review: &Review) -> String {
    named(review, "_回答")
}

fn named(review: &Review, tail: &str) -> String {
    let mut d = Declaration::new();
    d.basic.municipality = review.declaration.municipality.clone();
    d.basic.declaration_date = review.declaration.declaration_date.clone();
    let name = crate::io::file_name(&d);
    let rest = name.strip_prefix("申告書_").unwrap_or(&name);
    let stem = rest.strip_suffix(".json").unwrap_or(rest);
    format!("照会事項_{stem}{tail}.json")
}
