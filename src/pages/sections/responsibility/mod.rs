//! 責任共有モデル (C7): the provider's model document, that it is understood, and the
//! responsibility table (責任分担表) — one radio group per layer, from the facility up, for
//! who owns it. The table starts from the default of the service model chosen on the
//! クラウドサービス page (when it is empty, or still the default of another model), and the
//! layers the user (or both) own that still lack a matching measure link to that page.

use crate::form::{control_id, error_id, hint_id, Form};
use crate::widgets::field::{keys, Answers};
use crate::widgets::focus::focus_later;
use crate::widgets::ErrorMessage;
use declaration::fields::{key, siblings, Labelled};
use declaration::lists;
use declaration::matrix::{default_matrix, owner_of};
use declaration::model::{Layer, MatrixRow, Owner, ServiceModel};
use declaration::{matrix, Declaration, Lang};
use leptos::prelude::*;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

/// The path of the table's errors; its container carries `control_id` of it.
const MATRIX: &str = "responsibility.matrix";

/// Prefills the table from the service model: when it is empty, or when it still equals the
/// default of a model other than the chosen one (the model changed since it was filled).
/// Returns whether the table was replaced; a table the user edited is never touched.
pub fn prefill(d: &mut Declaration) -> bool {
    let Some(model) = d.cloud.as_ref().and_then(|c| c.service_model) else {
        return false;
    };
    let current = d.responsibility.as_ref().map_or(&[][..], |r| &r.matrix[..]);
    let wanted = default_matrix(model);
    let stale = current.is_empty()
        || (current != wanted.as_slice()
            && ServiceModel::ALL
                .iter()
                .any(|&m| current == default_matrix(m).as_slice()));
    if stale {
        d.responsibility.get_or_insert_with(Default::default).matrix = wanted;
    }
    stale
}

/// Gives `layer` to `owner`: every row naming it, or a new row in layer order.
pub fn set_owner(d: &mut Declaration, layer: Layer, owner: Owner) {
    let rows = &mut d.responsibility.get_or_insert_with(Default::default).matrix;
    let mut found = false;
    for r in rows.iter_mut().filter(|r| r.layer == layer) {
        r.owner = owner;
        found = true;
    }
    if !found {
        rows.push(MatrixRow { layer, owner });
        rows.sort_by_key(|r| r.layer);
    }
}

/// The look of the table's cells (inline: the table is this page's alone). The radios sit
/// centred under their owner; every row and column has a visible heading, also on phones
/// (the table scrolls sideways rather than stacking).
/// The chosen service model, if any (changes only when the model does, so what depends on
/// it is not rebuilt on every keystroke).
fn service_model(form: Form) -> Memo<Option<ServiceModel>> {
    Memo::new(move |_| {
        form.draft
            .with(|d| d.cloud.as_ref().and_then(|c| c.service_model))
    })
}

/// One layer's row: its name and a radio per owner.
#[component]
fn LayerRow(form: Form, layer: Layer) -> impl IntoView {
    let lang = form.lang;
    let name = format!("{}-{}", control_id(MATRIX), layer.as_str());
    let current = move || {
        form.draft.with(|d| {
            d.responsibility
                .as_ref()
                .and_then(|r| owner_of(&r.matrix, layer))
        })
    };
    let cells = Owner::ALL
        .iter()
        .map(|&owner| {
            let id = format!("{name}-{}", owner.as_str());
            let label = move || {
                let l = lang.get();
                format!("{}{}{}", layer.label(l), l.pick("：", ": "), owner.label(l))
            };
            view! {
                <td class="matrix__cell">
                    <input type="radio" id=id name=name.clone() value=owner.as_str()
                        aria-label=label
                        prop:checked=move || current() == Some(owner)
                        on:change=move |_| {
                            form.draft.update(|d| set_owner(d, layer, owner));
                            form.touch(MATRIX);
                        }/>
                </td>
            }
        })
        .collect_view();
    view! {
        <tr data-layer=layer.as_str()>
            <th scope="row" class="matrix__head">
                <span class="matrix__layer">{move || layer.label(lang.get())}</span>
                <span class="matrix__explain">{move || matrix::explain_layer(layer).pick(lang.get()).to_string()}</span>
                <span class="matrix__typical">{move || {
                    let l = lang.get();
                    format!("{}{}", l.pick("典型例 ", "Typically "), matrix::typical_split(layer).pick(l))
                }}</span>
            </th>
            {cells}
        </tr>
    }
}

/// The table of layers × owners.
#[component]
fn MatrixTable(form: Form) -> impl IntoView {
    let lang = form.lang;
    let headers = Owner::ALL
        .iter()
        .map(|&o| view! { <th scope="col" class="matrix__col">{move || o.label(lang.get())}</th> })
        .collect_view();
    let rows = Layer::ALL
        .iter()
        .map(|&layer| view! { <LayerRow form=form layer=layer/> })
        .collect_view();
    let owners = Owner::ALL
        .iter()
        .map(|&o| {
            view! {
                <div>
                    <dt>{move || o.label(lang.get())}</dt>
                    <dd>{move || matrix::explain_owner(o).pick(lang.get()).to_string()}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <dl class="matrix__owners" data-testid="matrix-owners">{owners}</dl>
        <div class="matrix__scroll">
            <table class="matrix">
                <caption>{move || key::RESPONSIBILITY_MATRIX.label(lang.get())}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="matrix__head">{move || lang.get().pick("レイヤー", "Layer")}</th>
                        {headers}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Where the table starts from: the service model, or a link to choose one.
#[component]
fn ModelNote(form: Form) -> impl IntoView {
    let lang = form.lang;
    let empty = Memo::new(move |_| {
        form.draft.with(|d| {
            d.responsibility
                .as_ref()
                .is_none_or(|r| r.matrix.is_empty())
        })
    });
    let model = service_model(form);
    move || {
        match model.get() {
        Some(model) => view! {
            <p class="hint" data-testid="matrix-model">
                {move || match lang.get() {
                    Lang::Ja => format!("サービス形態（{}）の既定値から始まります。実際の分担に合わせて変更してください。", model.label(Lang::Ja)),
                    Lang::En => format!("Starts from the defaults for {}. Change it to match the actual split.", model.label(Lang::En)),
                }}
            </p>
            <button type="button" class="button button--secondary"
                on:click=move |_| {
                    form.draft.update(|d| {
                        d.responsibility.get_or_insert_with(Default::default).matrix = default_matrix(model);
                    });
                    form.touch(MATRIX);
                }>
                {move || lang.get().pick("サービス形態の既定値に戻す", "Reset to the service model's defaults")}
            </button>
        }
        .into_any(),
        None => view! {
            <p class="warning-text" data-testid="matrix-no-model">
                {move || lang.get().pick(
                    "サービス形態がまだ選ばれていないため、責任分担表の既定値を用意できません。",
                    "No service model is chosen yet, so the table has no defaults.",
                )}
                " "
                <a class="link" href="#/cloud">
                    {move || lang.get().pick("クラウドサービスのページでサービス形態を選ぶ", "Choose the service model on the cloud service page")}
                </a>
                {move || empty.get().then(|| lang.get().pick("（下の表で直接選ぶこともできます）", " (or choose each owner in the table below)"))}
            </p>
        }
        .into_any(),
    }
    }
}

/// The layers the user owns (or shares) that still lack a measure, each a link that opens a
/// new measure of the matching category on the measures page.
#[component]
fn MissingMeasures(form: Form) -> impl IntoView {
    let lang = form.lang;
    let missing = Memo::new(move |_| form.draft.with(matrix::missing_measures_for_matrix));
    move || {
        let list = missing.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|(layer, category)| {
                    view! {
                        <li data-layer=layer.as_str()>
                            <a class="link" href="#/measures" on:click=move |ev| {
                                ev.prevent_default();
                                let mut index = 0;
                                form.draft.update(|d| index = lists::add_measure(d, category));
                                let id = form.draft.with_untracked(|d| d.measures[index].id.clone());
                                form.to_open.update(|o| o.push(id));
                                if let Some(w) = web_sys::window() {
                                    let _ = w.location().set_hash("#/measures");
                                }
                                focus_later(vec![control_id(&format!("measures[{index}].phase"))]);
                            }>
                                {move || match lang.get() {
                                    Lang::Ja => format!("{}：{}の対策を追加", layer.label(Lang::Ja), category.label(Lang::Ja)),
                                    Lang::En => format!("{}: add a measure for {}", layer.label(Lang::En), category.label(Lang::En)),
                                }}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="matrix__missing" data-testid="missing-measures">
                    <p>{move || lang.get().pick("次の対策がまだありません：", "These measures are still missing:")}</p>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}

/// The answers of 責任共有モデル.
#[component]
pub fn Responsibility(form: Form) -> impl IntoView {
    let lang = form.lang;
    // Opening the page prefills the table from the service model when it is still a default.
    if form.draft.with_untracked(|d| prefill(&mut d.clone())) {
        form.draft.update(|d| {
            prefill(d);
        });
    }
    let hint = move || key::RESPONSIBILITY_MATRIX.hint(lang.get());
    let errors = form.shown_messages_at(MATRIX);
    let describedby = form.described_at(MATRIX);
    view! {
        <Answers form=form paths=keys(
            siblings(key::RESPONSIBILITY_MODEL_DOCUMENT_TITLE)
                .chain([key::RESPONSIBILITY_UNDERSTOOD]),
        )/>
        <section class="group" aria-labelledby="matrix-title">
            <h2 class="group__title" id="matrix-title">{move || lang.get().pick("レイヤーごとの責任", "Who is responsible for each layer")}</h2>
            <p class="hint" id=hint_id(MATRIX)>{hint}</p>
            <ModelNote form=form/>
            <div id=control_id(MATRIX) tabindex="-1" aria-describedby=describedby>
                <ErrorMessage id=error_id(MATRIX) lang=lang messages=errors/>
                <MatrixTable form=form/>
            </div>
            <MissingMeasures form=form/>
        </section>
    }
}
