//! What a list does: [`Entries`] adds, moves and removes entries through the core's
//! [`lists`], keeps the answers the user has left with their entry (`touched` renumbered),
//! tracks which entries are open and which one is asked about removal, and names the
//! elements of the list. [`EntryView`] is what each page fills in: an entry's summary,
//! its answers and its removal question.

use crate::form::{control_id, Form};
use crate::widgets::focus::focus_later;
use declaration::answers::{entry_name, entry_title, parents_in_words, Group};
use declaration::lists::{self, OnRemove};
use declaration::words::Words;
use declaration::Declaration;
use leptos::prelude::*;
use std::collections::HashSet;

/// What the removal of one entry asks: a title, perhaps more detail, and the buttons.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveQuestion {
    pub title: Words,
    pub detail: Option<Words>,
    /// Each way to remove it (a subcontractor with subcontractors below it has two).
    pub choices: Vec<(Words, OnRemove)>,
}

impl RemoveQuestion {
    /// 「<title>を削除しますか。」 with one 削除する.
    pub fn simple(d: &Declaration, group: Group, index: usize) -> RemoveQuestion {
        let what = entry_title(d, group, index);
        RemoveQuestion {
            title: Words::new(
                format!(
                    "「{}」を削除しますか。入力した内容は元に戻せません。",
                    what.ja
                ),
                format!("Remove “{}”? What you entered cannot be restored.", what.en),
            ),
            detail: None,
            choices: vec![(
                Words::new("削除する", "Yes, remove it"),
                OnRemove::ReattachToParent,
            )],
        }
    }
}

/// What one page shows of each entry.
#[derive(Clone, Copy)]
pub struct EntryView {
    /// Under the title, open or closed: what the entry is at a glance.
    pub summary: Callback<usize, AnyView>,
    /// The entry's answers.
    pub body: Callback<usize, AnyView>,
    /// What removing it asks.
    pub question: Callback<usize, RemoveQuestion>,
    /// Whether entries open and close (a short entry is always open).
    pub collapsible: bool,
    /// The answer a new entry's focus goes to (`name`, `category`).
    pub first: &'static str,
    /// How deep in the tree an entry sits (1 for most), for its indent and caption.
    pub depth: Option<Callback<usize, usize>>,
    /// Entries that cannot be removed here (the subcontractor's own entry in its part).
    pub fixed: Option<Callback<usize, bool>>,
}

/// What a card shows of the declaration: its title, its name and (a subcontractor) its
/// 委託元 in words for the summary, and whether it can move up or down.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Card {
    pub title: Words,
    pub name: Option<Words>,
    pub parent: Option<Words>,
    pub up: bool,
    pub down: bool,
}

/// The [`Card`] of every entry of `group`, in one pass over the list.
fn cards_of(d: &Declaration, group: Group) -> Vec<Card> {
    let mut parents = match group {
        Group::Subcontractors => parents_in_words(d),
        _ => Vec::new(),
    }
    .into_iter();
    lists::neighbours(d, group)
        .into_iter()
        .enumerate()
        .map(|(i, (up, down))| Card {
            title: entry_title(d, group, i),
            name: entry_name(d, group, i),
            parent: parents.next(),
            up: up.is_some(),
            down: down.is_some(),
        })
        .collect()
}

impl Entries {
    /// Card `index` of the list as a memo of its own, which notifies only when that card's
    /// part changes.
    pub fn card(&self, index: usize) -> Memo<Card> {
        let cards = self.cards;
        Memo::new(move |_| cards.with(|c| c.get(index).cloned().unwrap_or_default()))
    }
}

/// The state of one list, shared by its cards.
#[derive(Clone, Copy)]
pub struct Entries {
    pub form: Form,
    pub group: Group,
    /// Every card's [`Card`], worked out once per change of the draft: each card reads
    /// its own from here, so hundreds of cards do not each re-read the draft on a keystroke.
    pub cards: Memo<Vec<Card>>,
    /// Keys of the open entries.
    open: RwSignal<HashSet<String>>,
    /// The entry whose removal is being asked.
    pub removing: RwSignal<Option<usize>>,
    /// What the last removal did, for the status line.
    pub status: RwSignal<Option<Words>>,
    /// App-only keys of entries that carry no id (storage regions), in list order; not
    /// reactive: the draft drives the list, the keys only name its entries.
    keys: StoredValue<Vec<u64>>,
    next_key: StoredValue<u64>,
}

impl Entries {
    /// The list of `group`, with the entries another page asked to open ([`Form::to_open`]) open.
    pub fn new(form: Form, group: Group) -> Self {
        let mine = |id: &String| {
            form.draft.with_untracked(|d| match group {
                Group::Subcontractors => d.subcontractors.iter().any(|s| s.id == *id),
                Group::Measures => d.measures.iter().any(|m| m.id == *id),
                Group::Addressees => d.addressees.iter().any(|a| a.id == *id),
                Group::Regions => false,
            })
        };
        let asked: HashSet<String> = form
            .to_open
            .with_untracked(|ids| ids.iter().filter(|id| mine(id)).cloned().collect());
        if !asked.is_empty() {
            form.to_open
                .update(|ids| ids.retain(|id| !asked.contains(id)));
        }
        Entries {
            form,
            group,
            cards: Memo::new(move |_| form.draft.with(|d| cards_of(d, group))),
            open: RwSignal::new(asked),
            removing: RwSignal::new(None),
            status: RwSignal::new(None),
            keys: StoredValue::new(Vec::new()),
            next_key: StoredValue::new(0),
        }
    }

    /// The path of entry `index`: `measures[2]`.
    pub fn path(&self, index: usize) -> String {
        format!("{}[{index}]", self.group.path())
    }

    /// The stem of the element ids of this list's parts: `subcontractor`, `region`, `measure`.
    fn stem(&self) -> &'static str {
        match self.group {
            Group::Subcontractors => "subcontractor",
            Group::Regions => "region",
            Group::Measures => "measure",
            Group::Addressees => "addressee",
        }
    }

    /// The id of one of entry `index`'s parts: `measure-2-up`, `subcontractor-0-remove`.
    pub fn part_id(&self, index: usize, part: &str) -> String {
        format!("{}-{index}-{part}", self.stem())
    }

    /// The id of the list's heading (focus goes there after a removal).
    pub fn heading_id(&self) -> String {
        format!("{}-title", control_id(self.group.path()))
    }

    /// The key of entry `index`: its id, or the list's own key for entries without one.
    pub fn key(&self, d: &Declaration, index: usize) -> String {
        match self.group {
            Group::Subcontractors => d.subcontractors.get(index).map(|s| s.id.clone()),
            Group::Measures => d.measures.get(index).map(|m| m.id.clone()),
            Group::Addressees => d.addressees.get(index).map(|a| a.id.clone()),
            Group::Regions => {
                self.sync_keys(lists::len(d, self.group));
                self.keys
                    .with_value(|k| k.get(index).map(|k| format!("key-{k}")))
            }
        }
        .unwrap_or_default()
    }

    /// Makes the app-only keys as many as the entries (a list changed from elsewhere — an
    /// import, another tab — gets fresh keys).
    fn sync_keys(&self, len: usize) {
        if self.keys.with_value(Vec::len) != len {
            let fresh: Vec<u64> = (0..len).map(|_| self.fresh_key()).collect();
            self.keys.set_value(fresh);
        }
    }

    fn fresh_key(&self) -> u64 {
        let k = self.next_key.get_value();
        self.next_key.set_value(k + 1);
        k
    }

    /// Whether entry `index` is open (always, when the list does not fold).
    pub fn is_open(&self, index: usize) -> bool {
        let key = self.form.draft.with(|d| self.key(d, index));
        self.open.with(|o| o.contains(&key))
    }

    /// Opens entry `index` (it stays open until closed).
    pub fn open(&self, index: usize) {
        let key = self.form.draft.with_untracked(|d| self.key(d, index));
        if !self.open.with_untracked(|o| o.contains(&key)) {
            self.open.update(|o| {
                o.insert(key);
            });
        }
    }

    /// Opens entry `index` when closed, closes it when open.
    pub fn toggle(&self, index: usize) {
        let key = self.form.draft.with_untracked(|d| self.key(d, index));
        self.open.update(|o| {
            if !o.remove(&key) {
                o.insert(key);
            }
        });
    }

    /// Adds an entry by `add` (which returns its index), opens it and focuses its `first`
    /// answer.
    pub fn add(&self, first: &str, add: impl FnOnce(&mut Declaration) -> usize) {
        let mut index = 0;
        let len = self
            .form
            .draft
            .with_untracked(|d| lists::len(d, self.group));
        if self.group == Group::Regions {
            self.sync_keys(len);
        }
        self.form.draft.update(|d| index = add(d));
        if self.group == Group::Regions {
            let key = self.fresh_key();
            self.keys.update_value(|k| k.push(key));
        }
        self.open(index);
        self.removing.set(None);
        self.status.set(None);
        focus_later(vec![control_id(&format!("{}.{first}", self.path(index)))]);
    }

    /// Moves entry `index` past its neighbour (a subcontractor among its siblings); focus
    /// stays on the same button of the moved entry, or the other one when that is gone.
    pub fn shift(&self, index: usize, up: bool) {
        let len = self
            .form
            .draft
            .with_untracked(|d| lists::len(d, self.group));
        self.sync_keys(len);
        let mut moved = None;
        self.form
            .draft
            .update(|d| moved = lists::shift(d, self.group, index, up));
        let Some(other) = moved else {
            return;
        };
        if self.group == Group::Regions {
            self.keys.update_value(|k| k.swap(index, other));
        }
        self.renumber(|k| {
            Some(match k {
                k if k == index => other,
                k if k == other => index,
                k => k,
            })
        });
        self.removing.set(None);
        self.status.set(None);
        let (same, opposite) = if up { ("up", "down") } else { ("down", "up") };
        focus_later(
            [same, opposite, "toggle", "remove"]
                .iter()
                .map(|b| self.part_id(other, b))
                .collect(),
        );
    }

    /// Removes entry `index` as `how` says, says so in the status line and focuses the list's
    /// heading.
    pub fn remove(&self, index: usize, how: OnRemove) {
        let len = self
            .form
            .draft
            .with_untracked(|d| lists::len(d, self.group));
        self.sync_keys(len);
        let key = self.form.draft.with_untracked(|d| self.key(d, index));
        let mut gone = Vec::new();
        self.form
            .draft
            .update(|d| gone = lists::remove(d, self.group, index, how));
        if self.group == Group::Regions {
            self.keys.update_value(|k| {
                for &g in gone.iter().rev() {
                    if g < k.len() {
                        k.remove(g);
                    }
                }
            });
        }
        self.renumber(|k| {
            (!gone.contains(&k)).then(|| k - gone.iter().filter(|g| **g < k).count())
        });
        self.open.update(|o| {
            o.remove(&key);
        });
        self.removing.set(None);
        let noun = self.group.noun();
        let n = gone.len();
        let en = if n == 1 {
            format!("1 {} removed.", noun.en.to_lowercase())
        } else {
            format!("{n} {}s removed.", noun.en.to_lowercase())
        };
        self.status.set(Some(Words::new(
            format!("{}を{n}件削除しました。", noun.ja),
            en,
        )));
        focus_later(vec![self.heading_id()]);
    }

    /// Renumbers the answers the user has left after entries moved or went.
    fn renumber(&self, f: impl Fn(usize) -> Option<usize>) {
        let group = self.group;
        self.form.touched.update(|t| {
            *t = t
                .drain()
                .filter_map(|path| lists::renumber(&path, group, &f))
                .collect();
        });
    }
}
