//! `ConditionNote`: a condition's verdict where its answers are given — 適合 quietly,
//! 不適合 and 未入力 clearly, always with the word and not only a colour (「不適合」 tag and
//! the sentence of [`verdict::guide::note`]), and under it the warning (注意) of a certificate
//! of the condition about to lapse ([`verdict::expiring`]). `ConditionNotes` lists those of a
//! section that a whole list or table decides, at the end of its page.

use crate::form::Form;
use crate::widgets::{About, QuestionNotes};
use declaration::fields::Section;
use declaration::verdict::{self, guide, CondId, Status};
use leptos::prelude::*;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

/// The class of a note of `status`.
fn class(status: Status) -> &'static str {
    match status {
        Status::Met => "condition-note condition-note--met",
        Status::NotMet => "condition-note condition-note--not-met",
        Status::Unanswered => "condition-note condition-note--unanswered",
        Status::NotApplicable => "condition-note condition-note--not-applicable",
    }
}

/// The state of condition `id` as the draft stands — or, with `entry`, as that
/// subcontractor alone stands ([`verdict::entry_condition`]: S5–S7 beside its answers).
#[component]
pub fn ConditionNote(
    form: Form,
    id: CondId,
    #[prop(optional)] entry: Option<usize>,
) -> impl IntoView {
    let lang = form.lang;
    let condition = Memo::new(move |_| {
        form.draft.with(|d| match entry {
            Some(i) => verdict::entry_condition(d, id, i),
            None => Some(verdict::condition(d, id)),
        })
    });
    // A certificate of this condition about to lapse: the condition is met, with a 注意.
    let warnings = Memo::new(move |_| {
        if entry.is_some() {
            return Vec::new();
        }
        form.draft.with(|d| {
            verdict::expiring(d)
                .into_iter()
                .filter(|e| e.condition == id)
                .map(|e| (e.path, e.text))
                .collect::<Vec<_>>()
        })
    });
    let notes = move || {
        let c = condition.get()?;
        let status = c.status;
        let words = guide::note(&c);
        Some(view! {
            <p class=class(status) data-condition=id.as_str() data-status=status.as_str()
                data-entry=entry.map(|i| i.to_string())
                role=(status != Status::Met).then_some("status")>
                <strong class="condition-note__status">{move || status.label(lang.get())}</strong>
                " "
                <span>{move || words.pick(lang.get()).to_string()}</span>
            </p>
        })
    };
    let warning = move || {
        warnings
            .get()
            .into_iter()
            .map(|(path, text)| view! {
                <p class="condition-note condition-note--warning" data-testid="expiring" data-path=path>
                    {move || text.pick(lang.get()).to_string()}
                </p>
            })
            .collect_view()
    };
    view! { {notes}{warning} }
}

/// The notes of the conditions of `section` that no single answer decides (a list or table
/// does), in verdict order; nothing for a section without such conditions.
#[component]
pub fn ConditionNotes(form: Form, section: Section) -> impl IntoView {
    let lang = form.lang;
    let ids: Vec<CondId> = guide::conditions_of(section)
        .into_iter()
        .filter(|c| c.shown_after().is_none())
        .collect();
    (!ids.is_empty()).then(|| {
        view! {
            <section class="condition-notes" aria-labelledby="condition-notes-title">
                <h2 class="group__title" id="condition-notes-title">
                    {move || lang.get().pick("このページで判定される条件", "The conditions this page decides")}
                </h2>
                {ids.into_iter().map(|id| view! {
                    <ConditionNote form=form id=id/>
                    <QuestionNotes lang=lang about=About::Condition(id)/>
                }).collect_view()}
            </section>
        }
    })
}
