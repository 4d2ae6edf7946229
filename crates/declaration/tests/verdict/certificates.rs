//! C1 (ISO/IEC 27017 or CS Mark Gold) and C2 (ISO/IEC 27018): every status, expiry
//! boundaries, and what a missing declaration date does.

use super::*;

// ---------------------------------------------------------------- C1

#[test]
fn c1_met_by_iso27017() {
    let c = expect(
        &compliant(),
        C1,
        Met,
        &["ISO/IEC 27017", "CLOUD 000001", "2026-03-31"],
        &["valid"],
    );
    assert!(has_path(&c, "cloud.certifications.iso27017.valid_until"));
}

#[test]
fn c1_met_by_cs_gold_mark_alone() {
    let mut d = compliant();
    iso27017(&mut d).held = Some(false);
    certs(&mut d).cs_gold_mark = Some(gold("2025-06-30"));
    let c = expect(
        &d,
        C1,
        Met,
        &["CSゴールドマーク", "登録番号 CS-G-0001"],
        &["CS Mark Gold"],
    );
    assert!(has_path(
        &c,
        "cloud.certifications.cs_gold_mark.registration_number"
    ));
    assert!(!c.why.ja.contains("27017"));
    // Even when ISO/IEC 27017 is left unanswered.
    iso27017(&mut d).held = None;
    expect(&d, C1, Met, &["CSゴールドマーク"], &[]);
}

#[test]
fn c1_met_when_one_is_valid_and_the_other_expired() {
    let mut d = compliant();
    iso27017(&mut d).valid_until = Some("2023-03-31".into());
    certs(&mut d).cs_gold_mark = Some(gold("2025-06-30"));
    expect(&d, C1, Met, &["CSゴールドマーク"], &[]);
}

#[test]
fn c1_cs_gold_number_may_be_given_as_certificate_number() {
    let mut d = compliant();
    iso27017(&mut d).held = Some(false);
    certs(&mut d).cs_gold_mark = Some(Certificate {
        held: Some(true),
        certificate_number: Some("CS-G-0002".into()),
        valid_until: Some("2025-06-30".into()),
        ..Default::default()
    });
    expect(&d, C1, Met, &["CS-G-0002"], &[]);
}

#[test]
fn c1_not_met_when_neither_is_held() {
    let mut d = compliant();
    iso27017(&mut d).held = Some(false);
    let c = expect(
        &d,
        C1,
        NotMet,
        &[
            "ISO/IEC 27017 認証を取得していません",
            "CSゴールドマークを取得していません",
        ],
        &["does not hold"],
    );
    assert_eq!(
        c.paths,
        [
            "cloud.certifications.iso27017.held",
            "cloud.certifications.cs_gold_mark.held"
        ]
    );
    // No date is needed to tell.
    d.basic.declaration_date = None;
    assert_eq!(cond(&d, C1).status, NotMet);
}

#[test]
fn c1_valid_until_on_the_declaration_date_is_not_expired() {
    let mut d = compliant();
    iso27017(&mut d).valid_until = Some("2024-02-20".into());
    expect(&d, C1, Met, &["2024-02-20"], &[]);
}

#[test]
fn c1_valid_until_the_day_before_is_expired() {
    let mut d = compliant();
    iso27017(&mut d).valid_until = Some("2024-02-19".into());
    let c = expect(
        &d,
        C1,
        NotMet,
        &["ISO/IEC 27017 の認証の有効期限（2024-02-19）が申告日（2024-02-20）より前です。"],
        &["2024-02-19", "before the declaration date (2024-02-20)"],
    );
    assert!(has_path(&c, "cloud.certifications.iso27017.valid_until"));
}

#[test]
fn c1_expired_cs_gold_mark_alone_is_not_met() {
    let mut d = compliant();
    iso27017(&mut d).held = Some(false);
    certs(&mut d).cs_gold_mark = Some(gold("2023-12-31"));
    expect(
        &d,
        C1,
        NotMet,
        &["CSゴールドマークの登録の有効期限（2023-12-31）"],
        &["CS Mark Gold"],
    );
}

#[test]
fn c1_expired_one_and_unanswered_other_is_unanswered() {
    let mut d = compliant();
    iso27017(&mut d).valid_until = Some("2023-03-31".into());
    cs_gold(&mut d).held = None;
    let c = expect(
        &d,
        C1,
        Unanswered,
        &[
            "有効期限（2023-03-31）",
            "「CSゴールドマーク」を回答してください",
        ],
        &["Answer “CS Mark Gold”"],
    );
    assert!(has_path(&c, "cloud.certifications.cs_gold_mark.held"));
}

#[test]
fn c1_unanswered_when_neither_is_answered() {
    let mut d = compliant();
    iso27017(&mut d).held = None;
    cs_gold(&mut d).held = None;
    expect(&d, C1, Unanswered, &["回答してください"], &["Answer"]);
    cloud(&mut d).certifications = None;
    expect(&d, C1, Unanswered, &["「ISO/IEC 27017 認証」"], &[]);
}

#[test]
fn c1_held_without_a_number_is_unanswered() {
    let mut d = compliant();
    iso27017(&mut d).certificate_number = Some("  ".into());
    let c = expect(
        &d,
        C1,
        Unanswered,
        &["ISO/IEC 27017 認証の「認証番号」を入力してください"],
        &["Certificate number"],
    );
    assert!(has_path(
        &c,
        "cloud.certifications.iso27017.certificate_number"
    ));
}

#[test]
fn c1_held_without_valid_until_is_unanswered() {
    let mut d = compliant();
    iso27017(&mut d).valid_until = None;
    let c = expect(
        &d,
        C1,
        Unanswered,
        &[
            "ISO/IEC 27017 認証の「有効期限」を入力してください",
            "CSゴールドマークを取得していません",
        ],
        &["Valid until"],
    );
    // What to give first, then the context.
    assert_eq!(
        c.paths,
        [
            "cloud.certifications.iso27017.valid_until",
            "cloud.certifications.cs_gold_mark.held"
        ]
    );
}

#[test]
fn c1_valid_until_not_a_real_date_is_unanswered() {
    let mut d = compliant();
    iso27017(&mut d).valid_until = Some("2026-02-30".into());
    expect(&d, C1, Unanswered, &["正しい日付"], &["real date"]);
}

#[test]
fn c1_without_declaration_date_cannot_judge_expiry() {
    let mut d = compliant();
    d.basic.declaration_date = None;
    let c = expect(
        &d,
        C1,
        Unanswered,
        &["「申告日」を入力してください"],
        &["Declaration date"],
    );
    assert_eq!(c.paths[0], "basic.declaration_date");
    d.basic.declaration_date = Some("2024-02-31".into());
    expect(
        &d,
        C1,
        Unanswered,
        &["「申告日」を正しい日付"],
        &["real date"],
    );
}

// ---------------------------------------------------------------- C2

#[test]
fn c2_met() {
    expect(
        &compliant(),
        C2,
        Met,
        &["ISO/IEC 27018", "PII 000001"],
        &["ISO/IEC 27018"],
    );
}

#[test]
fn c2_not_met_when_expired_with_the_exact_reason() {
    let mut d = compliant();
    iso27018(&mut d).valid_until = Some("2023-03-31".into());
    let c = expect(
        &d,
        C2,
        NotMet,
        &["ISO/IEC 27018 の認証の有効期限（2023-03-31）が申告日（2024-02-20）より前です"],
        &["The ISO/IEC 27018 certificate was valid until 2023-03-31, before the declaration date (2024-02-20)."],
    );
    assert_eq!(c.paths, ["cloud.certifications.iso27018.valid_until"]);
}

#[test]
fn c2_boundaries() {
    let mut d = compliant();
    iso27018(&mut d).valid_until = Some("2024-02-20".into());
    assert_eq!(cond(&d, C2).status, Met);
    iso27018(&mut d).valid_until = Some("2024-02-19".into());
    assert_eq!(cond(&d, C2).status, NotMet);
    // Leap day.
    d.basic.declaration_date = Some("2024-02-29".into());
    iso27018(&mut d).valid_until = Some("2024-02-29".into());
    assert_eq!(cond(&d, C2).status, Met);
    iso27018(&mut d).valid_until = Some("2024-02-28".into());
    assert_eq!(cond(&d, C2).status, NotMet);
}

#[test]
fn c2_not_met_when_not_held_even_with_27017() {
    let mut d = compliant();
    iso27018(&mut d).held = Some(false);
    let c = expect(
        &d,
        C2,
        NotMet,
        &["ISO/IEC 27018 認証を取得していません"],
        &["does not hold ISO/IEC 27018"],
    );
    assert_eq!(c.paths, ["cloud.certifications.iso27018.held"]);
    assert_eq!(cond(&d, C1).status, Met);
}

#[test]
fn c2_unanswered() {
    let mut d = compliant();
    iso27018(&mut d).held = None;
    let c = expect(
        &d,
        C2,
        Unanswered,
        &["「ISO/IEC 27018 認証」を回答してください"],
        &[],
    );
    assert_eq!(c.paths, ["cloud.certifications.iso27018.held"]);
    iso27018(&mut d).held = Some(true);
    iso27018(&mut d).certificate_number = None;
    iso27018(&mut d).valid_until = None;
    let c = expect(
        &d,
        C2,
        Unanswered,
        &["「認証番号」、「有効期限」を入力してください"],
        &[],
    );
    assert_eq!(c.paths.len(), 2);
    certs(&mut d).iso27018 = None;
    assert_eq!(cond(&d, C2).status, Unanswered);
}
