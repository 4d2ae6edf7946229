//! The 「申告書ファイルを開く」 control ([`FileOpen`]): a file picker, and a zone a file can be
//! dropped on, that read a declaration through the core's importer; and the picker under it
//! ([`FilePick`]) for any file of the exchange (a review file, several declarations at once). A file that cannot be opened leaves what is shown untouched and says
//! why, in an alert, in the current language.

use crate::widgets::ErrorMessage;
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
    io::import(&read_bytes(file).await?)
}

/// Reads a chosen file's bytes, refusing one over the import limit before reading it.
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, ImportError> {
    let size = file.size() as usize;
    if size > io::MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: size });
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ImportError::NotUtf8)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// One file the user chose: its name and bytes.
pub struct Picked {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// The words of a picker: its label and its hint.
#[derive(Clone, Copy)]
pub struct PickWords {
    pub label: (&'static str, &'static str),
    pub hint: (&'static str, &'static str),
}

/// The words of the drafts page's picker, which opens every file of the exchange and
/// takes each where it belongs.
pub const ANY_FILE: PickWords = PickWords {
    label: ("ファイル（JSON）を開く", "Open a file (JSON)"),
    hint: (
        "このアプリのファイルを選ぶか、ここにドロップしてください：申告書（申告書_…json、下書きになります）、記入依頼（記入依頼_…json、再委託先の方が記入します）、記入返送（記入返送_…json、依頼した申告書の「再委託先」で反映します）、照会事項（照会事項_…json、「照会事項と回答」で回答します）。ファイルはこの端末の中だけで読み取られ、送信されません。",
        "Choose or drop a file of this app: a declaration (申告書_….json, it becomes a draft), a part to fill in (記入依頼_….json, for a subcontractor), a returned part (記入返送_….json, merged on the declaration's Subcontractors page) or a review (照会事項_….json, answered on Questions and replies). It is read on this device only and never sent anywhere.",
    ),
};

/// The declaration picker's words.
pub const DECLARATION: PickWords = PickWords {
    label: ("申告書ファイル（JSON）を開く", "Open a declaration file (JSON)"),
    hint: (
        "このアプリで出力した .json ファイルを選ぶか、ここにドロップしてください。ファイルはこの端末の中だけで読み取られ、送信されません。",
        "Choose a .json file exported by this app, or drop it here. It is read on this device only and never sent anywhere.",
    ),
};

/// The declaration picker. `on_open` receives each declaration that imported. `id`
/// (default `file-open`) prefixes its element ids (`<id>-input`, `<id>-hint`,
/// `<id>-error`), for a page with a second picker.
#[component]
pub fn FileOpen(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] on_open: Callback<Opened>,
    #[prop(optional, into)] id: Option<String>,
    /// Where a part file (記入依頼・記入返送) goes when one is chosen here instead of a
    /// declaration; without it, a part file is refused as any other wrong format is.
    #[prop(optional, into)]
    or_part: Option<Callback<declaration::part::ImportedPart>>,
    /// Where a review file (照会事項) goes when one is chosen here (its bytes; why it could
    /// not be taken, if not); without it, a review file is refused as a wrong format.
    #[prop(optional, into)]
    or_review: Option<Callback<Picked, Option<Words>>>,
    /// The words of the picker ([`DECLARATION`] by default).
    #[prop(optional)]
    words: Option<PickWords>,
) -> impl IntoView {
    let is = |bytes: &[u8], format: &str| {
        io::read_object(bytes)
            .ok()
            .and_then(|v| io::wrong_format(&v, format))
            .is_none()
    };
    let is_part = move |bytes: &[u8]| is(bytes, declaration::part::FORMAT);
    let on_file = Callback::new(move |p: Picked| {
        if let Some(to_review) = or_review.filter(|_| is(&p.bytes, declaration::review::FORMAT)) {
            return to_review.run(p);
        }
        if let Some(to_part) = or_part.filter(|_| is_part(&p.bytes)) {
            return match declaration::part::import(&p.bytes) {
                Ok(part) => {
                    to_part.run(part);
                    None
                }
                Err(e) => Some(e.words()),
            };
        }
        open_declaration(p, on_open)
    });
    view! {
        <FilePick lang=lang on_file=on_file id=id.unwrap_or_else(|| "file-open".to_string()) words=words.unwrap_or(DECLARATION)/>
    }
}

/// Imports a declaration and hands it on; why not, when it is not one.
fn open_declaration(p: Picked, on_open: Callback<Opened>) -> Option<Words> {
    match io::import(&p.bytes) {
        Ok(imported) => {
            on_open.run(Opened {
                file_name: p.file_name,
                imported,
            });
            None
        }
        Err(e) => Some(e.words()),
    }
}

/// A file picker and drop zone for any file of the exchange: `on_file` gets each file's
/// name and bytes (within the import limit) and gives back why it could not be used, if it
/// could not; that is shown as an alert, named by the file when several were chosen.
/// `multiple` lets several files be chosen or dropped at once.
#[component]
pub fn FilePick(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] on_file: Callback<Picked, Option<Words>>,
    #[prop(into)] id: String,
    words: PickWords,
    #[prop(optional)] multiple: bool,
) -> impl IntoView {
    let (input_id, hint_id, error_id) = (
        format!("{id}-input"),
        format!("{id}-hint"),
        format!("{id}-error"),
    );
    let described = (hint_id.clone(), format!("{hint_id} {error_id}"));
    let errors = RwSignal::new(Vec::<Words>::new());
    let dragging = RwSignal::new(false);
    let take = move |files: Vec<web_sys::File>| {
        spawn_local(async move {
            let named = files.len() > 1;
            let mut found = Vec::new();
            for file in files {
                let outcome = match read_bytes(&file).await {
                    Ok(bytes) => on_file.run(Picked {
                        file_name: file.name(),
                        bytes,
                    }),
                    Err(e) => Some(e.words()),
                };
                if let Some(why) = outcome {
                    found.push(if named {
                        let name = file.name();
                        Words::new(format!("{name}：{}", why.ja), format!("{name}: {}", why.en))
                    } else {
                        why
                    });
                }
            }
            errors.set(found);
        });
    };
    let list = |files: Option<web_sys::FileList>| -> Vec<web_sys::File> {
        let Some(files) = files else {
            return Vec::new();
        };
        (0..files.length()).filter_map(|i| files.get(i)).collect()
    };
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let files = list(input.files());
        if !files.is_empty() {
            take(files);
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
        let files = list(ev.data_transfer().and_then(|dt| dt.files()));
        match files.len() {
            0 => errors.set(vec![Words::new(
                "ドロップされたものはファイルではありませんでした。.json ファイルをドロップしてください。",
                "What was dropped is not a file. Drop a .json file.",
            )]),
            1 => take(files),
            n if multiple => take(files.into_iter().take(n).collect()),
            n => errors.set(vec![Words::new(
                format!("{n}個のファイルがドロップされました。ファイルを1つだけドロップしてください。"),
                format!("{n} files were dropped. Drop one file only."),
            )]),
        }
    };
    view! {
        <div class="file-open" class:file-open--dragging=move || dragging.get()
            data-testid=if id == "file-open" { "drop-zone".to_string() } else { format!("{id}-drop") }
            on:dragover=on_drag on:dragenter=on_drag
            on:dragleave=move |_| dragging.set(false) on:drop=on_drop>
            <label class="file-open__label" for=input_id.clone()>
                {move || lang.get().pick(words.label.0, words.label.1)}
            </label>
            <p class="hint" id=hint_id>{move || lang.get().pick(words.hint.0, words.hint.1)}</p>
            <ErrorMessage id=error_id.clone() lang=lang messages=Signal::derive(move || errors.get()) alert=true/>
            <input
                id=input_id
                type="file"
                accept=".json,application/json"
                multiple=multiple
                aria-describedby=move || if errors.with(Vec::is_empty) {
                    described.0.clone()
                } else {
                    described.1.clone()
                }
                on:change=on_change
            />
        </div>
    }
}
