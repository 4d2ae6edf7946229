//! Offline use and updates: registering the service worker (`sw.js`, written by
//! `scripts/sw.mjs` at build time) and the 「新しい版があります」 banner shown when a new build
//! has been installed and waits. The user decides when to switch: 「更新する」 asks the waiting
//! worker to take over (`{type: 'skip-waiting'}`) and reloads the page once it controls it.
//! Where the browser has no service workers (plain http away from localhost, some private
//! modes) nothing happens: the app works online only.

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

use declaration::Lang;
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// Registers `./sw.js` for the scope `./` (the folder the app is served from) and calls
/// `on_update` with the new worker whenever a new version of the app is installed and waits:
/// one found waiting at start, and one that finishes installing while an older one controls
/// the page (the first install, with no controller, is not an update). Does nothing when the
/// browser has no service workers, blocks them (the registration resolves with nothing) or the
/// registration fails (no `sw.js` in a bare wasm-bindgen build, as in the component tests).
pub fn register_service_worker(on_update: impl Fn(ServiceWorker) + 'static) {
    if let Some(window) = web_sys::window() {
        register_with(&window.navigator(), on_update);
    }
}

/// [`register_service_worker`] for the given `navigator`.
fn register_with(navigator: &JsValue, on_update: impl Fn(ServiceWorker) + 'static) {
    let Some(container) = container(navigator) else {
        return;
    };
    let options = web_sys::RegistrationOptions::new();
    options.set_scope("./");
    let registering = container.register_with_options("./sw.js", &options);
    let on_update: Rc<dyn Fn(ServiceWorker)> = Rc::new(on_update);
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(registering).await else {
            return;
        };
        // A browser that blocks service workers may resolve with nothing at all.
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        if let Some(waiting) = registration.waiting() {
            on_update(waiting);
        }
        if let Some(installing) = registration.installing() {
            watch(installing, container.clone(), on_update.clone());
        }
        let found = registration.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            if let Some(installing) = found.installing() {
                watch(installing, container.clone(), on_update.clone());
            }
        });
        let _ = registration
            .add_event_listener_with_callback("updatefound", on_found.as_ref().unchecked_ref());
        on_found.forget();
    });
}

/// `navigator.serviceWorker`, if this browser (and this context) has it.
fn container(navigator: &JsValue) -> Option<ServiceWorkerContainer> {
    let value = js_sys::Reflect::get(navigator, &JsValue::from_str("serviceWorker")).ok()?;
    value.dyn_into::<ServiceWorkerContainer>().ok()
}

/// Calls `on_update` when `worker` is installed, if an older worker controls the page.
fn watch(
    worker: ServiceWorker,
    container: ServiceWorkerContainer,
    on_update: Rc<dyn Fn(ServiceWorker)>,
) {
    let this = worker.clone();
    let on_state = Closure::<dyn Fn()>::new(move || {
        if this.state() == ServiceWorkerState::Installed && container.controller().is_some() {
            on_update(this.clone());
        }
    });
    let _ =
        worker.add_event_listener_with_callback("statechange", on_state.as_ref().unchecked_ref());
    on_state.forget();
}

/// Switches to the waiting `worker`: asks it to take over and reloads when it controls the
/// page. If it already took over (from another tab), reloads at once.
fn switch_to(worker: &ServiceWorker) {
    let reload = || {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    let container = web_sys::window().and_then(|w| container(&w.navigator()));
    match container {
        Some(container) if worker.state() == ServiceWorkerState::Installed => {
            let on_change = Closure::<dyn Fn()>::new(reload);
            let _ = container.add_event_listener_with_callback(
                "controllerchange",
                on_change.as_ref().unchecked_ref(),
            );
            on_change.forget();
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"skip-waiting".into());
            let _ = worker.post_message(&message);
        }
        _ => reload(),
    }
}

/// Registers the service worker once `after` is true (the first page is there: its precache
/// of every file would otherwise compete with that page's own chunks on a slow line), and
/// shows the banner when a new version waits.
#[component]
pub fn UpdatePrompt(lang: Signal<Lang>, after: Signal<bool>) -> impl IntoView {
    let waiting = RwSignal::new_local(None::<ServiceWorker>);
    Effect::new(move |registered: Option<bool>| {
        if registered == Some(true) || !after.get() {
            return registered.unwrap_or(false);
        }
        register_service_worker(move |worker| {
            waiting.try_set(Some(worker));
        });
        true
    });
    let shown = Signal::derive(move || waiting.with(Option::is_some));
    let on_update = Callback::new(move |()| {
        if let Some(worker) = waiting.get_untracked() {
            switch_to(&worker);
        }
    });
    view! { <UpdateBanner lang=lang shown=shown on_update=on_update/> }
}

/// The live region, always present so screen readers announce the banner when it appears
/// (`role="status"`: polite, the user may finish what they are doing), and the banner in it.
#[component]
fn UpdateBanner(lang: Signal<Lang>, shown: Signal<bool>, on_update: Callback<()>) -> impl IntoView {
    let updating = RwSignal::new(false);
    let on_click = move |_| {
        updating.set(true);
        on_update.run(());
    };
    view! {
        <div role="status" class="update-prompt" data-testid="update-prompt">
            <Show when=move || shown.get()>
                <div class="update-prompt__banner status-message">
                    <p class="update-prompt__text">{move || lang.get().pick(
                        "新しい版があります。更新すると最新の版に切り替わります（入力中の下書きは保存されたまま残ります）。",
                        "A new version is available. Updating switches to the latest version (the draft you are writing stays saved).",
                    )}</p>
                    <button type="button" class="button update-prompt__button"
                        disabled=move || updating.get() on:click=on_click>
                        {move || lang.get().pick("更新する", "Update")}
                    </button>
                </div>
            </Show>
        </div>
    }
}
