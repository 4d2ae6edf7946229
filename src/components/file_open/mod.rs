//! The 「申告書ファイルを開く」 control: a file picker that reads a declaration through the
//! core's importer. A file that cannot be opened leaves what is shown untouched and says
//! why, in an alert, in the current language.

use declaration::io::{self, ImportError, Imported};
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

/// The file picker. `on_open` receives each declaration that imported.
#[component]
pub fn FileOpen(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] on_open: Callback<Opened>,
) -> impl IntoView {
    let error = RwSignal::new(None::<(String, String)>);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        spawn_local(async move {
            match read_file(&file).await {
                Ok(imported) => {
                    error.set(None);
                    on_open.run(Opened {
                        file_name: file.name(),
                        imported,
                    });
                }
                Err(e) => error.set(Some((e.ja(), e.en()))),
            }
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        });
    };
    view! {
        <div class="file-open">
            <label class="file-open__label" for="file-open-input">
                {move || lang.get().pick("申告書ファイル（JSON）を開く", "Open a declaration file (JSON)")}
            </label>
            <p class="hint" id="file-open-hint">
                {move || lang.get().pick(
                    "このアプリで出力した .json ファイルを選んでください。ファイルはこの端末の中だけで読み取られ、送信されません。",
                    "Choose a .json file exported by this app. It is read on this device only and never sent anywhere.",
                )}
            </p>
            {move || error.get().map(|(ja, en)| view! {
                <p class="error-message" role="alert" id="file-open-error">
                    {match lang.get() { Lang::Ja => ja, Lang::En => en }}
                </p>
            })}
            <input
                id="file-open-input"
                type="file"
                accept=".json,application/json"
                aria-describedby=move || if error.get().is_some() {
                    "file-open-hint file-open-error"
                } else {
                    "file-open-hint"
                }
                on:change=on_change
            />
        </div>
    }
}
