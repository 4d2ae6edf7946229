//! One subcontractor of the list: its summary (number, name, who commissions it, its state),
//! its buttons (変更 / 上へ / 下へ / 削除), the removal question when asked, and — when open —
//! every answer of the entry in a fieldset 「再委託先 N」.

use super::parent::ParentSelect;
use super::remove::RemovePanel;
use super::{button_id, id_at, sibling, ListState};
use crate::pages::sections::{paths, Answers};
use crate::widgets::Answer;
use declaration::fields::{self, Section};
use declaration::tree;
use declaration::{Declaration, Lang};
use leptos::prelude::*;

/// How many answers of an entry still need work, and how many of those show an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Progress {
    pending: usize,
    shown: usize,
}

/// 「再委託先 N」.
pub(super) fn entry_title(index: usize, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("再委託先 {}", index + 1),
        Lang::En => format!("Subcontractor {}", index + 1),
    }
}

/// The name of subcontractor `index`, when it has one.
pub(super) fn name_of(d: &Declaration, index: usize) -> Option<String> {
    d.subcontractors
        .get(index)
        .and_then(|s| s.name.as_deref())
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
}

/// How the entry's 委託元 reads in its summary.
pub(super) fn parent_words(d: &Declaration, index: usize, lang: Lang) -> String {
    let parent = d
        .subcontractors
        .get(index)
        .and_then(|s| s.parent.as_deref())
        .map(str::trim)
        .filter(|p| !p.is_empty());
    let Some(parent) = parent else {
        return lang.pick("（未選択）", "(not chosen)").to_string();
    };
    tree::parent_choices(d, d.subcontractors.len())
        .into_iter()
        .find(|(value, _, _)| value == parent)
        .map(|(_, ja, en)| lang.pick(&ja, &en).to_string())
        .unwrap_or_else(|| match lang {
            Lang::Ja => format!("（見つかりません：{parent}）"),
            Lang::En => format!("(not found: {parent})"),
        })
}

/// A visually hidden 「（再委託先 N）」 that makes a button's name unique.
fn whose(index: usize, lang: Signal<Lang>) -> impl IntoView {
    view! {
        <span class="visually-hidden">
            {move || match lang.get() {
                Lang::Ja => format!("（再委託先 {}）", index + 1),
                Lang::En => format!(" (subcontractor {})", index + 1),
            }}
        </span>
    }
}

/// One entry of the list.
#[component]
pub(super) fn Entry(state: ListState, index: usize) -> impl IntoView {
    let form = state.form;
    let lang = form.lang;
    let prefix = format!("subcontractors[{index}].");
    let progress = Memo::new(move |_| {
        let pending: Vec<String> = form.issues.with(|all| {
            all.iter()
                .filter(|i| i.path.starts_with(&prefix))
                .map(|i| i.path.clone())
                .collect()
        });
        let shown = pending
            .iter()
            .filter(|p| form.error_for(p).is_some())
            .count();
        Progress {
            pending: pending.len(),
            shown,
        }
    });
    // Once the page was checked, its error summary links into every entry with an error:
    // those entries are open (an error shown only because a field was left does not force
    // the entry open, so a half-filled entry can still be closed).
    let forced = move || {
        form.checked.with(|c| c.contains(&Section::Subcontractors)) && progress.get().shown > 0
    };
    let is_open = Memo::new(move |_| {
        let id = state.id_of(index);
        forced() || state.open.with(|o| o.contains(&id))
    });
    // An entry that showed an error stays open after the error is fixed.
    Effect::new(move |_| {
        if forced() {
            let id = state.id_of(index);
            if !state.open.with_untracked(|o| o.contains(&id)) {
                state.open.update(|o| {
                    o.insert(id);
                });
            }
        }
    });
    let depth = move || form.draft.with(|d| tree::depth(d, index)).max(1);
    let indent = move || {
        let step = (depth() - 1).min(4) as f32 * 1.25;
        format!("margin-inline-start: {step}rem")
    };
    let title_id = format!("subcontractor-{index}-title");
    let labelled_by = title_id.clone();
    let id_path = format!("subcontractors[{index}].id");
    let id_error = move || form.error_for(&id_path);
    view! {
        <li class=move || format!("entry subcontractor subcontractor--depth-{}", depth())
            style=indent id=crate::form::control_id(&format!("subcontractors[{index}].id"))
            tabindex="-1" aria-labelledby=labelled_by data-index=index>
            <h3 class="entry__title entry__title--heading" id=title_id>
                {move || entry_title(index, lang.get())}
                <span class="caption">
                    {move || match lang.get() {
                        Lang::Ja => format!("（第{}階層）", depth()),
                        Lang::En => format!(" (level {})", depth()),
                    }}
                </span>
            </h3>
            {move || id_error().map(|i| view! {
                <p class="error-message">
                    <span class="visually-hidden">{move || lang.get().pick("エラー：", "Error: ")}</span>
                    {move || i.message(lang.get()).to_string()}
                </p>
            })}
            <Summary state=state index=index progress=progress/>
            <Buttons state=state index=index is_open=is_open forced=Signal::derive(forced)/>
            <Show when=move || state.removing.get() == Some(index)>
                <RemovePanel state=state index=index/>
            </Show>
            <Show when=move || is_open.get()>
                <EntryAnswers state=state index=index/>
            </Show>
        </li>
    }
}

/// The short summary of an entry.
#[component]
fn Summary(state: ListState, index: usize, progress: Memo<Progress>) -> impl IntoView {
    let form = state.form;
    let lang = form.lang;
    let label = |key: &'static str| {
        let f = fields::field(key).expect("registered");
        move || f.label(lang.get())
    };
    let name = move || {
        form.draft.with(|d| name_of(d, index)).unwrap_or_else(|| {
            lang.get()
                .pick("（名称未入力）", "(no name yet)")
                .to_string()
        })
    };
    let parent = move || form.draft.with(|d| parent_words(d, index, lang.get()));
    let status = move || {
        let p = progress.get();
        let l = lang.get();
        if p.shown > 0 {
            let words = match l {
                Lang::Ja => format!("エラーあり（{}件）", p.shown),
                Lang::En => format!("Errors ({})", p.shown),
            };
            ("tag tag--error", words)
        } else if p.pending > 0 {
            let words = match l {
                Lang::Ja => format!("入力中（あと{}項目）", p.pending),
                Lang::En => format!("In progress ({} to go)", p.pending),
            };
            ("tag tag--progress", words)
        } else {
            ("tag tag--done", l.pick("完了", "Complete").to_string())
        }
    };
    view! {
        <dl class="summary-list" style="margin-bottom: 0.5rem;">
            <div>
                <dt>{label("subcontractors[].name")}</dt>
                <dd data-testid="subcontractor-name">{name}</dd>
            </div>
            <div>
                <dt>{label("subcontractors[].parent")}</dt>
                <dd data-testid="subcontractor-parent">{parent}</dd>
            </div>
            <div>
                <dt>{move || lang.get().pick("状態", "Status")}</dt>
                <dd><strong class=move || status().0 data-testid="subcontractor-status">{move || status().1}</strong></dd>
            </div>
        </dl>
    }
}

/// 変更 (or 閉じる), 上へ, 下へ and 削除.
#[component]
fn Buttons(
    state: ListState,
    index: usize,
    is_open: Memo<bool>,
    forced: Signal<bool>,
) -> impl IntoView {
    let form = state.form;
    let lang = form.lang;
    let toggle = move |_| {
        let id = state.id_of(index);
        state.open.update(|o| {
            if !o.remove(&id) {
                o.insert(id);
            }
        });
    };
    let can_move = move |up: bool| form.draft.with(|d| sibling(d, index, up).is_some());
    let move_button = move |up: bool| {
        let (ja, en, which) = if up {
            ("上へ", "Move up", "up")
        } else {
            ("下へ", "Move down", "down")
        };
        move || {
            can_move(up).then(|| {
                view! {
                    <button type="button" class="button button--secondary" id=button_id(index, which)
                        on:click=move |_| state.shift(index, up)>
                        {move || lang.get().pick(ja, en)}
                        {whose(index, lang)}
                    </button>
                }
            })
        }
    };
    view! {
        <div class="button-group" style="margin-top: 0.5rem;">
            <Show when=move || !forced.get()>
                <button type="button" class="button button--secondary" id=button_id(index, "toggle")
                    aria-expanded=move || is_open.get().to_string()
                    on:click=toggle>
                    {move || if is_open.get() {
                        lang.get().pick("閉じる", "Close")
                    } else {
                        lang.get().pick("変更", "Change")
                    }}
                    {whose(index, lang)}
                </button>
            </Show>
            {move_button(true)}
            {move_button(false)}
            <button type="button" class="button button--warning" id=button_id(index, "remove")
                aria-expanded=move || (state.removing.get() == Some(index)).to_string()
                on:click=move |_| state.removing.set(Some(index))>
                {move || lang.get().pick("削除", "Remove")}
                {whose(index, lang)}
            </button>
        </div>
    }
}

/// Every answer of the entry, in a fieldset 「再委託先 N」.
#[component]
fn EntryAnswers(state: ListState, index: usize) -> impl IntoView {
    let form = state.form;
    let lang = form.lang;
    let at = move |leaf: &str| format!("subcontractors[{index}].{leaf}");
    let concluded = move || {
        form.draft.with(|d| {
            d.subcontractors
                .get(index)
                .and_then(|s| s.confidentiality.as_ref())
                .and_then(|c| c.concluded)
        }) == Some(true)
    };
    let first = paths(&[
        "name",
        "address",
        "postal_code",
        "reason",
        "work_scope",
        "pi_scope",
        "capability",
        "inspection",
        "supervision",
        "confidentiality.concluded",
    ])
    .iter()
    .map(|leaf| at(leaf))
    .collect::<Vec<_>>();
    let date = at("confidentiality.date");
    let last = vec![at("safety_measures"), at("handler_count")];
    view! {
        <fieldset class="group entry" id=format!("subcontractor-{index}-answers")>
            <legend class="entry__title">{move || entry_title(index, lang.get())}</legend>
            <ParentSelect form=form index=index/>
            <Answers form=form paths=first/>
            <Show when=concluded>
                <div class="conditional">
                    <Answer form=form path=date.clone()/>
                </div>
            </Show>
            <Answers form=form paths=last.clone()/>
            <button type="button" class="button button--secondary" id=format!("subcontractor-{index}-add-child")
                on:click=move |_| {
                    let id = form.draft.with_untracked(|d| id_at(d, index));
                    state.add(&id);
                }>
                {move || lang.get().pick("この再委託先の再委託先を追加", "Add a subcontractor of this subcontractor")}
                {whose(index, lang)}
            </button>
        </fieldset>
    }
}
