//! 照会事項一覧 in the reader: every question with its target (a way to it), its status,
//! its text (to edit or delete), the contractor's reply and what changed since the version
//! reviewed that the question is about, with 「解決」 and 「再照会」; those whose target is
//! not in this declaration in a list of their own.

use super::state::ReviewState;
use crate::components::{target_words, ItemChanges, Thread};
use crate::document::focus_answer;
use crate::widgets::{one, ErrorMessage};
use declaration::review::Target;
use declaration::review::{changes_for, place, ItemStatus, Place};
use declaration::words::isolated;
use declaration::{Declaration, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves focus to where a question belongs.
fn go_to(d: &Declaration, target: &Target) {
    match place(d, target) {
        Place::Condition(c) => {
            let row = document()
                .query_selector(&format!("tr[data-condition='{}']", c.as_str()))
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(row) = row {
                row.set_tab_index(-1);
                row.scroll_into_view();
                let _ = row.focus();
            }
        }
        Place::Section(s) => {
            focus_answer(s.key());
        }
        Place::Answer(path) => {
            focus_answer(&path);
        }
        Place::Missing => {}
    }
}

/// 照会事項一覧: every question with its target (a way to it), its status and its text, to
/// edit or delete; those whose target is not in this declaration in a list of their own.
#[component]
pub fn ItemList(
    lang: Signal<Lang>,
    state: ReviewState,
    decl: StoredValue<Declaration>,
) -> impl IntoView {
    let rows = move |missing: bool| {
        let items = state.review.with(|r| r.items.clone());
        items
            .into_iter()
            .filter(|i| decl.with_value(|d| (place(d, &i.target) == Place::Missing) == missing))
            .map(|item| view! { <ItemRow lang=lang state=state decl=decl item=item/> })
            .collect_view()
    };
    let has_missing = move || {
        state.review.with(|r| {
            r.items
                .iter()
                .any(|i| decl.with_value(|d| place(d, &i.target) == Place::Missing))
        })
    };
    view! {
        <h3>{move || lang.get().pick("照会事項一覧", "List of questions")}</h3>
        <Show when=move || state.review.with(|r| !r.items.is_empty())
            fallback=move || view! { <p>{move || lang.get().pick("照会事項はまだありません。", "No questions yet.")}</p> }>
            <ol class="review-items" data-testid="review-items">{move || rows(false)}</ol>
        </Show>
        <Show when=has_missing>
            <h3>{move || lang.get().pick("対象が見つからない照会事項", "Questions whose target is not found")}</h3>
            <ol class="review-items" data-testid="review-missing">{move || rows(true)}</ol>
        </Show>
    }
}

/// One question of the list.
#[component]
fn ItemRow(
    lang: Signal<Lang>,
    state: ReviewState,
    decl: StoredValue<Declaration>,
    item: declaration::review::Item,
) -> impl IntoView {
    let id = item.id.clone();
    let target = item.target.clone();
    let what = move || decl.with_value(|d| target_words(d, &target, lang.get()));
    let to = item.target.clone();
    let edit_ref = NodeRef::<leptos::html::Textarea>::new();
    let error = RwSignal::new(None);
    let (id_edit, id_save, id_remove, id_show) = (id.clone(), id.clone(), id.clone(), id.clone());
    let editing = move || state.editing.get().as_deref() == Some(id_show.as_str());
    let comment = item.comment.clone();
    let status = item.status;
    let reply = item.reply.as_deref().map(|r| isolated(r).into_owned());
    let changed = state.changes.with_value(|c| {
        c.as_ref().map(|list| {
            changes_for(&item.target, list)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let again = RwSignal::new(false);
    let again_ref = NodeRef::<leptos::html::Textarea>::new();
    let again_error = RwSignal::new(None);
    let again_id = format!("again-{id}");
    let (id_resolve, id_again) = (id.clone(), id.clone());
    view! {
        <li class="review-item" data-item=id.clone()>
            <p class="review-item__target">
                <button type="button" class="link" on:click=move |_| decl.with_value(|d| go_to(d, &to))>{what.clone()}</button>
                " "
                <strong class="tag">{move || status.label(lang.get())}</strong>
            </p>
            <Show when=editing.clone() fallback={
                let comment = comment.clone();
                move || view! { <p class="review-item__comment">{isolated(&comment).into_owned()}</p> }
            }>
                <ErrorMessage id=format!("edit-{}-error", id_save) lang=lang messages=one(error)/>
                <textarea rows="4" node_ref=edit_ref prop:value=comment.clone()
                    aria-label=move || lang.get().pick("照会内容", "Question")></textarea>
                <div class="button-group">
                    <button type="button" class="button" on:click={
                        let id = id_save.clone();
                        move |_| {
                            let text = edit_ref.get().map(|t| t.value()).unwrap_or_default();
                            error.set(state.edit(&id, &text).err());
                        }
                    }>{move || lang.get().pick("変更を保存", "Save the change")}</button>
                </div>
            </Show>
            <Thread lang=lang history=item.history.clone()/>
            {reply.map(|r| view! { <p class="review-item__reply" data-testid="review-reply"><strong>{move || lang.get().pick("回答：", "Reply: ")}</strong>{r}</p> })}
            {changed.map(|c| view! { <ItemChanges lang=lang changes=c/> })}
            <Show when=move || again.get()>
                <div class="field">
                    <label class="field__label" for=again_id.clone()>{move || lang.get().pick("再照会の内容", "Ask again")}</label>
                    <ErrorMessage id=format!("{again_id}-error") lang=lang messages=one(again_error)/>
                    <textarea id=again_id.clone() rows="3" node_ref=again_ref></textarea>
                    <button type="button" class="button" data-testid="ask-again-send" on:click={
                        let id = id_again.clone();
                        move |_| {
                            let text = again_ref.get().map(|t| t.value()).unwrap_or_default();
                            again_error.set(state.ask_again(&id, &text).err());
                        }
                    }>{move || lang.get().pick("再照会する", "Ask again")}</button>
                </div>
            </Show>
            <div class="button-group">
                {(status != ItemStatus::Resolved).then(|| {
                    let id = id_resolve.clone();
                    view! {
                        <button type="button" class="button" data-testid="resolve" on:click=move |_| state.resolve(&id)>
                            {move || lang.get().pick("解決にする", "Mark resolved")}
                            <span class="visually-hidden">{what.clone()}</span>
                        </button>
                    }
                })}
                {(status != ItemStatus::Open).then(|| view! {
                    <button type="button" class="button button--secondary" data-testid="ask-again" on:click=move |_| again.set(true)>
                        {move || lang.get().pick("再照会", "Ask again")}
                        <span class="visually-hidden">{what.clone()}</span>
                    </button>
                })}
                <button type="button" class="button button--secondary" on:click={
                    let id = id_edit.clone();
                    move |_| state.editing.set(Some(id.clone()))
                }>
                    {move || lang.get().pick("編集", "Edit")}
                    <span class="visually-hidden">{what.clone()}</span>
                </button>
                <button type="button" class="button button--warning" on:click={
                    let id = id_remove.clone();
                    move |_| state.remove(&id)
                }>
                    {move || lang.get().pick("削除", "Delete")}
                    <span class="visually-hidden">{what.clone()}</span>
                </button>
            </div>
        </li>
    }
}
