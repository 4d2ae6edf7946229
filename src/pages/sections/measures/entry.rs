//! One measure of the growing list: a fieldset 「対策 N：分類」 with 変更 (open / close),
//! 上へ / 下へ and 削除 (asked once more before it goes). Closed, it shows a one-line summary;
//! open, its answers — the planned date only when planned, the reason only when not
//! applicable, and the encryption details only for a data-encryption measure.

use super::super::Answers;
use crate::form::Form;
use declaration::fields::{Labelled, Section};
use declaration::model::{Category, Measure, MeasureStatus};
use declaration::{tree, Lang};
use leptos::prelude::*;
use std::collections::HashSet;
use std::time::Duration;

/// Focuses the element with `id` once the list has been rendered again.
pub(super) fn focus_later(ids: Vec<String>) {
    set_timeout(
        move || {
            let doc = document();
            if let Some(el) = ids.iter().find_map(|id| doc.get_element_by_id(id)) {
                use wasm_bindgen::JsCast;
                if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        },
        Duration::ZERO,
    );
}

/// The answers only a data-encryption measure has.
const ENCRYPTION: &[&str] = &[
    "at_rest.algorithm",
    "at_rest.scope",
    "in_transit.min_tls",
    "key_management",
];

/// The paths of measure `index`'s answers `leaves`.
fn leaves(index: usize, leaves: &[&str]) -> Vec<String> {
    leaves
        .iter()
        .map(|l| format!("measures[{index}].{l}"))
        .collect()
}

/// The id of one of an entry's buttons.
fn button_id(index: usize, what: &str) -> String {
    format!("measure-{index}-{what}")
}

/// Whether the user sees an error of measure `index` (left answer, or page checked).
fn has_shown_error(form: Form, index: usize) -> bool {
    let prefix = format!("measures[{index}].");
    let checked = form.checked.with(|c| c.contains(&Section::Measures));
    form.issues.with(|all| {
        all.iter().any(|i| {
            i.path.starts_with(&prefix) && (checked || form.touched.with(|t| t.contains(&i.path)))
        })
    })
}

/// The words of 「対策 N：分類」.
fn title(lang: Lang, n: usize, category: Option<Category>) -> String {
    let cat = category.map_or_else(
        || lang.pick("分類未選択", "no category").to_string(),
        |c| c.label(lang).to_string(),
    );
    match lang {
        Lang::Ja => format!("対策 {n}：{cat}"),
        Lang::En => format!("Measure {n}: {cat}"),
    }
}

/// The summary line of a closed entry: phase, status and the start of the description.
fn summary(lang: Lang, m: &Measure) -> String {
    let none = lang.pick("未回答", "not answered");
    let phase = m.phase.map_or(none, |p| p.label(lang));
    let status = m.status.map_or(none, |s| s.label(lang));
    let text = m.description.as_deref().unwrap_or("").trim();
    let mut short: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        short.push('…');
    }
    let sep = lang.pick("／", " / ");
    if short.is_empty() {
        format!("{phase}{sep}{status}")
    } else {
        format!("{phase}{sep}{status}{sep}{short}")
    }
}

/// Measure `index` (carrying `id`) of the list.
#[component]
pub fn Entry(
    form: Form,
    open: RwSignal<HashSet<String>>,
    index: usize,
    id: String,
) -> impl IntoView {
    let lang = form.lang;
    let n = index + 1;
    let measure = move || form.draft.with(|d| d.measures.get(index).cloned());
    let category = move || measure().and_then(|m| m.category);
    let status = move || measure().and_then(|m| m.status);
    let count = move || form.draft.with(|d| d.measures.len());
    let is_open = {
        let id = id.clone();
        Memo::new(move |_| open.with(|o| o.contains(&id)))
    };
    let confirming = RwSignal::new(false);
    let body_id = format!("measure-{index}-body");
    let toggle = {
        let id = id.clone();
        move |_| {
            open.update(|o| {
                if !o.remove(&id) {
                    o.insert(id.clone());
                }
            })
        }
    };
    let shift = move |up: bool| {
        let moved = form.draft.try_update(|d| lists::move_measure(d, index, up)) == Some(true);
        if moved {
            let to = if up { index - 1 } else { index + 1 };
            let first = if up { "up" } else { "down" };
            let second = if up { "down" } else { "up" };
            focus_later(vec![button_id(to, first), button_id(to, second)]);
        }
    };
    let remove = {
        let id = id.clone();
        move |_| {
            form.draft.update(|d| {
                lists::remove_measure(d, index);
            });
            open.update(|o| {
                o.remove(&id);
            });
            focus_later(vec!["f-measures".into()]);
        }
    };
    let context = move || match lang.get() {
        Lang::Ja => format!("（対策 {n}）"),
        Lang::En => format!(" (measure {n})"),
    };
    view! {
        <fieldset class="entry" data-measure=index.to_string()>
            <legend class="entry__title">{move || title(lang.get(), n, category())}</legend>
            <Show when=move || !is_open.get()>
                <p class="entry__summary">
                    {move || measure().map(|m| summary(lang.get(), &m))}
                    {move || has_shown_error(form, index).then(|| view! {
                        " " <strong class="tag tag--error">{move || lang.get().pick("エラーあり", "Has errors")}</strong>
                    })}
                </p>
            </Show>
            <div class="button-group entry__actions">
                <button type="button" class="button button--secondary" id=button_id(index, "toggle")
                    aria-expanded=move || is_open.get().to_string() aria-controls=body_id.clone()
                    on:click=toggle.clone()>
                    {move || if is_open.get() { lang.get().pick("閉じる", "Close") } else { lang.get().pick("変更", "Change") }}
                    <span class="visually-hidden">{context}</span>
                </button>
                <Show when=move || { index > 0 }>
                    <button type="button" class="button button--secondary" id=button_id(index, "up")
                        on:click=move |_| shift(true)>
                        {move || lang.get().pick("上へ", "Move up")}
                        <span class="visually-hidden">{context}</span>
                    </button>
                </Show>
                <Show when=move || { index + 1 < count() }>
                    <button type="button" class="button button--secondary" id=button_id(index, "down")
                        on:click=move |_| shift(false)>
                        {move || lang.get().pick("下へ", "Move down")}
                        <span class="visually-hidden">{context}</span>
                    </button>
                </Show>
                <button type="button" class="button button--warning" id=button_id(index, "remove")
                    on:click=move |_| {
                        confirming.set(true);
                        focus_later(vec![button_id(index, "remove-yes")]);
                    }>
                    {move || lang.get().pick("削除", "Remove")}
                    <span class="visually-hidden">{context}</span>
                </button>
            </div>
            <Show when=move || confirming.get()>
                <div class="statement" role="group" aria-label=move || lang.get().pick("削除の確認", "Confirm removal")>
                    <p class="warning-text">{move || match lang.get() {
                        Lang::Ja => format!("{}を削除しますか？入力した内容は元に戻せません。", title(Lang::Ja, n, category())),
                        Lang::En => format!("Remove {}? What you entered cannot be restored.", title(Lang::En, n, category())),
                    }}</p>
                    <div class="button-group">
                        <button type="button" class="button button--warning" id=button_id(index, "remove-yes")
                            on:click=remove.clone()>
                            {move || lang.get().pick("削除する", "Yes, remove it")}
                        </button>
                        <button type="button" class="button button--secondary"
                            on:click=move |_| {
                                confirming.set(false);
                                focus_later(vec![button_id(index, "remove")]);
                            }>
                            {move || lang.get().pick("やめる", "Cancel")}
                        </button>
                    </div>
                </div>
            </Show>
            <Show when=move || is_open.get()>
                <div id=format!("measure-{index}-body")>
                    <Answers form=form paths=leaves(index, &["category", "phase", "status"])/>
                    <Show when=move || status() == Some(MeasureStatus::Planned)>
                        <div class="conditional"><Answers form=form paths=leaves(index, &["planned_date"])/></div>
                    </Show>
                    <Show when=move || status() == Some(MeasureStatus::NotApplicable)>
                        <div class="conditional"><Answers form=form paths=leaves(index, &["reason"])/></div>
                    </Show>
                    <Answers form=form paths=leaves(index, &["description", "evidence"])/>
                    <Show when=move || category() == Some(Category::Encryption)>
                        <div class="conditional" data-testid="encryption">
                            <Answers form=form paths=leaves(index, ENCRYPTION)/>
                        </div>
                    </Show>
                </div>
            </Show>
        </fieldset>
    }
}
