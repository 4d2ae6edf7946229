//! Entry point of the browser app: takes away the loading shell `index.html` shows until the
//! wasm runs (`#boot`: the product name, 「読み込み中…」 and the `<noscript>` message), then
//! mounts [`declaration_app::App`] on the page body. When the shell shows the prerendered
//! page instead (`#boot[data-prerendered]`: a first visit to 基本情報, scripts/prerender.mjs),
//! it stays: the app renders hidden under it, and the page script (scripts/boot-page.js) hands
//! what was typed to the app's page once that page is ready, then takes the shell away.

fn main() {
    console_error_panic_hook::set_once();
    if let Some(shell) = leptos::prelude::document().get_element_by_id("boot") {
        if !shell.has_attribute("data-prerendered") {
            shell.remove();
        }
    }
    leptos::mount::mount_to_body(declaration_app::App);
}
