//! The compliance verdict (spec §4), condition by condition: the three fixtures, then every
//! reachable status of every condition, built by mutating the compliant fixture.

use declaration::fields;
use declaration::model::*;
use declaration::verdict::{condition, overall_of, verdict, CondId, Condition, Overall, Status};
use declaration::Lang;

use CondId::*;
use Status::*;

mod certificates;
mod chain;
mod cloud;

fn parse(text: &str) -> Declaration {
    serde_json::from_str(text).expect("fixture parses")
}

fn compliant() -> Declaration {
    parse(include_str!("../../../../tests/fixtures/compliant.json"))
}

fn noncompliant() -> Declaration {
    parse(include_str!("../../../../tests/fixtures/noncompliant.json"))
}

fn draft() -> Declaration {
    parse(include_str!("../../../../tests/fixtures/draft.json"))
}

/// What every condition must satisfy, whatever its status.
fn check_explained(c: &Condition) {
    assert!(!c.why.ja.trim().is_empty(), "{:?}: empty ja", c.id);
    assert!(!c.why.en.trim().is_empty(), "{:?}: empty en", c.id);
    assert!(c.why.ja.ends_with('。'), "{:?}: {}", c.id, c.why.ja);
    assert!(c.why.en.ends_with('.'), "{:?}: {}", c.id, c.why.en);
    assert!(!c.paths.is_empty(), "{:?}: no path", c.id);
    for p in &c.paths {
        // Every path links to a field, or to an entry of a list through its id.
        let entry = p.strip_suffix(".id").and_then(|e| e.rsplit_once('['));
        let linked = fields::field(p).is_some()
            || entry.is_some_and(|(list, _)| fields::field(list).is_some());
        assert!(linked, "{:?}: unregistered path {p}", c.id);
    }
    let mut seen = c.paths.clone();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), c.paths.len(), "{:?}: repeated path", c.id);
}

/// The verdict, checked for shape: eleven entries in order, each explained.
fn all(d: &Declaration) -> Vec<Condition> {
    let v = verdict(d);
    assert_eq!(v.iter().map(|c| c.id).collect::<Vec<_>>(), CondId::ALL);
    for c in &v {
        check_explained(c);
        assert_eq!(c, &condition(d, c.id));
    }
    v
}

fn cond(d: &Declaration, id: CondId) -> Condition {
    all(d).into_iter().find(|c| c.id == id).unwrap()
}

fn statuses(d: &Declaration) -> Vec<(CondId, Status)> {
    all(d).iter().map(|c| (c.id, c.status)).collect()
}

/// Asserts a status and that both reasons contain the given words.
#[track_caller]
fn expect(d: &Declaration, id: CondId, status: Status, ja: &[&str], en: &[&str]) -> Condition {
    let c = cond(d, id);
    assert_eq!(c.status, status, "{id:?}: {} / {}", c.why.ja, c.why.en);
    for w in ja {
        assert!(c.why.ja.contains(w), "{id:?}: {:?} not in {}", w, c.why.ja);
    }
    for w in en {
        assert!(c.why.en.contains(w), "{id:?}: {:?} not in {}", w, c.why.en);
    }
    c
}

fn cloud(d: &mut Declaration) -> &mut Cloud {
    d.cloud.as_mut().unwrap()
}

fn certs(d: &mut Declaration) -> &mut Certifications {
    cloud(d).certifications.as_mut().unwrap()
}

fn iso27017(d: &mut Declaration) -> &mut Certificate {
    certs(d).iso27017.as_mut().unwrap()
}

fn cs_gold(d: &mut Declaration) -> &mut Certificate {
    certs(d).cs_gold_mark.as_mut().unwrap()
}

fn iso27018(d: &mut Declaration) -> &mut Certificate {
    certs(d).iso27018.as_mut().unwrap()
}

fn ismap(d: &mut Declaration) -> &mut Ismap {
    cloud(d).ismap.as_mut().unwrap()
}

fn location(d: &mut Declaration) -> &mut DataLocation {
    cloud(d).data_location.as_mut().unwrap()
}

fn policy(d: &mut Declaration) -> &mut BasicPolicy {
    cloud(d).basic_policy.as_mut().unwrap()
}

fn controls(d: &mut Declaration) -> &mut ControlsVerification {
    cloud(d).controls_verification.as_mut().unwrap()
}

fn resp(d: &mut Declaration) -> &mut Responsibility {
    d.responsibility.as_mut().unwrap()
}

fn sub(d: &mut Declaration, i: usize) -> &mut Subcontractor {
    &mut d.subcontractors[i]
}

/// A held CS Mark Gold registration.
fn gold(until: &str) -> Certificate {
    Certificate {
        held: Some(true),
        registration_number: Some("CS-G-0001".into()),
        valid_until: Some(until.into()),
        ..Default::default()
    }
}

/// The compliant fixture with a second subcontractor under the first.
fn two_levels() -> Declaration {
    let mut d = compliant();
    let mut second = d.subcontractors[0].clone();
    second.id = "sub-2".into();
    second.parent = Some("sub-1".into());
    second.name = Some("株式会社サンプル運用".into());
    second.confidentiality = Some(Confidentiality {
        concluded: Some(true),
        date: Some("2024-01-20".into()),
    });
    d.subcontractors.push(second);
    d
}

fn has_path(c: &Condition, path: &str) -> bool {
    c.paths.iter().any(|p| p == path)
}

// ---------------------------------------------------------------- fixtures and API

#[test]
fn compliant_meets_every_condition() {
    let d = compliant();
    let v = all(&d);
    for c in &v {
        assert_eq!(c.status, Met, "{:?}: {}", c.id, c.why.ja);
    }
    assert_eq!(overall_of(&d), Overall::Met);
}

#[test]
fn noncompliant_fails_exactly_c2_c4_c6() {
    let d = noncompliant();
    let expected: Vec<(CondId, Status)> = CondId::ALL
        .iter()
        .map(|&id| {
            (
                id,
                if matches!(id, C2 | C4 | C6) {
                    NotMet
                } else {
                    Met
                },
            )
        })
        .collect();
    assert_eq!(statuses(&d), expected);
    assert_eq!(overall_of(&d), Overall::NotMet);
    let c4 = expect(&d, C4, NotMet, &["Singapore (SG)"], &["Singapore (SG)"]);
    assert_eq!(c4.paths, ["cloud.data_location.regions[2].country"]);
    expect(
        &d,
        C2,
        NotMet,
        &["ISO/IEC 27018 認証を取得していません"],
        &["ISO/IEC 27018"],
    );
    expect(&d, C6, NotMet, &["掲載されていません"], &["ISMAP"]);
}

#[test]
fn draft_is_unanswered_everywhere() {
    // The draft answers resubcontract and uses_cloud (both true) and nothing they lead to.
    let d = draft();
    let expected: Vec<(CondId, Status)> = CondId::ALL.iter().map(|&id| (id, Unanswered)).collect();
    assert_eq!(statuses(&d), expected);
    assert!(matches!(overall_of(&d), Overall::Incomplete { missing } if missing > 0));
    let c1 = expect(
        &d,
        C1,
        Unanswered,
        &["「ISO/IEC 27017 認証」、「CSゴールドマーク」を回答してください。"],
        &["Answer “ISO/IEC 27017 certification” and “CS Mark Gold”."],
    );
    assert_eq!(
        c1.paths,
        [
            "cloud.certifications.iso27017.held",
            "cloud.certifications.cs_gold_mark.held"
        ]
    );
    assert_eq!(cond(&d, C8).paths, ["measures"]);
    for id in [S5, S6, S7] {
        assert_eq!(cond(&d, id).paths, ["subcontractors"]);
    }
}

#[test]
fn ids_statuses_and_titles() {
    let ids: Vec<&str> = CondId::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        ids,
        ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "S5", "S6", "S7"]
    );
    assert_eq!(C1.title(Lang::Ja), "ISO/IEC 27017 又は CSゴールドマーク");
    assert_eq!(C4.title(Lang::Ja), "日本国内でのデータ保管");
    assert_eq!(S5.title(Lang::Ja), "再委託の申請事項");
    assert_eq!(S6.title(Lang::Ja), "再委託に係る履行体制図（監督体制）");
    assert_eq!(S7.title(Lang::Ja), "秘密保持契約");
    for id in CondId::ALL {
        assert!(!id.title(Lang::Ja).is_empty() && !id.title(Lang::En).is_empty());
        assert_eq!(id.is_cloud(), id.as_str().starts_with('C'));
    }
    let words: Vec<(&str, &str, &str)> = [Met, NotMet, Unanswered, NotApplicable]
        .iter()
        .map(|s| (s.as_str(), s.label(Lang::Ja), s.label(Lang::En)))
        .collect();
    assert_eq!(
        words,
        [
            ("met", "適合", "Met"),
            ("not_met", "不適合", "Not met"),
            ("unanswered", "未入力", "Unanswered"),
            ("not_applicable", "対象外", "Not applicable"),
        ]
    );
}

#[test]
fn serialises_as_the_cli_and_ui_expect() {
    let c = cond(&noncompliant(), C4);
    let json = serde_json::to_value(&c).unwrap();
    assert_eq!(json["id"], "C4");
    assert_eq!(json["status"], "not_met");
    assert_eq!(json["paths"][0], "cloud.data_location.regions[2].country");
    assert_eq!(
        serde_json::to_value(NotApplicable).unwrap(),
        "not_applicable"
    );
    assert_eq!(c.reason(Lang::Ja), c.why.ja);
    assert_eq!(c.reason(Lang::En), c.why.en);
}

#[test]
fn overall_is_never_met_for_an_incomplete_file() {
    // Spec §4 (issue 31): 不適合 when any condition is; else 未完了 while anything is missing;
    // 適合 only for a complete file.
    let mut d = compliant();
    d.entrustment.uses_cloud = Some(false);
    d.entrustment.resubcontract = Some(false);
    assert_eq!(
        overall_of(&d),
        Overall::Met,
        "every condition 対象外, complete"
    );
    d.entrustment.resubcontract = Some(true);
    assert_eq!(overall_of(&d), Overall::Met);
    // No attestation at all: every condition met, yet 未完了 with the count.
    let mut no_attestation = compliant();
    no_attestation.attestation = None;
    assert!(verdict(&no_attestation).iter().all(|c| c.status == Met));
    let o = overall_of(&no_attestation);
    assert_eq!(o, Overall::Incomplete { missing: 5 });
    assert_eq!(o.label(Lang::Ja), "未完了（未記入・誤り 5件）");
    assert_eq!(o.label(Lang::En), "Incomplete (5 answers missing or wrong)");
    assert_eq!(o.as_str(), "incomplete");
    // One answer missing: 未完了（… 1件）.
    let mut one = compliant();
    one.basic.declarant.as_mut().unwrap().phone = None;
    assert_eq!(overall_of(&one), Overall::Incomplete { missing: 1 });
    assert_eq!(
        overall_of(&one).label(Lang::En),
        "Incomplete (1 answer missing or wrong)"
    );
    // A condition not met and answers missing: 不適合 (the worst).
    d.subcontractors[0].address = None;
    assert!(matches!(overall_of(&d), Overall::Incomplete { .. }));
    d.subcontractors[0].confidentiality = Some(Confidentiality {
        concluded: Some(false),
        date: None,
    });
    assert_eq!(overall_of(&d), Overall::NotMet);
    assert_eq!(Overall::NotMet.label(Lang::Ja), "不適合");
    // An unanswered condition with no error counted (none in practice) is still 未完了.
    let unanswered = verdict(&draft());
    assert_eq!(
        Overall::of(&unanswered, 0),
        Overall::Incomplete { missing: 0 }
    );
    assert_eq!(Overall::Incomplete { missing: 0 }.label(Lang::Ja), "未完了");
    assert_eq!(Overall::of(&[], 0), Overall::Met);
    // Worst first.
    let mut ranks = [
        Overall::Met,
        Overall::Incomplete { missing: 1 },
        Overall::NotMet,
        Overall::Incomplete { missing: 9 },
    ];
    ranks.sort_by_key(|o| o.rank());
    assert_eq!(
        ranks,
        [
            Overall::NotMet,
            Overall::Incomplete { missing: 9 },
            Overall::Incomplete { missing: 1 },
            Overall::Met
        ]
    );
}

#[test]
fn every_fixture_has_its_overall_verdict() {
    assert_eq!(overall_of(&compliant()), Overall::Met);
    assert_eq!(overall_of(&noncompliant()), Overall::NotMet);
    assert!(matches!(overall_of(&draft()), Overall::Incomplete { missing } if missing > 0));
}

// ---------------------------------------------------------------- applicability

#[test]
fn no_cloud_makes_every_cloud_condition_not_applicable_and_keeps_s() {
    let mut d = compliant();
    d.entrustment.uses_cloud = Some(false);
    for c in all(&d) {
        if c.id.is_cloud() {
            assert_eq!(c.status, NotApplicable, "{:?}", c.id);
            assert_eq!(c.paths, ["entrustment.uses_cloud"]);
            assert!(c.why.ja.contains("対象外"), "{}", c.why.ja);
        } else {
            assert_eq!(c.status, Met, "{:?}", c.id);
        }
    }
    // S* are still computed, not copied.
    d.subcontractors[0].supervision = None;
    assert_eq!(cond(&d, S6).status, Unanswered);
    assert_eq!(cond(&d, S5).status, Unanswered);
}

#[test]
fn no_cloud_ignores_whatever_cloud_answers_remain() {
    let mut d = noncompliant();
    d.entrustment.uses_cloud = Some(false);
    for id in [C2, C4, C6] {
        assert_eq!(cond(&d, id).status, NotApplicable);
    }
}

#[test]
fn unanswered_cloud_question_makes_c_unanswered() {
    let mut d = compliant();
    d.entrustment.uses_cloud = None;
    for c in all(&d) {
        if c.id.is_cloud() {
            assert_eq!(c.status, Unanswered, "{:?}", c.id);
            assert_eq!(c.paths, ["entrustment.uses_cloud"]);
            assert!(c
                .why
                .ja
                .contains("「クラウド事業者の環境への設置」を回答してください"));
        } else {
            assert_eq!(c.status, Met);
        }
    }
}

#[test]
fn no_resubcontracting_makes_s_not_applicable_and_keeps_c() {
    let mut d = compliant();
    d.entrustment.resubcontract = Some(false);
    d.subcontractors.clear();
    for c in all(&d) {
        if c.id.is_cloud() {
            assert_eq!(c.status, Met, "{:?}", c.id);
        } else {
            assert_eq!(c.status, NotApplicable, "{:?}", c.id);
            assert_eq!(c.paths, ["entrustment.resubcontract"]);
            assert!(c.why.ja.contains("再委託しないため"));
        }
    }
}

#[test]
fn unanswered_resubcontracting_makes_s_unanswered() {
    let mut d = compliant();
    d.entrustment.resubcontract = None;
    for id in [S5, S6, S7] {
        let c = expect(
            &d,
            id,
            Unanswered,
            &["「再委託の有無」を回答してください"],
            &["Re-subcontracting"],
        );
        assert_eq!(c.paths, ["entrustment.resubcontract"]);
    }
    assert_eq!(cond(&d, C1).status, Met);
}

#[test]
fn every_condition_can_be_not_applicable() {
    let mut d = compliant();
    d.entrustment.uses_cloud = Some(false);
    d.entrustment.resubcontract = Some(false);
    for c in all(&d) {
        assert_eq!(c.status, NotApplicable, "{:?}", c.id);
    }
}

#[test]
fn cloud_section_missing_altogether_is_unanswered() {
    let mut d = compliant();
    d.cloud = None;
    d.responsibility = None;
    for id in [C1, C2, C3, C4, C5, C6, C7] {
        assert_eq!(cond(&d, id).status, Unanswered, "{id:?}");
    }
}
