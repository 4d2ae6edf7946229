//! The subcontractor list in a real browser: building a chain with the parent select, the
//! removal question and what each answer does, the add buttons' names, the parent choices
//! that can never make a cycle, and a control for every error the summary links to.

use super::*;
use crate::form::control_id;
use crate::testkit::{mount_form, test_host, tick};
use declaration::fields::{section_of, Section};
use declaration::model::Subcontractor;
use declaration::{Declaration, Lang};
use wasm_bindgen::JsCast;

/// The id of one of entry `index`'s buttons (`toggle`, `up`, `down`, `remove`).
fn button_id(index: usize, which: &str) -> String {
    format!("subcontractor-{index}-{which}")
}

/// The id of the list's heading, where focus goes after a removal.
const HEADING_ID: &str = "f-subcontractors-title";
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A draft that re-subcontracts, with the entries `(id, parent, name)`.
fn draft_with(entries: &[(&str, &str, &str)]) -> Declaration {
    let mut d = Declaration::new();
    d.entrustment.resubcontract = Some(true);
    for (id, parent, name) in entries {
        d.subcontractors.push(Subcontractor {
            id: id.to_string(),
            parent: Some(parent.to_string()),
            name: (!name.is_empty()).then(|| name.to_string()),
            ..Default::default()
        });
    }
    d
}

fn mount(d: Declaration) -> (Form, web_sys::HtmlElement) {
    let draft = RwSignal::new(d);
    let form = Form::new(draft, Signal::stored(Lang::Ja));
    // Ids are looked up in the whole document: the lists of earlier tests go first, this
    // module's and any other's (a part page, a merge) that drew subcontractor entries.
    let body = document().body().unwrap();
    for id in [
        "f-subcontractors",
        "subcontractor-0-toggle",
        "f-subcontractors-0-name",
    ] {
        while let Some(mut el) = document().get_element_by_id(id) {
            while let Some(parent) = el.parent_element() {
                if parent == *body {
                    break;
                }
                el = parent;
            }
            el.remove();
        }
    }
    let host = test_host();
    host.set_attribute("data-test", "subcontractors").unwrap();
    let handle =
        leptos::mount::mount_to(host.clone(), move || view! { <Subcontractors form=form/> });
    handle.forget();
    (form, host)
}

/// Runs queued renders, then the focus moves queued after them.
async fn settle() {
    tick().await;
    tick().await;
}

fn by_id<T: JsCast>(id: &str) -> T {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no #{id}"))
        .dyn_into()
        .unwrap()
}

fn click(id: &str) {
    by_id::<web_sys::HtmlElement>(id).click();
}

/// A bubbling event of `kind` (input, change) on `el`.
fn fire(el: &web_sys::Element, kind: &str) {
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::InputEvent::new_with_event_init_dict(kind, &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

fn type_into(id: &str, text: &str) {
    let el: web_sys::HtmlInputElement = by_id(id);
    el.set_value(text);
    fire(&el, "input");
}

fn choose(id: &str, value: &str) {
    let el: web_sys::HtmlSelectElement = by_id(id);
    el.set_value(value);
    fire(&el, "change");
}

/// The values offered by a select, without the empty 選択してください.
fn offered(id: &str) -> Vec<String> {
    let el: web_sys::Element = by_id(id);
    let options = el.query_selector_all("option").unwrap();
    (0..options.length())
        .filter_map(|n| options.get(n))
        .filter_map(|o| o.dyn_into::<web_sys::Element>().ok())
        .filter_map(|o| o.get_attribute("value"))
        .filter(|v| !v.is_empty())
        .collect()
}

/// The buttons inside `root` whose text contains `words`.
fn buttons_with(root: &web_sys::Element, words: &str) -> Vec<web_sys::HtmlElement> {
    let all = root.query_selector_all("button").unwrap();
    (0..all.length())
        .filter_map(|n| all.get(n))
        .filter_map(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|b| b.text_content().unwrap_or_default().contains(words))
        .collect()
}

fn active_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

/// The data-index of the list entries, in page order.
fn page_order(host: &web_sys::HtmlElement) -> Vec<String> {
    crate::testkit::attr_all(host, "li.entry--subcontractors", "data-index")
}

#[wasm_bindgen_test]
async fn two_subcontractors_become_a_chain_through_the_parent_select() {
    let (form, host) = mount(draft_with(&[]));
    tick().await;
    click("subcontractors-add");
    settle().await;
    assert_eq!(
        active_id(),
        "f-subcontractors-0-name",
        "focus on the new entry"
    );
    type_into("f-subcontractors-0-name", "国保中央会");
    click("subcontractors-add");
    settle().await;
    type_into("f-subcontractors-1-name", "保守会社");
    let first = form
        .draft
        .with_untracked(|d| d.subcontractors[0].id.clone());
    assert_eq!(
        form.draft
            .with_untracked(|d| d.subcontractors[1].parent.clone()),
        Some("contractor".to_string())
    );
    choose("f-subcontractors-1-parent", &first);
    settle().await;
    assert_eq!(
        form.draft
            .with_untracked(|d| d.subcontractors[1].parent.clone()),
        Some(first.clone())
    );
    assert_eq!(form.draft.with_untracked(|d| tree::depth(d, 1)), 2);
    let second: web_sys::Element = by_id("f-subcontractors-1-id");
    assert!(second.class_name().contains("entry--depth-2"));
    let parent = second
        .query_selector("[data-testid=subcontractor-parent]")
        .unwrap()
        .unwrap();
    assert_eq!(parent.text_content().unwrap(), "国保中央会");
    assert_eq!(
        active_id(),
        "f-subcontractors-1-parent",
        "focus stays on the select"
    );
    assert_eq!(page_order(&host), ["0", "1"]);
}

#[wasm_bindgen_test]
async fn the_add_buttons_are_named_with_tsuika() {
    let (form, host) = mount(draft_with(&[]));
    tick().await;
    let add: web_sys::HtmlElement = by_id("subcontractors-add");
    assert_eq!(add.tag_name(), "BUTTON");
    assert_eq!(add.get_attribute("type").as_deref(), Some("button"));
    assert!(add.text_content().unwrap().contains("追加"));
    add.click();
    settle().await;
    let child: web_sys::HtmlElement = by_id("subcontractor-0-add-child");
    let name = child.text_content().unwrap();
    assert!(name.contains("この再委託先の再委託先を追加"), "{name}");
    child.click();
    settle().await;
    let (first, parent_of_new) = form.draft.with_untracked(|d| {
        (
            d.subcontractors[0].id.clone(),
            d.subcontractors[1].parent.clone(),
        )
    });
    assert_eq!(parent_of_new, Some(first));
    assert_eq!(active_id(), "f-subcontractors-1-name");
    assert_eq!(
        buttons_with(&host, "追加").len(),
        3,
        "the list's and each open entry's"
    );
}

#[wasm_bindgen_test]
async fn the_parent_select_never_offers_the_entry_or_anything_below_it() {
    // A → B → C, and D beside A; C is listed before B.
    let (_form, _host) = mount(draft_with(&[
        ("a", "contractor", "A社"),
        ("c", "b", "C社"),
        ("b", "a", "B社"),
        ("d", "contractor", "D社"),
    ]));
    tick().await;
    for i in 0..4 {
        click(&button_id(i, "toggle"));
    }
    settle().await;
    assert_eq!(offered("f-subcontractors-0-parent"), ["contractor", "d"]);
    assert_eq!(
        offered("f-subcontractors-2-parent"),
        ["contractor", "a", "d"]
    );
    assert_eq!(
        offered("f-subcontractors-1-parent"),
        ["contractor", "a", "b", "d"]
    );
    assert_eq!(
        offered("f-subcontractors-3-parent"),
        ["contractor", "a", "c", "b"]
    );
    let select: web_sys::HtmlSelectElement = by_id("f-subcontractors-1-parent");
    assert_eq!(select.value(), "b", "the current parent is selected");
}

#[wasm_bindgen_test]
async fn the_list_is_in_tree_order_and_moves_among_siblings() {
    let (form, host) = mount(draft_with(&[
        ("a", "contractor", "A社"),
        ("d", "contractor", "D社"),
        ("b", "a", "B社"),
    ]));
    tick().await;
    assert_eq!(page_order(&host), ["0", "2", "1"]);
    assert!(document().get_element_by_id(&button_id(0, "up")).is_none());
    click(&button_id(1, "up"));
    settle().await;
    let ids: Vec<String> = form
        .draft
        .with_untracked(|d| d.subcontractors.iter().map(|s| s.id.clone()).collect());
    assert_eq!(ids, ["d", "a", "b"]);
    assert_eq!(page_order(&host), ["0", "1", "2"]);
    assert_eq!(
        active_id(),
        button_id(0, "down"),
        "focus follows the moved entry"
    );
}

#[wasm_bindgen_test]
async fn removing_an_entry_with_children_can_move_them_up() {
    let (form, host) = mount(draft_with(&[
        ("a", "contractor", "A社"),
        ("b", "a", "B社"),
        ("c", "b", "C社"),
    ]));
    tick().await;
    click(&button_id(0, "remove"));
    settle().await;
    let panel = host
        .query_selector("[role=alertdialog]")
        .unwrap()
        .expect("asks first");
    assert_eq!(
        document().active_element(),
        Some(panel.clone()),
        "focus in the question"
    );
    let reattach = buttons_with(&panel, "付け替えて削除");
    assert_eq!(reattach.len(), 1);
    assert!(reattach[0]
        .text_content()
        .unwrap()
        .contains("下位の再委託先をA社の委託元に付け替えて削除"));
    assert_eq!(
        buttons_with(&panel, "下位の再委託先もまとめて削除").len(),
        1
    );
    assert_eq!(buttons_with(&panel, "キャンセル").len(), 1);
    reattach[0].click();
    settle().await;
    let left: Vec<(String, Option<String>)> = form.draft.with_untracked(|d| {
        d.subcontractors
            .iter()
            .map(|s| (s.id.clone(), s.parent.clone()))
            .collect()
    });
    assert_eq!(
        left,
        [
            ("b".to_string(), Some("contractor".to_string())),
            ("c".to_string(), Some("b".to_string()))
        ]
    );
    assert_eq!(active_id(), HEADING_ID);
    assert!(host
        .text_content()
        .unwrap()
        .contains("再委託先を1件削除しました"));
}

#[wasm_bindgen_test]
async fn removing_an_entry_with_children_can_remove_them_all() {
    let (form, host) = mount(draft_with(&[
        ("a", "contractor", "A社"),
        ("b", "a", "B社"),
        ("d", "contractor", "D社"),
        ("c", "b", "C社"),
    ]));
    tick().await;
    click(&button_id(0, "remove"));
    settle().await;
    let panel = host.query_selector("[role=alertdialog]").unwrap().unwrap();
    buttons_with(&panel, "下位の再委託先もまとめて削除")[0].click();
    settle().await;
    let ids: Vec<String> = form
        .draft
        .with_untracked(|d| d.subcontractors.iter().map(|s| s.id.clone()).collect());
    assert_eq!(ids, ["d"]);
    assert_eq!(active_id(), HEADING_ID);
}

#[wasm_bindgen_test]
async fn a_leaf_asks_a_simple_confirmation_and_cancel_keeps_it() {
    let (form, host) = mount(draft_with(&[("a", "contractor", "A社"), ("b", "a", "B社")]));
    tick().await;
    click(&button_id(1, "remove"));
    settle().await;
    let panel = host.query_selector("[role=alertdialog]").unwrap().unwrap();
    assert!(buttons_with(&panel, "付け替え").is_empty());
    buttons_with(&panel, "キャンセル")[0].click();
    settle().await;
    assert!(host.query_selector("[role=alertdialog]").unwrap().is_none());
    assert_eq!(form.draft.with_untracked(|d| d.subcontractors.len()), 2);
    assert_eq!(active_id(), button_id(1, "remove"));
    click(&button_id(1, "remove"));
    settle().await;
    let panel = host.query_selector("[role=alertdialog]").unwrap().unwrap();
    buttons_with(&panel, "削除する")[0].click();
    settle().await;
    assert_eq!(form.draft.with_untracked(|d| d.subcontractors.len()), 1);
}

/// Every error of the section once the page was checked, as the summary lists them.
fn section_errors(form: Form) -> Vec<String> {
    form.issues.with_untracked(|all| {
        all.iter()
            .filter(|i| section_of(&i.path) == Some(Section::Subcontractors))
            .map(|i| i.path.clone())
            .collect()
    })
}

#[wasm_bindgen_test]
async fn every_error_of_the_summary_has_its_control_after_continue() {
    // Two unanswered entries (one with a duplicate id, one with an unknown parent), all closed.
    let (form, _host) = mount(draft_with(&[
        ("a", "contractor", ""),
        ("a", "contractor", "B社"),
        ("x", "ghost", ""),
    ]));
    tick().await;
    assert!(document()
        .get_element_by_id("f-subcontractors-0-name")
        .is_none());
    form.checked.update(|c| {
        c.insert(Section::Subcontractors);
    });
    settle().await;
    let errors = section_errors(form);
    assert!(errors.contains(&"subcontractors[1].id".to_string()));
    assert!(errors.contains(&"subcontractors[2].parent".to_string()));
    for path in &errors {
        assert!(
            document().get_element_by_id(&control_id(path)).is_some(),
            "no control for {path}"
        );
    }
    // An entry that was opened by its errors stays open when they no longer show (as when
    // the user fixes the last one), so it never folds away under the cursor.
    type_into("f-subcontractors-2-name", "C社");
    form.checked.update(|c| c.clear());
    settle().await;
    assert!(document()
        .get_element_by_id("f-subcontractors-2-name")
        .is_some());
}

#[wasm_bindgen_test]
async fn an_empty_list_is_the_target_of_its_error() {
    let (form, _host) = mount(draft_with(&[]));
    form.checked.update(|c| {
        c.insert(Section::Subcontractors);
    });
    settle().await;
    assert_eq!(section_errors(form), ["subcontractors"]);
    let group: web_sys::Element = by_id("f-subcontractors");
    assert_eq!(group.get_attribute("tabindex").as_deref(), Some("-1"));
    assert!(group
        .text_content()
        .unwrap()
        .contains("再委託先を1件以上入力してください"));
}

#[wasm_bindgen_test]
async fn a_half_filled_entry_can_be_closed_until_the_page_is_checked() {
    let (form, _host) = mount(draft_with(&[]));
    tick().await;
    click("subcontractors-add");
    settle().await;
    let name: web_sys::HtmlElement = by_id("f-subcontractors-0-name");
    name.blur().unwrap();
    form.touch("subcontractors[0].name");
    settle().await;
    assert!(form.error_for("subcontractors[0].name").is_some());
    let toggle: web_sys::HtmlElement = by_id(&button_id(0, "toggle"));
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    toggle.click();
    settle().await;
    assert!(document()
        .get_element_by_id("f-subcontractors-0-name")
        .is_none());
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(toggle.text_content().unwrap().contains("変更"));
    // Continuing opens it again, for the error summary's links.
    form.checked.update(|c| {
        c.insert(Section::Subcontractors);
    });
    settle().await;
    assert!(document()
        .get_element_by_id("f-subcontractors-0-name")
        .is_some());
}

fn sub(id: &str, parent: &str, name: &str) -> Subcontractor {
    Subcontractor {
        id: id.into(),
        parent: Some(parent.into()),
        name: Some(name.into()),
        ..Default::default()
    }
}

#[wasm_bindgen_test]
async fn the_page_draws_the_tree_and_tells_it_in_words() {
    let mut d = declaration::Declaration::new();
    d.basic.municipality = Some("津市".into());
    d.entrustment.resubcontract = Some(true);
    d.entrustment.contractor = Some(declaration::model::Contractor {
        name: Some("三重県国保連合会".into()),
        ..Default::default()
    });
    d.subcontractors = vec![
        sub("a", declaration::model::CONTRACTOR_PARENT, "国保中央会"),
        sub("b", "a", "株式会社データ"),
    ];
    let page = mount_form(d, |form| view! { <Subcontractors form=form/> }.into_any());
    tick().await;
    let figure = page
        .host
        .query_selector("figure[data-testid=diagram]")
        .unwrap()
        .expect("the diagram is shown");
    let svg = figure.query_selector("svg").unwrap().expect("an svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    let drawn = svg.text_content().unwrap_or_default();
    for name in ["津市", "三重県国保連合会", "国保中央会", "株式会社データ"] {
        assert!(drawn.contains(name), "{name} in the svg");
    }
    let heading = figure.query_selector("h2").unwrap().unwrap();
    assert_eq!(heading.text_content().as_deref(), Some("履行体制図"));
    // The words: nested lists, the grandchild two levels under the contractor.
    let deepest = figure
        .query_selector("details ul ul ul ul li")
        .unwrap()
        .expect("four levels of lists");
    assert!(deepest.text_content().unwrap().contains("株式会社データ"));
    let summary = figure.query_selector("details summary").unwrap().unwrap();
    assert_eq!(summary.text_content().as_deref(), Some("文章で見る"));

    // A new subcontractor is drawn as soon as it is in the answers.
    page.form
        .draft
        .update(|d| d.subcontractors.push(sub("c", "a", "追加株式会社")));
    tick().await;
    let svg = figure.query_selector("svg").unwrap().unwrap();
    assert!(svg.text_content().unwrap().contains("追加株式会社"));
    // And in English.
    page.lang.set(declaration::Lang::En);
    tick().await;
    assert_eq!(
        figure
            .query_selector("h2")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("Implementation structure")
    );
}

#[wasm_bindgen_test]
async fn no_diagram_when_the_work_is_not_re_subcontracted() {
    let mut d = declaration::Declaration::new();
    d.entrustment.resubcontract = Some(false);
    let page = mount_form(d, |form| view! { <Subcontractors form=form/> }.into_any());
    tick().await;
    assert!(page
        .host
        .query_selector("figure[data-testid=diagram]")
        .unwrap()
        .is_none());
}
