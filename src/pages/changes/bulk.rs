//! Setting the 提出時期 of several rows at once: the rows ticked in the table's first column
//! get the 提出時期 chosen here and, when one is written, the explanation (turning the cloud
//! off gives some forty rows, each with the same answer). The explanation is read on
//! `change`, as every text of the form (IME-safe); what was done is said in a status line.

use super::state::ChangesState;
use declaration::changes::Timing;
use declaration::Lang;
use leptos::prelude::*;

/// The controls above the table.
#[component]
pub fn Bulk(state: ChangesState) -> impl IntoView {
    let lang = state.form.lang;
    let timing = RwSignal::new(Timing::Unchosen);
    let why = RwSignal::new(String::new());
    let said = RwSignal::new(None::<usize>);
    let count = move || state.selected_paths().len();
    let apply = move |_| {
        if timing.get_untracked() == Timing::Unchosen {
            said.set(Some(usize::MAX));
            return;
        }
        let n = state.apply_to_selected(timing.get_untracked(), &why.get_untracked());
        said.set(Some(n));
    };
    // A button that is never disabled: pressed with no row selected, it says what to do.
    let status = move || {
        let (lang, n) = (lang.get(), said.get()?);
        let t = timing.get_untracked().label(lang);
        Some(match (lang, n) {
            (Lang::Ja, usize::MAX) => {
                "先に、設定する提出時期（事前・事後）を選んでください。".to_string()
            }
            (Lang::En, usize::MAX) => {
                "First choose the timing to set (before or after).".to_string()
            }
            (Lang::Ja, 0) => "先に、表の左端で設定する行を選んでください。".to_string(),
            (Lang::En, 0) => {
                "First select the rows to set, in the table's first column.".to_string()
            }
            (Lang::Ja, n) => format!("選択した{n}件の行の提出時期を「{t}」にしました。"),
            (Lang::En, n) => format!("Set {n} selected rows to “{t}”."),
        })
    };
    let option = move |t: Timing| {
        view! { <option value=t.as_str()>{move || t.label(lang.get())}</option> }
    };
    view! {
        <fieldset class="changes-bulk changes__screen" data-testid="changes-bulk">
            <legend>{move || lang.get().pick("選択した行の提出時期をまとめて設定", "Set the timing of the selected rows at once")}</legend>
            <p class="hint" id="changes-bulk-hint">{move || match lang.get() {
                Lang::Ja => format!("表の左端で行を選んでください（{}件を選択中）。説明を空にすると、各行の説明はそのままです。", count()),
                Lang::En => format!("Select rows in the table's first column ({} selected). Leave the reason empty to keep each row's own.", count()),
            }}</p>
            <div class="changes-bulk__controls">
                <label for="changes-bulk-timing">{move || lang.get().pick("提出時期", "Submitted")}</label>
                <select id="changes-bulk-timing" on:change=move |ev| {
                    timing.set(Timing::parse(&event_target_value(&ev)).unwrap_or_default());
                }>
                    <option value="" selected=true>{move || lang.get().pick("選択してください", "Choose")}</option>
                    {option(Timing::Before)}
                    {option(Timing::After)}
                </select>
                <label for="changes-bulk-explanation">{move || lang.get().pick("提出時期に係る説明", "Reason for the timing")}</label>
                <input type="text" id="changes-bulk-explanation" autocomplete="off"
                    aria-describedby="changes-bulk-hint"
                    on:change=move |ev| why.set(event_target_value(&ev))/>
                <button type="button" class="button button--secondary" data-testid="changes-bulk-apply"
                    on:click=apply>
                    {move || lang.get().pick("選択した行に設定する", "Set for the selected rows")}
                </button>
            </div>
            <p role="status" class="changes-bulk__status" data-testid="changes-bulk-status">{status}</p>
        </fieldset>
    }
}
