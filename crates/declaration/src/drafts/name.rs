//! The words and order of the draft list: a draft's [`default_name`], the name of a copy,
//! a custom name tidied, and "newest first" by the instant a timestamp names.

use std::cmp::Ordering;

use crate::date::Date;
use crate::model::Declaration;
use crate::Lang;

/// The name of a draft without a custom one: municipality, system name and declaration
/// date (「○○市 国保総合システム 2024-02-20」). A missing municipality or system name reads
/// 「（団体名未入力）」/「（システム名未入力）」; a missing date is left out.
pub fn default_name(d: &Declaration, lang: Lang) -> String {
    let given = |s: &Option<String>| s.as_deref().map(one_line).filter(|s| !s.is_empty());
    let mut parts = vec![
        given(&d.basic.municipality).unwrap_or_else(|| {
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

/// Seconds since 1970-01-01T00:00:00Z and nanoseconds of an RFC 3339 timestamp
/// (`2024-02-20T10:00:00.5+09:00`).
pub(super) fn instant(ts: &str) -> Option<(i64, u32)> {
    let b = ts.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        ts.get(from..from + len)
            .filter(|s| s.bytes().all(|c| c.is_ascii_digit()))
            .and_then(|s| s.parse().ok())
    };
    let date = Date::parse(ts.get(..10)?)?;
    if !matches!(b.get(10), Some(b'T' | b't' | b' '))
        || b.get(13) != Some(&b':')
        || b.get(16) != Some(&b':')
    {
        return None;
    }
    let (h, m, s) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    if h > 23 || m > 59 || s > 60 {
        return None;
    }
    let mut rest = &ts[19..];
    let mut nanos = 0u32;
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        for (i, c) in frac.bytes().take(9).take(digits).enumerate() {
            nanos += u32::from(c - b'0') * 10u32.pow(8 - i as u32);
        }
        rest = &frac[digits..];
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.as_bytes().first() {
                Some(b'+') => 1,
                Some(b'-') => -1,
                _ => return None,
            };
            if rest.len() != 6 || rest.as_bytes()[3] != b':' {
                return None;
            }
            let digits = |s: &str| -> Option<i64> {
                s.bytes()
                    .all(|c| c.is_ascii_digit())
                    .then(|| s.parse().ok())
                    .flatten()
            };
            let (oh, om) = (digits(&rest[1..3])?, digits(&rest[4..6])?);
            if oh > 23 || om > 59 {
                return None;
            }
            sign * (oh * 3600 + om * 60)
        }
    };
    let days = days_from_civil(date.year.into(), date.month.into(), date.day.into());
    Some((days * 86_400 + h * 3600 + m * 60 + s - offset, nanos))
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}
