//! The 受付一覧's table: one row per file shown, a header button per sortable column
//! (`aria-sort` says the order), the conditions' states as short words, and per row
//! 「開く」 (the file in the reader) and a check box to choose it for comparing.

use super::state::{InboxFiles, Received};
use crate::components::verdict_table::badge_class;
use crate::pages::read::{Open, Reading};
use crate::route::{go, Route};
use declaration::inbox::SortKey;
use declaration::io::IntegrityState;
use declaration::verdict::{CondId, Overall, Status};
use declaration::Lang;
use leptos::prelude::*;

/// The table.
#[component]
pub fn Table(
    lang: Signal<Lang>,
    route: RwSignal<Route>,
    files: InboxFiles,
    shown: Memo<Vec<Received>>,
    sort: RwSignal<Option<(SortKey, bool)>>,
    chosen: RwSignal<Vec<usize>>,
) -> impl IntoView {
    let head = move |key: SortKey, ja: &'static str, en: &'static str| {
        let order = move || match sort.get() {
            Some((k, false)) if k == key => "ascending",
            Some((k, true)) if k == key => "descending",
            _ => "none",
        };
        view! {
            <th scope="col" aria-sort=order>
                <button type="button" class="link inbox__sort" data-sort=format!("{key:?}")
                    on:click=move |_| sort.update(|s| *s = match *s {
                        Some((k, false)) if k == key => Some((key, true)),
                        _ => Some((key, false)),
                    })>
                    {move || lang.get().pick(ja, en)}
                </button>
            </th>
        }
    };
    let reading = use_context::<Reading>();
    let open = move |r: &Received| {
        if let Some(Reading(signal)) = reading {
            signal.set(Some(Open {
                file_name: r.file_name.clone(),
                imported: r.imported.clone(),
            }));
        }
        go(route, Route::Read);
    };
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="inbox-caption">
            <table class="inbox__table" data-testid="inbox-table">
                <caption id="inbox-caption">{move || lang.get().pick("受け取った申告書", "Declarations received")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || lang.get().pick("比較", "Compare")}</th>
                        {head(SortKey::File, "ファイル", "File")}
                        <th scope="col">{move || lang.get().pick("操作", "Action")}</th>
                        {head(SortKey::Municipality, "市区町村", "Municipality")}
                        {head(SortKey::Contractor, "受託者", "Contractor")}
                        {head(SortKey::Date, "申告日", "Declared")}
                        {head(SortKey::Overall, "総合判定", "Overall")}
                        {CondId::ALL.into_iter().map(|c| view! {
                            <th scope="col"><abbr title=move || c.title(lang.get())>{c.as_str()}</abbr></th>
                        }).collect_view()}
                        {head(SortKey::NotMet, "不適合", "Not met")}
                        <th scope="col">{move || lang.get().pick("改変の有無", "Integrity")}</th>
                        <th scope="col">{move || lang.get().pick("期限が近い証明書", "About to lapse")}</th>
                        <th scope="col">{move || lang.get().pick("未解決の照会", "Open questions")}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || shown.get() key=|r| r.n children=move |r: Received| {
                        let row = r.row.clone();
                        let n = r.n;
                        let not_met = row.conditions.iter().filter(|c| c.status == Status::NotMet).count();
                        let decl_id = row.id.clone();
                        let questions = move || files.open_questions(&decl_id);
                        let integrity = row.integrity;
                        let name = r.file_name.clone();
                        let label_name = name.clone();
                        let open_name = name.clone();
                        let checked = move || chosen.with(|c| c.contains(&n));
                        let toggle = move |_| chosen.update(|c| {
                            if let Some(i) = c.iter().position(|x| *x == n) {
                                c.remove(i);
                            } else {
                                c.push(n);
                            }
                        });
                        let (overall, row_e) = (row.overall, row.clone());
                        let r2 = r.clone();
                        view! {
                            <tr data-file=name.clone() data-testid="inbox-row">
                                <td>
                                    <input type="checkbox" prop:checked=checked on:change=toggle
                                        aria-label=move || match lang.get() {
                                            Lang::Ja => format!("{label_name}を比較に使う"),
                                            Lang::En => format!("Compare {label_name}"),
                                        }/>
                                </td>
                                <th scope="row" class="inbox__file">{r.file_name.clone()}</th>
                                <td>
                                    <button type="button" class="button button--secondary button--small" data-testid="inbox-open"
                                        on:click=move |_| open(&r2)>
                                        {move || lang.get().pick("開く", "Open")}
                                        <span class="visually-hidden">{format!("（{}）", open_name)}</span>
                                    </button>
                                </td>
                                <td>{row.municipality.clone()}</td>
                                <td>{row.contractor.clone()}</td>
                                <td>{row.declaration_date.clone()}</td>
                                // 総合判定: never 適合 for an incomplete file (未完了 with its count).
                                <td data-complete=row.complete.to_string() data-overall=row.overall.as_str()>
                                    <span class=badge_class(Some(match row.overall {
                                        Overall::Met => Status::Met,
                                        Overall::NotMet => Status::NotMet,
                                        Overall::Incomplete { .. } => Status::Unanswered,
                                    }))>{move || overall.label(lang.get())}</span>
                                </td>
                                {row.conditions.iter().map(|c| {
                                    let s = c.status;
                                    view! {
                                        <td data-condition=c.id.as_str() data-status=s.as_str()>
                                            <span class=badge_class(Some(s))>{move || s.label(lang.get())}</span>
                                        </td>
                                    }
                                }).collect_view()}
                                <td data-testid="inbox-not-met">{not_met}</td>
                                // The reviewer's words, as in the reader and the print: a file
                                // without a hash is not "not changed".
                                <td data-integrity=integrity.as_str()
                                    class:inbox__changed=integrity == IntegrityState::Mismatch>
                                    {move || integrity.words().pick(lang.get()).to_string()}</td>
                                <td data-testid="inbox-expiring">{move || row_e.expiring.iter().map(|e| match lang.get() {
                                    Lang::Ja => format!("{}：{}まで", e.condition.as_str(), e.valid_until),
                                    Lang::En => format!("{}: until {}", e.condition.as_str(), e.valid_until),
                                }).collect::<Vec<_>>().join("、")}</td>
                                <td data-testid="inbox-questions">{move || match questions() {
                                    Some(q) => match lang.get() {
                                        Lang::Ja => format!("{q}件"),
                                        Lang::En => q.to_string(),
                                    },
                                    None => "—".to_string(),
                                }}</td>
                            </tr>
                        }
                    }/>
                </tbody>
            </table>
        </div>
    }
}
