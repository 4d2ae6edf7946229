//! The save bar under the header: which draft is open (its name), the autosave status
//! (`role="status"`, announcing only 保存しました / 保存できませんでした; the 「保存しています…」
//! shown between a change and its save is not announced), when the draft
//! was last exported, a nudge to export when the browser's copy may not last, and
//! 「ファイルに書き出す」 at any stage. On a small screen it folds to its status line and
//! 「保存の詳細」, which opens the rest. Before a new draft is first saved it shows only its
//! (empty) status line. The alerts about saving live in [`trouble`].

mod trouble;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

pub use trouble::Troubles;

use crate::draft::local_time;
use crate::store::{SaveStatus, Session};
use crate::widgets::ErrorMessage;
use declaration::words::Words;
use declaration::Lang;
use leptos::prelude::*;

/// Days after which an export counts as old and the bar nudges again.
const EXPORT_OLD_DAYS: f64 = 7.0;

/// How long ago an RFC 3339 time was, in days (`None` if unreadable).
fn days_since(rfc3339: &str) -> Option<f64> {
    let then = js_sys::Date::parse(rfc3339);
    (!then.is_nan()).then(|| (js_sys::Date::now() - then) / 86_400_000.0)
}

/// The status words for the `role="status"` line.
fn status_words(status: &SaveStatus, lang: Lang) -> String {
    match (status, lang) {
        (SaveStatus::Quiet, _) => String::new(),
        // Shown, not announced (see the status line below).
        (SaveStatus::Pending, _) => String::new(),
        (SaveStatus::Saved(t), Lang::Ja) => format!("保存しました {t}"),
        (SaveStatus::Saved(t), Lang::En) => format!("Saved {t}"),
        (SaveStatus::Failed(why), Lang::Ja) => format!("保存できませんでした — {}", why.ja),
        (SaveStatus::Failed(why), Lang::En) => format!("Not saved — {}", why.en),
        (SaveStatus::Followed(t), Lang::Ja) => {
            format!("別のタブで保存された内容を読み込みました {t}")
        }
        (SaveStatus::Followed(t), Lang::En) => {
            format!("Loaded the version saved in another tab {t}")
        }
    }
}

/// The save bar.
#[component]
pub fn SaveBar(session: Session) -> impl IntoView {
    let lang = session.form.lang;
    let failed = move || matches!(session.status.get(), SaveStatus::Failed(_));
    let export_error = RwSignal::new(None::<String>);
    let on_export = move |_| {
        crate::store::export_form(session.form, move |outcome| {
            export_error.set(outcome.err());
        })
    };
    let exported = move || match (session.exported_at.get(), lang.get()) {
        (Some(t), Lang::Ja) => format!("最後の書き出し：{}", local_time(&t)),
        (Some(t), Lang::En) => format!("Last exported: {}", local_time(&t)),
        (None, l) => l
            .pick(
                "まだファイルに書き出していません",
                "Not exported to a file yet",
            )
            .into(),
    };
    let open = RwSignal::new(false);
    // Whether the browser's copy may not last and no recent export keeps it.
    let needs_look = move || {
        let old = session
            .exported_at
            .get()
            .and_then(|t| days_since(&t))
            .is_none_or(|d| d > EXPORT_OLD_DAYS);
        session.revision.get().is_some() && old && session.persisted.get() != Some(true)
    };
    let nudge = move || {
        needs_look().then(|| {
            view! {
                <p class="save-bar__nudge" data-testid="export-nudge">{move || lang.get().pick(
                    "ブラウザ内の下書きは、ブラウザの設定や空き容量によって消えることがあります。ファイルに書き出して保管してください。",
                    "Drafts in the browser can be deleted by the browser's settings or lack of space. Export the file and keep it.",
                )}</p>
            }
        })
    };
    view! {
        // A draft not saved yet and not being saved (a first visit's blank form): no name,
        // no 「まだ書き出していません」 — nothing to say about a draft that is not there yet.
        <div class="save-bar" class:save-bar--open=move || open.get()
            class:save-bar--new=move || session.revision.get().is_none() && session.status.get() == SaveStatus::Quiet>
            <button type="button" class="save-bar__more" aria-expanded=move || open.get().to_string()
                aria-controls="save-bar-details" on:click=move |_| open.update(|o| *o = !*o)>
                {move || match (open.get(), needs_look(), lang.get()) {
                    (true, _, l) => l.pick("保存の詳細を閉じる", "Hide saving details"),
                    (false, true, l) => l.pick("保存の詳細（要確認）", "Saving details (check)"),
                    (false, false, l) => l.pick("保存の詳細", "Saving details"),
                }}
            </button>
            <p class="save-bar__name" data-testid="draft-name" id="save-bar-details">
                <span class="save-bar__label">{move || lang.get().pick("編集中の下書き：", "Draft: ")}</span>
                {move || session.name(lang.get())}
            </p>
            <p role="status" class="save-bar__status" class:save-bar__status--failed=failed
                data-testid="save-status">
                {move || status_words(&session.status.get(), lang.get())}
                // Between a change and its save the line must not go on saying 保存しました;
                // what it says instead is for the eye only, so a screen reader hears no
                // "saving…" after every pause, just 保存しました when it is true.
                {move || (session.status.get() == SaveStatus::Pending).then(|| view! {
                    <span aria-hidden="true">{move || lang.get().pick("保存しています…", "Saving…")}</span>
                })}
            </p>
            <p class="save-bar__exported" data-testid="exported-at">{exported}</p>
            <button type="button" class="button button--secondary save-bar__export"
                data-testid="export-any" on:click=on_export>
                {move || lang.get().pick("ファイルに書き出す", "Export to a file")}
            </button>
            {nudge}
            <ErrorMessage id="export-error" lang=lang alert=true messages=Signal::derive(move || {
                export_error.get().map(|why| Words::new(
                    format!("ファイルに書き出せませんでした。理由：{why}"),
                    format!("The file could not be exported. Reason: {why}"),
                )).into_iter().collect::<Vec<_>>()
            })/>
        </div>
    }
}
