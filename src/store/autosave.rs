//! Autosave: every change of the draft is written at most [`DELAY_MS`] after the last
//! keystroke, and at once when the page is hidden or left (`visibilitychange`, `pagehide`),
//! so a closed tab, a crash or a reload keeps what was typed. Other tabs' writes arrive as
//! `storage` events and go to [`Session::storage_event`]. At start the browser is asked to
//! keep this site's storage (`navigator.storage.persist()`).

use super::session::Session;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// How long after the last change a save waits (the issue allows at most 300 ms).
pub const DELAY_MS: u64 = 250;

/// Starts autosave for the session, for the life of the page.
pub fn start(s: Session) {
    Effect::new(move |_| {
        s.form.draft.track();
        s.changed(DELAY_MS);
    });
    let storage = window_event_listener(leptos::ev::storage, move |ev| {
        s.storage_event(ev.key(), ev.new_value());
    });
    let pagehide = window_event_listener(leptos::ev::pagehide, move |_| s.flush());
    on_cleanup(move || {
        storage.remove();
        pagehide.remove();
    });
    let hidden = Closure::<dyn Fn()>::new(move || {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            s.flush();
        }
    });
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", hidden.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    hidden.forget();
    ask_persistence(s);
}

/// Asks the browser to keep this site's storage, and records its answer.
fn ask_persistence(s: Session) {
    let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) else {
        return;
    };
    let Ok(promise) = storage.persist() else {
        return;
    };
    leptos::task::spawn_local(async move {
        let granted = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_bool());
        s.persisted.set(granted);
    });
}
