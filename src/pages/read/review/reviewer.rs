//! 「審査者」 in the review panel: the reviewer's organisation, department and name, entered
//! once and kept in this browser ([`crate::store::reviewer`]); every review written here
//! carries them and the printed 照会事項一覧 names them. Open while empty, a summary line
//! with 「変更」 once given. Each box is committed on `change` (never while an IME composes).

use super::state::ReviewState;
use crate::widgets::{one, ErrorMessage};
use declaration::review::Reviewer;
use declaration::words::Words;
use declaration::Lang;
use leptos::prelude::*;

/// The boxes, in order: (key, label ja, label en, autocomplete).
const PARTS: [(&str, &str, &str, &str); 3] = [
    (
        "organization",
        "組織（地方公共団体名）",
        "Organisation",
        "organization",
    ),
    ("department", "部署", "Department", "off"),
    ("name", "氏名", "Name", "name"),
];

/// The reviewer's details.
#[component]
pub fn ReviewerDetails(lang: Signal<Lang>, state: ReviewState) -> impl IntoView {
    let me = RwSignal::new(crate::store::reviewer::load());
    let trouble = RwSignal::new(None::<Words>);
    let open = RwSignal::new(me.with_untracked(Reviewer::is_empty));
    let set = move |key: &str, value: String| {
        me.update(|m| {
            let part = match key {
                "organization" => &mut m.organization,
                "department" => &mut m.department,
                _ => &mut m.name,
            };
            *part = Some(value.trim().to_string()).filter(|v| !v.is_empty());
        });
        match crate::store::reviewer::save(&me.get_untracked()) {
            Ok(()) => {
                trouble.set(None);
                state.signed();
            }
            Err(e) => trouble.set(Some(e.words())),
        }
    };
    let value = move |key: &str| {
        me.with(|m| match key {
            "organization" => m.organization.clone(),
            "department" => m.department.clone(),
            _ => m.name.clone(),
        })
        .unwrap_or_default()
    };
    view! {
        <div class="reviewer" data-testid="reviewer">
            <Show when=move || !open.get() fallback=move || view! {
                <fieldset class="field reviewer__form">
                    <legend class="field__label">{move || lang.get().pick("審査者", "Reviewer")}</legend>
                    <p class="hint">{move || lang.get().pick(
                        "照会事項ファイルと印刷する照会事項一覧に記載されます。一度入力すると、このブラウザに保存されます。",
                        "Written into the review file and the printed list of questions. Entered once, kept in this browser.",
                    )}</p>
                    <ErrorMessage id="reviewer-error" lang=lang alert=true messages=one(trouble)/>
                    {PARTS.map(|(key, ja, en, auto)| {
                        let id = format!("reviewer-{key}");
                        view! {
                            <div class="field">
                                <label class="field__label" for=id.clone()>{move || lang.get().pick(ja, en)}</label>
                                <input type="text" id=id class="input" autocomplete=auto
                                    prop:value=move || value(key)
                                    on:change=move |ev| set(key, event_target_value(&ev))/>
                            </div>
                        }
                    }).collect_view()}
                    <button type="button" class="button button--secondary" data-testid="reviewer-done"
                        on:click=move |_| {
                            open.set(false);
                            // The focus stays here: on 「変更」, where the form was.
                            request_animation_frame(|| { crate::document::focus_id("reviewer-change"); });
                        }
                        disabled=move || me.with(Reviewer::is_empty)>
                        {move || lang.get().pick("閉じる", "Done")}
                    </button>
                </fieldset>
            }>
                <p class="reviewer__line">
                    <strong>{move || lang.get().pick("審査者：", "Reviewer: ")}</strong>
                    <span data-testid="reviewer-line">{move || me.with(Reviewer::line)}</span>
                    " "
                    <button type="button" class="link" id="reviewer-change" data-testid="reviewer-change" on:click=move |_| {
                        open.set(true);
                        request_animation_frame(|| { crate::document::focus_id("reviewer-organization"); });
                    }>
                        {move || lang.get().pick("変更", "Change")}
                        <span class="visually-hidden">{move || lang.get().pick("（審査者）", " (reviewer)")}</span>
                    </button>
                </p>
            </Show>
        </div>
    }
}
