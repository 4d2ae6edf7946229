//! `Example`: 「記入例を見る」 under an answer that needs thought (GOV.UK "details"), the
//! core's example ([`declaration::examples`]) in the language of the page, and
//! 「この例を使う」, which fills an empty answer and asks before it replaces typed text.

use crate::form::{control_id, Form};
use crate::widgets::focus::focus_later;
use declaration::examples;
use leptos::prelude::*;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

/// The example of the answer at `path`, when the core has one.
#[component]
pub fn Example(form: Form, path: String) -> impl IntoView {
    let lang = form.lang;
    let example = {
        let path = path.clone();
        Memo::new(move |_| form.draft.with(|d| examples::for_answer(d, &path)))
    };
    let asking = RwSignal::new(false);
    let base = control_id(&path);
    let (details_id, confirm_id) = (format!("{base}-example"), format!("{base}-example-confirm"));
    let fill = {
        let path = path.clone();
        let base = base.clone();
        move || {
            if let Some(w) = example.get_untracked() {
                let _ = form.set_text(&path, w.pick(lang.get_untracked()));
                form.touch(&path);
                asking.set(false);
                focus_later(vec![base.clone()]);
            }
        }
    };
    let use_it = {
        let path = path.clone();
        let fill = fill.clone();
        let confirm_id = confirm_id.clone();
        move |_| {
            if form.text(&path).trim().is_empty() {
                fill();
            } else {
                asking.set(true);
                focus_later(vec![confirm_id.clone()]);
            }
        }
    };
    move || {
        example.get().map(|w| {
            let fill = fill.clone();
            let use_it = use_it.clone();
            let confirm_id = confirm_id.clone();
            view! {
                <details class="example" id=details_id.clone()>
                    <summary class="example__summary">{move || lang.get().pick("記入例を見る", "See an example")}</summary>
                    <div class="example__body">
                        <p class="example__text">{move || w.pick(lang.get()).to_string()}</p>
                        <button type="button" class="button button--secondary example__use" on:click=use_it>
                            {move || lang.get().pick("この例を使う", "Use this example")}
                        </button>
                        <Show when=move || asking.get()>
                            <div class="example__confirm" role="alertdialog" tabindex="-1" id=confirm_id.clone()
                                aria-label=move || lang.get().pick("記入例で置き換えるかの確認", "Replace with the example?")>
                                <p class="warning-text">{move || lang.get().pick(
                                    "入力済みの内容を記入例で置き換えますか。置き換えると、入力した内容は消えます。",
                                    "Replace what you typed with the example? What you typed will be gone.",
                                )}</p>
                                <div class="button-group">
                                    <button type="button" class="button button--warning" on:click={
                                        let fill = fill.clone();
                                        move |_| fill()
                                    }>
                                        {move || lang.get().pick("置き換える", "Replace it")}
                                    </button>
                                    <button type="button" class="button button--secondary" on:click=move |_| asking.set(false)>
                                        {move || lang.get().pick("やめる", "Keep mine")}
                                    </button>
                                </div>
                            </div>
                        </Show>
                    </div>
                </details>
            }
        })
    }
}
