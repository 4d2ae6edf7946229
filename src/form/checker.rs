//! Checking a draft: the core's rules (spec §3, every error) and verdict (spec §4, every
//! condition's status). Both, with their messages in two languages, are about a tenth of the
//! first visit's download, and a first visit has nothing to check: its draft is blank, and a
//! blank draft's task list is known without them ([`progress::is_blank`]). So the form
//! reaches them only through a [`Checker`] of plain functions. In the release build
//! (`--cfg split`) it comes from a split point of its own: fetched when the draft holds an
//! answer and no page brought it yet, and made by the pages' chunks when they open (they hold
//! the rules anyway, [`install`]). In every other build it is there from the start.

use declaration::verdict::{CondId, Status};
use declaration::{progress, rules, verdict, Declaration, Issue};
use leptos::prelude::*;

/// What checking a draft takes, as plain functions (the code behind them is in a chunk in
/// the release build).
pub struct Checker {
    /// Every error of the draft ([`rules::errors`]).
    pub errors: fn(&Declaration) -> Vec<Issue>,
    /// Every condition's status ([`verdict::statuses`]).
    pub statuses: fn(&Declaration) -> Vec<(CondId, Status)>,
}

/// Where the form's checker stands.
#[derive(Clone, Copy)]
pub enum Checking {
    /// Not here yet (the release build before its chunk came).
    Absent,
    /// Its chunk could not be fetched.
    Failed,
    Ready(&'static Checker),
}

/// What the form can show of its checks: [`Checking`] with the draft taken into account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checks {
    /// The errors and statuses the form holds are the draft's: the checker is here, or the
    /// draft is blank.
    Known,
    /// The draft holds answers and the checker is on its way.
    Loading,
    /// The draft holds answers and the checker could not be fetched.
    Failed,
}

impl Checking {
    /// The checker when it is here (always, but in the release build before its chunk came).
    pub fn now() -> Self {
        get().map_or(Checking::Absent, Checking::Ready)
    }

    /// The errors of `d`; none without the checker (exact for a blank draft).
    pub fn errors(self, d: &Declaration) -> Vec<Issue> {
        match self {
            Checking::Ready(c) => (c.errors)(d),
            _ => Vec::new(),
        }
    }

    /// The statuses of `d`; without the checker those of a draft whose verdict hangs on
    /// nothing answered yet (a blank draft's), else none.
    pub fn statuses(self, d: &Declaration) -> Vec<(CondId, Status)> {
        match self {
            Checking::Ready(c) => (c.statuses)(d),
            _ => verdict::statuses_undecided(d).unwrap_or_default(),
        }
    }

    /// What can be shown of the checks of `d`.
    pub fn checks(self, d: &Declaration) -> Checks {
        match self {
            Checking::Ready(_) => Checks::Known,
            _ if progress::is_blank(d) => Checks::Known,
            Checking::Absent => Checks::Loading,
            Checking::Failed => Checks::Failed,
        }
    }
}

/// The checker's functions (called only from the split point and from the pages' chunks in
/// the release build, so that all they reach stays out of the main module).
fn make() -> Checker {
    Checker {
        errors: rules::errors,
        statuses: verdict::statuses,
    }
}

crate::chunked::fn_table!(draft_checker, split_checker, Checker, make);

/// Fetches the checker's chunk into `checking`, when it is [`Checking::Absent`] and the draft
/// holds answers (the draft of a returning user, or a file just opened): the form's effect.
/// Outside the release build the checker is always here, and this does nothing.
pub fn fetch_when_needed(checking: RwSignal<Checking>, draft: RwSignal<Declaration>) {
    #[cfg(split)]
    Effect::new(move |_| {
        thread_local! {
            static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
        }
        if !matches!(checking.get(), Checking::Absent) || draft.with(progress::is_blank) {
            return;
        }
        if ASKED.with(|a| a.replace(true)) {
            return;
        }
        leptos::task::spawn_local(async move {
            let got = load().await;
            ASKED.with(|a| a.set(false));
            // A page's chunk may have made it meanwhile.
            if matches!(checking.get_untracked(), Checking::Ready(_)) {
                return;
            }
            checking.set(got.map_or(Checking::Failed, Checking::Ready));
        });
    });
    #[cfg(not(split))]
    let _ = (checking, draft);
}
