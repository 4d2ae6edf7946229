//! Where the declaration stands, complete or not and whether it meets the conditions
//! ([`guide::standing`]: 「記入は完了していますが、2件の条件を満たしていません。」), and every
//! error left, each a link to its answer. Following a link marks the answer's section as checked,
//! so the same message shows under the field there.

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
    let items = move || {
        form.issues
            .get()
            .into_iter()
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
        </section>
    }
}
