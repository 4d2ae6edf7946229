//! The words and order of the draft list: a draft's [`default_name`], the name of a copy,
//! a custom name tidied, and "newest first" by the instant a timestamp names.

use std::cmp::Ordering;

use crate::model::Declaration;
pub(super) use crate::time::instant;
use crate::Lang;

/// The name of a draft without a custom one: municipality, system name and declaration
/// date (「○○市 国保総合システム 2024-02-20」), or for a draft sent to several municipalities
/// how many (「宛先29件 …」). A missing municipality or system name reads
/// 「（団体名未入力）」/「（システム名未入力）」; a missing date is left out.
pub fn default_name(d: &Declaration, lang: Lang) -> String {
    let given = |s: &Option<String>| s.as_deref().map(one_line).filter(|s| !s.is_empty());
    let to = match d.addressees.len() {
        0 => given(&d.basic.municipality),
        n => Some(match lang {
            Lang::Ja => format!("宛先{n}件"),
            Lang::En => format!("{n} addressees"),
        }),
    };
    let mut parts = vec![
        to.unwrap_or_else(|| {
            lang.pick("（団体名未入力）", "(municipality not entered)")
                .to_string()
        }),
        given(&d.basic.system_name).unwrap_or_else(|| {
            lang.pick("（システム名未入力）", "(system name not entered)")
                .to_string()
        }),
    ];
    parts.extend(given(&d.basic.declaration_date));
    parts.join(" ")
}

/// The name of a copy of the draft named `name`: 「○○のコピー」 / "Copy of ○○".
pub(super) fn copy_name(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{name}のコピー"),
        Lang::En => format!("Copy of {name}"),
    }
}

/// A custom name as stored: on one line, spaces collapsed; `None` when nothing is left.
pub(super) fn custom_name(name: &str) -> Option<String> {
    Some(one_line(name)).filter(|s| !s.is_empty())
}

/// The text with invisible characters ([`crate::rules::is_invisible`]) and runs of white
/// space as one space, trimmed.
fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || crate::rules::is_invisible(c))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Orders timestamps newest first: by the instant they name when they are RFC 3339 (so
/// `…03Z` and `…03.500Z` and `+09:00` compare right), those that are not after them.
pub(super) fn newest_first(a: &str, b: &str) -> Ordering {
    match (instant(a), instant(b)) {
        (Some(x), Some(y)) => y.cmp(&x),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => b.cmp(a),
    }
}
