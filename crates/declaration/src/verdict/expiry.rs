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

impl Expiring {
    /// One short line for a table: 「C2：2024-03-15まで」, 「C2：2024-03-15まで（期限切れ）」 when it
    /// has lapsed by the day it was counted from ("C2: until 2024-03-15 (expired)").
    pub fn short(&self, lang: crate::Lang) -> String {
        let lapsed = self.days < 0;
        match lang {
            crate::Lang::Ja => format!(
                "{}：{}まで{}",
                self.condition.as_str(),
                self.valid_until,
                if lapsed { "（期限切れ）" } else { "" }
            ),
            crate::Lang::En => format!(
                "{}: until {}{}",
                self.condition.as_str(),
                self.valid_until,
                if lapsed { " (expired)" } else { "" }
            ),
        }
    }
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
    held(d)
        .into_iter()
        .filter_map(|(path, condition, ja, en, until_text, until)| {
            let days = on.days_until(until);
            (0..=WARN_DAYS).contains(&days).then(|| Expiring {
                path,
                condition,
                valid_until: until_text.to_string(),
                days,
                text: words(ja, en, until_text, days),
            })
        })
        .collect()
}

/// The certificates and listings of `d` held (listed) that lapse within [`WARN_DAYS`] days
/// after `today`, or have lapsed by it (`days` below 0): a reviewer reading a file months
/// after its declaration date learns what no longer holds, which [`expiring`] (counted from
/// the declaration date) cannot say. In the order C1, C2, C6.
pub fn lapsing_by(d: &Declaration, today: Date) -> Vec<Expiring> {
    held(d)
        .into_iter()
        .filter_map(|(path, condition, ja, en, until_text, until)| {
            let days = today.days_until(until);
            (days <= WARN_DAYS).then(|| Expiring {
                path,
                condition,
                valid_until: until_text.to_string(),
                days,
                text: words_today(ja, en, until_text, days),
            })
        })
        .collect()
}

/// What a reviewer is warned of on `today` (when known): the certificates lapsing within 90
/// days of the declaration date ([`expiring`]), then those lapsing within 90 days of today or
/// lapsed by it ([`lapsing_by`]) — one per certificate, the one counted from today when it
/// has lapsed (`days` below 0). The reader's banner and the 受付一覧 say the same.
pub fn warnings(d: &Declaration, today: Option<Date>) -> Vec<Expiring> {
    let mut out = expiring(d);
    for e in today.map(|t| lapsing_by(d, t)).unwrap_or_default() {
        match out.iter().position(|o| o.path == e.path) {
            Some(i) if e.days < 0 => out[i] = e,
            Some(_) => {}
            None => out.push(e),
        }
    }
    out
}

/// What is held (listed) and asked, with a real `valid_until`: (path, condition, what it is
/// in Japanese and English, the date as written, the date).
#[allow(clippy::type_complexity)]
fn held(d: &Declaration) -> Vec<(&'static str, CondId, &'static str, &'static str, &str, Date)> {
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
            let asked = answers::asked(d, &format!("{path}.valid_until"));
            (held == Some(true) && asked).then_some((path, condition, ja, en, until_text, until))
        })
        .collect()
}

/// The warning of [`lapsing_by`]: lapsed, or how many days from today.
fn words_today(ja: &str, en: &str, until: &str, days: i64) -> Words {
    match days {
        d if d < 0 => Words::new(
            format!("注意：{ja}の有効期限（{until}）は既に過ぎています（本日の{}日前）。更新後の証明書（掲載）を確認してください。", -d),
            format!("Note: {en} expired on {until}, {} before today. Check the renewed certificate (listing).", plural_days(-d)),
        ),
        0 => Words::new(
            format!("注意：{ja}の有効期限（{until}）は本日です。"),
            format!("Note: {en} expires today ({until})."),
        ),
        d => Words::new(
            format!("注意：{ja}の有効期限（{until}）は本日から{d}日後です。"),
            format!("Note: {en} expires on {until}, {} from today.", plural_days(d)),
        ),
    }
}

fn plural_days(n: i64) -> String {
    if n == 1 {
        "1 day".to_string()
    } else {
        format!("{n} days")
    }
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

#[cfg(test)]
mod today_tests {
    use super::*;
    use crate::fixtures::compliant;

    #[test]
    fn a_certificate_lapsed_by_today_is_said_though_the_declaration_date_is_far_before() {
        // compliant.json: declared 2024-02-20, its certificates valid into 2025–2026.
        let d = compliant();
        let until = |p: &str| {
            lapsing_by(&d, Date::parse("2030-01-01").unwrap())
                .into_iter()
                .find(|e| e.path == p)
        };
        let iso = until("cloud.certifications.iso27018").expect("lapsed by 2030");
        assert!(iso.days < 0);
        assert!(iso.text.ja.contains("既に過ぎています"), "{}", iso.text.ja);
        // Long before: nothing.
        assert!(lapsing_by(&d, Date::parse("2024-02-20").unwrap()).is_empty());
        // 10 days before its date (2026-03-31): within the 90 days.
        assert_eq!(iso.valid_until, "2026-03-31");
        let soon = lapsing_by(&d, Date::parse("2026-03-21").unwrap());
        let e = soon
            .iter()
            .find(|e| e.path == "cloud.certifications.iso27018")
            .unwrap();
        assert_eq!(e.days, 10);
        assert!(e.text.ja.contains("本日から10日後"), "{}", e.text.ja);
    }
}
