//! Dates as a reader sees them: the Japanese era (和暦, 「令和6年2月20日」, 「令和元年5月1日」)
//! of the printed document and the change list, the Gregorian long date in Japanese
//! (「2024年2月20日」) and in English ("20 February 2024").
//!
//! Eras are counted from their first day: 令和 2019-05-01, 平成 1989-01-08, 昭和 1926-12-25,
//! 大正 1912-07-30, and 明治 from 1873-01-01, the day Japan adopted the Gregorian calendar (明治6年;
//! earlier dates were lunar and have no Gregorian-era equivalent here). The first year of an
//! era is 元年.

use crate::date::Date;
use crate::fields::Lang;

/// How a date is written in Japanese. English always uses the Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DateStyle {
    /// 「令和6年2月20日」 (the Gregorian form when the date is before 明治6年).
    #[default]
    Era,
    /// 「2024年2月20日」.
    Gregorian,
}

/// One era: its name, its first day as counted here, and the Gregorian year of its 元年.
struct Era {
    name: &'static str,
    start: (i32, u32, u32),
    first_year: i32,
}

/// The eras, newest first.
const ERAS: [Era; 5] = [
    Era {
        name: "令和",
        start: (2019, 5, 1),
        first_year: 2019,
    },
    Era {
        name: "平成",
        start: (1989, 1, 8),
        first_year: 1989,
    },
    Era {
        name: "昭和",
        start: (1926, 12, 25),
        first_year: 1926,
    },
    Era {
        name: "大正",
        start: (1912, 7, 30),
        first_year: 1912,
    },
    Era {
        name: "明治",
        start: (1873, 1, 1),
        first_year: 1868,
    },
];

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The era of a name (「令和」) or its initial (R, H, S, T, M, either case).
fn era_named(name: &str) -> Option<&'static Era> {
    let initial = match name {
        "R" | "r" => "令和",
        "H" | "h" => "平成",
        "S" | "s" => "昭和",
        "T" | "t" => "大正",
        "M" | "m" => "明治",
        other => other,
    };
    ERAS.iter().find(|e| e.name == initial)
}

/// A date written in the Japanese era, as people type it: 「令和6年1月15日」, 「令和元年5月1日」,
/// `R6.1.15`, `R6/1/15`, `H31.4.30`, `R06-01-15`, in half-width digits and letters
/// ([`crate::normalize::date`] converts full-width ones first).
/// `None` when it is not such a date, or not a day of that era (令和1年4月30日 is before
/// 令和; 平成31年5月1日 is after it).
pub fn parse(text: &str) -> Option<Date> {
    let s: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let split = s.find(|c: char| c.is_ascii_digit() || c == '元')?;
    let era = era_named(&s[..split])?;
    let rest = s[split..].trim_end_matches('日');
    let parts: Vec<&str> = rest.split(['年', '月', '.', '/', '-']).collect();
    let [year, month, day] = parts[..] else {
        return None;
    };
    let number = |p: &str, max: usize| -> Option<u32> {
        (!p.is_empty() && p.len() <= max && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let year = if year == "元" { 1 } else { number(year, 2)? };
    let date = Date::new(
        era.first_year + year as i32 - 1,
        number(month, 2)?,
        number(day, 2)?,
    )?;
    // The day must fall within this era: on or after its first day, before the next one's.
    let key = (date.year, date.month, date.day);
    let next = ERAS
        .iter()
        .rev()
        .find(|e| e.start > era.start)
        .map(|e| e.start);
    (year >= 1 && key >= era.start && next.is_none_or(|n| key < n)).then_some(date)
}

/// The era name and the year within it (1 for 元年); `None` before 1873-01-01.
pub fn era_year(date: Date) -> Option<(&'static str, i32)> {
    let key = (date.year, date.month, date.day);
    ERAS.iter()
        .find(|e| key >= e.start)
        .map(|e| (e.name, date.year - e.first_year + 1))
}

/// The date in the Japanese era: 2024-02-20 → 「令和6年2月20日」, 2019-05-01 → 「令和元年5月1日」;
/// `None` before 1873-01-01.
pub fn wareki(date: Date) -> Option<String> {
    let (name, year) = era_year(date)?;
    let year = if year == 1 {
        "元".to_string()
    } else {
        year.to_string()
    };
    Some(format!("{name}{year}年{}月{}日", date.month, date.day))
}

/// The date written out: Japanese in `style` (the era falling back to 「2024年2月20日」
/// before 明治6年), English as "20 February 2024".
pub fn format_date(date: Date, lang: Lang, style: DateStyle) -> String {
    match (lang, style) {
        (Lang::Ja, DateStyle::Era) => wareki(date).unwrap_or_else(|| gregorian_ja(date)),
        (Lang::Ja, DateStyle::Gregorian) => gregorian_ja(date),
        (Lang::En, _) => {
            let month = MONTHS_EN[(date.month as usize).clamp(1, 12) - 1];
            format!("{} {month} {}", date.day, date.year)
        }
    }
}

/// A `YYYY-MM-DD` text written out as [`format_date`] does; any other text (a half-typed
/// date, a day that does not exist) is returned unchanged.
pub fn long_date(text: &str, lang: Lang, style: DateStyle) -> String {
    match Date::parse(text) {
        Some(date) => format_date(date, lang, style),
        None => text.to_string(),
    }
}

fn gregorian_ja(date: Date) -> String {
    format!("{}年{}月{}日", date.year, date.month, date.day)
}

/// `text` with every date written `YYYY-MM-DD` in it (a real date, not part of a longer run
/// of digits) written as [`long_date`] does: for sentences made by the core, like the
/// verdict's reasons, that a document shows in its own date style.
pub fn dates_in_text(text: &str, lang: Lang, style: DateStyle) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let candidate = text.get(i..i + 10).filter(|_| {
            (i == 0 || !bytes[i - 1].is_ascii_digit())
                && bytes.get(i + 10).is_none_or(|b| !b.is_ascii_digit())
        });
        if let Some(date) = candidate.and_then(Date::parse) {
            out.push_str(&format_date(date, lang, style));
            i += 10;
            continue;
        }
        let c = text[i..].chars().next().expect("inside the text");
        out.push(c);
        i += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn era_dates_as_people_type_them() {
        let d = |y, m, day| Some(Date::new(y, m, day).unwrap());
        for (text, want) in [
            ("令和6年1月15日", d(2024, 1, 15)),
            ("令和6年2月28日", d(2024, 2, 28)),
            ("令和元年5月1日", d(2019, 5, 1)),
            ("令和1年5月1日", d(2019, 5, 1)),
            ("R6.1.15", d(2024, 1, 15)),
            ("R6/1/15", d(2024, 1, 15)),
            ("r06-01-15", d(2024, 1, 15)),
            ("H31.4.30", d(2019, 4, 30)),
            ("平成元年1月8日", d(1989, 1, 8)),
            ("S64.1.7", d(1989, 1, 7)),
            (" 令和 6年 1月 15日 ", d(2024, 1, 15)),
        ] {
            assert_eq!(parse(text), want, "{text}");
        }
    }

    #[test]
    fn era_dates_outside_their_era_or_the_calendar_are_refused() {
        for text in [
            "令和1年4月30日", // the day before 令和 began
            "H31.5.1",        // 平成 had ended
            "平成元年1月7日", // 昭和 still
            "S64.1.8",        // 平成 already
            "R6.2.30",        // no such day
            "R0.1.1",
            "R6.13.1",
            "X6.1.15",
            "令和六年一月十五日", // kanji numerals are not read
            "2024-01-15",         // Gregorian: not this function's
            "R6.1",
            "",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }

    use super::*;

    fn w(text: &str) -> Option<String> {
        wareki(Date::parse(text).expect("a real date"))
    }

    #[test]
    fn reiwa_and_its_first_year() {
        assert_eq!(w("2024-02-20").as_deref(), Some("令和6年2月20日"));
        assert_eq!(w("2019-05-01").as_deref(), Some("令和元年5月1日"));
        assert_eq!(w("2019-12-31").as_deref(), Some("令和元年12月31日"));
        assert_eq!(w("2020-01-01").as_deref(), Some("令和2年1月1日"));
    }

    #[test]
    fn every_era_starts_on_its_day_and_not_the_day_before() {
        let cases = [
            ("2019-04-30", "平成31年4月30日"),
            ("2019-05-01", "令和元年5月1日"),
            ("1989-01-07", "昭和64年1月7日"),
            ("1989-01-08", "平成元年1月8日"),
            ("1926-12-24", "大正15年12月24日"),
            ("1926-12-25", "昭和元年12月25日"),
            ("1912-07-29", "明治45年7月29日"),
            ("1912-07-30", "大正元年7月30日"),
            ("1873-01-01", "明治6年1月1日"),
        ];
        for (date, expected) in cases {
            assert_eq!(w(date).as_deref(), Some(expected), "{date}");
        }
        assert_eq!(w("1872-12-31"), None);
        assert_eq!(w("0001-01-01"), None);
    }

    #[test]
    fn era_year_counts_from_the_first_year() {
        let d = Date::parse("1988-12-31").unwrap();
        assert_eq!(era_year(d), Some(("昭和", 63)));
        assert_eq!(
            era_year(Date::parse("1900-06-01").unwrap()),
            Some(("明治", 33))
        );
    }

    #[test]
    fn long_dates_in_each_language_and_style() {
        assert_eq!(
            long_date("2024-02-20", Lang::Ja, DateStyle::Era),
            "令和6年2月20日"
        );
        assert_eq!(
            long_date("2024-02-20", Lang::Ja, DateStyle::Gregorian),
            "2024年2月20日"
        );
        for style in [DateStyle::Era, DateStyle::Gregorian] {
            assert_eq!(long_date("2024-02-20", Lang::En, style), "20 February 2024");
            assert_eq!(long_date("1999-12-01", Lang::En, style), "1 December 1999");
        }
        // Before 明治6年 the era has no answer: the Gregorian form stands in.
        assert_eq!(
            long_date("1850-03-04", Lang::Ja, DateStyle::Era),
            "1850年3月4日"
        );
    }

    #[test]
    fn text_that_is_not_a_date_is_kept() {
        for text in [
            "",
            "2024-02-30",
            "2024/02/20",
            "令和6年",
            "2024-2-1",
            "未定",
        ] {
            for lang in [Lang::Ja, Lang::En] {
                assert_eq!(long_date(text, lang, DateStyle::Era), text);
                assert_eq!(long_date(text, lang, DateStyle::Gregorian), text);
            }
        }
    }

    #[test]
    fn dates_inside_sentences_follow_the_style() {
        let text = "ISO/IEC 27017 は申告日（2024-02-20）時点で有効です（有効期限 2026-03-31）。";
        assert_eq!(
            dates_in_text(text, Lang::Ja, DateStyle::Era),
            "ISO/IEC 27017 は申告日（令和6年2月20日）時点で有効です（有効期限 令和8年3月31日）。"
        );
        assert_eq!(
            dates_in_text(text, Lang::Ja, DateStyle::Gregorian),
            "ISO/IEC 27017 は申告日（2024年2月20日）時点で有効です（有効期限 2026年3月31日）。"
        );
        assert_eq!(
            dates_in_text("valid until 2019-05-01.", Lang::En, DateStyle::Era),
            "valid until 1 May 2019."
        );
        // Not dates: impossible days, longer digit runs, other shapes.
        for kept in [
            "2024-02-30",
            "12024-02-20",
            "2024-02-201",
            "2024/02/20",
            "番号 C21-0001-1",
        ] {
            assert_eq!(dates_in_text(kept, Lang::Ja, DateStyle::Era), kept);
        }
    }
}
