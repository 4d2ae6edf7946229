//! The measures page in a real browser: which of the four categories are missing, adding
//! by category (the new entry opens), the extra answers of an encryption measure, the
//! planned date of a planned one, removal after confirmation, reordering, and entries with
//! errors opening once the page is checked.

use super::*;
use crate::testkit::tick;
use declaration::fields::Section;
use declaration::model::{Cloud, Measure, MeasureStatus, ServiceModel};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

type Page = crate::testkit::FormPage;

fn cloud_declaration(measures: Vec<Measure>) -> Declaration {
    let mut d = Declaration::new();
    d.entrustment.uses_cloud = Some(true);
    d.cloud = Some(Cloud::default());
    matrix::apply_service_model(&mut d, ServiceModel::Iaas);
    d.measures = measures;
    d
}

fn mount(d: Declaration) -> Page {
    crate::testkit::mount_form(d, |form| view! { <Measures form=form/> }.into_any())
}

fn find(host: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::HtmlElement> {
    host.query_selector(selector)
        .unwrap()
        .map(|e| e.dyn_into().unwrap())
}

/// The button whose text contains `words`.
fn button(host: &web_sys::HtmlElement, words: &str) -> web_sys::HtmlElement {
    let all = host.query_selector_all("button").unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i))
        .find(|b| b.text_content().unwrap().contains(words))
        .unwrap_or_else(|| panic!("no button {words}"))
        .dyn_into()
        .unwrap()
}

/// The 「対策を追加」 button itself (not a shortcut).
fn add_button(host: &web_sys::HtmlElement) -> web_sys::HtmlElement {
    let all = host.query_selector_all("button").unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i))
        .find(|b| b.text_content().unwrap() == "対策を追加")
        .expect("the add button")
        .dyn_into()
        .unwrap()
}

fn categories(form: Form) -> Vec<Option<Category>> {
    form.draft
        .with_untracked(|d| d.measures.iter().map(|m| m.category).collect())
}

fn missing_required(host: &web_sys::HtmlElement) -> Vec<String> {
    let all = host
        .query_selector_all("[data-testid='required-categories'] li[data-present='false']")
        .unwrap();
    (0..all.length())
        .map(|i| {
            all.item(i)
                .unwrap()
                .dyn_into::<web_sys::Element>()
                .unwrap()
                .get_attribute("data-category")
                .unwrap()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn the_four_categories_show_what_is_missing() {
    let page = mount(cloud_declaration(Vec::new()));
    tick().await;
    assert_eq!(
        missing_required(&page.host),
        [
            "os_middleware_vulnerability",
            "network",
            "application",
            "encryption"
        ]
    );
    assert!(page.host.text_content().unwrap().contains("まだありません"));
    button(&page.host, "ネットワーク設定の対策を追加").click();
    tick().await;
    assert_eq!(categories(page.form), [Some(Category::Network)]);
    assert_eq!(
        missing_required(&page.host),
        ["os_middleware_vulnerability", "application", "encryption"]
    );
    // Just added, nothing typed: 入力中, never 記入あり.
    let network = find(
        &page.host,
        "[data-testid='required-categories'] li[data-category='network']",
    )
    .unwrap();
    assert_eq!(
        network.get_attribute("data-state").as_deref(),
        Some("in_progress")
    );
    assert!(network.text_content().unwrap().contains("入力中"));
    page.form.draft.update(|d| {
        let m = &mut d.measures[0];
        m.phase = Some(declaration::model::Phase::Both);
        m.status = Some(MeasureStatus::Implemented);
        m.description = Some("ファイアウォールで必要な通信のみ許可し、設定を毎月確認する。".into());
    });
    tick().await;
    assert_eq!(network.get_attribute("data-state").as_deref(), Some("done"));
    assert!(network.text_content().unwrap().contains("記入あり"));
    let shortcuts = find(&page.host, "[data-testid='measure-shortcuts']").unwrap();
    assert!(!shortcuts
        .text_content()
        .unwrap()
        .contains("ネットワーク設定"));
    // The identity layer is shared under IaaS: its category is offered too.
    assert!(shortcuts
        .text_content()
        .unwrap()
        .contains("アクセス制御の対策を追加"));
    let container = find(&page.host, "#f-measures").unwrap();
    assert_eq!(container.get_attribute("tabindex").as_deref(), Some("-1"));
}

#[wasm_bindgen_test]
async fn a_measure_is_added_by_category_and_opens() {
    let page = mount(cloud_declaration(Vec::new()));
    tick().await;
    // Without a category nothing is added, and the select says why.
    add_button(&page.host).click();
    tick().await;
    assert!(categories(page.form).is_empty());
    let label = find(&page.host, "label[for='measure-add-category']").unwrap();
    assert_eq!(label.text_content().unwrap(), "追加する対策の分類");
    assert!(page
        .host
        .text_content()
        .unwrap()
        .contains("追加する対策の分類を選んでください"));

    let select: web_sys::HtmlSelectElement = find(&page.host, "#measure-add-category")
        .unwrap()
        .dyn_into()
        .unwrap();
    select.set_value("logging_monitoring");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    add_button(&page.host).click();
    tick().await;
    assert_eq!(categories(page.form), [Some(Category::LoggingMonitoring)]);
    let title = find(&page.host, "li.entry .entry__title").unwrap();
    assert_eq!(title.text_content().unwrap(), "対策1：ログ・監視");
    // A new measure is in progress, not done.
    let tag = find(&page.host, "[data-testid=entry-status]").unwrap();
    assert!(
        tag.text_content().unwrap().starts_with("入力中"),
        "{:?}",
        tag.text_content()
    );
    // Open: its answers are there.
    assert!(find(&page.host, "#f-measures-0-category").is_some());
    assert!(find(&page.host, "#f-measures-0-description").is_some());
    // Closed: a summary instead.
    button(&page.host, "閉じる").click();
    tick().await;
    assert!(find(&page.host, "#f-measures-0-description").is_none());
    assert!(find(&page.host, ".entry__summary").is_some());
    button(&page.host, "変更").click();
    tick().await;
    assert!(find(&page.host, "#f-measures-0-description").is_some());
}

#[wasm_bindgen_test]
async fn encryption_shows_its_extra_answers_and_others_do_not() {
    let page = mount(cloud_declaration(Vec::new()));
    tick().await;
    button(&page.host, "データ暗号化の対策を追加").click();
    tick().await;
    button(&page.host, "アプリケーション対応の対策を追加").click();
    tick().await;
    assert_eq!(
        categories(page.form),
        [Some(Category::Encryption), Some(Category::Application)]
    );
    for leaf in ["at_rest-algorithm", "at_rest-scope", "key_management"] {
        assert!(
            find(&page.host, &format!("#f-measures-0-{leaf}")).is_some(),
            "{leaf}"
        );
        assert!(
            find(&page.host, &format!("#f-measures-1-{leaf}")).is_none(),
            "{leaf}"
        );
    }
    assert!(find(&page.host, "#f-measures-0-in_transit-min_tls").is_some());
    assert!(page
        .host
        .text_content()
        .unwrap()
        .contains("保存データの暗号化方式"));
    // Changing the category hides them.
    page.form
        .set_value("measures[0].category", serde_json::json!("network"));
    tick().await;
    assert!(find(&page.host, "#f-measures-0-at_rest-algorithm").is_none());
}

#[wasm_bindgen_test]
async fn planned_asks_for_the_date_and_not_applicable_for_the_reason() {
    let page = mount(cloud_declaration(Vec::new()));
    tick().await;
    button(&page.host, "OS・ミドルウェアの脆弱性対応の対策を追加").click();
    tick().await;
    assert!(find(&page.host, "#f-measures-0-planned_date").is_none());
    let planned = find(
        &page.host,
        "input[name='f-measures-0-status'][value='planned']",
    )
    .unwrap();
    planned.click();
    tick().await;
    assert_eq!(
        page.form.draft.with_untracked(|d| d.measures[0].status),
        Some(MeasureStatus::Planned)
    );
    assert!(find(&page.host, "#f-measures-0-planned_date").is_some());
    assert!(find(&page.host, "#f-measures-0-reason").is_none());
    find(
        &page.host,
        "input[name='f-measures-0-status'][value='not_applicable']",
    )
    .unwrap()
    .click();
    tick().await;
    assert!(find(&page.host, "#f-measures-0-planned_date").is_none());
    assert!(find(&page.host, "#f-measures-0-reason").is_some());
}

#[wasm_bindgen_test]
async fn remove_asks_first_and_moving_reorders() {
    let m = |id: &str, c: Category| Measure {
        id: id.into(),
        category: Some(c),
        ..Default::default()
    };
    let page = mount(cloud_declaration(vec![
        m("m-1", Category::Network),
        m("m-2", Category::Encryption),
        m("m-3", Category::Application),
    ]));
    tick().await;
    find(&page.host, "#measure-2-up").unwrap().click();
    tick().await;
    assert_eq!(
        categories(page.form),
        [
            Some(Category::Network),
            Some(Category::Application),
            Some(Category::Encryption)
        ]
    );
    assert!(find(&page.host, "#measure-0-up").is_none());
    assert!(find(&page.host, "#measure-2-down").is_none());
    find(&page.host, "#measure-0-remove").unwrap().click();
    tick().await;
    assert_eq!(categories(page.form).len(), 3, "not before confirming");
    assert!(page
        .host
        .text_content()
        .unwrap()
        .contains("「対策1：ネットワーク設定」を削除しますか"));
    find(&page.host, "#measure-0-remove-yes").unwrap().click();
    tick().await;
    assert_eq!(
        categories(page.form),
        [Some(Category::Application), Some(Category::Encryption)]
    );
    page.lang.set(Lang::En);
    tick().await;
    let title = find(&page.host, "li.entry .entry__title").unwrap();
    assert_eq!(title.text_content().unwrap(), "Measure 1: Application");
}

#[wasm_bindgen_test]
async fn entries_with_errors_open_once_the_page_is_checked() {
    let ok = Measure {
        id: "m-1".into(),
        category: Some(Category::Network),
        phase: Some(declaration::model::Phase::Both),
        status: Some(MeasureStatus::Implemented),
        description: Some("ファイアウォールで必要な通信のみ許可し、設定を毎月確認する。".into()),
        ..Default::default()
    };
    let bad = Measure {
        id: "m-2".into(),
        category: Some(Category::Encryption),
        ..Default::default()
    };
    let page = mount(cloud_declaration(vec![ok, bad]));
    tick().await;
    assert!(find(&page.host, "#f-measures-1-description").is_none());
    page.form.checked.update(|c| {
        c.insert(Section::Measures);
    });
    tick().await;
    tick().await;
    assert!(find(&page.host, "#f-measures-1-description").is_some());
    assert!(
        find(&page.host, "#f-measures-0-description").is_none(),
        "no error, stays closed"
    );
    // The missing categories are reported in the container of `measures`.
    let container = find(&page.host, "#f-measures").unwrap();
    let text = container.text_content().unwrap();
    assert!(text.contains("エラー"), "{text}");
}
