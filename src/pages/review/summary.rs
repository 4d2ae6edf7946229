//! Every answer, section by section in form order, as GOV.UK summary lists (`<dl
//! class="summary-list">`): the question's label and the answer in words, 「未入力」 while
//! unanswered. Each section has its heading and a 「変更」 link to its page; a section that
//! does not apply says 対象外 and lists nothing (its answers stay in the draft but are left
//! out of the exported file).

use super::links::ChangeLink;
use crate::form::Form;
use crate::route::Route;
use declaration::answers::{self, Block};
use declaration::fields::Section;
use declaration::{progress, Lang};
use leptos::prelude::*;

/// Every section's answers.
#[component]
pub fn Summary(form: Form, route: RwSignal<Route>) -> impl IntoView {
    Section::ALL
        .into_iter()
        .map(|s| view! { <SectionSummary form=form route=route section=s/> })
        .collect_view()
}

/// One section: its heading, then 対象外, or the 「変更」 link and its answers.
#[component]
fn SectionSummary(form: Form, route: RwSignal<Route>, section: Section) -> impl IntoView {
    let lang = form.lang;
    let title_id = format!("review-{}", section.key());
    let labelled_by = title_id.clone();
    let applies = Memo::new(move |_| form.draft.with(|d| progress::applies(d, section)));
    let blocks = Memo::new(move |_| form.draft.with(|d| answers::blocks(d, section)));
    let what = Signal::derive(move || match lang.get() {
        Lang::Ja => format!("（{}）", section.title(Lang::Ja)),
        Lang::En => format!(" ({})", section.title(Lang::En)),
    });
    let body = move || {
        if applies.get() {
            view! {
                <p class="review-section__change">
                    <ChangeLink form=form route=route section=section what=what/>
                </p>
                {move || blocks.get().into_iter().map(|b| view! { <BlockView lang=lang block=b/> }).collect_view()}
            }
            .into_any()
        } else {
            let why = move || {
                form.draft
                    .with(|d| progress::why_not_applicable(d, section, lang.get()))
                    .unwrap_or_default()
            };
            view! {
                <p data-testid="not-applicable">
                    <strong class="tag tag--muted">{move || form.issues.with(|errors| form.draft.with(|d| progress::section_state_in(d, section, false, errors))).label(lang.get())}</strong>
                    " "
                    {why}
                </p>
            }
            .into_any()
        }
    };
    view! {
        <section class="review-section" data-section=section.key() aria-labelledby=labelled_by>
            <h2 class="group__title" id=title_id>{move || section.title(lang.get())}</h2>
            {body}
        </section>
    }
}

/// One block: the entry's title when it has one, and its rows.
#[component]
fn BlockView(lang: Signal<Lang>, block: Block) -> impl IntoView {
    let title = block
        .title
        .map(|t| view! { <h3 class="entry__title">{move || t.pick(lang.get()).to_string()}</h3> });
    let rows = block
        .rows
        .into_iter()
        .map(|r| {
            // An optional answer not given is nothing missing: said so, not in red.
            let optional = r.optional_blank();
            let label = r.label;
            let value = r.value;
            let missing = value.is_none() && !optional;
            view! {
                <div data-path=r.path>
                    <dt>{move || label.pick(lang.get()).to_string()}</dt>
                    <dd class:review-missing=missing>{move || match &value {
                        Some(v) => v.pick(lang.get()).to_string(),
                        None if optional => lang.get().pick("記入なし（任意）", "None given (optional)").to_string(),
                        None => lang.get().pick("未入力", "Not answered").to_string(),
                    }}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        {title}
        <dl class="summary-list">{rows}</dl>
    }
}
