//! Certificates about to lapse (issue 12 ⑤): an ISO/IEC 27017, CS Mark Gold or
//! ISO/IEC 27018 certificate, or the ISMAP listing, that is valid on the declaration date but
//! whose `valid_until` falls within [`WARN_DAYS`] days after it. Its condition stays 適合;
//! [`expiring`] gives the warning (注意) with the date, for the form, the review page, the
//! reader, the table and the printed verdict, and for `declaration-check`'s `expiring`.

use crate::answers;
use crate::date::Date;
use crate::model::Declaration;
use crate::words::Words;

use super::condition::CondId;

/// How many days after the declaration date a `valid_until` warns (day 0 to day 90).
pub const WARN_DAYS: i64 = 90;

/// One certificate or listing that lapses soon after the declaration date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expiring {
    /// The certificate's or listing's path: `cloud.certifications.iso27018`, `cloud.ismap`.
    pub path: &'static str,
    /// The condition it belongs to.
    pub condition: CondId,
    /// Its `valid_until`, as written (an ISO date).
    pub valid_until: String,
    /// Days from the declaration date to `valid_until` (0 to [`WARN_DAYS`]).
    pub days: i64,
    /// The warning: 「注意：ISO/IEC 27018 の認証の有効期限（2024-05-20）は申告日の90日後です。…」
    pub text: Words,
}

/// What is checked: (path, condition, what it is in Japanese, in English).
const CHECKED: [(&str, CondId, &str, &str); 4] = [
    (
        "cloud.certifications.iso27017",
        CondId::C1,
        "ISO/IEC 27017 の認証",
        "The ISO/IEC 27017 certificate",
    ),
    (
        "cloud.certifications.cs_gold_mark",
        CondId::C1,
        "CS ゴールドマーク",
        "The CS Gold Mark",
    ),
    (
        "cloud.certifications.iso27018",
        CondId::C2,
        "ISO/IEC 27018 の認証",
        "The ISO/IEC 27018 certificate",
    ),
    (
        "cloud.ismap",
        CondId::C6,
        "ISMAP クラウドサービスリストへの掲載",
        "The ISMAP listing",
    ),
];

/// The certificates and listings of `d` that are held (listed), valid on the declaration
/// date and lapse within [`WARN_DAYS`] days after it, in the order C1, C2, C6. Empty when
/// the declaration date or a `valid_until` is not a real date, or the answer is not asked.
pub fn expiring(d: &Declaration) -> Vec<Expiring> {
    let Some(on) = d.basic.declaration_date.as_deref().and_then(Date::parse) else {
        return Vec::new();
    };
    let cloud = d.cloud.as_ref();
    let certs = cloud.and_then(|c| c.certifications.as_ref());
    CHECKED
        .iter()
        .filter_map(|&(path, condition, ja, en)| {
            let (held, until) = match path {
                "cloud.ismap" => {
                    let i = cloud.and_then(|c| c.ismap.as_ref())?;
                    (i.listed, i.valid_until.as_deref())
                }
                _ => {
                    let c = match path {
                        "cloud.certifications.iso27017" => certs?.iso27017.as_ref(),
                        "cloud.certifications.cs_gold_mark" => certs?.cs_gold_mark.as_ref(),
                        _ => certs?.iso27018.as_ref(),
                    }?;
                    (c.held, c.valid_until.as_deref())
                }
            };
            let until_text = until?.trim();
            let until = Date::parse(until_text)?;
            let days = on.days_until(until);
            let asked = answers::asked(d, &format!("{path}.valid_until"));
            (held == Some(true) && asked && (0..=WARN_DAYS).contains(&days)).then(|| Expiring {
                path,
                condition,
                valid_until: until_text.to_string(),
                days,
                text: words(ja, en, until_text, days),
            })
        })
        .collect()
}

fn words(ja: &str, en: &str, until: &str, days: i64) -> Words {
    let when_ja = if days == 0 {
        "申告日当日".to_string()
    } else {
        format!("申告日の{days}日後")
    };
    let when_en = match days {
        0 => "on the declaration date itself".to_string(),
        1 => "1 day after the declaration date".to_string(),
        n => format!("{n} days after the declaration date"),
    };
    Words::new(
        format!(
            "注意：{ja}の有効期限（{until}）は{when_ja}で、間もなく切れます。更新の予定を確認し、更新後の証明書（掲載）の写しを用意してください。"
        ),
        format!(
            "Note: {en} expires on {until}, {when_en}. Check that it will be renewed and have the renewed certificate (listing) ready."
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::compliant;

    /// compliant.json with its ISO/IEC 27018 certificate valid until `until`.
    fn with_27018_until(until: &str) -> Declaration {
        let mut d = compliant();
        let c = d.cloud.as_mut().unwrap().certifications.as_mut().unwrap();
        c.iso27018.as_mut().unwrap().valid_until = Some(until.into());
        d
    }

    #[test]
    fn the_fixture_lapses_later_than_ninety_days() {
        assert_eq!(expiring(&compliant()), Vec::new());
    }

    #[test]
    fn boundaries_day_0_day_90_day_91_and_expired() {
        // The declaration date of compliant.json is 2024-02-20.
        for (until, days) in [
            ("2024-02-20", Some(0)),
            ("2024-05-20", Some(90)),
            ("2024-05-21", None),
            ("2024-02-19", None),
        ] {
            let d = with_27018_until(until);
            let found = expiring(&d);
            match days {
                Some(n) => {
                    assert_eq!(found.len(), 1, "{until}");
                    let e = &found[0];
                    assert_eq!(
                        (e.path, e.condition, e.days),
                        ("cloud.certifications.iso27018", CondId::C2, n)
                    );
                    assert_eq!(e.valid_until, until);
                    assert!(
                        e.text
                            .ja
                            .starts_with("注意：ISO/IEC 27018 の認証の有効期限"),
                        "{}",
                        e.text.ja
                    );
                    assert!(e.text.ja.contains(until) && e.text.en.contains(until));
                }
                None => assert_eq!(found, Vec::new(), "{until}"),
            }
        }
        assert!(expiring(&with_27018_until("2024-02-20"))[0]
            .text
            .ja
            .contains("申告日当日"));
        assert!(expiring(&with_27018_until("2024-05-20"))[0]
            .text
            .ja
            .contains("申告日の90日後"));
        // The condition stays met while it warns; expired, it is not met.
        let c2 = |d: &Declaration| super::super::condition(d, CondId::C2).status;
        assert_eq!(
            c2(&with_27018_until("2024-02-20")),
            super::super::Status::Met
        );
        assert_eq!(
            c2(&with_27018_until("2024-02-19")),
            super::super::Status::NotMet
        );
    }

    #[test]
    fn every_certificate_and_the_listing_warn_in_condition_order() {
        let mut d = compliant();
        let cloud = d.cloud.as_mut().unwrap();
        let c = cloud.certifications.as_mut().unwrap();
        for cert in [c.iso27017.as_mut(), c.iso27018.as_mut()]
            .into_iter()
            .flatten()
        {
            cert.valid_until = Some("2024-03-01".into());
        }
        if let Some(gold) = c.cs_gold_mark.as_mut() {
            gold.held = Some(true);
            gold.valid_until = Some("2024-04-01".into());
        }
        cloud.ismap.as_mut().unwrap().valid_until = Some("2024-03-20".into());
        let paths: Vec<&str> = expiring(&d).iter().map(|e| e.path).collect();
        assert!(
            paths.starts_with(&["cloud.certifications.iso27017"]),
            "{paths:?}"
        );
        assert!(
            paths.ends_with(&["cloud.certifications.iso27018", "cloud.ismap"]),
            "{paths:?}"
        );
        // Not held, not asked, or no real date: no warning.
        let mut not_held = with_27018_until("2024-03-01");
        not_held
            .cloud
            .as_mut()
            .unwrap()
            .certifications
            .as_mut()
            .unwrap()
            .iso27018
            .as_mut()
            .unwrap()
            .held = Some(false);
        assert_eq!(expiring(&not_held), Vec::new());
        let mut no_cloud = with_27018_until("2024-03-01");
        no_cloud.entrustment.uses_cloud = Some(false);
        assert_eq!(expiring(&no_cloud), Vec::new());
        let mut no_date = with_27018_until("2024-03-01");
        no_date.basic.declaration_date = Some("令和6年".into());
        assert_eq!(expiring(&no_date), Vec::new());
    }
}
