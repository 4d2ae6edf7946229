//! The 日本語 / English switch. It sets the language signal and the page's `lang`
//! attribute, so screen readers pronounce the page in the language shown.

use declaration::Lang;
use leptos::prelude::*;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

/// Two buttons; the one for the current language is pressed (`aria-pressed`).
#[component]
pub fn LangSwitch(lang: RwSignal<Lang>) -> impl IntoView {
    Effect::new(move |_| {
        let code = match lang.get() {
            Lang::Ja => "ja",
            Lang::En => "en",
        };
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", code);
        }
    });
    let button = move |to: Lang, text: &'static str, code: &'static str| {
        view! {
            <button
                type="button"
                lang=code
                class="lang-switch__button"
                aria-pressed=move || (lang.get() == to).to_string()
                on:click=move |_| lang.set(to)
            >
                {text}
            </button>
        }
    };
    view! {
        <div
            class="lang-switch"
            role="group"
            aria-label=move || lang.get().pick("表示言語", "Language")
        >
            {button(Lang::Ja, "日本語", "ja")}
            {button(Lang::En, "English", "en")}
        </div>
    }
}
