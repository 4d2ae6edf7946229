//! Where the declaration stands, complete or not and whether it meets the conditions
//! ([`guide::standing`]: 「記入は完了していますが、2件の条件を満たしていません。」), and every
//! error left, each a link to its answer. Following a link marks the answer's section as checked,
//! so the same message shows under the field there. The subcontractors whose part is out
//! (記入依頼中) are listed apart, as awaited: their answers are theirs to give.

use super::links::follow;
use crate::form::Form;
use crate::route::Route;
use declaration::fields::section_of;
use declaration::verdict::{self, guide};
use declaration::Lang;
use leptos::prelude::*;

/// The completion state and the errors left.
#[component]
pub fn Remaining(form: Form, route: RwSignal<Route>) -> impl IntoView {
    let lang = form.lang;
    let count = move || form.issues.with(Vec::len);
    let verdict = Memo::new(move |_| form.draft.with(verdict::verdict));
    let state = move || {
        verdict
            .with(|v| guide::standing(count(), v))
            .pick(lang.get())
            .to_string()
    };
    let open = move || verdict.with(|v| !guide::open_conditions(v).is_empty());
    // Entries waiting for their part: listed once each, their answers not as errors.
    let awaited = Memo::new(move |_| form.awaited());
    let waiting = move || {
        let states = use_context::<crate::store::PartStates>();
        let requested = form.requested.get();
        form.draft.with(|d| {
            d.subcontractors
                .iter()
                .enumerate()
                .filter(|(_, s)| requested.contains(&s.id))
                .map(|(i, s)| {
                    let title = declaration::answers::entry_title(
                        d,
                        declaration::answers::Group::Subcontractors,
                        i,
                    );
                    let state =
                        crate::components::part_request::state_words(states, &s.id, lang.get())
                            .unwrap_or_default();
                    let below = declaration::part::subtree(&d.subcontractors, &s.id).len() - 1;
                    (title, state, below)
                })
                .collect::<Vec<_>>()
        })
    };
    let items = move || {
        let awaited = awaited.get();
        form.issues
            .get()
            .into_iter()
            .filter(|i| !declaration::part::is_awaited(&i.path, &awaited))
            .map(|i| {
                let section = section_of(&i.path);
                let href = section.map_or_else(|| "#".to_string(), |s| Route::Section(s).hash());
                let path = i.path.clone();
                let data_path = i.path.clone();
                view! {
                    <li data-path=data_path>
                        <a class="link" href=href on:click=move |ev| {
                            ev.prevent_default();
                            follow(form, route, path.clone(), true);
                        }>{move || i.message(lang.get()).to_string()}</a>
                        {section.map(|s| view! {
                            " "
                            <span class="hint">{move || match lang.get() {
                                Lang::Ja => format!("（{}）", s.title(Lang::Ja)),
                                Lang::En => format!("({})", s.title(Lang::En)),
                            }}</span>
                        })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="group" aria-labelledby="review-state-title">
            <h2 class="group__title" id="review-state-title">{move || lang.get().pick("記入状況", "Progress")}</h2>
            // The overall verdict first, in the words the reviewer will read (spec §4).
            <p class="review-overall" data-testid="review-overall"
                data-status=move || verdict.with(|v| verdict::Overall::of(v, count()).as_str())>
                {move || lang.get().pick("総合判定：", "Overall: ")}
                <strong>{move || verdict.with(|v| verdict::Overall::of(v, count()).label(lang.get()))}</strong>
            </p>
            <p class=("warning-text", move || count() > 0 || open()) data-testid="completeness">
                <strong>{state}</strong>
            </p>
            <Show when=move || { count() > 0 }>
                <p>{move || lang.get().pick(
                    "次の項目を記入してください。未完了のままでも申告書ファイルは保存できます。",
                    "Answer the following. You can save the declaration file before it is complete.",
                )}</p>
                <ul class="review-remaining" data-testid="remaining">{items}</ul>
            </Show>
            <Show when=move || !form.requested.with(Vec::is_empty)>
                <h3>{move || lang.get().pick("記入依頼中（返送待ち）", "Parts requested (waiting for them)")}</h3>
                <p class="hint">{move || lang.get().pick(
                    "次の再委託先には記入を依頼しています。返送されたファイルを「再委託先」のページで取り込むと、その内容が反映されます。",
                    "You asked these subcontractors to fill in their part. Take in the file they send back on the Subcontractors page.",
                )}</p>
                <ul data-testid="awaited">
                    {move || waiting().into_iter().map(|(title, state, below)| view! {
                        <li>
                            {move || title.pick(lang.get()).to_string()} " — " {state}
                            {(below > 0).then_some(move || match lang.get() {
                                Lang::Ja => format!("（その下の再委託先{below}件を含む）"),
                                Lang::En => format!(" (with {below} below it)"),
                            })}
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}
