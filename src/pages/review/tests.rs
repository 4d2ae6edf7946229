//! The review page over the fixtures: the verdict, completeness, the answers by section
//! (対象外 for sections that do not apply), the links to errors and the export message.

use super::*;
use crate::testkit::{count, test_host, tick};
use declaration::answers as rows;
use declaration::fields::Section;
use declaration::{io, Declaration, Lang};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const COMPLIANT: &str = include_str!("../../../tests/fixtures/compliant.json");
const DRAFT: &str = include_str!("../../../tests/fixtures/draft.json");

fn load(text: &str) -> Declaration {
    io::import_str(text).unwrap().declaration
}

/// The page mounted over `decl`, with its form, route and host element.
fn mount(decl: Declaration, lang: Signal<Lang>) -> (Form, RwSignal<Route>, web_sys::HtmlElement) {
    let form = Form::new(RwSignal::new(decl), lang);
    let route = RwSignal::new(Route::Review);
    let host = test_host();
    let handle = leptos::mount::mount_to(
        host.clone(),
        move || view! { <Review form=form route=route/> },
    );
    std::mem::forget(handle);
    (form, route, host)
}

fn text(host: &web_sys::HtmlElement) -> String {
    host.text_content().unwrap_or_default()
}

fn one(host: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn compliant_declaration_is_complete_and_every_condition_met() {
    let (_, _, host) = mount(load(COMPLIANT), Signal::stored(Lang::Ja));
    tick().await;
    assert_eq!(one(&host, "h1").text_content().unwrap(), "記入内容の確認");
    assert_eq!(count(&host, "table.verdict tbody tr"), 11);
    assert_eq!(count(&host, "table.verdict tr[data-status='met']"), 11);
    assert_eq!(count(&host, "[data-testid='open-conditions']"), 0);
    assert_eq!(
        one(&host, "[data-testid='completeness']")
            .text_content()
            .unwrap(),
        "記入は完了しており、全ての条件を満たしています。"
    );
    assert_eq!(count(&host, "[data-testid='remaining'] li"), 0);
    let headings: Vec<String> = (0..count(&host, ".review-section h2"))
        .map(|i| {
            host.query_selector_all(".review-section h2")
                .unwrap()
                .get(i)
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    let titles: Vec<String> = Section::ALL
        .iter()
        .map(|s| s.title(Lang::Ja).to_string())
        .collect();
    assert_eq!(headings, titles);
    let all = text(&host);
    assert!(all.contains("三重県国保連合会"));
    assert!(all.contains("国民健康保険中央会"));
    assert!(!all.contains("対象外のため"));
    assert_eq!(count(&host, "[data-testid='not-applicable']"), 0);
    // Enum values, yes/no and checks in words.
    let value = |path: &str| {
        one(&host, &format!("[data-path='{path}'] dd"))
            .text_content()
            .unwrap()
    };
    assert_eq!(value("entrustment.handler_count"), "10人未満");
    assert_eq!(value("entrustment.resubcontract"), "はい");
    assert_eq!(value("attestation.truthful"), "チェック済み");
    assert_eq!(
        value("subcontractors[0].parent"),
        "委託先：三重県国保連合会"
    );
    // An optional answer not given is nothing missing (issue 30): said so, not 未入力.
    assert_eq!(value("entrustment.other_information"), "記入なし（任意）");
    // Each section has a 「変更」 link that says which section it changes.
    let change = one(&host, "[data-section='basic'] .review-section__change a");
    assert_eq!(change.text_content().unwrap(), "変更（基本情報）");
    assert_eq!(
        change
            .query_selector(".visually-hidden")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "（基本情報）"
    );
    // Repeated entries are listed one by one.
    assert!(all.contains("再委託先1：国民健康保険中央会"));
    assert!(all.contains("保管場所1：東京リージョン"));
    assert!(all.contains("保管場所2：大阪リージョン"));
    assert!(count(&host, "[data-section='measures'] h3") >= 4);
    assert_eq!(
        count(
            &host,
            "[data-section='responsibility'] dl div[data-path^='responsibility.matrix[']"
        ),
        11
    );
}

#[wasm_bindgen_test]
async fn a_draft_lists_what_is_left_and_links_to_it() {
    let (form, route, host) = mount(load(DRAFT), Signal::stored(Lang::Ja));
    tick().await;
    let n = form.issues.with_untracked(Vec::len);
    assert!(n > 0);
    assert_eq!(
        one(&host, "[data-testid='completeness']")
            .text_content()
            .unwrap(),
        format!("未完了です（残り{n}件）。")
    );
    assert_eq!(count(&host, "[data-testid='remaining'] li a"), n as u32);
    assert!(count(&host, "[data-testid='open-conditions'] li a") > 0);
    assert!(count(&host, "table.verdict tr[data-status='unanswered']") > 0);
    // Following an error goes to its section's page and shows its errors there.
    let first = one(&host, "[data-testid='remaining'] li");
    let path = first.get_attribute("data-path").unwrap();
    let section = declaration::fields::section_of(&path).unwrap();
    assert_eq!(
        first
            .query_selector("a")
            .unwrap()
            .unwrap()
            .get_attribute("href")
            .unwrap(),
        Route::Section(section).hash()
    );
    one(&host, "[data-testid='remaining'] li a").click();
    assert_eq!(route.get_untracked(), Route::Section(section));
    assert!(form.checked.with_untracked(|c| c.contains(&section)));
    // The error now shows under its answer on that page.
    assert!(untrack(|| form.error_for(&path)).is_some());
}

#[wasm_bindgen_test]
async fn sections_that_do_not_apply_say_so_and_list_nothing() {
    let mut d = load(COMPLIANT);
    d.entrustment.uses_cloud = Some(false);
    let (_, _, host) = mount(d, Signal::stored(Lang::Ja));
    tick().await;
    for key in ["cloud", "responsibility", "measures"] {
        let section = one(&host, &format!("[data-section='{key}']"));
        assert!(section.text_content().unwrap().contains("対象外"), "{key}");
        assert_eq!(
            section.query_selector_all("dl").unwrap().length(),
            0,
            "{key}"
        );
        assert_eq!(
            section.query_selector_all("a").unwrap().length(),
            0,
            "{key}"
        );
    }
    assert_eq!(count(&host, "[data-testid='not-applicable']"), 3);
    assert!(one(&host, "[data-section='cloud']")
        .text_content()
        .unwrap()
        .contains("クラウド事業者の環境に設置しないため"));
    assert_eq!(
        count(&host, "table.verdict tr[data-status='not_applicable']"),
        8
    );
    assert!(!one(&host, "[data-section='subcontractors']")
        .text_content()
        .unwrap()
        .contains("対象外"));
}

#[wasm_bindgen_test]
async fn a_section_waiting_for_its_question_says_which_question() {
    let mut d = load(COMPLIANT);
    d.entrustment.uses_cloud = None;
    let (_, _, host) = mount(d, Signal::stored(Lang::Ja));
    tick().await;
    let cloud = one(&host, "[data-section='cloud']").text_content().unwrap();
    assert!(cloud.contains("未定"), "{cloud}");
    assert!(
        !cloud.contains("対象外"),
        "undecided, never 対象外: {cloud}"
    );
    assert!(
        cloud.contains("先に「委託の概要」の「クラウド事業者の環境への設置」に回答してください。"),
        "{cloud}"
    );
    assert!(!cloud.contains("設置しないため"), "{cloud}");
}

#[wasm_bindgen_test]
async fn export_says_what_it_saved_and_what_it_left_out() {
    let mut d = load(COMPLIANT);
    d.entrustment.uses_cloud = Some(false);
    let (_, _, host) = mount(d, Signal::stored(Lang::Ja));
    tick().await;
    let status = one(&host, "[data-testid='export-status']");
    assert_eq!(status.get_attribute("role").as_deref(), Some("status"));
    assert_eq!(status.text_content().unwrap(), "");
    let button = one(&host, "button");
    assert_eq!(
        button.text_content().unwrap(),
        "申告書ファイル（JSON）を保存"
    );
    button.click();
    tick().await;
    let said = status.text_content().unwrap();
    // The name carries the export time in Japan time (versions told apart, issue 31).
    let name = said.split(' ').next().unwrap_or_default();
    assert!(
        name.starts_with("申告書_○○市_2024-02-20_")
            && name.ends_with(".json")
            && name.len() == "申告書_○○市_2024-02-20_20261208-0545.json".len(),
        "{said}"
    );
    assert!(said.contains(" を保存しました"), "{said}");
    assert!(
        said.contains("次の項目は対象外のため出力していません（下書きには残っています）：クラウドサービス、責任共有モデル、セキュリティ対策"),
        "{said}"
    );
    assert!(!said.contains("記入が完了していない"), "{said}");
    assert_eq!(count(&host, "[data-testid='export-error']"), 0);
}

#[wasm_bindgen_test]
async fn an_incomplete_draft_can_be_exported_and_says_so() {
    let (form, _, host) = mount(load(DRAFT), Signal::stored(Lang::Ja));
    tick().await;
    assert!(text(&host).contains("未完了のまま保存できます"));
    one(
        &host,
        "section[aria-labelledby='review-export-title'] button.button:not(.button--warning):not(.button--secondary)",
    )
    .click();
    tick().await;
    // Conditions not answered: it asks first, with a link to each, and never blocks.
    let confirm = one(&host, "[data-testid='export-confirm']");
    let open = count(&host, "[data-testid='export-confirm'] li a");
    assert!(open > 0);
    assert!(confirm
        .text_content()
        .unwrap()
        .contains(&format!("{open}件の条件を満たしていないか、未入力です。")));
    assert_eq!(
        one(&host, "[data-testid='export-status']")
            .text_content()
            .unwrap(),
        "",
        "nothing saved before the answer"
    );
    one(&host, "[data-testid='export-anyway']").click();
    tick().await;
    assert_eq!(count(&host, "[data-testid='export-confirm']"), 0);
    let n = form.issues.with_untracked(Vec::len);
    let said = one(&host, "[data-testid='export-status']")
        .text_content()
        .unwrap();
    assert!(
        said.contains(&format!("記入が完了していない申告書です（残り{n}件）。")),
        "{said}"
    );
}

#[wasm_bindgen_test]
async fn every_word_switches_to_english() {
    let lang = RwSignal::new(Lang::Ja);
    let (_, _, host) = mount(load(COMPLIANT), lang.into());
    tick().await;
    lang.set(Lang::En);
    tick().await;
    let all = text(&host);
    assert_eq!(
        one(&host, "h1").text_content().unwrap(),
        "Check your answers"
    );
    assert_eq!(
        one(&host, "[data-testid='completeness']")
            .text_content()
            .unwrap(),
        "The declaration is complete and meets every condition."
    );
    assert!(all.contains("Basic information"));
    assert!(all.contains("Change (Basic information)"));
    assert!(all.contains("Save the declaration file (JSON)"));
    assert!(all.contains("Fewer than 10"));
    assert!(all.contains("Subcontractor 1: 国民健康保険中央会"));
    for ja in [
        "記入内容の確認",
        "基本情報",
        "変更",
        "はい",
        "チェック済み",
        "未入力",
        "適合",
    ] {
        assert!(!all.contains(ja), "{ja} left in English");
    }
}

#[wasm_bindgen_test]
fn questions_not_asked_are_left_out() {
    let mut d = load(COMPLIANT);
    let paths = |d: &Declaration, s: Section| -> Vec<String> {
        rows::blocks(d, s)
            .into_iter()
            .flat_map(|b| b.rows)
            .map(|r| r.path)
            .collect()
    };
    assert!(paths(&d, Section::Cloud).contains(&"cloud.ismap.registration_number".to_string()));
    d.cloud.as_mut().unwrap().ismap.as_mut().unwrap().listed = Some(false);
    d.entrustment.resubcontract = Some(false);
    let cloud = paths(&d, Section::Cloud);
    assert!(cloud.contains(&"cloud.ismap.listed".to_string()));
    assert!(!cloud.iter().any(|p| p == "cloud.ismap.registration_number"));
    assert!(
        !paths(&d, Section::Entrustment).contains(&"entrustment.resubcontracted_work".to_string())
    );
    let measures = paths(&d, Section::Measures);
    let encryption = d
        .measures
        .iter()
        .position(|m| m.category == Some(declaration::model::Category::Encryption))
        .unwrap();
    assert!(measures.contains(&format!("measures[{encryption}].key_management")));
    assert!(!measures.contains(&"measures[0].key_management".to_string()) || encryption == 0);
    // m-6 is planned: its date is asked, not the reason for 対象外.
    assert!(measures.contains(&"measures[5].planned_date".to_string()));
    assert!(!measures.contains(&"measures[0].planned_date".to_string()));
    assert!(!measures.iter().any(|p| p.ends_with(".reason")));
}
