//! `ExcelSave`: 「Excel形式で保存」, the one button of every page that saves a workbook (or a
//! ZIP the workbook writer makes: every addressee's file, every addressee's change list) — the
//! review page and 印刷用の書面 (the draft), 変更箇所 (the change list, laid out like 別添２) and
//! the reader (the file received). Pressed, it asks its page for the [`Job`] (the file name
//! and what goes in it, or what to fix first), fetches the writer's chunk the first time
//! ([`crate::xlsx::load`]: 「作成中…」 meanwhile, and a second press does nothing; the button
//! keeps the focus, `aria-disabled` rather than `disabled`), and offers the
//! workbook as a download. What happened is said beside it: the file's name (`role=status`),
//! or why not (an alert: the chunk could not be fetched offline, the writer failed).

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

use crate::widgets::ErrorMessage;
use declaration::changes::ChangeRow;
use declaration::words::Words;
use declaration::{Declaration, Lang};
use leptos::prelude::*;

/// What goes in a workbook.
#[derive(Debug, Clone)]
pub enum Book {
    Declaration(Box<Declaration>),
    /// A declaration received as a file (the reader), with its integrity.
    Received(Box<Declaration>, declaration::io::IntegrityState),
    ChangeList(Vec<ChangeRow>),
    /// Every addressee's file and the 送付一覧, as one ZIP (「全ての宛先に書き出す」).
    Package(Box<Declaration>),
    /// Named files (each change list of every addressee, as CSV and workbook), as one ZIP:
    /// the CSV texts are given, each `ChangeRow` list is written as a workbook beside its CSV.
    ChangeLists(Vec<(String, String, Vec<ChangeRow>)>),
    /// Named files as they are, as one ZIP (what goes back to one municipality: the review
    /// file with the replies and its declaration file).
    Files(Vec<(String, Vec<u8>)>),
}

/// A workbook to write: its file name, its content and its language.
#[derive(Debug, Clone)]
pub struct Job {
    pub name: String,
    pub book: Book,
    pub lang: Lang,
}

/// The workbook's file name for a file named `name` (`申告書_○○市_2024-02-20.json` →
/// `申告書_○○市_2024-02-20.xlsx`).
pub fn xlsx_name(name: &str) -> String {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    format!("{stem}.xlsx")
}

/// What the last press did.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Busy,
    Saved(String),
    Failed(Words),
}

/// The hint of a declaration's workbook.
pub fn declaration_hint() -> Words {
    Words::new(
        "適合判定と全ての回答を、Excelで開けるファイル（.xlsx）に保存します。節ごとのシートに分かれています。",
        "Saves the verdict and every answer as a file Excel opens (.xlsx), a sheet per section.",
    )
}

/// The job of a declaration's workbook, named after its JSON file.
pub fn declaration_job(d: &Declaration, lang: Lang) -> Job {
    Job {
        name: xlsx_name(&declaration::io::file_name(d)),
        book: Book::Declaration(Box::new(d.clone())),
        lang,
    }
}

/// Why the writer's code could not be fetched.
fn not_loaded() -> Words {
    Words::new(
        "Excel形式で保存する機能を読み込めませんでした。通信できることを確かめてから、もう一度押してください。入力した内容はこの端末に保存されています。",
        "The code that writes Excel files could not be fetched. Check the connection, then press the button again. Your answers are kept on this device.",
    )
}

/// Writes the job's workbook and offers it as a download.
async fn write(job: Job) -> Outcome {
    let writers = match crate::xlsx::load().await {
        Ok(w) => w,
        Err(_) => return Outcome::Failed(not_loaded()),
    };
    let now = crate::draft::now_rfc3339();
    let bytes = match &job.book {
        Book::Declaration(d) => (writers.declaration)(d, job.lang),
        Book::Received(d, integrity) => (writers.received)(d, job.lang, *integrity),
        Book::ChangeList(rows) => (writers.change_list)(rows, job.lang),
        Book::Package(d) => (writers.package)(d, &now, env!("CARGO_PKG_VERSION"), job.lang).map(
            |(_, bytes, rows)| {
                crate::store::sent::remember(d, &now, rows);
                bytes
            },
        ),
        Book::ChangeLists(lists) => lists
            .iter()
            .map(|(stem, csv, rows)| {
                let book = (writers.change_list)(rows, job.lang)?;
                Ok([
                    (format!("{stem}.csv"), csv.clone().into_bytes()),
                    (format!("{stem}.xlsx"), book),
                ])
            })
            .collect::<Result<Vec<_>, declaration::xlsx::WriteError>>()
            .and_then(|files| (writers.zip_of)(&files.concat(), &now)),
        Book::Files(files) => (writers.zip_of)(files, &now),
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(e) => return Outcome::Failed(e.words()),
    };
    let mime = match job.book {
        Book::Package(_) | Book::ChangeLists(_) | Book::Files(_) => "application/zip",
        _ => declaration::xlsx::MIME,
    };
    match crate::draft::download_bytes(&job.name, &bytes, mime) {
        Ok(()) => Outcome::Saved(job.name),
        Err(e) => {
            let why = crate::draft::reason(&e);
            Outcome::Failed(Words::new(
                format!("Excelファイルを保存できませんでした：{why}"),
                format!("The Excel file could not be saved: {why}"),
            ))
        }
    }
}

/// The button, its status and its error.
#[component]
pub fn ExcelSave(
    #[prop(into)] lang: Signal<Lang>,
    /// The button's id; its messages are `{id}-status` and `{id}-error`.
    #[prop(into)]
    id: String,
    /// What to write, asked when the button is pressed, or what to fix first.
    job: Callback<(), Result<Job, Words>>,
    /// What the file holds, said under the button.
    #[prop(optional)]
    hint: Option<Words>,
    /// The button's words, when it saves something else than a workbook (a ZIP).
    #[prop(optional)]
    label: Option<Words>,
    /// A primary button (the page's main action) rather than a secondary one.
    #[prop(optional)]
    primary: bool,
) -> impl IntoView {
    let label = label.unwrap_or_else(|| Words::new("Excel形式で保存", "Save as Excel"));
    let outcome = RwSignal::new(None::<Outcome>);
    let busy = move || outcome.get() == Some(Outcome::Busy);
    let on_click = move |_| {
        if outcome.get_untracked() == Some(Outcome::Busy) {
            return;
        }
        match job.run(()) {
            Err(why) => outcome.set(Some(Outcome::Failed(why))),
            Ok(job) => {
                outcome.set(Some(Outcome::Busy));
                leptos::task::spawn_local(async move {
                    let done = write(job).await;
                    let _ = outcome.try_set(Some(done));
                });
            }
        }
    };
    let status = Signal::derive(move || match outcome.get() {
        Some(Outcome::Busy) => Some(lang.get().pick("作成中…", "Making the file…").to_string()),
        Some(Outcome::Saved(name)) => Some(match lang.get() {
            Lang::Ja => format!("{name} を保存しました。"),
            Lang::En => format!("Saved {name}."),
        }),
        _ => None,
    });
    let error = Signal::derive(move || match outcome.get() {
        Some(Outcome::Failed(why)) => vec![why],
        _ => Vec::new(),
    });
    view! {
        <div class="excel-save">
            <button type="button" class=if primary { "button" } else { "button button--secondary" } id=id.clone()
                aria-disabled=move || busy().to_string() aria-busy=move || busy().to_string()
                on:click=on_click>
                {move || label.pick(lang.get()).to_string()}
            </button>
            {hint.map(|h| view! { <p class="hint">{move || h.pick(lang.get()).to_string()}</p> })}
            <div role="status" id=format!("{id}-status")
                class:status-message=move || status.with(Option::is_some)>{status}</div>
            <ErrorMessage id=format!("{id}-error") lang=lang alert=true messages=error/>
        </div>
    }
}
