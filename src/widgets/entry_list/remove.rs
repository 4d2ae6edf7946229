//! The question before an entry is removed, inline under its buttons: an `alertdialog` that
//! takes focus, with one button per way to remove it and キャンセル; Escape or キャンセル puts
//! focus back on 削除.

use super::state::{Entries, RemoveQuestion};
use crate::widgets::focus::focus_later;
use leptos::html;
use leptos::prelude::*;

/// The removal question of entry `index`, fixed when it is asked.
#[component]
pub(super) fn RemovePanel(list: Entries, index: usize, question: RemoveQuestion) -> impl IntoView {
    let lang = list.form.lang;
    let node = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            let _ = el.focus();
        }
    });
    let cancel = move || {
        list.removing.set(None);
        focus_later(vec![list.part_id(index, "remove")]);
    };
    let title_id = list.part_id(index, "remove-title");
    let labelled_by = title_id.clone();
    let detail_id = list.part_id(index, "remove-detail");
    let RemoveQuestion {
        title,
        detail,
        choices,
    } = question;
    let has_detail = detail.is_some();
    let choices = choices
        .into_iter()
        .enumerate()
        .map(|(n, (words, how))| {
            let id = if n == 0 {
                list.part_id(index, "remove-yes")
            } else {
                list.part_id(index, &format!("remove-yes-{n}"))
            };
            view! {
                <button type="button" class="button button--warning" id=id
                    on:click=move |_| list.remove(index, how)>
                    {move || words.pick(lang.get()).to_string()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="entry remove-panel" role="alertdialog" tabindex="-1" node_ref=node
            aria-labelledby=labelled_by
            aria-describedby=has_detail.then(|| detail_id.clone())
            on:keydown=move |ev| if ev.key() == "Escape" { ev.prevent_default(); cancel(); }>
            <p class="warning-text" id=title_id>{move || title.pick(lang.get()).to_string()}</p>
            {detail.map(|d| view! { <p id=detail_id.clone()>{move || d.pick(lang.get()).to_string()}</p> })}
            <div class="button-group">
                {choices}
                <button type="button" class="button button--secondary" on:click=move |_| cancel()>
                    {move || lang.get().pick("キャンセル", "Cancel")}
                </button>
            </div>
        </div>
    }
}
