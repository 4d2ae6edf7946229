//! セキュリティ対策 (C8, spec §3 measure rules): which of the four categories the source
//! names still lack a measure (with a shortcut to add one), the growing list of measures
//! (see [`entry`]) and 「対策を追加」 by category. A new measure opens; once the page was
//! checked, every measure with an error opens too, so each link of the error summary finds
//! its control.

mod entry;

use super::responsibility::GroupErrors;
use crate::form::Form;
use declaration::fields::{field, Labelled, Section};
use declaration::model::Category;
use declaration::rules::REQUIRED_CATEGORIES;
use declaration::{tree, Declaration, Lang};
use entry::{focus_later, Entry};
use leptos::prelude::*;
use std::collections::HashSet;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

/// The id of the container of the `measures` path (its errors link here).
const CONTAINER_ID: &str = "f-measures";
/// The id of the category select of 「対策を追加」.
const ADD_SELECT_ID: &str = "measure-add-category";

/// The categories still to add, in order: the four the source names without a measure,
/// then those the responsibility table asks for (a layer the user owns or shares).
pub fn missing_categories(d: &Declaration) -> Vec<Category> {
    let present: HashSet<Category> = d.measures.iter().filter_map(|m| m.category).collect();
    let mut out: Vec<Category> = REQUIRED_CATEGORIES
        .into_iter()
        .filter(|c| !present.contains(c))
        .collect();
    for (_, c) in matrix::missing_measures_for_matrix(d) {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// Adds a measure of `category`, opens it and moves focus to its first answer.
fn add(form: Form, open: RwSignal<HashSet<String>>, category: Category) {
    let Some(index) = form.draft.try_update(|d| lists::add_measure(d, category)) else {
        return;
    };
    let id = form
        .draft
        .with_untracked(|d| d.measures.get(index).map(|m| m.id.clone()))
        .unwrap_or_default();
    open.update(|o| {
        o.insert(id);
    });
    focus_later(vec![format!("f-measures-{index}-category")]);
}

/// The four categories and whether each has a measure, with a shortcut per missing one.
#[component]
fn Required(form: Form, open: RwSignal<HashSet<String>>) -> impl IntoView {
    let lang = form.lang;
    let present = move |c: Category| {
        form.draft
            .with(|d| d.measures.iter().any(|m| m.category == Some(c)))
    };
    let items = REQUIRED_CATEGORIES
        .into_iter()
        .map(|c| {
            view! {
                <li data-category=c.as_str() data-present=move || present(c).to_string()>
                    {move || c.label(lang.get())} " "
                    {move || if present(c) {
                        view! { <strong class="tag tag--done">{lang.get().pick("記入あり", "Done")}</strong> }
                    } else {
                        view! { <strong class="tag tag--todo">{lang.get().pick("まだありません", "Missing")}</strong> }
                    }}
                </li>
            }
        })
        .collect_view();
    let missing = Memo::new(move |_| form.draft.with(missing_categories));
    let shortcuts = move || {
        missing
            .get()
            .into_iter()
            .map(|c| {
                view! {
                    <button type="button" class="button button--secondary" data-category=c.as_str()
                        on:click=move |_| add(form, open, c)>
                        {move || match lang.get() {
                            Lang::Ja => format!("{}の対策を追加", c.label(Lang::Ja)),
                            Lang::En => format!("Add a measure: {}", c.label(Lang::En)),
                        }}
                    </button>
                }
            })
            .collect_view()
    };
    view! {
        <p class="hint" id="measures-hint">{move || field("measures").map_or("", |f| f.hint(lang.get()))}</p>
        <ul class="required-categories" data-testid="required-categories">{items}</ul>
        <div class="button-group" data-testid="measure-shortcuts">{shortcuts}</div>
    }
}

/// 「対策を追加」: a category and the button.
#[component]
fn AddMeasure(form: Form, open: RwSignal<HashSet<String>>) -> impl IntoView {
    let lang = form.lang;
    let chosen = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let options = Category::ALL
        .iter()
        .map(|&c| view! { <option value=c.as_str()>{move || c.label(lang.get())}</option> })
        .collect_view();
    let on_add = move |_| match Category::parse(&chosen.get_untracked()) {
        Some(c) => {
            error.set(false);
            add(form, open, c);
        }
        None => {
            error.set(true);
            focus_later(vec![ADD_SELECT_ID.into()]);
        }
    };
    view! {
        <div class=move || if error.get() { "field field--error" } else { "field" }>
            <label class="field__label" for=ADD_SELECT_ID>{move || lang.get().pick("追加する対策の分類", "Category of the measure to add")}</label>
            {move || error.get().then(|| view! {
                <p class="error-message" id="measure-add-error">
                    <span class="visually-hidden">{move || lang.get().pick("エラー：", "Error: ")}</span>
                    {move || lang.get().pick("追加する対策の分類を選んでください", "Choose the category of the measure to add")}
                </p>
            })}
            <select id=ADD_SELECT_ID
                aria-describedby=move || error.get().then_some("measure-add-error")
                prop:value=move || chosen.get()
                on:change=move |ev| { chosen.set(event_target_value(&ev)); error.set(false); }>
                <option value="">{move || lang.get().pick("選択してください", "Select")}</option>
                {options}
            </select>
        </div>
        <button type="button" class="button button--secondary" on:click=on_add>
            {move || lang.get().pick("対策を追加", "Add a measure")}
        </button>
    }
}

/// The answers of セキュリティ対策.
#[component]
pub fn Measures(form: Form) -> impl IntoView {
    let lang = form.lang;
    let open = RwSignal::new(HashSet::<String>::new());
    // Each attempt to continue opens the measures that have errors (never closes any).
    Effect::new(move |_| {
        if !form.checked.with(|c| c.contains(&Section::Measures)) {
            return;
        }
        let ids: Vec<String> = form.draft.with_untracked(|d| {
            form.issues.with_untracked(|all| {
                all.iter()
                    .filter_map(|i| entry_index(&i.path))
                    .filter_map(|n| d.measures.get(n).map(|m| m.id.clone()))
                    .collect()
            })
        });
        if ids
            .iter()
            .any(|id| !open.with_untracked(|o| o.contains(id)))
        {
            open.update(|o| o.extend(ids));
        }
    });
    let entries = move || {
        form.draft.with(|d| {
            d.measures
                .iter()
                .enumerate()
                .map(|(i, m)| (i, m.id.clone()))
                .collect::<Vec<_>>()
        })
    };
    let count = move || form.draft.with(|d| d.measures.len());
    view! {
        <div class="group" id=CONTAINER_ID tabindex="-1" aria-describedby="measures-hint measures-errors">
            <GroupErrors form=form path="measures" id="measures-errors"/>
            <Required form=form open=open/>
        </div>
        <section class="group" aria-labelledby="measures-list-title">
            <h2 class="group__title" id="measures-list-title">
                {move || match lang.get() {
                    Lang::Ja => format!("記入した対策（{}件）", count()),
                    Lang::En => format!("Measures entered ({})", count()),
                }}
            </h2>
            <Show when=move || count() == 0>
                <p>{move || lang.get().pick("まだ対策がありません。", "No measures yet.")}</p>
            </Show>
            <For each=entries key=|e| e.clone() let:e>
                <Entry form=form open=open index=e.0 id=e.1/>
            </For>
        </section>
        <section class="group" aria-labelledby="measures-add-title">
            <h2 class="group__title" id="measures-add-title">{move || lang.get().pick("対策の追加", "Add a measure")}</h2>
            <AddMeasure form=form open=open/>
        </section>
    }
}

/// The measure an issue's path belongs to: `measures[2].description` → 2.
fn entry_index(path: &str) -> Option<usize> {
    path.strip_prefix("measures[")?
        .split(']')
        .next()?
        .parse()
        .ok()
}
