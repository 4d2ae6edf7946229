//! The browser's localStorage as the drafts' key-value store ([`KeyValue`]), through
//! gloo-storage. Opening it is checked first: a browser may refuse storage (private modes,
//! settings, a sandboxed frame), and then the app runs on without it instead of failing.
//! DOM errors become [`StoreError`]s: `QuotaExceededError` is [`StoreError::Quota`], any
//! other refusal is [`StoreError::Unavailable`] with the browser's own words.

use declaration::drafts::{KeyValue, StoreError};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

/// localStorage, once it answered.
pub struct LocalStore {
    raw: web_sys::Storage,
}

impl LocalStore {
    /// Opens localStorage, or says why the browser refused it.
    pub fn open() -> Result<LocalStore, StoreError> {
        let window =
            web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
        match window.local_storage() {
            // Reachable: from here on gloo-storage's handle is safe to take.
            Ok(Some(_)) => Ok(LocalStore {
                raw: LocalStorage::raw(),
            }),
            Ok(None) => Err(StoreError::Unavailable("localStorage is missing".into())),
            Err(e) => Err(to_error(&e)),
        }
    }
}

/// The name and message of a thrown DOM error.
fn describe(e: &JsValue) -> (String, String) {
    let field = |k: &str| {
        js_sys::Reflect::get(e, &JsValue::from_str(k))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    (field("name"), field("message"))
}

/// A thrown DOM error as a [`StoreError`].
fn to_error(e: &JsValue) -> StoreError {
    let (name, message) = describe(e);
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StoreError::Quota
    } else if name.is_empty() && message.is_empty() {
        StoreError::Unavailable(e.as_string().unwrap_or_else(|| "unknown error".into()))
    } else {
        StoreError::Unavailable(format!("{name}: {message}"))
    }
}

impl KeyValue for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.raw.get_item(key).map_err(|e| to_error(&e))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.raw.set_item(key, value).map_err(|e| to_error(&e))
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.raw.remove_item(key).map_err(|e| to_error(&e))
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let n = self.raw.length().map_err(|e| to_error(&e))?;
        let mut keys = Vec::with_capacity(n as usize);
        for i in 0..n {
            if let Some(k) = self.raw.key(i).map_err(|e| to_error(&e))? {
                keys.push(k);
            }
        }
        Ok(keys)
    }
}
