//! The §4 verdict on the review page: the core's table, then, for every condition not yet
//! met (不適合 / 未入力), where to answer it: a 「変更」 link to the page of its first answer.

use super::links::follow;
use crate::components::VerdictTable;
use crate::form::Form;
use crate::route::Route;
use declaration::fields::section_of;
use declaration::verdict::{self, Condition, Status};
use leptos::prelude::*;

/// The verdict table and the way to each condition still open.
#[component]
pub fn Verdict(form: Form, route: RwSignal<Route>) -> impl IntoView {
    let lang = form.lang;
    let conditions = Memo::new(move |_| form.draft.with(verdict::verdict));
    let open = move || {
        conditions
            .get()
            .into_iter()
            .filter(|c| matches!(c.status, Status::NotMet | Status::Unanswered))
            .collect::<Vec<Condition>>()
    };
    view! {
        <VerdictTable lang=lang conditions=Signal::derive(move || conditions.get())
            expiring=Signal::derive(move || form.draft.with(verdict::expiring))/>
        <Show when=move || !open().is_empty()>
            <section class="group" aria-labelledby="review-open-title">
                <h2 class="group__title" id="review-open-title">
                    {move || lang.get().pick("適合していない条件の回答先", "Where to answer the open conditions")}
                </h2>
                <ul class="review-open" data-testid="open-conditions">
                    {move || open().into_iter().map(|c| view! { <OpenCondition form=form route=route condition=c/> }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// One open condition: its id, name and status, and the link to where it is answered.
#[component]
fn OpenCondition(form: Form, route: RwSignal<Route>, condition: Condition) -> impl IntoView {
    let lang = form.lang;
    let id = condition.id;
    let status = condition.status;
    let target = condition
        .paths
        .first()
        .cloned()
        .and_then(|p| section_of(&p).map(|s| (p, s)));
    let link = target.map(|(path, section)| {
        let href = Route::Section(section).hash();
        view! {
            " — "
            {move || section.title(lang.get())}
            " "
            <a class="link" href=href on:click=move |ev| {
                ev.prevent_default();
                follow(form, route, path.clone(), false);
            }>
                {move || lang.get().pick("変更", "Change")}
                <span class="visually-hidden">
                    {move || match lang.get() {
                        declaration::Lang::Ja => format!("（{} {}）", id.as_str(), id.title(lang.get())),
                        declaration::Lang::En => format!(" ({} {})", id.as_str(), id.title(lang.get())),
                    }}
                </span>
            </a>
        }
    });
    view! {
        <li data-condition=id.as_str()>
            <strong>{id.as_str()}</strong>
            " "
            {move || id.title(lang.get())}
            {move || match lang.get() {
                declaration::Lang::Ja => format!("：{}", status.label(lang.get())),
                declaration::Lang::En => format!(": {}", status.label(lang.get())),
            }}
            {link}
        </li>
    }
}
