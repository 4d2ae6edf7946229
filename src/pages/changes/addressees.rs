//! 宛先ごとの変更箇所: with 宛先, one change list per addressee (the core's
//! [`changes::per_addressee`]: each between the file it received in the earlier version and
//! the one it receives now, 項目 under its own 委託事項 number), counted on screen and saved
//! together as one ZIP — a CSV and a workbook (別添２) per addressee. A row's 提出時期 and
//! explanation are those chosen above for the same change, so a body change chosen once is
//! chosen in every list.

use super::names::{csv_name, date_error};
use super::state::ChangesState;
use crate::components::{Book, ExcelSave, Job};
use declaration::changes::{self, ChangeRow};
use declaration::words::Words;
use declaration::Lang;
use leptos::prelude::*;

/// The section, shown while the draft has addressees and an earlier version is chosen.
#[component]
pub fn PerAddressee(state: ChangesState) -> impl IntoView {
    let lang = state.form.lang;
    let lists = Memo::new(move |_| {
        state.earlier.with(|e| match e {
            Some(e) => state
                .form
                .draft
                .with(|d| changes::per_addressee(&e.declaration, d)),
            None => Vec::new(),
        })
    });
    let job = Callback::new(move |()| {
        let date = state.valid_date().ok_or_else(date_error)?;
        let lang = lang.get_untracked();
        let files: Vec<(String, String, Vec<ChangeRow>)> = lists.with_untracked(|lists| {
            lists
                .iter()
                .filter_map(|l| {
                    let rows: Vec<ChangeRow> = l
                        .changes
                        .clone()?
                        .into_iter()
                        .map(|change| {
                            let (timing, explanation) = state.choice(&change.path);
                            ChangeRow {
                                date: date.clone(),
                                change,
                                timing,
                                explanation,
                            }
                        })
                        .collect();
                    let stem = csv_name(&l.file, &date);
                    let stem = stem.trim_end_matches(".csv").to_string();
                    Some((stem, changes::to_csv(&rows, lang), rows))
                })
                .collect()
        });
        if files.is_empty() {
            return Err(Words::new(
                "以前の版に含まれる宛先がないため、宛先ごとの変更箇所はありません。",
                "No addressee is in the earlier version, so there is no change list per addressee.",
            ));
        }
        let system = state.form.draft.with_untracked(|d| {
            declaration::addressees::package::zip_name(d).replacen(
                "申告書一式_",
                "変更箇所一式_",
                1,
            )
        });
        Ok(Job {
            name: system,
            book: Book::ChangeLists(files),
            lang,
        })
    });
    let rows = move || {
        let l = lang.get();
        lists.with(|lists| {
            lists
                .iter()
                .map(|a| {
                    let count = match (&a.changes, l) {
                        (Some(c), Lang::Ja) => format!("{}件", c.len()),
                        (Some(c), Lang::En) => c.len().to_string(),
                        (None, _) => l
                            .pick(
                                "以前の版になし（新しい宛先）",
                                "not in the earlier version (new)",
                            )
                            .to_string(),
                    };
                    view! { <tr>
                        <td data-label=l.pick("宛先", "Addressee")>{a.title.pick(l).to_string()}</td>
                        <td data-label=l.pick("変更箇所", "Changes")>{count}</td>
                    </tr> }
                })
                .collect_view()
        })
    };
    view! {
        <section class="group changes__screen" data-testid="changes-addressees" aria-labelledby="changes-addressees-title">
            <h2 class="group__title" id="changes-addressees-title">{move || lang.get().pick("宛先ごとの変更箇所", "Changes for each addressee")}</h2>
            <p>{move || lang.get().pick(
                "宛先ごとに、その市町村に送った申告書と今回の申告書の変更箇所を一覧にします。共通部分の変更はすべての宛先に、宛先ごとの回答の変更はその宛先だけに載ります。項目には、その市町村の評価書での委託事項の番号が付きます。",
                "A change list for each addressee, between the declaration it received and the one it receives now. A change of the shared part is in every list; a change of an addressee's own answers only in its. Each item carries the entrustment item number of that municipality's assessment.",
            )}</p>
            <div class="table-scroll">
                <table class="inbox__table" data-testid="changes-addressees-table">
                    <thead><tr>
                        <th scope="col">{move || lang.get().pick("宛先", "Addressee")}</th>
                        <th scope="col">{move || lang.get().pick("変更箇所", "Changes")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <ExcelSave lang=lang id="changes-addressees-zip" job=job
                label=Words::new("宛先ごとの変更箇所を書き出す（ZIP）", "Save the change list of every addressee (ZIP)")
                hint=Words::new(
                    "宛先ごとに、CSVファイルと別添２の形のExcelファイルを1つのZIPファイルにまとめて保存します。",
                    "Saves a CSV file and an Annex 2 workbook for each addressee, together in one ZIP file.",
                )/>
        </section>
    }
}
