//! 変更箇所の一覧 (`#/changes`, spec §5 and S11): the change list between an earlier version
//! of the declaration (an exported file, or a saved snapshot of the draft) and the draft as
//! it is now. The core finds the changes ([`declaration::changes::diff`]); this page adds
//! what the user decides per list: the 変更日 (default today) and per row the 提出時期
//! (事前/事後) and its explanation, then prints the list (A4 landscape) or saves it as CSV
//! or as an Excel workbook laid out like 別添２.
//!
//! | part | owns |
//! |---|---|
//! | this file | the page, the 変更日 field, CSV and print |
//! | `state` | the page's signals ([`ChangesState`]): the earlier version, 変更日, the rows' choices |
//! | `earlier` | choosing the earlier version: a file, or a snapshot of the draft (and taking one) |
//! | `table` | the table of rows in the source document's column order, with the per-row choices |
//! | `bulk` | setting the 提出時期 and explanation of the selected rows at once |
//! | `names` | the CSV's file name and the words of a 変更日 that is not a date |
//! | `addressees` | with 宛先, a change list per addressee, saved together as one ZIP |

mod addressees;
mod bulk;
mod earlier;
mod names;
mod state;
mod table;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

pub use names::csv_name;
use names::date_error;
pub use state::{ChangesState, Choice, Earlier};

use crate::components::{xlsx_name, Book, ExcelSave, Job};
use crate::form::Form;
use crate::widgets::ErrorMessage;
use declaration::changes;
use declaration::date::Date;
use declaration::words::Words;
use declaration::{normalize, Lang};
use leptos::prelude::*;

/// The change list page.
#[component]
pub fn Changes(form: Form) -> impl IntoView {
    let lang = form.lang;
    crate::route::focus_heading();
    let state = ChangesState::new(form);
    let has_earlier = move || state.earlier.with(Option::is_some);
    view! {
        <div class="changes">
            <h1 tabindex="-1" id="changes-title">{move || lang.get().pick("変更箇所の一覧", "List of changes")}</h1>
            <p class="lead changes__screen">{move || lang.get().pick(
                "以前の版（提出した申告書など）と現在の内容を比べて、変更された項目を一覧にします。印刷するか、別添２の形のExcelファイル（.xlsx）又はCSVファイルとして保存できます。",
                "Compare an earlier version (such as the declaration you submitted) with what you have now, and list every changed item. You can print the list, or save it as an Excel workbook (.xlsx) laid out like Annex 2 or as a CSV file.",
            )}</p>
            <earlier::ChooseEarlier state=state/>
            <DateField state=state/>
            <Show
                when=has_earlier
                fallback=move || view! {
                    <p class="changes__screen" data-testid="changes-empty">{move || lang.get().pick(
                        "以前の版を選ぶと、変更箇所がここに表示されます。",
                        "Choose an earlier version and the changes are listed here.",
                    )}</p>
                }
            >
                <Compared state=state/>
                <Show when=move || state.form.draft.with(|d| !d.addressees.is_empty())>
                    <addressees::PerAddressee state=state/>
                </Show>
                <Show
                    when=move || !state.changes.with(Vec::is_empty)
                    fallback=move || view! {
                        <p data-testid="changes-none">{move || lang.get().pick(
                            "以前の版と現在の内容に違いはありません。",
                            "The earlier version and what you have now are the same.",
                        )}</p>
                    }
                >
                    <bulk::Bulk state=state/>
                    <table::Table state=state/>
                    <Actions state=state/>
                </Show>
            </Show>
        </div>
    }
}

/// Which two versions are compared.
#[component]
fn Compared(state: ChangesState) -> impl IntoView {
    let lang = state.form.lang;
    let text = move || {
        let lang = lang.get();
        let earlier = state
            .earlier
            .with(|e| e.as_ref().map(|e| e.name.pick(lang).to_string()))
            .unwrap_or_default();
        let municipality = state.form.draft.with(|d| match d.addressees.len() {
            0 => d.basic.municipality.clone(),
            n => Some(
                lang.pick(&format!("宛先{n}件"), &format!("{n} addressees"))
                    .to_string(),
            ),
        });
        let now = lang.pick("現在の内容", "what you have now");
        let head = match municipality {
            Some(m) => format!("{m}　"),
            None => String::new(),
        };
        match lang {
            Lang::Ja => format!("{head}比較：{earlier} → {now}"),
            Lang::En => format!("{head}Compared: {earlier} → {now}"),
        }
    };
    view! { <p class="changes__compared" data-testid="changes-compared">{text}</p> }
}

/// The 変更日 field: any date the core reads (`2024/2/5`, full-width digits), committed on
/// `change` so an IME is never disturbed.
#[component]
fn DateField(state: ChangesState) -> impl IntoView {
    let lang = state.form.lang;
    let invalid = move || state.date.with(|d| Date::parse(d).is_none());
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let text = normalize::date(&input.value());
        if Date::parse(&text).is_some() && input.value() != text {
            input.set_value(&text);
        }
        state.date.set(text);
    };
    view! {
        <div class="field changes__screen" class:field--error=invalid>
            <label class="field__label" for="changes-date">{move || lang.get().pick("変更日", "Date of change")}</label>
            <p class="hint" id="changes-date-hint">{move || lang.get().pick(
                "すべての行の変更日です。例：2024-02-28（2024/2/28 とも入力できます）",
                "The date of every row. For example 2024-02-28 (2024/2/28 works too).",
            )}</p>
            <ErrorMessage id="changes-date-error" lang=lang messages=Signal::derive(move || {
                invalid().then(date_error).into_iter().collect::<Vec<_>>()
            })/>
            <input type="text" id="changes-date" class="input--date" autocomplete="off"
                value=state.date.get_untracked()
                aria-invalid=move || invalid().then_some("true")
                aria-describedby=move || if invalid() { "changes-date-hint changes-date-error" } else { "changes-date-hint" }
                on:change=on_change/>
        </div>
    }
}

/// 「CSVで保存」, 「印刷する」 and 「Excel形式で保存」, and what saving did.
#[component]
fn Actions(state: ChangesState) -> impl IntoView {
    let lang = state.form.lang;
    let message = RwSignal::new(None::<Result<String, String>>);
    let save_csv = move |_| {
        let lang = lang.get_untracked();
        let Some(date) = state.valid_date() else {
            message.set(Some(Err(date_error().pick(lang).to_string())));
            return;
        };
        let text = changes::to_csv(&state.rows(), lang);
        let name = state.form.draft.with_untracked(|d| csv_name(d, &date));
        message.set(Some(
            match crate::draft::download(&name, &text, "text/csv;charset=utf-8") {
                Ok(()) => Ok(name),
                Err(e) => Err(crate::draft::reason(&e)),
            },
        ));
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let xlsx_job = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let date = state.valid_date().ok_or_else(date_error)?;
        Ok(Job {
            name: xlsx_name(&state.form.draft.with_untracked(|d| csv_name(d, &date))),
            book: Book::ChangeList(state.rows()),
            lang,
        })
    });
    view! {
        <div class="button-group changes__screen">
            <button type="button" class="button" id="changes-csv" on:click=save_csv>
                {move || lang.get().pick("CSVで保存", "Save as CSV")}
            </button>
            <button type="button" class="button button--secondary" id="changes-print" on:click=print>
                {move || lang.get().pick("印刷する", "Print")}
            </button>
        </div>
        <div role="status" class="changes__screen">
            {move || message.get().and_then(Result::ok).map(|name| view! {
                <p class="status-message">{move || match lang.get() {
                    Lang::Ja => format!("{name} を保存しました。"),
                    Lang::En => format!("Saved {name}."),
                }}</p>
            })}
        </div>
        <div class="changes__screen">
            <ExcelSave lang=lang id="changes-xlsx" job=xlsx_job hint=Words::new(
                "別添２の形（変更日、項目、変更前の記載、変更後の記載、提出時期、提出時期に係る説明）のExcelファイル（.xlsx）に保存します。",
                "Saves the list laid out like Annex 2 as a file Excel opens (.xlsx).",
            )/>
        </div>
        <div class="changes__screen">
            <ErrorMessage id="changes-csv-error" lang=lang alert=true messages=Signal::derive(move || {
                message.get().and_then(Result::err).map(|why| Words::new(
                    format!("CSVファイルを保存できませんでした：{why}"),
                    format!("The CSV file could not be saved: {why}"),
                )).into_iter().collect::<Vec<_>>()
            })/>
        </div>
    }
}
