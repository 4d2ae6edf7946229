//! Normalisation of a declaration's answers: every answer whose kind of value has a
//! canonical form ([`fields::Control::has_canonical_form`]) rewritten as its kind says
//! ([`fields::Control::normalise`], the functions of [`text`]). Which answers those are comes from
//! the field registry, walked through [`crate::access`]: a new field of such a kind is
//! normalised without a line here.
//!
//! This module owns *when* an answer is rewritten; [`crate::rules`] validates on the same
//! normalised values, so an answer that validates stays valid after [`normalize`].

pub mod text;

pub use text::*;

use crate::access::rewrite_strings;
use crate::fields::{self, FIELDS};
use crate::model::Declaration;

/// The text typed at `path` as it is stored, by its kind of value
/// ([`fields::Control::normalise`]); the text as it is at a path the registry does not know.
/// The form applies it when the user leaves a control.
pub fn answer(path: &str, typed: &str) -> String {
    match fields::field(path) {
        Some(f) => f.control.normalise(typed),
        None => typed.to_string(),
    }
}

/// Rewrites, in place, the answers that have a canonical form: phone numbers, email
/// addresses, postal codes, countries, URLs, certificate and registration numbers (under
/// either key, [`fields::Field::alias`]), 法人番号 and every date (the era too:
/// 「令和6年2月28日」 → `2024-02-28`). Drafts are saved and files exported through it.
/// Nothing else is altered (in particular no text is trimmed). Applying it twice changes
/// nothing more.
pub fn normalize(d: &mut Declaration) {
    let kinds = FIELDS
        .iter()
        .filter(|f| f.control.has_canonical_form())
        .flat_map(|f| {
            let own = std::iter::once((f.key, f.control));
            own.chain(f.alias().map(|k| (k, f.control)))
        });
    rewrite_strings(d, kinds);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

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
            ..Default::default()
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
    fn every_kind_with_a_canonical_form_is_normalised_in_a_declaration() {
        let mut d = Declaration::new();
        d.entrustment.contractor = Some(Contractor {
            corporate_number: Some("４０１１００１０９８９９３".into()),
            ..Default::default()
        });
        d.cloud = Some(Cloud {
            certifications: Some(Certifications {
                cs_gold_mark: Some(Certificate {
                    certificate_number: Some("ＣＳ－１".into()),
                    ..Default::default()
                }),
                ..Default::default()
            }),
            ..Default::default()
        });
        d.measures = vec![Measure {
            id: "m-1".into(),
            planned_date: Some("R6.2.28".into()),
            ..Default::default()
        }];
        normalize(&mut d);
        let contractor = d.entrustment.contractor.as_ref().unwrap();
        assert_eq!(
            contractor.corporate_number.as_deref(),
            Some("4011001098993")
        );
        let cs = d.cloud.as_ref().unwrap().certifications.as_ref().unwrap();
        assert_eq!(
            cs.cs_gold_mark
                .as_ref()
                .unwrap()
                .certificate_number
                .as_deref(),
            Some("CS-1"),
            "the other key of a certificate number is normalised too"
        );
        assert_eq!(d.measures[0].planned_date.as_deref(), Some("2024-02-28"));
    }
}
