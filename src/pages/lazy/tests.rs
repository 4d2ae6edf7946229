//! A lazily loaded route in the browser: 「読み込み中…」 while its chunk is on its way, the
//! page once it is there, and when it cannot be fetched, an alert that says what happened
//! and a button to reload — never a blank page.

use super::*;
use crate::testkit::{test_host, tick, until};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount(page: Pending) -> web_sys::HtmlElement {
    let host = test_host();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <Lazy lang=Signal::stored(Lang::Ja) page=page/> }
    });
    handle.forget();
    host
}

fn shown(host: &web_sys::HtmlElement) -> String {
    host.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn it_says_it_is_loading_then_shows_the_page() {
    // A chunk that takes 300 ms to arrive.
    let arrives = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 300)
            .unwrap();
    });
    let host = mount(Box::pin(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(arrives).await;
        Ok(view! { <h1>"基本情報"</h1> }.into_any())
    }));
    tick().await;
    assert!(shown(&host).contains("読み込み中…"), "{}", shown(&host));
    assert!(host
        .query_selector("[data-testid=route-loading][role=status]")
        .unwrap()
        .is_some());
    assert!(until(|| shown(&host).contains("基本情報")).await);
    assert!(!shown(&host).contains("読み込み中…"));
}

#[wasm_bindgen_test]
async fn a_chunk_that_fails_offers_to_reload() {
    let host = mount(Box::pin(async { Err(ChunkFailed) }));
    assert!(
        until(|| host
            .query_selector("[data-testid=route-failed]")
            .unwrap()
            .is_some())
        .await
    );
    let text = shown(&host);
    assert!(text.contains("このページを読み込めませんでした"), "{text}");
    assert!(text.contains("入力した内容はこの端末に保存されています"));
    let alert = host.query_selector("[role=alert]").unwrap();
    assert!(alert.is_some());
    assert!(host
        .query_selector("[data-testid=route-reload]")
        .unwrap()
        .is_some());
}
