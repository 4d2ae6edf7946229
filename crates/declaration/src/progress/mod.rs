//! The task list of the form: which sections apply ([`applies`]), how far each one is
//! ([`section_state`], with the words of [`SectionState::label`]), the errors of one section
//! ([`issues_of`]) and the way through the applicable sections ([`next_section`],
//! [`previous_section`]; the review page follows the last).
//!
//! Whether a section applies follows the two questions of 委託の概要 exactly as the rules do
//! ([`crate::rules::validate`] validates no section that does not apply), so a section that
//! is [`SectionState::Complete`] here never has an error there.

mod answered;

use answered::Answered;

use crate::answers::{section_asking, Asking};
use crate::fields::{section_of, Lang, Section};
use crate::matrix::default_matrix;
use crate::model::Declaration;
use crate::Issue;

/// Whether `section` is asked: 再委託先 only when the work is re-subcontracted
/// (`resubcontract == Some(true)`); クラウドサービス, 責任共有モデル and セキュリティ対策 only when
/// the system sits in a cloud (`uses_cloud == Some(true)`); every other section always.
/// While a question is unanswered, what depends on it does not apply yet.
pub fn applies(d: &Declaration, section: Section) -> bool {
    section_asking(d, section) == Asking::Asked
}

/// Where a section of the task list stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionState {
    /// Nothing answered yet.
    NotStarted,
    /// Begun, with errors the user has not been shown yet.
    InProgress,
    /// Begun and without any error.
    Complete,
    /// Begun, with errors, and the user has tried to continue from the page.
    HasErrors,
    /// The section does not apply: the answer it follows says so.
    NotApplicable,
    /// Whether it applies is not known yet: the question it follows is unanswered
    /// (GOV.UK "cannot start yet").
    Undecided,
}

impl SectionState {
    /// The tag of the task list: 未着手 / 入力中 / 完了 / エラーあり / 対象外.
    pub fn label(self, lang: Lang) -> &'static str {
        let (ja, en) = match self {
            SectionState::NotStarted => ("未着手", "Not started"),
            SectionState::InProgress => ("入力中", "In progress"),
            SectionState::Complete => ("完了", "Completed"),
            SectionState::HasErrors => ("エラーあり", "Has errors"),
            SectionState::NotApplicable => ("対象外", "Not applicable"),
            SectionState::Undecided => ("未定", "Cannot start yet"),
        };
        lang.pick(ja, en)
    }

    /// A stable name for styling: `not_started`, `in_progress`, `complete`, `has_errors`,
    /// `not_applicable`.
    pub fn as_str(self) -> &'static str {
        match self {
            SectionState::NotStarted => "not_started",
            SectionState::InProgress => "in_progress",
            SectionState::Complete => "complete",
            SectionState::HasErrors => "has_errors",
            SectionState::NotApplicable => "not_applicable",
            SectionState::Undecided => "undecided",
        }
    }
}

/// Whether anything of `section` has been answered (whether or not it applies).
///
/// 再委託先 and セキュリティ対策 count as begun as soon as their list has an entry. A
/// responsibility matrix that is still the one prefilled from the service model
/// ([`crate::matrix::apply_service_model`]) is not an answer of the user's, so 責任共有モデル
/// holding only that has not begun. Otherwise any non-blank answer in the section's part of
/// the file counts (a `false` yes/no is an answer; an empty text is not).
pub fn has_answers(d: &Declaration, section: Section) -> bool {
    match section {
        Section::Subcontractors => !d.subcontractors.is_empty(),
        Section::Measures => !d.measures.is_empty(),
        Section::Basic => d.basic.answered() || !d.addressees.is_empty(),
        Section::Entrustment => d.entrustment.answered(),
        Section::Cloud => d.cloud.answered(),
        Section::Attestation => d.attestation.answered(),
        Section::Responsibility => d.responsibility.as_ref().is_some_and(|r| {
            let prefilled = d
                .cloud
                .as_ref()
                .and_then(|c| c.service_model)
                .is_some_and(|m| r.matrix == default_matrix(m));
            r.model_document.answered()
                || r.understood.is_some()
                || (!r.matrix.is_empty() && !prefilled)
        }),
    }
}

/// Whether no section holds an answer (a new draft). Then every section's state is what
/// [`section_state_in`] says without the errors (they only tell apart the states of a
/// section with answers), and neither question the verdict hangs on is answered
/// ([`crate::verdict::statuses_undecided`]): the app shows the task list of a blank draft
/// before the code of the rules and the verdict is loaded.
pub fn is_blank(d: &Declaration) -> bool {
    Section::ALL.into_iter().all(|s| !has_answers(d, s))
}

/// Why `section` is not asked, in words: the answer it follows is no, or not given yet
/// (then the words say which question to answer). `None` when the section applies.
pub fn why_not_applicable(d: &Declaration, section: Section, lang: Lang) -> Option<String> {
    if applies(d, section) {
        return None;
    }
    let ((ja, en), answer) = if section == Section::Subcontractors {
        (crate::fields::RESUBCONTRACT, d.resubcontracts())
    } else {
        (crate::fields::USES_CLOUD, d.uses_cloud())
    };
    let question = lang.pick(ja, en);
    let entrustment = Section::Entrustment.title(lang);
    Some(match (lang, answer, section) {
        (Lang::Ja, None, _) => format!(
            "先に「{entrustment}」の「{question}」に回答してください。回答すると、記入が必要かどうかが決まります。"
        ),
        (Lang::En, None, _) => {
            format!("Answer “{question}” in {entrustment} first: it decides whether this section is needed.")
        }
        (Lang::Ja, _, Section::Subcontractors) => {
            "再委託しないため、この項目は記入しません。".to_string()
        }
        (Lang::En, _, Section::Subcontractors) => {
            "The work is not re-subcontracted, so this section is not needed.".to_string()
        }
        (Lang::Ja, _, _) => {
            "クラウド事業者の環境に設置しないため、この項目は記入しません。".to_string()
        }
        (Lang::En, _, _) => {
            "The system is not placed in a cloud, so this section is not needed.".to_string()
        }
    })
}

/// The errors ([`crate::rules::errors`]) of `section`, in form order. Empty when the section
/// does not apply, since the rules do not validate it then.
pub fn issues_of(d: &Declaration, section: Section) -> Vec<Issue> {
    section_errors(&crate::rules::errors(d), section)
}

fn section_errors(issues: &[Issue], section: Section) -> Vec<Issue> {
    issues
        .iter()
        .filter(|i| section_of(&i.path) == Some(section))
        .cloned()
        .collect()
}

/// Where `section` stands: [`SectionState::NotApplicable`] when the answer it follows says it
/// does not apply, [`SectionState::Undecided`] while that answer is not given;
/// [`SectionState::NotStarted`] while it [`has no answers`](has_answers);
/// [`SectionState::Complete`] when begun and without errors; otherwise
/// [`SectionState::HasErrors`] once the user has tried to continue from its page (`checked`)
/// and [`SectionState::InProgress`] before that. Warnings never stand in the way.
pub fn section_state(d: &Declaration, section: Section, checked: bool) -> SectionState {
    section_state_in(d, section, checked, &crate::rules::errors(d))
}

/// [`section_state`] with the errors of `d` ([`crate::rules::errors`]) already worked out,
/// as the form holds them: the task list asks for seven sections without validating seven
/// times.
pub fn section_state_in(
    d: &Declaration,
    section: Section,
    checked: bool,
    errors: &[Issue],
) -> SectionState {
    match section_asking(d, section) {
        Asking::NotAsked => return SectionState::NotApplicable,
        Asking::Undecided => return SectionState::Undecided,
        Asking::Asked => {}
    }
    if !has_answers(d, section) {
        SectionState::NotStarted
    } else if !errors.iter().any(|i| section_of(&i.path) == Some(section)) {
        SectionState::Complete
    } else if checked {
        SectionState::HasErrors
    } else {
        SectionState::InProgress
    }
}

/// The first applicable section after `from` in [`Section::ALL`] order (the first one of
/// all when `from` is `None`); `None` after the last, where the review page follows.
pub fn next_section(d: &Declaration, from: Option<Section>) -> Option<Section> {
    Section::ALL
        .into_iter()
        .filter(|&s| from.is_none_or(|f| s > f))
        .find(|&s| applies(d, s))
}

/// The last applicable section before `from`; `None` before the first.
pub fn previous_section(d: &Declaration, from: Section) -> Option<Section> {
    Section::ALL
        .into_iter()
        .rev()
        .filter(|&s| s < from)
        .find(|&s| applies(d, s))
}

#[cfg(test)]
mod tests;
