//! The signals of the change-list page ([`ChangesState`]): the earlier version chosen, the
//! 変更日, the choices per row, and the changes the core finds between the two versions.

use crate::form::Form;
use declaration::changes::{self, Change, ChangeRow, Timing};
use declaration::date::Date;
use declaration::words::Words;
use declaration::Declaration;
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// The earlier version chosen: what it is called, and the declaration.
#[derive(Clone)]
pub struct Earlier {
    /// 「ファイル「申告書_○○市.json」」.
    pub name: Words,
    pub declaration: Arc<Declaration>,
    /// The snapshot's number, when it is one of the draft's snapshots.
    pub snapshot: Option<u32>,
}

/// What the user chose for one row: its 提出時期 and the explanation.
pub type Choice = (Timing, String);

/// The signals of the page.
#[derive(Clone, Copy)]
pub struct ChangesState {
    pub form: Form,
    pub earlier: RwSignal<Option<Earlier>>,
    /// 変更日 as the user last committed it, normalised (`YYYY-MM-DD` when it reads as a date).
    pub date: RwSignal<String>,
    /// The choices per row, by the change's path (rows not chosen are 未選択 with no explanation).
    pub choices: RwSignal<HashMap<String, Choice>>,
    /// The changes from the earlier version to the draft (empty while none is chosen).
    pub changes: Memo<Vec<Change>>,
    /// The rows selected for setting their 提出時期 at once, by path ([`ChangesState::selected_paths`]).
    pub selected: RwSignal<HashSet<String>>,
}

impl ChangesState {
    pub fn new(form: Form) -> Self {
        let earlier = RwSignal::new(None::<Earlier>);
        let changes = Memo::new(move |_| {
            earlier.with(|e| match e {
                Some(e) => form.draft.with(|d| changes::diff(&e.declaration, d)),
                None => Vec::new(),
            })
        });
        ChangesState {
            form,
            earlier,
            date: RwSignal::new(crate::draft::today()),
            choices: RwSignal::new(HashMap::new()),
            changes,
            selected: RwSignal::new(HashSet::new()),
        }
    }

    /// Compares with `e` from now on; the choices of the rows start afresh.
    pub fn set_earlier(&self, e: Earlier) {
        self.choices.set(HashMap::new());
        self.selected.set(HashSet::new());
        self.earlier.set(Some(e));
    }

    /// The choice of the row at `path`.
    pub fn choice(&self, path: &str) -> Choice {
        self.choices
            .with(|c| c.get(path).cloned())
            .unwrap_or_default()
    }

    /// Changes the choice of the row at `path`.
    pub fn choose(&self, path: &str, f: impl FnOnce(&mut Choice)) {
        self.choices
            .update(|c| f(c.entry(path.to_string()).or_default()));
    }

    /// The paths of the rows selected, in the table's order (a selected row that is no
    /// longer a change is not among them).
    pub fn selected_paths(&self) -> Vec<String> {
        self.selected.with(|sel| {
            self.changes.with(|all| {
                all.iter()
                    .filter(|c| sel.contains(&c.path))
                    .map(|c| c.path.clone())
                    .collect()
            })
        })
    }

    /// Selects or unselects the row at `path`.
    pub fn select(&self, path: &str, on: bool) {
        self.selected.update(|s| {
            if on {
                s.insert(path.to_string());
            } else {
                s.remove(path);
            }
        });
    }

    /// Selects every row, or none.
    pub fn select_all(&self, on: bool) {
        let all: HashSet<String> = if on {
            self.changes
                .with_untracked(|c| c.iter().map(|c| c.path.clone()).collect())
        } else {
            HashSet::new()
        };
        self.selected.set(all);
    }

    /// Sets the 提出時期 of every selected row to `timing`, and its explanation to
    /// `explanation` unless that is blank (then each keeps its own). Gives how many rows.
    pub fn apply_to_selected(&self, timing: Timing, explanation: &str) -> usize {
        let paths = self.selected_paths();
        let why = explanation.trim();
        self.choices.update(|c| {
            for p in &paths {
                let choice = c.entry(p.clone()).or_default();
                choice.0 = timing;
                if !why.is_empty() {
                    choice.1 = why.to_string();
                }
            }
        });
        paths.len()
    }

    /// 変更日 when it is a real date.
    pub fn valid_date(&self) -> Option<String> {
        let d = self.date.get_untracked();
        Date::parse(&d).map(|_| d)
    }

    /// The rows as they would be handed in.
    pub fn rows(&self) -> Vec<ChangeRow> {
        let date = self.date.get_untracked();
        self.changes
            .get_untracked()
            .into_iter()
            .map(|change| {
                let (timing, explanation) = self.choice(&change.path);
                ChangeRow {
                    date: date.clone(),
                    change,
                    timing,
                    explanation,
                }
            })
            .collect()
    }
}
