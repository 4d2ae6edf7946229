//! One subcontractor of the list: its summary (name, who commissions it), its answers (the
//! 委託元 select, every answer of spec §2 the registry asks, and 「この再委託先の再委託先を追加」)
//! and the question its removal asks — a leaf only confirms; an entry with subcontractors
//! below it asks whether they move up to its own 委託元 or go with it.

use super::parent::ParentSelect;
use crate::components::PartRequest;
use crate::widgets::field::Answers;
use crate::widgets::{Entries, RemoveQuestion};
use declaration::answers::{entry_label, entry_title, parent_words, Group};
use declaration::fields::{key, Field, Section, Widget, FIELDS};
use declaration::lists::{self, OnRemove};
use declaration::words::Words;
use declaration::{tree, Declaration};
use leptos::prelude::*;

/// The summary of subcontractor `index`: its name and who commissions it (from the list's
/// cards, worked out once per change for every entry).
#[component]
pub(super) fn Summary(list: Entries, index: usize) -> impl IntoView {
    let lang = list.form.lang;
    let label = |f: &'static Field| move || f.label(lang.get());
    let card = list.card(index);
    let states = use_context::<crate::store::PartStates>();
    let name = move || {
        card.with(|c| {
            c.name
                .as_ref()
                .map(|n| n.pick(lang.get()).to_string())
                .unwrap_or_else(|| {
                    lang.get()
                        .pick("（名称未入力）", "(no name yet)")
                        .to_string()
                })
        })
    };
    let parent = move || {
        card.with(|c| {
            c.parent
                .as_ref()
                .map(|p| p.pick(lang.get()).to_string())
                .unwrap_or_default()
        })
    };
    view! {
        <dl class="summary-list summary-list--entry">
            <div>
                <dt>{label(key::SUBCONTRACTORS_NAME)}</dt>
                <dd data-testid="subcontractor-name">{name}</dd>
            </div>
            <div>
                <dt>{label(key::SUBCONTRACTORS_PARENT)}</dt>
                <dd data-testid="subcontractor-parent">{parent}</dd>
            </div>
            {move || {
                let id = list.form.draft.with(|d| d.subcontractors.get(index).map(|s| s.id.clone()))?;
                let text = crate::components::part_request::state_words(states, &id, lang.get())?;
                Some(view! {
                    <div>
                        <dt>{move || lang.get().pick("記入依頼", "Part request")}</dt>
                        <dd data-testid="subcontractor-part-state">{text}</dd>
                    </div>
                })
            }}
        </dl>
    }
}

/// Every answer of subcontractor `index`, in a fieldset 「再委託先N」, and the button that
/// adds a subcontractor below it.
#[component]
pub(super) fn EntryAnswers(list: Entries, index: usize) -> impl IntoView {
    let form = list.form;
    let lang = form.lang;
    let paths: Vec<String> = FIELDS
        .iter()
        // Its own answers; the parent has a select of its own (`ParentSelect`).
        .filter(|f| f.section == Section::Subcontractors && f.control.widget() != Widget::Own)
        .map(|f| f.key.replacen("[]", &format!("[{index}]"), 1))
        .collect();
    let label = entry_label(Group::Subcontractors, index);
    let legend = label.clone();
    let prefix = StoredValue::new(crate::store::NewIds::here());
    view! {
        <fieldset class="group entry__answers" id=format!("subcontractor-{index}-answers")>
            <legend class="entry__title">{move || legend.pick(lang.get()).to_string()}</legend>
            <ParentSelect form=form index=index/>
            <Answers form=form paths=paths/>
            <button type="button" class="button button--secondary" id=format!("subcontractor-{index}-add-child")
                on:click=move |_| {
                    let id = form.draft.with_untracked(|d| d.subcontractors.get(index).map(|s| s.id.clone()));
                    if let Some(id) = id {
                        let prefix = prefix.get_value();
                        list.add("name", move |d| lists::add_subcontractor_with(d, &id, &prefix));
                    }
                }>
                {move || lang.get().pick("この再委託先の再委託先を追加", "Add a subcontractor of this subcontractor")}
                <span class="visually-hidden">{move || match lang.get() {
                    declaration::Lang::Ja => format!("（{}）", label.ja),
                    declaration::Lang::En => format!(" ({})", label.en),
                }}</span>
            </button>
            <PartRequest form=form index=index/>
        </fieldset>
    }
}

/// What removing subcontractor `index` asks.
pub(super) fn question(d: &Declaration, index: usize) -> RemoveQuestion {
    let simple = RemoveQuestion::simple(d, Group::Subcontractors, index);
    let id = d
        .subcontractors
        .get(index)
        .map(|s| s.id.as_str())
        .unwrap_or("");
    let children = if id.is_empty() {
        Vec::new()
    } else {
        tree::children(d, id)
    };
    if children.is_empty() {
        return simple;
    }
    let below =
        lists::removal(d, Group::Subcontractors, index, OnRemove::RemoveDescendants).len() - 1;
    let named = |i: usize| entry_title(d, Group::Subcontractors, i);
    let direct: Vec<Words> = children.iter().map(|&c| named(c)).collect();
    let join = |sep: &str, pick: fn(&Words) -> &String| {
        direct
            .iter()
            .map(|w| pick(w).as_str())
            .collect::<Vec<_>>()
            .join(sep)
    };
    let this = parent_words(d, id);
    let parent = d.subcontractors[index].parent.clone().unwrap_or_default();
    let up = parent_words(d, &parent);
    RemoveQuestion {
        title: simple.title,
        detail: Some(Words::new(
            format!(
                "「{}」の下に再委託先が{below}件あります（直接の再委託先：{}）。付け替える場合、直接の再委託先の委託元は「{}」になります。まとめて削除する場合は、下位の再委託先{below}件も削除されます。",
                this.ja, join("、", |w| &w.ja), up.ja
            ),
            format!(
                "“{}” has {below} subcontractor(s) below it (directly: {}). Moving them up makes “{}” commission the direct ones; removing them all also removes the {below} below.",
                this.en, join(", ", |w| &w.en), up.en
            ),
        )),
        choices: vec![
            (
                Words::new(
                    format!("下位の再委託先を{}の委託元に付け替えて削除", this.ja),
                    format!("Move the subcontractors below to the one above {}, and remove it", this.en),
                ),
                OnRemove::ReattachToParent,
            ),
            (
                Words::new("下位の再委託先もまとめて削除", "Remove it and every subcontractor below it"),
                OnRemove::RemoveDescendants,
            ),
        ],
    }
}
