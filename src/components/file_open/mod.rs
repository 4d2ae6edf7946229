//! The 「申告書ファイルを開く」 control: a file picker, and a zone a file can be dropped on,
//! that read a declaration through the core's importer. A file that cannot be opened leaves what is shown untouched and says
//! why, in an alert, in the current language.

use crate::widgets::{one, ErrorMessage};
use declaration::io::{self, ImportError, Imported};
use declaration::words::Words;
use declaration::Lang;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

/// A declaration read from a file the user chose.
pub struct Opened {
    pub file_name: String,
    pub imported: Imported,
}

/// Reads a chosen file and imports it. The size limit is checked before reading.
pub async fn read_file(file: &web_sys::File) -> Result<Imported, ImportError> {
    let size = file.size() as usize;
    if size > io::MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: size });
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ImportError::NotUtf8)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    io::import(&bytes)
}

/// The file picker. `on_open` receives each declaration that imported. `id` (default
/// `file-open`) prefixes its element ids (`<id>-input`, `<id>-hint`, `<id>-error`), for a
/// page with a second picker.
#[component]
pub fn FileOpen(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] on_open: Callback<Opened>,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| "file-open".to_string());
    let (input_id, hint_id, error_id) = (
        format!("{id}-input"),
        format!("{id}-hint"),
        format!("{id}-error"),
    );
    let described = (hint_id.clone(), format!("{hint_id} {error_id}"));
    let error = RwSignal::new(None::<Words>);
    let dragging = RwSignal::new(false);
    let take = move |file: web_sys::File| {
        spawn_local(async move {
            match read_file(&file).await {
                Ok(imported) => {
                    error.set(None);
                    on_open.run(Opened {
                        file_name: file.name(),
                        imported,
                    });
                }
                Err(e) => error.set(Some(e.words())),
            }
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            take(file);
        }
        // Choosing the same file again must fire `change` again.
        input.set_value("");
    };
    let on_drag = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let files = ev.data_transfer().and_then(|dt| dt.files());
        match files.as_ref().map(|f| f.length()) {
            Some(1) => take(files.and_then(|f| f.get(0)).expect("one file")),
            Some(n) if n > 1 => error.set(Some(Words::new(
                format!("{n}個のファイルがドロップされました。申告書ファイルを1つだけドロップしてください。"),
                format!("{n} files were dropped. Drop one declaration file only."),
            ))),
            _ => error.set(Some(Words::new(
                "ドロップされたものはファイルではありませんでした。申告書ファイル（.json）をドロップしてください。",
                "What was dropped is not a file. Drop a declaration file (.json).",
            ))),
        }
    };
    view! {
        <div class="file-open" class:file-open--dragging=move || dragging.get()
            data-testid="drop-zone"
            on:dragover=on_drag on:dragenter=on_drag
            on:dragleave=move |_| dragging.set(false) on:drop=on_drop>
            <label class="file-open__label" for=input_id.clone()>
                {move || lang.get().pick("申告書ファイル（JSON）を開く", "Open a declaration file (JSON)")}
            </label>
            <p class="hint" id=hint_id>
                {move || lang.get().pick(
                    "このアプリで出力した .json ファイルを選ぶか、ここにドロップしてください。ファイルはこの端末の中だけで読み取られ、送信されません。",
                    "Choose a .json file exported by this app, or drop it here. It is read on this device only and never sent anywhere.",
                )}
            </p>
            <ErrorMessage id=error_id.clone() lang=lang messages=one(error) alert=true/>
            <input
                id=input_id
                type="file"
                accept=".json,application/json"
                aria-describedby=move || if error.get().is_some() {
                    described.1.clone()
                } else {
                    described.0.clone()
                }
                on:change=on_change
            />
        </div>
    }
}
