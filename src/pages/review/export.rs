//! The export of the declaration file (spec §5): 「申告書ファイル（JSON）を保存」 downloads
//! `申告書_<municipality>_<declaration_date>.json`. Allowed while incomplete (the message says
//! so). While some condition is not met or not answered it asks first — how many, a link to
//! each, and 「このまま保存する」 — and never blocks. Sections that do not apply are left out of the file and the message names them
//! (spec §7); a failure says why, as an alert. Beside it, 「Excel形式で保存」 saves the same
//! answers as a workbook for the city's files ([`ExcelSave`]).

use crate::components::{declaration_hint, declaration_job, ExcelSave};
use crate::form::Form;
use crate::route::{go, Route};
use crate::widgets::focus::focus_later;
use declaration::fields::Section;
use declaration::verdict::{self, guide};
use declaration::Lang;
use leptos::prelude::*;

/// What the last export did.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Saved {
        name: String,
        left_out: Vec<Section>,
        remaining: usize,
    },
    Failed(String),
}

/// Exports the current draft, then notes what it did in `outcome`.
fn export(form: Form, outcome: RwSignal<Option<Outcome>>) {
    crate::store::export_form(form, move |done| {
        outcome.set(Some(match done {
            Ok((name, left_out)) => Outcome::Saved {
                name,
                left_out,
                remaining: form.issues.with_untracked(Vec::len),
            },
            Err(why) => Outcome::Failed(why),
        }))
    })
}

/// The message after a successful export, one sentence per line.
fn saved_words(lang: Lang, name: &str, left_out: &[Section], remaining: usize) -> Vec<String> {
    let mut out = vec![match lang {
        Lang::Ja => format!("{name} を保存しました"),
        Lang::En => format!("Saved {name}"),
    }];
    if remaining > 0 {
        out.push(match lang {
            Lang::Ja => format!("記入が完了していない申告書です（残り{remaining}件）。"),
            Lang::En => format!("The declaration is not complete ({remaining} left)."),
        });
    }
    out.extend(declaration::hidden::left_out_message(left_out, lang));
    out
}

/// The export button and its messages.
#[component]
pub fn Export(form: Form, route: RwSignal<Route>) -> impl IntoView {
    let lang = form.lang;
    let listed = Memo::new(move |_| form.draft.with(|d| !d.addressees.is_empty()));
    let outcome = RwSignal::new(None::<Outcome>);
    let incomplete = move || form.issues.with(|i| !i.is_empty());
    let status = move || match outcome.get() {
        Some(Outcome::Saved {
            name,
            left_out,
            remaining,
        }) => saved_words(lang.get(), &name, &left_out, remaining)
            .into_iter()
            .map(|line| view! { <p>{line}</p> })
            .collect_view()
            .into_any(),
        _ => ().into_any(),
    };
    let failure = move || match outcome.get() {
        Some(Outcome::Failed(why)) => Some(view! {
            <div class="error-summary" data-testid="export-error">
                <p>{move || lang.get().pick("申告書ファイルを保存できませんでした。", "The declaration file could not be saved.")}</p>
                <p>{move || match lang.get() {
                    Lang::Ja => format!("理由：{why}"),
                    Lang::En => format!("Reason: {why}"),
                }}</p>
            </div>
        }),
        _ => None,
    };
    let saved = move || matches!(outcome.get(), Some(Outcome::Saved { .. }));
    let asking = RwSignal::new(false);
    let open_ids = move || {
        form.draft.with(|d| {
            let v = verdict::verdict(d);
            guide::open_conditions(&v)
                .iter()
                .map(|c| (c.id, c.status))
                .collect::<Vec<_>>()
        })
    };
    let on_save = move |_| {
        if open_ids().is_empty() {
            export(form, outcome);
        } else {
            asking.set(true);
            focus_later(vec!["export-confirm".into()]);
        }
    };
    let confirm = move || {
        asking.get().then(|| {
            let list = open_ids();
            let n = list.len();
            view! {
                <div class="alert export-confirm" role="alertdialog" id="export-confirm" tabindex="-1"
                    aria-labelledby="export-confirm-title" data-testid="export-confirm">
                    <p class="warning-text" id="export-confirm-title">{move || match lang.get() {
                        Lang::Ja => format!("{n}件の条件を満たしていないか、未入力です。このまま保存しますか。"),
                        Lang::En => format!("{n} condition(s) are not met or not answered. Save the file anyway?"),
                    }}</p>
                    <ul>
                        {list.into_iter().map(|(id, status)| view! {
                            <li data-condition=id.as_str()>
                                <a class="link" href=Route::Section(id.section()).hash() on:click=move |ev| {
                                    ev.prevent_default();
                                    asking.set(false);
                                    go(route, Route::Section(id.section()));
                                }>
                                    {move || format!("{}（{}）", id.named().pick(lang.get()), status.label(lang.get()))}
                                </a>
                            </li>
                        }).collect_view()}
                    </ul>
                    <div class="button-group">
                        <button type="button" class="button button--warning" data-testid="export-anyway"
                            on:click=move |_| { asking.set(false); export(form, outcome); }>
                            {move || lang.get().pick("このまま保存する", "Save it as it is")}
                        </button>
                        <button type="button" class="button button--secondary"
                            on:click=move |_| asking.set(false)>
                            {move || lang.get().pick("キャンセル", "Cancel")}
                        </button>
                    </div>
                </div>
            }
        })
    };
    view! {
        <Show when=move || listed.get()>
            <super::addressees::AddresseeExport form=form/>
        </Show>
        <section class="group" aria-labelledby="review-export-title">
            <h2 class="group__title" id="review-export-title">{move || if listed.get() {
                lang.get().pick("作業用ファイルの保存", "Save the working file")
            } else {
                lang.get().pick("申告書ファイルの保存", "Save the declaration file")
            }}</h2>
            <p>{move || lang.get().pick(
                "保存したファイルが申告書の控えになります。ブラウザ内の下書きは消えることがあるため、ファイルを保管してください。",
                "The saved file is your copy of the declaration. Drafts in the browser can be lost, so keep the file.",
            )}</p>
            <Show when=incomplete>
                <p class="warning-text">{move || lang.get().pick(
                    "記入が完了していませんが、未完了のまま保存できます。",
                    "The declaration is not complete, but you can save it as it is.",
                )}</p>
            </Show>
            <div role="status" data-testid="export-status" class:status-message=saved>{status}</div>
            <div role="alert">{failure}</div>
            {confirm}
            <Show when=move || !listed.get() fallback=move || view! {
                <button type="button" class="button button--secondary" on:click=on_save id="export-working">
                    {move || lang.get().pick("作業用ファイル（宛先一覧を含むJSON）を保存", "Save the working file (JSON with the addressees)")}
                </button>
                <p class="hint">{move || lang.get().pick(
                    "連合会内での保管や引き継ぎ用のファイルです（この画面の「ファイルを開く」で続きを編集できます）。市町村には上の宛先ごとの申告書を提出してください。",
                    "For keeping or handing over within the federation (open it to carry on editing). Hand each municipality its own declaration above.",
                )}</p>
            }>
                <button type="button" class="button" on:click=on_save>
                    {move || lang.get().pick("申告書ファイル（JSON）を保存", "Save the declaration file (JSON)")}
                </button>
                <ExcelSave lang=lang id="review-xlsx" hint=declaration_hint()
                    job=Callback::new(move |()| Ok(form.draft.with_untracked(|d| declaration_job(d, lang.get_untracked()))))/>
            </Show>
        </section>
    }
}
