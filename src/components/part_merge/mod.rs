//! Merging a returned part (「返送された記入依頼を取り込む」) into the declaration of a form —
//! the draft, or a part being filled in that sent requests of its own. The file is checked
//! (the same declaration, entries only below the part's root), kept until merged (the card
//! says 「返送済み・未反映」), and merged three ways from the part as sent
//! ([`declaration::part::merge`]): before anything is written, the changes are listed as
//! change-list rows and each answer both sides changed is a choice (keep mine / take
//! theirs). Applying it first saves the draft as it was as a snapshot, and can be undone.

use crate::components::question::change_value;
use crate::components::{FilePick, PickWords, Picked};
use crate::form::Form;
use crate::store::local::LocalStore;
use crate::store::{drafts, PartStates, Session};
use crate::widgets::{one, ErrorMessage};
use declaration::changes;
use declaration::part::{self, ImportedPart, KeptParts, Merge, SentParts, Side};
use declaration::words::{isolated, Words};
use declaration::{Declaration, Lang};
use leptos::prelude::*;
use std::collections::HashMap;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

const RETURNED: PickWords = PickWords {
    label: ("返送された記入依頼ファイルを取り込む", "Take in a returned part file"),
    hint: (
        "再委託先から返送された「記入返送_…json」を選ぶか、ここにドロップしてください。反映する前に、変わる内容を確認できます。",
        "Choose or drop the “記入返送_….json” a subcontractor sent back. You see what it changes before anything is written.",
    ),
};

/// A merge being looked at.
#[derive(Clone)]
struct Pending {
    theirs: ImportedPart,
    merge: Merge,
}

impl PartialEq for Pending {
    fn eq(&self, other: &Self) -> bool {
        self.theirs.part.id == other.theirs.part.id && self.merge == other.merge
    }
}

fn preview(form: Form, theirs: ImportedPart) -> Result<Pending, Words> {
    let id = form
        .draft
        .with_untracked(|d| d.id.clone().unwrap_or_default());
    let base = LocalStore::open()
        .ok()
        .and_then(|s| SentParts::new(s).get(&id, &theirs.part.id).ok().flatten())
        .map(|s| s.part);
    let merge = form
        .draft
        .with_untracked(|d| part::merge(base.as_ref(), d, &theirs.part))
        .map_err(|e| e.words())?;
    Ok(Pending { theirs, merge })
}

/// The merge of returned parts into `form`'s declaration.
#[component]
pub fn PartMerge(form: Form) -> impl IntoView {
    let lang = form.lang;
    let states = use_context::<PartStates>();
    let session = use_context::<Session>();
    let pending = RwSignal::new(None::<Pending>);
    let choices = RwSignal::new(HashMap::<(String, String), Side>::new());
    let done = RwSignal::new(None::<(Words, Declaration)>);
    let error = RwSignal::new(None::<Words>);
    let waiting = Memo::new(move |_| {
        if let Some(s) = states {
            s.states.track();
        }
        let id = form.draft.with(|d| d.id.clone().unwrap_or_default());
        LocalStore::open()
            .ok()
            .and_then(|s| KeptParts::returned(s).list().ok())
            .unwrap_or_default()
            .into_iter()
            .filter(|p| p.part.declaration.id == id)
            .collect::<Vec<_>>()
    });
    let on_file = Callback::new(move |p: Picked| {
        let theirs = match part::import(&p.bytes) {
            Ok(t) => t,
            Err(e) => return Some(e.words()),
        };
        match preview(form, theirs.clone()) {
            Ok(found) => {
                if let Ok(s) = LocalStore::open() {
                    let _ = KeptParts::returned(s).save(
                        &theirs.part,
                        &theirs.extra,
                        &crate::draft::now_rfc3339(),
                    );
                }
                if let Some(s) = states {
                    s.changed();
                }
                choices.set(HashMap::new());
                done.set(None);
                pending.set(Some(found));
                None
            }
            Err(why) => Some(why),
        }
    });
    let result =
        Memo::new(move |_| pending.with(|p| p.as_ref().map(|p| p.merge.apply(&choices.get()))));
    let rows = Memo::new(move |_| {
        result.with(|r| r.as_ref().map(|r| form.draft.with(|d| changes::diff(d, r))))
    });
    let apply = move |_| {
        let Some(p) = pending.get_untracked() else {
            return;
        };
        let Some(after) = result.get_untracked() else {
            return;
        };
        let before = form.draft.get_untracked();
        let id = before.id.clone().unwrap_or_default();
        // The draft as it was, kept as a snapshot first (when it is the session's draft).
        let mut kept = Words::new("", "");
        if let Some(session) = session.filter(|s| s.form.draft == form.draft) {
            if !session.save() {
                error.set(Some(Words::new(
                    "下書きを保存できないため、反映しませんでした。先に「ファイルに書き出す」で控えを保存してください。",
                    "The draft cannot be saved, so nothing was merged. Export the draft first to keep a copy.",
                )));
                return;
            }
            match drafts().map_err(Into::into).and_then(|mut s| {
                s.snapshot(&session.id.get_untracked(), &crate::draft::now_rfc3339())
            }) {
                Ok(n) => {
                    kept = Words::new(
                        format!("反映前の内容をスナップショット {n} として保存しました。"),
                        format!("What you had before was saved as snapshot {n}."),
                    )
                }
                Err(e) => {
                    let e: declaration::drafts::SaveError = e;
                    error.set(Some(e.words()));
                    return;
                }
            }
        }
        form.draft.set(after);
        if let Ok(s) = LocalStore::open() {
            let _ =
                SentParts::new(s).mark_merged(&id, &p.theirs.part.id, &crate::draft::now_rfc3339());
        }
        if let Ok(s) = LocalStore::open() {
            let _ = KeptParts::returned(s).remove(&p.theirs.part);
        }
        if let Some(s) = states {
            s.changed();
        }
        pending.set(None);
        error.set(None);
        done.set(Some((
            Words::new(
                format!("記入依頼の内容を反映しました。{}", kept.ja),
                format!("The part was merged. {}", kept.en),
            ),
            before,
        )));
    };
    let undo = move |_| {
        if let Some((_, before)) = done.get_untracked() {
            form.draft.set(before);
            done.set(None);
            if let Some(s) = states {
                s.changed();
            }
        }
    };
    view! {
        <section class="group part-merge" aria-labelledby="part-merge-title" data-testid="part-merge">
            <h2 class="group__title" id="part-merge-title">{move || lang.get().pick("返送された記入依頼の反映", "Merging returned parts")}</h2>
            <FilePick lang=lang on_file=on_file id="part-merge-file" words=RETURNED/>
            {move || (!waiting.with(Vec::is_empty) && pending.with(Option::is_none)).then(|| view! {
                <ul class="part-merge__waiting" data-testid="part-waiting">
                    {waiting.get().into_iter().map(|w| {
                        let name = w.part.root_entry().and_then(|r| r.name.clone()).unwrap_or_default();
                        let w2 = w.clone();
                        view! {
                            <li>
                                {isolated(&name).into_owned()} " "
                                <button type="button" class="button button--secondary" on:click=move |_| match preview(form, w2.clone()) {
                                    Ok(p) => { choices.set(HashMap::new()); pending.set(Some(p)); }
                                    Err(why) => error.set(Some(why)),
                                }>{move || lang.get().pick("内容を確認する", "Review it")}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            <ErrorMessage id="part-merge-error" lang=lang alert=true messages=one(error)/>
            {move || pending.get().map(|p| {
                let base_missing = p.merge.base_missing;
                let conflicts = p.merge.conflicts.clone();
                view! {
                    <div class="part-merge__preview" data-testid="part-merge-preview">
                        {base_missing.then(|| view! {
                            <p class="alert alert--info">{move || lang.get().pick(
                                "送付した記入依頼がこのブラウザに残っていないため、返送された内容と異なる項目はすべて返送された内容になります。下の一覧で確かめてください。",
                                "The part as sent is not kept in this browser, so every answer that differs takes the returned one. Check the list below.",
                            )}</p>
                        })}
                        {(!conflicts.is_empty()).then(|| view! {
                            <h3>{move || lang.get().pick("両方で変更された項目", "Changed on both sides")}</h3>
                            <p class="hint">{move || lang.get().pick(
                                "依頼後にこちらでも変更した項目です。項目ごとに、どちらの内容にするか選んでください。",
                                "You changed these after the request, and so did the subcontractor. Choose which to keep, answer by answer.",
                            )}</p>
                            <ul class="part-merge__conflicts" data-testid="part-conflicts">
                                {conflicts.into_iter().enumerate().map(|(n, c)| {
                                    let key = c.key();
                                    let (k1, k2, k3) = (key.clone(), key.clone(), key.clone());
                                    let show = |v: &Option<serde_json::Value>, lang: Lang| match v {
                                        Some(serde_json::Value::String(s)) => isolated(s).into_owned(),
                                        Some(other) if !other.is_null() => other.to_string(),
                                        _ => lang.pick("(記載なし)", "(none)").to_string(),
                                    };
                                    let (mine, theirs) = (c.mine.clone(), c.theirs.clone());
                                    let label = c.label();
                                    let name = format!("part-conflict-{n}");
                                    view! {
                                        <li>
                                            <fieldset class="field">
                                                <legend class="field__label">{move || label.pick(lang.get()).to_string()}</legend>
                                                <div class="choice">
                                                    <input type="radio" name=name.clone() id=format!("{name}-mine")
                                                        prop:checked=move || choices.with(|c| c.get(&k1).copied().unwrap_or_default() == Side::Mine)
                                                        on:change=move |_| choices.update(|c| { c.insert(k2.clone(), Side::Mine); })/>
                                                    <label for=format!("{name}-mine")>{move || format!("{}：{}", lang.get().pick("こちらの内容", "Mine"), show(&mine, lang.get()))}</label>
                                                </div>
                                                <div class="choice">
                                                    <input type="radio" name=name.clone() id=format!("{name}-theirs") data-testid="take-theirs"
                                                        on:change=move |_| choices.update(|c| { c.insert(k3.clone(), Side::Theirs); })/>
                                                    <label for=format!("{name}-theirs")>{move || format!("{}：{}", lang.get().pick("返送された内容", "Theirs"), show(&theirs, lang.get()))}</label>
                                                </div>
                                            </fieldset>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        })}
                        <h3>{move || lang.get().pick("反映すると変わる内容", "What merging changes")}</h3>
                        {move || rows.get().map(|r| view! { <ChangeRows lang=lang rows=r/> })}
                        <div class="button-group">
                            <button type="button" class="button" data-testid="part-merge-apply" on:click=apply>
                                {move || lang.get().pick("この内容で反映する", "Merge it")}
                            </button>
                            <button type="button" class="button button--secondary" on:click=move |_| pending.set(None)>
                                {move || lang.get().pick("反映しない", "Not now")}
                            </button>
                        </div>
                    </div>
                }
            })}
            {move || done.get().map(|(w, _)| view! {
                <div class="status-message" role="status" data-testid="part-merged">
                    <p>{move || w.pick(lang.get()).to_string()}</p>
                    <button type="button" class="button button--secondary" data-testid="part-merge-undo" on:click=undo>
                        {move || lang.get().pick("反映を取り消す", "Undo the merge")}
                    </button>
                </div>
            })}
        </section>
    }
}

/// The change rows of a merge: 項目, 変更前, 変更後.
#[component]
fn ChangeRows(lang: Signal<Lang>, rows: Vec<changes::Change>) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p data-testid="part-merge-none">{move || lang.get().pick("変わる内容はありません。", "Nothing changes.")}</p> }.into_any();
    }
    view! {
        <table class="changes-table" data-testid="part-merge-rows">
            <thead><tr>
                <th scope="col">{move || lang.get().pick("項目", "Item")}</th>
                <th scope="col">{move || lang.get().pick("変更前", "Before")}</th>
                <th scope="col">{move || lang.get().pick("変更後", "After")}</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|c| {
                    let c = StoredValue::new(c);
                    view! {
                        <tr>
                            <td>{move || c.with_value(|c| isolated(c.item(lang.get())).into_owned())}</td>
                            <td>{move || c.with_value(|c| change_value(c, true, lang.get()))}</td>
                            <td>{move || c.with_value(|c| change_value(c, false, lang.get()))}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
