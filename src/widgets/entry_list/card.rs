//! One entry of a list: its title and state tag, the page's summary, the buttons (変更 /
//! 閉じる, 上へ, 下へ, 削除), the removal question when asked, and its answers when open.
//!
//! Once its page was checked, an entry with an error shown is open and cannot be closed
//! while the error shows (every link of the error summary finds its control); it stays open
//! after the error is fixed, so nothing folds away under the cursor.

use super::remove::RemovePanel;
use super::state::{Entries, EntryView};
use crate::form::{control_id, error_id};
use crate::widgets::ErrorMessage;
use declaration::fields::section_of;
use declaration::words::Words;
use leptos::prelude::*;

/// The tag of an entry: エラーあり（n件） / 入力中（あと n 項目） / 完了.
fn state_tag(shown: usize, pending: usize) -> (&'static str, Words) {
    if shown > 0 {
        (
            "tag tag--error",
            Words::new(
                format!("エラーあり（{shown}件）"),
                format!("Errors ({shown})"),
            ),
        )
    } else if pending > 0 {
        (
            "tag tag--progress",
            Words::new(
                format!("入力中（あと{pending}項目）"),
                format!("In progress ({pending} to go)"),
            ),
        )
    } else {
        ("tag tag--done", Words::new("完了", "Complete"))
    }
}

/// Entry `index` of `list`.
#[component]
pub(super) fn EntryCard(list: Entries, view: EntryView, index: usize) -> impl IntoView {
    let form = list.form;
    let lang = form.lang;
    let path = list.path(index);
    let prefix = format!("{path}.");
    let errors = Memo::new(move |_| form.errors_under(&prefix));
    let checked = {
        let section = section_of(list.group.path());
        move || section.is_some_and(|s| form.checked.with(|c| c.contains(&s)))
    };
    let forced = move || view.collapsible && checked() && errors.get().0 > 0;
    let is_open = Memo::new(move |_| !view.collapsible || forced() || list.is_open(index));
    Effect::new(move |_| {
        if forced() {
            list.open(index);
        }
    });
    let depth = move || view.depth.map_or(1, |f| f.run(index)).max(1);
    // This card's part of the list's cards (see `Entries::cards`); notifies on change only.
    let facts = list.card(index);
    let title = move || facts.with(|f| f.title.clone());
    let title_id = list.part_id(index, "title");
    let labelled_by = title_id.clone();
    let id_path = format!("{path}.id");
    let id_errors = form.shown_messages_at(id_path.clone());
    let whose = move || {
        let t = title();
        match lang.get() {
            declaration::Lang::Ja => format!("（{}）", t.ja),
            declaration::Lang::En => format!(" ({})", t.en),
        }
    };
    let hidden_whose = move || view! { <span class="visually-hidden">{whose}</span> };
    let can_move = move |up: bool| facts.with(|f| if up { f.up } else { f.down });
    let move_button = move |up: bool| {
        let (ja, en, which) = if up {
            ("上へ", "Move up", "up")
        } else {
            ("下へ", "Move down", "down")
        };
        move || {
            can_move(up).then(|| {
                view! {
                    <button type="button" class="button button--secondary" id=list.part_id(index, which)
                        on:click=move |_| list.shift(index, up)>
                        {move || lang.get().pick(ja, en)}
                        {hidden_whose()}
                    </button>
                }
            })
        }
    };
    let toggle = move || {
        (view.collapsible && !forced()).then(|| {
            view! {
                <button type="button" class="button button--secondary" id=list.part_id(index, "toggle")
                    aria-expanded=move || is_open.get().to_string()
                    aria-controls=list.part_id(index, "body")
                    on:click=move |_| list.toggle(index)>
                    {move || if is_open.get() {
                        lang.get().pick("閉じる", "Close")
                    } else {
                        lang.get().pick("変更", "Change")
                    }}
                    {hidden_whose()}
                </button>
            }
        })
    };
    // The reviewer's questions about this entry's answers, when a review was received: seen
    // on the card even while it is closed.
    let questions = {
        let under = format!("{path}.");
        move || {
            let n = use_context::<crate::store::Received>()?.count_under(&under);
            (n > 0).then(|| {
                view! {
                    " "
                    <span class="tag tag--question" data-testid="entry-questions">
                        {move || crate::store::count_words(n, lang.get())}
                    </span>
                }
            })
        }
    };
    let question = move || {
        (list.removing.get() == Some(index)).then(|| {
            let q = view.question.run(index);
            view! { <RemovePanel list=list index=index question=q/> }
        })
    };
    view! {
            <li class=move || format!("entry entry--{} entry--depth-{}", list.group.path().rsplit('.').next().unwrap_or(""), depth().min(5))
                id=control_id(&id_path) tabindex="-1" aria-labelledby=labelled_by
                data-index=index data-depth=depth>
                <h3 class="entry__title entry__title--heading" id=title_id>
                    {move || title().pick(lang.get()).to_string()}
                    {move || view.depth.map(|_| view! {
                        <span class="caption">{move || match lang.get() {
                            declaration::Lang::Ja => format!("（第{}階層）", depth()),
                            declaration::Lang::En => format!(" (level {})", depth()),
                        }}</span>
                    })}
                </h3>
                <ErrorMessage id=error_id(&id_path) lang=lang messages=id_errors/>
                {view.summary.run(index)}
                <p class="entry__state">
                    <strong class=move || state_tag(errors.get().0, errors.get().1).0 data-testid="entry-status">
                        {move || state_tag(errors.get().0, errors.get().1).1.pick(lang.get()).to_string()}
                    </strong>
                    {questions}
                </p>
                <div class="button-group entry__actions">
                    {toggle}
                    {move_button(true)}
                    {move_button(false)}
    {move || (!view.fixed.is_some_and(|f| f.run(index))).then(|| view! {
                    <button type="button" class="button button--warning" id=list.part_id(index, "remove")
                        aria-expanded=move || (list.removing.get() == Some(index)).to_string()
                        on:click=move |_| list.removing.set(Some(index))>
                        {move || lang.get().pick("削除", "Remove")}
                        {hidden_whose()}
                    </button>
                    })}
                </div>
                {question}
                <Show when=move || is_open.get()>
                    <div class="entry__body" id=list.part_id(index, "body")>{view.body.run(index)}</div>
                </Show>
            </li>
        }
}
