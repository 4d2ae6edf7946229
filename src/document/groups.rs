//! The tables of two repeated groups: entries whose answers are short enough to be columns
//! (the storage regions: name, country, purpose), and the responsibility matrix (one row
//! per layer, who is responsible for it).

use super::ids::answer_id;
use super::values::{not_given, shown};
use declaration::era::DateStyle;
use declaration::fields::{self, Field, Labelled};
use declaration::{access, Declaration, Lang};
use leptos::prelude::*;

/// The id of a group's table: none for a group that is a whole section (`measures`,
/// `subcontractors`), whose section element has that id.
pub fn group_id(key: &str) -> Option<String> {
    key.contains('.').then(|| answer_id(key))
}

/// 「（記載なし）」 in place of an empty group's table, focusable under the group's id.
pub fn empty(group: &Field, lang: Lang) -> AnyView {
    view! {
        <p class="document__group-empty">
            <strong>{group.label(lang)}</strong>
            {lang.pick("：", ": ")}
            <span id=group_id(group.key) tabindex="-1">{not_given(lang)}</span>
        </p>
    }
    .into_any()
}

/// The header cell of the entry number.
pub fn number_header(lang: Lang) -> impl IntoView {
    view! { <th scope="col" class="document__no">{lang.pick("番号", "No.")}</th> }
}

/// A group's entries as a table: one row per entry, one column per answer of an entry.
pub fn entries(d: &Declaration, group: &Field, lang: Lang, style: DateStyle) -> AnyView {
    let n = access::len(d, group.key);
    if n == 0 {
        return empty(group, lang);
    }
    let prefix = format!("{}[].", group.key);
    let columns: Vec<&Field> = fields::FIELDS
        .iter()
        .filter(|f| f.key.starts_with(&prefix))
        .collect();
    let head = columns
        .iter()
        .map(|f| view! { <th scope="col">{f.label(lang)}</th> })
        .collect_view();
    let body = (0..n)
        .map(|i| {
            let cells = columns
                .iter()
                .map(|f| {
                    let path = f.key.replacen("[]", &format!("[{i}]"), 1);
                    view! { <td id=answer_id(&path) tabindex="-1">{shown(d, &path, lang, style)}</td> }
                })
                .collect_view();
            view! {
                <tr id=answer_id(&format!("{}[{i}]", group.key)) tabindex="-1">
                    <td class="document__no">{i + 1}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="document__table" id=group_id(group.key) tabindex="-1">
            <caption>{group.label(lang)}</caption>
            <thead><tr>{number_header(lang)}{head}</tr></thead>
            <tbody>{body}</tbody>
        </table>
    }
    .into_any()
}

/// The responsibility matrix: each layer and who is responsible for it.
pub fn matrix(d: &Declaration, lang: Lang) -> AnyView {
    let group = fields::key::RESPONSIBILITY_MATRIX;
    let rows = d.responsibility.as_ref().map_or(&[][..], |r| &r.matrix[..]);
    if rows.is_empty() {
        return empty(group, lang);
    }
    let owner = fields::key::RESPONSIBILITY_MATRIX_OWNER.label(lang);
    let body = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            view! {
                <tr>
                    <th scope="row">{r.layer.label(lang)}</th>
                    <td id=answer_id(&format!("responsibility.matrix[{i}].owner")) tabindex="-1">
                        {r.owner.label(lang)}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="document__table document__matrix" id=answer_id(group.key) tabindex="-1">
            <caption>{group.label(lang)}</caption>
            <thead>
                <tr>
                    <th scope="col">{lang.pick("レイヤー", "Layer")}</th>
                    <th scope="col">{owner}</th>
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    }
    .into_any()
}
