//! The 日本語 / English switch. It sets the language signal and the page's `lang`
//! attribute, so screen readers pronounce the page in the language shown, and remembers
//! the choice in this browser ([`remembered`]), so a reload keeps it.

use declaration::drafts::LANG_KEY;
use declaration::Lang;
use leptos::prelude::*;

/// The browser's localStorage, when the browser allows it (a blocked one throws).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The language chosen last in this browser; Japanese when none was (or storage is off).
pub fn remembered() -> Lang {
    match storage()
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
        .as_deref()
    {
        Some("en") => Lang::En,
        _ => Lang::Ja,
    }
}

/// Keeps `lang` for the next visit (silently nothing when storage is off).
fn remember(lang: Lang) {
    let code = match lang {
        Lang::Ja => "ja",
        Lang::En => "en",
    };
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, code);
    }
}

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
                on:click=move |_| {
                    lang.set(to);
                    remember(to);
                }
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
