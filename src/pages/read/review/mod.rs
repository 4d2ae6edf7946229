//! 照会事項 in the reader: the reviewer asks about any condition, section or answer of the
//! received declaration (「照会する」 beside each, through [`Ask`]), sets the outcome
//! (審査中 / 差戻し / 受理) with a note, keeps every question in a 照会事項一覧 with a way to
//! its target, edits or deletes them while the review is open, and saves the review file
//! (`照会事項_<municipality>_<date>.json`) and the list as CSV. The review is kept in this browser after every
//! change ([`state`]) and comes back when the same declaration is opened again.

mod list;
mod print;
mod reviewer;
mod state;

pub use state::ReviewState;

use crate::components::{target_words, Ask, FilePick, PickWords, Picked};
use crate::widgets::{one, ErrorMessage};
use declaration::review::{Outcome, Target};
use declaration::words::Words;
use declaration::{Declaration, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The picker of the review file the contractor sent back.
const REPLIES: PickWords = PickWords {
    label: ("回答付きの照会事項ファイルを取り込む", "Take in the review file with the replies"),
    hint: (
        "受託者から返送された「照会事項_…json」を選ぶか、ここにドロップしてください。各照会の下に回答が表示されます。修正された申告書ファイルは、上の「申告書ファイルを開く」で開いてください。",
        "Choose or drop the “照会事項_….json” the contractor sent back: each reply shows under its question. Open the corrected declaration with “Open a declaration file” above.",
    ),
};

/// The review panel of the reader, and the [`Ask`] the document's buttons call.
#[component]
pub fn ReviewPanel(lang: Signal<Lang>, decl: Declaration, state: ReviewState) -> impl IntoView {
    let decl = StoredValue::new(decl);
    // The button that opened the form gets focus back when the form closes.
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    provide_context(Ask(Callback::new(move |target: Target| {
        opener.set_value(
            document()
                .active_element()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
        );
        state.asking.set(Some(target));
        request_animation_frame(|| {
            if let Some(el) = document()
                .get_element_by_id("review-comment")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
                // The form from its label down: what the question is about shows first.
                if let Some(form) = document()
                    .query_selector("[data-testid=ask-form]")
                    .ok()
                    .flatten()
                {
                    form.scroll_into_view();
                }
            }
        });
    })));
    let back = move || {
        if let Some(el) = opener.get_value() {
            let _ = el.focus();
        }
    };
    let count = move || state.review.with(|r| r.items.len());
    let outcome = move || state.review.with(|r| r.outcome);
    let note_ref = NodeRef::<leptos::html::Textarea>::new();
    let note_error = RwSignal::new(None);
    let on_note = move |_| {
        let text = note_ref.get().map(|t| t.value()).unwrap_or_default();
        note_error.set(state.set_note(&text).err());
    };
    let save_error = RwSignal::new(None);
    // Downloads a file; says it was saved, or why not (`what` names it in the message).
    let save =
        move |name: String, text: String, mime: &str, what: Words| match crate::draft::download(
            &name, &text, mime,
        ) {
            Ok(()) => state.said.set(Some(Words::new(
                format!("{name} を保存しました。"),
                format!("Saved {name}."),
            ))),
            Err(e) => {
                let why = crate::draft::reason(&e);
                save_error.set(Some(Words::new(
                    format!("{}を保存できませんでした。理由：{why}", what.ja),
                    format!("The {} could not be saved. Reason: {why}", what.en),
                )))
            }
        };
    let on_save = move |_| {
        let (name, text) = state.file();
        save(
            name,
            text,
            "application/json",
            Words::new("照会事項ファイル", "review file"),
        );
    };
    let on_csv = move |_| {
        let l = lang.get_untracked();
        let (name, text) = decl.with_value(|d| {
            state.review.with_untracked(|r| {
                let csv = declaration::review::to_csv(r, d, l, |_, t| target_words(d, t, l));
                (
                    declaration::review::file_name(r).replace(".json", ".csv"),
                    csv,
                )
            })
        });
        save(
            name,
            text,
            "text/csv;charset=utf-8",
            Words::new("一覧", "list"),
        );
    };
    let notice = state.notice.get_value();
    let on_back = Callback::new(move |p: Picked| state.take_back(&p.bytes).err());
    let radios = [Outcome::InReview, Outcome::Returned, Outcome::Accepted].map(|o| {
        let id = format!("review-outcome-{o:?}").to_lowercase();
        let for_id = id.clone();
        view! {
            <div class="choice">
                <input type="radio" name="review-outcome" id=id
                    prop:checked=move || outcome() == o on:change=move |_| state.set_outcome(o)/>
                <label for=for_id>{move || o.label(lang.get())}</label>
            </div>
        }
    });
    view! {
        <section class="review-panel no-print" id="review-panel" tabindex="-1" aria-labelledby="review-panel-title" data-testid="review-panel">
            <h2 id="review-panel-title">{move || match lang.get() {
                Lang::Ja => format!("照会事項（{}件）", count()),
                Lang::En => format!("Questions to the contractor ({})", count()),
            }}</h2>
            <p class="hint">{move || lang.get().pick(
                "判定表の条件、各項目の回答、各章の「照会する」から照会事項を追加できます。内容はこのブラウザに自動で保存され、同じ申告書ファイルを開くと戻ります。",
                "Add a question with “Ask a question” beside any condition, answer or section. It is kept in this browser as you go and comes back when you open the same declaration file.",
            )}</p>
            {notice.map(|n| view! { <p class="alert alert--info" role="status" data-testid="review-notice">{move || n.pick(lang.get()).to_string()}</p> })}
            <ErrorMessage id="review-trouble" lang=lang alert=true messages=one(state.trouble)/>
            <reviewer::ReviewerDetails lang=lang state=state/>
            <fieldset class="field">
                <legend class="field__label">{move || lang.get().pick("審査結果", "Outcome")}</legend>
                <div class="choices choices--inline">{radios}</div>
            </fieldset>
            <div class="field">
                <label class="field__label" for="review-note">{move || lang.get().pick("審査結果の補足（任意）", "Note on the outcome (optional)")}</label>
                <ErrorMessage id="review-note-error" lang=lang messages=one(note_error)/>
                <textarea id="review-note" rows="3" node_ref=note_ref on:change=on_note
                    prop:value=move || state.review.with_untracked(|r| r.outcome_note.clone().unwrap_or_default())></textarea>
            </div>
            <AskForm lang=lang state=state decl=decl back=Callback::new(move |_| back())/>
            <FilePick lang=lang on_file=on_back id="review-back" words=REPLIES/>
            <list::ItemList lang=lang state=state decl=decl/>
            <div class="button-group">
                <button type="button" class="button" data-testid="save-review" on:click=on_save>
                    {move || lang.get().pick("照会事項ファイルを保存", "Save the review file")}
                </button>
                <button type="button" class="button button--secondary" data-testid="save-review-csv" on:click=on_csv>
                    {move || lang.get().pick("一覧をCSVで保存", "Save the list as CSV")}
                </button>
                <button type="button" class="button button--secondary" data-testid="print-review" on:click=move |_| print::print_list()>
                    {move || lang.get().pick("照会事項一覧を印刷", "Print the list of questions")}
                </button>
            </div>
            <ErrorMessage id="review-save-error" lang=lang alert=true messages=one(save_error)/>
            <div role="status" aria-live="polite" data-testid="review-said">
                {move || state.said.get().map(|w| w.pick(lang.get()).to_string())}
            </div>
        </section>
        <print::PrintedList lang=lang state=state decl=decl/>
    }
}

/// The form of a new question, open while a target is asked about.
#[component]
fn AskForm(
    lang: Signal<Lang>,
    state: ReviewState,
    decl: StoredValue<Declaration>,
    back: Callback<()>,
) -> impl IntoView {
    let comment_ref = NodeRef::<leptos::html::Textarea>::new();
    let error = RwSignal::new(None);
    move || {
        state.asking.get().map(|target| {
            let what = decl.with_value(|d| target_words(d, &target, lang.get_untracked()));
            let t = target.clone();
            let add = move |_| {
                let text = comment_ref.get().map(|c| c.value()).unwrap_or_default();
                match state.add(t.clone(), &text) {
                    Ok(()) => {
                        error.set(None);
                        back.run(());
                    }
                    Err(why) => error.set(Some(why)),
                }
            };
            let cancel = move |_| {
                error.set(None);
                state.asking.set(None);
                back.run(());
            };
            view! {
                <div class="review-ask group" data-testid="ask-form">
                    <label class="field__label" for="review-comment">
                        {move || lang.get().pick("照会内容", "Question")}
                        <span class="review-ask__target">{move || match lang.get() {
                            Lang::Ja => format!("（対象：{what}）"),
                            Lang::En => format!(" (about: {what})"),
                        }}</span>
                    </label>
                    <ErrorMessage id="review-comment-error" lang=lang messages=one(error)/>
                    <textarea id="review-comment" rows="4" node_ref=comment_ref
                        aria-describedby=move || error.with(|e| e.is_some()).then_some("review-comment-error")></textarea>
                    <div class="button-group">
                        <button type="button" class="button" data-testid="ask-add" on:click=add>
                            {move || lang.get().pick("追加する", "Add")}
                        </button>
                        <button type="button" class="button button--secondary" on:click=cancel>
                            {move || lang.get().pick("取り消す", "Cancel")}
                        </button>
                    </div>
                </div>
            }
        })
    }
}
