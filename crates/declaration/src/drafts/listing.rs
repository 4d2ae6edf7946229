//! What [`Drafts::list`](super::Drafts::list) and [`Drafts::load`](super::Drafts::load)
//! give: the [`Listing`] of drafts ([`DraftSummary`]) and of the records that cannot be read
//! ([`Unreadable`]), and a [`Loaded`] draft.

use crate::words::Words;
use serde_json::Value;

use super::default_name;
use super::record::Record;
use crate::model::Declaration;
use crate::Lang;

/// The drafts of a store, and a listing of the records that cannot be read.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Listing {
    /// Newest save first.
    pub drafts: Vec<DraftSummary>,
    /// By key. Never removed automatically.
    pub unreadable: Vec<Unreadable>,
}

/// One draft of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftSummary {
    pub id: String,
    /// The name the user gave it, if any.
    pub custom_name: Option<String>,
    /// [`default_name`].
    pub default_name: Words,
    /// When it was last saved (RFC 3339).
    pub saved_at: String,
    pub revision: u64,
    /// Whether it is complete ([`rules::is_complete`](crate::rules::is_complete)).
    pub complete: bool,
    /// When it was last exported to a file, if ever.
    pub exported_at: Option<String>,
    /// The revision that export was made from.
    pub exported_revision: Option<u64>,
}

impl DraftSummary {
    /// The name shown: the custom name, else the default name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        match &self.custom_name {
            Some(name) => name,
            None => self.default_name.pick(lang),
        }
    }

    /// Whether it was saved since it was last exported (or never exported).
    pub fn changed_since_export(&self) -> bool {
        self.exported_revision != Some(self.revision)
    }
}

/// A stored record that cannot be read: kept, and offered to the user as a download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub key: String,
    /// The stored text, as it is.
    pub raw: String,
    /// What is wrong and what to do.
    pub message: Words,
}

/// A draft as loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// Migrated to the current version.
    pub declaration: Declaration,
    /// The keys the model does not know ([`io::Imported::extra`](crate::io::Imported::extra)); pass it back to save.
    pub extra: Value,
    /// The revision to pass to the next [`Drafts::save`](super::Drafts::save).
    pub revision: u64,
    pub saved_at: String,
    /// The custom name, if any.
    pub name: Option<String>,
    pub exported_at: Option<String>,
    pub exported_revision: Option<u64>,
    /// The `schema_version` it was migrated from, when it was older.
    pub migrated_from: Option<u64>,
}

impl Loaded {
    /// The name shown: the custom name, else [`default_name`].
    pub fn display_name(&self, lang: Lang) -> String {
        self.name
            .clone()
            .unwrap_or_else(|| default_name(&self.declaration, lang))
    }

    pub(super) fn from_record(record: Record) -> Loaded {
        let Record { header, imported } = record;
        Loaded {
            declaration: imported.declaration,
            extra: imported.extra,
            revision: header.revision,
            saved_at: header.saved_at,
            name: header.name,
            exported_at: header.exported_at,
            exported_revision: header.exported_revision,
            migrated_from: imported.migrated_from,
        }
    }
}
