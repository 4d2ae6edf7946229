//! Tests of `rules/cloud.rs`.

use super::super::cloud::*;
use super::super::testkit::*;
use crate::model::*;
use crate::Issue;
use crate::Severity;

fn cloud(d: &mut Declaration) -> &mut Cloud {
    d.cloud.as_mut().unwrap()
}

fn certs(d: &mut Declaration) -> &mut Certifications {
    cloud(d).certifications.as_mut().unwrap()
}

fn ismap(d: &mut Declaration) -> &mut Ismap {
    cloud(d).ismap.as_mut().unwrap()
}

fn regions(d: &mut Declaration) -> &mut Vec<Region> {
    &mut cloud(d).data_location.as_mut().unwrap().regions
}

fn resp(d: &mut Declaration) -> &mut Responsibility {
    d.responsibility.as_mut().unwrap()
}

#[test]
fn service() {
    let e = only_error_at("cloud.provider", |d| cloud(d).provider = None);
    assert_eq!(e.text.ja, "クラウド事業者名を入力してください");
    only_error_at("cloud.service", |d| cloud(d).service = Some("  ".into()));
    let e = only_error_at("cloud.service_model", |d| cloud(d).service_model = None);
    assert_eq!(
        (e.text.ja.as_str(), e.text.en.as_str()),
        ("サービス形態を選択してください", "Select the service model")
    );
}

#[test]
fn a_missing_cloud_section_reports_every_required_answer() {
    let issues = issues_after(|d| d.cloud = None);
    for path in [
        "cloud.provider",
        "cloud.service",
        "cloud.service_model",
        "cloud.certifications.iso27017.held",
        "cloud.certifications.cs_gold_mark.held",
        "cloud.certifications.iso27018.held",
        "cloud.ismap.listed",
        "cloud.data_location.regions",
        "cloud.data_location.contract_guarantees_domestic",
        "cloud.basic_policy.governing_law_japan",
        "cloud.basic_policy.jurisdiction_japan",
        "cloud.controls_verification.method",
        "cloud.controls_verification.description",
    ] {
        assert_error_at(&issues, path);
    }
    assert_eq!(issues.len(), 13, "{issues:#?}");
}

#[test]
fn certifications_held_is_answered() {
    let e = only_error_at("cloud.certifications.iso27017.held", |d| {
        certs(d).iso27017 = None
    });
    assert_eq!(
        e.text.ja,
        "ISO/IEC 27017 認証について「はい」又は「いいえ」を選択してください"
    );
    only_error_at("cloud.certifications.cs_gold_mark.held", |d| {
        certs(d).cs_gold_mark.as_mut().unwrap().held = None
    });
    only_error_at("cloud.certifications.iso27018.held", |d| {
        certs(d).iso27018.as_mut().unwrap().held = None
    });
    // Not held: nothing else is asked.
    still_valid(|d| {
        let c = certs(d).iso27018.as_mut().unwrap();
        c.held = Some(false);
        c.certificate_number = None;
        c.valid_until = Some("garbage".into());
    });
}

#[test]
fn a_held_certificate_needs_number_and_valid_until() {
    let e = only_error_at("cloud.certifications.iso27017.certificate_number", |d| {
        certs(d).iso27017.as_mut().unwrap().certificate_number = None
    });
    assert_eq!(e.text.ja, "認証番号を入力してください");
    // The other key is read as well (Certificate::number).
    still_valid(|d| {
        let c = certs(d).iso27017.as_mut().unwrap();
        c.registration_number = c.certificate_number.take();
    });
    let e = only_error_at(
        "cloud.certifications.cs_gold_mark.registration_number",
        |d| {
            let c = certs(d).cs_gold_mark.as_mut().unwrap();
            c.held = Some(true);
            c.valid_until = Some("2026-01-01".into());
        },
    );
    assert_eq!(e.text.ja, "登録番号を入力してください");
    still_valid(|d| {
        let c = certs(d).cs_gold_mark.as_mut().unwrap();
        c.held = Some(true);
        c.registration_number = Some("CS-G-0001".into());
        c.valid_until = Some("2026-01-01".into());
    });
    only_error_at("cloud.certifications.iso27018.valid_until", |d| {
        certs(d).iso27018.as_mut().unwrap().valid_until = None
    });
    let e = only_error_at("cloud.certifications.iso27018.valid_until", |d| {
        certs(d).iso27018.as_mut().unwrap().valid_until = Some("2026-02-30".into())
    });
    assert_eq!(
        e.text.ja,
        "有効期限は 2024-02-20 のように実在する日付を入力してください"
    );
    only_error_at("cloud.certifications.iso27018.certifier", |d| {
        certs(d).iso27018.as_mut().unwrap().certifier = Some("機".repeat(201))
    });
}

#[test]
fn an_expired_certificate_is_only_a_warning() {
    let issues = issues_after(|d| {
        certs(d).iso27018.as_mut().unwrap().valid_until = Some("2024-02-19".into())
    });
    assert_eq!(issues.len(), 1);
    let w = &issues[0];
    assert_eq!(w.path, "cloud.certifications.iso27018.valid_until");
    assert_eq!(w.severity, Severity::Warning);
    assert!(w.text.ja.contains("ISO/IEC 27018 認証") && w.text.ja.contains("2024-02-19"));
    assert!(w.text.en.contains("ISO/IEC 27018"));
    // Valid on the declaration date itself.
    still_valid(|d| certs(d).iso27018.as_mut().unwrap().valid_until = Some("2024-02-20".into()));
}

#[test]
fn ismap_listing() {
    let e = only_error_at("cloud.ismap.listed", |d| cloud(d).ismap = None);
    assert_eq!(
        e.text.ja,
        "ISMAPクラウドサービスリストへの掲載について「はい」又は「いいえ」を選択してください"
    );
    let e = only_error_at("cloud.ismap.registration_number", |d| {
        ismap(d).registration_number = Some("".into())
    });
    assert_eq!(e.text.ja, "ISMAP登録番号を入力してください");
    assert_eq!(e.text.en, "Enter the ISMAP registration number");
    // valid_until is optional, but a real date when given.
    still_valid(|d| ismap(d).valid_until = None);
    only_error_at("cloud.ismap.valid_until", |d| {
        ismap(d).valid_until = Some("2025-13-01".into())
    });
    let issues = issues_after(|d| ismap(d).valid_until = Some("2024-01-31".into()));
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].severity, Severity::Warning);
    assert_eq!(issues[0].path, "cloud.ismap.valid_until");
    // Not listed: the rest is not asked.
    still_valid(|d| {
        let i = ismap(d);
        i.listed = Some(false);
        i.registration_number = None;
        i.valid_until = Some("x".into());
    });
}

#[test]
fn data_location() {
    let e = only_error_at("cloud.data_location.regions", |d| regions(d).clear());
    assert_eq!(e.text.ja, "保管場所を1件以上入力してください");
    assert_eq!(e.text.en, "Add at least one storage location");
    only_error_at("cloud.data_location.regions[1].name", |d| {
        regions(d)[1].name = None
    });
    let e = only_error_at("cloud.data_location.regions[1].country", |d| {
        regions(d)[1].country = None
    });
    assert_eq!(e.text.ja, "保管場所2の国を入力してください");
    for bad in ["JPN", "日本国内", "J"] {
        let e = only_error_at("cloud.data_location.regions[0].country", |d| {
            regions(d)[0].country = Some(bad.into())
        });
        assert!(e.text.ja.contains("2文字の国コード"), "{e:?}");
    }
    // Lower case and full-width are normalised, so accepted.
    still_valid(|d| regions(d)[0].country = Some("jp".into()));
    still_valid(|d| regions(d)[0].country = Some("ＪＰ".into()));
    still_valid(|d| regions(d)[0].country = Some("日本".into()));
    // A country abroad is valid (the verdict fails C4 instead).
    still_valid(|d| regions(d)[1].country = Some("SG".into()));
    let e = only_error_at("cloud.data_location.regions[0].purpose", |d| {
        regions(d)[0].purpose = None
    });
    assert_eq!(e.text.ja, "保管場所1の用途を選択してください");
    only_error_at("cloud.data_location.contract_guarantees_domestic", |d| {
        cloud(d)
            .data_location
            .as_mut()
            .unwrap()
            .contract_guarantees_domestic = None
    });
}

#[test]
fn basic_policy_and_verification() {
    fn policy(d: &mut Declaration) -> &mut BasicPolicy {
        cloud(d).basic_policy.as_mut().unwrap()
    }
    only_error_at("cloud.basic_policy.governing_law_japan", |d| {
        policy(d).governing_law_japan = None
    });
    only_error_at("cloud.basic_policy.jurisdiction_japan", |d| {
        policy(d).jurisdiction_japan = None
    });
    // "No" is an answer (the verdict fails C5).
    still_valid(|d| policy(d).jurisdiction_japan = Some(false));
    only_error_at("cloud.basic_policy.notes", |d| {
        policy(d).notes = Some("\u{0}".into())
    });
    let e = only_error_at("cloud.controls_verification.method", |d| {
        cloud(d).controls_verification.as_mut().unwrap().method = None
    });
    assert_eq!(e.text.en, "Select how the controls were verified");
    let e = only_error_at("cloud.controls_verification.description", |d| {
        cloud(d).controls_verification.as_mut().unwrap().description = None
    });
    assert_eq!(e.text.ja, "確認の内容を入力してください");
    assert_eq!(e.text.en, "Enter what was verified");
}

#[test]
fn model_document() {
    fn doc(d: &mut Declaration) -> &mut ModelDocument {
        resp(d).model_document.as_mut().unwrap()
    }
    let e = only_error_at("responsibility.model_document.title", |d| {
        doc(d).title = None
    });
    assert_eq!(e.text.ja, "責任共有モデルの資料名を入力してください");
    still_valid(|d| doc(d).url = None);
    for bad in [
        "http://cloud.example.jp/",
        "cloud.example.jp",
        "https://",
        "https://a b",
    ] {
        let e = only_error_at("responsibility.model_document.url", |d| {
            doc(d).url = Some(bad.into())
        });
        assert!(e.text.ja.contains("https://"), "{e:?}");
    }
}

#[test]
fn understood_must_be_ticked() {
    for value in [None, Some(false)] {
        let e = only_error_at("responsibility.understood", |d| resp(d).understood = value);
        assert_eq!(
            e.text.ja,
            "「クラウド事業者が提示する責任共有モデルを理解している」にチェックを入れてください"
        );
    }
}

#[test]
fn matrix_has_every_layer_exactly_once() {
    // Missing a layer the measures do not need (facility is the provider's).
    let e = only_error_at("responsibility.matrix", |d| {
        resp(d).matrix.remove(0);
    });
    assert!(e.text.ja.contains("「施設」の行がありません"), "{e:?}");
    assert!(e.text.en.contains("Facility"));
    // A repeated layer.
    let e = only_error_at("responsibility.matrix", |d| {
        resp(d).matrix.push(MatrixRow {
            layer: Layer::Hardware,
            owner: Owner::Provider,
        })
    });
    assert!(e.text.ja.contains("「ハードウェア」が2回あります"), "{e:?}");
    // An empty matrix is one issue, not eleven.
    let e = only_error_at("responsibility.matrix", |d| resp(d).matrix.clear());
    assert!(e.text.ja.contains("責任分担表"));
    let issues = issues_after(|d| d.responsibility = None);
    assert_eq!(issues.len(), 3, "title, understood, matrix: {issues:#?}");
    assert_eq!(matrix_issues(&compliant()), Vec::<Issue>::new());
}
