//! Small components, one folder each with its own tests (run in headless Chromium by
//! wasm-bindgen-test). Each takes its signals as props and keeps no global state.

pub mod file_open;
pub mod lang_switch;
pub mod verdict_table;

pub use file_open::{FileOpen, Opened};
pub use lang_switch::LangSwitch;
pub use verdict_table::VerdictTable;

/// A fresh element appended to the test page's body, for mounting one component.
#[cfg(all(test, target_arch = "wasm32"))]
pub(crate) fn test_host() -> web_sys::HtmlElement {
    use wasm_bindgen::JsCast;
    let doc = document();
    let host: web_sys::HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    host
}

/// Lets queued effects and renders run (a macrotask later).
#[cfg(all(test, target_arch = "wasm32"))]
pub(crate) async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until `ready` holds (checked every 10 ms, for at most 3 s): for work that waits on
/// the browser, like reading a file, whose time depends on the machine's load.
#[cfg(all(test, target_arch = "wasm32"))]
pub(crate) async fn until(ready: impl Fn() -> bool) -> bool {
    for _ in 0..300 {
        if ready() {
            return true;
        }
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
    ready()
}

#[cfg(all(test, target_arch = "wasm32"))]
use leptos::prelude::document;
