//! What both parties see of one question (照会事項): the words of its target
//! ([`target_words`]: 「C6 ISMAPクラウドサービスリストへの掲載」, 「再委託先 2（…） 立入調査」),
//! and the rows of the change list since the reviewed version that concern it
//! ([`ItemChanges`]: 項目, 変更前 → 変更後), and the earlier turns of its thread ([`Thread`]:
//! the replies a 再照会 closed, the questions asked again, the 解決, in Japan time). The
//! reviewer's panel and the contractor's page both build on these.

use crate::document::answer_name;
use declaration::changes::{Change, NONE_EN, NONE_JA};
use declaration::review::{place, Place, Target, Turn};
use declaration::words::isolated;
use declaration::{Declaration, Lang};
use leptos::prelude::*;

/// The words of a question's target where it is now in `d`; a target that is not there
/// says so, with what it named.
pub fn target_words(d: &Declaration, target: &Target, lang: Lang) -> String {
    match place(d, target) {
        Place::Condition(c) => format!("{} {}", c.as_str(), c.title(lang)),
        Place::Section(s) => s.title(lang).to_string(),
        Place::Answer(path) => answer_name(&path, lang),
        Place::Missing => {
            let what = target
                .condition
                .clone()
                .or_else(|| target.section.clone())
                .or_else(|| target.path.clone())
                .unwrap_or_default();
            format!(
                "{}{}",
                lang.pick("（見つかりません）", "(not found) "),
                isolated(&what)
            )
        }
    }
}

/// 変更前 (`before`) or 変更後 of a change as a reader sees it, the user's words isolated;
/// 記載なし when there is none.
pub fn change_value(c: &Change, before: bool, lang: Lang) -> String {
    let v = if before {
        c.before(lang)
    } else {
        c.after(lang)
    };
    v.map(|s| isolated(s).into_owned())
        .unwrap_or_else(|| lang.pick(NONE_JA, NONE_EN).to_string())
}

/// The changes since the reviewed version that concern one question, as a short list;
/// 「この照会に関わる変更はありません」 when there are none.
#[component]
pub fn ItemChanges(lang: Signal<Lang>, changes: Vec<Change>) -> impl IntoView {
    if changes.is_empty() {
        return view! {
            <p class="question-changes question-changes--none" data-testid="item-changes-none">
                {move || lang.get().pick("審査した版からの、この照会に関わる変更はありません。", "Nothing this question is about has changed since the version reviewed.")}
            </p>
        }
        .into_any();
    }
    let rows = changes
        .into_iter()
        .map(|c| {
            let c = StoredValue::new(c);
            let val = move |before: bool| c.with_value(|c| change_value(c, before, lang.get()));
            view! {
                <li>
                    <span class="question-changes__item">{move || c.with_value(|c| isolated(c.item(lang.get())).into_owned())}</span>
                    {move || lang.get().pick("：", ": ")}
                    <del class="question-changes__before">{move || val(true)}</del>
                    " → "
                    <ins class="question-changes__after">{move || val(false)}</ins>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="question-changes" data-testid="item-changes">
            <p class="question-changes__title">{move || lang.get().pick("審査した版からの変更", "Changed since the version reviewed")}</p>
            <ul>{rows}</ul>
        </div>
    }
    .into_any()
}

/// The earlier turns of a question, oldest first (nothing when there are none): each with
/// its kind, its time in Japan time and who, and its text.
#[component]
pub fn Thread(lang: Signal<Lang>, history: Vec<Turn>) -> impl IntoView {
    (!history.is_empty()).then(|| {
        let turns = history
            .into_iter()
            .map(|t| {
                let at = declaration::time::jst(&t.at);
                let by = t.by.clone();
                let text = t.text.as_deref().map(|x| isolated(x).into_owned());
                view! {
                    <li data-kind=format!("{:?}", t.kind)>
                        <span class="thread__meta">{move || {
                            let l = lang.get();
                            let who = by.as_deref().map(|b| format!("（{}）", isolated(b))).unwrap_or_default();
                            format!("{at} {}{who}", t.kind.label(l))
                        }}</span>
                        {text.map(|x| view! { <span class="review-item__comment">{x}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="question-changes thread" data-testid="thread">
                <p class="question-changes__title">{move || lang.get().pick("これまでのやり取り", "Earlier in this thread")}</p>
                <ol>{turns}</ol>
            </div>
        }
    })
}
