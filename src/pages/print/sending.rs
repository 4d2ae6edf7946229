//! The 送付一覧 of the last package saved (「全ての宛先に書き出す」, kept by
//! [`crate::store::sent`]): on screen a table, on paper one A4 page — 番号, 宛先, 団体コード,
//! ファイル名 and the first 16 digits of each file's sha256 (as the 書面 prints them), the
//! body's hash once above (the same in every file). It says when the draft has changed since
//! the package was saved, and prints alone (the layout of the printed 照会事項一覧).

use crate::form::Form;
use declaration::addressees::package::{self, Record};
use declaration::time;
use leptos::prelude::*;

/// The columns (ja, en): the first four of the 送付一覧 ([`package::COLUMNS`]) and the file's
/// hash cut to 16 digits, as the 書面 prints it. At a phone's width each cell is labelled by
/// its column.
fn heads() -> Vec<(&'static str, &'static str)> {
    let mut out = package::COLUMNS[..4].to_vec();
    out.push(("sha256（先頭16桁）", "sha256 (first 16)"));
    out
}

/// The list, or what to do to have one.
#[component]
pub fn SendingList(form: Form) -> impl IntoView {
    let lang = form.lang;
    let record = form.draft.with_untracked(crate::store::sent::last);
    let Some(record) = record else {
        return view! {
            <p class="warning-text" data-testid="sending-none">{move || lang.get().pick(
                "まだ「全ての宛先に書き出す」で書き出していません。記入内容の確認のページで書き出すと、ここに送付一覧が表示されます。",
                "Nothing saved with “Save for every addressee” yet. Save it on the check-your-answers page, and the sending list shows here.",
            )}</p>
        }
        .into_any();
    };
    let record = StoredValue::new(record);
    let changed = Memo::new(move |_| {
        let now = form
            .draft
            .with(|d| package::body_sha256(d, env!("CARGO_PKG_VERSION")));
        record.with_value(|r| now.as_deref() != Some(r.body_sha256.as_str()))
    });
    let at = record.with_value(|r| time::jst(&r.at));
    let (system, from, date) = form.draft.with_untracked(|d| {
        let b = &d.basic;
        let from = b.declarant.as_ref().and_then(|x| x.organization.clone());
        (
            b.system_name.clone().unwrap_or_default(),
            from.unwrap_or_default(),
            b.declaration_date.clone().unwrap_or_default(),
        )
    });
    let (system, at) = (StoredValue::new(system), StoredValue::new(at));
    let (from, date) = (StoredValue::new(from), StoredValue::new(date));
    let rows = move |print: bool| {
        record.with_value(|r: &Record| {
            r.rows
                .iter()
                .map(|s| {
                    let hash: String = s.sha256.chars().take(16).collect();
                    let label = move |i: usize| { let (ja, en) = heads()[i]; lang.get().pick(ja, en) };
                    view! {
                        <tr>
                            <td data-label=move || label(0)>{s.index}</td>
                            <td data-label=move || label(1)>{s.addressee.clone()}</td>
                            <td data-label=move || label(2)>{s.code.clone()}</td>
                            <td data-label=move || label(3)>{s.file_name.clone()}</td>
                            <td data-label=move || label(4) class=if print { "questions-print__hash" } else { "" }>{hash}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let head = move || {
        heads()
            .into_iter()
            .map(|(ja, en)| view! { <th scope="col">{move || lang.get().pick(ja, en)}</th> })
            .collect_view()
    };
    let facts = move || {
        let l = lang.get();
        let body = record.with_value(|r| r.body_sha256.clone());
        let n = record.with_value(|r| r.rows.len());
        view! {
            <dl class="questions-print__facts">
                <dt>{l.pick("申告者", "Declarant")}</dt><dd>{from.get_value()}</dd>
                <dt>{l.pick("システム", "System")}</dt><dd>{system.get_value()}</dd>
                <dt>{l.pick("申告日", "Declaration date")}</dt><dd>{date.get_value()}</dd>
                <dt>{l.pick("書き出した日時", "Saved at")}</dt><dd data-testid="sending-at">{at.get_value()}</dd>
                <dt>{l.pick("件数", "Files")}</dt><dd>{n}</dd>
                <dt>{l.pick("共通部分のハッシュ（body_sha256）", "Hash of the shared part (body_sha256)")}</dt>
                <dd class="questions-print__hash" data-testid="sending-body">{body}</dd>
            </dl>
        }
    };
    view! {
        <div data-testid="sending-list">
            <Show when=move || changed.get()>
                <p class="warning-text" data-testid="sending-changed">{move || lang.get().pick(
                    "この送付一覧を書き出した後に、申告書の共通部分が変更されています。送る前に「全ての宛先に書き出す」で書き出し直してください。",
                    "The shared part of the declaration has changed since this list was saved. Save for every addressee again before sending.",
                )}</p>
            </Show>
            {facts}
            <div class="button-group no-print">
                <button type="button" class="button" id="sending-print"
                    on:click=move |_| crate::draft::print_alone("print-questions")>
                    {move || lang.get().pick("送付一覧を印刷", "Print the sending list")}
                </button>
            </div>
            <div class="table-scroll">
                <table class="inbox__table" data-testid="sending-table">
                    <thead><tr>{head}</tr></thead>
                    <tbody>{rows(false)}</tbody>
                </table>
            </div>
            <section class="questions-print sending-print" data-testid="sending-print-list">
                <h1>{move || lang.get().pick("送付一覧", "Sending list")}</h1>
                {facts}
                <table class="questions-print__table">
                    <thead><tr>{head}</tr></thead>
                    <tbody>{rows(true)}</tbody>
                </table>
            </section>
        </div>
    }
    .into_any()
}
