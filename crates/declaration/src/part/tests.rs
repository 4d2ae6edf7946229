//! The part file: a request holds its entry and those below it and nothing else; reading
//! refuses what the format forbids, in words; the three-way merge takes each side's changes,
//! makes a conflict of an answer both changed, never touches an entry outside the part,
//! merges a part returned twice cleanly, and (property tests) is the identity for a part
//! returned unchanged and leaves everything outside the subtree as it was.

use super::*;
use crate::fixtures::compliant;
use crate::model::{Declaration, Subcontractor};
use proptest::prelude::*;
use serde_json::json;

const NOW: &str = "2024-02-10T09:00:00Z";

fn sub(id: &str, parent: &str, name: &str) -> Subcontractor {
    Subcontractor {
        id: id.into(),
        parent: Some(parent.into()),
        name: Some(name.into()),
        ..Default::default()
    }
}

/// compliant.json with a chain under 国保中央会 (sub-1 → v-1 → v-2) and a sibling of
/// sub-1 (other-1) outside any part of sub-1.
fn draft() -> Declaration {
    let mut d = compliant();
    d.subcontractors
        .push(sub("v-1", "sub-1", "株式会社ベンダー"));
    d.subcontractors
        .push(sub("other-1", "contractor", "株式会社よそ"));
    d.subcontractors.push(sub("v-2", "v-1", "株式会社孫請"));
    d
}

fn part_of(d: &Declaration) -> Part {
    request(
        d,
        "sub-1",
        Requester {
            organization: Some("三重県国保連合会".into()),
            name: Some("担当者".into()),
            email: None,
        },
        Some("貴社の欄をご記入ください。".into()),
        "part-1",
        NOW,
    )
    .unwrap()
}

fn ids(subs: &[Subcontractor]) -> Vec<&str> {
    subs.iter().map(|s| s.id.as_str()).collect()
}

#[test]
fn a_request_holds_its_entry_and_those_below_it_and_nothing_else() {
    let d = draft();
    let p = part_of(&d);
    assert_eq!(ids(&p.subcontractors), ["sub-1", "v-1", "v-2"]);
    assert_eq!(p.declaration.id, d.id.clone().unwrap());
    assert_eq!(p.declaration.municipality, d.basic.municipality);
    let text = export(&p, &json!({}), NOW);
    assert!(
        !text.contains("\"cloud\"") && !text.contains("\"measures\"") && !text.contains("other-1")
    );
    assert!(!text.contains(d.cloud.as_ref().unwrap().provider.as_deref().unwrap()));
    assert_eq!(file_name(&p), "記入依頼_国民健康保険中央会_2024-02-10.json");
    let back = import(text.as_bytes()).unwrap();
    assert_eq!(back.part, p);
    // A part of a part: the chain of requests goes down as far as the chain does.
    let mut below = d.clone();
    below.subcontractors = p.subcontractors.clone();
    let p2 = request(&below, "v-1", Requester::default(), None, "part-2", NOW).unwrap();
    assert_eq!(ids(&p2.subcontractors), ["v-1", "v-2"]);
    assert_eq!(
        request(&d, "nope", Requester::default(), None, "x", NOW),
        Err(PartError::NoRoot {
            root: "nope".into()
        })
    );
}

#[test]
fn reading_refuses_what_the_format_forbids_in_words() {
    let d = draft();
    let p = part_of(&d);
    let err = |v: serde_json::Value| import(v.to_string().as_bytes()).unwrap_err();
    let mut v = serde_json::to_value(&p).unwrap();
    v["format"] = json!("cloud-subcontract-declaration");
    assert!(err(v).words().ja.contains("記入依頼ファイルではありません"));
    let mut v = serde_json::to_value(&p).unwrap();
    v["schema_version"] = json!(2);
    assert!(matches!(err(v), PartError::NewerVersion { found: 2 }));
    let mut v = serde_json::to_value(&p).unwrap();
    v["root"] = json!("gone");
    assert!(err(v).words().ja.contains("「root」"));
    let mut v = serde_json::to_value(&p).unwrap();
    v["subcontractors"][2]["parent"] = json!("contractor");
    let e = err(v);
    assert!(
        e.words().ja.contains("subcontractors[2].parent"),
        "{}",
        e.words().ja
    );
    let mut v = serde_json::to_value(&p).unwrap();
    v["subcontractors"][1]["id"] = json!("sub-1");
    assert!(err(v).words().ja.contains("重複"));
    let mut v = serde_json::to_value(&p).unwrap();
    let many: Vec<_> = (0..501)
        .map(|i| json!({"id": format!("s{i}"), "parent": "sub-1"}))
        .collect();
    v["subcontractors"] = json!(many);
    assert!(err(v).words().ja.contains("上限の500件"));
    assert!(matches!(import(b"{ nope"), Err(PartError::File(_))));
    // Unknown keys are kept.
    let mut v = serde_json::to_value(&p).unwrap();
    v["x-note"] = json!({"keep": 1});
    let back = import(v.to_string().as_bytes()).unwrap();
    assert!(export(&back.part, &back.extra, NOW).contains("\"x-note\""));
}

#[test]
fn each_side_s_changes_are_taken_and_an_answer_both_changed_is_a_conflict() {
    let d = draft();
    let base = part_of(&d);
    let mut mine = d.clone();
    let mut theirs = base.clone();
    // Theirs fills its own entry and adds one below v-2; mine changes sub-1's reason.
    theirs.subcontractors[0].address = Some("東京都千代田区".into());
    theirs.subcontractors[0].inspection = Some("年1回".into());
    theirs
        .subcontractors
        .push(sub("v-3", "v-2", "株式会社ひ孫"));
    mine.subcontractors[0].reason = Some("要員不足のため".into());
    // Both change inspection, differently.
    mine.subcontractors[0].inspection = Some("随時".into());
    let m = merge(Some(&base), &mine, &theirs).unwrap();
    assert_eq!(m.conflicts.len(), 1);
    let c = &m.conflicts[0];
    assert_eq!(
        (c.entry.as_str(), c.field.as_str()),
        ("sub-1", "inspection")
    );
    assert_eq!(c.label().ja, "立ち入り調査に係る要件");
    let kept = m.apply(&Default::default());
    assert_eq!(kept.subcontractors[0].inspection.as_deref(), Some("随時"));
    assert_eq!(
        kept.subcontractors[0].address.as_deref(),
        Some("東京都千代田区")
    );
    assert_eq!(
        kept.subcontractors[0].reason.as_deref(),
        Some("要員不足のため")
    );
    assert_eq!(
        ids(&kept.subcontractors),
        ["sub-1", "v-1", "other-1", "v-2", "v-3"]
    );
    let taken = m.apply(&[(c.key(), Side::Theirs)].into_iter().collect());
    assert_eq!(taken.subcontractors[0].inspection.as_deref(), Some("年1回"));
    // Returned twice: merging the same part again changes nothing more.
    let again = merge(Some(&base), &taken, &theirs).unwrap();
    assert!(again.conflicts.is_empty(), "{:?}", again.conflicts);
    assert_eq!(again.apply(&Default::default()), taken);
}

#[test]
fn removals_and_what_a_part_may_not_do() {
    let d = draft();
    let base = part_of(&d);
    // Theirs removes v-2 (unchanged in mine): removed.
    let mut theirs = base.clone();
    theirs.subcontractors.retain(|s| s.id != "v-2");
    let out = merge(Some(&base), &d, &theirs)
        .unwrap()
        .apply(&Default::default());
    assert_eq!(ids(&out.subcontractors), ["sub-1", "v-1", "other-1"]);
    // ... but mine changed v-2 meanwhile: a conflict of the whole entry, kept by default.
    let mut mine = d.clone();
    mine.subcontractors[3].reason = Some("理由".into());
    let m = merge(Some(&base), &mine, &theirs).unwrap();
    assert_eq!(m.conflicts.len(), 1);
    assert!(m.conflicts[0].field.is_empty());
    assert_eq!(m.apply(&Default::default()).subcontractors.len(), 4);
    let gone = m.apply(&[(m.conflicts[0].key(), Side::Theirs)].into_iter().collect());
    assert_eq!(ids(&gone.subcontractors), ["sub-1", "v-1", "other-1"]);
    // A part that holds an entry of the draft outside its subtree is refused.
    let mut bad = base.clone();
    bad.subcontractors.push(sub("other-1", "v-1", "乗っ取り"));
    let e = merge(Some(&base), &d, &bad).unwrap_err();
    assert_eq!(
        e,
        PartError::OutsideSubtree {
            ids: vec!["other-1".into()]
        }
    );
    assert!(e.words().ja.contains("other-1"));
    // The root cannot move itself.
    let mut moved = base.clone();
    moved.subcontractors[0].parent = Some("other-1".into());
    let out = merge(Some(&base), &d, &moved)
        .unwrap()
        .apply(&Default::default());
    assert_eq!(out.subcontractors[0].parent.as_deref(), Some("contractor"));
    // Another declaration's part.
    let mut other = base.clone();
    other.declaration.id = "someone-else".into();
    assert!(matches!(
        merge(Some(&base), &d, &other),
        Err(PartError::OtherDeclaration { .. })
    ));
    // Without the part as sent, the part's answers are taken where they differ.
    let mut theirs = base.clone();
    theirs.subcontractors[0].address = Some("大阪市".into());
    let m = merge(None, &d, &theirs).unwrap();
    assert!(m.base_missing && m.conflicts.is_empty());
    assert_eq!(
        m.apply(&Default::default()).subcontractors[0]
            .address
            .as_deref(),
        Some("大阪市")
    );
}

/// A random edit of one entry's answers.
fn edit() -> impl Strategy<Value = (usize, u8, String)> {
    (0usize..3, 0u8..4, "[a-zあ-ん]{0,6}")
}

fn apply_edit(subs: &mut [Subcontractor], (i, field, text): &(usize, u8, String)) {
    let Some(s) = subs.get_mut(*i) else { return };
    let v = Some(text.clone()).filter(|t| !t.is_empty());
    match field {
        0 => s.address = v,
        1 => s.inspection = v,
        2 => s.reason = v,
        _ => s.name = v,
    }
}

proptest! {
    #[test]
    fn a_part_returned_unchanged_is_the_identity(mine_edits in prop::collection::vec(edit(), 0..6)) {
        let d = draft();
        let base = part_of(&d);
        let mut mine = d.clone();
        let order = ["sub-1", "v-1", "v-2"];
        for e in &mine_edits {
            let idx = mine.subcontractors.iter().position(|s| s.id == order[e.0]).unwrap();
            apply_edit(&mut mine.subcontractors, &(idx, e.1, e.2.clone()));
        }
        let m = merge(Some(&base), &mine, &base).unwrap();
        prop_assert!(m.conflicts.is_empty());
        prop_assert_eq!(m.apply(&Default::default()), mine);
    }

    #[test]
    fn nothing_outside_the_subtree_ever_changes(
        theirs_edits in prop::collection::vec(edit(), 0..6),
        mine_edits in prop::collection::vec(edit(), 0..6),
        take_theirs in any::<bool>(),
        drop_last in any::<bool>(),
    ) {
        let d = draft();
        let base = part_of(&d);
        let mut theirs = base.clone();
        for e in &theirs_edits {
            apply_edit(&mut theirs.subcontractors, e);
        }
        if drop_last {
            theirs.subcontractors.pop();
        }
        theirs.subcontractors.push(sub("new-1", "v-1", "新規"));
        let mut mine = d.clone();
        let order = ["sub-1", "v-1", "v-2"];
        for e in &mine_edits {
            let idx = mine.subcontractors.iter().position(|s| s.id == order[e.0]).unwrap();
            apply_edit(&mut mine.subcontractors, &(idx, e.1, e.2.clone()));
        }
        let m = merge(Some(&base), &mine, &theirs).unwrap();
        let side = if take_theirs { Side::Theirs } else { Side::Mine };
        let choices = m.conflicts.iter().map(|c| (c.key(), side)).collect();
        let out = m.apply(&choices);
        // Everything but the subcontractors is the draft's.
        let mut a = out.clone();
        a.subcontractors.clear();
        let mut b = mine.clone();
        b.subcontractors.clear();
        prop_assert_eq!(a, b);
        // The entry outside the part is the draft's, where it was relative to the others.
        let outside = |x: &Declaration| x.subcontractors.iter().find(|s| s.id == "other-1").cloned();
        prop_assert_eq!(outside(&out), outside(&mine));
        // Every answer of the result is the draft's or the part's.
        for s in &out.subcontractors {
            let from_mine = mine.subcontractors.iter().find(|x| x.id == s.id);
            let from_theirs = theirs.subcontractors.iter().find(|x| x.id == s.id);
            prop_assert!(from_mine.is_some() || from_theirs.is_some());
        }
        prop_assert!(out.subcontractors.iter().any(|s| s.id == "new-1"));
    }
}

#[test]
fn the_parts_sent_are_kept_per_declaration_and_marked_when_merged() {
    use crate::drafts::MemoryStore;
    let mut mem = MemoryStore::default();
    let d = draft();
    let p = part_of(&d);
    let mut sent = SentParts::new(&mut mem);
    sent.keep(&p).unwrap();
    let id = d.id.clone().unwrap();
    let got = sent.get(&id, "part-1").unwrap().unwrap();
    assert_eq!(got.part.subcontractors, p.subcontractors);
    assert_eq!(got.merged_at, None);
    sent.mark_merged(&id, "part-1", "2024-02-20T09:00:00Z")
        .unwrap();
    let list = sent.of(&id).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].merged_at.as_deref(), Some("2024-02-20T09:00:00Z"));
    assert!(sent.of("another").unwrap().is_empty());
    // The drafts do not see it.
    let drafts = crate::drafts::Drafts::new(&mut mem);
    assert!(drafts.list().unwrap().drafts.is_empty());
}

#[test]
fn the_part_form_edits_a_declaration_of_the_part_and_gives_the_part_back() {
    let d = draft();
    let p = part_of(&d);
    let mut form = as_declaration(&p);
    assert_eq!(form.subcontractors[0].parent.as_deref(), Some("contractor"));
    assert!(form.cloud.is_none() && form.measures.is_empty());
    assert_eq!(
        crate::answers::section_asking(&form, crate::fields::Section::Subcontractors),
        crate::answers::Asking::Asked
    );
    form.subcontractors[0].address = Some("東京都".into());
    form.subcontractors.push(sub("v-9", "v-2", "追加"));
    // An entry beside the root cannot come back in the part.
    form.subcontractors.push(sub("beside", "contractor", "横"));
    let back = with_entries(&p, &form);
    assert_eq!(back.subcontractors[0].parent.as_deref(), Some("contractor"));
    assert_eq!(ids(&back.subcontractors), ["sub-1", "v-1", "v-2", "v-9"]);
    assert!(import(export(&back, &json!({}), NOW).as_bytes()).is_ok());
    // Made from a chain below a subcontractor, the root keeps its real parent.
    let mut below = d.clone();
    below.subcontractors = p.subcontractors.clone();
    let p2 = request(&below, "v-1", Requester::default(), None, "part-2", NOW).unwrap();
    let back = with_entries(&p2, &as_declaration(&p2));
    assert_eq!(back.subcontractors[0].parent.as_deref(), Some("sub-1"));
}

#[test]
fn parts_being_filled_in_and_parts_returned_are_kept_apart() {
    use crate::drafts::MemoryStore;
    let mut mem = MemoryStore::default();
    let p = part_of(&draft());
    KeptParts::open(&mut mem)
        .save(&p, &json!({"x-keep": 1}), NOW)
        .unwrap();
    let back = returned(&p, NOW);
    KeptParts::returned(&mut mem)
        .save(&back, &json!({}), NOW)
        .unwrap();
    let open = KeptParts::open(&mut mem).list().unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].part.returned_at, None);
    assert_eq!(open[0].extra, json!({"x-keep": 1}));
    let waiting = KeptParts::returned(&mut mem).list().unwrap();
    assert_eq!(waiting[0].part.returned_at.as_deref(), Some(NOW));
    KeptParts::returned(&mut mem).remove(&back).unwrap();
    assert!(KeptParts::returned(&mut mem).list().unwrap().is_empty());
    assert_eq!(KeptParts::open(&mut mem).list().unwrap().len(), 1);
}

#[test]
fn an_entry_added_in_a_part_never_takes_an_id_the_requester_has_beside_it() {
    // The draft: sub-1 (asked for) and sub-2 beside it. The part holds sub-1 alone, so a
    // plain fresh id there would be sub-2, which the merge would refuse as outside.
    let mut d = compliant();
    d.subcontractors
        .push(sub("sub-2", "contractor", "株式会社よそ"));
    let base = request(
        &d,
        "sub-1",
        Requester::default(),
        None,
        "3F2A9C1E-77b0-4c1d",
        NOW,
    )
    .unwrap();
    let prefix = new_id_prefix(&base);
    assert_eq!(prefix, "sub-3f2a9c1e-");
    let mut filled = as_declaration(&base);
    let i = crate::lists::add_subcontractor_with(&mut filled, "sub-1", &prefix);
    assert_eq!(filled.subcontractors[i].id, "sub-3f2a9c1e-1");
    filled.subcontractors[i].name = Some("株式会社ベンダー".into());
    let j = crate::lists::add_subcontractor_with(&mut filled, "sub-3f2a9c1e-1", &prefix);
    assert_eq!(filled.subcontractors[j].id, "sub-3f2a9c1e-2");
    let theirs = returned(&with_entries(&base, &filled), NOW);
    let m = merge(Some(&base), &d, &theirs).expect("no entry outside the part");
    let after = m.apply(&Default::default());
    assert_eq!(
        ids(&after.subcontractors),
        ["sub-1", "sub-3f2a9c1e-1", "sub-3f2a9c1e-2", "sub-2"],
        "the added entries below their parent, the one beside after them"
    );
    assert_eq!(
        after.subcontractors[3], d.subcontractors[1],
        "the one beside untouched"
    );
    // A part id with nothing usable still gives a prefix of its own.
    let odd = Part {
        id: "—".into(),
        ..base
    };
    assert_eq!(new_id_prefix(&odd), "sub-part-");
}

#[test]
fn a_request_down_the_chain_carries_the_chain_above_and_the_form_shows_its_true_place() {
    // Issue 30: the vendor (v-1, under 国保中央会) opened its part as 「再委託先1（第1階層）」
    // under the 連合会. The request names the chain above it; the part made a declaration puts
    // the root under its true parent, the contractor at the top.
    let d = draft();
    let p = request(&d, "v-2", Requester::default(), None, "part-3", NOW).unwrap();
    assert_eq!(
        p.above,
        [
            Above {
                id: "sub-1".into(),
                name: "国民健康保険中央会".into()
            },
            Above {
                id: "v-1".into(),
                name: "株式会社ベンダー".into()
            },
        ]
    );
    assert_eq!(ids(&p.subcontractors), ["v-2"]);
    let form = as_declaration(&p);
    assert_eq!(ids(&form.subcontractors), ["sub-1", "v-1", "v-2"]);
    assert_eq!(form.subcontractors[0].parent.as_deref(), Some("contractor"));
    assert_eq!(form.subcontractors[2].parent.as_deref(), Some("v-1"));
    assert_eq!(crate::tree::depth(&form, 2), 3);
    assert_eq!(
        form.entrustment
            .contractor
            .as_ref()
            .and_then(|c| c.name.as_deref()),
        d.entrustment
            .contractor
            .as_ref()
            .and_then(|c| c.name.as_deref())
    );
    assert!(is_context(&p, 0) && is_context(&p, 1) && !is_context(&p, 2));
    assert!(crate::rules::tree_issues(&form).is_empty());
    // The examples speak to its place: not the text for 国保中央会.
    assert_eq!(
        crate::examples::position(&form, "subcontractors[2].reason"),
        crate::examples::Position::Below
    );
    // Nothing of the chain goes back: the part sent back holds its own entries, the
    // root under its own parent.
    let back = with_entries(&p, &form);
    assert_eq!(back.subcontractors, p.subcontractors);
    // The first level's chain is empty, and the file says so.
    let top = part_of(&d);
    assert!(top.above.is_empty());
    assert!(export(&top, &json!({}), NOW).contains("\"above\": []"));
    let form = as_declaration(&top);
    assert_eq!(form.subcontractors[0].parent.as_deref(), Some("contractor"));
}

#[test]
fn a_chain_that_does_not_lead_to_the_root_is_not_shown() {
    // A file of an app that did not write `above`, or whose chain does not end at the
    // root's parent: the root is shown under the contractor, as before.
    let d = draft();
    let mut p = request(&d, "v-1", Requester::default(), None, "part-4", NOW).unwrap();
    p.above.clear();
    assert_eq!(
        as_declaration(&p).subcontractors[0].parent.as_deref(),
        Some("contractor")
    );
    p.above = vec![Above {
        id: "elsewhere".into(),
        name: "どこか".into(),
    }];
    assert!(context_chain(&p).is_empty());
}

#[test]
fn the_chain_above_is_checked_on_reading() {
    let d = draft();
    let p = request(&d, "v-1", Requester::default(), None, "part-5", NOW).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&export(&p, &json!({}), NOW)).unwrap();
    v["above"][0]["id"] = "v-2".into();
    let err = import(v.to_string().as_bytes()).unwrap_err();
    assert!(
        matches!(&err, PartError::Invalid { path, .. } if path == "above[0]"),
        "{err:?}"
    );
    v["above"][0]["id"] = "sub-1".into();
    v["above"][0]["name"] = "国保\u{202E}中央会".into();
    assert!(import(v.to_string().as_bytes()).is_err());
}

#[test]
fn a_returned_part_is_named_apart_from_the_request() {
    let p = part_of(&draft());
    assert_eq!(file_name(&p), "記入依頼_国民健康保険中央会_2024-02-10.json");
    let back = returned(&p, "2024-02-14T03:00:00Z");
    assert_eq!(
        file_name(&back),
        "記入返送_国民健康保険中央会_2024-02-14.json"
    );
    let how = instructions("https://forms.example.jp/");
    assert!(how.ja.contains("https://forms.example.jp/") && how.ja.contains("下書き一覧"));
    assert!(how.ja.contains("記入返送_"));
    assert!(how.en.contains("Your drafts"));
}

#[test]
fn entries_awaiting_a_part_are_the_requested_ones_and_those_below() {
    let d = draft();
    // sub-1 → v-1 → v-2, and other-1 beside sub-1.
    let waiting = awaited(&d.subcontractors, |id| id == "v-1");
    let named: Vec<&str> = waiting
        .iter()
        .map(|&i| d.subcontractors[i].id.as_str())
        .collect();
    assert_eq!(named, ["v-1", "v-2"]);
    let v1 = d.subcontractors.iter().position(|s| s.id == "v-1").unwrap();
    let paths = awaited_paths(&d.subcontractors, |id| id == "v-1");
    assert_eq!(paths.len(), 2);
    assert!(is_awaited(&format!("subcontractors[{v1}].reason"), &paths));
    assert!(is_awaited(&format!("subcontractors[{v1}]"), &paths));
    assert!(!is_awaited("subcontractors[0].reason", &paths));
    assert!(!is_awaited("subcontractors", &paths));
    assert!(!is_awaited(
        &format!("subcontractors[{v1}0].reason"),
        &paths
    ));
    assert!(awaited(&d.subcontractors, |_| false).is_empty());
}
