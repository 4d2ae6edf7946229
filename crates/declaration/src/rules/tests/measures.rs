//! Tests of `rules/measures.rs`.

use super::super::measures::*;
use super::super::testkit::*;
use crate::model::*;
use crate::model::{MatrixRow, Measure, MeasureStatus};
use crate::Issue;

fn rows(d: &mut Declaration) -> &mut Vec<MatrixRow> {
    &mut d.responsibility.as_mut().unwrap().matrix
}

fn set_owner(d: &mut Declaration, layer: Layer, owner: Owner) {
    rows(d).iter_mut().find(|r| r.layer == layer).unwrap().owner = owner;
}

/// Removes the measures of a category.
fn drop_category(d: &mut Declaration, category: Category) {
    d.measures.retain(|m| m.category != Some(category));
}

#[test]
fn compliant_measures_have_no_issue() {
    assert_eq!(measure_issues(&compliant()), Vec::<Issue>::new());
}

#[test]
fn each_required_category_needs_a_measure() {
    for category in REQUIRED_CATEGORIES {
        let issues = issues_after(|d| {
            drop_category(d, category);
            // Make the matrix not ask for it, so only the category rule speaks.
            for r in rows(d) {
                r.owner = Owner::Provider;
            }
        });
        assert_eq!(issues.len(), 1, "{category:?}: {issues:#?}");
        assert_eq!(issues[0].path, "measures");
        assert!(issues[0]
            .text
            .ja
            .contains(crate::fields::Labelled::label(category, crate::Lang::Ja)));
    }
    // With no measure at all, all four.
    let issues = issues_after(|d| {
        d.measures.clear();
        rows(d).clear();
        rows(d).extend(Layer::ALL.iter().map(|&layer| MatrixRow {
            layer,
            owner: Owner::Provider,
        }));
    });
    assert_eq!(at(&issues, "measures").len(), 4, "{issues:#?}");
}

/// The issues that say a table layer lacks its measure.
fn coverage(issues: &[Issue]) -> Vec<&Issue> {
    issues
        .iter()
        .filter(|i| i.path == "measures" && i.text.ja.starts_with("責任分担表"))
        .collect()
}

#[test]
fn customer_owned_data_needs_an_encryption_measure() {
    let issues = issues_after(|d| drop_category(d, Category::Encryption));
    // The category rule and the matrix rule both speak, on the measures page.
    assert_eq!(issues.len(), 2, "{issues:#?}");
    let e = coverage(&issues)[0];
    assert!(
        e.text.ja.contains("「データ」") && e.text.ja.contains("「データ暗号化」"),
        "{e:?}"
    );
    assert!(e.text.en.contains("Data encryption"));
}

#[test]
fn os_and_upper_layers_map_to_their_categories() {
    // IaaS: OS and middleware are the customer's, so are runtime and application.
    let issues = issues_after(|d| drop_category(d, Category::OsMiddlewareVulnerability));
    let matrix = coverage(&issues);
    assert_eq!(matrix.len(), 2, "os and middleware: {issues:#?}");
    assert!(matrix[0].text.ja.contains("「OS」") && matrix[1].text.ja.contains("「ミドルウェア」"));
    let issues = issues_after(|d| drop_category(d, Category::Application));
    let matrix = coverage(&issues);
    assert_eq!(matrix.len(), 2, "runtime and application: {issues:#?}");
    assert!(matrix[0].text.en.contains("Runtime") && matrix[1].text.en.contains("“Application”"));
    // Given to the provider, the layers need nothing (the category rule still holds).
    let issues = issues_after(|d| {
        drop_category(d, Category::Application);
        set_owner(d, Layer::Runtime, Owner::Provider);
        set_owner(d, Layer::Application, Owner::Provider);
    });
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].path, "measures");
    assert!(coverage(&issues).is_empty());
}

#[test]
fn shared_identity_and_access_needs_access_control() {
    let issues = issues_after(|d| drop_category(d, Category::AccessControl));
    let e = coverage(&issues)[0];
    assert!(
        e.text.ja.contains("ID・アクセス管理") && e.text.ja.contains("共同"),
        "{e:?}"
    );
    // The provider's: no measure needed.
    still_valid(|d| {
        drop_category(d, Category::AccessControl);
        set_owner(d, Layer::IdentityAccess, Owner::Provider);
    });
}

#[test]
fn customer_network_infrastructure_needs_a_network_measure() {
    still_valid(|d| set_owner(d, Layer::NetworkInfrastructure, Owner::Customer));
    let issues = issues_after(|d| {
        set_owner(d, Layer::NetworkInfrastructure, Owner::Shared);
        drop_category(d, Category::Network);
    });
    assert_eq!(coverage(&issues).len(), 1, "{issues:#?}");
    assert_eq!(at(&issues, "measures").len(), 2, "category and layer");
}

#[test]
fn endpoints_and_lower_layers_need_nothing() {
    assert_eq!(category_for(Layer::Endpoints), None);
    assert_eq!(category_for(Layer::Hardware), None);
    still_valid(|d| {
        set_owner(d, Layer::Endpoints, Owner::Customer);
        set_owner(d, Layer::Facility, Owner::Shared);
    });
}

#[test]
fn measure_choices_are_required() {
    for (field, path) in [
        ("category", "measures[5].category"),
        ("phase", "measures[5].phase"),
        ("status", "measures[5].status"),
    ] {
        let e = only_error_at(path, |d| {
            let m = &mut d.measures[5];
            match field {
                "category" => m.category = None,
                "phase" => m.phase = None,
                _ => m.status = None,
            }
        });
        assert!(e.text.ja.ends_with("を選択してください"), "{e:?}");
    }
}

#[test]
fn planned_measures_need_a_date_not_before_the_declaration() {
    // m-6 is planned for 2024-04-01; the declaration date is 2024-02-20.
    let e = only_error_at("measures[5].planned_date", |d| {
        d.measures[5].planned_date = None
    });
    assert_eq!(e.text.ja, "対策6の実施予定日を入力してください");
    only_error_at("measures[5].planned_date", |d| {
        d.measures[5].planned_date = Some("2024-04-31".into())
    });
    let e = only_error_at("measures[5].planned_date", |d| {
        d.measures[5].planned_date = Some("2024-02-19".into())
    });
    assert_eq!(
        e.text.ja,
        "対策6の実施予定日は申告日（2024-02-20）以降の日付を入力してください"
    );
    assert!(e
        .text
        .en
        .contains("on or after the declaration date (2024-02-20)"));
    still_valid(|d| d.measures[5].planned_date = Some("2024-02-20".into()));
    // Implemented: no planned date asked.
    still_valid(|d| {
        d.measures[5].status = Some(MeasureStatus::Implemented);
        d.measures[5].planned_date = Some("2000-01-01".into());
    });
}

#[test]
fn not_applicable_measures_need_a_reason() {
    let e = only_error_at("measures[4].reason", |d| {
        d.measures[4].status = Some(MeasureStatus::NotApplicable)
    });
    assert_eq!(e.text.ja, "対策5の対象外とする理由を入力してください");
    still_valid(|d| {
        d.measures[4].status = Some(MeasureStatus::NotApplicable);
        d.measures[4].reason = Some("管理者アカウントはクラウド事業者が管理するため。".into());
    });
}

#[test]
fn descriptions_have_at_least_20_characters() {
    let e = only_error_at("measures[0].description", |d| {
        d.measures[0].description = None
    });
    assert_eq!(e.text.ja, "対策1の対策の内容を入力してください");
    // Characters, not bytes: 19 Japanese characters are 57 bytes and still too short.
    let nineteen = "脆弱性情報を毎日確認し月次で修正を適用".to_string();
    assert_eq!(nineteen.chars().count(), 19);
    let e = only_error_at("measures[0].description", |d| {
        d.measures[0].description = Some(nineteen.clone())
    });
    assert_eq!(
        e.text.ja,
        "対策1の対策の内容は20文字以上で具体的に入力してください（現在19文字）"
    );
    assert!(e.text.en.contains("20 characters or more"));
    still_valid(|d| d.measures[0].description = Some(format!("{nineteen}。")));
    // Surrounding spaces do not count.
    only_error_at("measures[0].description", |d| {
        d.measures[0].description = Some(format!("  {nineteen}  "))
    });
    // Too long is reported as too long, not too short.
    let e = only_error_at("measures[0].description", |d| {
        d.measures[0].description = Some("あ".repeat(4001))
    });
    assert!(e.text.ja.contains("4000文字以内"));
}

#[test]
fn duplicate_measure_ids() {
    let issues = issues_after(|d| d.measures[3].id = "m-1".into());
    assert_eq!(issues.len(), 1, "{issues:#?}");
    assert_eq!(issues[0].path, "measures[3].id");
    assert!(issues[0].text.ja.contains("m-1") && !issues[0].text.en.is_empty());
    // Ids that are not given are not compared.
    still_valid(|d| {
        d.measures[0].id.clear();
        d.measures[1].id.clear();
    });
}

#[test]
fn optional_measure_texts_are_checked() {
    only_error_at("measures[0].evidence", |d| {
        d.measures[0].evidence = Some("根".repeat(201))
    });
    only_error_at("measures[3].key_management", |d| {
        d.measures[3].key_management = Some("\u{1}".into())
    });
    only_error_at("measures[3].at_rest.algorithm", |d| {
        d.measures[3].at_rest.as_mut().unwrap().algorithm = Some("AES\n256".into())
    });
}

#[test]
fn issues_of_a_new_empty_measure() {
    let issues = issues_after(|d| {
        d.measures.push(Measure {
            id: "m-7".into(),
            ..Default::default()
        })
    });
    let paths: Vec<&str> = issues.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "measures[6].category",
            "measures[6].phase",
            "measures[6].status",
            "measures[6].description"
        ]
    );
}

#[test]
fn only_when_the_system_sits_in_a_cloud() {
    let mut d = compliant();
    d.measures.clear();
    d.entrustment.uses_cloud = Some(false);
    assert!(measure_issues(&d).is_empty());
    d.entrustment.uses_cloud = None;
    assert!(measure_issues(&d).is_empty());
}
