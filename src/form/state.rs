//! The state one form session shares between its pages and widgets, as one `Copy` bundle of
//! signals passed in as a prop: the draft, the language, the validation issues computed by
//! the core, which answers the user has left (blur), which pages they tried to continue
//! from, and the unknown keys of an imported file. Errors show for an answer once it was left, or once its page was submitted.

use super::checker::{self, Checking, Checks};
use declaration::fields::{section_of, Section};
use declaration::verdict::{CondId, Status};
use declaration::words::Words;
use declaration::{access, Declaration, Issue, Lang};
use leptos::prelude::*;
use std::collections::HashSet;

/// The signals of one form session.
#[derive(Clone, Copy)]
pub struct Form {
    pub draft: RwSignal<Declaration>,
    pub lang: Signal<Lang>,
    /// The rules and the verdict, when their code is here ([`checker`]).
    pub checking: RwSignal<Checking>,
    /// Every error of the draft, from the core's rules (spec §3) (none while the checker is
    /// not here: see [`Form::checks`]).
    pub issues: Memo<Vec<Issue>>,
    /// Paths of the answers the user has left at least once.
    pub touched: RwSignal<HashSet<String>>,
    /// Sections whose page the user tried to continue from.
    pub checked: RwSignal<HashSet<Section>>,
    /// Keys of an imported or migrated file this app does not know, kept through saving
    /// and export (spec §2).
    pub extra: RwSignal<serde_json::Value>,
    /// Ids of entries another page added for the user to fill in (a measure the
    /// responsibility table asks for): their list opens them when it shows.
    pub to_open: RwSignal<Vec<String>>,
    /// Ids of the subcontractors with a request for their part out, not returned yet (kept
    /// by [`crate::store::PartStates`]): their answers are awaited, not errors.
    pub requested: RwSignal<Vec<String>>,
    /// The paths of those entries and of every entry below them ([`Form::awaited`]).
    pub awaiting: RwSignal<Vec<String>>,
}

impl Form {
    /// A form over `draft`, in the language `lang`.
    pub fn new(draft: RwSignal<Declaration>, lang: Signal<Lang>) -> Self {
        let checking = RwSignal::new(Checking::now());
        let issues = Memo::new(move |_| {
            let c = checking.get();
            draft.with(|d| c.errors(d))
        });
        checker::fetch_when_needed(checking, draft);
        Form {
            draft,
            lang,
            checking,
            issues,
            touched: RwSignal::new(HashSet::new()),
            checked: RwSignal::new(HashSet::new()),
            extra: RwSignal::new(serde_json::Value::Object(Default::default())),
            to_open: RwSignal::new(Vec::new()),
            requested: RwSignal::new(Vec::new()),
            awaiting: RwSignal::new(Vec::new()),
        }
    }

    /// Makes the checker here (a page's chunk does, before it shows: the rules are in it
    /// anyway), so that [`Form::issues`] holds the draft's errors from the page's first frame.
    pub fn install_checker(&self) {
        if !matches!(self.checking.get_untracked(), Checking::Ready(_)) {
            self.checking.set(Checking::Ready(checker::install()));
        }
    }

    /// Whether the errors and statuses the form holds are the draft's ([`Checks`]).
    pub fn checks(&self) -> Checks {
        let c = self.checking.get();
        self.draft.with(|d| c.checks(d))
    }

    /// Every condition's status (spec §4), in [`CondId::ALL`] order.
    pub fn statuses(&self) -> Vec<(CondId, Status)> {
        let c = self.checking.get();
        self.draft.with(|d| c.statuses(d))
    }

    /// The answer at `path`, as text.
    pub fn text(&self, path: &str) -> String {
        self.draft.with(|d| access::get_text(d, path))
    }

    /// Writes a typed answer; the error (if the text cannot be that answer) in both languages.
    pub fn set_text(&self, path: &str, text: &str) -> Result<(), access::AccessError> {
        let mut result = Ok(());
        self.draft
            .update(|d| result = access::set_text(d, path, text));
        result
    }

    /// Writes any answer (a choice, yes/no, a check).
    pub fn set_value(&self, path: &str, value: serde_json::Value) {
        self.draft.update(|d| {
            let _ = access::set(d, path, value);
        });
    }

    /// Marks an answer as left by the user, so its error may show.
    pub fn touch(&self, path: &str) {
        if !self.touched.with_untracked(|t| t.contains(path)) {
            self.touched.update(|t| {
                t.insert(path.to_string());
            });
        }
    }

    /// The one rule for when an error shows: once the user left the answer at `path`, or
    /// tried to continue from its page.
    pub fn is_shown(&self, path: &str) -> bool {
        self.touched.with(|t| t.contains(path))
            || section_of(path).is_some_and(|s| self.checked.with(|c| c.contains(&s)))
    }

    /// The errors at exactly `path` that show ([`Form::is_shown`]); a group can carry several
    /// (one per layer without a measure).
    pub fn shown_errors_at(&self, path: &str) -> Vec<Issue> {
        if !self.is_shown(path) {
            return Vec::new();
        }
        self.issues
            .with(|all| all.iter().filter(|i| i.path == path).cloned().collect())
    }

    /// The messages of [`Form::shown_errors_at`], as [`ErrorMessage`](crate::widgets::ErrorMessage)
    /// shows them, as a signal.
    pub fn shown_messages_at(&self, path: impl Into<String>) -> Signal<Vec<Words>> {
        let (form, path) = (*self, path.into());
        Signal::derive(move || {
            form.shown_errors_at(&path)
                .into_iter()
                .map(|i| i.text)
                .collect()
        })
    }

    /// The `aria-describedby` of the control or group at `path`, which has a hint: the hint,
    /// and the error message while one shows ([`described_by`]).
    pub fn described_at(&self, path: &str) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        let (hint, error, messages) = (hint_id(path), error_id(path), self.shown_messages_at(path));
        move || {
            described_by(
                Some(&hint),
                (!messages.with(Vec::is_empty)).then_some(error.as_str()),
            )
        }
    }

    /// The error to show under the answer at `path`, if any: the first of
    /// [`Form::shown_errors_at`].
    pub fn error_for(&self, path: &str) -> Option<Issue> {
        self.shown_errors_at(path).into_iter().next()
    }

    /// How many errors of the answers below `prefix` (`measures[2].`) show, and how many
    /// errors they have in all: an entry's state tag.
    pub fn errors_under(&self, prefix: &str) -> (usize, usize) {
        self.issues.with(|all| {
            let under: Vec<&Issue> = all.iter().filter(|i| i.path.starts_with(prefix)).collect();
            let shown = under.iter().filter(|i| self.is_shown(&i.path)).count();
            (shown, under.len())
        })
    }

    /// The errors of one section, in order, once its page was submitted — but those of the
    /// entries waiting for a part to come back ([`Form::awaited`]): they are the
    /// subcontractor's to give, and do not block the requester.
    pub fn shown_errors_of(&self, section: Section) -> Vec<Issue> {
        if !self.checked.with(|c| c.contains(&section)) {
            return Vec::new();
        }
        let awaited = self.awaited();
        self.issues.with(|all| {
            all.iter()
                .filter(|i| section_of(&i.path) == Some(section))
                .filter(|i| !declaration::part::is_awaited(&i.path, &awaited))
                .cloned()
                .collect()
        })
    }

    /// The entries of the draft waiting for a part to come back: those with a request out
    /// ([`Form::requested`]) and every entry below them, by path (`subcontractors[3]`).
    pub fn awaited(&self) -> Vec<String> {
        self.awaiting.get()
    }
}

/// The ids an answer's control is described by: its hint (when it has one), then its error
/// message while one shows.
pub fn described_by(hint: Option<&str>, error: Option<&str>) -> String {
    hint.into_iter().chain(error).collect::<Vec<_>>().join(" ")
}

/// The id of the hint of the answer at `path` (`aria-describedby` names it).
pub fn hint_id(path: &str) -> String {
    format!("{}-hint", control_id(path))
}

/// The id of the error message of the answer at `path` (`aria-describedby` names it).
pub fn error_id(path: &str) -> String {
    format!("{}-error", control_id(path))
}

/// The element id of the control of an answer: `subcontractors[1].name` → `f-subcontractors-1-name`.
pub fn control_id(path: &str) -> String {
    let mut id = String::from("f-");
    for c in path.chars() {
        match c {
            '.' | '[' => id.push('-'),
            ']' => {}
            c => id.push(c),
        }
    }
    id
}
