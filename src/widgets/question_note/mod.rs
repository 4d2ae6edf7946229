//! The reviewer's questions beside what they are about, in the form: under an answer,
//! under a condition's state, or at the top of a section's page, each with its status and
//! a link to the page of all questions (`#/questions`), where it is answered. Shows nothing
//! when no review was received for the draft (the page gives no [`Received`]).

use crate::store::Received;
use declaration::fields::Section;
use declaration::review::{self, Item, Place};
use declaration::verdict::CondId;
use declaration::words::isolated;
use declaration::Lang;
use leptos::prelude::*;

/// What the questions shown are about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum About {
    Answer(String),
    Condition(CondId),
    Section(Section),
}

/// The questions about `about`, if a review was received.
#[component]
pub fn QuestionNotes(lang: Signal<Lang>, about: About) -> impl IntoView {
    let received = use_context::<Received>()?;
    let about = StoredValue::new(about);
    let items = Memo::new(move |_| {
        received.placed.with(|p| {
            p.iter()
                .filter(|(_, at)| {
                    about.with_value(|a| match (a, at) {
                        (About::Answer(path), Place::Answer(here)) => path == here,
                        (About::Condition(c), Place::Condition(here)) => c == here,
                        (About::Section(s), Place::Section(here)) => s == here,
                        _ => false,
                    })
                })
                .map(|(i, _)| i.clone())
                .collect::<Vec<Item>>()
        })
    });
    Some(move || {
        items
            .get()
            .into_iter()
            .map(|item| {
                let status = item.status;
                let class = match status {
                    review::ItemStatus::Open => "question-note question-note--open",
                    review::ItemStatus::Answered => "question-note question-note--answered",
                    review::ItemStatus::Resolved => "question-note question-note--resolved",
                };
                let href = format!("#/questions?q={}", item.id);
                view! {
                    <div class=class data-testid="question-note" data-item=item.id.clone()>
                        <p class="question-note__head">
                            <strong>{move || lang.get().pick("審査者からの照会", "Question from the reviewer")}</strong>
                            " "
                            <span class="tag">{move || status.label(lang.get())}</span>
                        </p>
                        <p class="question-note__comment">{isolated(&item.comment).into_owned()}</p>
                        {item.reply.as_deref().map(|r| isolated(r).into_owned()).map(|r| view! {
                            <p class="question-note__reply"><strong>{move || lang.get().pick("回答：", "Reply: ")}</strong>{r}</p>
                        })}
                        <a class="question-note__link" href=href>
                            {move || lang.get().pick("照会事項と回答のページで回答する", "Reply on the questions page")}
                        </a>
                    </div>
                }
            })
            .collect_view()
    })
}
