//! The files of a draft with 宛先 (`addressees.md`, "The files"): 「全ての宛先に書き出す」
//! saves one ZIP of every addressee's declaration file and the 送付一覧 (the workbook
//! writer's chunk makes it, [`ExcelSave`]); one addressee's file, or its workbook, can be
//! saved alone. Each file is an ordinary declaration: that municipality's answers in `basic`,
//! its own stable id, the shared body and the body's hash.

use crate::components::{declaration_job, xlsx_name, Book, ExcelSave, Job};
use crate::form::Form;
use declaration::addressees::{self, package};
use declaration::answers::{entry_title, Group};
use declaration::words::Words;
use declaration::Lang;
use leptos::prelude::*;

/// The select of one addressee (its index), shared by the pages that act on one.
#[component]
pub fn AddresseeSelect(
    form: Form,
    chosen: RwSignal<usize>,
    id: &'static str,
    /// The label's words.
    label: Words,
    /// An extra first option (the print page's 送付一覧), chosen as `usize::MAX`.
    #[prop(optional)]
    extra: Option<Words>,
) -> impl IntoView {
    let lang = form.lang;
    let options = move || {
        let l = lang.get();
        let mut out: Vec<(String, String)> = extra
            .iter()
            .map(|w| (usize::MAX.to_string(), w.pick(l).to_string()))
            .collect();
        form.draft.with(|d| {
            out.extend((0..d.addressees.len()).map(|i| {
                (
                    i.to_string(),
                    entry_title(d, Group::Addressees, i).pick(l).to_string(),
                )
            }))
        });
        out.into_iter()
            .map(|(v, t)| view! { <option value=v.clone() selected=move || chosen.get().to_string() == v>{t}</option> })
            .collect_view()
    };
    view! {
        <div class="field">
            <label class="field__label" for=id>{move || label.pick(lang.get()).to_string()}</label>
            <select id=id on:change=move |ev| {
                if let Ok(i) = event_target_value(&ev).parse() { chosen.set(i); }
            }>{options}</select>
        </div>
    }
}

/// What 「全ての宛先に書き出す」 and the one-addressee buttons save.
#[component]
pub fn AddresseeExport(form: Form) -> impl IntoView {
    let lang = form.lang;
    let count = move || form.draft.with(|d| d.addressees.len());
    let chosen = RwSignal::new(0usize);
    let said = RwSignal::new(None::<Words>);
    // The last package, when the shared part has changed since (the files sent differ).
    let stale = Memo::new(move |_| {
        let record = form.draft.with(crate::store::sent::last)?;
        let now = form
            .draft
            .with(|d| package::body_sha256(d, env!("CARGO_PKG_VERSION")));
        (now.as_deref() != Some(record.body_sha256.as_str()))
            .then(|| declaration::time::jst(&record.at))
    });
    let one = move || {
        let i = chosen.get_untracked();
        form.draft.with_untracked(|d| {
            (i < d.addressees.len()).then(|| {
                let now = crate::draft::now_rfc3339();
                let f = addressees::export(d, i, &now, env!("CARGO_PKG_VERSION"));
                let (file, _) = addressees::shown(d, i);
                (declaration::io::exported_file_name(&file, &now), f.text)
            })
        })
    };
    let save_one = move |_| {
        let Some((name, text)) = one() else { return };
        said.set(Some(
            match crate::draft::download(&name, &text, "application/json") {
                Ok(()) => Words::new(format!("{name} を保存しました。"), format!("Saved {name}.")),
                Err(e) => {
                    let why = crate::draft::reason(&e);
                    Words::new(
                        format!("申告書ファイルを保存できませんでした：{why}"),
                        format!("The declaration file could not be saved: {why}"),
                    )
                }
            },
        ));
    };
    let package_job = Callback::new(move |()| {
        Ok(form.draft.with_untracked(|d| Job {
            name: package::zip_name(d),
            book: Book::Package(Box::new(d.clone())),
            lang: Lang::Ja,
        }))
    });
    let one_book = Callback::new(move |()| {
        let i = chosen.get_untracked();
        form.draft.with_untracked(|d| {
            if i >= d.addressees.len() {
                return Err(Words::new("宛先を選んでください。", "Choose an addressee."));
            }
            let (file, _) = addressees::shown(d, i);
            let mut job = declaration_job(&file, lang.get_untracked());
            job.name = xlsx_name(&declaration::io::file_name(&file));
            Ok(job)
        })
    });
    view! {
        <section class="group" aria-labelledby="addressees-export-title" data-testid="addressees-export">
            <h2 class="group__title" id="addressees-export-title">{move || match lang.get() {
                Lang::Ja => format!("宛先ごとの申告書（{}件）", count()),
                Lang::En => format!("A declaration for each addressee ({})", count()),
            }}</h2>
            <p>{move || lang.get().pick(
                "宛先ごとの申告書ファイル（JSON）と送付一覧（CSVとExcel）を、1つのZIPファイルに書き出します。各市町村には、その市町村の申告書ファイルと印刷した書面を提出してください。各ファイルには共通部分のハッシュ（body_sha256）が記載され、受け取った側で同じ内容であることを確かめられます。",
                "Saves each addressee's declaration file (JSON) and the sending list (CSV and Excel) in one ZIP file. Hand each municipality its own file and its printed document. Each file states the hash of the shared part (body_sha256), so the receivers can see it is the same declaration.",
            )}</p>
            {move || stale.get().map(|at| view! {
                <p class="warning-text" data-testid="addressees-stale">{move || match lang.get() {
                    Lang::Ja => format!("{at} に書き出した後に、共通部分が変更されています。送る前に、もう一度「全ての宛先に書き出す」で書き出してください。"),
                    Lang::En => format!("The shared part has changed since the files saved at {at}. Save for every addressee again before sending."),
                }}</p>
            })}
            <ExcelSave lang=lang id="addressees-zip" primary=true job=package_job
                label=Words::new("全ての宛先に書き出す（ZIP）", "Save for every addressee (ZIP)")/>
            <h3 class="group__title">{move || lang.get().pick("1つの宛先だけ保存する", "Save one addressee's file")}</h3>
            <AddresseeSelect form=form chosen=chosen id="addressee-one"
                label=Words::new("宛先", "Addressee")/>
            <div class="button-group">
                <button type="button" class="button button--secondary" id="addressee-one-json" on:click=save_one>
                    {move || lang.get().pick("この宛先の申告書ファイル（JSON）を保存", "Save this addressee's declaration file (JSON)")}
                </button>
            </div>
            <div role="status" data-testid="addressee-one-status" class:status-message=move || said.with(Option::is_some)>
                {move || said.get().map(|w| w.pick(lang.get()).to_string())}
            </div>
            <ExcelSave lang=lang id="addressee-one-xlsx" job=one_book
                label=Words::new("この宛先の申告書をExcel形式で保存", "Save this addressee's declaration as Excel")/>
        </section>
    }
}
