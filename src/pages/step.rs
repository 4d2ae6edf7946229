//! The page of one section: its heading (focused on arrival), the step it is, the error
//! summary, the section's answers (given by its caller), and Continue / Back. Continue checks the page: with
//! errors it stays and the summary takes focus; without, it moves to the next section that
//! applies, or to the review page after the last.

use crate::form::Form;
use crate::route::go;
use crate::route::Route;
use crate::widgets::{About, ConditionNotes, ErrorSummary, QuestionNotes};
use declaration::answers::{section_asking, Asking};
use declaration::fields::Section;
use declaration::progress;
use leptos::prelude::*;

/// One section's page; `children` are its answers (`super::sections`), given by the section's
/// split point (`super::lazy`) so that each section's code loads on its own.
#[component]
pub fn SectionPage(
    form: Form,
    route: RwSignal<Route>,
    section: Section,
    children: Children,
) -> impl IntoView {
    let lang = form.lang;
    let attempt = RwSignal::new(0u32);
    crate::route::focus_heading();
    // The counter never changes under the user: every section has its step, and the ones
    // that do not apply (or cannot start yet) are named as skipped.
    let step = move || {
        let total = Section::ALL.len();
        let n = Section::ALL
            .iter()
            .position(|s| *s == section)
            .map_or(0, |p| p + 1);
        let lang = lang.get();
        let skipped: Vec<&str> = form.draft.with(|d| {
            Section::ALL
                .into_iter()
                .filter(|s| section_asking(d, *s) == Asking::NotAsked)
                .map(|s| s.title(lang))
                .collect()
        });
        let counter = match lang {
            declaration::Lang::Ja => format!("ステップ {n} / {total}"),
            declaration::Lang::En => format!("Step {n} of {total}"),
        };
        if skipped.is_empty() {
            counter
        } else {
            match lang {
                declaration::Lang::Ja => {
                    format!("{counter}（記入しない項目：{}）", skipped.join("、"))
                }
                declaration::Lang::En => format!("{counter} (skipped: {})", skipped.join(", ")),
            }
        }
    };
    let on_continue = move |_| {
        form.checked.update(|c| {
            c.insert(section);
        });
        if !form.shown_errors_of(section).is_empty() {
            attempt.update(|a| *a += 1);
            return;
        }
        let next = form
            .draft
            .with_untracked(|d| progress::next_section(d, Some(section)));
        go(route, next.map(Route::Section).unwrap_or(Route::Review));
    };
    let back = move || {
        form.draft
            .with(|d| progress::previous_section(d, section))
            .map(Route::Section)
            .unwrap_or(Route::Overview)
    };
    let continue_words = if section == Section::Attestation {
        (
            "保存して記入内容の確認へ進む",
            "Save and check your answers",
        )
    } else {
        ("保存して次へ進む", "Save and continue")
    };
    view! {
        <a class="back-link" href=move || back().hash()
            on:click=move |ev| { ev.prevent_default(); go(route, back()); }>
            {move || lang.get().pick("戻る", "Back")}
        </a>
        <ErrorSummary lang=lang errors=Signal::derive(move || form.shown_errors_of(section)) attempt=attempt/>
        <p class="caption" data-testid="step">{step}</p>
        <h1 tabindex="-1">{move || section.title(lang.get())}</h1>
        <QuestionNotes lang=lang about=About::Section(section)/>
        <form class="section-form" novalidate on:submit=move |ev| { ev.prevent_default(); on_continue(()); }>
            {children()}
            <ConditionNotes form=form section=section/>
            <div class="button-group">
                <button type="submit" class="button">{move || lang.get().pick(continue_words.0, continue_words.1)}</button>
                <a class="link" href=Route::Overview.hash()
                    on:click=move |ev| { ev.prevent_default(); go(route, Route::Overview); }>
                    {move || lang.get().pick("タスク一覧へ戻る", "Back to the task list")}
                </a>
            </div>
        </form>
    }
}
