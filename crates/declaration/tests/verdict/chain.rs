//! S5–S7: application items, the structure diagram and confidentiality — every
//! reachable status of each.

use super::*;

// ---------------------------------------------------------------- S5

#[test]
fn s5_met() {
    expect(
        &compliant(),
        S5,
        Met,
        &["国民健康保険中央会", "10項目"],
        &["10 per subcontractor"],
    );
    expect(&two_levels(), S5, Met, &["株式会社サンプル運用"], &[]);
}

#[test]
fn s5_unanswered_names_the_subcontractor_and_the_field() {
    let mut d = compliant();
    sub(&mut d, 0).address = None;
    sub(&mut d, 0).reason = Some("".into());
    let c = expect(
        &d,
        S5,
        Unanswered,
        &["再委託先1（国民健康保険中央会）：「住所」、「再委託する理由」が未入力です。"],
        &["Subcontractor 1 (国民健康保険中央会): “Address” and “Reason for re-subcontracting” are missing."],
    );
    assert_eq!(
        c.paths,
        ["subcontractors[0].address", "subcontractors[0].reason"]
    );
}

#[test]
fn s5_every_application_item_counts() {
    let blanks: [fn(&mut Subcontractor); 10] = [
        |s| s.name = None,
        |s| s.address = None,
        |s| s.reason = None,
        |s| s.work_scope = None,
        |s| s.pi_scope = None,
        |s| s.capability = None,
        |s| s.inspection = None,
        |s| s.supervision = None,
        |s| s.safety_measures = None,
        |s| s.confidentiality = None,
    ];
    for blank in blanks {
        let mut d = two_levels();
        blank(sub(&mut d, 1));
        let c = cond(&d, S5);
        assert_eq!(c.status, Unanswered, "{}", c.why.ja);
        assert_eq!(c.paths.len(), 1);
        assert!(
            c.paths[0].starts_with("subcontractors[1]."),
            "{:?}",
            c.paths
        );
    }
    // Optional answers do not.
    let mut d = compliant();
    sub(&mut d, 0).postal_code = None;
    sub(&mut d, 0).handler_count = None;
    assert_eq!(cond(&d, S5).status, Met);
}

#[test]
fn s5_unnamed_subcontractor_is_named_by_number() {
    let mut d = two_levels();
    sub(&mut d, 1).name = None;
    expect(
        &d,
        S5,
        Unanswered,
        &["再委託先2：「商号又は名称」が未入力です。"],
        &["Subcontractor 2: “Trade name” is missing."],
    );
}

#[test]
fn s5_names_three_subcontractors_and_counts_the_rest() {
    let mut d = compliant();
    let template = d.subcontractors[0].clone();
    for i in 2..=5 {
        let mut s = template.clone();
        s.id = format!("sub-{i}");
        d.subcontractors.push(s);
    }
    for s in &mut d.subcontractors {
        s.inspection = None;
    }
    let c = expect(
        &d,
        S5,
        Unanswered,
        &["再委託先3", "ほか2件の再委託先"],
        &["2 more subcontractors"],
    );
    assert!(!c.why.ja.contains("再委託先4（"));
    assert_eq!(c.paths.len(), 5);
}

#[test]
fn s5_unanswered_without_subcontractors() {
    let mut d = compliant();
    d.subcontractors.clear();
    let c = expect(
        &d,
        S5,
        Unanswered,
        &["「再委託先」を1件以上"],
        &["at least one subcontractor"],
    );
    assert_eq!(c.paths, ["subcontractors"]);
}

// ---------------------------------------------------------------- S6

#[test]
fn s6_met_reports_the_depth() {
    expect(&compliant(), S6, Met, &["1階層"], &["1 level below"]);
    expect(
        &two_levels(),
        S6,
        Met,
        &["2階層", "再委託先2件"],
        &["2 levels", "2 subcontractors"],
    );
}

#[test]
fn s6_unanswered_without_supervision_or_parent() {
    let mut d = two_levels();
    sub(&mut d, 1).supervision = Some("  ".into());
    let c = expect(
        &d,
        S6,
        Unanswered,
        &["再委託先2（株式会社サンプル運用）：「監督体制」が未入力です。"],
        &["“Supervision” is missing"],
    );
    assert_eq!(c.paths, ["subcontractors[1].supervision"]);

    let mut d = two_levels();
    sub(&mut d, 1).parent = None;
    let c = expect(&d, S6, Unanswered, &["「委託元(監督する者)」"], &[]);
    assert_eq!(c.paths, ["subcontractors[1].parent"]);

    let mut d = compliant();
    d.subcontractors.clear();
    assert_eq!(cond(&d, S6).status, Unanswered);
}

#[test]
fn s6_not_met_with_an_unknown_parent() {
    let mut d = two_levels();
    sub(&mut d, 1).parent = Some("sub-9".into());
    let c = cond(&d, S6);
    assert_eq!(c.status, NotMet, "{}", c.why.ja);
    assert!(has_path(&c, "subcontractors[1].parent"), "{:?}", c.paths);
}

#[test]
fn s6_not_met_with_a_cycle() {
    let mut d = two_levels();
    sub(&mut d, 0).parent = Some("sub-2".into());
    let c = cond(&d, S6);
    assert_eq!(c.status, NotMet, "{}", c.why.ja);
}

#[test]
fn s6_not_met_with_a_self_parent() {
    let mut d = compliant();
    sub(&mut d, 0).parent = Some("sub-1".into());
    assert_eq!(cond(&d, S6).status, NotMet);
}

#[test]
fn s6_not_met_with_a_duplicate_id() {
    let mut d = two_levels();
    sub(&mut d, 1).id = "sub-1".into();
    sub(&mut d, 1).parent = Some("contractor".into());
    let c = cond(&d, S6);
    assert_eq!(c.status, NotMet, "{}", c.why.ja);
    assert!(has_path(&c, "subcontractors[1].id"), "{:?}", c.paths);
}

#[test]
fn s6_blank_parent_is_unanswered_not_broken() {
    let mut d = two_levels();
    sub(&mut d, 1).parent = Some(" ".into());
    let c = expect(
        &d,
        S6,
        Unanswered,
        &["「委託元(監督する者)」が未入力です"],
        &[],
    );
    assert_eq!(c.paths, ["subcontractors[1].parent"]);
}

#[test]
fn s6_broken_tree_still_mentions_what_is_missing() {
    let mut d = two_levels();
    sub(&mut d, 1).parent = Some("sub-9".into());
    sub(&mut d, 0).supervision = None;
    let c = expect(&d, S6, NotMet, &["「監督体制」が未入力です"], &[]);
    assert!(has_path(&c, "subcontractors[0].supervision"));
}

// ---------------------------------------------------------------- S7

#[test]
fn s7_met_with_dates() {
    expect(
        &compliant(),
        S7,
        Met,
        &["国民健康保険中央会 2024-01-15"],
        &["on 2024-01-15"],
    );
    expect(
        &two_levels(),
        S7,
        Met,
        &["株式会社サンプル運用 2024-01-20"],
        &[],
    );
}

#[test]
fn s7_not_met_names_the_subcontractor() {
    let mut d = two_levels();
    sub(&mut d, 1).confidentiality = Some(Confidentiality {
        concluded: Some(false),
        date: None,
    });
    let c = expect(
        &d,
        S7,
        NotMet,
        &["秘密保持契約を締結していない再委託先があります：再委託先2（株式会社サンプル運用）。"],
        &["No confidentiality agreement has been concluded with Subcontractor 2 (株式会社サンプル運用)."],
    );
    assert_eq!(c.paths, ["subcontractors[1].confidentiality.concluded"]);
    // Also when another one is still unanswered.
    sub(&mut d, 0).confidentiality = None;
    let c = cond(&d, S7);
    assert_eq!(c.status, NotMet);
    assert!(has_path(&c, "subcontractors[0].confidentiality.concluded"));
}

#[test]
fn s7_unanswered() {
    let mut d = compliant();
    sub(&mut d, 0).confidentiality = None;
    let c = expect(
        &d,
        S7,
        Unanswered,
        &["「秘密保持契約の締結」が未入力です"],
        &[],
    );
    assert_eq!(c.paths, ["subcontractors[0].confidentiality.concluded"]);

    let mut d = compliant();
    sub(&mut d, 0).confidentiality.as_mut().unwrap().date = None;
    let c = expect(
        &d,
        S7,
        Unanswered,
        &["「締結日」が未入力です"],
        &["“Date concluded” is missing"],
    );
    assert_eq!(c.paths, ["subcontractors[0].confidentiality.date"]);

    sub(&mut d, 0).confidentiality.as_mut().unwrap().date = Some("2024-01-32".into());
    let c = expect(&d, S7, Unanswered, &["「締結日」を正しい日付"], &[]);
    assert_eq!(c.paths, ["subcontractors[0].confidentiality.date"]);

    d.subcontractors.clear();
    assert_eq!(cond(&d, S7).status, Unanswered);
}

// ---------------------------------------------------------------- one entry's S5–S7

#[test]
fn each_entry_has_its_own_state_of_s5_s6_s7() {
    use declaration::verdict::entry_condition;
    let mut d = compliant();
    let mut second = d.subcontractors[0].clone();
    second.id = "sub-2".into();
    second.parent = Some("sub-1".into());
    second.name = Some("株式会社ベンダー".into());
    second.confidentiality = Some(Confidentiality {
        concluded: Some(true),
        date: None,
    });
    d.subcontractors.push(second);
    // The first entry is whole: each of its states is 適合, in its own words.
    for id in [S5, S6, S7] {
        let c = entry_condition(&d, id, 0).unwrap();
        assert_eq!(c.status, Met, "{id:?}: {}", c.why.ja);
        assert!(c.why.ja.contains("再委託先1"), "{id:?}: {}", c.why.ja);
    }
    // The second lacks its NDA date: its S7 is 未入力 and names the date; the first's is not
    // touched by it, while the whole condition is.
    let s7 = entry_condition(&d, S7, 1).unwrap();
    assert_eq!(s7.status, Unanswered);
    assert!(
        s7.why.ja.contains("再委託先2（株式会社ベンダー）") && s7.why.ja.contains("締結日"),
        "{}",
        s7.why.ja
    );
    assert_eq!(s7.paths, ["subcontractors[1].confidentiality.date"]);
    assert_eq!(condition(&d, S7).status, Unanswered);
    assert_eq!(entry_condition(&d, S6, 1).unwrap().status, Met);
    // Refused: 不適合 for that entry.
    d.subcontractors[1].confidentiality = Some(Confidentiality {
        concluded: Some(false),
        date: None,
    });
    assert_eq!(entry_condition(&d, S7, 1).unwrap().status, NotMet);
    // A parent that names no entry: S6 不適合 for that entry.
    d.subcontractors[1].parent = Some("nobody".into());
    assert_eq!(entry_condition(&d, S6, 1).unwrap().status, NotMet);
    // An example's ○ left in its supervision: 未入力, naming it.
    d.subcontractors[1].parent = Some("sub-1".into());
    d.subcontractors[1].supervision = Some("委託元（○○）が点検する。".into());
    let s6 = entry_condition(&d, S6, 1).unwrap();
    assert_eq!(s6.status, Unanswered);
    assert!(s6.why.ja.contains("記入例の「○」"), "{}", s6.why.ja);
    // Not for the cloud conditions, not past the end, not when nothing is re-subcontracted.
    assert!(entry_condition(&d, C1, 0).is_none());
    assert!(entry_condition(&d, S5, 9).is_none());
    d.entrustment.resubcontract = Some(false);
    assert!(entry_condition(&d, S5, 0).is_none());
}
