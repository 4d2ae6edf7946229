//! 「記入依頼を作成」 on a subcontractor's entry: the requester writes who asks and a short
//! message, and the app saves a part file (`記入依頼_<subcontractor>_<date>.json`) holding
//! that entry and those below it and the declaration's context — nothing else — and keeps
//! the part as sent (the base of the merge when it comes back). The entry then says
//! 「記入依頼中（… 送付）」, or 「返送済み・未反映」 once a returned part waits to be merged.
//! The inputs are read when the button is pressed, so an IME is never disturbed.

use crate::form::Form;
use crate::store::local::LocalStore;
use crate::store::PartStates;
use crate::widgets::{one, ErrorMessage};
use declaration::part::{self, Requester, SentParts};
use declaration::words::Words;
use declaration::Lang;
use leptos::prelude::*;

fn value(r: NodeRef<leptos::html::Input>) -> Option<String> {
    r.get()
        .map(|i| i.value().trim().to_string())
        .filter(|v| !v.is_empty())
}

/// The request of subcontractor `index` of `form`'s declaration.
#[component]
pub fn PartRequest(form: Form, index: usize) -> impl IntoView {
    let lang = form.lang;
    let open = RwSignal::new(false);
    let error = RwSignal::new(None::<Words>);
    let said = RwSignal::new(None::<Words>);
    // The file just made: the next steps show under the button until another is made.
    let sent = RwSignal::new(None::<String>);
    let states = use_context::<PartStates>();
    let entry_id = move || {
        form.draft
            .with(|d| d.subcontractors.get(index).map(|s| s.id.clone()))
            .unwrap_or_default()
    };
    let state = move || states.and_then(|s| s.of(&entry_id()));
    let (org, name, email) = (
        NodeRef::<leptos::html::Input>::new(),
        NodeRef::<leptos::html::Input>::new(),
        NodeRef::<leptos::html::Input>::new(),
    );
    let message = NodeRef::<leptos::html::Textarea>::new();
    // Who asks: the contractor in the draft; in a part, the subcontractor filling it in.
    let scope = StoredValue::new(crate::store::PartScope::here().map(|s| s.root));
    let default_org = move || {
        form.draft
            .with_untracked(|d| match scope.get_value() {
                Some(root) => d
                    .subcontractors
                    .iter()
                    .find(|e| e.id == root)
                    .and_then(|e| e.name.clone()),
                None => d
                    .entrustment
                    .contractor
                    .as_ref()
                    .and_then(|c| c.name.clone()),
            })
            .unwrap_or_default()
    };
    let base = format!("part-request-{index}");
    let ids = [
        format!("{base}-org"),
        format!("{base}-name"),
        format!("{base}-email"),
        format!("{base}-message"),
    ];
    let make = move |_| {
        let requester = Requester {
            organization: value(org),
            name: value(name),
            email: value(email).map(|e| declaration::normalize::ascii(&e)),
        };
        // The requester's words, then what the receiver does with the file (in the file
        // too, for whoever opens it in a text editor first).
        let how = part::instructions(&crate::draft::app_address());
        let typed = message.get().map(|m| m.value()).unwrap_or_default();
        let text = Some(format!("{}\n\n{}", typed.trim(), how.ja).trim().to_string());
        let now = crate::draft::now_rfc3339();
        let made = form.draft.with_untracked(|d| {
            part::request(d, &entry_id(), requester, text, &crate::draft::uuid(), &now)
        });
        let p = match made {
            Ok(p) => p,
            Err(e) => {
                error.set(Some(e.words()));
                return;
            }
        };
        let file = part::file_name(&p);
        let body = part::export(&p, &serde_json::Value::Object(Default::default()), &now);
        let kept = LocalStore::open()
            .map_err(|e| e.words())
            .and_then(|s| SentParts::new(s).keep(&p).map_err(|e| e.words()));
        if let Err(why) = kept {
            error.set(Some(why));
            return;
        }
        match crate::draft::download(&file, &body, "application/json") {
            Ok(()) => {
                error.set(None);
                open.set(false);
                said.set(Some(Words::new(
                    format!("{file} を保存しました。"),
                    format!("Saved {file}."),
                )));
                sent.set(Some(file.clone()));
                crate::widgets::focus::focus_later(vec![format!("part-request-{index}-next")]);
                if let Some(s) = states {
                    s.changed();
                }
            }
            Err(e) => {
                let why = crate::draft::reason(&e);
                error.set(Some(Words::new(
                    format!("記入依頼ファイルを保存できませんでした。理由：{why}"),
                    format!("The part file could not be saved. Reason: {why}"),
                )))
            }
        }
    };
    // Who asks, as 基本情報 names the declarant (the draft's; a part has none).
    let declarant = move |pick: fn(&declaration::model::Declarant) -> Option<String>| {
        form.draft
            .with_untracked(|d| d.basic.declarant.as_ref().and_then(pick))
            .unwrap_or_default()
    };
    let [org_id, name_id, email_id, message_id] = ids;
    view! {
        <div class="part-request" data-testid="part-request">
            {move || state().map(|s| view! {
                <p class="tag tag--progress" data-testid="part-state">{move || s.words().pick(lang.get()).to_string()}</p>
            })}
            <button type="button" class="button button--secondary" id=format!("{base}-open")
                aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                {move || lang.get().pick("記入依頼を作成", "Request this subcontractor's part")}
            </button>
            <Show when=move || open.get()>
                <div class="group part-request__form">
                    <p class="hint">{move || lang.get().pick(
                        "この再委託先とその下の再委託先の欄だけを含む記入依頼ファイルを作ります。申告書のほかの内容（クラウド、対策、他の再委託先）は含まれません。",
                        "This makes a part file holding only this subcontractor and those below it. Nothing else of the declaration (cloud, measures, other subcontractors) goes in it.",
                    )}</p>
                    <div class="field">
                        <label class="field__label" for=org_id.clone()>{move || lang.get().pick("依頼する組織", "Requesting organisation")}</label>
                        <input type="text" id=org_id.clone() node_ref=org prop:value=default_org/>
                    </div>
                    <div class="field">
                        <label class="field__label" for=name_id.clone()>{move || lang.get().pick("担当者名（任意）", "Contact name (optional)")}</label>
                        <input type="text" id=name_id.clone() node_ref=name prop:value=move || declarant(|p| p.name.clone())/>
                    </div>
                    <div class="field">
                        <label class="field__label" for=email_id.clone()>{move || lang.get().pick("メールアドレス（任意）", "Email (optional)")}</label>
                        <input type="text" inputmode="email" autocomplete="email" id=email_id.clone() node_ref=email
                            prop:value=move || declarant(|p| p.email.clone())/>
                    </div>
                    <div class="field">
                        <label class="field__label" for=message_id.clone()>{move || lang.get().pick("依頼メッセージ（任意）", "Message (optional)")}</label>
                        <textarea id=message_id.clone() rows="3" node_ref=message></textarea>
                    </div>
                    <ErrorMessage id=format!("{base}-error") lang=lang alert=true messages=one(error)/>
                    <button type="button" class="button" data-testid="part-request-save" on:click=make>
                        {move || lang.get().pick("記入依頼ファイルを保存", "Save the part file")}
                    </button>
                </div>
            </Show>
            <p role="status" class="status-message">{move || said.get().map(|w| w.pick(lang.get()).to_string())}</p>
            {move || sent.get().map(|file| {
                let address = crate::draft::app_address();
                view! {
                    <div class="part-request__next" data-testid="part-request-next" tabindex="-1" id=format!("part-request-{index}-next")>
                        <h3>{move || lang.get().pick("次にすること", "What happens next")}</h3>
                        <ol>
                            <li>{let file = file.clone(); move || match lang.get() {
                                Lang::Ja => format!("保存した「{file}」を、メールに添付するなどして再委託先に送ってください。"),
                                Lang::En => format!("Send “{file}” to the subcontractor, attached to an email, say."),
                            }}</li>
                            <li>{let address = address.clone(); move || match lang.get() {
                                Lang::Ja => format!("受け取った方は、このアプリ（{address}）を開き、「下書き一覧」の「ファイルを開く」でファイルを選んで、自社の欄を記入します。ファイルはその方の端末の中だけで読み取られます。"),
                                Lang::En => format!("They open this app ({address}), choose the file with “Open a file” on “Your drafts”, and fill in their entry. The file is read on their device only."),
                            }}</li>
                            <li>{move || lang.get().pick(
                                "記入が終わると「記入返送_…json」が返ってきます。このページ（再委託先）の「返送された記入依頼ファイルを取り込む」で取り込むと、変わる内容を確認してから反映できます。それまで、この再委託先の未記入の項目は「記入依頼中」として扱われ、先へ進めます。",
                                "When they are done, a “記入返送_….json” comes back: take it in on this page with “Take in a returned part file”, and check what it changes before merging. Until then this subcontractor's missing answers count as requested, and you can go on.",
                            )}</li>
                        </ol>
                    </div>
                }
            })}
        </div>
    }
}

/// The words of a state for a summary line, in `lang`.
pub fn state_words(states: Option<PartStates>, id: &str, lang: Lang) -> Option<String> {
    states?.of(id).map(|s| s.words().pick(lang).to_string())
}
