//! The change list page in headless Chromium: a file chosen as the earlier version gives
//! the rows from noncompliant.json to compliant.json; 提出時期 and the explanation are kept
//! per row and print as words; 変更日 accepts 2024/2/5 and full-width digits and refuses a
//! day that does not exist; the CSV handed to the browser starts with the BOM and the
//! header; a snapshot of the draft taken on the page can be chosen as the earlier version.

use super::*;
use crate::draft::today;
use crate::store::Session;
use crate::testkit::{mount_form, tick, until, FormPage};
use declaration::{io, Declaration};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const COMPLIANT: &str = include_str!("../../../tests/fixtures/compliant.json");
const NONCOMPLIANT: &str = include_str!("../../../tests/fixtures/noncompliant.json");

fn fixture(text: &str) -> Declaration {
    io::import_str(text).unwrap().declaration
}

/// Mounts the page over `d` (its earlier test pages removed first: ids are the document's).
fn mount(d: Declaration) -> FormPage {
    let earlier = document()
        .query_selector_all("[data-test=changes]")
        .unwrap();
    for n in 0..earlier.length() {
        if let Some(el) = earlier
            .get(n)
            .and_then(|e| e.dyn_into::<web_sys::Element>().ok())
        {
            el.remove();
        }
    }
    let page = mount_form(d, |form| view! { <Changes form=form/> }.into_any());
    page.host.set_attribute("data-test", "changes").unwrap();
    page
}

fn find(host: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::Element> {
    host.query_selector(selector).unwrap()
}

fn get<T: JsCast>(host: &web_sys::HtmlElement, selector: &str) -> T {
    find(host, selector)
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap()
}

fn text(host: &web_sys::HtmlElement, selector: &str) -> String {
    get::<web_sys::Element>(host, selector)
        .text_content()
        .unwrap_or_default()
}

/// A bubbling `change` on `el`.
fn changed(el: &web_sys::Element) {
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::InputEvent::new_with_event_init_dict("change", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

/// Chooses a file with `text` in the page's file control.
fn choose_file(host: &web_sys::HtmlElement, name: &str, text: &str) {
    let input: web_sys::HtmlInputElement = get(host, "#changes-file-input");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let file = web_sys::File::new_with_str_sequence(&parts, name).unwrap();
    let dt = web_sys::DataTransfer::new().unwrap();
    dt.items().add_with_file(&file).unwrap();
    input.set_files(dt.files().as_ref());
    changed(&input);
}

/// The texts of the cells of the row at `path`.
fn cells(host: &web_sys::HtmlElement, path: &str) -> Vec<String> {
    let row =
        find(host, &format!("tr[data-path=\"{path}\"]")).unwrap_or_else(|| panic!("no row {path}"));
    // The document's six columns (the first, screen-only column selects the row).
    let cells = row
        .query_selector_all("td:not(.changes-table__select), th")
        .unwrap();
    (0..cells.length())
        .map(|n| cells.get(n).unwrap().text_content().unwrap_or_default())
        .collect()
}

fn row_paths(host: &web_sys::HtmlElement) -> Vec<String> {
    crate::testkit::attr_all(host, "tbody tr", "data-path")
}

/// Mounts the page over compliant.json and chooses noncompliant.json as the earlier version.
async fn compared() -> FormPage {
    let page = mount(fixture(COMPLIANT));
    tick().await;
    assert!(find(&page.host, "[data-testid=changes-empty]").is_some());
    assert!(find(&page.host, "table").is_none());
    choose_file(&page.host, "申告書_○○市_2024-02-20.json", NONCOMPLIANT);
    assert!(
        until(|| find(&page.host, "table").is_some()).await,
        "the table comes"
    );
    page
}

#[wasm_bindgen_test]
async fn a_file_as_the_earlier_version_lists_every_change_in_the_documents_columns() {
    let page = compared().await;
    let host = &page.host;
    let heads = host
        .query_selector_all("thead th:not(.changes-table__select)")
        .unwrap();
    let heads: Vec<String> = (0..heads.length())
        .map(|n| heads.get(n).unwrap().text_content().unwrap())
        .collect();
    assert_eq!(
        heads,
        [
            "変更日",
            "項目",
            "変更前の記載",
            "変更後の記載",
            "提出時期",
            "提出時期に係る説明"
        ]
    );
    let expected = page.form.draft.with_untracked(|d| {
        changes::diff(&fixture(NONCOMPLIANT), d)
            .into_iter()
            .map(|c| c.path)
            .collect::<Vec<_>>()
    });
    assert!(expected.len() >= 5, "{expected:?}");
    assert_eq!(row_paths(host), expected);
    let today = declaration::era::long_date(&today(), Lang::Ja, declaration::era::DateStyle::Era);
    let listed = cells(host, "cloud.ismap.listed");
    assert_eq!(listed[0], today);
    assert_eq!(
        listed[1],
        "クラウドサービス ISMAPクラウドサービスリストへの掲載"
    );
    assert_eq!((listed[2].as_str(), listed[3].as_str()), ("いいえ", "はい"));
    assert!(listed[4].contains("事前"), "事前 by default: {listed:?}");
    // An answer given only now reads 「(記載なし)」 before; a removed region after.
    assert_eq!(
        cells(host, "cloud.ismap.registration_number")[2],
        "(記載なし)"
    );
    let region = cells(host, "cloud.data_location.regions[name=Singapore]");
    assert!(region[2].contains("Singapore"), "{region:?}");
    assert_eq!(region[3], "(記載なし)");
    assert!(text(host, "[data-testid=changes-compared]").contains("申告書_○○市_2024-02-20.json"));
    assert!(text(host, "caption").contains(&format!("{}件", expected.len())));
    // Every control is named after its row.
    let label = text(host, "label[for=change-0-timing]");
    assert!(label.starts_with("提出時期："), "{label}");
    // In English the words follow.
    page.lang.set(Lang::En);
    tick().await;
    assert_eq!(
        text(host, "thead th:not(.changes-table__select)"),
        "Date of change"
    );
    assert_eq!(cells(host, "cloud.ismap.listed")[2], "No");
}

#[wasm_bindgen_test]
async fn timing_and_explanation_are_kept_per_row_and_print_as_words() {
    let page = compared().await;
    let host = &page.host;
    let select: web_sys::HtmlSelectElement = get(host, "#change-1-timing");
    select.set_value("after");
    changed(&select);
    let why: web_sys::HtmlInputElement = get(host, "#change-1-explanation");
    why.set_value("認証の取得後に提出するため");
    changed(&why);
    tick().await;
    let paths = row_paths(host);
    let second = cells(host, &paths[1]);
    assert!(second[4].ends_with("事後"), "{second:?}");
    assert!(
        second[5].ends_with("認証の取得後に提出するため"),
        "{second:?}"
    );
    // Not chosen: 未選択, never a preselected 事前 (issue 30).
    assert!(cells(host, &paths[0])[4].ends_with("未選択"));
    assert_eq!(
        get::<web_sys::HtmlSelectElement>(host, "#change-0-timing").value(),
        ""
    );
    // The same controls, not new ones.
    assert!(get::<web_sys::HtmlSelectElement>(host, "#change-1-timing") == select);
    // Another date draws the rows again; the choices stay.
    let date: web_sys::HtmlInputElement = get(host, "#changes-date");
    date.set_value("２０２４/2/5");
    changed(&date);
    tick().await;
    assert_eq!(date.value(), "2024-02-05");
    let second = cells(host, &paths[1]);
    assert_eq!(second[0], "令和6年2月5日");
    assert_eq!(
        get::<web_sys::HtmlSelectElement>(host, "#change-1-timing").value(),
        "after"
    );
    assert_eq!(
        get::<web_sys::HtmlInputElement>(host, "#change-1-explanation").value(),
        "認証の取得後に提出するため"
    );
}

fn click(host: &web_sys::HtmlElement, selector: &str) {
    get::<web_sys::HtmlElement>(host, selector).click();
}

#[wasm_bindgen_test]
async fn selected_rows_get_their_timing_and_explanation_at_once() {
    let page = compared().await;
    let host = &page.host;
    let paths = row_paths(host);
    assert!(paths.len() >= 4, "{paths:?}");
    // Pressed with no timing chosen, the button says to choose one; with nothing selected,
    // to select rows. It changes nothing either way.
    click(host, "[data-testid=changes-bulk-apply]");
    tick().await;
    assert!(text(host, "[data-testid=changes-bulk-status]").starts_with("先に、設定する提出時期"));
    let bulk: web_sys::HtmlSelectElement = get(host, "#changes-bulk-timing");
    bulk.set_value("before");
    changed(&bulk);
    click(host, "[data-testid=changes-bulk-apply]");
    tick().await;
    assert!(text(host, "[data-testid=changes-bulk-status]").starts_with("先に、表の左端で"));
    // Row 0 keeps an explanation of its own; rows 1 and 2 are selected.
    let why0: web_sys::HtmlInputElement = get(host, "#change-0-explanation");
    why0.set_value("個別の説明");
    changed(&why0);
    for n in [0, 1, 2] {
        click(host, &format!("#change-{n}-select"));
    }
    click(host, "#change-0-select");
    tick().await;
    assert!(text(host, "#changes-bulk-hint").contains("2件を選択中"));
    assert!(get::<web_sys::HtmlInputElement>(host, "#changes-select-all").indeterminate());
    let timing: web_sys::HtmlSelectElement = get(host, "#changes-bulk-timing");
    timing.set_value("after");
    changed(&timing);
    let why: web_sys::HtmlInputElement = get(host, "#changes-bulk-explanation");
    why.set_value("設定変更の完了後に届け出るため");
    changed(&why);
    click(host, "[data-testid=changes-bulk-apply]");
    tick().await;
    assert_eq!(
        text(host, "[data-testid=changes-bulk-status]"),
        "選択した2件の行の提出時期を「事後」にしました。"
    );
    for n in [1, 2] {
        assert_eq!(
            get::<web_sys::HtmlSelectElement>(host, &format!("#change-{n}-timing")).value(),
            "after"
        );
        assert_eq!(
            get::<web_sys::HtmlInputElement>(host, &format!("#change-{n}-explanation")).value(),
            "設定変更の完了後に届け出るため"
        );
        assert!(cells(host, &paths[n])[4].ends_with("事後"));
    }
    // The rows not selected are untouched: still not chosen.
    assert_eq!(
        get::<web_sys::HtmlSelectElement>(host, "#change-0-timing").value(),
        ""
    );
    assert_eq!(
        get::<web_sys::HtmlSelectElement>(host, "#change-3-timing").value(),
        ""
    );
    // Select all, 事前 with the reason left empty: every row 事前, each keeps its reason.
    click(host, "#changes-select-all");
    tick().await;
    assert!(text(host, "#changes-bulk-hint").contains(&format!("{}件を選択中", paths.len())));
    timing.set_value("before");
    changed(&timing);
    why.set_value("");
    changed(&why);
    click(host, "[data-testid=changes-bulk-apply]");
    tick().await;
    for n in 0..paths.len() {
        assert_eq!(
            get::<web_sys::HtmlSelectElement>(host, &format!("#change-{n}-timing")).value(),
            "before"
        );
    }
    assert_eq!(
        get::<web_sys::HtmlInputElement>(host, "#change-0-explanation").value(),
        "個別の説明"
    );
    assert_eq!(
        get::<web_sys::HtmlInputElement>(host, "#change-1-explanation").value(),
        "設定変更の完了後に届け出るため"
    );
    // What prints carries them: each row's chosen words.
    assert!(cells(host, &paths[1])[5].ends_with("設定変更の完了後に届け出るため"));
    assert!(cells(host, &paths[0])[4].ends_with("事前"));
}

/// Replaces `URL.createObjectURL` so the blob handed to a download is kept; gives it back
/// after `f`.
async fn captured_blob(f: impl FnOnce()) -> web_sys::Blob {
    let url = js_sys::Reflect::get(&js_sys::global(), &"URL".into()).unwrap();
    let original = js_sys::Reflect::get(&url, &"createObjectURL".into()).unwrap();
    let keep = js_sys::Function::new_with_args(
        "b",
        "globalThis.__changesBlob = b; return 'blob:about:changes-test';",
    );
    js_sys::Reflect::set(&url, &"createObjectURL".into(), &keep).unwrap();
    f();
    js_sys::Reflect::set(&url, &"createObjectURL".into(), &original).unwrap();
    js_sys::Reflect::get(&js_sys::global(), &"__changesBlob".into())
        .unwrap()
        .dyn_into()
        .expect("a blob was downloaded")
}

#[wasm_bindgen_test]
async fn the_csv_starts_with_the_bom_and_the_header_and_carries_the_choices() {
    let page = compared().await;
    let host = &page.host;
    let date: web_sys::HtmlInputElement = get(host, "#changes-date");
    date.set_value("2024-02-28");
    changed(&date);
    let select: web_sys::HtmlSelectElement = get(host, "#change-0-timing");
    select.set_value("after");
    changed(&select);
    tick().await;
    let button: web_sys::HtmlElement = get(host, "#changes-csv");
    let blob = captured_blob(|| button.click()).await;
    assert!(blob.type_().starts_with("text/csv"), "{}", blob.type_());
    let bytes =
        js_sys::Uint8Array::new(&JsFuture::from(blob.array_buffer()).await.unwrap()).to_vec();
    assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
    let csv = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut lines = csv.split("\r\n");
    assert_eq!(
        lines.next(),
        Some("変更日,項目,変更前の記載,変更後の記載,提出時期,提出時期に係る説明")
    );
    let first = lines.next().unwrap();
    assert!(first.starts_with("令和6年2月28日,"), "{first}");
    assert!(first.contains(",事後,"), "{first}");
    let status = text(host, "[role=status] .status-message");
    assert_eq!(status, "変更箇所_○○市_2024-02-28.csv を保存しました。");
}

#[wasm_bindgen_test]
async fn a_date_that_does_not_exist_is_refused_before_saving() {
    let page = compared().await;
    let host = &page.host;
    let date: web_sys::HtmlInputElement = get(host, "#changes-date");
    date.set_value("2024-02-30");
    changed(&date);
    tick().await;
    assert!(text(host, "#changes-date-error").contains("実在する日付"));
    assert_eq!(
        date.get_attribute("aria-describedby").as_deref(),
        Some("changes-date-hint changes-date-error")
    );
    get::<web_sys::HtmlElement>(host, "#changes-csv").click();
    tick().await;
    assert!(text(host, "[role=alert]").contains("実在する日付"));
}

#[wasm_bindgen_test]
async fn the_same_version_says_there_is_no_change() {
    let page = mount(fixture(COMPLIANT));
    tick().await;
    choose_file(&page.host, "same.json", COMPLIANT);
    assert!(until(|| find(&page.host, "[data-testid=changes-none]").is_some()).await);
    assert!(find(&page.host, "table").is_none());
    assert!(find(&page.host, "#changes-csv").is_none());
}

#[wasm_bindgen_test]
fn the_csv_is_named_after_the_municipality_and_the_date() {
    let d = fixture(COMPLIANT);
    assert_eq!(csv_name(&d, "2024-02-28"), "変更箇所_○○市_2024-02-28.csv");
    assert_eq!(
        csv_name(&Declaration::new(), "2024-02-28"),
        "変更箇所_未入力_2024-02-28.csv"
    );
    let mut odd = Declaration::new();
    odd.basic.municipality = Some("a/b:c".into());
    assert_eq!(
        csv_name(&odd, "2024-02-28"),
        "変更箇所_a_b_c_2024-02-28.csv"
    );
}

#[wasm_bindgen_test]
async fn a_snapshot_taken_here_is_an_earlier_version_to_choose() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let mut d = fixture(COMPLIANT);
    d.id = Some("changes-test-draft".into());
    let page = mount_form(d, |form| {
        provide_context(Session::start(form));
        view! { <Changes form=form/> }.into_any()
    });
    page.host.set_attribute("data-test", "changes").unwrap();
    let host = &page.host;
    tick().await;
    assert!(find(host, "#changes-snapshot").is_none());
    assert!(find(host, "#changes-snapshot-none").is_some());
    get::<web_sys::HtmlElement>(host, "#changes-snapshot-take").click();
    tick().await;
    assert!(text(host, "[role=status]").contains("スナップショット 1"));
    let select: web_sys::HtmlSelectElement = get(host, "#changes-snapshot");
    select.set_value("1");
    changed(&select);
    tick().await;
    assert!(find(host, "[data-testid=changes-none]").is_some());
    assert!(text(host, "[data-testid=changes-compared]").contains("スナップショット 1"));
    // A change after the snapshot is a row.
    page.form
        .draft
        .update(|d| d.basic.municipality = Some("津市".into()));
    tick().await;
    assert_eq!(row_paths(host), ["basic.municipality"]);
    let row = cells(host, "basic.municipality");
    assert_eq!((row[2].as_str(), row[3].as_str()), ("○○市", "津市"));
    storage.clear().unwrap();
}
