//! The words of one answer as the printed document shows them: the enum words of the
//! registry ([`declaration::fields::Labelled`], through [`declaration::answers::value`]), yes/no and
//! checks as はい / いいえ, dates written out ([`era::long_date`]: 令和6年2月20日, or
//! 2024年2月20日, or 20 February 2024), and 「（記載なし）」 for an answer not given.

use declaration::era::{self, DateStyle};
use declaration::fields::{self, Field, Shape};
use declaration::{access, answers, words, Declaration, Lang};

pub use declaration::words::not_given;

/// The answer at `path` (asked by `f`) in words; `None` when it is not given.
pub fn words(
    d: &Declaration,
    path: &str,
    f: &Field,
    lang: Lang,
    style: DateStyle,
) -> Option<String> {
    match f.control.shape() {
        // A check not ticked affirms nothing: 「未記入」, never 「いいえ」 (spec §4).
        Shape::Check => (access::get_bool(d, path) == Some(true))
            .then(|| words::yes_no(true).pick(lang).to_string()),
        Shape::Date => {
            let text = access::get_text(d, path);
            (!text.trim().is_empty()).then(|| era::long_date(text.trim(), lang, style))
        }
        Shape::Text
        | Shape::Number
        | Shape::Choice
        | Shape::Parent
        | Shape::YesNo
        | Shape::Group => answers::value(d, path, f).map(|w| w.pick(lang).to_string()),
    }
}

/// The answer at `path` in words; when not given, 「未記入」 for a yes/no or a check and
/// 「（記載なし）」 for any other ([`words::missing`]).
pub fn shown(d: &Declaration, path: &str, lang: Lang, style: DateStyle) -> String {
    fields::field(path)
        .and_then(|f| words(d, path, f, lang, style))
        .unwrap_or_else(|| words::missing(path, lang).to_string())
}

/// The registry's label of the answer at `path` (the key itself should it be missing).
pub fn label(path: &str, lang: Lang) -> &str {
    fields::field(path).map_or(path, |f| f.label(lang))
}

/// For the reviewer (the reader, where questions can be asked): 「記入例と同じ文です」 beside an
/// answer that is word for word one of its field's examples — allowed, since it may be true,
/// but worth a question (spec §3). Nothing in the printed document or the contractor's view.
pub fn example_note(d: &Declaration, path: &str, lang: Lang) -> Option<leptos::prelude::AnyView> {
    use leptos::prelude::*;
    if !crate::components::reviewing() {
        return None;
    }
    let text = access::get_text(d, path);
    // An example left with its blanks is already 未入力 at its condition: no mark needed.
    let same = declaration::examples::is_example(path, &text)
        && !declaration::examples::holds_blank(path, &text);
    same.then(|| {
        view! {
            " "
            <span class="tag tag--example" data-testid="same-as-example">
                {lang.pick("記入例と同じ文です", "Same as the example")}
            </span>
        }
        .into_any()
    })
}
