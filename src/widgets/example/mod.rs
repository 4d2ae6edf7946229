//! `Example`: 「記入例を見る」 under an answer that needs thought (GOV.UK "details"), the
//! core's example ([`declaration::examples`]) for the entry's place in the language of the
//! page, its blanks (○, what the writer must supply) marked, and 「この例を使う」, which fills
//! an empty answer (asking before it replaces typed text) and selects the first blank, so
//! typing replaces it. An example's blank left in is an error at the answer (the core's).

use crate::form::{control_id, Form};
use crate::widgets::focus::focus_later;
use declaration::examples::{self, BLANK};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The example's text with each run of blanks marked.
fn marked(text: &str) -> impl IntoView {
    let mut parts: Vec<(bool, String)> = Vec::new();
    for c in text.chars() {
        let blank = c == BLANK;
        match parts.last_mut() {
            Some((b, s)) if *b == blank => s.push(c),
            _ => parts.push((blank, c.to_string())),
        }
    }
    parts
        .into_iter()
        .map(|(blank, s)| {
            if blank {
                view! { <mark class="example__blank">{s}</mark> }.into_any()
            } else {
                s.into_any()
            }
        })
        .collect_view()
}

/// Once drawn, focuses the control `id` and selects the first run of blanks in it (the
/// whole text keeps its caret at the end when it has none).
fn select_first_blank(id: String) {
    set_timeout(
        move || {
            let Some(el) = document().get_element_by_id(&id) else {
                return;
            };
            let value = if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                t.value()
            } else if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                i.value()
            } else {
                return;
            };
            // In UTF-16 units, as the selection counts.
            let units: Vec<u16> = value.encode_utf16().collect();
            let blank = BLANK as u16;
            let range = units.iter().position(|&u| u == blank).map(|start| {
                let len = units[start..].iter().take_while(|&&u| u == blank).count();
                (start as u32, (start + len) as u32)
            });
            if let Ok(h) = el.clone().dyn_into::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
            if let Some((start, end)) = range {
                if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                    let _ = t.set_selection_range(start, end);
                } else if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                    let _ = i.set_selection_range(start, end);
                }
            }
        },
        std::time::Duration::ZERO,
    );
}

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
                select_first_blank(base.clone());
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
            let has_blank = w.ja.contains(BLANK);
            let fill = fill.clone();
            let use_it = use_it.clone();
            let confirm_id = confirm_id.clone();
            view! {
                <details class="example" id=details_id.clone()>
                    <summary class="example__summary">{move || lang.get().pick("記入例を見る", "See an example")}</summary>
                    <div class="example__body">
                        <p class="example__text">{move || marked(w.pick(lang.get()))}</p>
                        {has_blank.then(|| view! {
                            <p class="hint example__blanks">{move || lang.get().pick(
                                "「○」の部分は、実際の内容に書き換えてください（例を使うと最初の「○」が選ばれた状態になります）。",
                                "Replace each “○” with what is true for you (using the example selects the first one).",
                            )}</p>
                        })}
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
