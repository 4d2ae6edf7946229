//! Tests of the entries of lists in the change list: subcontractors, measures and the
//! responsibility table matched by identity, never by place.

use super::super::*;
use super::{ja, paths};
use crate::fixtures;
use crate::model::{Measure, MeasureStatus, Subcontractor};

fn sub(id: &str, name: &str) -> Subcontractor {
    Subcontractor {
        id: id.into(),
        parent: Some("contractor".into()),
        name: Some(name.into()),
        work_scope: Some(format!("{name}の保守")),
        ..Default::default()
    }
}

#[test]
fn subcontractors_are_matched_by_id_not_by_place() {
    let mut old = fixtures::compliant();
    old.subcontractors = vec![
        sub("sub-1", "A社"),
        sub("sub-2", "B社"),
        sub("sub-3", "C社"),
    ];
    let mut new = old.clone();
    // Reordered, B removed, D added, C renamed.
    new.subcontractors = vec![
        sub("sub-3", "C'社"),
        sub("sub-1", "A社"),
        sub("sub-4", "D社"),
    ];
    let changes = diff(&old, &new);
    assert_eq!(
        paths(&changes),
        [
            "subcontractors[id=sub-3].name",
            "subcontractors[id=sub-3].work_scope",
            "subcontractors[id=sub-2]",
            "subcontractors[id=sub-4]",
        ]
    );
    assert_eq!(changes[0].item.ja, "再委託先1（C'社） 商号又は名称");
    assert_eq!(changes[0].item.en, "Subcontractor 1 (C'社) › Trade name");
    assert_eq!(
        (ja(&changes[0].before), ja(&changes[0].after)),
        (Some("C社"), Some("C'社"))
    );
    let removed = &changes[2];
    assert_eq!(removed.kind, ChangeKind::Removed);
    assert_eq!(removed.item.ja, "再委託先2（B社）");
    assert_eq!(removed.after, None);
    let summary = ja(&removed.before).unwrap();
    assert!(summary.starts_with("商号又は名称：B社\n"), "{summary}");
    assert!(
        summary.contains("委託元(監督する者)：委託先：三重県国保連合会"),
        "{summary}"
    );
    assert!(
        summary.contains("再委託する業務の範囲：B社の保守"),
        "{summary}"
    );
    let added = &changes[3];
    assert_eq!(added.kind, ChangeKind::Added);
    assert_eq!(added.item.ja, "再委託先3（D社）");
    assert_eq!(added.before, None);
    assert!(ja(&added.after).unwrap().contains("D社"));
}

#[test]
fn reordering_alone_makes_no_row_but_a_new_parent_does() {
    let mut old = fixtures::compliant();
    old.subcontractors = vec![sub("sub-1", "A社"), sub("sub-2", "B社")];
    let mut new = old.clone();
    new.subcontractors.reverse();
    assert!(diff(&old, &new).is_empty());

    new.subcontractors[0].parent = Some("sub-1".into());
    let changes = diff(&old, &new);
    assert_eq!(paths(&changes), ["subcontractors[id=sub-2].parent"]);
    assert_eq!(changes[0].item.ja, "再委託先1（B社） 委託元(監督する者)");
    assert_eq!(ja(&changes[0].before), Some("委託先：三重県国保連合会"));
    assert_eq!(ja(&changes[0].after), Some("A社"));
    assert_eq!(changes[0].after(Lang::En), Some("A社"));
}

#[test]
fn measures_added_removed_and_changed() {
    let old = fixtures::compliant();
    let mut new = old.clone();
    new.measures.retain(|m| m.id != "m-2");
    new.measures.push(Measure {
        id: "m-9".into(),
        category: Some(crate::model::Category::LoggingMonitoring),
        status: Some(MeasureStatus::Implemented),
        description: Some("操作ログを取得し、月次で点検する。".into()),
        ..Default::default()
    });
    let m6 = new.measures.iter_mut().find(|m| m.id == "m-6").unwrap();
    m6.status = Some(MeasureStatus::Implemented);
    m6.planned_date = None;
    let changes = diff(&old, &new);
    assert_eq!(
        paths(&changes),
        [
            "measures[id=m-2]",
            "measures[id=m-6].status",
            "measures[id=m-6].planned_date",
            "measures[id=m-9]",
        ]
    );
    assert_eq!(changes[0].kind, ChangeKind::Removed);
    assert_eq!(changes[0].item.ja, "対策2（ネットワーク設定）");
    assert_eq!(changes[1].item.ja, "対策5（バックアップ・復旧） 実施状況");
    assert_eq!(
        changes[1].item.en,
        "Measure 5 (Backup and recovery) › Status"
    );
    assert_eq!(
        (ja(&changes[1].before), ja(&changes[1].after)),
        (Some("実施予定"), Some("実施済み"))
    );
    assert_eq!(ja(&changes[2].before), Some("令和6年4月1日"));
    assert_eq!(changes[3].kind, ChangeKind::Added);
    assert_eq!(
        ja(&changes[3].after),
        Some("対策の分類：ログ・監視\n実施状況：実施済み\n対策の内容：操作ログを取得し、月次で点検する。")
    );
}

#[test]
fn responsibility_rows_are_matched_by_layer() {
    let old = fixtures::compliant();
    let mut new = old.clone();
    let matrix = &mut new.responsibility.as_mut().unwrap().matrix;
    matrix.reverse();
    let os = matrix
        .iter_mut()
        .find(|r| r.layer == crate::model::Layer::Os)
        .unwrap();
    os.owner = crate::model::Owner::Shared;
    let changes = diff(&old, &new);
    assert_eq!(paths(&changes), ["responsibility.matrix[layer=os].owner"]);
    assert_eq!(
        changes[0].item.ja,
        "責任共有モデル 責任分担表 OS 責任を負う者"
    );
    assert_eq!(ja(&changes[0].before), Some("利用者(開発者・運用者)"));
    assert_eq!(ja(&changes[0].after), Some("共同"));
}
