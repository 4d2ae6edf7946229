//! Native tests of the addressees: each one's file, the body's hash, the draft's list, its
//! rules and the package of 29 files.

use super::*;
use crate::fixtures::{self, mie};
use crate::{io, rules, Severity};
use serde_json::json;

const NOW: &str = "2026-12-08T00:00:00Z";

fn two() -> Declaration {
    let mut d = fixtures::compliant();
    d.id = Some("draft-1".into());
    for (i, (city, code, item)) in [("伊賀市", Some("242161"), 5), ("亀山市", None, 3)]
        .into_iter()
        .enumerate()
    {
        let a = Addressee {
            id: format!("file-{i}"),
            municipality: Some(city.into()),
            municipality_code: code.map(str::to_string),
            assessment_title: Some(format!("{city} 国民健康保険に関する事務 全項目評価書")),
            pi_file: Some("国民健康保険情報ファイル".into()),
            item_number: Some(item),
            recipient: Some(format!("{city}長 様")),
        };
        crate::lists::add_addressee(&mut d, a).unwrap();
    }
    d
}

fn read(f: &File) -> io::Imported {
    io::import_str(&f.text).unwrap()
}

/// Each addressee's file is an ordinary declaration with its own answers and id; the two
/// state and verify the same body hash, and their whole-file hashes.
#[test]
fn each_addressee_gets_its_own_file_with_the_same_body() {
    let d = two();
    let files: Vec<File> = (0..2).map(|i| export(&d, i, NOW, "test")).collect();
    let read: Vec<io::Imported> = files.iter().map(read).collect();
    for (i, r) in read.iter().enumerate() {
        let a = &d.addressees[i];
        assert_eq!(r.integrity, io::IntegrityState::Match, "{i}");
        assert_eq!(r.declaration.id.as_deref(), Some(a.id.as_str()));
        assert_eq!(r.declaration.basic.municipality, a.municipality);
        assert_eq!(r.declaration.basic.item_number, a.item_number);
        assert!(r.declaration.addressees.is_empty(), "a file has no list");
        assert_eq!(r.declaration.basic.system_name, d.basic.system_name);
        let v: Value = serde_json::from_str(&files[i].text).unwrap();
        assert_eq!(v["integrity"]["sha256"], files[i].sha256.as_str());
    }
    assert_eq!(read[0].body_sha256, read[1].body_sha256);
    assert_eq!(files[0].body_sha256, read[0].body_sha256);
    assert_eq!(files[0].name, "申告書_伊賀市_2024-02-20.json");
    let value: Value = serde_json::from_str(&files[0].text).unwrap();
    assert_eq!(
        value["addressee"],
        json!({ "of": "draft-1", "index": 1, "count": 2, "code": "242161" })
    );
    let second: Value = serde_json::from_str(&files[1].text).unwrap();
    assert_eq!(
        second["addressee"],
        json!({ "of": "draft-1", "index": 2, "count": 2 })
    );
}

/// A declaration exported as today states no body hash and no addressee.
#[test]
fn an_ordinary_export_states_no_body_hash() {
    let text = io::export(&fixtures::compliant(), &json!({}), NOW, "test");
    let value: Value = serde_json::from_str(&text).unwrap();
    assert!(value["integrity"].get("body_sha256").is_none());
    assert!(value.get("addressee").is_none());
}

/// The body's hash is the same for every addressee, changes with any body answer and not
/// with an addressee's own answers.
#[test]
fn the_body_hash_follows_the_body_alone() {
    let d = mie();
    let body = |d: &Declaration| -> Vec<String> {
        package::files(d, NOW, "test")
            .into_iter()
            .map(|f| f.body_sha256)
            .collect()
    };
    let before = body(&d);
    assert_eq!(before.len(), 29);
    assert!(before.iter().all(|h| *h == before[0] && h.len() == 64));

    let mut own = d.clone();
    own.addressees[8].assessment_title = Some("亀山市 国保 全項目評価書（改）".into());
    own.addressees[8].item_number = Some(4);
    own.addressees[3].recipient = Some("松阪市長 様".into());
    assert_eq!(
        body(&own),
        before,
        "an addressee's own answers are not the body"
    );

    for edit in [
        |d: &mut Declaration| d.basic.system_name = Some("別のシステム".into()),
        |d: &mut Declaration| d.basic.declaration_date = Some("2024-03-01".into()),
        |d: &mut Declaration| d.subcontractors[0].name = Some("別の会社".into()),
    ] {
        let mut changed = d.clone();
        edit(&mut changed);
        let after = body(&changed);
        assert!(after.iter().all(|h| *h == after[0]));
        assert_ne!(after[0], before[0], "a body edit changes the body's hash");
    }
}

/// The 29 files of Mie each validate as an ordinary declaration, complete, with their own
/// 委託事項 numbers; the 送付一覧 lists each file with its hashes.
#[test]
fn the_files_of_a_29_addressee_draft_are_ordinary_complete_declarations() {
    let d = mie();
    assert!(rules::errors(&d).is_empty(), "{:?}", rules::errors(&d));
    let files = package::files(&d, NOW, "test");
    let names: std::collections::HashSet<&str> = files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names.len(), 29, "every file has a name of its own");
    for (i, f) in files.iter().enumerate() {
        let r = read(f);
        assert_eq!(r.integrity, io::IntegrityState::Match);
        assert!(rules::errors(&r.declaration).is_empty(), "{}", f.name);
        assert_eq!(
            r.declaration.basic.municipality,
            d.addressees[i].municipality
        );
    }
    let kameyama = read(&files[8]).declaration;
    assert_eq!(kameyama.basic.municipality.as_deref(), Some("亀山市"));
    assert_eq!(kameyama.basic.item_number, Some(3));
    let rows = package::sending_list(&d, &files);
    assert_eq!(rows[13].addressee, "伊賀市");
    assert_eq!(rows[13].code, "242161");
    assert_eq!(rows[13].file_name, "申告書_伊賀市_2024-02-20.json");
    assert_eq!(rows[13].sha256, files[13].sha256);
    let csv = package::csv(&rows, crate::Lang::Ja);
    assert!(
        csv.starts_with("\u{FEFF}番号,宛先,団体コード,ファイル名,申告日,sha256,body_sha256\r\n")
    );
    assert!(csv.contains(&format!(
        "14,伊賀市,242161,申告書_伊賀市_2024-02-20.json,2024-02-20,{},{}\r\n",
        files[13].sha256, files[13].body_sha256
    )));
    assert_eq!(
        package::zip_name(&d),
        "申告書一式_国保総合(国保集約)システム_2024-02-20.zip"
    );
}

/// With addressees the draft's own per-municipality answers are not asked (the list asks
/// them); each addressee's missing answer names it, a duplicate is an error on the later.
#[test]
fn the_rules_check_each_addressee_and_name_it() {
    let mut d = mie();
    d.basic.municipality = None;
    d.basic.item_number = None;
    assert!(rules::errors(&d).is_empty(), "the list answers them");
    d.addressees[2].assessment_title = None;
    d.addressees[8].item_number = None;
    d.addressees[10].municipality_code = Some("242129".into());
    d.addressees[20].municipality = Some("伊賀市".into());
    let errors = rules::errors(&d);
    let text: Vec<(&str, &str)> = errors
        .iter()
        .map(|i| (i.path.as_str(), i.text.ja.as_str()))
        .collect();
    assert_eq!(
        text,
        [
            ("addressees[2].assessment_title", "宛先3（伊勢市）の評価書名を入力してください"),
            ("addressees[8].item_number", "宛先9（亀山市）の委託事項の番号を入力してください"),
            (
                "addressees[10].municipality_code",
                "宛先11（熊野市）の団体コードの検査用数字（末尾の1桁）が合いません（前の5桁からは 8）。総務省の全国地方公共団体コードで確かめてください"
            ),
            (
                "addressees[20].municipality",
                "宛先21（伊賀市）の地方公共団体名が宛先14と同じです。同じ市町村が2回入っていないか確かめ、重複する宛先を削除してください"
            ),
        ]
    );
    assert_eq!(
        errors[0].text.en,
        "Enter the assessment title of addressee 3 (伊勢市)"
    );
    assert!(errors.iter().all(|i| i.severity == Severity::Error));
}

/// Without addressees the draft is today's: the per-municipality answers are asked.
#[test]
fn without_addressees_the_basic_answers_are_asked() {
    let mut d = fixtures::compliant();
    d.basic.municipality = None;
    let errors = rules::errors(&d);
    assert_eq!(errors[0].path, "basic.municipality");
}

/// The list takes at most [`MAX`] addressees.
#[test]
fn at_most_200_addressees() {
    let mut d = fixtures::compliant();
    for i in 0..MAX {
        let a = Addressee {
            id: format!("a{i}"),
            ..Default::default()
        };
        assert_eq!(crate::lists::add_addressee(&mut d, a), Some(i));
    }
    assert_eq!(
        crate::lists::add_addressee(&mut d, Addressee::default()),
        None
    );
    assert_eq!(d.addressees.len(), 200);
}

/// Two municipalities whose names make the same file name get names of their own.
#[test]
fn file_names_in_a_package_never_collide() {
    let mut d = two();
    d.addressees[1].municipality = Some("伊賀市".into());
    let files = package::files(&d, NOW, "test");
    assert_eq!(files[0].name, "申告書_伊賀市_2024-02-20.json");
    assert_eq!(files[1].name, "申告書_伊賀市_2024-02-20_2.json");
}

/// A city's file saved again (by the app, another version of it) still states the hash of its
/// body as written, so a reader finds it unchanged; the body is the same but for the generator.
#[test]
fn a_file_saved_again_restates_its_body_hash() {
    let d = two();
    let f = export(&d, 0, NOW, "test");
    let first = read(&f);
    let again = io::export(
        &first.declaration,
        &first.extra,
        "2026-12-09T00:00:00Z",
        "test",
    );
    let second = io::import_str(&again).unwrap();
    assert_eq!(second.integrity, io::IntegrityState::Match);
    assert_eq!(
        second.body_sha256, first.body_sha256,
        "the same generator, the same body"
    );
    let v: Value = serde_json::from_str(&again).unwrap();
    assert_eq!(v["integrity"]["body_sha256"], first.body_sha256.as_str());
}
