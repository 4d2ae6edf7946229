//! The 受付一覧's table: one row per file shown, a header button per sortable column
//! (`aria-sort` says the order). It fits 1280 px: the file's name (with the box that
//! chooses it for comparing) stays in view when the table scrolls sideways, and the
//! conditions' states are marks (○ 適合, × 不適合, 未 未入力, − 対象外) whose words are in
//! each cell's accessible name and title, the header naming each condition. At a phone's
//! width each row is a card. Per row: 「開く」 (the file in the reader), the version among
//! the files of the same declaration, when it was exported (Japan time), and the open
//! questions, counted on the version reviewed.

use super::state::{InboxFiles, Received};
use crate::components::verdict_table::badge_class;
use crate::pages::read::{Open, Reading};
use crate::route::{go, Route};
use declaration::inbox::{self, SortKey};
use declaration::io::IntegrityState;
use declaration::verdict::{CondId, Overall, Status};
use declaration::Lang;
use leptos::prelude::*;

/// The mark of a condition's state in a cell.
fn mark(s: Status) -> &'static str {
    match s {
        Status::Met => "○",
        Status::NotMet => "×",
        Status::Unanswered => "未",
        Status::NotApplicable => "−",
    }
}

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
        // Where the table was left, taken before the reader replaces it.
        let at = super::state::scroll_now();
        files.view.update_value(|v| {
            v.opened = Some(r.n);
            v.scroll = at;
        });
        if let Some(Reading(signal)) = reading {
            signal.set(Some(Open {
                file_name: r.file_name.clone(),
                imported: r.imported.clone(),
                from_inbox: true,
            }));
        }
        go(route, Route::Read);
    };
    // The version of each file among those of its declaration (by export time).
    let versions = Memo::new(move |_| {
        files.files.with(|all| {
            let rows: Vec<&declaration::inbox::Row> = all.iter().map(|f| &*f.row).collect();
            all.iter()
                .map(|f| f.n)
                .zip(inbox::versions(&rows))
                .collect::<Vec<_>>()
        })
    });
    let version_of =
        move |n: usize| versions.with(|v| v.iter().find(|(m, _)| *m == n).map(|(_, v)| *v));
    // The files of one body (the same declaration sent to several municipalities).
    let bodies = Memo::new(move |_| {
        files.files.with(|all| {
            let rows: Vec<&declaration::inbox::Row> = all.iter().map(|f| &*f.row).collect();
            all.iter()
                .map(|f| f.n)
                .zip(inbox::same_bodies(&rows))
                .collect::<Vec<_>>()
        })
    });
    let body_of =
        move |n: usize| bodies.with(|b| b.iter().find(|(m, _)| *m == n).and_then(|(_, g)| *g));
    view! {
        <div class="table-scroll inbox__scroll" id="inbox-scroll" tabindex="0" role="region" aria-labelledby="inbox-caption">
            <table class="inbox__table" data-testid="inbox-table">
                <caption id="inbox-caption">{move || lang.get().pick("受け取った申告書", "Declarations received")}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="inbox__file" aria-sort=move || match sort.get() {
                            Some((SortKey::File, false)) => "ascending",
                            Some((SortKey::File, true)) => "descending",
                            _ => "none",
                        }>
                            <button type="button" class="link inbox__sort" data-sort="File"
                                on:click=move |_| sort.update(|s| *s = match *s {
                                    Some((SortKey::File, false)) => Some((SortKey::File, true)),
                                    _ => Some((SortKey::File, false)),
                                })>
                                {move || lang.get().pick("ファイル", "File")}
                            </button>
                            <span class="inbox__compare-hint">{move || lang.get().pick("（☑で比較）", " (☑ to compare)")}</span>
                        </th>
                        <th scope="col">{move || lang.get().pick("操作", "Action")}</th>
                        {head(SortKey::Municipality, "団体", "Municipality")}
                        {head(SortKey::Contractor, "受託者", "Contractor")}
                        {head(SortKey::Date, "申告日", "Declared")}
                        {head(SortKey::Exported, "書き出し日時", "Exported")}
                        {head(SortKey::Overall, "総合判定", "Overall")}
                        {CondId::ALL.into_iter().map(|c| view! {
                            <th scope="col" class="inbox__cond" aria-label=move || format!("{} {}", c.as_str(), c.title(lang.get()))>
                                <abbr title=move || c.title(lang.get())>{c.as_str()}</abbr>
                            </th>
                        }).collect_view()}
                        {head(SortKey::NotMet, "不適合", "Not met")}
                        <th scope="col">{move || lang.get().pick("改変の確認", "Integrity")}</th>
                        {head(SortKey::Expiring, "期限", "Lapsing")}
                        <th scope="col">{move || lang.get().pick("未解決の照会", "Open questions")}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || shown.get() key=|r| r.n children=move |r: Received| {
                        let row = r.row.clone();
                        let n = r.n;
                        let not_met = row.conditions.iter().filter(|c| c.status == Status::NotMet).count();
                        let decl_id = row.id.clone();
                        let sha = r.sha256.clone();
                        // Counted on the version reviewed when it is in the list; on every
                        // version of the declaration otherwise.
                        let questions = {
                            let decl_id = decl_id.clone();
                            move || {
                                let reviewed = files.reviewed_version(&decl_id);
                                let listed = reviewed.as_ref().is_some_and(|v| {
                                    files.files.with(|all| all.iter().any(|f| f.sha256.eq_ignore_ascii_case(v)))
                                });
                                match reviewed {
                                    Some(v) if listed && !v.eq_ignore_ascii_case(&sha) => None,
                                    _ => files.open_questions(&decl_id),
                                }
                            }
                        };
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
                        let exported = row.exported_at.as_deref().map(declaration::time::jst).unwrap_or_default();
                        let label = move |ja: &'static str, en: &'static str| move || lang.get().pick(ja, en);
                        view! {
                            <tr data-file=name.clone() data-n=n data-testid="inbox-row">
                                <th scope="row" class="inbox__file">
                                    <input type="checkbox" class="inbox__pick" prop:checked=checked on:change=toggle
                                        aria-label=move || match lang.get() {
                                            Lang::Ja => format!("{label_name}を比較に使う"),
                                            Lang::En => format!("Compare {label_name}"),
                                        }/>
                                    <span class="inbox__name">{r.file_name.clone()}</span>
                                    {move || version_of(n).filter(|(_, of)| *of > 1).map(|(v, of)| view! {
                                        <span class="tag inbox__version" data-testid="inbox-version">{move || match lang.get() {
                                            Lang::Ja => format!("版 {v}/{of}{}", if v == of { "（最新）" } else { "" }),
                                            Lang::En => format!("version {v} of {of}{}", if v == of { " (latest)" } else { "" }),
                                        }}</span>
                                    })}
                                    {move || body_of(n).map(|(group, of)| {
                                        let letter = inbox::group_letter(group);
                                        let data = letter.clone();
                                        view! {
                                            <span class="tag" data-testid="inbox-same" data-group=data>{move || match lang.get() {
                                                Lang::Ja => format!("同一内容{letter}（{of}件）"),
                                                Lang::En => format!("same content {letter} ({of} files)"),
                                            }}</span>
                                        }
                                    })}
                                </th>
                                <td data-label=label("操作", "Action")>
                                    <button type="button" class="button button--secondary button--small" id=format!("inbox-open-{n}") data-testid="inbox-open"
                                        on:click=move |_| open(&r2)>
                                        {move || lang.get().pick("開く", "Open")}
                                        <span class="visually-hidden">{format!("（{}）", open_name)}</span>
                                    </button>
                                </td>
                                <td data-label=label("団体", "Municipality")>{row.municipality.clone()}</td>
                                <td data-label=label("受託者", "Contractor")>{row.contractor.clone()}</td>
                                <td class="inbox__date" data-label=label("申告日", "Declared")>{row.declaration_date.clone()}</td>
                                <td data-label=label("書き出し日時", "Exported") data-testid="inbox-exported">{exported}</td>
                                // 総合判定: never 適合 for an incomplete file (未完了 with its count).
                                <td data-label=label("総合判定", "Overall") data-complete=row.complete.to_string() data-overall=row.overall.as_str()>
                                    <span class=badge_class(Some(match row.overall {
                                        Overall::Met => Status::Met,
                                        Overall::NotMet => Status::NotMet,
                                        Overall::Incomplete { .. } => Status::Unanswered,
                                    }))>{move || overall.label(lang.get())}</span>
                                </td>
                                {row.conditions.iter().map(|c| {
                                    let (s, id) = (c.status, c.id);
                                    let words = move || format!("{} {}：{}", id.as_str(), id.title(lang.get()), s.label(lang.get()));
                                    view! {
                                        <td class="inbox__cond" data-label=id.as_str() data-condition=id.as_str() data-status=s.as_str()>
                                            <span class=badge_class(Some(s)) title=words aria-hidden="true">{mark(s)}</span>
                                            <span class="visually-hidden">{words}</span>
                                        </td>
                                    }
                                }).collect_view()}
                                <td data-label=label("不適合", "Not met") data-testid="inbox-not-met">{not_met}</td>
                                // The reviewer's words, as in the reader and the print: a file
                                // without a hash is not "not changed".
                                <td data-label=label("改変の確認", "Integrity") data-integrity=integrity.as_str()
                                    class="inbox__integrity" class:inbox__changed=integrity == IntegrityState::Mismatch>
                                    {move || integrity.words().pick(lang.get()).to_string()}</td>
                                <td data-label=label("期限", "Lapsing") data-testid="inbox-expiring">{move || {
                                    let l = lang.get();
                                    row_e.lapsing.iter().map(|e| e.short(l)).collect::<Vec<_>>().join(l.pick("、", "; "))
                                }}</td>
                                <td data-label=label("未解決の照会", "Open questions") data-testid="inbox-questions">{move || match questions() {
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
