//! With 宛先: the municipalities whose review was taken in, and what goes back to each —
//! one ZIP holding the review file with the replies (its questions under their own ids) and
//! that municipality's declaration file as it is now ([`declaration::addressees::export`]),
//! made by the workbook writer's compression ([`ExcelSave`]).

use crate::components::{Book, ExcelSave, Job};
use crate::form::Form;
use crate::store::Received;
use declaration::answers::{entry_title, Group};
use declaration::review::{cities, ItemStatus};
use declaration::words::Words;
use declaration::Lang;
use leptos::prelude::*;

/// The table of municipalities, each with its button.
#[component]
pub fn CityReturns(received: Received, form: Form) -> impl IntoView {
    let lang = form.lang;
    let rows = move || {
        let l = lang.get();
        received
            .cities()
            .into_iter()
            .map(|i| {
                let (city, title) = form.draft.with(|d| {
                    (d.addressees[i].id.clone(), entry_title(d, Group::Addressees, i))
                });
                let (all, open) = received.review.with(|r| {
                    let mine: Vec<_> = r
                        .iter()
                        .flat_map(|r| r.items.iter())
                        .filter(|it| cities::asked_by(&it.id) == Some(city.as_str()))
                        .collect();
                    (mine.len(), mine.iter().filter(|it| it.status == ItemStatus::Open).count())
                });
                let job = Callback::new({
                    let city = city.clone();
                    move |()| {
                        let (name, text) = received.city_file(&city).ok_or_else(|| {
                            Words::new("この市町村の照会事項が見つかりません。", "This municipality's review is not found.")
                        })?;
                        let now = crate::draft::now_rfc3339();
                        let (file, stem) = form.draft.with_untracked(|d| {
                            let f = declaration::addressees::export(d, i, &now, env!("CARGO_PKG_VERSION"));
                            let stem = f.name.trim_start_matches("申告書_").trim_end_matches(".json").to_string();
                            (f, stem)
                        });
                        Ok(Job {
                            name: format!("返送_{stem}.zip"),
                            book: Book::Files(vec![(name, text.into_bytes()), (file.name, file.text.into_bytes())]),
                            lang: Lang::Ja,
                        })
                    }
                });
                view! {
                    <tr data-city=city.clone()>
                        <td data-label=l.pick("宛先", "Addressee")>{title.pick(l).to_string()}</td>
                        <td data-label=l.pick("審査者", "Reviewer")>{received.city_reviewer(&city)}</td>
                        <td data-label=l.pick("照会", "Questions")>{all}</td>
                        <td data-label=l.pick("未回答", "Not answered")>{open}</td>
                        <td>
                            <ExcelSave lang=lang id=format!("city-return-{i}") job=job
                                label=Words::new("回答と申告書を保存（ZIP）", "Save the replies and the declaration (ZIP)")/>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="group" data-testid="questions-cities" aria-labelledby="questions-cities-title">
            <h2 class="group__title" id="questions-cities-title">{move || lang.get().pick("市町村ごとの返送", "What goes back to each municipality")}</h2>
            <p>{move || lang.get().pick(
                "照会は市町村ごとに返送します。各市町村に、回答を付けた照会事項ファイルと、その市町村の申告書ファイル（修正後）を1つのZIPファイルにまとめて送ってください。",
                "Each municipality gets its own reply: a ZIP holding its review file with your replies and its declaration file as corrected.",
            )}</p>
            <div class="table-scroll">
                <table class="inbox__table" data-testid="questions-cities-table">
                    <thead><tr>
                        <th scope="col">{move || lang.get().pick("宛先", "Addressee")}</th>
                        <th scope="col">{move || lang.get().pick("審査者", "Reviewer")}</th>
                        <th scope="col">{move || lang.get().pick("照会", "Questions")}</th>
                        <th scope="col">{move || lang.get().pick("未回答", "Not answered")}</th>
                        <th scope="col">{move || lang.get().pick("返送", "Send back")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
