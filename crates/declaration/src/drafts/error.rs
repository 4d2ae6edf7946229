//! Why a draft could not be opened ([`LoadError`]) or written ([`SaveError`]), each with a
//! Japanese and English message saying what happened and what to do.

use crate::words::Words;
use std::fmt;

use super::StoreError;
use crate::io::MAX_BYTES;
use crate::Lang;

/// Why [`Drafts::load`](super::Drafts::load) (or `load_snapshot`) gave no draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// No record under this id (never saved, or deleted in another tab).
    Missing,
    /// The record is there but cannot be read. It is left in the store; `raw` is its text,
    /// to offer as a download; `message` says what is wrong and what to do.
    Corrupt { raw: String, message: Words },
    /// The store refused.
    Store(StoreError),
}

/// Why a write was refused. Whatever the reason, the stored record is unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Another tab saved a newer revision than the one this write expected, or a record
    /// already exists under an id being created.
    Conflict {
        stored_revision: u64,
        saved_at: String,
    },
    /// The record this write expected is gone (deleted, in another tab).
    Missing,
    /// The stored record cannot be read; it is never overwritten, so it can be recovered.
    Unreadable,
    /// The declaration is larger than a file the importer reads ([`MAX_BYTES`]); stored,
    /// it could never be opened again.
    TooLarge { bytes: usize },
    /// The store refused (full, or switched off).
    Store(StoreError),
}

impl From<StoreError> for LoadError {
    fn from(e: StoreError) -> Self {
        LoadError::Store(e)
    }
}

impl From<StoreError> for SaveError {
    fn from(e: StoreError) -> Self {
        SaveError::Store(e)
    }
}

impl LoadError {
    /// The message in both languages.
    pub fn words(&self) -> Words {
        Words::new(self.ja(), self.en())
    }

    /// The message in Japanese.
    fn ja(&self) -> String {
        match self {
            LoadError::Missing => "この下書きは見つかりません。別のタブで削除された可能性があります。下書きの一覧から選び直してください。".to_string(),
            LoadError::Corrupt { message, .. } => message.ja.clone(),
            LoadError::Store(e) => e.words().ja,
        }
    }

    /// The message in English.
    fn en(&self) -> String {
        match self {
            LoadError::Missing => "This draft cannot be found; it may have been deleted in another tab. Choose a draft from the list again.".to_string(),
            LoadError::Corrupt { message, .. } => message.en.clone(),
            LoadError::Store(e) => e.words().en,
        }
    }

    /// The message in the given language.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Ja => self.ja(),
            Lang::En => self.en(),
        }
    }
}

impl SaveError {
    /// The message in both languages.
    pub fn words(&self) -> Words {
        Words::new(self.ja(), self.en())
    }

    /// The message in Japanese.
    fn ja(&self) -> String {
        match self {
            SaveError::Conflict { .. } => "別のタブで、この下書きのより新しい版が保存されています。上書きしないよう、保存を止めました。新しい版を開き直すか、この画面の内容を別の下書きとして保存してください。".to_string(),
            SaveError::Missing => "この下書きは別のタブで削除されたため、保存しませんでした。残すには、この画面の内容を新しい下書きとして保存するか、申告書ファイルを書き出してください。".to_string(),
            SaveError::Unreadable => "保存されている下書きのデータが読み取れないため、上書きせずに残しました。この画面の内容は、新しい下書きとして保存するか、申告書ファイルを書き出してください。".to_string(),
            SaveError::TooLarge { bytes } => format!(
                "下書きが大きすぎるため（{}）保存できませんでした。上限は {} です。長い記述を短くしてください。",
                mib(*bytes),
                mib(MAX_BYTES)
            ),
            SaveError::Store(e) => e.words().ja,
        }
    }

    /// The message in English.
    fn en(&self) -> String {
        match self {
            SaveError::Conflict { .. } => "A newer version of this draft was saved in another tab, so saving stopped rather than overwrite it. Open the newer version again, or save what is on this page as a separate draft.".to_string(),
            SaveError::Missing => "This draft was deleted in another tab, so it was not saved. To keep it, save what is on this page as a new draft, or export the declaration to a file.".to_string(),
            SaveError::Unreadable => "The saved draft cannot be read, so it was kept rather than overwritten. Save what is on this page as a new draft, or export the declaration to a file.".to_string(),
            SaveError::TooLarge { bytes } => format!(
                "The draft is too large to save ({}); the limit is {}. Shorten the longest answers.",
                mib(*bytes),
                mib(MAX_BYTES)
            ),
            SaveError::Store(e) => e.words().en,
        }
    }

    /// The message in the given language.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Ja => self.ja(),
            Lang::En => self.en(),
        }
    }
}

/// A size in MiB with one decimal, rounded up.
fn mib(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10).div_ceil(1024 * 1024);
    format!("{}.{} MiB", tenths / 10, tenths % 10)
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} / {}", self.ja(), self.en())
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} / {}", self.ja(), self.en())
    }
}

impl std::error::Error for LoadError {}
impl std::error::Error for SaveError {}
