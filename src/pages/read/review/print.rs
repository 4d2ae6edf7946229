//! The 照会事項一覧 on A4: hidden on screen, printed alone by 「照会事項一覧を印刷」 (the
//! body takes `print-questions` while the print dialog is open): the declaration (団体,
//! 受託者, システム, 申告日, id and the canonical hash of the version reviewed), the reviewer
//! (`exchange.md` §1), the print date and the outcome, then every question with its target,
//! status, reply and the earlier turns of its thread (times in Japan time).

use super::state::ReviewState;
use crate::components::target_words;
use declaration::review::thread;
use declaration::words::isolated;
use declaration::{Declaration, Lang};
use leptos::prelude::*;

/// Prints the list alone.
pub fn print_list() {
    crate::draft::print_alone("print-questions");
}

/// The printed list.
#[component]
pub fn PrintedList(
    lang: Signal<Lang>,
    state: ReviewState,
    decl: StoredValue<Declaration>,
) -> impl IntoView {
    let r = move || state.review.get();
    let given = |t: Option<String>| {
        t.filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| "—".into())
    };
    let contractor = decl.with_value(|d| {
        d.entrustment
            .contractor
            .as_ref()
            .and_then(|c| c.name.clone())
    });
    let system = decl.with_value(|d| d.basic.system_name.clone());
    let printed = crate::draft::today();
    view! {
        <section class="questions-print" data-testid="questions-print">
            <h1>{move || lang.get().pick("照会事項一覧", "List of questions")}</h1>
            <dl class="questions-print__facts">
                <dt>{move || lang.get().pick("地方公共団体", "Municipality")}</dt>
                <dd>{move || given(r().declaration.municipality)}</dd>
                <dt>{move || lang.get().pick("受託者", "Contractor")}</dt>
                <dd data-testid="print-contractor">{given(contractor.clone())}</dd>
                <dt>{move || lang.get().pick("システム", "System")}</dt>
                <dd>{given(system.clone())}</dd>
                <dt>{move || lang.get().pick("申告日", "Declaration date")}</dt>
                <dd>{move || given(r().declaration.declaration_date)}</dd>
                <dt>{move || lang.get().pick("申告書ID", "Declaration id")}</dt>
                <dd data-testid="print-declaration-id">{move || r().declaration.id}</dd>
                <dt>{move || lang.get().pick("審査した版のハッシュ（SHA-256）", "Hash of the version reviewed (SHA-256)")}</dt>
                <dd class="questions-print__hash" data-testid="print-declaration-hash">{move || r().declaration.sha256}</dd>
                <dt>{move || lang.get().pick("審査者", "Reviewer")}</dt>
                <dd data-testid="print-reviewer">{move || {
                    let line = r().reviewer.line();
                    if line.is_empty() { lang.get().pick("（未入力）", "(not given)").to_string() } else { line }
                }}</dd>
                <dt>{move || lang.get().pick("印刷日", "Printed on")}</dt>
                <dd data-testid="print-date">{printed.clone()}</dd>
                <dt>{move || lang.get().pick("審査結果", "Outcome")}</dt>
                <dd>{move || r().outcome.label(lang.get()).to_string()}</dd>
            </dl>
            {move || r().outcome_note.map(|n| view! { <p class="questions-print__note">{n}</p> })}
            <table class="questions-print__table">
                <thead><tr>
                    <th scope="col">{move || lang.get().pick("番号", "No.")}</th>
                    <th scope="col">{move || lang.get().pick("対象", "About")}</th>
                    <th scope="col">{move || lang.get().pick("照会内容", "Question")}</th>
                    <th scope="col" class="questions-print__status">{move || lang.get().pick("状態", "Status")}</th>
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
                                    <td class="questions-print__text">
                                        {isolated(&i.comment).into_owned()}
                                        {(!i.history.is_empty()).then(|| view! {
                                            <span class="questions-print__thread">{isolated(&thread(&i, l)).into_owned()}</span>
                                        })}
                                    </td>
                                    <td class="questions-print__status">{i.status.label(l)}</td>
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
