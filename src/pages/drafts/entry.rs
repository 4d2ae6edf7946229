//! One draft in the list: its name, times and state, and open / duplicate / rename /
//! delete. Renaming is a small form read on submit, so an IME composition is never cut.
//! Deleting keeps the raw record for 元に戻す; deleting the open draft starts a new one.

use crate::draft::local_time;
use crate::route::Route;
use crate::store::{drafts, Session};
use crate::widgets::{one, ErrorMessage};
use declaration::drafts::DraftSummary;
use declaration::words::Words;
use leptos::prelude::*;

/// A deleted draft that can still be brought back.
#[derive(Clone)]
pub(crate) struct Deleted {
    pub name: String,
    pub removed: declaration::drafts::Removed,
}

/// One draft of the list.
#[component]
pub fn Entry(
    session: Session,
    route: RwSignal<Route>,
    summary: DraftSummary,
    refresh: RwSignal<u64>,
    deleted: RwSignal<Option<Deleted>>,
) -> impl IntoView {
    let lang = session.form.lang;
    let id = StoredValue::new(summary.id.clone());
    let name = summary.name(lang.get_untracked()).to_string();
    let renaming = RwSignal::new(false);
    let input = NodeRef::<leptos::html::Input>::new();
    let error = RwSignal::new(None::<Words>);
    let bump = move || refresh.update(|n| *n += 1);
    let show_error = move |e: declaration::drafts::StoreError| error.set(Some(e.words()));
    let open = move |_| {
        session.flush();
        if session.load(&id.get_value()) {
            crate::route::go(route, Route::Overview);
        }
    };
    let duplicate = move |_| {
        let new_id = crate::draft::new_declaration().id.unwrap_or_default();
        let now = crate::draft::now_rfc3339();
        match drafts()
            .map(|mut s| s.duplicate(&id.get_value(), &new_id, &now, lang.get_untracked()))
        {
            Ok(Ok(_)) => bump(),
            Ok(Err(e)) => error.set(Some(e.words())),
            Err(e) => show_error(e),
        }
    };
    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = input.get().map(|i| i.value()).unwrap_or_default();
        match drafts().map(|mut s| s.rename(&id.get_value(), text.trim())) {
            Ok(Ok(())) => {
                if session.id.get_untracked() == id.get_value() {
                    let name = text.trim();
                    session
                        .custom_name
                        .set((!name.is_empty()).then(|| name.to_string()));
                }
                renaming.set(false);
                bump();
            }
            Ok(Err(e)) => error.set(Some(e.words())),
            Err(e) => show_error(e),
        }
    };
    let name_for_delete = name.clone();
    let delete = move |_| {
        let id = id.get_value();
        if session.id.get_untracked() == id {
            session.start_new();
        }
        match drafts().and_then(|mut s| s.delete(&id)) {
            Ok(Some(removed)) => {
                deleted.set(Some(Deleted {
                    name: name_for_delete.clone(),
                    removed,
                }));
                bump();
            }
            Ok(None) => bump(),
            Err(e) => show_error(e),
        }
    };
    let current = summary.id == session.id.get_untracked();
    let complete = summary.complete;
    let saved = local_time(&summary.saved_at);
    let exported = summary.exported_at.as_deref().map(local_time);
    let heading_id = format!("draft-{}", summary.id);
    view! {
        <li class="drafts__entry" data-id=summary.id.clone()>
            <h2 class="drafts__name" id=heading_id>{name.clone()}
                {current.then(|| view! { " "<span class="tag">{move || lang.get().pick("編集中", "Open")}</span> })}
            </h2>
            <dl class="drafts__facts">
                <dt>{move || lang.get().pick("最終保存", "Last saved")}</dt><dd>{saved}</dd>
                <dt>{move || lang.get().pick("記入状況", "Status")}</dt>
                <dd data-complete=complete.to_string()>{move || if complete {
                    lang.get().pick("記入完了", "Complete")
                } else {
                    lang.get().pick("未完了", "Incomplete")
                }}</dd>
                <dt>{move || lang.get().pick("最後の書き出し", "Last exported")}</dt>
                <dd>{move || exported.clone().unwrap_or_else(|| lang.get().pick("なし", "Never").into())}</dd>
            </dl>
            <ErrorMessage id=format!("draft-{}-error", summary.id) lang=lang messages=one(error) alert=true/>
            <Show when=move || renaming.get()>
                <form class="drafts__rename" on:submit=rename>
                    <label for=format!("rename-{}", id.get_value())>{move || lang.get().pick("新しい名前", "New name")}</label>
                    <p class="hint">{move || lang.get().pick("空にすると、市区町村名・システム名・申告日から付けた名前に戻ります。", "Leave it empty to go back to the name made from the municipality, system and date.")}</p>
                    <input type="text" class="input" id=format!("rename-{}", id.get_value()) node_ref=input value=name.clone()/>
                    <button type="submit" class="button">{move || lang.get().pick("名前を保存", "Save the name")}</button>
                </form>
            </Show>
            <div class="button-group">
                <button type="button" class="button" data-action="open" on:click=open>{move || lang.get().pick("開く", "Open")}</button>
                <button type="button" class="button button--secondary" data-action="duplicate" on:click=duplicate>{move || lang.get().pick("複製", "Duplicate")}</button>
                <button type="button" class="button button--secondary" data-action="rename"
                    on:click=move |_| renaming.update(|r| *r = !*r)>{move || lang.get().pick("名前を変更", "Rename")}</button>
                <button type="button" class="button button--warning" data-action="delete" on:click=delete>{move || lang.get().pick("削除", "Delete")}</button>
            </div>
        </li>
    }
}
