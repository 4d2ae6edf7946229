//! The key-value store the drafts live in ([`KeyValue`]: localStorage in the browser), why
//! it can refuse ([`StoreError`], in plain words), and [`MemoryStore`], an in-memory store
//! with an optional quota and an off switch for tests.

use crate::words::Words;
use std::collections::BTreeMap;
use std::fmt;

use crate::Lang;

/// A string-to-string store with the operations of the browser's `Storage`.
///
/// `set` must be all-or-nothing: when it fails, the value stored before is unchanged (as
/// localStorage behaves on `QuotaExceededError`). The drafts rely on it to replace a record
/// only by one successful write.
pub trait KeyValue {
    /// The value of `key`, `None` when there is none.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Stores `value` under `key`, replacing what was there.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key`; removing a missing key is not an error.
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key in the store, ours and others'.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

impl<K: KeyValue + ?Sized> KeyValue for &mut K {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        (**self).keys()
    }
}

/// Why the store refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The browser's storage for this site is full (`QuotaExceededError`).
    Quota,
    /// Storage cannot be used at all (private mode, switched off, a sandboxed frame); the
    /// text is the browser's own words, for a developer.
    Unavailable(String),
}

impl StoreError {
    /// The message in both languages.
    pub fn words(&self) -> Words {
        Words::new(self.ja(), self.en())
    }

    /// What happened and what to do, in Japanese.
    fn ja(&self) -> String {
        match self {
            StoreError::Quota => "ブラウザの保存領域がいっぱいで保存できませんでした。不要な下書きを削除するか、申告書ファイルを書き出してください。",
            StoreError::Unavailable(_) => "このブラウザでは保存が使えません（プライベートモードや設定で無効になっている可能性があります）。入力内容はこの画面を閉じると失われるため、申告書ファイルを書き出してください。",
        }
        .to_string()
    }

    /// What happened and what to do, in English.
    fn en(&self) -> String {
        match self {
            StoreError::Quota => "The browser's storage is full, so the draft was not saved. Delete drafts you no longer need, or export the declaration to a file.",
            StoreError::Unavailable(_) => "This browser does not allow saving (private browsing or a setting may have switched it off). What you enter is lost when this page is closed, so export the declaration to a file.",
        }
        .to_string()
    }

    /// The message in the given language.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Ja => self.ja(),
            Lang::En => self.en(),
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} / {}", self.ja(), self.en())
    }
}

impl std::error::Error for StoreError {}

/// A [`KeyValue`] in memory. `with_quota` caps the sum of the UTF-8 lengths of every key and
/// value (a write past it is [`StoreError::Quota`] and changes nothing); `set_unavailable`
/// makes every call fail with [`StoreError::Unavailable`], as a browser that refuses storage.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MemoryStore {
    map: BTreeMap<String, String>,
    quota: Option<usize>,
    unavailable: bool,
}

impl MemoryStore {
    /// An empty store holding at most `bytes` of keys and values.
    pub fn with_quota(bytes: usize) -> Self {
        MemoryStore {
            quota: Some(bytes),
            ..Default::default()
        }
    }

    /// Sets or lifts the quota; what is already stored stays.
    pub fn set_quota(&mut self, bytes: Option<usize>) {
        self.quota = bytes;
    }

    /// Makes every call fail (`true`) or work again (`false`).
    pub fn set_unavailable(&mut self, unavailable: bool) {
        self.unavailable = unavailable;
    }

    /// The bytes of keys and values stored, as the quota counts them.
    pub fn used(&self) -> usize {
        self.map.iter().map(|(k, v)| k.len() + v.len()).sum()
    }

    /// Every entry, in key order (whatever the off switch says).
    pub fn entries(&self) -> &BTreeMap<String, String> {
        &self.map
    }

    fn check(&self) -> Result<(), StoreError> {
        if self.unavailable {
            Err(StoreError::Unavailable("the store is switched off".into()))
        } else {
            Ok(())
        }
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.check()?;
        Ok(self.map.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.check()?;
        if let Some(quota) = self.quota {
            let old = self.map.get(key).map_or(0, |v| key.len() + v.len());
            if self.used() - old + key.len() + value.len() > quota {
                return Err(StoreError::Quota);
            }
        }
        self.map.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.check()?;
        self.map.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.check()?;
        Ok(self.map.keys().cloned().collect())
    }
}
