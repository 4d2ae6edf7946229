//! 再委託先 (spec §2 `subcontractors`, S5–S9): the subcontracting chain, a tree of any depth
//! rooted at the contractor, as a GOV.UK "add another" list.
//!
//! The list shows every subcontractor in tree order ([`tree::ordered`]), indented by depth,
//! each as a short summary (number, name, who commissions it, its state) with 変更 / 上へ /
//! 下へ / 削除. 変更 opens the entry's answers inline ([`entry`]); removing an entry asks
//! first, and asks what to do with the entries below it ([`remove`]).
//! Below the list, the 履行体制図 of the chain as it stands ([`diagram`]).
//!
//! Errors and closed entries: once the page was checked (the user tried to continue), an
//! entry with an error is always open, and stays open once it was (so fixing its last error
//! never folds it away under the cursor). So every link of the error summary finds its
//! control: `f-subcontractors` is the whole list, `f-subcontractors-N-id` the entry itself,
//! and every other path a control inside it.

mod diagram;
mod entry;
mod parent;
mod remove;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

use crate::form::{control_id, Form};
use declaration::fields;
use declaration::tree::{self, OnRemove};
use declaration::{Declaration, Lang};
use entry::Entry;
use leptos::prelude::*;
use std::collections::HashSet;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// The id of the list's heading, where focus goes after a removal.
const HEADING_ID: &str = "subcontractors-title";

/// The state of the list shared by its entries.
#[derive(Clone, Copy)]
pub(super) struct ListState {
    form: Form,
    /// Ids of the entries whose answers are open.
    open: RwSignal<HashSet<String>>,
    /// The entry whose removal is being confirmed.
    removing: RwSignal<Option<usize>>,
    /// What the last removal did, for the status line (ja, en).
    status: RwSignal<Option<(String, String)>>,
}

impl ListState {
    fn new(form: Form) -> Self {
        ListState {
            form,
            open: RwSignal::new(HashSet::new()),
            removing: RwSignal::new(None),
            status: RwSignal::new(None),
        }
    }

    /// The id of subcontractor `index` (empty when there is none).
    fn id_of(&self, index: usize) -> String {
        self.form.draft.with(|d| id_at(d, index))
    }

    /// Adds a subcontractor commissioned by `parent`, opens it and moves focus to its name.
    fn add(&self, parent: &str) {
        let mut index = 0;
        self.form
            .draft
            .update(|d| index = lists::add_subcontractor(d, parent));
        let id = self.form.draft.with_untracked(|d| id_at(d, index));
        self.open.update(|o| {
            o.insert(id);
        });
        self.removing.set(None);
        self.status.set(None);
        focus_later(vec![control_id(&format!("subcontractors[{index}].name"))]);
    }

    /// Moves subcontractor `index` before its previous sibling (`up`) or after its next one.
    fn shift(&self, index: usize, up: bool) {
        let Some(other) = self.form.draft.with_untracked(|d| sibling(d, index, up)) else {
            return;
        };
        self.form
            .draft
            .update(|d| d.subcontractors.swap(index, other));
        remap_touched(self.form, |k| {
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
                .map(|b| button_id(other, b))
                .collect(),
        );
    }

    /// Removes subcontractor `index` as `how` says, and moves focus to the list heading.
    fn remove(&self, index: usize, how: OnRemove) {
        let (id, gone) = self.form.draft.with_untracked(|d| {
            let id = id_at(d, index);
            let shared = d
                .subcontractors
                .iter()
                .enumerate()
                .any(|(j, s)| j != index && s.id == id);
            let mut gone = vec![index];
            if how == OnRemove::RemoveDescendants && !shared {
                gone.extend(tree::descendants(d, &id));
            }
            (id, gone)
        });
        let mut removed = 0;
        self.form
            .draft
            .update(|d| removed = lists::remove_subcontractor(d, index, how));
        if removed == gone.len() {
            remap_touched(self.form, |k| {
                (!gone.contains(&k)).then(|| k - gone.iter().filter(|g| **g < k).count())
            });
        } else {
            remap_touched(self.form, |_| None);
        }
        self.open.update(|o| {
            o.remove(&id);
        });
        self.removing.set(None);
        self.status.set(Some((
            format!("再委託先を{removed}件削除しました。"),
            if removed == 1 {
                "1 subcontractor removed.".to_string()
            } else {
                format!("{removed} subcontractors removed.")
            },
        )));
        focus_later(vec![HEADING_ID.to_string()]);
    }
}

/// The id of subcontractor `index` (empty when there is none).
fn id_at(d: &Declaration, index: usize) -> String {
    d.subcontractors
        .get(index)
        .map(|s| s.id.clone())
        .unwrap_or_default()
}

/// The element id of one of an entry's buttons (`toggle`, `up`, `down`, `remove`).
fn button_id(index: usize, which: &str) -> String {
    format!("subcontractor-{index}-{which}")
}

/// The sibling (same parent) just before (`up`) or after subcontractor `index` in the list,
/// which is also the one beside it in tree order.
fn sibling(d: &Declaration, index: usize, up: bool) -> Option<usize> {
    let parent = &d.subcontractors.get(index)?.parent;
    let siblings: Vec<usize> = (0..d.subcontractors.len())
        .filter(|&j| d.subcontractors[j].parent == *parent)
        .collect();
    let at = siblings.iter().position(|&j| j == index)?;
    if up {
        at.checked_sub(1).map(|p| siblings[p])
    } else {
        siblings.get(at + 1).copied()
    }
}

/// Renumbers the touched answers of the subcontractors after entries moved or went:
/// `subcontractors[k].…` becomes `subcontractors[f(k)].…`, or is forgotten when `f(k)` is none.
fn remap_touched(form: Form, f: impl Fn(usize) -> Option<usize>) {
    form.touched.update(|t| {
        *t = t
            .drain()
            .filter_map(|path| {
                let Some(rest) = path.strip_prefix("subcontractors[") else {
                    return Some(path);
                };
                let (n, tail) = rest.split_once(']')?;
                let k = n.parse::<usize>().ok()?;
                f(k).map(|k| format!("subcontractors[{k}]{tail}"))
            })
            .collect();
    });
}

/// Once the page has rendered, focuses the first of `ids` that exists.
fn focus_later(ids: Vec<String>) {
    set_timeout(
        move || {
            let doc = document();
            if let Some(el) = ids
                .iter()
                .find_map(|id| doc.get_element_by_id(id))
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        },
        Duration::ZERO,
    );
}

/// The contractor as the tree's root, in the words of the parent choices.
fn contractor_label(d: &Declaration, lang: Lang) -> String {
    tree::parent_choices(d, d.subcontractors.len())
        .into_iter()
        .next()
        .map(|(_, ja, en)| lang.pick(&ja, &en).to_string())
        .unwrap_or_default()
}

/// The answers of 再委託先.
#[component]
pub fn Subcontractors(form: Form) -> impl IntoView {
    let lang = form.lang;
    let resubcontracts = move || form.draft.with(|d| d.resubcontracts() == Some(true));
    view! {
        <Show
            when=resubcontracts
            fallback=move || view! {
                <p class="lead">{move || lang.get().pick(
                    "再委託しないと回答しているため、再委託先の入力は不要です。",
                    "You said the work is not re-subcontracted, so there is nothing to enter here.",
                )}</p>
            }
        >
            <List form=form/>
            <diagram::Diagram form=form/>
        </Show>
    }
}

/// The growing list of subcontractors with its add button.
#[component]
fn List(form: Form) -> impl IntoView {
    let lang = form.lang;
    let state = ListState::new(form);
    let order = Memo::new(move |_| {
        form.draft.with(|d| {
            tree::ordered(d)
                .into_iter()
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        })
    });
    let group = fields::field("subcontractors").expect("registered");
    let error = move || form.error_for("subcontractors");
    let root = move || form.draft.with(|d| contractor_label(d, lang.get()));
    view! {
        <section class="group" id=control_id("subcontractors") tabindex="-1"
            aria-labelledby=HEADING_ID
            aria-describedby=move || if error().is_some() { "f-subcontractors-hint f-subcontractors-error" } else { "f-subcontractors-hint" }>
            <h2 class="group__title" id=HEADING_ID tabindex="-1">
                {move || lang.get().pick("再委託先の一覧", "Your subcontractors")}
            </h2>
            <p class="hint" id="f-subcontractors-hint">
                {move || group.hint(lang.get())}
                {move || lang.get().pick(
                    "再委託先がさらに再委託する場合は、その再委託先の「変更」から「この再委託先の再委託先を追加」を選んでください。",
                    " When a subcontractor subcontracts further, open it with “Change” and choose “Add a subcontractor of this subcontractor”.",
                )}
            </p>
            {move || error().map(|i| view! {
                <p class="error-message" id="f-subcontractors-error">
                    <span class="visually-hidden">{move || lang.get().pick("エラー：", "Error: ")}</span>
                    {move || i.message(lang.get()).to_string()}
                </p>
            })}
            <p class="subcontractor-root" data-testid="chain-root">
                <strong>{move || lang.get().pick("最上位の委託元", "At the top")}</strong>
                "：" {root}
            </p>
            <Show
                when=move || !order.with(Vec::is_empty)
                fallback=move || view! {
                    <p>{move || lang.get().pick("再委託先はまだありません。", "No subcontractors yet.")}</p>
                }
            >
                <ol class="subcontractor-list" style="list-style: none; padding: 0; margin: 0 0 1rem;">
                    <For each=move || order.get() key=|i| *i let:i>
                        <Entry state=state index=i/>
                    </For>
                </ol>
            </Show>
            <div role="status" aria-live="polite">
                {move || state.status.get().map(|(ja, en)| view! {
                    <p class="status-message">{move || lang.get().pick(&ja, &en).to_string()}</p>
                })}
            </div>
            <button type="button" class="button button--secondary" id="subcontractors-add"
                on:click=move |_| state.add(declaration::model::CONTRACTOR_PARENT)>
                {move || lang.get().pick("再委託先を追加", "Add a subcontractor")}
            </button>
        </section>
    }
}
