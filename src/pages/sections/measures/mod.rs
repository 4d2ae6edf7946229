//! セキュリティ対策 (C8, spec §3 measure rules): which of the four categories the source
//! names still lack a measure (with a shortcut to add one), the measures as an
//! [`EntryList`] (see [`entry`]), and 「対策を追加」 by category. A new measure opens; once
//! the page was checked, every measure with an error opens too, so each link of the error
//! summary finds its control.

mod entry;

use crate::form::Form;
use crate::widgets::focus::focus_later;
use crate::widgets::{Entries, EntryList, EntryView, ErrorMessage, RemoveQuestion};
use declaration::answers::Group;
use declaration::fields::Labelled;
use declaration::lists;
use declaration::model::Category;
use declaration::rules::REQUIRED_CATEGORIES;
use declaration::words::Words;
use declaration::{matrix, Declaration, Lang};
use leptos::prelude::*;
use std::collections::HashSet;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

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

/// Adds a measure of `category` to `list`, opens it and moves focus to its first answer.
fn add(list: Entries, category: Category) {
    list.add("category", move |d| lists::add_measure(d, category));
}

/// The four categories and whether each has a measure, with a shortcut per missing one.
#[component]
fn Required(list: Entries) -> impl IntoView {
    let form = list.form;
    let lang = form.lang;
    // 記入あり only once a measure of the category is complete (no error left in it); one
    // just added is 入力中, never 記入あり.
    let state = move |c: Category| {
        let indices: Vec<usize> = form.draft.with(|d| {
            d.measures
                .iter()
                .enumerate()
                .filter(|(_, m)| m.category == Some(c))
                .map(|(i, _)| i)
                .collect()
        });
        if indices.is_empty() {
            "missing"
        } else if indices
            .iter()
            .any(|i| form.errors_under(&format!("measures[{i}].")).1 == 0)
        {
            "done"
        } else {
            "in_progress"
        }
    };
    let present = move |c: Category| state(c) != "missing";
    let items = REQUIRED_CATEGORIES
        .into_iter()
        .map(|c| {
            view! {
                <li data-category=c.as_str() data-present=move || present(c).to_string() data-state=move || state(c)>
                    {move || c.label(lang.get())} " "
                    {move || match state(c) {
                        "done" => view! { <strong class="tag tag--done">{lang.get().pick("記入あり", "Done")}</strong> },
                        "in_progress" => view! { <strong class="tag tag--progress">{lang.get().pick("入力中", "In progress")}</strong> },
                        _ => view! { <strong class="tag tag--todo">{lang.get().pick("まだありません", "Missing")}</strong> },
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
                        on:click=move |_| add(list, c)>
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
        <ul class="required-categories" data-testid="required-categories">{items}</ul>
        <div class="button-group" data-testid="measure-shortcuts">{shortcuts}</div>
    }
}

/// 「対策を追加」: a category and the button.
#[component]
fn AddMeasure(list: Entries) -> impl IntoView {
    let lang = list.form.lang;
    let chosen = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let options = Category::ALL
        .iter()
        .map(|&c| view! { <option value=c.as_str()>{move || c.label(lang.get())}</option> })
        .collect_view();
    let on_add = move |_| match Category::parse(&chosen.get_untracked()) {
        Some(c) => {
            error.set(false);
            add(list, c);
        }
        None => {
            error.set(true);
            focus_later(vec![ADD_SELECT_ID.into()]);
        }
    };
    let messages = Signal::derive(move || {
        error
            .get()
            .then(|| {
                Words::new(
                    "追加する対策の分類を選んでください",
                    "Choose the category of the measure to add",
                )
            })
            .into_iter()
            .collect::<Vec<_>>()
    });
    view! {
        <div class="measure-add">
            <h3 class="group__title">{move || lang.get().pick("対策の追加", "Add a measure")}</h3>
            <div class=move || if error.get() { "field field--error" } else { "field" }>
                <label class="field__label" for=ADD_SELECT_ID>{move || lang.get().pick("追加する対策の分類", "Category of the measure to add")}</label>
                <ErrorMessage id="measure-add-error" lang=lang messages=messages/>
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
        </div>
    }
}

/// The answers of セキュリティ対策.
#[component]
pub fn Measures(form: Form) -> impl IntoView {
    let list = Entries::new(form, Group::Measures);
    let order =
        Signal::derive(move || (0..form.draft.with(|d| d.measures.len())).collect::<Vec<_>>());
    let view = EntryView {
        summary: Callback::new(move |i| view! { <entry::Summary form=form index=i/> }.into_any()),
        body: Callback::new(move |i| view! { <entry::EntryAnswers form=form index=i/> }.into_any()),
        question: Callback::new(move |i| {
            form.draft
                .with_untracked(|d| RemoveQuestion::simple(d, Group::Measures, i))
        }),
        collapsible: true,
        first: "category",
        depth: None,
        fixed: None,
    };
    let heading = Signal::derive(move || {
        let n = form.draft.with(|d| d.measures.len());
        Words::new(
            format!("記入した対策（{n}件）"),
            format!("Measures entered ({n})"),
        )
    });
    view! {
        <EntryList list=list view=view order=order heading=heading
            empty=Words::new("まだ対策がありません。", "No measures yet.")
            above=move || view! { <Required list=list/> }
            add=move || view! { <AddMeasure list=list/> }/>
    }
}
