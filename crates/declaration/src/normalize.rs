//! Normalisation of typed answers: full-width → half-width in every answer that is ASCII by
//! nature — phone numbers, postal codes, country codes, email addresses, URLs, certificate
//! and registration numbers (spec §3: 「０３－１２３４…」 is accepted and stored as `03-1234…`,
//! 「yamada＠example.jp」 as `yamada@example.jp`) — and dates as people type them (和暦
//! included) to `YYYY-MM-DD` ([`answer`] per control).
//!
//! This module owns *what* is rewritten; [`crate::rules`] validates on the same normalised
//! values, so an answer that validates stays valid after [`normalize`]. Free text (names,
//! addresses, descriptions) is never touched: it is printed as the user wrote it.

use crate::model::Declaration;

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

/// The text typed at `path` as it is stored, by the kind of answer: a phone number, a
/// postal code, a country code, an email address, a URL, a certificate or registration
/// number or a date normalised as above; any other text as it is.
/// The form applies it when the user leaves a control.
pub fn answer(path: &str, text: &str) -> String {
    use crate::fields::{self, Control};
    if fields::key_of(path) == "cloud.data_location.regions[].country" {
        return country(text);
    }
    match fields::field(path).map(|f| f.control) {
        Some(Control::Tel) => phone(text),
        Some(Control::PostalCode) => postal_code(text),
        Some(Control::Date) => date(text),
        Some(Control::Email | Control::Url) => ascii(text),
        Some(Control::Code) => code(text),
        _ => text.to_string(),
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

/// Rewrites, in place, the answers that have a canonical form: the declarant's phone
/// number and email address, every postal code, every region's country code, the model
/// document's URL, every certificate and registration number, and every date (the era too:
/// 「令和6年2月28日」 → `2024-02-28`). Drafts are saved and files exported through it. Nothing else is altered
/// (in particular no text is trimmed). Applying it twice changes nothing more.
pub fn normalize(d: &mut Declaration) {
    map(&mut d.basic.declaration_date, date);
    if let Some(declarant) = d.basic.declarant.as_mut() {
        map(&mut declarant.phone, phone);
        map(&mut declarant.email, ascii);
    }
    if let Some(contractor) = d.entrustment.contractor.as_mut() {
        map(&mut contractor.postal_code, postal_code);
    }
    for s in &mut d.subcontractors {
        map(&mut s.postal_code, postal_code);
        if let Some(c) = s.confidentiality.as_mut() {
            map(&mut c.date, date);
        }
    }
    if let Some(cloud) = d.cloud.as_mut() {
        if let Some(certs) = cloud.certifications.as_mut() {
            for c in [
                &mut certs.iso27017,
                &mut certs.cs_gold_mark,
                &mut certs.iso27018,
            ]
            .into_iter()
            .flatten()
            {
                map(&mut c.valid_until, date);
                map(&mut c.certificate_number, code);
                map(&mut c.registration_number, code);
            }
        }
        if let Some(ismap) = cloud.ismap.as_mut() {
            map(&mut ismap.valid_until, date);
            map(&mut ismap.registration_number, code);
        }
    }
    if let Some(doc) = d
        .responsibility
        .as_mut()
        .and_then(|r| r.model_document.as_mut())
    {
        map(&mut doc.url, ascii);
    }
    for m in &mut d.measures {
        map(&mut m.planned_date, date);
    }
    if let Some(a) = d.attestation.as_mut() {
        map(&mut a.date, date);
    }
    if let Some(location) = d.cloud.as_mut().and_then(|c| c.data_location.as_mut()) {
        for r in &mut location.regions {
            map(&mut r.country, country);
        }
    }
}

fn map(value: &mut Option<String>, f: fn(&str) -> String) {
    if let Some(v) = value.as_mut() {
        *v = f(v);
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn answers_are_normalised_by_their_kind() {
        assert_eq!(
            answer("cloud.data_location.regions[1].country", "日本"),
            "JP"
        );
        assert_eq!(
            answer("cloud.data_location.regions[0].country", "Singapore"),
            "SG"
        );
        assert_eq!(
            answer("basic.declarant.phone", "０５９－２２２－４１６５"),
            "059-222-4165"
        );
        assert_eq!(
            answer("entrustment.contractor.postal_code", "5140003"),
            "514-0003"
        );
        assert_eq!(
            answer("subcontractors[2].postal_code", "〒１００－００１４"),
            "100-0014"
        );
        assert_eq!(
            answer("cloud.data_location.regions[1].country", " ｊｐ "),
            "JP"
        );
        assert_eq!(
            answer("basic.declaration_date", "令和6年2月28日"),
            "2024-02-28"
        );
        assert_eq!(answer("measures[0].planned_date", "R6.2.28"), "2024-02-28");
        assert_eq!(
            answer("measures[0].planned_date", "Ｒ６．２．２８"),
            "2024-02-28"
        );
        assert_eq!(answer("attestation.date", "２０２４/2/28"), "2024-02-28");
        // Free text is never touched.
        assert_eq!(answer("basic.municipality", " ０５９ "), " ０５９ ");
    }

    #[test]
    fn dates_of_a_declaration_are_normalised() {
        let mut d = crate::model::Declaration::new();
        d.basic.declaration_date = Some("令和6年2月28日".into());
        d.attestation = Some(crate::model::Attestation {
            date: Some("R6.3.1".into()),
            ..Default::default()
        });
        normalize(&mut d);
        assert_eq!(d.basic.declaration_date.as_deref(), Some("2024-02-28"));
        assert_eq!(d.attestation.unwrap().date.as_deref(), Some("2024-03-01"));
    }

    use super::*;
    use crate::model::*;

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

    fn sample() -> Declaration {
        let mut d = Declaration::new();
        d.basic.declarant = Some(Declarant {
            name: Some(" 山田　太郎 ".into()),
            phone: Some("０５９－０００－００００".into()),
            ..Default::default()
        });
        d.entrustment.content = Some("  内容  ".into());
        d.entrustment.contractor = Some(Contractor {
            name: Some("ＡＢＣ連合会".into()),
            address: Some("三重県津市桜橋二丁目９６番地".into()),
            postal_code: Some("５１４－０００３".into()),
        });
        d.subcontractors = vec![Subcontractor {
            id: "sub-1".into(),
            name: Some("中央会".into()),
            postal_code: Some("1000014".into()),
            ..Default::default()
        }];
        d.cloud = Some(Cloud {
            data_location: Some(DataLocation {
                regions: vec![Region {
                    name: Some("東京".into()),
                    country: Some("ｊｐ".into()),
                    purpose: None,
                }],
                contract_guarantees_domestic: None,
            }),
            ..Default::default()
        });
        d
    }

    #[test]
    fn normalize_rewrites_phone_postal_and_country_only() {
        let mut d = sample();
        normalize(&mut d);
        let declarant = d.basic.declarant.as_ref().unwrap();
        assert_eq!(declarant.phone.as_deref(), Some("059-000-0000"));
        // Other text is left exactly as typed, full-width and spaces included.
        assert_eq!(declarant.name.as_deref(), Some(" 山田　太郎 "));
        assert_eq!(d.entrustment.content.as_deref(), Some("  内容  "));
        let contractor = d.entrustment.contractor.as_ref().unwrap();
        assert_eq!(contractor.postal_code.as_deref(), Some("514-0003"));
        assert_eq!(contractor.name.as_deref(), Some("ＡＢＣ連合会"));
        assert_eq!(
            contractor.address.as_deref(),
            Some("三重県津市桜橋二丁目９６番地")
        );
        assert_eq!(d.subcontractors[0].postal_code.as_deref(), Some("100-0014"));
        let region = &d
            .cloud
            .as_ref()
            .unwrap()
            .data_location
            .as_ref()
            .unwrap()
            .regions[0];
        assert_eq!(region.country.as_deref(), Some("JP"));
        assert_eq!(region.name.as_deref(), Some("東京"));
    }

    #[test]
    fn normalize_is_idempotent_and_keeps_absent_values_absent() {
        let mut once = sample();
        normalize(&mut once);
        let mut twice = once.clone();
        normalize(&mut twice);
        assert_eq!(once, twice);

        let mut empty = Declaration::new();
        normalize(&mut empty);
        assert_eq!(empty, Declaration::new());
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
