//! What the component tests in the browser share (wasm-bindgen-test, test builds only):
//! mounting a component or a page over a form or a draft session, waiting for renders and
//! for the browser, reading attributes, and a clean localStorage.

/// A fresh element appended to the test page's body, for mounting one component.
pub(crate) fn test_host() -> web_sys::HtmlElement {
    use wasm_bindgen::JsCast;
    let doc = document();
    let host: web_sys::HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    host
}

/// Waits `ms` milliseconds (a macrotask at least).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Lets queued effects and renders run (a macrotask later).
pub(crate) async fn tick() {
    sleep(0).await;
}

/// Waits until `ready` holds (checked every 10 ms, for at most 3 s): for work that waits on
/// the browser, like reading a file, whose time depends on the machine's load.
pub(crate) async fn until(ready: impl Fn() -> bool) -> bool {
    for _ in 0..300 {
        if ready() {
            return true;
        }
        sleep(10).await;
    }
    ready()
}

/// A page of the form mounted for a test: its form signals, language and host element.
pub(crate) struct FormPage {
    pub form: crate::form::Form,
    pub lang: leptos::prelude::RwSignal<declaration::Lang>,
    pub host: web_sys::HtmlElement,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

/// Mounts `page` over a form whose draft is `d`, in Japanese.
pub(crate) fn mount_form(
    d: declaration::Declaration,
    page: impl Fn(crate::form::Form) -> leptos::prelude::AnyView + 'static,
) -> FormPage {
    use leptos::prelude::*;
    let lang = RwSignal::new(declaration::Lang::Ja);
    let form = crate::form::Form::new(RwSignal::new(d), lang.into());
    let host = test_host();
    let handle = leptos::mount::mount_to(host.clone(), move || page(form));
    FormPage {
        form,
        lang,
        host,
        _handle: handle,
    }
}

/// The attribute `attr` of every element under `host` that `selector` matches, in page order
/// (elements without it are skipped).
pub(crate) fn attr_all(host: &web_sys::Element, selector: &str, attr: &str) -> Vec<String> {
    let found = host.query_selector_all(selector).unwrap();
    (0..found.length())
        .filter_map(|n| found.get(n))
        .filter_map(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(e).ok())
        .filter_map(|e| e.get_attribute(attr))
        .collect()
}

/// Empties the test page's localStorage, so each test starts with no drafts.
pub(crate) fn clear_storage() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
}

/// Mounts `page` over a draft session started on a new form in Japanese (it reads
/// whatever localStorage holds), and gives the session and the host element.
pub(crate) fn mount_session(
    page: impl Fn(crate::store::Session) -> leptos::prelude::AnyView + 'static,
) -> (crate::store::Session, web_sys::HtmlElement) {
    use leptos::prelude::*;
    let host = test_host();
    let session = StoredValue::new_local(None::<crate::store::Session>);
    let handle = leptos::mount::mount_to(host.clone(), move || {
        let lang = RwSignal::new(declaration::Lang::Ja);
        let form =
            crate::form::Form::new(RwSignal::new(crate::draft::new_declaration()), lang.into());
        let s = crate::store::Session::start(form);
        session.set_value(Some(s));
        page(s)
    });
    handle.forget();
    (session.get_value().unwrap(), host)
}

use leptos::prelude::document;

/// The first element under `host` that `selector` matches, as `T` (panics naming the
/// selector when there is none).
pub(crate) fn el<T: wasm_bindgen::JsCast>(host: &web_sys::HtmlElement, selector: &str) -> T {
    let found = host
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"));
    wasm_bindgen::JsCast::dyn_into(found).unwrap()
}

/// How many elements under `host` `selector` matches.
pub(crate) fn count(host: &web_sys::HtmlElement, selector: &str) -> u32 {
    host.query_selector_all(selector).unwrap().length()
}

/// A `File` named `name` holding `text`.
pub(crate) fn file(name: &str, text: &str) -> web_sys::File {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    web_sys::File::new_with_str_sequence(&parts, name).unwrap()
}

/// Puts `files` into the file input `input` and fires `change`, as choosing them does.
pub(crate) fn choose(input: &web_sys::HtmlInputElement, files: &[web_sys::File]) {
    let dt = web_sys::DataTransfer::new().unwrap();
    for f in files {
        dt.items().add_with_file(f).unwrap();
    }
    input.set_files(dt.files().as_ref());
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}
