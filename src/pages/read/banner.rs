//! The verdict banner at the top of the reader (issue 31): what a reviewer must know first,
//! in the first screenful — the overall verdict (適合 / 不適合 / 未完了 with the count of what is
//! missing), the tally of the conditions, the file's integrity (改変なし / 出力後に変更されてい
//! ます / ハッシュなし), the certificates that lapse within 90 days of the declaration date or
//! of today (or have lapsed by today), and the questions still open — each a link to its
//! place below.

use super::review::ReviewState;
use crate::components::verdict_table::badge_class;
use declaration::io::IntegrityState;
use declaration::review::ItemStatus;
use declaration::verdict::{self, guide, Expiring, Overall, Status};
use declaration::{date::Date, rules, Declaration, Lang};
use leptos::prelude::*;

/// Today's date where the reader runs (the browser's local date).
fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
}

/// The certificates to warn of: those lapsing within 90 days of the declaration date, then
/// those lapsing within 90 days of today or lapsed by it (one line per certificate, the
/// one counted from today when it has lapsed).
fn lapsing(d: &Declaration) -> Vec<Expiring> {
    let mut out = verdict::expiring(d);
    for e in today()
        .map(|t| verdict::lapsing_by(d, t))
        .unwrap_or_default()
    {
        match out.iter().position(|o| o.path == e.path) {
            Some(i) if e.days < 0 => out[i] = e,
            Some(_) => {}
            None => out.push(e),
        }
    }
    out
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
        <section class=format!("verdict-banner verdict-banner--{}", overall.as_str())
            data-testid="verdict-banner" aria-labelledby="verdict-banner-title">
            <h2 class="verdict-banner__title" id="verdict-banner-title">
                {move || lang.get().pick("総合判定", "Overall verdict")}
                " "
                <a href="#document-verdict" class=badge_class(Some(shade)) data-testid="banner-overall"
                    data-status=overall.as_str()>{move || overall.label(lang.get())}</a>
            </h2>
            <ul class="verdict-banner__facts">
                <li class="verdict-banner__item">
                    <a href="#document-verdict" data-testid="banner-tally">{move || tally.pick(lang.get()).to_string()}</a>
                </li>
                <li class=integrity_class data-testid="banner-integrity" data-integrity=integrity.as_str()>
                    {move || lang.get().pick("改変の確認：", "Integrity: ")}
                    <a href="#document-ids">{move || integrity.words().pick(lang.get()).to_string()}</a>
                </li>
                {lapsing.into_iter().map(|e| view! {
                    <li class="verdict-banner__item verdict-banner__item--warning" data-testid="banner-lapsing" data-path=e.path>
                        <a href="#document-verdict">{move || e.text.pick(lang.get()).to_string()}</a>
                    </li>
                }).collect_view()}
                {(bidi > 0).then(|| view! {
                    <li class="verdict-banner__item verdict-banner__item--warning" data-testid="banner-bidi">
                        {move || match lang.get() {
                            Lang::Ja => format!("注意：{bidi}か所の記載に、文字の表示の向きを変える制御文字が含まれています。「⟨U+202E⟩」のように文字の位置に表示しています。見た目と中身が異なる記載の可能性があるため、受託者に確認してください。"),
                            Lang::En => format!("Caution: {bidi} answers hold a control character that turns text around. It is shown where it is, as “⟨U+202E⟩”. What they seem to say may not be what they hold: ask the contractor."),
                        }}
                    </li>
                })}
                <li class="verdict-banner__item" data-testid="banner-questions">
                    <a href="#review-panel">{move || match (open(), lang.get()) {
                        (0, l) => l.pick("未解決の照会：なし", "Open questions: none").to_string(),
                        (n, Lang::Ja) => format!("未解決の照会：{n}件"),
                        (n, Lang::En) => format!("Open questions: {n}"),
                    }}</a>
                </li>
            </ul>
        </section>
    }
}
