//! The verdict banner at the top of the reader (issue 31): what a reviewer must know first,
//! in the first screenful — the overall verdict (適合 / 不適合 / 未完了 with the count of what is
//! missing), the tally of the conditions, the file's integrity (改変なし / 出力後に変更されてい
//! ます / ハッシュなし), the certificates that lapse within 90 days of the declaration date or
//! of today (or have lapsed by today), and the questions still open — each a link to its
//! place below (an in-page jump that keeps the route: the hash is the app's route).

use super::review::ReviewState;
use crate::components::verdict_table::badge_class;
use declaration::io::IntegrityState;
use declaration::review::ItemStatus;
use declaration::verdict::{self, guide, Expiring, Overall, Status};
use declaration::{date::Date, rules, Declaration, Lang};
use leptos::prelude::*;

/// Today's date in Japan (the day the 受付一覧 counts from too).
fn today() -> Option<Date> {
    declaration::time::jst_date(&crate::draft::now_rfc3339())
}

/// The certificates to warn of ([`verdict::warnings`]): lapsing within 90 days of the
/// declaration date or of today, or lapsed by today.
fn lapsing(d: &Declaration) -> Vec<Expiring> {
    verdict::warnings(d, today())
}

/// A certificate's short name for the banner's line (its full words are in the verdict
/// table).
fn short_name(path: &str, lang: Lang) -> &'static str {
    match path {
        "cloud.certifications.iso27017" => "ISO/IEC 27017",
        "cloud.certifications.iso27018" => "ISO/IEC 27018",
        "cloud.certifications.cs_gold_mark" => lang.pick("CSゴールドマーク", "CS Gold Mark"),
        _ => lang.pick("ISMAP掲載", "ISMAP listing"),
    }
}

/// The banner of the declaration `d` read from a file whose integrity is `integrity`.
#[component]
pub fn VerdictBanner(
    lang: Signal<Lang>,
    d: Declaration,
    integrity: IntegrityState,
    review: ReviewState,
) -> impl IntoView {
    let conditions = verdict::verdict(&d);
    let overall = Overall::of(&conditions, rules::errors(&d).len());
    let tally = guide::tally(&conditions);
    let lapsing = lapsing(&d);
    let shade = match overall {
        Overall::Met => Status::Met,
        Overall::NotMet => Status::NotMet,
        Overall::Incomplete { .. } => Status::Unanswered,
    };
    let open = move || {
        review.review.with(|r| {
            r.items
                .iter()
                .filter(|i| i.status != ItemStatus::Resolved)
                .count()
        })
    };
    // Texts holding a bidirectional control (Trojan Source): shown as 「⟨U+202E⟩」 where they
    // are read; the reviewer is told here, in the reviewer's words.
    let bidi = serde_json::to_value(&d)
        .map(|v| declaration::words::bidi_paths(&v).len())
        .unwrap_or(0);
    let integrity_class = match integrity {
        IntegrityState::Mismatch => "verdict-banner__item verdict-banner__item--warning",
        _ => "verdict-banner__item",
    };
    view! {
        // A file changed after export: its verdict is about what it says now, which is not
        // what was exported; the banner says so beside the verdict, in the warning's colour.
        <section class=format!("verdict-banner verdict-banner--{}", if integrity == IntegrityState::Mismatch { "changed" } else { overall.as_str() })
            data-testid="verdict-banner" aria-labelledby="verdict-banner-title">
            <h2 class="verdict-banner__title" id="verdict-banner-title">
                {move || lang.get().pick("総合判定", "Overall verdict")}
                " "
                <a href="#document-verdict" on:click=move |ev| { ev.prevent_default(); crate::document::focus_id("document-verdict"); } class=badge_class(Some(shade)) data-testid="banner-overall"
                    data-status=overall.as_str()>{move || overall.label(lang.get())}</a>
                {(integrity == IntegrityState::Mismatch).then(|| view! {
                    <span class="verdict-banner__caveat" data-testid="banner-caveat">{move || lang.get().pick(
                        "（ただし、このファイルは出力後に変更されています。判定は変更後の内容によるものです）",
                        " (but this file was changed after export: the verdict is of what it says now)",
                    )}</span>
                })}
            </h2>
            <ul class="verdict-banner__facts">
                <li class="verdict-banner__item">
                    <a href="#document-verdict" on:click=move |ev| { ev.prevent_default(); crate::document::focus_id("document-verdict"); } data-testid="banner-tally">{move || tally.pick(lang.get()).to_string()}</a>
                </li>
                <li class=integrity_class data-testid="banner-integrity" data-integrity=integrity.as_str()>
                    {move || lang.get().pick("改変の確認：", "Integrity: ")}
                    <a href="#document-ids" on:click=move |ev| { ev.prevent_default(); crate::document::focus_id("document-ids"); }>{move || integrity.words().pick(lang.get()).to_string()}</a>
                </li>
                // One line for every certificate to warn of (each in full in the verdict
                // table below), so the banner stays in the first screenful at 375 px.
                {(!lapsing.is_empty()).then(|| {
                    let paths = lapsing.iter().map(|e| e.path).collect::<Vec<_>>().join(" ");
                    let list = move |l: Lang| lapsing.iter().map(|e| {
                        // Lapsed by today: counted from today, below 0 (verdict::warnings).
                        let lapsed = e.days < 0;
                        let name = short_name(e.path, l);
                        match (l, lapsed) {
                            (Lang::Ja, true) => format!("{name} {}（期限切れ）", e.valid_until),
                            (Lang::Ja, false) => format!("{name} {}まで", e.valid_until),
                            (Lang::En, true) => format!("{name} {} (expired)", e.valid_until),
                            (Lang::En, false) => format!("{name} until {}", e.valid_until),
                        }
                    }).collect::<Vec<_>>().join(l.pick("、", "; "));
                    view! {
                        <li class="verdict-banner__item verdict-banner__item--warning" data-testid="banner-lapsing" data-paths=paths>
                            <a href="#document-verdict" on:click=move |ev| { ev.prevent_default(); crate::document::focus_id("document-verdict"); }>{move || lang.get().pick("注意：証明書等の有効期限", "Note: certificates lapsing")}</a>
                            {move || lang.get().pick("　", ": ")}
                            {move || list(lang.get())}
                        </li>
                    }
                })}
                {(bidi > 0).then(|| view! {
                    <li class="verdict-banner__item verdict-banner__item--warning" data-testid="banner-bidi">
                        {move || match lang.get() {
                            Lang::Ja => format!("注意：{bidi}か所の記載に、文字の表示の向きを変える制御文字が含まれています。「⟨U+202E⟩」のように文字の位置に表示しています。見た目と中身が異なる記載の可能性があるため、受託者に確認してください。"),
                            Lang::En => format!("Caution: {bidi} answers hold a control character that turns text around. It is shown where it is, as “⟨U+202E⟩”. What they seem to say may not be what they hold: ask the contractor."),
                        }}
                    </li>
                })}
                <li class="verdict-banner__item" data-testid="banner-questions">
                    <a href="#review-panel" on:click=move |ev| { ev.prevent_default(); crate::document::focus_id("review-panel"); }>{move || match (open(), lang.get()) {
                        (0, l) => l.pick("未解決の照会：なし", "Open questions: none").to_string(),
                        (n, Lang::Ja) => format!("未解決の照会：{n}件"),
                        (n, Lang::En) => format!("Open questions: {n}"),
                    }}</a>
                </li>
            </ul>
        </section>
    }
}
