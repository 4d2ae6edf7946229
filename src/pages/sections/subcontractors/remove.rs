//! The question before a subcontractor is removed, inline under its summary (an
//! `alertdialog` that takes focus; Escape or キャンセル puts focus back on 削除). A leaf asks
//! only to confirm; an entry with subcontractors below it asks what happens to them
//! ([`OnRemove`]): moved up to its own 委託元, or removed with it.

use super::entry::{entry_title, name_of, parent_words};
use super::{button_id, focus_later, ListState};
use declaration::tree::{self, OnRemove};
use declaration::Lang;
use leptos::html;
use leptos::prelude::*;

/// What the question says, in both languages, fixed when it is asked.
struct Question {
    title: (String, String),
    detail: Option<(String, String)>,
    reattach: (String, String),
    has_children: bool,
}

/// The question about removing subcontractor `index`.
fn question(state: ListState, index: usize) -> Question {
    state.form.draft.with_untracked(|d| {
        let named = |i: usize, lang: Lang| name_of(d, i).unwrap_or_else(|| entry_title(i, lang));
        let (ja, en) = (named(index, Lang::Ja), named(index, Lang::En));
        let id = d.subcontractors.get(index).map(|s| s.id.as_str()).unwrap_or("");
        let children = if id.is_empty() { Vec::new() } else { tree::children(d, id) };
        let below = if id.is_empty() { 0 } else { tree::descendants(d, id).len() };
        let list = |lang: Lang| {
            children
                .iter()
                .map(|&c| named(c, lang))
                .collect::<Vec<_>>()
                .join(lang.pick("、", ", "))
        };
        let up = (parent_words(d, index, Lang::Ja), parent_words(d, index, Lang::En));
        Question {
            title: (format!("「{ja}」を削除しますか。"), format!("Remove “{en}”?")),
            detail: (!children.is_empty()).then(|| {
                (
                    format!(
                        "「{ja}」の下に再委託先が{}件あります（直接の再委託先：{}）。付け替える場合、直接の再委託先の委託元は「{}」になります。まとめて削除する場合は、下位の再委託先{}件も削除されます。",
                        below,
                        list(Lang::Ja),
                        up.0,
                        below
                    ),
                    format!(
                        "“{en}” has {} subcontractor(s) below it (directly: {}). Moving them up makes “{}” commission the direct ones; removing them all also removes the {} below.",
                        below,
                        list(Lang::En),
                        up.1,
                        below
                    ),
                )
            }),
            reattach: (
                format!("下位の再委託先を{ja}の委託元に付け替えて削除"),
                format!("Move the subcontractors below to the one above {en}, and remove it"),
            ),
            has_children: !children.is_empty(),
        }
    })
}

/// The removal question of subcontractor `index`.
#[component]
pub(super) fn RemovePanel(state: ListState, index: usize) -> impl IntoView {
    let lang = state.form.lang;
    let q = question(state, index);
    let node = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            let _ = el.focus();
        }
    });
    let cancel = move || {
        state.removing.set(None);
        focus_later(vec![button_id(index, "remove")]);
    };
    let pick = move |(ja, en): (String, String)| move || lang.get().pick(&ja, &en).to_string();
    let title_id = format!("subcontractor-{index}-remove-title");
    let labelled_by = title_id.clone();
    let detail_id = format!("subcontractor-{index}-remove-detail");
    let choices = if q.has_children {
        view! {
            <button type="button" class="button button--warning"
                on:click=move |_| state.remove(index, OnRemove::ReattachToParent)>
                {pick(q.reattach.clone())}
            </button>
            <button type="button" class="button button--warning"
                on:click=move |_| state.remove(index, OnRemove::RemoveDescendants)>
                {move || lang.get().pick("下位の再委託先もまとめて削除", "Remove it and every subcontractor below it")}
            </button>
        }
        .into_any()
    } else {
        view! {
            <button type="button" class="button button--warning"
                on:click=move |_| state.remove(index, OnRemove::ReattachToParent)>
                {move || lang.get().pick("削除する", "Remove")}
            </button>
        }
        .into_any()
    };
    view! {
        <div class="entry remove-panel" role="alertdialog" tabindex="-1" node_ref=node
            aria-labelledby=labelled_by
            aria-describedby=q.detail.is_some().then(|| detail_id.clone())
            on:keydown=move |ev| if ev.key() == "Escape" { ev.prevent_default(); cancel(); }>
            <p class="warning-text" id=title_id>{pick(q.title.clone())}</p>
            {q.detail.clone().map(|d| view! { <p id=detail_id.clone()>{pick(d)}</p> })}
            <div class="button-group" style="margin-top: 0.5rem;">
                {choices}
                <button type="button" class="button button--secondary" on:click=move |_| cancel()>
                    {move || lang.get().pick("キャンセル", "Cancel")}
                </button>
            </div>
        </div>
    }
}
