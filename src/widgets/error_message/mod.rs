//! `ErrorMessage`: the message under an answer or a group (GOV.UK's error message): the
//! visually hidden 「エラー：」 that screen readers announce first, and the id that the
//! control's `aria-describedby` names ([`error_id`](crate::form::error_id)). Every field,
//! group and list of the form shows its errors through this one component; nothing is
//! rendered while there is none.

use declaration::words::Words;
use declaration::Lang;
use leptos::prelude::*;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

/// The messages `messages` (usually one) under the id `id`.
///
/// One message of the page, not of an answer, is [`one`]`(signal)` with `alert`.
#[component]
pub fn ErrorMessage(
    #[prop(into)] id: String,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] messages: Signal<Vec<Words>>,
    /// A message of the page rather than of an answer (a file that cannot be read, a refused
    /// write): announced at once (`role="alert"`).
    #[prop(optional)]
    alert: bool,
) -> impl IntoView {
    move || {
        let list = messages.get();
        if list.is_empty() {
            return None;
        }
        let lines = list
            .into_iter()
            .map(|w| {
                view! {
                    <span class="error-message__line">
                        <span class="visually-hidden">{move || lang.get().pick("エラー：", "Error: ")}</span>
                        {move || w.pick(lang.get()).to_string()}
                    </span>
                }
            })
            .collect_view();
        let role = alert.then_some("alert");
        Some(view! { <p class="error-message" id=id.clone() role=role>{lines}</p> })
    }
}

/// The message a signal holds, as the list [`ErrorMessage`] shows.
pub fn one(message: RwSignal<Option<Words>>) -> Signal<Vec<Words>> {
    Signal::derive(move || message.get().into_iter().collect())
}
