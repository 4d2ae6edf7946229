//! The 照会事項一覧 on A4: hidden on screen, printed alone by 「照会事項一覧を印刷」 (the
//! body takes `print-questions` while the print dialog is open): the declaration's id and
//! canonical hash, the reviewer and outcome, then every question with its target, status
//! and reply.

use super::state::ReviewState;
use crate::components::target_words;
use declaration::words::isolated;
use declaration::{Declaration, Lang};
use leptos::prelude::*;

/// Prints the list alone.
pub fn print_list() {
    let body = document().body();
    if let Some(b) = &body {
        let _ = b.class_list().add_1("print-questions");
    }
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
    if let Some(b) = &body {
        let _ = b.class_list().remove_1("print-questions");
    }
}

/// The printed list.
#[component]
pub fn PrintedList(
    lang: Signal<Lang>,
    state: ReviewState,
    decl: StoredValue<Declaration>,
) -> impl IntoView {
    let r = move || state.review.get();
    view! {
        <section class="questions-print" data-testid="questions-print">
            <h1>{move || lang.get().pick("照会事項一覧", "List of questions")}</h1>
            <dl class="questions-print__facts">
                <dt>{move || lang.get().pick("市区町村", "Municipality")}</dt>
                <dd>{move || r().declaration.municipality.unwrap_or_default()}</dd>
                <dt>{move || lang.get().pick("申告日", "Declaration date")}</dt>
                <dd>{move || r().declaration.declaration_date.unwrap_or_default()}</dd>
                <dt>{move || lang.get().pick("申告書ID", "Declaration id")}</dt>
                <dd data-testid="print-declaration-id">{move || r().declaration.id}</dd>
                <dt>{move || lang.get().pick("審査した版のハッシュ（SHA-256）", "Hash of the version reviewed (SHA-256)")}</dt>
                <dd class="questions-print__hash" data-testid="print-declaration-hash">{move || r().declaration.sha256}</dd>
                <dt>{move || lang.get().pick("審査結果", "Outcome")}</dt>
                <dd>{move || r().outcome.label(lang.get()).to_string()}</dd>
            </dl>
            {move || r().outcome_note.map(|n| view! { <p class="questions-print__note">{n}</p> })}
            <table class="questions-print__table">
                <thead><tr>
                    <th scope="col">{move || lang.get().pick("番号", "No.")}</th>
                    <th scope="col">{move || lang.get().pick("対象", "About")}</th>
                    <th scope="col">{move || lang.get().pick("照会内容", "Question")}</th>
                    <th scope="col">{move || lang.get().pick("状態", "Status")}</th>
                    <th scope="col">{move || lang.get().pick("回答", "Reply")}</th>
                </tr></thead>
                <tbody>
                    {move || {
                        let l = lang.get();
                        r().items.into_iter().enumerate().map(|(n, i)| {
                            let what = decl.with_value(|d| target_words(d, &i.target, l));
                            view! {
                                <tr>
                                    <td>{n + 1}</td>
                                    <td>{what}</td>
                                    <td class="questions-print__text">{isolated(&i.comment).into_owned()}</td>
                                    <td>{i.status.label(l)}</td>
                                    <td class="questions-print__text">{i.reply.as_deref().map(|r| isolated(r).into_owned()).unwrap_or_default()}</td>
                                </tr>
                            }
                        }).collect_view()
                    }}
                </tbody>
            </table>
        </section>
    }
}
