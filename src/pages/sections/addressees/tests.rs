//! 宛先 in a real browser: starting the list keeps the municipality answered so far; pasting
//! previews every row and adds only the good ones, the bad kept in the box to fix; the list
//! stops at 200, and a paste that would pass it adds nothing and says why.

use super::AddresseesOrOffer;
use crate::testkit::{mount_form, tick, FormPage};
use declaration::model::Addressee;
use declaration::Declaration;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The element `selector` finds in the page's host.
fn el<T: JsCast>(page: &FormPage, selector: &str) -> T {
    page.host
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap()
}

async fn click(page: &FormPage, selector: &str) {
    el::<web_sys::HtmlElement>(page, selector).click();
    tick().await;
}

fn mount(d: Declaration) -> FormPage {
    mount_form(d, |form| {
        view! { <AddresseesOrOffer form=form/> }.into_any()
    })
}

fn addressee(id: &str, municipality: &str) -> Addressee {
    Addressee {
        id: id.into(),
        municipality: Some(municipality.into()),
        ..Default::default()
    }
}

#[wasm_bindgen_test]
async fn starting_the_list_keeps_the_municipality_answered() {
    let mut d = Declaration::new();
    d.basic.municipality = Some("伊賀市".into());
    d.basic.item_number = Some(5);
    let page = mount(d);
    tick().await;
    click(&page, "#addressees-start").await;
    let list = page.form.draft.with_untracked(|d| d.addressees.clone());
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].municipality.as_deref(), Some("伊賀市"));
    assert_eq!(list[0].item_number, Some(5));
    assert!(!list[0].id.is_empty(), "its file gets an id of its own");
    assert!(page
        .host
        .query_selector("[data-testid=addressees-offer]")
        .unwrap()
        .is_none());
    assert_eq!(
        el::<web_sys::HtmlElement>(&page, "#f-addressees-title")
            .text_content()
            .unwrap(),
        "宛先（1件）"
    );
}

#[wasm_bindgen_test]
async fn pasting_adds_the_good_rows_and_keeps_the_bad_to_fix() {
    let mut d = Declaration::new();
    d.addressees.push(addressee("a", "津市"));
    let page = mount(d);
    tick().await;
    click(&page, "#addressees-paste-open").await;
    let bad = "伊賀市\t242162\t伊賀市 評価書\tファイル\t5\n津市";
    el::<web_sys::HtmlTextAreaElement>(&page, "#addressees-paste-text").set_value(&format!(
        "亀山市\t242101\t亀山市 評価書\tファイル\t3\n{bad}\n"
    ));
    click(&page, "#addressees-paste-read").await;
    let faults = page
        .host
        .query_selector_all("tr[data-fault]")
        .unwrap()
        .length();
    assert_eq!(
        faults, 2,
        "a wrong check digit, a municipality listed already"
    );
    click(&page, "#addressees-paste-add").await;
    let list = page.form.draft.with_untracked(|d| d.addressees.clone());
    assert_eq!(list.len(), 2);
    assert_eq!(list[1].municipality.as_deref(), Some("亀山市"));
    assert_eq!(list[1].municipality_code.as_deref(), Some("242101"));
    assert_eq!(list[1].item_number, Some(3));
    assert_eq!(
        el::<web_sys::HtmlTextAreaElement>(&page, "#addressees-paste-text").value(),
        bad,
        "the rows not added stay in the box"
    );
}

#[wasm_bindgen_test]
async fn the_list_stops_at_200_and_a_paste_past_it_adds_nothing() {
    let mut d = Declaration::new();
    for i in 0..199 {
        d.addressees
            .push(addressee(&format!("a{i}"), &format!("市{i}")));
    }
    let page = mount(d);
    tick().await;
    click(&page, "#addressees-paste-open").await;
    el::<web_sys::HtmlTextAreaElement>(&page, "#addressees-paste-text").set_value("亀山市\n伊賀市");
    click(&page, "#addressees-paste-read").await;
    click(&page, "#addressees-paste-add").await;
    assert_eq!(page.form.draft.with_untracked(|d| d.addressees.len()), 199);
    let said = page.host.text_content().unwrap();
    assert!(
        said.contains(
            "宛先は200件までです。あと1件しか追加できないため、2件は追加しませんでした。"
        ),
        "{said}"
    );
    page.form
        .draft
        .update(|d| d.addressees.push(addressee("last", "亀山市")));
    tick().await;
    assert_eq!(
        el::<web_sys::HtmlElement>(&page, "[data-testid=list-limit]")
            .text_content()
            .unwrap(),
        "宛先は200件までです。これ以上は追加できません。"
    );
    assert!(page
        .host
        .query_selector("#addressees-add")
        .unwrap()
        .is_none());
}
