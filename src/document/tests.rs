//! The document over the fixtures: every section heading, the era date and its Gregorian
//! switch, the subcontractors, English, sections left out, answers not given, and the way
//! from a condition not met to its answer.

use super::*;
use crate::testkit::{test_host, tick};
use declaration::fields::Section;
use declaration::io;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const COMPLIANT: &str = include_str!("../../tests/fixtures/compliant.json");
const NONCOMPLIANT: &str = include_str!("../../tests/fixtures/noncompliant.json");

fn load(text: &str) -> Declaration {
    io::import_str(text).unwrap().declaration
}

/// The signals of a mounted document and its host element.
struct Mounted {
    decl: RwSignal<Declaration>,
    lang: RwSignal<Lang>,
    style: RwSignal<DateStyle>,
    host: web_sys::HtmlElement,
}

/// Mounts a document over `d`, after removing those of earlier tests (their answer ids
/// would be found first).
fn mount(d: Declaration, reviewer: bool) -> Mounted {
    let old = document().query_selector_all("article.document").unwrap();
    for i in 0..old.length() {
        if let Some(parent) = old.get(i).and_then(|a| a.parent_node()) {
            let _ = parent.parent_node().map(|body| body.remove_child(&parent));
        }
    }
    let decl = RwSignal::new(d);
    let lang = RwSignal::new(Lang::Ja);
    let style = RwSignal::new(DateStyle::Era);
    let host = test_host();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <Document decl=decl lang=lang style=style reviewer=reviewer/> }
    });
    std::mem::forget(handle);
    Mounted {
        decl,
        lang,
        style,
        host,
    }
}

impl Mounted {
    fn text(&self) -> String {
        self.host.text_content().unwrap_or_default()
    }

    fn all(&self, selector: &str) -> Vec<String> {
        let list = self.host.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.get(i).unwrap().text_content().unwrap_or_default())
            .collect()
    }

    fn by_id(&self, path: &str) -> String {
        self.host
            .query_selector(&format!("#{}", answer_id(path)))
            .unwrap()
            .unwrap_or_else(|| panic!("no answer cell for {path}"))
            .text_content()
            .unwrap()
    }
}

#[wasm_bindgen_test]
async fn compliant_declaration_shows_every_section_in_order_with_era_dates() {
    let m = mount(load(COMPLIANT), false);
    tick().await;
    let headings = m.all(".document__section-title");
    let expected: Vec<String> = Section::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{}. {}", i + 1, s.title(Lang::Ja)))
        .collect();
    assert_eq!(headings, expected);
    assert_eq!(
        m.all("[data-testid='declaration-date']"),
        ["令和6年2月20日"]
    );
    let text = m.text();
    assert!(text.contains("○○市　御中"), "{text}");
    assert!(text.contains("山田 太郎"));
    // Dates are in the era everywhere: the agreement, the planned measure, the attestation.
    assert_eq!(
        m.by_id("subcontractors[0].confidentiality.date"),
        "令和6年1月15日"
    );
    assert_eq!(
        m.by_id("measures[5].planned_date"),
        "実施予定日：令和6年4月1日"
    );
    assert_eq!(m.by_id("attestation.date"), "令和6年2月20日");
    // The verdict's reasons too: no date is left in the exchange format's ISO form.
    let verdict = m.all("table.verdict td").concat();
    assert!(verdict.contains("申告日（令和6年2月20日）"), "{verdict}");
    assert!(!verdict.contains("2024-02-20"), "{verdict}");
    let answers = m.all(".document__section, .document__head").concat();
    assert!(!answers.contains("2024-02-20") && !answers.contains("2024-01-15"));
    // Enum words and yes/no from the registry.
    assert_eq!(m.by_id("entrustment.handler_count"), "10人未満");
    assert_eq!(m.by_id("entrustment.resubcontract"), "はい");
    assert_eq!(m.by_id("responsibility.understood"), "はい");
    assert_eq!(
        m.by_id("responsibility.matrix[4].owner"),
        "利用者(開発者・運用者)"
    );
    assert_eq!(
        m.by_id("cloud.data_location.regions[1].purpose"),
        "災害対策(DR)"
    );
    assert_eq!(m.by_id("measures[3].category"), "データ暗号化");
    // The verdict table, the diagram and its text alternative, the signature space.
    assert_eq!(m.all("table.verdict tbody tr").len(), 11);
    assert_eq!(m.all("[data-testid='overall']"), ["適合"]);
    assert_eq!(
        m.host
            .query_selector_all(".document__diagram svg")
            .unwrap()
            .length(),
        1
    );
    let alt = m.all("[data-testid='diagram-text'] li");
    assert_eq!(alt.len(), 3, "municipality, contractor, one subcontractor");
    assert!(m.all("[data-testid='diagram-text'] ul ul ul li")[0].contains("国民健康保険中央会"));
    assert_eq!(m.all("[data-testid='signature']").len(), 1);
    // Not for reviewers: no links, and the title block comes first.
    assert_eq!(m.all("[data-testid='open-conditions']").len(), 0);
    let first = m.host.query_selector("article > *").unwrap().unwrap();
    assert_eq!(first.tag_name(), "HEADER");
}

#[wasm_bindgen_test]
async fn every_subcontractor_is_listed_and_has_its_table_in_chain_order() {
    let mut d = load(COMPLIANT);
    let mut second = d.subcontractors[0].clone();
    second.id = "sub-2".into();
    second.parent = Some("sub-1".into());
    second.name = Some("株式会社サンプル保守".into());
    let mut third = d.subcontractors[0].clone();
    third.id = "sub-3".into();
    third.name = Some("サンプル運用株式会社".into());
    d.subcontractors.push(third);
    d.subcontractors.insert(1, second);
    let m = mount(d, false);
    tick().await;
    assert_eq!(
        m.all(".document__entry-title"),
        [
            "再委託先1：国民健康保険中央会",
            "再委託先2：株式会社サンプル保守",
            "再委託先3：サンプル運用株式会社"
        ]
    );
    let listed = m.all(".document__subcontractors tbody tr");
    assert_eq!(listed.len(), 3);
    assert!(listed[1].contains("株式会社サンプル保守") && listed[1].contains("国民健康保険中央会"));
    assert_eq!(m.by_id("subcontractors[2].name"), "サンプル運用株式会社");
}

#[wasm_bindgen_test]
async fn gregorian_switch_and_english() {
    let m = mount(load(COMPLIANT), false);
    tick().await;
    m.style.set(DateStyle::Gregorian);
    tick().await;
    assert_eq!(m.all("[data-testid='declaration-date']"), ["2024年2月20日"]);
    assert_eq!(
        m.by_id("subcontractors[0].confidentiality.date"),
        "2024年1月15日"
    );
    assert!(!m.text().contains("令和"));
    m.lang.set(Lang::En);
    tick().await;
    assert_eq!(
        m.all("[data-testid='declaration-date']"),
        ["20 February 2024"]
    );
    let headings = m.all(".document__section-title");
    assert_eq!(headings[0], "1. Basic information");
    assert_eq!(headings[6], "7. Attestation");
    assert_eq!(m.by_id("entrustment.resubcontract"), "Yes");
    assert_eq!(m.by_id("responsibility.matrix[0].owner"), "Cloud provider");
    assert!(m.text().contains("To: ○○市"));
    assert_eq!(m.all("[data-testid='overall']"), ["Met"]);
    let article = m.host.query_selector("article").unwrap().unwrap();
    assert_eq!(article.get_attribute("lang").as_deref(), Some("en"));
}

#[wasm_bindgen_test]
async fn sections_that_do_not_apply_are_left_out_and_say_so() {
    let mut d = load(COMPLIANT);
    d.entrustment.resubcontract = Some(false);
    let m = mount(d, false);
    tick().await;
    let text = m.text();
    assert!(
        !text.contains("国民健康保険中央会"),
        "a hidden answer is printed"
    );
    assert!(
        !text.contains("システム運用事務の全て"),
        "⑥再委託事項 is hidden too"
    );
    assert_eq!(m.all("[data-testid='not-applicable']").len(), 1);
    assert!(m.all("[data-section='subcontractors']")[0].contains("対象外"));
    assert!(m.all("[data-testid='left-out']")[0].contains("再委託先"));
    // The draft itself keeps them, and answering yes again brings them back.
    m.decl.update(|d| d.entrustment.resubcontract = Some(true));
    tick().await;
    assert!(m.text().contains("国民健康保険中央会"));
    assert_eq!(m.all("[data-testid='left-out']").len(), 0);
}

#[wasm_bindgen_test]
async fn required_answers_not_given_read_kisai_nashi_optional_ones_are_left_out() {
    let mut d = load(COMPLIANT);
    d.basic.declarant.as_mut().unwrap().department = None;
    d.basic.declarant.as_mut().unwrap().name = None;
    d.measures.clear();
    let m = mount(d, false);
    tick().await;
    // A required answer missing says so; an optional one not given is no row (issue 30).
    assert_eq!(m.by_id("basic.declarant.name"), "（記載なし）");
    assert_eq!(m.all("[id='a-f-basic-declarant-department']").len(), 0);
    assert_eq!(m.all("[id='a-f-entrustment-other_information']").len(), 0);
    assert!(
        !m.text().contains("部署名"),
        "no row of an optional answer not given"
    );
    assert!(m.all("[data-section='measures']")[0].contains("（記載なし）"));
}

#[wasm_bindgen_test]
async fn reviewer_sees_the_verdict_first_and_goes_to_each_answer_not_met() {
    let m = mount(load(NONCOMPLIANT), true);
    tick().await;
    let first = m.host.query_selector("article > *").unwrap().unwrap();
    assert_eq!(first.id(), "document-verdict");
    let open: Vec<String> = {
        let list = m
            .host
            .query_selector_all("[data-testid='open-conditions'] > li")
            .unwrap();
        (0..list.length())
            .map(|i| {
                use wasm_bindgen::JsCast;
                list.get(i)
                    .unwrap()
                    .dyn_into::<web_sys::Element>()
                    .unwrap()
                    .get_attribute("data-condition")
                    .unwrap()
            })
            .collect()
    };
    assert_eq!(open, ["C2", "C4", "C6"]);
    let button: web_sys::HtmlElement = m
        .host
        .query_selector("[data-condition='C4'] button")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(button.text_content().unwrap(), "保管場所3：国");
    button.click();
    let active = document().active_element().unwrap();
    assert_eq!(
        active.id(),
        answer_id("cloud.data_location.regions[2].country")
    );
    // A path the document does not show falls back to the nearest thing it shows.
    assert!(focus_answer("cloud.ismap.registration_number"));
    assert_eq!(document().active_element().unwrap().id(), "a-f-cloud");
    assert!(!focus_answer("nothing.here"));
}

#[wasm_bindgen_test]
fn lineage_walks_up_to_the_section() {
    assert_eq!(
        lineage("cloud.data_location.regions[2].country"),
        [
            "cloud.data_location.regions[2].country",
            "cloud.data_location.regions[2]",
            "cloud.data_location.regions",
            "cloud.data_location",
            "cloud"
        ]
    );
    assert_eq!(lineage("measures"), ["measures"]);
    assert_eq!(
        answer_id("subcontractors[1].name"),
        "a-f-subcontractors-1-name"
    );
}
