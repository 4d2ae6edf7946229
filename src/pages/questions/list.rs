//! The questions received, in the reviewer's order: each with where it belongs (a link to
//! the page of its answer), its status, the question, the reply box (committed by its
//! button, so an IME is never disturbed) and, when the draft changed since the version
//! reviewed, what changed that the question is about. Questions whose target is gone are
//! listed apart, with their reply box all the same.

use crate::components::{target_words, ItemChanges, Thread};
use crate::form::Form;
use crate::route::{go, Route};
use crate::store::Received;
use crate::widgets::{one, ErrorMessage};
use declaration::changes::Change;
use declaration::review::{self, Item, ItemStatus, Place};
use declaration::words::isolated;
use leptos::prelude::*;

/// Both lists.
#[component]
pub fn QuestionList(
    received: Received,
    form: Form,
    route: RwSignal<Route>,
    changes: Memo<Option<Vec<Change>>>,
) -> impl IntoView {
    let lang = form.lang;
    // Questions of several municipalities (宛先) come together by what they are about, so
    // the questions several cities asked about one answer read as one group.
    let ids = move |missing: bool| {
        received.placed.with(|p| {
            let mut out: Vec<(usize, String, String)> = p
                .iter()
                .enumerate()
                .filter(|(_, (_, at))| (*at == Place::Missing) == missing)
                .map(|(n, (i, at))| (n + 1, i.id.clone(), about(at)))
                .collect();
            if out
                .iter()
                .any(|(_, id, _)| review::cities::asked_by(id).is_some())
            {
                out.sort_by(|a, b| a.2.cmp(&b.2).then(a.0.cmp(&b.0)));
            }
            out.into_iter()
                .map(|(n, id, _)| (n, id))
                .collect::<Vec<_>>()
        })
    };
    let row = move |(n, id): (usize, String)| {
        view! { <QuestionRow received=received form=form route=route changes=changes n=n id=id/> }
    };
    view! {
        <h2>{move || lang.get().pick("照会事項", "Questions")}</h2>
        <ol class="review-items" data-testid="questions-list">
            <For each=move || ids(false) key=|x| x.clone() children=row/>
        </ol>
        <Show when=move || !ids(true).is_empty()>
            <h2>{move || lang.get().pick("対象が見つからない照会事項", "Questions whose target is not found")}</h2>
            <p class="hint">{move || lang.get().pick(
                "照会の対象だった項目や再委託先が、下書きから削除されています。照会は消さずに残しています。回答で事情を説明してください。",
                "What these questions were about has been removed from the draft. They are kept: explain in your reply.",
            )}</p>
            <ol class="review-items" data-testid="questions-missing">
                <For each=move || ids(true) key=|x| x.clone() children=row/>
            </ol>
        </Show>
    }
}

/// What a question is about, as a key that sorts the questions of one answer together.
fn about(at: &Place) -> String {
    format!("{at:?}")
}

/// 「伊賀市から」, and how many municipalities asked about the same answer, for a question of
/// a merged review.
fn asked_by(form: Form, received: Received, id: &str) -> Option<(String, String, usize)> {
    let city = review::cities::asked_by(id)?;
    let name = form.draft.with(|d| {
        let i = d.addressees.iter().position(|a| a.id == city)?;
        Some(declaration::answers::entry_title(
            d,
            declaration::answers::Group::Addressees,
            i,
        ))
    })?;
    let same = received.placed.with(|p| {
        let here = p.iter().find(|(i, _)| i.id == id).map(|(_, at)| at.clone());
        p.iter()
            .filter(|(_, at)| Some(at) == here.as_ref() && *at != Place::Missing)
            .filter_map(|(i, _)| review::cities::asked_by(&i.id))
            .collect::<std::collections::HashSet<_>>()
            .len()
    });
    Some((name.ja, name.en, same))
}

/// One question, by its id.
#[component]
fn QuestionRow(
    received: Received,
    form: Form,
    route: RwSignal<Route>,
    changes: Memo<Option<Vec<Change>>>,
    n: usize,
    id: String,
) -> impl IntoView {
    let lang = form.lang;
    let id = StoredValue::new(id);
    let item = Memo::new(move |_| {
        received.placed.with(|p| {
            p.iter()
                .find(|(i, _)| id.with_value(|id| &i.id == id))
                .cloned()
        })
    });
    let get =
        move |f: fn(&(Item, Place)) -> String| item.with(|i| i.as_ref().map(f).unwrap_or_default());
    let what = move || {
        let l = lang.get();
        item.with(|i| {
            i.as_ref()
                .map(|(i, _)| form.draft.with(|d| target_words(d, &i.target, l)))
                .unwrap_or_default()
        })
    };
    let section = move || item.with(|i| i.as_ref().and_then(|(_, at)| review::section_of(at)));
    let status = move || item.with(|i| i.as_ref().map(|(i, _)| i.status).unwrap_or_default());
    let reply_ref = NodeRef::<leptos::html::Textarea>::new();
    let error = RwSignal::new(None);
    let done = RwSignal::new(false);
    let box_id = id.with_value(|id| format!("reply-{id}"));
    let error_id = format!("{box_id}-error");
    let on_reply = move |_| {
        let text = reply_ref.get().map(|t| t.value()).unwrap_or_default();
        match id.with_value(|id| received.reply(id, &text)) {
            Ok(()) => {
                error.set(None);
                done.set(true);
            }
            Err(why) => {
                error.set(Some(why));
                done.set(false);
            }
        }
    };
    let mine = move || {
        let target = item.with(|i| i.as_ref().map(|(i, _)| i.target.clone()))?;
        let list = changes.get()?;
        Some(
            review::changes_for(&target, &list)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>(),
        )
    };
    view! {
        <li class="review-item" value=n data-item=move || id.get_value() data-status=move || format!("{:?}", status())>
            <p class="review-item__target">
                {move || match section() {
                    Some(s) => view! {
                        <a href=Route::Section(s).hash() on:click=move |ev| { ev.prevent_default(); go(route, Route::Section(s)); }>{what}</a>
                    }.into_any(),
                    None => view! { <span>{what}</span> }.into_any(),
                }}
                " "
                <strong class="tag">{move || status().label(lang.get())}</strong>
                {move || id.with_value(|id| asked_by(form, received, id)).map(|(ja, en, same)| view! {
                    " "
                    <span class="tag tag--muted" data-testid="asked-by">{move || match lang.get() {
                        declaration::Lang::Ja => format!("{ja}から"),
                        declaration::Lang::En => format!("from {en}"),
                    }}</span>
                    {(same > 1).then(|| view! {
                        " "
                        <span class="hint" data-testid="asked-by-many">{move || match lang.get() {
                            declaration::Lang::Ja => format!("この項目には{same}市町村から照会があります"),
                            declaration::Lang::En => format!("{same} municipalities asked about this"),
                        }}</span>
                    })}
                })}
            </p>
            <p class="review-item__comment">{move || get(|(i, _)| isolated(&i.comment).into_owned())}</p>
            {move || item.with(|i| i.as_ref().map(|(i, _)| i.history.clone())).map(|h| view! { <Thread lang=lang history=h/> })}
            {move || mine().map(|c| view! { <ItemChanges lang=lang changes=c/> })}
            <Show when=move || status() != ItemStatus::Resolved fallback=move || view! {
                // 解決: read-only, the reply as the reviewer accepted it.
                <div class="review-item__resolved" data-testid="reply-resolved">
                    <p class="review-item__reply"><strong>{move || lang.get().pick("回答：", "Reply: ")}</strong>
                        {move || get(|(i, _)| i.reply.as_deref().map(|r| isolated(r).into_owned()).unwrap_or_default())}</p>
                    <p class="hint">{move || lang.get().pick("審査者が「解決」にした照会です。回答は変更できません。", "The reviewer has marked this question resolved: its reply can no longer change.")}</p>
                </div>
            }>
                <div class="field">
                    <label class="field__label" for=box_id.clone()>{move || lang.get().pick("回答", "Reply")}</label>
                    <ErrorMessage id=error_id.clone() lang=lang messages=one(error)/>
                    <textarea id=box_id.clone() rows="3" node_ref=reply_ref
                        // Follows the reply kept (a 再照会 taken in empties it); typing never
                        // changes it, a button press commits.
                        prop:value=move || item.with(|i| i.as_ref().and_then(|(i, _)| i.reply.clone()).unwrap_or_default())></textarea>
                    <div class="button-group">
                        <button type="button" class="button button--secondary" data-testid="reply-save" on:click=on_reply>
                            {move || lang.get().pick("回答を保存（回答済みにする）", "Save the reply (mark answered)")}
                        </button>
                    </div>
                    // Said while the reply saved here is the one kept: a 再照会 taken in since
                    // empties the box and the status with it.
                    <p role="status" class="status-message">{move || (done.get() && status() == ItemStatus::Answered)
                        .then(|| lang.get().pick("回答を保存しました。", "The reply was saved."))}</p>
                </div>
            </Show>
        </li>
    }
}
