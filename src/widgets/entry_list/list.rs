//! The container of a list: the heading, the hint and errors of the list itself (linked by
//! `aria-describedby`), what the page shows above the entries, the entries in their order
//! (keyed by place and key), the status line of the last removal, and the add controls
//! (replaced by a note once the list holds as many entries as a file may: `io::LIMITS`).

use super::card::EntryCard;
use super::state::{Entries, EntryView};
use crate::form::{control_id, error_id, hint_id};
use crate::widgets::ErrorMessage;
use declaration::fields;
use declaration::words::Words;
use leptos::prelude::*;

/// A list of entries of `list.group`, in the order `order` gives (every index once).
#[component]
pub fn EntryList(
    list: Entries,
    view: EntryView,
    /// The indices of the entries, in the order they are shown.
    #[prop(into)]
    order: Signal<Vec<usize>>,
    /// The list's heading.
    #[prop(into)]
    heading: Signal<Words>,
    /// Said while there is no entry.
    empty: Words,
    /// Shown between the hint and the entries.
    #[prop(into, optional)]
    above: ViewFn,
    /// The add button (or controls).
    #[prop(into)]
    add: ViewFn,
) -> impl IntoView {
    let form = list.form;
    let lang = form.lang;
    let path = list.group.path();
    let hint = fields::field(path)
        .map(Words::hint_of_field)
        .unwrap_or_default();
    let errors = form.shown_messages_at(path);
    let (hid, eid) = (hint_id(path), error_id(path));
    let describedby = form.described_at(path);
    let entries = move || {
        let order = order.get();
        form.draft.with(|d| {
            order
                .into_iter()
                .map(|i| (i, list.key(d, i)))
                .collect::<Vec<_>>()
        })
    };
    let heading_id = list.heading_id();
    let labelled_by = heading_id.clone();
    let empty = StoredValue::new(empty);
    // The import's limit is the form's too: a list never grows past what a file may hold.
    let limit = declaration::io::LIMITS
        .iter()
        .find(|(g, _)| *g == list.group)
        .map_or(usize::MAX, |&(_, n)| n);
    view! {
        <section class="group entry-list" id=control_id(path) tabindex="-1"
            aria-labelledby=labelled_by aria-describedby=describedby>
            <h2 class="group__title" id=heading_id tabindex="-1">
                {move || heading.get().pick(lang.get()).to_string()}
            </h2>
            <p class="hint" id=hid>{move || hint.pick(lang.get()).to_string()}</p>
            <ErrorMessage id=eid lang=lang messages=errors/>
            {above.run()}
            <Show
                when=move || !order.with(Vec::is_empty)
                fallback=move || view! { <p>{move || empty.with_value(|e| e.pick(lang.get()).to_string())}</p> }
            >
                <ol class="entry-list__entries">
                    <For each=entries key=|e| e.clone() let:e>
                        <EntryCard list=list view=view index=e.0/>
                    </For>
                </ol>
            </Show>
            <div role="status" aria-live="polite">
                {move || list.status.get().map(|w| view! {
                    <p class="status-message">{move || w.pick(lang.get()).to_string()}</p>
                })}
            </div>
            <Show
                when=move || form.draft.with(|d| list.group.len(d)) < limit
                fallback=move || view! {
                    <p class="hint" data-testid="list-limit">{move || {
                        let noun = list.group.noun();
                        match lang.get() {
                            declaration::Lang::Ja => format!("{}は{limit}件までです。これ以上は追加できません。", noun.ja),
                            declaration::Lang::En => format!("At most {limit} entries of “{}”: no more can be added.", noun.en),
                        }
                    }}</p>
                }
            >
                {add.run()}
            </Show>
        </section>
    }
}
