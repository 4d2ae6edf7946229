//! The compliance verdict of spec §4 as a table: one row per condition, its status in words
//! (適合 / 不適合 / 未入力 / 対象外) and the reason, and under the reason the warning (注意) of
//! each certificate of the condition about to lapse ([`verdict::expiring`]). The core
//! computes every word of it.

use declaration::verdict::{Condition, Expiring, Status};
use declaration::Lang;
use leptos::prelude::*;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

/// The CSS modifier of a status, so colour is never the only signal (the word is always shown).
fn status_class(status: Status) -> &'static str {
    match status {
        Status::Met => "verdict__status verdict__status--met",
        Status::NotMet => "verdict__status verdict__status--not-met",
        Status::Unanswered => "verdict__status verdict__status--unanswered",
        Status::NotApplicable => "verdict__status verdict__status--not-applicable",
    }
}

/// The class of a condition's badge (the task list, the 受付一覧): the status word is always
/// there, the colour helps.
pub fn badge_class(s: Option<Status>) -> &'static str {
    match s {
        Some(Status::Met) => "tag tag--done",
        Some(Status::NotMet) => "tag tag--error",
        Some(Status::Unanswered) => "tag tag--todo",
        _ => "tag tag--muted",
    }
}

/// The verdict table of the given conditions. `expiring` is [`verdict::expiring`] of the
/// same declaration.
#[component]
pub fn VerdictTable(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] conditions: Signal<Vec<Condition>>,
    /// The certificates about to lapse, shown under their condition's reason.
    #[prop(into)]
    expiring: Signal<Vec<Expiring>>,
) -> impl IntoView {
    let rows = move || {
        let lang = lang.get();
        let expiring = expiring.get();
        conditions
            .get()
            .into_iter()
            .map(|c| {
                let reason = c.reason(lang).to_string();
                let warnings = expiring
                    .iter()
                    .filter(|e| e.condition == c.id)
                    .map(|e| {
                        view! {
                            <p class="verdict__warning" data-testid="expiring" data-path=e.path>
                                {e.text.pick(lang).to_string()}
                            </p>
                        }
                    })
                    .collect_view();
                view! {
                    <tr data-condition=c.id.as_str() data-status=c.status.as_str()>
                        <th scope="row">{c.id.as_str()}</th>
                        <td>{c.id.title(lang)}</td>
                        <td>
                            <span class=status_class(c.status)>{c.status.label(lang)}</span>
                        </td>
                        <td>
                            {reason}{warnings}
                            {super::ask::ask_button(
                                declaration::review::Target { condition: Some(c.id.as_str().to_string()), ..Default::default() },
                                format!("{} {}", c.id.as_str(), c.id.title(lang)),
                                lang,
                            )}
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <table class="verdict">
            <caption>{move || lang.get().pick("適合判定", "Compliance verdict")}</caption>
            <thead>
                <tr>
                    <th scope="col">{move || lang.get().pick("番号", "No.")}</th>
                    <th scope="col">{move || lang.get().pick("条件", "Condition")}</th>
                    <th scope="col">{move || lang.get().pick("判定", "Verdict")}</th>
                    <th scope="col">{move || lang.get().pick("理由", "Reason")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
