//! 受付一覧 (`#/inbox`): the reviewer drops or picks any number of declaration files (and
//! review files) and sees one row per declaration — municipality, contractor, declaration
//! date, complete or not, each condition's state, integrity, certificates about to lapse
//! and open questions — sorts by a column, filters (e.g. only 不適合), opens a row in the
//! reader (which links back here, the filter, sort and scroll as they were left), saves the
//! table as CSV in the words a city files (the same as `declaration-check --format csv`,
//! files that could not be read included), and compares two versions of a declaration (the
//! change list between two received files). The files are kept in this browser across
//! reloads until the list is emptied, which can be undone. Nothing here is copied into the
//! reviewer's drafts.
//!
//! | part | owns |
//! |---|---|
//! | this file | the page: picking files, the filter, CSV, clearing |
//! | `state` | [`InboxFiles`]: the files taken (kept in this browser), their rows, the review files beside them, the files refused, the table's view |
//! | `table` | the table, its sorting, opening a row, choosing two to compare |
//! | `compare` | the change list between the two files chosen |

mod compare;
mod state;
mod table;

pub use state::{shared, InboxFiles};

use crate::components::{FilePick, PickWords, Picked};
use crate::route::Route;
use declaration::inbox::{self, CsvWords, Filter};
use declaration::Lang;
use leptos::prelude::*;

const FILES: PickWords = PickWords {
    label: ("申告書ファイル（JSON）を追加する（複数可）", "Add declaration files (JSON, several at once)"),
    hint: (
        "受け取った申告書ファイルを複数まとめて選ぶか、ここにドロップしてください。照会事項ファイルも一緒に入れると、未解決の照会の件数が表示されます。ファイルはこの端末の中だけで読み取られ、下書きには保存されません。",
        "Choose or drop any number of declaration files received. Add review files too, to see the open questions. Files are read on this device only and never go into your drafts.",
    ),
};

/// The page.
#[component]
pub fn Inbox(lang: Signal<Lang>, route: RwSignal<Route>) -> impl IntoView {
    let files = shared();
    files.restore();
    let start = files.view.get_value();
    // Coming back from a row opened in the reader: that row's 「開く」 takes the focus and
    // the page is where it was left; otherwise the heading, as on every page.
    let back_to = start.opened;
    if back_to.is_none() {
        crate::route::focus_heading();
    }
    let filter = RwSignal::new(start.filter);
    let sort = RwSignal::new(start.sort);
    Effect::new(move |_| {
        let (f, s) = (filter.get(), sort.get());
        files.view.update_value(|v| {
            v.filter = f;
            v.sort = s;
        });
    });
    let chosen = RwSignal::new(Vec::<usize>::new());
    let on_file = Callback::new(move |p: Picked| {
        files.forget_undo();
        files.take(&p.file_name, &p.bytes).err()
    });
    let shown = Memo::new(move |_| {
        let f = filter.get();
        let mut rows: Vec<state::Received> = files
            .files
            .get()
            .into_iter()
            .filter(|r| f.keeps(&r.row))
            .collect();
        if let Some((key, desc)) = sort.get() {
            inbox::sort(&mut rows, |r| &r.row, key, desc);
        }
        rows
    });
    // Where the page and the table were scrolled: back there once the rows are drawn, and
    // kept when the page is left (a row opened in the reader).
    request_animation_frame(move || {
        let at = files.view.get_value().scroll;
        if let Some(n) = back_to {
            crate::document::focus_id(&format!("inbox-open-{n}"));
            files.view.update_value(|v| v.opened = None);
        }
        state::scroll_back(at);
    });
    // Left by another way (the menu, the browser's back): where it was, if the page is
    // still there to ask.
    on_cleanup(move || {
        if files.view.with_value(|v| v.opened.is_some()) {
            return;
        }
        if document().get_element_by_id("inbox-scroll").is_some() {
            let at = state::scroll_now();
            files.view.update_value(|v| v.scroll = at);
        }
    });
    let on_csv = move |_| {
        let rows: Vec<_> = shown.with_untracked(|s| s.iter().map(|r| (*r.row).clone()).collect());
        let refused = files.refused.get_untracked();
        let text = inbox::to_csv(&rows, &refused, CsvWords::Japanese);
        let _ = crate::draft::download("受付一覧.csv", &text, "text/csv;charset=utf-8");
    };
    let count = move || files.files.with(Vec::len);
    let on_clear = move |_| {
        chosen.set(Vec::new());
        files.clear();
        request_animation_frame(|| {
            crate::document::focus_id("inbox-undo");
        });
    };
    view! {
        <div class="inbox">
            <h1 tabindex="-1">{move || lang.get().pick("受付一覧", "Received files")}</h1>
            <p class="lead">{move || lang.get().pick(
                "受け取った申告書をまとめて一覧にし、条件ごとの判定、改変の有無、期限が近い証明書、未解決の照会を比べます。行の「開く」で申告書を読めます。",
                "List the declarations received side by side: each condition's verdict, integrity, certificates about to lapse and open questions. “Open” on a row reads that declaration.",
            )}</p>
            <FilePick lang=lang on_file=on_file id="inbox-files" words=FILES multiple=true/>
            <p class="hint" data-testid="inbox-kept">{move || lang.get().pick(
                "受け取ったファイルは、「一覧を空にする」まで、このブラウザに保存されます（合計約2MBまで）。",
                "The files stay in this browser until you empty the list (about 2 MB in all).",
            )}</p>
            <Show when=move || { files.unkept.get() > 0 }>
                <p class="alert alert--warning" role="status" data-testid="inbox-unkept">{move || match lang.get() {
                    Lang::Ja => format!("{}件のファイルは、保存できる容量を超えたため、このブラウザに保存されていません。ページを再読み込みすると一覧から消えます。必要なファイルは手元に残しておいてください。", files.unkept.get()),
                    Lang::En => format!("{} files are past what this browser can keep: they leave the list when the page is reloaded. Keep your own copies.", files.unkept.get()),
                }}</p>
            </Show>
            {move || files.cleared_count().map(|n| view! {
                <div class="alert alert--info" role="status" data-testid="inbox-cleared">
                    {move || match lang.get() {
                        Lang::Ja => format!("一覧を空にしました（ファイル{n}件）。"),
                        Lang::En => format!("The list was emptied ({n} files)."),
                    }}
                    " "
                    <button type="button" class="button button--secondary button--small" id="inbox-undo"
                        data-testid="inbox-undo" on:click=move |_| {
                            files.undo_clear();
                            // The focus goes to the table put back, not to the top of the page.
                            request_animation_frame(|| {
                                crate::document::focus_id("inbox-scroll");
                            });
                        }>
                        {move || lang.get().pick("元に戻す", "Undo")}
                    </button>
                </div>
            })}
            <Refused lang=lang files=files/>
            <Show when=move || { count() > 0 } fallback=move || view! {
                <p data-testid="inbox-empty">{move || lang.get().pick("まだファイルがありません。", "No files yet.")}</p>
            }>
                <div class="inbox__tools">
                    <div class="field">
                        <label class="field__label" for="inbox-filter">{move || lang.get().pick("表示する申告書", "Show")}</label>
                        <select id="inbox-filter" on:change=move |ev| filter.set(Filter::parse(&event_target_value(&ev)))>
                            {Filter::ALL.into_iter().map(|f| view! {
                                <option value=f.as_str() prop:selected=move || filter.get() == f>{move || f.label(lang.get())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <SameContent lang=lang files=files sort=sort/>
                    <p role="status" data-testid="inbox-count">{move || {
                        let (n, all) = (shown.with(Vec::len), count());
                        match lang.get() {
                            Lang::Ja => format!("{all}件中 {n}件を表示"),
                            Lang::En => format!("Showing {n} of {all}"),
                        }
                    }}</p>
                </div>
                <table::Table lang=lang route=route files=files shown=shown sort=sort chosen=chosen/>
                <div class="button-group">
                    <button type="button" class="button button--secondary" data-testid="inbox-csv" on:click=on_csv>
                        {move || lang.get().pick("表示中の一覧をCSVで保存", "Save the rows shown as CSV")}
                    </button>
                    <button type="button" class="button button--warning" data-testid="inbox-clear" on:click=on_clear>
                        {move || lang.get().pick("一覧を空にする", "Clear the list")}
                    </button>
                </div>
                <compare::Compare lang=lang files=files chosen=chosen/>
            </Show>
        </div>
    }
}

/// The groups of files with the same body — one declaration sent to several municipalities
/// (「同一内容A 29件」) — and a button that puts each group's rows together; nothing while
/// every file's body is its own.
#[component]
fn SameContent(
    lang: Signal<Lang>,
    files: InboxFiles,
    sort: RwSignal<Option<(inbox::SortKey, bool)>>,
) -> impl IntoView {
    let groups = Memo::new(move |_| {
        files.files.with(|all| {
            let rows: Vec<&inbox::Row> = all.iter().map(|f| &*f.row).collect();
            let mut groups: Vec<(usize, usize)> =
                inbox::same_bodies(&rows).into_iter().flatten().collect();
            groups.sort();
            groups.dedup();
            groups
        })
    });
    move || {
        let list = groups.get();
        (!list.is_empty()).then(|| {
            let words = move || {
                let l = lang.get();
                let each: Vec<String> = list
                    .iter()
                    .map(|&(g, n)| match l {
                        Lang::Ja => format!("{}（{n}件）", inbox::group_letter(g)),
                        Lang::En => format!("{} ({n} files)", inbox::group_letter(g)),
                    })
                    .collect();
                match l {
                    Lang::Ja => format!("本文が同じファイル（同一内容）：{}。", each.join("、")),
                    Lang::En => format!("Files with the same body (same content): {}.", each.join(", ")),
                }
            };
            view! {
                <p data-testid="inbox-same-summary">
                    {words} " "
                    <button type="button" class="button button--secondary button--small" data-sort="Body"
                        on:click=move |_| sort.set(Some((inbox::SortKey::Body, false)))>
                        {move || lang.get().pick("同一内容ごとに並べる", "Group them")}
                    </button>
                </p>
            }
        })
    }
}

/// The files that could not be read, each with why (they are rows of the CSV too).
#[component]
fn Refused(lang: Signal<Lang>, files: InboxFiles) -> impl IntoView {
    move || {
        let list = files.refused.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|(name, why)| {
                    view! {
                        <li><strong>{name}</strong>{move || lang.get().pick("：", ": ")}{move || why.pick(lang.get()).to_string()}</li>
                    }
                })
                .collect_view();
            view! {
                <div class="alert alert--warning" data-testid="inbox-refused">
                    <h2>{move || lang.get().pick("読み取れなかったファイル", "Files that could not be read")}</h2>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}
