//! Entry point of the browser app: takes away the loading shell `index.html` shows until the
//! wasm runs (`#boot`: the product name, 「読み込み中…」 and the `<noscript>` message), then
//! mounts [`declaration_app::App`] on the page body.

fn main() {
    console_error_panic_hook::set_once();
    if let Some(shell) = leptos::prelude::document().get_element_by_id("boot") {
        shell.remove();
    }
    leptos::mount::mount_to_body(declaration_app::App);
}
