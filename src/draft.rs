//! The draft in the browser: a new declaration (random id, timestamps from the clock) and
//! its JSON file (spec §5 file name) and the download of a file; [`crate::store::export_form`]
//! exports the form's draft through these. Answers of
//! sections that do not apply are left out of the file (spec §7) and the caller is told which.

use declaration::fields::Section;
use declaration::{hidden, io, Declaration};
use wasm_bindgen::JsCast;

/// The time now, RFC 3339 UTC.
pub fn now_rfc3339() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    // 2024-02-20T09:30:00.000Z → 2024-02-20T09:30:00Z
    match iso.split_once('.') {
        Some((head, _)) => format!("{head}Z"),
        None => iso,
    }
}

/// A random UUID v4 from the browser's crypto.
pub(crate) fn uuid() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("draft-{}", js_sys::Date::now() as u64))
}

/// A new, empty declaration with an id and its creation time.
pub fn new_declaration() -> Declaration {
    let now = now_rfc3339();
    Declaration {
        id: Some(uuid()),
        created_at: Some(now.clone()),
        updated_at: Some(now),
        ..Declaration::new()
    }
}

/// The export of `d`: its file name, its text, and the sections it leaves out.
pub fn export_text(d: &Declaration, extra: &serde_json::Value) -> (String, String, Vec<Section>) {
    let (mut shown, left_out) = hidden::without_hidden(d);
    // The file holds what spec §3 says is normalised, whatever was typed.
    declaration::normalize::normalize(&mut shown);
    let now = now_rfc3339();
    let text = io::export(&shown, extra, &now, env!("CARGO_PKG_VERSION"));
    (io::exported_file_name(&shown, &now), text, left_out)
}

/// Offers `text` as a download named `name`.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    offer(name, &parts, mime)
}

/// Offers `bytes` (a workbook) as a download named `name`.
pub fn download_bytes(name: &str, bytes: &[u8], mime: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    offer(name, &parts, mime)
}

/// Offers a blob of `parts` as a download named `name`.
fn offer(name: &str, parts: &js_sys::Array, mime: &str) -> Result<(), wasm_bindgen::JsValue> {
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let doc = leptos::prelude::document();
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.style().set_property("display", "none")?;
    doc.body().ok_or("no body")?.append_child(&a)?;
    a.click();
    a.remove();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// The reason of a failed browser call, as the browser gave it.
pub fn reason(e: &wasm_bindgen::JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{e:?}"))
}

/// An RFC 3339 time as the user's local date and time, `2024/02/20 14:02` (the text as it
/// is when it is not a time).
pub fn local_time(rfc3339: &str) -> String {
    let t = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
    if t.get_time().is_nan() {
        return rfc3339.to_string();
    }
    format!(
        "{}/{:02}/{:02} {:02}:{:02}",
        t.get_full_year(),
        t.get_month() + 1,
        t.get_date(),
        t.get_hours(),
        t.get_minutes()
    )
}

/// This app's address as the receiver of a file opens it: the page's origin and path,
/// without the route (`https://forms.example.jp/declaration/`).
pub fn app_address() -> String {
    let loc = leptos::prelude::window().location();
    format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    )
}

/// Today's local date, `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Opens the print dialog with `body_class` on the body while it is open: the page's print
/// style then prints one part alone (the 照会事項一覧, a comparison).
pub fn print_alone(body_class: &str) {
    let body = leptos::prelude::document().body();
    if let Some(b) = &body {
        let _ = b.class_list().add_1(body_class);
    }
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
    if let Some(b) = &body {
        let _ = b.class_list().remove_1(body_class);
    }
}
