//! # declaration
//!
//! The cloud re-subcontracting self-declaration, as pure Rust: no web-sys, leptos or
//! wasm-bindgen, so it compiles and is tested natively and in wasm alike. The browser app,
//! the `declaration-check` CLI and every output read the declaration through this crate.
//!
//! Data flows one way: **[`io`] (JSON in) → [`model`] → [`rules`] and [`verdict`] → views**.
//!
//! | module | owns |
//! |---|---|
//! | [`model`] | the exchange format of spec §2 as serde types |
//! | [`fields`] | the field registry: every answer's labels (spec §6), hint, section, kind of value, need, condition; [`fields::key`] names each |
//! | [`addressees`] | 宛先: what differs per municipality, its 団体コード, rows pasted from Excel, each addressee's file |
//! | [`check_digits`] | numbers with a check digit: their faults, their digits read |
//! | [`corporate_number`] | 法人番号: whether a value is one (13 digits, the check digit) |
//! | [`date`] | calendar dates of the format |
//! | [`glossary`] | 用語集: the words a non-engineer may not know, and the answers they help with |
//! | [`examples`] | 記入例: what a good answer looks like, per field, per place in the chain and per measure category; the ○ blanks an answer must not keep |
//! | [`countries`] | countries of storage regions: codes and names, 日本 first |
//! | [`era`] | dates as read: the Japanese era (令和6年2月20日), long dates in both languages |
//! | [`normalize`] | answers in their canonical form by kind of value (phone, postal code, email, URL, certificate numbers, 法人番号 half-width; dates as typed), the registry walked |
//! | [`rules`] | spec §3 validation: [`Issue`]s with path, severity and ja/en message |
//! | [`verdict`] | spec §4 compliance verdict, condition by condition |
//! | [`matrix`] | responsibility-matrix defaults per service model |
//! | [`io`] | import (limits, errors with paths, migration) and export, integrity hash |
//! | [`access`] | reading and writing one answer by its path (`subcontractors[1].name`) |
//! | [`answers`] | for any path: whether it is asked, its words, an entry's title; a section as rows |
//! | [`progress`] | the task list: which sections apply, their state, next / previous |
//! | [`lists`] | adding, moving and removing entries of the repeated lists; fresh ids |
//! | [`tree`] | the subcontracting tree's shape: children, depth, order, parent choices |
//! | [`hidden`] | spec §7 hidden answers: what the export leaves out |
//! | [`csv`] | CSV for Excel: BOM, CRLF, quoting, cells that cannot run as formulas |
//! | [`changes`] | the change list (変更箇所) between two versions, and its CSV |
//! | [`diagram`] | the implementation structure diagram (履行体制図): SVG, layout, text alternative |
//! | [`words`] | an answer in words in both languages: yes/no, a choice's words |
//! | [`fuzzing`] | the property every file keeps, whatever its bytes: one harness for the fuzzer and the tests |
//! | [`inbox`] | 受付一覧: one row per received file, its filters, order and CSV (shared with the CLI) |
//! | [`part`] | the part file (記入依頼): a subcontractor's entry sent down the chain, read back and merged three ways |
//! | [`review`] | the reviewer's review file (照会事項): read, write, which declaration, where each question belongs |
//! | [`schema`] | the JSON Schemas of the three formats, derived from the serde types (feature `schema`) |
//! | [`xlsx`] | Excel workbooks of a declaration and of the change list (feature `xlsx`) |
//! | [`drafts`] | several drafts in a key-value store (localStorage): list, save with revisions, snapshots |

pub mod access;
pub mod addressees;
pub mod answers;
pub mod changes;
pub mod check_digits;
pub mod corporate_number;
pub mod countries;
pub mod csv;
pub mod date;
pub mod diagram;
pub mod drafts;
pub mod era;
pub mod examples;
pub mod fields;
#[cfg(test)]
mod fixtures;
pub mod fuzzing;
pub mod glossary;
pub mod hidden;
pub mod inbox;
pub mod io;
pub mod lists;
pub mod matrix;
pub mod model;
pub mod normalize;
pub mod part;
pub mod progress;
pub mod review;
pub mod rules;
#[cfg(feature = "schema")]
pub mod schema;
pub mod time;
pub mod tree;
pub mod verdict;
pub mod words;
#[cfg(feature = "xlsx")]
pub mod xlsx;

pub use fields::Lang;
pub use model::Declaration;

/// How serious an [`Issue`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Blocks the *complete* status.
    Error,
    /// Worth a look; does not block.
    Warning,
}

/// One finding of the validation: where, how serious, and how to fix it in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Issue {
    /// The path of the answer, like `subcontractors[1].address`.
    pub path: String,
    pub severity: Severity,
    /// The message, naming the field as the user sees it and saying how to fix it (written
    /// as `ja` and `en` beside `path` in JSON).
    #[serde(flatten)]
    pub text: words::Words,
    /// Whether the issue says something is not written yet (a required answer missing, a
    /// measure category not given, an example's ○ left in) rather than that an answer given
    /// is wrong: the verdict reads what is not written as 未入力, never 不適合 (spec §4).
    #[serde(skip)]
    pub unwritten: bool,
}

impl Issue {
    /// The message in the given language.
    pub fn message(&self, lang: Lang) -> &str {
        self.text.pick(lang)
    }
}
