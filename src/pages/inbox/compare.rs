//! Comparing two received files (two versions of one declaration) in the 受付一覧: once two
//! rows are chosen, the change list from the earlier to the later, by the files' own times
//! ([`changes::a_is_earlier`]: `exported_at`, else `updated_at`) whatever the order the
//! boxes were ticked in; the page says which file is 変更前 and which 変更後, and when their
//! times do not tell, says so and offers 「入れ替える」. The rows are the core's
//! ([`changes::diff`]) and are saved as the change list is (CSV, Excel, printed alone on
//! A4: 「比較を印刷」). Files of two
//! different declarations are compared all the same, with a warning.

use super::state::InboxFiles;
use crate::components::question::change_value;
use crate::components::{Book, ExcelSave, Job};
use declaration::changes;
use declaration::words::isolated;
use declaration::Lang;
use leptos::prelude::*;

/// The comparison of the two files chosen (a hint while fewer or more are).
#[component]
pub fn Compare(
    lang: Signal<Lang>,
    files: InboxFiles,
    chosen: RwSignal<Vec<usize>>,
) -> impl IntoView {
    // Swapped by the user (when the times do not tell, or to look the other way).
    let swapped = RwSignal::new(false);
    let pair = Memo::new(move |_| {
        let c = chosen.get();
        if c.len() != 2 {
            return None;
        }
        let all = files.files.get();
        let a = all.iter().find(|f| f.n == c[0])?.clone();
        let b = all.iter().find(|f| f.n == c[1])?.clone();
        let known = changes::a_is_earlier(&a.imported.declaration, &b.imported.declaration);
        let (earlier, later) = match known {
            Some(false) => (b, a),
            _ => (a, b),
        };
        Some(if swapped.get() {
            (later, earlier, known.is_some())
        } else {
            (earlier, later, known.is_some())
        })
    });
    let save_csv = move |_| {
        let Some((earlier, later, _)) = pair.get_untracked() else {
            return;
        };
        let rows = changes::rows(
            changes::diff(&earlier.imported.declaration, &later.imported.declaration),
            &changed_on(&later),
            changes::Timing::Unchosen,
        );
        let text = changes::to_csv(&rows, lang.get_untracked());
        let _ = crate::draft::download(
            &compare_name(&later, "csv"),
            &text,
            "text/csv;charset=utf-8",
        );
    };
    move || {
        let Some((earlier, later, known)) = pair.get() else {
            return view! {
                <p class="hint" data-testid="compare-hint">{move || lang.get().pick(
                    "同じ申告書の2つの版を比べるには、「ファイル」の欄のチェックボックスで2件を選んでください。",
                    "To compare two versions of a declaration, tick the boxes of two rows under “File”.",
                )}</p>
            }
            .into_any();
        };
        let rows = changes::diff(&earlier.imported.declaration, &later.imported.declaration);
        let other = earlier.row.id != later.row.id;
        let when = |f: &super::state::Received| {
            changes::version_time(&f.imported.declaration)
                .map(declaration::time::jst)
                .unwrap_or_default()
        };
        let (from, to) = (earlier.file_name.clone(), later.file_name.clone());
        let (from_at, to_at) = (when(&earlier), when(&later));
        let changed_on_date = changed_on(&later);
        let job_rows = StoredValue::new((
            changes::diff(&earlier.imported.declaration, &later.imported.declaration),
            compare_name(&later, "xlsx"),
        ));
        let none = rows.is_empty();
        let body = rows
            .into_iter()
            .map(|c| {
                let c = StoredValue::new(c);
                let val = move |before: bool| c.with_value(|c| change_value(c, before, lang.get()));
                view! {
                    <tr>
                        <td>{move || c.with_value(|c| isolated(c.item(lang.get())).into_owned())}</td>
                        <td>{move || val(true)}</td>
                        <td>{move || val(false)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section class="group inbox-compare" aria-labelledby="compare-title" data-testid="inbox-compare">
                <h2 class="group__title" id="compare-title">{move || lang.get().pick("2つの版の比較", "Two versions compared")}</h2>
                <dl class="summary__facts" data-testid="compare-versions">
                    <dt>{move || lang.get().pick("変更前", "Before")}</dt>
                    <dd data-testid="compare-before">{format!("{} {}", isolated(&from), from_at)}</dd>
                    <dt>{move || lang.get().pick("変更後", "After")}</dt>
                    <dd data-testid="compare-after">{format!("{} {}", isolated(&to), to_at)}</dd>
                </dl>
                <p class="hint">{move || if known {
                    lang.get().pick(
                        "ファイルの書き出し日時（なければ更新日時）の古い方を変更前にしています。",
                        "The older file by its export time (else its update time) is the one before.",
                    )
                } else {
                    lang.get().pick(
                        "ファイルの日時からは新旧を判断できないため、選んだ順に比べています。逆の場合は「入れ替える」を押してください。",
                        "The files' times do not tell which is older, so they are compared in the order ticked. Press “Swap” if it is the other way round.",
                    )
                }}</p>
                <div class="button-group no-print">
                    <button type="button" class="button button--secondary" data-testid="compare-swap"
                        on:click=move |_| swapped.update(|s| *s = !*s)>
                        {move || lang.get().pick("変更前と変更後を入れ替える", "Swap before and after")}
                    </button>
                    <button type="button" class="button button--secondary" data-testid="compare-csv" on:click=save_csv>
                        {move || lang.get().pick("比較をCSVで保存", "Save the comparison as CSV")}
                    </button>
                    <button type="button" class="button button--secondary" data-testid="compare-print"
                        on:click=move |_| crate::draft::print_alone("print-compare")>
                        {move || lang.get().pick("比較を印刷", "Print the comparison")}
                    </button>
                </div>
                <div class="no-print"><ExcelSave lang=lang id="compare-xlsx" job=Callback::new(move |()| {
                    let (diff, name) = job_rows.get_value();
                    Ok(Job {
                        name,
                        book: Book::ChangeList(changes::rows(diff, &changed_on_date, changes::Timing::Unchosen)),
                        lang: lang.get_untracked(),
                    })
                })/></div>
                {other.then(|| view! {
                    <p class="alert" role="status">{move || lang.get().pick(
                        "選んだ2件は別の申告書（IDが異なる）です。同じ申告書の版どうしを比べるのが普通です。",
                        "The two files are different declarations (their ids differ). Usually two versions of one declaration are compared.",
                    )}</p>
                })}
                {if none {
                    view! { <p data-testid="compare-none">{move || lang.get().pick("2つの版に違いはありません。", "The two versions are the same.")}</p> }.into_any()
                } else {
                    view! {
                        <table class="changes-table" data-testid="compare-table">
                            <thead><tr>
                                <th scope="col">{move || lang.get().pick("項目", "Item")}</th>
                                <th scope="col">{move || lang.get().pick("変更前", "Before")}</th>
                                <th scope="col">{move || lang.get().pick("変更後", "After")}</th>
                            </tr></thead>
                            <tbody>{body}</tbody>
                        </table>
                    }.into_any()
                }}
            </section>
        }
        .into_any()
    }
}

/// The 変更日 of a comparison: the later file's own date (its export, else its update, in
/// Japan time), not the day it is compared; today when the file does not say.
fn changed_on(later: &super::state::Received) -> String {
    changes::version_time(&later.imported.declaration)
        .and_then(declaration::time::jst_date)
        .map_or_else(crate::draft::today, |d| d.to_string())
}

/// The file name of a comparison: `比較_<the later file's name>.<ext>`.
fn compare_name(later: &super::state::Received, ext: &str) -> String {
    let stem = later
        .file_name
        .rsplit_once('.')
        .map_or(later.file_name.as_str(), |(s, _)| s);
    format!("比較_{stem}.{ext}")
}
