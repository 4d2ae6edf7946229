//! 「Excelから貼り付け」: many addressees at once. The rows copied from Excel are read by the
//! core ([`declaration::addressees::paste`]) and shown in a preview — each row's line, its
//! answers and what is wrong with it (a column missing, a 団体コード whose check digit does
//! not match, a municipality already listed) — before anything is added. Adding takes the
//! rows without a problem; the others stay in the text box to be fixed and read again, so
//! nothing pasted is lost. The text box is read when asked, never rewritten while typed in.

use crate::widgets::focus::focus_later;
use crate::widgets::Entries;
use declaration::addressees::{self, paste};
use declaration::lists;
use declaration::words::Words;
use declaration::Lang;
use leptos::html::Textarea;
use leptos::prelude::*;

/// The text box's id (focus goes there when the panel opens).
pub const TEXT_ID: &str = "addressees-paste-text";
/// The id of the button that opens the panel (focus goes back there when it closes).
pub const OPEN_ID: &str = "addressees-paste-open";
const PREVIEW_ID: &str = "addressees-paste-preview";

/// The preview's columns (ja, en): the line, the pasted columns as the core names them
/// ([`paste::COLUMNS`]), the check. At a phone's width each cell is labelled by its column.
fn heads() -> Vec<(&'static str, &'static str)> {
    let mut out = vec![("行", "Line")];
    out.extend(paste::COLUMNS);
    out.push(("確認", "Check"));
    out
}

/// The paste panel, under the list, while `open`.
#[component]
pub fn Paste(list: Entries, open: RwSignal<bool>) -> impl IntoView {
    let form = list.form;
    let lang = form.lang;
    let text = NodeRef::<Textarea>::new();
    let preview = RwSignal::new(None::<paste::Pasted>);
    let said = RwSignal::new(None::<Words>);
    let read = move |_| {
        let Some(area) = text.get_untracked() else {
            return;
        };
        let mut pasted = paste::read(&area.value());
        form.draft
            .with_untracked(|d| pasted.flag_duplicates(&d.addressees));
        said.set(None);
        preview.set(Some(pasted));
        focus_later(vec![PREVIEW_ID.to_string()]);
    };
    let add = move |_| {
        let Some(pasted) = preview.get_untracked() else {
            return;
        };
        let fine: Vec<_> = pasted.rows.iter().filter(|r| r.faults.is_empty()).collect();
        let room = addressees::MAX - form.draft.with_untracked(|d| d.addressees.len());
        if fine.len() > room {
            said.set(Some(Words::new(
                format!("宛先は{}件までです。あと{room}件しか追加できないため、{}件は追加しませんでした。行を減らして読み取り直してください。", addressees::MAX, fine.len()),
                format!("At most {} addressees: only {room} more fit, so none of the {} rows was added. Paste fewer rows and read them again.", addressees::MAX, fine.len()),
            )));
            focus_later(vec![PREVIEW_ID.to_string()]);
            return;
        }
        let added = fine.len();
        form.draft.update(|d| {
            for row in &fine {
                let mut a = row.addressee.clone();
                a.id = crate::draft::uuid();
                let _ = lists::add_addressee(d, a);
            }
        });
        let left = pasted.rows.len() - added;
        if let Some(area) = text.get_untracked() {
            area.set_value(&pasted.faulty_text());
        }
        preview.set(None);
        list.status.set(Some(if left == 0 {
            Words::new(format!("{added}件の宛先を追加しました。"), format!("Added {added} addressees."))
        } else {
            Words::new(
                format!("{added}件の宛先を追加しました。問題のある{left}行は貼り付け欄に残しています。直してから読み取り直してください。"),
                format!("Added {added} addressees. The {left} rows with a problem are left in the paste box: fix them and read them again."),
            )
        }));
        if left == 0 {
            open.set(false);
            focus_later(vec![list.heading_id()]);
        } else {
            focus_later(vec![TEXT_ID.to_string()]);
        }
    };
    let columns = paste::COLUMNS
        .iter()
        .map(|(ja, en)| (*ja, *en))
        .collect::<Vec<_>>();
    let names = StoredValue::new(columns);
    view! {
            <div class="group" data-testid="addressees-paste">
                <h3 class="group__title">{move || lang.get().pick("Excelから貼り付け", "Paste from Excel")}</h3>
                <label class="field__label" for=TEXT_ID>{move || lang.get().pick("貼り付ける行", "Rows to paste")}</label>
                <p class="hint" id="addressees-paste-hint">{move || {
                    let cols = names.with_value(|c| c.iter().map(|(ja, en)| lang.get().pick(ja, en)).collect::<Vec<_>>());
                    match lang.get() {
                        Lang::Ja => format!("Excelで行を選んでコピーし、ここに貼り付けてから「読み取る」を押してください。列は「{}」の順です（見出しの行はあっても構いません。地方公共団体名だけの1列でも読み取れます）。", cols.join("、")),
                        Lang::En => format!("Select the rows in Excel, copy, paste them here and press “Read”. The columns are {}, in this order (a header row is fine; a column of names alone is read too).", cols.join(", ")),
                    }
                }}</p>
                <textarea id=TEXT_ID node_ref=text rows="6" aria-describedby="addressees-paste-hint"
                    spellcheck="false"></textarea>
                <div class="button-group">
                    <button type="button" class="button" id="addressees-paste-read" on:click=read>
                        {move || lang.get().pick("読み取る", "Read")}
                    </button>
                    <button type="button" class="button button--secondary"
                        on:click=move |_| { open.set(false); preview.set(None); focus_later(vec![OPEN_ID.to_string()]); }>
                        {move || lang.get().pick("閉じる", "Close")}
                    </button>
                </div>
                {move || preview.get().map(|p| view! { <Preview pasted=p lang=lang said=said on_add=add/> })}
            </div>
    }
}

/// The rows read, with what is wrong with each, and 「N件を追加」.
#[component]
fn Preview<F>(
    pasted: paste::Pasted,
    lang: Signal<Lang>,
    said: RwSignal<Option<Words>>,
    on_add: F,
) -> impl IntoView
where
    F: Fn(leptos::ev::MouseEvent) + Copy + 'static,
{
    let total = pasted.rows.len();
    let fine = pasted.rows.iter().filter(|r| r.faults.is_empty()).count();
    let bad = total - fine;
    let summary = move || {
        match lang.get() {
        Lang::Ja if total == 0 => "読み取れる行がありません。Excelの表をコピーして貼り付けてください。".to_string(),
        Lang::En if total == 0 => "No rows to read. Copy the table in Excel and paste it.".to_string(),
        Lang::Ja if bad == 0 => format!("{total}行を読み取りました。すべて追加できます。"),
        Lang::En if bad == 0 => format!("Read {total} rows. All can be added."),
        Lang::Ja => format!("{total}行を読み取りました。{bad}行に問題があるため追加しません（表の「確認」を見てください）。追加できるのは{fine}行です。"),
        Lang::En => format!("Read {total} rows. {bad} have a problem and will not be added (see “Check” in the table). {fine} can be added."),
    }
    };
    let rows = pasted
        .rows
        .into_iter()
        .map(|r| {
            let a = r.addressee;
            let faults = StoredValue::new(r.faults);
            let ok = faults.with_value(Vec::is_empty);
            let cell = |s: Option<String>| s.unwrap_or_default();
            let label = move |i: usize| {
                let (ja, en) = heads()[i];
                lang.get().pick(ja, en)
            };
            view! {
                <tr data-fault=(!ok).then_some("true")>
                    <td data-label=move || label(0)>{r.line}</td>
                    <td data-label=move || label(1)>{cell(a.municipality)}</td>
                    <td data-label=move || label(2)>{cell(a.municipality_code)}</td>
                    <td data-label=move || label(3)>{cell(a.assessment_title)}</td>
                    <td data-label=move || label(4)>{cell(a.pi_file)}</td>
                    <td data-label=move || label(5)>{a.item_number.map(|n| n.to_string()).unwrap_or_default()}</td>
                    <td>{move || if ok {
                        view! { <span class="tag tag--done">{lang.get().pick("追加できます", "OK")}</span> }.into_any()
                    } else {
                        faults.with_value(|f| f.iter().map(|w| view! {
                            <span class="tag tag--error">{lang.get().pick("問題あり", "Problem")}</span>
                            " "{w.pick(lang.get()).to_string()}<br/>
                        }.into_any()).collect::<Vec<_>>()).into_any()
                    }}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <div data-testid="addressees-paste-preview">
            <p id=PREVIEW_ID tabindex="-1" role="status"><strong>{summary}</strong></p>
            {move || said.get().map(|w| view! { <p class="error-message">{w.pick(lang.get()).to_string()}</p> })}
            <div class="table-scroll">
                <table class="inbox__table">
                    <caption>{move || lang.get().pick("読み取った行", "Rows read")}</caption>
                    <thead><tr>
                        {heads().into_iter().map(|(ja, en)| view! { <th scope="col">{move || lang.get().pick(ja, en)}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {(fine > 0).then(|| view! {
                <button type="button" class="button" id="addressees-paste-add" on:click=on_add>
                    {move || match lang.get() { Lang::Ja => format!("{fine}件を宛先に追加"), Lang::En => format!("Add {fine} addressees") }}
                </button>
            })}
        </div>
    }
}
