//! The §4 verdict in the document: the overall verdict in words (適合 / 不適合 / 未完了 with
//! the count of what is missing, [`verdict::Overall`]) and the verdict table
//! ([`VerdictTable`], the same as on the review page), its reasons' dates written in the
//! document's date style. For reviewers, each condition not
//! met or not answered lists its answers, and each error left ([`rules::errors`]) says what
//! is wrong, as buttons that move focus to the answer in the document (not printed).

use super::ids::focus_answer;
use super::values::label;
use crate::components::VerdictTable;
use declaration::answers::{entry_label, Group};
use declaration::era::{self, DateStyle};
use declaration::fields::Lang;
use declaration::verdict::{self, Condition, Status};
use declaration::words::Words;
use declaration::{rules, Declaration};
use leptos::prelude::*;

/// How the answer at `path` is named in a link: its label, after its entry when it is in
/// one (「保管場所3：国」, "Storage location 3: Country").
pub fn answer_name(path: &str, lang: Lang) -> String {
    let leaf = label(path, lang);
    let Some((group, rest)) = path.rsplit_once('[') else {
        return leaf.to_string();
    };
    let (Some(n), Some(group)) = (
        rest.split(']').next().and_then(|n| n.parse::<usize>().ok()),
        Group::of(group),
    ) else {
        return leaf.to_string();
    };
    let entry = entry_label(group, n);
    if rest.contains('.') {
        match lang {
            Lang::Ja => format!("{}：{leaf}", entry.ja),
            Lang::En => format!("{}: {leaf}", entry.en),
        }
    } else {
        entry.pick(lang).to_string()
    }
}

/// The verdict part of the document of `d`.
pub fn part(d: &Declaration, lang: Lang, style: DateStyle, reviewer: bool) -> impl IntoView {
    // The reasons' dates in the document's own style (令和6年2月20日 or 2024年2月20日).
    let conditions: Vec<Condition> = verdict::verdict(d)
        .into_iter()
        .map(|c| Condition {
            why: Words::new(
                era::dates_in_text(&c.why.ja, Lang::Ja, style),
                era::dates_in_text(&c.why.en, Lang::En, style),
            ),
            ..c
        })
        .collect();
    // Never 適合 for an incomplete file (spec §4): 未完了 with the count of what is missing.
    let all_errors = rules::errors(d);
    let overall = verdict::Overall::of(&conditions, all_errors.len());
    let expiring: Vec<verdict::Expiring> = verdict::expiring(d)
        .into_iter()
        .map(|e| verdict::Expiring {
            text: Words::new(
                era::dates_in_text(&e.text.ja, Lang::Ja, style),
                era::dates_in_text(&e.text.en, Lang::En, style),
            ),
            ..e
        })
        .collect();
    let open: Vec<Condition> = conditions
        .iter()
        .filter(|c| matches!(c.status, Status::NotMet | Status::Unanswered))
        .cloned()
        .collect();
    let links = (reviewer && !open.is_empty()).then(|| {
        view! {
            <div class="document__open no-print">
                <h3 class="document__section-title">{lang.pick(
                    "適合していない条件と回答",
                    "Conditions not met and their answers",
                )}</h3>
                <ul data-testid="open-conditions">
                    {open.into_iter().map(|c| open_condition(c, lang)).collect_view()}
                </ul>
            </div>
        }
    });
    let errors = if reviewer { all_errors } else { Vec::new() };
    let errors = (!errors.is_empty()).then(|| {
        let items = errors
            .into_iter()
            .map(|i| {
                let path = i.path.clone();
                view! {
                    <li data-path=i.path.clone()>
                        <button type="button" class="link" on:click=move |_| { focus_answer(&path); }>
                            {i.message(lang).to_string()}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="document__open no-print">
                <h3 class="document__section-title">{lang.pick(
                    "未入力・要修正の項目",
                    "Answers to complete or correct",
                )}</h3>
                <ul class="summary__errors">{items}</ul>
            </div>
        }
    });
    view! {
        <section class="document__verdict" id="document-verdict">
            <p class="document__overall">
                {lang.pick("総合判定：", "Overall: ")}
                <strong data-testid="overall" data-status=overall.as_str()
                    class=format!("document__overall-{}", overall.as_str())>{overall.label(lang)}</strong>
            </p>
            <VerdictTable lang=Signal::stored(lang) conditions=Signal::stored(conditions)
                expiring=Signal::stored(expiring)/>
            {links}
            {errors}
        </section>
    }
}

/// One open condition: its id, name and status, then a button for each of its answers.
fn open_condition(c: Condition, lang: Lang) -> impl IntoView {
    let sep = lang.pick("：", ": ");
    let buttons = c
        .paths
        .into_iter()
        .map(|path| {
            let name = answer_name(&path, lang);
            view! {
                <li>
                    <button type="button" class="link" data-path=path.clone()
                        on:click=move |_| { focus_answer(&path); }>
                        {name}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <li data-condition=c.id.as_str()>
            <strong>{c.id.as_str()}</strong>
            " "
            {c.id.title(lang)}
            {sep}
            {c.status.label(lang)}
            <ul class="document__open-answers">{buttons}</ul>
        </li>
    }
}
