//! The alerts about saving (`role="alert"`), each saying what happened in plain words and
//! offering a way out that loses nothing: storage refused at start (keep working, export),
//! a stored record that cannot be read (download its raw text; it is never deleted), a
//! refused write such as a full storage (export; the next change retries), and another
//! tab's newer version (keep both, take theirs, or export).

use crate::store::{Session, Trouble};
use declaration::words::Words;
use declaration::Lang;
use leptos::prelude::*;

/// A downloadable name for the raw text of an unreadable record.
fn raw_file_name(key: &str) -> String {
    let safe: String = key
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("読み取れない下書き_{safe}.txt")
}

/// The export button every alert offers.
#[component]
fn ExportButton(session: Session) -> impl IntoView {
    let lang = session.form.lang;
    view! {
        <button type="button" class="button button--secondary" data-testid="trouble-export"
            on:click=move |_| crate::store::export_form(session.form, |_| {})>
            {move || lang.get().pick("入力中の内容をファイルに書き出す", "Export what you have typed to a file")}
        </button>
    }
}

/// The alert for another tab's newer version (or its deletion).
#[component]
fn Elsewhere(session: Session, trouble: Trouble) -> impl IntoView {
    let lang = session.form.lang;
    let deleted = trouble == Trouble::DeletedElsewhere;
    let what = move || {
        match (deleted, lang.get()) {
        (true, l) => l.pick(
            "この下書きが、このブラウザの保存領域から消えています（別のタブで削除されたか、ブラウザのデータが消去されました）。このタブの内容はまだ残っています。",
            "This draft is gone from the browser's storage (deleted in another tab, or the browser's data was cleared). What this tab shows is still here.",
        ),
        (false, l) => l.pick(
            "別のタブ（またはウィンドウ）で、この下書きの新しい版が保存されました。上書きしないよう、このタブからの保存を止めています。",
            "A newer version of this draft was saved in another tab or window. To avoid overwriting it, this tab has stopped saving.",
        ),
    }
    };
    view! {
        <p>{what}</p>
        <div class="button-group">
            <button type="button" class="button" data-testid="keep-both"
                on:click=move |_| session.save_as_copy()>
                {move || lang.get().pick("このタブの内容を別の下書きとして保存", "Save this tab's version as a separate draft")}
            </button>
            {(!deleted).then(|| view! {
                <button type="button" class="button button--secondary" data-testid="take-theirs"
                    on:click=move |_| session.take_theirs()>
                    {move || lang.get().pick(
                        "新しい版を読み込む（このタブの未保存の変更は破棄）",
                        "Load the newer version (this tab's unsaved changes are dropped)",
                    )}
                </button>
            })}
            <ExportButton session=session/>
        </div>
    }
}

/// Every alert about saving, above the page.
#[component]
pub fn Troubles(session: Session) -> impl IntoView {
    let lang = session.form.lang;
    let unavailable = move || {
        session.unavailable.get().map(|e| {
            view! {
                <div class="alert" role="alert" data-testid="storage-unavailable">
                    <p>{move || e.words().pick(lang.get()).to_string()}</p>
                    <ExportButton session=session/>
                </div>
            }
        })
    };
    let unreadable = move || {
        session.unreadable.get().into_iter().map(|u| {
            let name = raw_file_name(&u.key);
            let raw = u.raw.clone();
            let Words { ja, en } = u.message.clone();
            view! {
                <div class="alert" role="alert" data-testid="unreadable">
                    <p>{move || match lang.get() {
                        Lang::Ja => format!("保存されていた下書きの一つが読み取れませんでした（{ja}）。元のデータは消さずに残してあります。ダウンロードして保管するか、作成した方に相談してください。"),
                        Lang::En => format!("One stored draft could not be read ({en}). Its data has been kept as it was. Download it and keep it, or ask whoever made it."),
                    }}</p>
                    <button type="button" class="button button--secondary" data-testid="download-raw"
                        on:click=move |_| { let _ = crate::draft::download(&name, &raw, "text/plain"); }>
                        {move || lang.get().pick("元のデータをダウンロード", "Download the stored data")}
                    </button>
                </div>
            }
        }).collect_view()
    };
    let trouble = move || {
        session.trouble.get().map(|t| match t {
            Trouble::Refused(e) => view! {
                <div class="alert" role="alert" data-testid="save-refused">
                    <p>{move || e.words().pick(lang.get()).to_string()}</p>
                    <p>{move || lang.get().pick(
                        "入力した内容はこの画面に残っています。次に入力したときに、もう一度保存を試みます。",
                        "What you typed is still on this page. Saving is tried again at your next change.",
                    )}</p>
                    <ExportButton session=session/>
                </div>
            }
            .into_any(),
            Trouble::Conflict | Trouble::ChangedElsewhere | Trouble::DeletedElsewhere => view! {
                <div class="alert" role="alert" data-testid="changed-elsewhere">
                    <Elsewhere session=session trouble=t/>
                </div>
            }
            .into_any(),
        })
    };
    view! { <div class="troubles">{unavailable}{unreadable}{trouble}</div> }
}
