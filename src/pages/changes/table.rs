//! The table of the change list, in the source document's column order: 変更日, 項目,
//! 変更前の記載, 変更後の記載, 提出時期, 提出時期に係る説明. 提出時期 is a select per row
//! (事前 by default) and the explanation a text input read on `change` (IME-safe); each also
//! has its chosen words as plain text, which is what prints (the controls do not).
//!
//! A first column, on screen only, selects rows for setting their 提出時期 at once
//! ([`super::bulk`]); its heading selects all.
//!
//! The rows are drawn again when the changes, the language or the date change; every
//! control takes its value from the page's choices (and follows them when several rows are
//! set at once), so nothing chosen is lost.

use super::state::ChangesState;
use declaration::changes::{Change, Timing, NONE_EN, NONE_JA};
use declaration::era::{long_date, DateStyle};
use declaration::Lang;
use leptos::prelude::*;

/// The column headings, in order, in both languages, with their width class.
const COLUMNS: [(&str, &str, &str); 6] = [
    ("変更日", "Date of change", "changes-table__date"),
    ("項目", "Item", "changes-table__item"),
    ("変更前の記載", "Before", "changes-table__value"),
    ("変更後の記載", "After", "changes-table__value"),
    ("提出時期", "Submitted", "changes-table__timing"),
    (
        "提出時期に係る説明",
        "Reason for the timing",
        "changes-table__why",
    ),
];

/// The table.
#[component]
pub fn Table(state: ChangesState) -> impl IntoView {
    let lang = state.form.lang;
    let caption = move || {
        let n = state.changes.with(Vec::len);
        match lang.get() {
            Lang::Ja => format!("変更箇所（{n}件）"),
            Lang::En => format!("Changes ({n})"),
        }
    };
    let all = move || {
        let n = state.changes.with(Vec::len);
        n > 0 && state.selected_paths().len() == n
    };
    let some = move || {
        let k = state.selected_paths().len();
        k > 0 && k < state.changes.with(Vec::len)
    };
    let head = move || {
        let lang = lang.get();
        COLUMNS
            .iter()
            .map(|(ja, en, class)| view! { <th scope="col" class=*class>{lang.pick(ja, en)}</th> })
            .collect_view()
    };
    let body = move || {
        let lang = lang.get();
        let date = long_date(&state.date.get(), lang, DateStyle::Era);
        state
            .changes
            .get()
            .into_iter()
            .enumerate()
            .map(|(n, c)| row(state, n, c, &date, lang))
            .collect_view()
    };
    view! {
        <div class="changes__scroll" role="region" tabindex="0" aria-labelledby="changes-caption">
            <table class="changes-table" data-testid="changes-table">
                <caption id="changes-caption">{caption}</caption>
                <thead><tr>
                    <th scope="col" class="changes-table__select">
                        <input type="checkbox" id="changes-select-all" data-testid="changes-select-all"
                            aria-label=move || lang.get().pick("すべての行を選択", "Select every row")
                            prop:checked=all prop:indeterminate=some
                            on:change=move |ev| state.select_all(event_target_checked(&ev))/>
                    </th>
                    {head}
                </tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// A value cell's text: the value, or 「(記載なし)」.
fn value(v: Option<&str>, lang: Lang) -> String {
    v.unwrap_or(lang.pick(NONE_JA, NONE_EN)).to_string()
}

/// One row, its controls named after the row's item.
fn row(state: ChangesState, n: usize, c: Change, date: &str, lang: Lang) -> impl IntoView {
    let path = c.path.clone();
    let item = c.item(lang).to_string();
    let (timing_id, why_id, select_id) = (
        format!("change-{n}-timing"),
        format!("change-{n}-explanation"),
        format!("change-{n}-select"),
    );
    // The controls follow the choices (set here, or for several rows at once); the text is
    // only ever written after a `change`, never while it is being typed.
    let chosen = {
        let path = path.clone();
        move || state.choice(&path)
    };
    let chosen_why = chosen.clone();
    let selected = {
        let path = path.clone();
        move || state.selected.with(|s| s.contains(&path))
    };
    let on_select = {
        let path = path.clone();
        move |ev: leptos::ev::Event| state.select(&path, event_target_checked(&ev))
    };
    let on_timing = {
        let path = path.clone();
        move |ev: leptos::ev::Event| {
            let t = Timing::parse(&event_target_value(&ev)).unwrap_or_default();
            state.choose(&path, |c| c.0 = t);
        }
    };
    let on_why = {
        let path = path.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            state.choose(&path, |c| c.1 = text);
        }
    };
    let printed = {
        let path = path.clone();
        move || {
            let (t, why) = state.choice(&path);
            (t.label(lang).to_string(), why)
        }
    };
    let printed_why = printed.clone();
    let option = {
        let chosen = chosen.clone();
        move |t: Timing| {
            let chosen = chosen.clone();
            view! { <option value=t.as_str() prop:selected=move || chosen().0 == t>{t.label(lang)}</option> }
        }
    };
    view! {
        <tr data-path=path>
            <td class="changes-table__select">
                <input type="checkbox" id=select_id prop:checked=selected on:change=on_select
                    aria-label=format!("{}{}{item}", lang.pick("選択", "Select"), lang.pick("：", ": "))/>
            </td>
            <td class="changes-table__nowrap">{date.to_string()}</td>
            <th scope="row">{item.clone()}</th>
            <td class="changes-table__text">{value(c.before(lang), lang)}</td>
            <td class="changes-table__text">{value(c.after(lang), lang)}</td>
            <td>
                <label class="visually-hidden" for=timing_id.clone()>
                    {format!("{}{}{item}", lang.pick("提出時期", "Submitted"), lang.pick("：", ": "))}
                </label>
                <select id=timing_id class="changes-table__control" on:change=on_timing
                    class:changes-table__unchosen={let chosen = chosen.clone(); move || chosen().0 == Timing::Unchosen}>
                    <option value="" prop:selected={let chosen = chosen.clone(); move || chosen().0 == Timing::Unchosen}>
                        {lang.pick("選択してください", "Choose")}
                    </option>
                    {option(Timing::Before)}
                    {option(Timing::After)}
                </select>
                <span class="changes-print">{move || printed().0}</span>
            </td>
            <td class="changes-table__text">
                <label class="visually-hidden" for=why_id.clone()>
                    {format!("{}{}{item}", lang.pick("提出時期に係る説明", "Reason for the timing"), lang.pick("：", ": "))}
                </label>
                <input type="text" id=why_id class="changes-table__control" autocomplete="off"
                    prop:value=move || chosen_why().1 on:change=on_why/>
                <span class="changes-print">{move || printed_why().1}</span>
            </td>
        </tr>
    }
}
