//! Comparing two received files (two versions of one declaration) in the 受付一覧: once two
//! rows are chosen, the change list from the earlier (by `exported_at`, else the one chosen
//! first) to the later, with the core's rows ([`declaration::changes::diff`]); files of two
//! different declarations are compared all the same, with a warning.

use super::state::InboxFiles;
use crate::components::question::change_value;
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
    let pair = Memo::new(move |_| {
        let c = chosen.get();
        if c.len() != 2 {
            return None;
        }
        let all = files.files.get();
        let a = all.iter().find(|f| f.n == c[0])?.clone();
        let b = all.iter().find(|f| f.n == c[1])?.clone();
        let when = |f: &super::state::Received| f.imported.declaration.exported_at.clone();
        Some(match (when(&a), when(&b)) {
            (Some(x), Some(y)) if y < x => (b, a),
            _ => (a, b),
        })
    });
    move || {
        let Some((earlier, later)) = pair.get() else {
            return view! {
                <p class="hint" data-testid="compare-hint">{move || lang.get().pick(
                    "同じ申告書の2つの版を比べるには、「比較」の欄で2件を選んでください。",
                    "To compare two versions of a declaration, tick two rows under “Compare”.",
                )}</p>
            }
            .into_any();
        };
        let rows = changes::diff(&earlier.imported.declaration, &later.imported.declaration);
        let other = earlier.row.id != later.row.id;
        let (from, to) = (earlier.file_name.clone(), later.file_name.clone());
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
            <section class="group" aria-labelledby="compare-title" data-testid="inbox-compare">
                <h2 class="group__title" id="compare-title">{move || lang.get().pick("2つの版の比較", "Two versions compared")}</h2>
                <p>{move || match lang.get() {
                    Lang::Ja => format!("比較：{} → {}", isolated(&from), isolated(&to)),
                    Lang::En => format!("Compared: {} → {}", isolated(&from), isolated(&to)),
                }}</p>
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
