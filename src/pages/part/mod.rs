//! 記入依頼 (`#/part`), the subcontractor's side of a part file: open the part (here, or by
//! dropping it on the drafts page), see who asks and why and where it sits in the chain (the
//! chain above it, from the file's `above`, read-only: [`PartScope`] tells the list, the
//! 委託元 select and the diagram), fill in its own entry with every
//! answer, hint, 記入例 and check of the full form (the same widgets over the part made a
//! declaration, [`declaration::part::as_declaration`]), add, change, reorder and remove its
//! own subcontractors below it (never beside or above), make requests of its own for them
//! and merge theirs back, and save the part back (`returned_at` set, `記入返送_…json`; with
//! answers missing, the error summary lists them first and offers to save anyway). The part is kept in
//! this browser after every change, apart from the drafts; the rest of the declaration is
//! never seen here.

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

use crate::components::{FilePick, PartMerge, PickWords, Picked};
use crate::form::Form;
use crate::pages::sections::subcontractors::PartSubcontractors;
use crate::store::local::LocalStore;
use crate::store::{NewIds, PartScope, PartStates, Received};
use crate::widgets::{one, ErrorMessage};
use declaration::part::{self, ImportedPart, KeptParts};
use declaration::words::{isolated, Words};
use declaration::Lang;
use leptos::prelude::*;

/// The part open on the page, given by the app as context (the drafts page opens one).
#[derive(Clone, Copy)]
pub struct OpenPart(pub RwSignal<Option<ImportedPart>>);

const PART_FILE: PickWords = PickWords {
    label: ("記入依頼ファイル（JSON）を開く", "Open a part file (JSON)"),
    hint: (
        "依頼元から届いた「記入依頼_…json」を選ぶか、ここにドロップしてください。ファイルはこの端末の中だけで読み取られます。返送された「記入返送_…json」は、依頼した申告書の「再委託先」のページで取り込みます。",
        "Choose or drop the “記入依頼_….json” you were sent. It is read on this device only. A returned “記入返送_….json” is taken in on the Subcontractors page of the declaration that asked.",
    ),
};

/// Keeps `p` among the parts being filled in; why not, when the store refuses.
pub fn keep(p: &ImportedPart) -> Result<(), Words> {
    let store = LocalStore::open().map_err(|e| e.words())?;
    KeptParts::open(store)
        .save(&p.part, &p.extra, &crate::draft::now_rfc3339())
        .map_err(|e| e.words())
}

/// The page.
#[component]
pub fn PartPage(lang: Signal<Lang>) -> impl IntoView {
    crate::route::focus_heading();
    let open = use_context::<OpenPart>()
        .map(|o| o.0)
        .unwrap_or_else(|| RwSignal::new(None));
    let refresh = RwSignal::new(0u32);
    let kept = Memo::new(move |_| {
        refresh.track();
        LocalStore::open()
            .ok()
            .and_then(|s| KeptParts::open(s).list().ok())
            .unwrap_or_default()
    });
    let on_file = Callback::new(move |p: Picked| match part::import(&p.bytes) {
        Ok(found) => {
            if let Err(why) = keep(&found) {
                return Some(why);
            }
            refresh.update(|r| *r += 1);
            open.set(Some(found));
            None
        }
        Err(e) => Some(e.words()),
    });
    view! {
        <div class="part-page">
            <h1 tabindex="-1">{move || lang.get().pick("記入依頼", "Part to fill in")}</h1>
            {move || match open.get() {
                Some(p) => view! { <PartForm lang=lang part=p on_close=Callback::new(move |_| { open.set(None); refresh.update(|r| *r += 1); })/> }.into_any(),
                None => view! {
                    <p class="lead">{move || lang.get().pick(
                        "依頼元（受託者や上位の再委託先）から届いた記入依頼ファイルを開き、貴社の欄を記入して返送してください。貴社がさらに再委託する場合は、その再委託先も追加できます。",
                        "Open the part file the requester sent you, fill in your entry and send it back. If you subcontract further, add those subcontractors too.",
                    )}</p>
                    <FilePick lang=lang on_file=on_file id="part-file" words=PART_FILE/>
                    <Show when=move || !kept.with(Vec::is_empty)>
                        <h2>{move || lang.get().pick("このブラウザで記入中の記入依頼", "Parts you are filling in")}</h2>
                        <ul class="part-page__kept" data-testid="parts-kept">
                            {move || kept.get().into_iter().map(|k| {
                                let name = k.part.root_entry().and_then(|r| r.name.clone()).unwrap_or_default();
                                let k2 = k.clone();
                                let state = if k.part.returned_at.is_some() {
                                    Words::new("返送用に保存済み", "Saved to send back")
                                } else {
                                    Words::new("記入中", "In progress")
                                };
                                view! {
                                    <li>
                                        <button type="button" class="link" on:click=move |_| open.set(Some(k2.clone()))>
                                            {format!("{}（{}）", isolated(&name), k.part.declaration.municipality.clone().unwrap_or_default())}
                                        </button>
                                        " " <span class="tag">{move || state.pick(lang.get()).to_string()}</span>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </Show>
                }.into_any(),
            }}
        </div>
    }
}

/// One part being filled in.
#[component]
fn PartForm(lang: Signal<Lang>, part: ImportedPart, on_close: Callback<()>) -> impl IntoView {
    let original = StoredValue::new(part.clone());
    let form = Form::new(RwSignal::new(part::as_declaration(&part.part)), lang);
    form.install_checker();
    let context = part::context_chain(&part.part).len();
    provide_context(PartScope {
        root: part.part.root.clone(),
        context,
    });
    provide_context(PartStates::start(form));
    provide_context(Received::none(form));
    provide_context(NewIds(part::new_id_prefix(&part.part)));
    let trouble = RwSignal::new(None::<Words>);
    let said = RwSignal::new(None::<Words>);
    let current = move || {
        let p = original.get_value();
        let now = form.draft.with(|d| part::with_entries(&p.part, d));
        ImportedPart {
            part: now,
            extra: p.extra,
        }
    };
    // Kept after every change.
    Effect::new(move |first: Option<()>| {
        let p = current();
        if first.is_some() {
            trouble.set(keep(&p).err());
        }
    });
    // The part's own errors: the chain above is context, never the subcontractor's to fix.
    let own = move |path: &str| {
        path.strip_prefix("subcontractors[")
            .and_then(|r| r.split(']').next())
            .and_then(|n| n.parse::<usize>().ok())
            .is_none_or(|i| i >= context)
    };
    let errors = Memo::new(move |_| {
        form.issues.with(|i| {
            i.iter()
                .filter(|x| x.path.starts_with("subcontractors") && own(&x.path))
                .count()
        })
    });
    let attempt = RwSignal::new(0u32);
    let merging = RwSignal::new(false);
    if let Some(states) = use_context::<PartStates>() {
        Effect::new(move |_| {
            // Set once: setting it again would draw the merge anew and drop its preview.
            if !states.states.with(|m| m.is_empty()) && !merging.get_untracked() {
                merging.set(true);
            }
        });
    }
    let summary = Signal::derive(move || {
        form.shown_errors_of(declaration::fields::Section::Subcontractors)
            .into_iter()
            .filter(|i| own(&i.path))
            .collect::<Vec<_>>()
    });
    // Pressed with answers missing: the summary shows what (and takes the focus), and the
    // file can still be saved as it is.
    let asked_anyway = RwSignal::new(false);
    let check_first = move |_| {
        form.checked.update(|c| {
            c.insert(declaration::fields::Section::Subcontractors);
        });
        if errors.get_untracked() > 0 {
            asked_anyway.set(true);
            attempt.update(|a| *a += 1);
            false
        } else {
            true
        }
    };
    let send_back = move |_| {
        let p = current();
        let now = crate::draft::now_rfc3339();
        let back = part::returned(&p.part, &now);
        let name = part::file_name(&back);
        let text = part::export(&back, &p.extra, &now);
        match crate::draft::download(&name, &text, "application/json") {
            Ok(()) => {
                let kept = ImportedPart {
                    part: back,
                    extra: p.extra.clone(),
                };
                trouble.set(keep(&kept).err());
                original.set_value(kept);
                asked_anyway.set(false);
                said.set(Some(Words::new(
                    format!("{name} を保存しました。このファイルを依頼元に返送してください（メールに添付するなど）。依頼元がアプリで取り込むと、記入した内容が申告書に反映されます。"),
                    format!("Saved {name}. Send this file back to the requester (attached to an email, say). When they take it in with the app, your answers go into the declaration."),
                )));
            }
            Err(e) => {
                let why = crate::draft::reason(&e);
                trouble.set(Some(Words::new(
                    format!("返送用のファイルを保存できませんでした。理由：{why}"),
                    format!("The file to send back could not be saved. Reason: {why}"),
                )));
            }
        }
    };
    let p = part.part.clone();
    let who: Vec<String> = [
        p.requested_by.organization.clone(),
        p.requested_by.name.clone(),
        p.requested_by.email.clone(),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.trim().is_empty())
    .map(|s| isolated(&s).into_owned())
    .collect();
    let what: Vec<String> = [
        p.declaration.municipality.clone(),
        p.declaration.system_name.clone(),
    ]
    .into_iter()
    .flatten()
    .map(|s| isolated(&s).into_owned())
    .collect();
    // The requester's words; the instructions the request ends with are for whoever opens
    // the file elsewhere, and this page says them in its own way.
    let message = p
        .message
        .clone()
        .map(|m| {
            m.split("【記入のしかた】")
                .next()
                .unwrap_or("")
                .trim()
                .to_string()
        })
        .filter(|m| !m.is_empty())
        .map(|m| isolated(&m).into_owned());
    let root = p.root.clone();
    // Where the part sits: the municipality, the contractor, the chain above, then this
    // entry — the true place, read-only.
    let chain: Vec<String> = {
        let d = form.draft.get_untracked();
        let named = |n: Option<&String>| {
            n.filter(|s| !s.trim().is_empty())
                .map(|s| isolated(s).into_owned())
        };
        let mut out = Vec::new();
        out.extend(named(d.basic.municipality.as_ref()));
        out.extend(named(
            d.entrustment
                .contractor
                .as_ref()
                .and_then(|c| c.name.as_ref()),
        ));
        for s in d.subcontractors.iter().take(context) {
            out.push(named(s.name.as_ref()).unwrap_or_else(|| "（名称未入力）".to_string()));
        }
        out
    };
    let root_name = move || {
        form.draft.with(|d| {
            d.subcontractors
                .get(context)
                .and_then(|s| s.name.clone())
                .filter(|n| !n.trim().is_empty())
                .map(|n| isolated(&n).into_owned())
        })
    };
    view! {
        <dl class="summary__facts" data-testid="part-context">
            <dt>{move || lang.get().pick("依頼元", "Requested by")}</dt>
            <dd>{who.join("　")}</dd>
            <dt>{move || lang.get().pick("対象の申告", "For")}</dt>
            <dd>{what.join("　")}</dd>
            <dt>{move || lang.get().pick("貴社の位置", "Where you are in the chain")}</dt>
            <dd>
                <ol class="part-chain" data-testid="part-chain">
                    {chain.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                    <li class="part-chain__you">
                        {move || root_name().unwrap_or_else(|| lang.get().pick("（貴社）", "(you)").to_string())}
                        {move || lang.get().pick("（貴社・この記入依頼）", " (you: this part)")}
                    </li>
                </ol>
            </dd>
        </dl>
        {message.map(|m| view! {
            <div class="alert alert--info part-page__message" data-testid="part-message">
                <p><strong>{move || lang.get().pick("依頼元からのメッセージ", "Message from the requester")}</strong></p>
                <p class="questions__note">{m}</p>
            </div>
        })}
        <p class="hint">{move || lang.get().pick(
            "貴社の欄（いちばん上）を記入してください。貴社が再委託する場合は、その再委託先を「変更」から「この再委託先の再委託先を追加」で加えられます。記入した内容はこのブラウザに自動で保存されます。",
            "Fill in your entry (at the top). If you subcontract further, open it with “Change” and add them with “Add a subcontractor of this subcontractor”. Your answers are kept in this browser as you go.",
        )}</p>
        <ErrorMessage id="part-trouble" lang=lang alert=true messages=one(trouble)/>
        <crate::widgets::ErrorSummary lang=lang errors=summary attempt=attempt/>
        <PartSubcontractors form=form root=root/>
        // Taking back the parts it asked of its own subcontractors: shown once it has asked
        // (else a subcontractor wonders what to upload there), and kept from then on.
        {move || merging.get().then(|| view! { <PartMerge form=form/> })}
        <p data-testid="part-errors">{move || match (errors.get(), lang.get()) {
            (0, l) => l.pick("記入漏れ・誤りはありません。", "Nothing is missing or wrong.").to_string(),
            (n, Lang::Ja) => format!("記入漏れ・誤りが{n}件あります（未完了のままでも返送できます）。"),
            (n, Lang::En) => format!("{n} answers are missing or wrong (you can send it back as it is)."),
        }}</p>
        <Show when=move || asked_anyway.get() && (errors.get() != 0)>
            <div class="alert alert--info" data-testid="part-send-anyway">
                <p>{move || lang.get().pick(
                    "記入漏れ・誤りがあるまま返送することもできます。依頼元が取り込んだ後、残りを記入するか、あらためて依頼します。",
                    "You can send it back with answers missing: the requester fills in the rest, or asks again, after taking it in.",
                )}</p>
                <button type="button" class="button button--secondary" data-testid="part-send-back-anyway" on:click=send_back>
                    {move || lang.get().pick("このまま返送用のファイルを保存", "Save the file to send back as it is")}
                </button>
            </div>
        </Show>
        // Above the buttons, where the eye is after pressing one.
        <p role="status" class="status-message" data-testid="part-said">{move || said.get().map(|w| w.pick(lang.get()).to_string())}</p>
        <div class="button-group">
            <button type="button" class="button" data-testid="part-send-back" on:click=move |ev| {
                if check_first(()) { send_back(ev); }
            }>
                {move || lang.get().pick("返送用のファイルを保存", "Save the file to send back")}
            </button>
            <button type="button" class="button button--secondary" on:click=move |_| on_close.run(())>
                {move || lang.get().pick("記入依頼の一覧に戻る", "Back to your parts")}
            </button>
        </div>
    }
}
