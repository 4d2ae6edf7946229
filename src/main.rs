//! Entry point of the browser app: mounts [`declaration_app::App`] on the page body.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(declaration_app::App);
}
