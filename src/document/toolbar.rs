//! The print bar (not printed): how dates are written in Japanese (和暦 / 西暦, radio
//! buttons) and 「印刷する」, which opens the browser's print dialog, where the document can
//! also be saved as a PDF.

use declaration::era::DateStyle;
use declaration::Lang;
use leptos::prelude::*;

/// Opens the browser's print dialog.
fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// One radio button of the date style.
fn choice(
    style: RwSignal<DateStyle>,
    value: DateStyle,
    id: &'static str,
    text: &'static str,
) -> impl IntoView {
    view! {
        <div class="choice">
            <input type="radio" name="date-style" id=id prop:checked=move || style.get() == value
                on:change=move |_| style.set(value)/>
            <label for=id>{text}</label>
        </div>
    }
}

/// The print bar.
#[component]
pub fn PrintBar(#[prop(into)] lang: Signal<Lang>, style: RwSignal<DateStyle>) -> impl IntoView {
    view! {
        <div class="print-bar no-print">
            <Show when=move || lang.get() == Lang::Ja>
                <fieldset class="field print-bar__dates">
                    <legend class="field__label">"日付の表記"</legend>
                    <div class="choices choices--inline">
                        {choice(style, DateStyle::Era, "date-style-era", "和暦（例：令和6年2月20日）")}
                        {choice(style, DateStyle::Gregorian, "date-style-gregorian", "西暦（例：2024年2月20日）")}
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
