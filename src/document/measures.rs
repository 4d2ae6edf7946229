//! The table of measures: one row per measure with its category, phase, status, what is
//! done and the evidence; the answers asked only in some cases (the planned date of a
//! planned measure, the reason one does not apply, the encryption details of an encryption
//! measure) follow the measure's text in the same cell, each with its label.

use super::groups::{empty, number_header};
use super::ids::answer_id;
use super::values::{example_note, label, shown};
use declaration::answers;
use declaration::era::DateStyle;
use declaration::fields::{self, Field};
use declaration::{Declaration, Lang};
use leptos::prelude::*;

/// The answers of a measure that have their own column, in order.
const COLUMNS: [&str; 5] = ["category", "phase", "status", "description", "evidence"];

/// The cell of the answer at `path`.
fn cell(d: &Declaration, path: &str, lang: Lang, style: DateStyle) -> impl IntoView {
    view! { <td id=answer_id(path) tabindex="-1">{shown(d, path, lang, style)}</td> }
}

/// The table of the measures of `d`.
pub fn table(d: &Declaration, lang: Lang, style: DateStyle) -> AnyView {
    let group = fields::key::MEASURES;
    if d.measures.is_empty() {
        return empty(group, lang);
    }
    let of_measure: Vec<&Field> = fields::FIELDS
        .iter()
        .filter(|f| f.key.starts_with("measures[]."))
        .collect();
    let leaf = |f: &Field| f.key.trim_start_matches("measures[].").to_string();
    let head = COLUMNS
        .iter()
        .map(|c| {
            let key = format!("measures[].{c}");
            view! { <th scope="col" class=format!("document__measure-{c}")>{label(&key, lang).to_string()}</th> }
        })
        .collect_view();
    let body = (0..d.measures.len())
        .map(|i| {
            let path = |leaf: &str| format!("measures[{i}].{leaf}");
            let extras = of_measure
                .iter()
                .map(|f| leaf(f))
                .filter(|l| !COLUMNS.contains(&l.as_str()))
                .map(|l| path(&l))
                .filter(|p| answers::printed(d, p))
                .map(|p| {
                    view! {
                        <span class="document__extra" id=answer_id(&p) tabindex="-1">
                            {label(&p, lang).to_string()}{lang.pick("：", ": ")}{shown(d, &p, lang, style)}
                        </span>
                    }
                })
                .collect_view();
            let described = path("description");
            view! {
                <tr id=answer_id(&format!("measures[{i}]")) tabindex="-1">
                    <td class="document__no">{i + 1}</td>
                    {cell(d, &path("category"), lang, style)}
                    {cell(d, &path("phase"), lang, style)}
                    {cell(d, &path("status"), lang, style)}
                    <td>
                        <span id=answer_id(&described) tabindex="-1">{shown(d, &described, lang, style)}</span>
                        {example_note(d, &described, lang)}
                        {extras}
                    </td>
                    {cell(d, &path("evidence"), lang, style)}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="document__table document__measures">
            <caption class="visually-hidden">{group.label(lang)}</caption>
            <thead><tr>{number_header(lang)}{head}</tr></thead>
            <tbody>{body}</tbody>
        </table>
    }
    .into_any()
}
