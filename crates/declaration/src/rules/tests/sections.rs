//! Tests of `rules/sections.rs`.

use super::super::testkit::*;
use crate::model::*;

fn declarant(d: &mut Declaration) -> &mut Declarant {
    d.basic.declarant.as_mut().unwrap()
}

fn contractor(d: &mut Declaration) -> &mut Contractor {
    d.entrustment.contractor.as_mut().unwrap()
}

#[test]
fn basic_required_texts() {
    type Get = fn(&mut Declaration) -> &mut Option<String>;
    let cases: [(&str, Get); 8] = [
        ("basic.municipality", |d| &mut d.basic.municipality),
        ("basic.assessment_title", |d| &mut d.basic.assessment_title),
        ("basic.pi_file", |d| &mut d.basic.pi_file),
        ("basic.system_name", |d| &mut d.basic.system_name),
        ("basic.declarant.organization", |d| {
            &mut declarant(d).organization
        }),
        ("basic.declarant.name", |d| &mut declarant(d).name),
        ("basic.declarant.email", |d| &mut declarant(d).email),
        ("basic.declarant.phone", |d| &mut declarant(d).phone),
    ];
    for (path, get) in cases {
        let missing = only_error_at(path, |d| *get(d) = None);
        assert!(
            missing.text.ja.ends_with("を入力してください"),
            "{missing:?}"
        );
        assert!(missing.text.en.starts_with("Enter the "), "{missing:?}");
        // Whitespace only is unanswered too.
        only_error_at(path, |d| *get(d) = Some(" \u{3000} ".into()));
    }
    let e = only_error_at("basic.municipality", |d| d.basic.municipality = None);
    assert_eq!(e.text.ja, "委託元の地方公共団体名を入力してください");
    assert_eq!(e.text.en, "Enter the commissioning municipality");
}

#[test]
fn optional_declarant_fields_may_be_missing() {
    still_valid(|d| {
        declarant(d).department = None;
        declarant(d).title = Some(String::new());
    });
    // …but are still checked when given.
    only_error_at("basic.declarant.department", |d| {
        declarant(d).department = Some("部".repeat(201));
    });
}

#[test]
fn a_missing_declarant_reports_each_required_answer() {
    let issues = issues_after(|d| d.basic.declarant = None);
    let paths: Vec<&str> = issues.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "basic.declarant.organization",
            "basic.declarant.name",
            "basic.declarant.email",
            "basic.declarant.phone"
        ]
    );
}

#[test]
fn item_number_is_a_whole_number_of_at_least_one() {
    only_error_at("basic.item_number", |d| d.basic.item_number = None);
    let e = only_error_at("basic.item_number", |d| d.basic.item_number = Some(0));
    assert_eq!(e.text.ja, "委託事項の番号は1以上の整数で入力してください");
    only_error_at("basic.item_number", |d| d.basic.item_number = Some(-3));
    still_valid(|d| d.basic.item_number = Some(1));
}

#[test]
fn declaration_date_is_a_real_date() {
    only_error_at("basic.declaration_date", |d| {
        d.basic.declaration_date = None
    });
    for bad in ["2023-02-29", "2024/02/20", "2024-2-20", "令和6年2月20日"] {
        let e = only_error_at("basic.declaration_date", |d| {
            d.basic.declaration_date = Some(bad.into())
        });
        assert_eq!(
            e.text.ja,
            "申告日は 2024-02-20 のように実在する日付を入力してください"
        );
        assert!(e.text.en.contains("real date"));
    }
}

#[test]
fn email_format() {
    for bad in [
        "yamada",
        "yamada@example",
        "yamada @example.jp",
        "a@@example.jp",
    ] {
        let e = only_error_at("basic.declarant.email", |d| {
            declarant(d).email = Some(bad.into())
        });
        assert_eq!(
            e.text.ja,
            "メールアドレスは yamada@example.jp のような形式で入力してください"
        );
    }
    still_valid(|d| declarant(d).email = Some("taro.yamada@mie.example.lg.jp".into()));
}

#[test]
fn phone_format_accepts_full_width() {
    still_valid(|d| declarant(d).phone = Some("０５９－０００－００００".into()));
    still_valid(|d| declarant(d).phone = Some("09012345678".into()));
    for bad in ["059-000-000", "59-000-0000", "059-000-00000-0", "電話"] {
        let e = only_error_at("basic.declarant.phone", |d| {
            declarant(d).phone = Some(bad.into())
        });
        assert!(e
            .text
            .ja
            .starts_with("電話番号は 0 から始まる10桁又は11桁の番号を入力してください"));
        assert!(e.text.en.contains("10 or 11 digits"));
    }
}

#[test]
fn text_limits_apply_to_every_text() {
    // 200 characters (not bytes) fit a single line; 201 do not.
    still_valid(|d| d.basic.system_name = Some("シ".repeat(200)));
    let e = only_error_at("basic.system_name", |d| {
        d.basic.system_name = Some("シ".repeat(201))
    });
    assert_eq!(
        e.text.ja,
        "対象システム名は200文字以内で入力してください（現在201文字）"
    );
    assert_eq!(
        e.text.en,
        "System name must be 200 characters or less (it has 201)"
    );
    // Optional multi-line texts too.
    only_error_at("entrustment.other_information", |d| {
        d.entrustment.other_information = Some("x".repeat(4001))
    });
    only_error_at("entrustment.content", |d| {
        d.entrustment.content = Some("委".repeat(2001))
    });
    still_valid(|d| d.entrustment.content = Some("委".repeat(2000)));
}

#[test]
fn control_characters_are_rejected() {
    let e = only_error_at("basic.declarant.name", |d| {
        declarant(d).name = Some("山田\u{0008}太郎".into())
    });
    assert_eq!(
        e.text.ja,
        "申告者氏名に見えない制御文字（U+0008）が含まれています。文字を入力し直すか、その文字を削除してください"
    );
    assert!(
        e.text.en.contains("invisible control character (U+0008)"),
        "{}",
        e.text.en
    );
    // A line break is a control character in a single line…
    only_error_at("basic.municipality", |d| {
        d.basic.municipality = Some("○○\n市".into())
    });
    // …but not in a multi-line text, where tabs are fine too.
    still_valid(|d| d.entrustment.content = Some("一行目\n二行目\tタブ".into()));
    only_error_at("entrustment.content", |d| {
        d.entrustment.content = Some("一行目\u{001B}".into())
    });
}

#[test]
fn bidi_and_zero_width_characters_are_named_in_single_lines_and_text_areas() {
    for (c, code) in [
        ('\u{202E}', "U+202E"),
        ('\u{2066}', "U+2066"),
        ('\u{200F}', "U+200F"),
        ('\u{061C}', "U+061C"),
        ('\u{200B}', "U+200B"),
        ('\u{FEFF}', "U+FEFF"),
        ('\0', "U+0000"),
        ('\u{85}', "U+0085"),
    ] {
        let e = only_error_at("subcontractors[0].name", |d| {
            d.subcontractors[0].name = Some(format!("株式会社{c}ABC"))
        });
        assert!(
            e.text
                .ja
                .contains(&format!("見えない制御文字（{code}）が含まれています")),
            "{}",
            e.text.ja
        );
        assert!(
            e.text.ja.starts_with("再委託先1の商号又は名称に"),
            "{}",
            e.text.ja
        );
        assert!(e.text.en.contains(&format!("({code})")), "{}", e.text.en);
        only_error_at("entrustment.content", |d| {
            d.entrustment.content = Some(format!("一行目\n二行目{c}"))
        });
    }
}

#[test]
fn entrustment_answers() {
    only_error_at("entrustment.content", |d| d.entrustment.content = None);
    let e = only_error_at("entrustment.handler_count", |d| {
        d.entrustment.handler_count = None
    });
    assert_eq!(e.text.ja, "委託先における取扱者数を選択してください");
    only_error_at("entrustment.contractor.name", |d| contractor(d).name = None);
    only_error_at("entrustment.contractor.address", |d| {
        contractor(d).address = Some("".into())
    });
    let issues = issues_after(|d| d.entrustment.contractor = None);
    assert_eq!(
        issues.len(),
        2,
        "name and address; the postal code is optional"
    );
    only_error_at("entrustment.resubcontracted_work", |d| {
        d.entrustment.resubcontracted_work = None
    });
    let e = only_error_at("entrustment.uses_cloud", |d| {
        d.entrustment.uses_cloud = None
    });
    assert_eq!(
        e.text.ja,
        "クラウド事業者の環境への設置について「はい」又は「いいえ」を選択してください"
    );
    // Not re-subcontracting: the re-subcontracted work is not asked.
    still_valid(|d| {
        d.entrustment.resubcontract = Some(false);
        d.entrustment.resubcontracted_work = None;
    });
}

#[test]
fn unanswered_resubcontract_reports_only_itself() {
    let e = only_error_at("entrustment.resubcontract", |d| {
        d.entrustment.resubcontract = None;
        d.entrustment.resubcontracted_work = None;
        d.subcontractors.clear();
    });
    assert_eq!(
        e.text.ja,
        "再委託の有無について「はい」又は「いいえ」を選択してください"
    );
}

#[test]
fn postal_codes_are_optional_but_checked() {
    still_valid(|d| contractor(d).postal_code = None);
    still_valid(|d| contractor(d).postal_code = Some("".into()));
    still_valid(|d| contractor(d).postal_code = Some("５１４－０００３".into()));
    still_valid(|d| d.subcontractors[0].postal_code = Some("1000014".into()));
    let e = only_error_at("entrustment.contractor.postal_code", |d| {
        contractor(d).postal_code = Some("514-003".into())
    });
    assert_eq!(
        e.text.ja,
        "郵便番号は 514-0003 のように7桁で入力してください"
    );
    only_error_at("subcontractors[0].postal_code", |d| {
        d.subcontractors[0].postal_code = Some("東京都".into())
    });
}

#[test]
fn subcontractors_are_required_when_resubcontracting() {
    let e = only_error_at("subcontractors", |d| d.subcontractors.clear());
    assert_eq!(e.text.ja, "再委託先を1件以上入力してください");
    assert_eq!(e.text.en, "Add at least one subcontractor");
}

#[test]
fn every_subcontractor_answer_is_required() {
    type Get = fn(&mut Subcontractor) -> &mut Option<String>;
    let cases: [(&str, Get); 9] = [
        ("name", |s| &mut s.name),
        ("address", |s| &mut s.address),
        ("reason", |s| &mut s.reason),
        ("work_scope", |s| &mut s.work_scope),
        ("pi_scope", |s| &mut s.pi_scope),
        ("capability", |s| &mut s.capability),
        ("inspection", |s| &mut s.inspection),
        ("supervision", |s| &mut s.supervision),
        ("safety_measures", |s| &mut s.safety_measures),
    ];
    for (field, get) in cases {
        // On a second subcontractor, so the index of the path is checked too.
        let path = format!("subcontractors[1].{field}");
        let e = only_error_at(&path, |d| {
            let mut s = d.subcontractors[0].clone();
            s.id = "sub-2".into();
            s.parent = Some("sub-1".into());
            *get(&mut s) = None;
            d.subcontractors.push(s);
        });
        assert!(e.text.ja.ends_with("を入力してください"), "{e:?}");
    }
    let e = only_error_at("subcontractors[0].name", |d| {
        d.subcontractors[0].name = None
    });
    assert_eq!(e.text.ja, "再委託先1の商号又は名称を入力してください");
    assert_eq!(e.text.en, "Enter the trade name of subcontractor 1");
    only_error_at("subcontractors[0].address", |d| {
        d.subcontractors[0].address = Some("住".repeat(201))
    });
    only_error_at("subcontractors[0].reason", |d| {
        d.subcontractors[0].reason = Some("理由\u{7F}".into())
    });
}

#[test]
fn confidentiality_agreement() {
    fn nda(d: &mut Declaration) -> &mut Confidentiality {
        d.subcontractors[0].confidentiality.as_mut().unwrap()
    }
    only_error_at("subcontractors[0].confidentiality.concluded", |d| {
        d.subcontractors[0].confidentiality = None
    });
    only_error_at("subcontractors[0].confidentiality.concluded", |d| {
        nda(d).concluded = None
    });
    let e = only_error_at("subcontractors[0].confidentiality.date", |d| {
        nda(d).date = None
    });
    assert_eq!(e.text.ja, "再委託先1の締結日を入力してください");
    let e = only_error_at("subcontractors[0].confidentiality.date", |d| {
        nda(d).date = Some("2024-01-32".into())
    });
    assert!(e.text.ja.contains("実在する日付"));
    // Not concluded: no date asked (the verdict fails S7 instead).
    still_valid(|d| {
        nda(d).concluded = Some(false);
        nda(d).date = Some("not a date".into());
    });
}

#[test]
fn attestation_answers() {
    fn att(d: &mut Declaration) -> &mut Attestation {
        d.attestation.as_mut().unwrap()
    }
    for value in [None, Some(false)] {
        let e = only_error_at("attestation.truthful", |d| att(d).truthful = value);
        assert_eq!(
            e.text.ja,
            "「記載内容は事実と相違ありません」にチェックを入れてください"
        );
        only_error_at("attestation.will_report_changes", |d| {
            att(d).will_report_changes = value
        });
    }
    only_error_at("attestation.name", |d| att(d).name = None);
    only_error_at("attestation.title", |d| att(d).title = Some(" ".into()));
    only_error_at("attestation.date", |d| att(d).date = None);
    only_error_at("attestation.date", |d| {
        att(d).date = Some("2024-02-30".into())
    });
    let issues = issues_after(|d| d.attestation = None);
    assert_eq!(issues.len(), 5);
}

// ---------------------------------------------------------------- examples (spec §3)

#[test]
fn an_examples_blank_left_in_is_an_unwritten_error_at_its_field() {
    // 「この例を使う」 inserted, the blanks not replaced: an error at that field, in the
    // words of the spec, counted as not written yet (the verdict's 未入力).
    let e = only_error_at("subcontractors[0].capability", |d| {
        d.subcontractors[0].capability =
            Some("ISMS認証（ISO/IEC 27001）を取得（認証範囲：○○部門）。担当者は○名。".into());
    });
    assert!(e.unwritten);
    assert_eq!(
        e.text.ja,
        "再委託先1の業務の履行能力：記入例の「○」の部分を、実際の内容に書き換えてください"
    );
    assert!(
        e.text.en.contains("replace the “○” parts of the example"),
        "{}",
        e.text.en
    );
}

#[test]
fn an_answer_equal_to_an_example_without_blanks_is_allowed() {
    // The example may be true: it passes, and only the reviewer's view marks it.
    still_valid(|d| {
        d.subcontractors[0].reason = crate::examples::example(
            "subcontractors[].reason",
            crate::examples::Position::First,
            None,
        )
        .map(|w| w.ja);
    });
}

#[test]
fn full_width_email_url_and_certificate_numbers_are_accepted() {
    still_valid(|d| {
        d.basic.declarant.as_mut().unwrap().email =
            Some("ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ".into());
        let cloud = d.cloud.as_mut().unwrap();
        let certs = cloud.certifications.as_mut().unwrap();
        certs.iso27018.as_mut().unwrap().certificate_number = Some("ＰＩＩ　５６７８".into());
        cloud.ismap.as_mut().unwrap().registration_number = Some("Ｃ２１－０００１－１".into());
        d.responsibility
            .as_mut()
            .unwrap()
            .model_document
            .as_mut()
            .unwrap()
            .url = Some("ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｊｐ／".into());
    });
    let e = only_error_at("basic.declarant.email", |d| {
        d.basic.declarant.as_mut().unwrap().email = Some("yamada＠例え.jp".into());
    });
    assert!(e.text.ja.contains("全角文字「例」"), "{}", e.text.ja);
    assert!(!e.unwritten);
}
