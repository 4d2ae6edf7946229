//! The entry list in the browser, over storage regions (the list without ids of its own):
//! adding opens the entry and focuses its first answer; moving keeps each entry's words with
//! it and focus on the moved entry; removing asks first, says what it did, focuses the
//! heading, and never disturbs another entry's answers; the state tag follows the errors.

use crate::form::Form;
use crate::testkit::{mount_form, tick};
use declaration::fields::Section;
use declaration::lists;
use declaration::model::Region;
use declaration::{Declaration, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The storage regions of the cloud page: the list without ids of its own.
fn regions_list(form: Form) -> AnyView {
    view! { <crate::pages::sections::cloud::Regions form=form/> }.into_any()
}

fn cloud_with(names: &[&str]) -> Declaration {
    let mut d = Declaration::new();
    d.entrustment.uses_cloud = Some(true);
    for n in names {
        let i = lists::add_region(&mut d);
        d.cloud
            .as_mut()
            .unwrap()
            .data_location
            .as_mut()
            .unwrap()
            .regions[i] = Region {
            name: Some(n.to_string()),
            ..Default::default()
        };
    }
    d
}

fn by_id(id: &str) -> web_sys::HtmlElement {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no #{id}"))
        .dyn_into()
        .unwrap()
}

fn value(id: &str) -> String {
    by_id(id)
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap()
        .value()
}

fn active_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

fn names(form: Form) -> Vec<String> {
    form.draft.with(|d| {
        d.cloud
            .as_ref()
            .unwrap()
            .data_location
            .as_ref()
            .unwrap()
            .regions
            .iter()
            .map(|r| r.name.clone().unwrap_or_default())
            .collect()
    })
}

async fn settle() {
    tick().await;
    tick().await;
}

#[wasm_bindgen_test]
async fn adding_opens_the_entry_and_focuses_its_first_answer() {
    let page = mount_form(cloud_with(&[]), regions_list);
    settle().await;
    assert!(page
        .host
        .text_content()
        .unwrap()
        .contains("保管場所はまだありません。"));
    by_id("regions-add").click();
    settle().await;
    assert_eq!(active_id(), "f-cloud-data_location-regions-0-name");
    let title = page.host.query_selector(".entry__title").unwrap().unwrap();
    assert_eq!(title.text_content().unwrap(), "保管場所1");
}

#[wasm_bindgen_test]
async fn moving_keeps_the_words_with_their_entry_and_focus_on_it() {
    let page = mount_form(cloud_with(&["東京", "大阪", "福岡"]), regions_list);
    settle().await;
    assert!(
        page.host.query_selector("#region-0-up").unwrap().is_none(),
        "the first cannot move up"
    );
    by_id("region-2-up").click();
    settle().await;
    assert_eq!(names(page.form), ["東京", "福岡", "大阪"]);
    assert_eq!(value("f-cloud-data_location-regions-1-name"), "福岡");
    assert_eq!(value("f-cloud-data_location-regions-2-name"), "大阪");
    assert_eq!(active_id(), "region-1-up");
}

#[wasm_bindgen_test]
async fn removing_asks_first_then_says_so_and_focuses_the_heading() {
    let page = mount_form(cloud_with(&["東京", "大阪", "福岡"]), regions_list);
    settle().await;
    // A message shown under the second region's name (it was left) must follow it.
    page.form.touch("cloud.data_location.regions[1].country");
    by_id("region-0-remove").click();
    settle().await;
    assert_eq!(names(page.form).len(), 3, "not before the answer");
    let dialog = page
        .host
        .query_selector("[role=alertdialog]")
        .unwrap()
        .expect("asks");
    assert!(dialog
        .text_content()
        .unwrap()
        .contains("「保管場所1：東京」を削除しますか。"));
    assert_eq!(
        active_id(),
        "",
        "the question itself has focus (it has no id)"
    );
    by_id("region-0-remove-yes").click();
    settle().await;
    assert_eq!(names(page.form), ["大阪", "福岡"]);
    assert_eq!(value("f-cloud-data_location-regions-0-name"), "大阪");
    assert_eq!(value("f-cloud-data_location-regions-1-name"), "福岡");
    assert_eq!(active_id(), "f-cloud-data_location-regions-title");
    assert!(page
        .host
        .text_content()
        .unwrap()
        .contains("保管場所を1件削除しました。"));
    assert!(page
        .form
        .touched
        .with(|t| t.contains("cloud.data_location.regions[0].country")));
}

#[wasm_bindgen_test]
async fn escape_cancels_and_gives_focus_back_to_remove() {
    let page = mount_form(cloud_with(&["東京"]), regions_list);
    settle().await;
    by_id("region-0-remove").click();
    settle().await;
    let dialog: web_sys::HtmlElement = page
        .host
        .query_selector("[role=alertdialog]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    dialog
        .dispatch_event(
            &web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap(),
        )
        .unwrap();
    settle().await;
    assert!(page
        .host
        .query_selector("[role=alertdialog]")
        .unwrap()
        .is_none());
    assert_eq!(active_id(), "region-0-remove");
    assert_eq!(names(page.form), ["東京"]);
}

#[wasm_bindgen_test]
async fn the_state_tag_follows_the_errors() {
    let page = mount_form(cloud_with(&["東京"]), regions_list);
    settle().await;
    let tag = || {
        page.host
            .query_selector("[data-testid=entry-status]")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert_eq!(
        tag(),
        "入力中（あと2項目）",
        "country and purpose are missing"
    );
    page.form.checked.update(|c| {
        c.insert(Section::Cloud);
    });
    settle().await;
    assert_eq!(tag(), "エラーあり（2件）");
    page.lang.set(Lang::En);
    settle().await;
    assert_eq!(tag(), "Errors (2)");
}

#[wasm_bindgen_test]
async fn the_storage_regions_error_is_announced_like_every_other() {
    // The cloud page, with no storage region yet, after a try to continue.
    let page = mount_form(cloud_with(&[]), |form| {
        view! { <crate::pages::sections::cloud::Cloud form=form/> }.into_any()
    });
    settle().await;
    let group = by_id("f-cloud-data_location-regions");
    assert_eq!(
        group.get_attribute("aria-describedby").as_deref(),
        Some("f-cloud-data_location-regions-hint"),
        "no error yet"
    );
    page.form.checked.update(|c| {
        c.insert(Section::Cloud);
    });
    settle().await;
    let described = group.get_attribute("aria-describedby").unwrap();
    assert_eq!(
        described,
        "f-cloud-data_location-regions-hint f-cloud-data_location-regions-error"
    );
    for id in described.split(' ') {
        assert!(document().get_element_by_id(id).is_some(), "#{id} exists");
    }
    let message = by_id("f-cloud-data_location-regions-error");
    assert_eq!(message.class_name(), "error-message");
    let hidden = message.query_selector(".visually-hidden").unwrap().unwrap();
    assert_eq!(hidden.text_content().unwrap(), "エラー：");
    assert!(message.text_content().unwrap().contains("保管場所"));
}

#[wasm_bindgen_test]
async fn a_list_at_its_limit_offers_no_more_adding_and_says_why() {
    let names: Vec<String> = (0..declaration::io::MAX_REGIONS - 1)
        .map(|i| format!("R{i}"))
        .collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let page = mount_form(cloud_with(&refs), regions_list);
    settle().await;
    assert!(page
        .host
        .query_selector("[data-testid=list-limit]")
        .unwrap()
        .is_none());
    by_id("regions-add").click();
    settle().await;
    assert_eq!(names_len(page.form), declaration::io::MAX_REGIONS);
    assert!(document().get_element_by_id("regions-add").is_none());
    let note = page
        .host
        .query_selector("[data-testid=list-limit]")
        .unwrap()
        .expect("the limit is said");
    assert_eq!(
        note.text_content().unwrap(),
        "保管場所は50件までです。これ以上は追加できません。"
    );
}

fn names_len(form: Form) -> usize {
    names(form).len()
}
