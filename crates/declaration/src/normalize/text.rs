//! Normalisation of typed text, one function per kind of value that has a canonical form
//! ([`crate::fields::Control::normalise`] picks the one of a kind): full-width → half-width
//! in every answer that is ASCII by nature — phone numbers, postal codes, country codes,
//! email addresses, URLs, certificate and registration numbers, 法人番号 (spec §3:
//! 「０３－１２３４…」 is accepted and stored as `03-1234…`, 「yamada＠example.jp」 as
//! `yamada@example.jp`) — and dates as people type them (和暦 included) to `YYYY-MM-DD`.
//! Free text (names, addresses, descriptions) has no function here: it is printed as the
//! user wrote it.

/// Full-width digits, latin letters and ASCII signs (`０`, `Ａ`, `＠`, `．`, `－`) become their
/// half-width forms; every kind of hyphen, dash, minus and long-vowel mark
/// (`‐ ‑ ‒ – — ― − ー ｰ ﹣`) becomes `-`; the ideographic space (U+3000) becomes ` `.
/// Everything else is kept as it is.
pub fn to_half_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            // Full-width forms of the printable ASCII range (！ … ～), digits and letters included.
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{30FC}' | '\u{FF70}' | '\u{FE63}' => '-',
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// A phone number as stored: half-width, with every space removed. Hyphens are kept as the
/// user placed them (`０５９－０００－００００` → `059-000-0000`).
pub fn phone(s: &str) -> String {
    to_half_width(s)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// A postal code as stored: half-width, spaces and a leading `〒` removed, and seven bare
/// digits given their hyphen (`1000014` → `100-0014`, `５１４－０００３` → `514-0003`).
/// Anything else is returned half-width for the rules to reject.
pub fn postal_code(s: &str) -> String {
    let half: String = to_half_width(s)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let half = half.strip_prefix('〒').unwrap_or(&half);
    if half.len() == 7 && half.bytes().all(|b| b.is_ascii_digit()) {
        format!("{}-{}", &half[..3], &half[3..])
    } else {
        half.to_string()
    }
}

/// An email address or a URL as stored: full-width letters, digits and signs (`＠`, `．`,
/// `／`) half-width, the ideographic space a space, the ends trimmed. Nothing else changes: a
/// URL's path may hold Japanese (and its long-vowel mark ー stays).
pub fn ascii(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect::<String>()
        .trim()
        .to_string()
}

/// A certificate or registration number as stored: half-width ([`to_half_width`], every
/// dash a `-`), the ends trimmed (`Ｃ２１－０００１－１` → `C21-0001-1`).
pub fn code(s: &str) -> String {
    to_half_width(s).trim().to_string()
}

/// A country code as stored: half-width, trimmed, upper case (`ｊｐ` → `JP`); a country
/// typed by its name becomes its code (「日本」 → `JP`, [`crate::countries::code_of`]).
pub fn country(s: &str) -> String {
    let half = to_half_width(s);
    match crate::countries::code_of(&half) {
        Some(code) => code.to_string(),
        None => half.trim().to_uppercase(),
    }
}

/// A date as typed, made `YYYY-MM-DD` when it reads as one: the Japanese era
/// ([`crate::era::parse`]: 「令和6年1月15日」, `R6.1.15`), and Gregorian dates with full-width
/// digits, `/`, `.` and 年月日, month and day zero-padded (`２０２４/2/5` → `2024-02-05`).
/// Anything else is returned half-width and trimmed, for the rules to report.
pub fn date(s: &str) -> String {
    if let Some(d) = crate::era::parse(&to_half_width(s)) {
        return d.to_string();
    }
    let half = to_half_width(s.trim());
    let unified: String = half
        .trim_end_matches('日')
        .chars()
        .map(|c| match c {
            '/' | '.' | '年' | '月' => '-',
            c => c,
        })
        .collect();
    let parts: Vec<&str> = unified.split('-').collect();
    let numeric = |p: &&str| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit());
    if parts.len() == 3
        && parts.iter().all(numeric)
        && parts[0].len() == 4
        && parts[1].len() <= 2
        && parts[2].len() <= 2
    {
        format!("{}-{:0>2}-{:0>2}", parts[0], parts[1], parts[2])
    } else {
        half
    }
}

/// A 法人番号 as stored: half-width, with spaces and hyphens removed
/// (`４０１１−００１−０９８９９３` → `4011001098993`). Whether it is one is
/// [`crate::corporate_number`]'s to say.
pub fn corporate_number(s: &str) -> String {
    to_half_width(s)
        .chars()
        .filter(|&c| !c.is_whitespace() && c != '-')
        .collect()
}

#[cfg(test)]
mod tests {

    use super::*;

    #[test]
    fn half_width_digits_dashes_and_spaces() {
        assert_eq!(to_half_width("０１２３４５６７８９"), "0123456789");
        assert_eq!(
            to_half_width("－‐‑‒–—―−ーｰ﹣"),
            "-----------",
            "every dash becomes a hyphen"
        );
        assert_eq!(to_half_width("０３\u{3000}１２"), "03 12");
        assert_eq!(
            to_half_width("ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ"),
            "yamada@example.jp"
        );
        assert_eq!(to_half_width("ＪＰ"), "JP");
        // Kana, kanji and half-width text are kept.
        assert_eq!(to_half_width("東京リージョン abc"), "東京リ-ジョン abc");
        assert_eq!(to_half_width("山田 太郎"), "山田 太郎");
    }

    #[test]
    fn phone_numbers() {
        assert_eq!(phone("０５９－０００－００００"), "059-000-0000");
        assert_eq!(phone(" 059 000 0000 "), "0590000000");
        assert_eq!(phone("０３\u{3000}１２３４\u{3000}５６７８"), "0312345678");
        assert_eq!(phone("059―000―0000"), "059-000-0000");
        assert_eq!(phone(""), "");
    }

    #[test]
    fn postal_codes() {
        assert_eq!(postal_code("５１４－０００３"), "514-0003");
        assert_eq!(postal_code("1000014"), "100-0014");
        assert_eq!(postal_code("１０００３１４"), "100-0314");
        assert_eq!(postal_code(" 514-0003 "), "514-0003");
        assert_eq!(postal_code("〒514-0003"), "514-0003");
        assert_eq!(postal_code("514 0003"), "514-0003");
        // Not seven digits: left for the rules to reject.
        assert_eq!(postal_code("51400"), "51400");
        assert_eq!(postal_code("abc"), "abc");
    }

    #[test]
    fn countries() {
        assert_eq!(country("jp"), "JP");
        assert_eq!(country(" ｊｐ "), "JP");
        assert_eq!(country("Sg"), "SG");
    }

    #[test]
    fn corporate_numbers() {
        assert_eq!(
            corporate_number("４０１１００１０９８９９３"),
            "4011001098993"
        );
        assert_eq!(corporate_number(" 4011-001-098993 "), "4011001098993");
        assert_eq!(corporate_number("4011　0010　98993"), "4011001098993");
        assert_eq!(corporate_number("T4011001098993"), "T4011001098993");
    }

    #[test]
    fn dates_as_typed_become_iso() {
        assert_eq!(date("2024-02-20"), "2024-02-20");
        assert_eq!(date("２０２４／２／５"), "2024-02-05");
        assert_eq!(date("2024/2/5"), "2024-02-05");
        assert_eq!(date("2024年2月5日"), "2024-02-05");
        assert_eq!(date(" 2024.12.01 "), "2024-12-01");
        assert_eq!(date("令和6年2月5日"), "2024-02-05");
        assert_eq!(
            date("令和6年2月30日"),
            "令和6年2月30日",
            "no such day: left for the rules"
        );
        assert_eq!(date("2024-2"), "2024-2");
        assert_eq!(date("24/2/5"), "24/2/5");
    }
}
