//! 受付一覧 (`#/inbox`): the reviewer drops or picks any number of declaration files (and
//! review files) and sees one row per declaration — municipality, contractor, declaration
//! date, complete or not, each condition's state, integrity, certificates about to lapse
//! and open questions — sorts by a column, filters (e.g. only 不適合), opens a row in the
//! reader, saves the table as CSV (the same as `declaration-check --format csv`), and
//! compares two versions of a declaration (the change list between two received files).
//! Nothing here is copied into the reviewer's drafts.
//!
//! | part | owns |
//! |---|---|
//! | this file | the page: picking files, the filter, CSV, clearing |
//! | `state` | [`InboxFiles`]: the files taken, their rows, the review files beside them |
//! | `table` | the table, its sorting, opening a row, choosing two to compare |
//! | `compare` | the change list between the two files chosen |

mod compare;
mod state;
mod table;

pub use state::InboxFiles;

use crate::components::{FilePick, PickWords, Picked};
use crate::route::Route;
use declaration::inbox::{self, Filter, SortKey};
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
    crate::route::focus_heading();
    let files = use_context::<InboxFiles>().unwrap_or_default();
    let filter = RwSignal::new(Filter::All);
    let sort = RwSignal::new(None::<(SortKey, bool)>);
    let chosen = RwSignal::new(Vec::<usize>::new());
    let on_file = Callback::new(move |p: Picked| files.take(&p.file_name, &p.bytes).err());
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
    let on_csv = move |_| {
        let rows: Vec<_> = shown.with_untracked(|s| s.iter().map(|r| (*r.row).clone()).collect());
        let text = inbox::to_csv(&rows);
        let _ = crate::draft::download("受付一覧.csv", &text, "text/csv;charset=utf-8");
    };
    let count = move || files.files.with(Vec::len);
    view! {
        <div class="inbox">
            <h1 tabindex="-1">{move || lang.get().pick("受付一覧", "Received files")}</h1>
            <p class="lead">{move || lang.get().pick(
                "受け取った申告書をまとめて一覧にし、条件ごとの判定、改変の有無、期限が近い証明書、未解決の照会を比べます。行の「開く」で申告書を読めます。",
                "List the declarations received side by side: each condition's verdict, integrity, certificates about to lapse and open questions. “Open” on a row reads that declaration.",
            )}</p>
            <FilePick lang=lang on_file=on_file id="inbox-files" words=FILES multiple=true/>
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
                    <button type="button" class="button button--warning" on:click=move |_| { chosen.set(Vec::new()); files.clear(); }>
                        {move || lang.get().pick("一覧を空にする", "Clear the list")}
                    </button>
                </div>
                <compare::Compare lang=lang files=files chosen=chosen/>
            </Show>
        </div>
    }
}
