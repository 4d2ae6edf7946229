//! The title block: the declaration date top right, the addressee (宛先, the commissioning
//! municipality), the declarant (organisation, department, title and name, contact), the
//! document's title and one sentence saying what it declares.

use super::values::{label, not_given, shown};
use declaration::era::DateStyle;
use declaration::io::IntegrityState;
use declaration::{access, Declaration, Lang};
use leptos::prelude::*;

/// What one addressee's document prints beside the declaration's answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Addressed {
    /// 宛名 (「伊賀市長 様」), when given.
    pub recipient: Option<String>,
    /// The hash of the body its file states (`integrity.body_sha256`).
    pub body_sha256: String,
}

/// The answer at `path`, trimmed; `None` when not given.
fn given(d: &Declaration, path: &str) -> Option<String> {
    let t = access::get_text(d, path);
    let t = t.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The declaration's id and the start of its integrity hash, so paper and file can be
/// matched: 「申告書ID：… ／ ファイルのハッシュ（SHA-256 先頭16桁）：…」, or 「未書き出し」 for the
/// contractor's own draft; for a file received (`received`), the state of its integrity in
/// the reviewer's words (改変なし / 出力後に変更されています / ハッシュなし).
fn ids(d: &Declaration, lang: Lang, received: Option<IntegrityState>) -> String {
    let id = d.id.as_deref().unwrap_or("").trim();
    let id = if id.is_empty() { not_given(lang) } else { id };
    let hash = d
        .integrity
        .as_ref()
        .map(|i| i.sha256.chars().take(16).collect::<String>())
        .filter(|h| !h.is_empty());
    if let Some(state) = received {
        let words = state.words();
        return match (lang, hash) {
            (Lang::Ja, Some(h)) => format!(
                "申告書ID：{id} ／ ファイルのハッシュ（SHA-256 先頭16桁）：{h} ／ 改変の確認：{}",
                words.ja
            ),
            (Lang::Ja, None) => format!("申告書ID：{id} ／ 改変の確認：{}", words.ja),
            (Lang::En, Some(h)) => format!(
                "Declaration ID: {id} / file hash (first 16 of SHA-256): {h} / integrity: {}",
                words.en
            ),
            (Lang::En, None) => format!("Declaration ID: {id} / integrity: {}", words.en),
        };
    }
    match (lang, hash) {
        (Lang::Ja, Some(h)) => {
            format!("申告書ID：{id} ／ ファイルのハッシュ（SHA-256 先頭16桁）：{h}")
        }
        (Lang::Ja, None) => format!(
            "申告書ID：{id} ／ ファイルのハッシュ：未書き出し（ファイルに書き出すと印字されます）"
        ),
        (Lang::En, Some(h)) => {
            format!("Declaration ID: {id} / file hash (first 16 of SHA-256): {h}")
        }
        (Lang::En, None) => format!(
            "Declaration ID: {id} / file hash: not exported yet (export the file to print it)"
        ),
    }
}

/// The title block of `d`.
pub fn head(
    d: &Declaration,
    lang: Lang,
    style: DateStyle,
    received: Option<IntegrityState>,
    addressed: Option<Addressed>,
) -> impl IntoView {
    let date = "basic.declaration_date";
    let to = given(d, "basic.municipality").unwrap_or_else(|| not_given(lang).into());
    let recipient = addressed
        .as_ref()
        .and_then(|a| a.recipient.as_deref())
        .map(str::trim)
        .filter(|r| !r.is_empty());
    let to = match (lang, recipient) {
        (Lang::Ja, Some(r)) => r.to_string(),
        (Lang::En, Some(r)) => format!("To: {r}"),
        (Lang::Ja, None) => format!("{to}　御中"),
        (Lang::En, None) => format!("To: {to}"),
    };
    let ids_line = match &addressed {
        Some(a) => {
            let id = d.id.as_deref().unwrap_or_default();
            let h: String = a.body_sha256.chars().take(16).collect();
            match lang {
                Lang::Ja => {
                    format!("申告書ID：{id} ／ 共通部分のハッシュ（body_sha256 先頭16桁）：{h}")
                }
                Lang::En => format!(
                    "Declaration ID: {id} / hash of the shared part (first 16 of body_sha256): {h}"
                ),
            }
        }
        None => ids(d, lang, received),
    };
    let who = |p: &str| given(d, &format!("basic.declarant.{p}"));
    let signer = [who("title"), who("name")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(lang.pick("　", " "));
    let mut from: Vec<String> = [who("organization"), who("department")]
        .into_iter()
        .flatten()
        .collect();
    if !signer.is_empty() {
        from.push(signer);
    }
    for p in ["email", "phone"] {
        if let Some(v) = who(p) {
            let path = format!("basic.declarant.{p}");
            from.push(format!(
                "{}{}{v}",
                label(&path, lang),
                lang.pick("：", ": ")
            ));
        }
    }
    if from.is_empty() {
        from.push(not_given(lang).into());
    }
    view! {
        <header class="document__head">
            <p class="document__date">
                <span class="document__date-label">{label(date, lang).to_string()}</span>
                " "
                <span data-testid="declaration-date">{shown(d, date, lang, style)}</span>
            </p>
            <p class="document__to">{to}</p>
            <div class="document__from">
                <p class="document__from-label">{lang.pick("申告者", "Declarant")}</p>
                <p class="document__from-lines">
                    {from.into_iter().map(|l| view! { <span>{l}</span> }).collect_view()}
                </p>
            </div>
            <h2 class="document__title">{declaration::words::product_name().pick(lang).to_string()}</h2>
            <p class="document__ids" id="document-ids" tabindex="-1" data-testid="document-ids"
                class:document__ids--changed=received == Some(IntegrityState::Mismatch)>{ids_line}</p>
            <p class="document__lead">{lang.pick(
                "再委託及びクラウドサービスの利用について、次のとおり申告します。",
                "We declare the following about the re-subcontracting and the use of a cloud service.",
            )}</p>
        </header>
    }
}
