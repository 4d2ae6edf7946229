//! The responsibility page in a real browser: the table fills from the service model, a
//! radio changes the draft and survives the language switch, and the list of missing
//! measures follows the measures.

use super::*;
use declaration::lists;

/// The id of the table's container (`control_id` of `responsibility.matrix`).
const MATRIX_ID: &str = "f-responsibility-matrix";
use crate::testkit::tick;
use declaration::model::{Category, Cloud};
use declaration::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A cloud declaration with `model` chosen and `matrix` as given.
fn declaration(model: Option<ServiceModel>, matrix: Vec<MatrixRow>) -> Declaration {
    let mut d = Declaration::new();
    d.entrustment.uses_cloud = Some(true);
    d.cloud = Some(Cloud {
        service_model: model,
        ..Default::default()
    });
    d.responsibility.get_or_insert_with(Default::default).matrix = matrix;
    d
}

type Page = crate::testkit::FormPage;

fn mount(d: Declaration) -> Page {
    crate::testkit::mount_form(d, |form| view! { <Responsibility form=form/> }.into_any())
}

fn radio(host: &web_sys::HtmlElement, layer: Layer, owner: Owner) -> web_sys::HtmlInputElement {
    host.query_selector(&format!(
        "input[name='{MATRIX_ID}-{}'][value='{}']",
        layer.as_str(),
        owner.as_str()
    ))
    .unwrap()
    .expect("radio")
    .dyn_into()
    .unwrap()
}

fn matrix(form: Form) -> Vec<MatrixRow> {
    form.draft
        .with_untracked(|d| d.responsibility.clone().unwrap_or_default().matrix)
}

fn missing_text(host: &web_sys::HtmlElement) -> String {
    host.query_selector("[data-testid='missing-measures']")
        .unwrap()
        .map(|e| e.text_content().unwrap())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_table_fills_from_iaas() {
    let page = mount(declaration(Some(ServiceModel::Iaas), Vec::new()));
    tick().await;
    assert_eq!(matrix(page.form), default_matrix(ServiceModel::Iaas));
    let host = &page.host;
    let caption = host.query_selector("table caption").unwrap().unwrap();
    assert_eq!(caption.text_content().unwrap(), "責任分担表");
    let rows = host.query_selector_all("tbody tr").unwrap();
    assert_eq!(rows.length() as usize, Layer::ALL.len());
    let first = host
        .query_selector("tbody tr th .matrix__layer")
        .unwrap()
        .unwrap();
    assert_eq!(first.text_content().unwrap(), "施設");
    // Each layer says what it is, and how it is usually split.
    let explained = host
        .query_selector("tbody tr th")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(explained.contains("データセンターの建物"), "{explained}");
    assert!(
        explained.contains("IaaS：事業者 ／ PaaS：事業者 ／ SaaS：事業者"),
        "{explained}"
    );
    assert_eq!(
        host.query_selector_all("[data-testid=matrix-owners] dt")
            .unwrap()
            .length(),
        3
    );
    let headers: Vec<String> = (1..4)
        .map(|n| {
            host.query_selector(&format!("thead th:nth-child({})", n + 1))
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert_eq!(
        headers,
        ["クラウド事業者", "利用者(開発者・運用者)", "共同"]
    );
    let os = radio(host, Layer::Os, Owner::Customer);
    assert!(os.checked());
    assert_eq!(
        os.get_attribute("aria-label").unwrap(),
        "OS：利用者(開発者・運用者)"
    );
    assert!(radio(host, Layer::Facility, Owner::Provider).checked());
    assert!(radio(host, Layer::IdentityAccess, Owner::Shared).checked());
    let container = host
        .query_selector(&format!("#{MATRIX_ID}"))
        .unwrap()
        .unwrap();
    assert_eq!(container.get_attribute("tabindex").as_deref(), Some("-1"));
    assert!(container.query_selector("table").unwrap().is_some());
    assert!(host
        .text_content()
        .unwrap()
        .contains("サービス形態の既定値に戻す"));
}

#[wasm_bindgen_test]
async fn a_radio_changes_the_owner_and_survives_the_language_switch() {
    let page = mount(declaration(Some(ServiceModel::Iaas), Vec::new()));
    tick().await;
    radio(&page.host, Layer::Os, Owner::Provider).click();
    tick().await;
    let rows = matrix(page.form);
    assert_eq!(owner_of(&rows, Layer::Os), Some(Owner::Provider));
    assert_eq!(rows.len(), Layer::ALL.len());
    assert!(page.form.touched.with_untracked(|t| t.contains(MATRIX)));
    page.lang.set(Lang::En);
    tick().await;
    let os = radio(&page.host, Layer::Os, Owner::Provider);
    assert!(os.checked());
    assert!(!radio(&page.host, Layer::Os, Owner::Customer).checked());
    assert_eq!(
        os.get_attribute("aria-label").unwrap(),
        "OS: Cloud provider"
    );
    // The reset button puts the default back.
    let reset = page.host.query_selector_all("button").unwrap();
    let reset: web_sys::HtmlElement = (0..reset.length())
        .filter_map(|i| reset.item(i))
        .find(|b| b.text_content().unwrap().contains("Reset"))
        .unwrap()
        .dyn_into()
        .unwrap();
    reset.click();
    tick().await;
    assert_eq!(matrix(page.form), default_matrix(ServiceModel::Iaas));
    assert!(radio(&page.host, Layer::Os, Owner::Customer).checked());
}

#[wasm_bindgen_test]
async fn the_missing_measures_shrink_when_a_measure_is_added() {
    let page = mount(declaration(Some(ServiceModel::Iaas), Vec::new()));
    tick().await;
    let text = missing_text(&page.host);
    assert!(text.contains("次の対策がまだありません"), "{text}");
    assert!(
        text.contains("OS：OS・ミドルウェアの脆弱性対応の対策を追加"),
        "{text}"
    );
    assert!(text.contains("データ：データ暗号化の対策を追加"), "{text}");
    let link = page
        .host
        .query_selector("[data-testid='missing-measures'] a")
        .unwrap()
        .unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("#/measures"));
    // Following it adds a measure of that category, to be opened on the measures page.
    let link: web_sys::HtmlElement = wasm_bindgen::JsCast::dyn_into(link).unwrap();
    let measures_before = page.form.draft.with_untracked(|d| d.measures.len());
    link.click();
    tick().await;
    let added = page
        .form
        .draft
        .with_untracked(|d| d.measures.last().cloned())
        .unwrap();
    assert_eq!(
        page.form.draft.with_untracked(|d| d.measures.len()),
        measures_before + 1
    );
    assert_eq!(added.category, Some(Category::OsMiddlewareVulnerability));
    assert_eq!(page.form.to_open.get_untracked(), vec![added.id.clone()]);
    page.form.draft.update(|d| {
        d.measures.pop();
    });
    page.form.to_open.set(Vec::new());
    tick().await;
    let before = page
        .host
        .query_selector_all("[data-testid='missing-measures'] li")
        .unwrap()
        .length();
    page.form.draft.update(|d| {
        lists::add_measure(d, Category::Encryption);
    });
    tick().await;
    let text = missing_text(&page.host);
    assert!(!text.contains("データ暗号化"), "{text}");
    let after = page
        .host
        .query_selector_all("[data-testid='missing-measures'] li")
        .unwrap()
        .length();
    assert_eq!(after, before - 1);
}

#[wasm_bindgen_test]
async fn without_a_service_model_it_says_so_and_links_back() {
    let page = mount(declaration(None, Vec::new()));
    tick().await;
    assert!(matrix(page.form).is_empty());
    let note = page
        .host
        .query_selector("[data-testid='matrix-no-model']")
        .unwrap()
        .expect("note");
    assert!(note
        .text_content()
        .unwrap()
        .contains("サービス形態がまだ選ばれていない"));
    let link = note.query_selector("a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("#/cloud"));
    // Choosing in the table still works, one layer at a time.
    radio(&page.host, Layer::Data, Owner::Shared).click();
    tick().await;
    assert_eq!(
        owner_of(&matrix(page.form), Layer::Data),
        Some(Owner::Shared)
    );
}

#[wasm_bindgen_test]
async fn a_default_of_another_model_follows_the_new_model_but_edits_stay() {
    let page = mount(declaration(
        Some(ServiceModel::Iaas),
        default_matrix(ServiceModel::Paas),
    ));
    tick().await;
    assert_eq!(matrix(page.form), default_matrix(ServiceModel::Iaas));

    let mut edited = default_matrix(ServiceModel::Paas);
    edited[4].owner = Owner::Shared;
    let page = mount(declaration(Some(ServiceModel::Iaas), edited.clone()));
    tick().await;
    assert_eq!(matrix(page.form), edited);
}

#[wasm_bindgen_test]
async fn errors_of_the_table_show_above_it_once_the_page_is_checked() {
    // A layer given twice is the table's own error (missing measures belong to the measures page).
    let mut rows = default_matrix(ServiceModel::Iaas);
    rows.push(declaration::model::MatrixRow {
        layer: declaration::model::Layer::Os,
        owner: Owner::Shared,
    });
    let page = mount(declaration(Some(ServiceModel::Iaas), rows));
    tick().await;
    let container = page
        .host
        .query_selector(&format!("#{MATRIX_ID}"))
        .unwrap()
        .unwrap();
    assert!(container
        .query_selector(".error-message")
        .unwrap()
        .is_none());
    page.form.checked.update(|c| {
        c.insert(declaration::fields::Section::Responsibility);
    });
    tick().await;
    let first = container.first_element_child().unwrap();
    assert_eq!(first.id(), "f-responsibility-matrix-error");
    assert_eq!(
        container.get_attribute("aria-describedby").as_deref(),
        Some("f-responsibility-matrix-hint f-responsibility-matrix-error"),
        "the table is described by its hint and its error"
    );
    let text = first.text_content().unwrap();
    assert!(text.starts_with("エラー："), "{text}");
    assert!(text.contains("OS"), "{text}");
}

#[wasm_bindgen_test]
fn prefill_leaves_an_edited_table_alone() {
    let mut d = declaration(Some(ServiceModel::Saas), Vec::new());
    assert!(prefill(&mut d));
    assert!(!prefill(&mut d));
    set_owner(&mut d, Layer::Os, Owner::Customer);
    assert!(!prefill(&mut d));
}
