//! The print bar (not printed): the document's language where the page offers a choice
//! (日本語, what the city files, or an English copy), how dates are written in Japanese
//! (和暦 / 西暦) and 「印刷する」, which opens the browser's print dialog, where the
//! document can also be saved as a PDF.

use declaration::era::DateStyle;
use declaration::Lang;
use leptos::prelude::*;

/// Opens the browser's print dialog.
fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// One radio button of a choice of the bar, named `name`.
fn choice<T: Copy + PartialEq + Send + Sync + 'static>(
    signal: RwSignal<T>,
    value: T,
    name: &'static str,
    id: &'static str,
    text: impl Fn() -> &'static str + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="choice">
            <input type="radio" name=name id=id prop:checked=move || signal.get() == value
                on:change=move |_| signal.set(value)/>
            <label for=id>{text}</label>
        </div>
    }
}

/// The print bar.
#[component]
pub fn PrintBar(
    /// The language of the page.
    #[prop(into)]
    lang: Signal<Lang>,
    /// The document's language, when the page lets the user choose it.
    #[prop(optional)]
    doc_lang: Option<RwSignal<Lang>>,
    style: RwSignal<DateStyle>,
) -> impl IntoView {
    let doc = move || doc_lang.map_or_else(|| lang.get(), |l| l.get());
    let languages = doc_lang.map(|d| {
        view! {
            <fieldset class="field print-bar__lang">
                <legend class="field__label">{move || lang.get().pick("書面の言語", "Language of the document")}</legend>
                <div class="choices choices--inline">
                    {choice(d, Lang::Ja, "doc-lang", "doc-lang-ja", move || lang.get().pick("日本語（提出用）", "Japanese (to hand in)"))}
                    {choice(d, Lang::En, "doc-lang", "doc-lang-en", move || lang.get().pick("英語（参考用の写し）", "English (a copy for reference)"))}
                </div>
            </fieldset>
        }
    });
    view! {
        <div class="print-bar no-print">
            {languages}
            <Show when=move || doc() == Lang::Ja>
                <fieldset class="field print-bar__dates">
                    <legend class="field__label" lang="ja">"日付の表記"</legend>
                    <div class="choices choices--inline" lang="ja">
                        {choice(style, DateStyle::Era, "date-style", "date-style-era", || "和暦（例：令和6年2月20日）")}
                        {choice(style, DateStyle::Gregorian, "date-style", "date-style-gregorian", || "西暦（例：2024年2月20日）")}
                    </div>
                </fieldset>
            </Show>
            <button type="button" class="button" on:click=move |_| print()>
                {move || lang.get().pick("印刷する", "Print")}
            </button>
            <p class="hint">{move || lang.get().pick(
                "印刷画面の送信先で「PDFに保存」を選ぶと、PDFファイルとして保存できます。",
                "To save a PDF file, choose “Save as PDF” as the destination in the print dialog.",
            )}</p>
        </div>
    }
}
