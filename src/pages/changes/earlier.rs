//! Choosing the earlier version to compare with: a declaration file (the shared
//! [`FileOpen`], under its own ids `changes-file-…`), or one of the saved snapshots of the
//! draft being edited, and the button that saves a snapshot of it now (so the version handed
//! in can be kept). Snapshots need the draft session; without one (storage refused, tests)
//! only the file can be chosen.

use super::state::{ChangesState, Earlier};
use crate::components::{FileOpen, Opened};
use crate::draft::local_time;
use crate::store::{drafts, SaveStatus, Session};
use crate::widgets::ErrorMessage;
use declaration::drafts::SnapshotSummary;
use declaration::words::Words;
use declaration::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// A snapshot's name in the list and in the comparison line.
fn snapshot_name(s: &SnapshotSummary, lang: Lang) -> String {
    let when = local_time(&s.taken_at);
    match lang {
        Lang::Ja => format!("スナップショット {}（{when} 保存）", s.n),
        Lang::En => format!("Snapshot {} (saved {when})", s.n),
    }
}

/// The two ways of choosing the earlier version.
#[component]
pub fn ChooseEarlier(state: ChangesState) -> impl IntoView {
    let lang = state.form.lang;
    let session = use_context::<Session>();
    let on_open = move |o: Opened| {
        state.set_earlier(Earlier {
            name: Words::new(
                format!("ファイル「{}」", o.file_name),
                format!("the file “{}”", o.file_name),
            ),
            declaration: Arc::new(o.imported.declaration),
            snapshot: None,
        });
    };
    view! {
        <section class="group changes__screen" aria-labelledby="changes-earlier-title">
            <h2 class="group__title" id="changes-earlier-title">
                {move || lang.get().pick("比べる以前の版", "The earlier version")}
            </h2>
            <p>{move || lang.get().pick(
                "以前に保存した申告書ファイルを開くか、この下書きのスナップショットを選んでください。",
                "Open a declaration file you saved before, or choose a snapshot of this draft.",
            )}</p>
            <FileOpen lang=lang on_open=on_open id="changes-file"/>
            {session.map(|session| view! { <Snapshots state=state session=session/> })}
        </section>
    }
}

/// The snapshots of the draft being edited, and the button that takes one.
#[component]
fn Snapshots(state: ChangesState, session: Session) -> impl IntoView {
    let lang = state.form.lang;
    let refresh = RwSignal::new(0u32);
    let chosen = move || state.earlier.with(|e| e.as_ref().and_then(|e| e.snapshot));
    let message = RwSignal::new(None::<Result<Words, Words>>);
    let list = Memo::new(move |_| {
        refresh.track();
        let id = session.id.get();
        drafts().and_then(|s| s.snapshots(&id)).unwrap_or_default()
    });
    let on_choose = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let Ok(n) = value.parse::<u32>() else { return };
        let id = session.id.get_untracked();
        let loaded = drafts()
            .map_err(Into::into)
            .and_then(|s| s.load_snapshot(&id, n));
        match loaded {
            Ok(loaded) => {
                let summary = list.with_untracked(|l| l.iter().find(|s| s.n == n).cloned());
                let name = match summary {
                    Some(s) => Words::new(snapshot_name(&s, Lang::Ja), snapshot_name(&s, Lang::En)),
                    None => Words::new(format!("スナップショット {n}"), format!("Snapshot {n}")),
                };
                message.set(None);
                state.set_earlier(Earlier {
                    name,
                    declaration: Arc::new(loaded.declaration),
                    snapshot: Some(n),
                });
            }
            Err(e) => message.set(Some(Err(e.words()))),
        }
    };
    let take = move |_| {
        let stored = session.revision.get_untracked().is_some() && !session.dirty();
        if !stored && !session.save() {
            let why = match session.status.get_untracked() {
                SaveStatus::Failed(why) => why,
                _ => Words::new("保存できませんでした", "It could not be saved"),
            };
            message.set(Some(Err(why)));
            return;
        }
        let id = session.id.get_untracked();
        let now = crate::draft::now_rfc3339();
        match drafts()
            .map_err(Into::into)
            .and_then(|mut s| s.snapshot(&id, &now))
        {
            Ok(n) => {
                message.set(Some(Ok(Words::new(
                    format!("現在の内容をスナップショット {n} として保存しました。"),
                    format!("What you have now was saved as snapshot {n}."),
                ))));
                refresh.update(|r| *r += 1);
            }
            Err(e) => message.set(Some(Err(e.words()))),
        }
    };
    let pick = move |w: &Words| w.pick(lang.get()).to_string();
    let failure = Signal::derive(move || {
        message
            .get()
            .and_then(Result::err)
            .into_iter()
            .collect::<Vec<_>>()
    });
    view! {
        <div class="field changes__snapshots">
            <label class="field__label" for="changes-snapshot">
                {move || lang.get().pick("この下書きのスナップショット", "Snapshots of this draft")}
            </label>
            <Show
                when=move || !list.with(Vec::is_empty)
                fallback=move || view! {
                    <p class="hint" id="changes-snapshot-none">{move || lang.get().pick(
                        "スナップショットはまだありません。提出した時点の内容を残すには、下のボタンで保存してください。",
                        "No snapshots yet. To keep the version you submit, save one with the button below.",
                    )}</p>
                }
            >
                <select id="changes-snapshot" on:change=on_choose>
                    <option value="" prop:selected=move || chosen().is_none()>
                        {move || lang.get().pick("選んでください", "Choose one")}
                    </option>
                    {move || list.get().into_iter().map(|s| {
                        let n = s.n;
                        view! {
                            <option value=n.to_string() prop:selected=move || chosen() == Some(n)>
                                {move || snapshot_name(&s, lang.get())}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </Show>
        </div>
        <button type="button" class="button button--secondary" id="changes-snapshot-take" on:click=take>
            {move || lang.get().pick("現在の内容をスナップショットとして保存", "Save what you have now as a snapshot")}
        </button>
        <div role="status">
            {move || message.get().and_then(Result::ok).map(|m| view! {
                <p class="status-message">{move || pick(&m)}</p>
            })}
        </div>
        <ErrorMessage id="changes-snapshot-error" lang=lang messages=failure alert=true/>
    }
}
