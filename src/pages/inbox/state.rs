//! The files of the 受付一覧 ([`InboxFiles`], one for the app's life, [`shared`], made on the
//! first visit to the page, so a first visit elsewhere never carries its code):
//! each declaration with its row ([`declaration::inbox::Row`]), the review files dropped
//! beside them (matched to their declaration by its id; the same file taken twice is kept
//! once), and the files that could not be read, with the reason. The files are kept in this
//! browser across reloads (localStorage under [`KEY`], up to [`MAX_KEPT_CHARS`] characters;
//! the reviewer's drafts are never touched) until the reviewer empties the list, which can
//! be undone ([`InboxFiles::undo_clear`]). The table's filter, sort and scroll position live
//! here too, so opening a row and coming back finds the table as it was left.

use crate::store::local::LocalStore;
use declaration::drafts::KeyValue;
use declaration::inbox::{Filter, Row, SortKey};
use declaration::io::{self, Imported};
use declaration::review::{self, ItemStatus, Review, Reviews};
use declaration::words::Words;
use leptos::prelude::*;
use serde_json::{json, Value};
use std::sync::Arc;

/// Where the received files are kept.
pub const KEY: &str = "cloud-decl/v1/inbox";

/// The most characters of received files kept in this browser (about 2 MB: what is left of
/// a browser's 5 MB for this site after the drafts). Files past it stay listed until the
/// page is reloaded, and the page says so.
pub const MAX_KEPT_CHARS: usize = 2_000_000;

/// One declaration file received.
#[derive(Clone)]
pub struct Received {
    /// The n-th file taken (a stable key, and the table's order as received).
    pub n: usize,
    pub file_name: String,
    pub imported: Arc<Imported>,
    pub row: Arc<Row>,
    /// The canonical hash of the file as read.
    pub sha256: String,
}

impl PartialEq for Received {
    fn eq(&self, other: &Self) -> bool {
        self.n == other.n && Arc::ptr_eq(&self.imported, &other.imported)
    }
}

/// How the reviewer left the table: what it shows, in what order, and where it was
/// scrolled (the page's and the table's own, in CSS pixels).
#[derive(Clone, Copy, Default)]
pub struct TableView {
    pub filter: Filter,
    pub sort: Option<(SortKey, bool)>,
    pub scroll: (f64, f64),
    /// The row last opened in the reader (its 「開く」 takes the focus back).
    pub opened: Option<usize>,
}

/// A file as kept in the browser: its name and its text (a declaration or a review file),
/// or, for a file that could not be read, the reason.
#[derive(Clone, PartialEq)]
struct Kept {
    name: String,
    text: Option<String>,
    refused: Option<(String, String)>,
}

impl Kept {
    /// `{"name", "text"}` or `{"name", "refused": [ja, en]}`.
    fn to_value(&self) -> Value {
        match (&self.text, &self.refused) {
            (Some(text), _) => json!({ "name": self.name, "text": text }),
            (None, Some((ja, en))) => json!({ "name": self.name, "refused": [ja, en] }),
            (None, None) => json!({ "name": self.name }),
        }
    }

    fn from_value(v: &Value) -> Option<Kept> {
        let s = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
        Some(Kept {
            name: s(v.get("name"))?,
            text: s(v.get("text")),
            refused: v
                .get("refused")
                .and_then(Value::as_array)
                .and_then(|r| Some((s(r.first())?, s(r.get(1))?))),
        })
    }
}

/// What 「一覧を空にする」 took away, to put back.
#[derive(Clone)]
struct Cleared {
    files: Vec<Received>,
    reviews: Vec<(String, Review)>,
    refused: Vec<(String, Words)>,
    kept: Vec<Kept>,
}

/// The files of the table.
#[derive(Clone, Copy)]
pub struct InboxFiles {
    pub files: RwSignal<Vec<Received>>,
    pub reviews: RwSignal<Vec<(String, Review)>>,
    /// Files that could not be read, with why (listed, and rows of the CSV).
    pub refused: RwSignal<Vec<(String, Words)>>,
    /// Files taken but not kept in this browser (past [`MAX_KEPT_CHARS`] or refused by it).
    pub unkept: RwSignal<usize>,
    /// The table as the reviewer left it.
    pub view: StoredValue<TableView>,
    kept: StoredValue<Vec<Kept>>,
    restored: StoredValue<bool>,
    cleared: RwSignal<Option<Arc<Cleared>>>,
}

thread_local! {
    /// The app's one [`InboxFiles`], made under the app's root owner (the page's owner's
    /// farthest parent), so the files outlive the page that shows them.
    static SHARED: InboxFiles = {
        let mut root = Owner::current();
        while let Some(parent) = root.as_ref().and_then(Owner::parent) {
            root = Some(parent);
        }
        match root {
            Some(root) => root.with(InboxFiles::new),
            None => InboxFiles::new(),
        }
    };
}

/// The app's received files.
pub fn shared() -> InboxFiles {
    SHARED.with(|files| *files)
}

impl InboxFiles {
    fn new() -> InboxFiles {
        InboxFiles {
            files: RwSignal::new(Vec::new()),
            reviews: RwSignal::new(Vec::new()),
            refused: RwSignal::new(Vec::new()),
            unkept: RwSignal::new(0),
            view: StoredValue::new(TableView::default()),
            kept: StoredValue::new(Vec::new()),
            restored: StoredValue::new(false),
            cleared: RwSignal::new(None),
        }
    }

    /// Reads back the files kept in this browser, once (the first time the page opens).
    pub fn restore(&self) {
        if self.restored.get_value() {
            return;
        }
        self.restored.set_value(true);
        let Some(list) = LocalStore::open()
            .ok()
            .and_then(|s| s.get(KEY).ok().flatten())
            .and_then(|text| serde_json::from_str::<Vec<Value>>(&text).ok())
            .map(|list| list.iter().filter_map(Kept::from_value).collect::<Vec<_>>())
        else {
            return;
        };
        for k in &list {
            match (&k.text, &k.refused) {
                (Some(text), _) => {
                    let _ = self.read(&k.name, text.as_bytes());
                }
                (None, Some((ja, en))) => self
                    .refused
                    .update(|r| r.push((k.name.clone(), Words::new(ja.clone(), en.clone())))),
                (None, None) => {}
            }
        }
        self.kept.set_value(list);
    }

    /// Takes one file: a declaration or a review file (told apart by its `format`), kept in
    /// this browser. A file that cannot be read is listed with the reason, which is also
    /// given back.
    pub fn take(&self, file_name: &str, bytes: &[u8]) -> Result<(), Words> {
        self.restore();
        match self.read(file_name, bytes) {
            Ok(()) => {
                let text = String::from_utf8_lossy(bytes).into_owned();
                self.keep(Kept {
                    name: file_name.to_string(),
                    text: Some(text),
                    refused: None,
                });
                Ok(())
            }
            Err(why) => {
                self.refused.update(|r| {
                    r.retain(|(name, _)| name != file_name);
                    r.push((file_name.to_string(), why.clone()));
                });
                self.keep(Kept {
                    name: file_name.to_string(),
                    text: None,
                    refused: Some((why.ja.clone(), why.en.clone())),
                });
                Err(why)
            }
        }
    }

    /// Reads one file into the table (nothing kept).
    fn read(&self, file_name: &str, bytes: &[u8]) -> Result<(), Words> {
        let is_review = io::read_object(bytes)
            .ok()
            .and_then(|v| {
                v.get("format")
                    .and_then(|f| f.as_str())
                    .map(|f| f == review::FORMAT)
            })
            .unwrap_or(false);
        if is_review {
            let r = review::import(bytes).map_err(|e| e.words())?.review;
            self.reviews.update(|list| {
                list.retain(|(_, kept)| kept.id != r.id);
                list.push((file_name.to_string(), r));
            });
            return Ok(());
        }
        let imported = io::import(bytes).map_err(|e| e.words())?;
        let sha256 = io::hash_of(&imported.declaration, &imported.extra);
        // Counted from today in Japan too, as the reader's banner counts.
        let today = declaration::time::jst_date(&crate::draft::now_rfc3339());
        let row = Row::on(file_name, &imported, today);
        self.files.update(|files| {
            if files
                .iter()
                .any(|f| f.sha256 == sha256 && f.file_name == file_name)
            {
                return;
            }
            let n = files.iter().map(|f| f.n + 1).max().unwrap_or(0);
            files.push(Received {
                n,
                file_name: file_name.to_string(),
                imported: Arc::new(imported),
                row: Arc::new(row),
                sha256,
            });
        });
        Ok(())
    }

    /// Adds `k` to what this browser keeps (the same name and text once), within the limit.
    fn keep(&self, k: Kept) {
        let mut list = self.kept.get_value();
        if list.contains(&k) {
            return;
        }
        let size = |l: &[Kept]| {
            l.iter()
                .map(|x| x.name.len() + x.text.as_ref().map_or(0, String::len))
                .sum::<usize>()
        };
        list.push(k);
        if size(&list) > MAX_KEPT_CHARS || !write(&list) {
            self.unkept.update(|n| *n += 1);
            return;
        }
        self.kept.set_value(list);
    }

    /// Empties the table and what this browser keeps of it; [`Self::undo_clear`] puts it
    /// back.
    pub fn clear(&self) {
        self.cleared.set(Some(Arc::new(Cleared {
            files: self.files.get_untracked(),
            reviews: self.reviews.get_untracked(),
            refused: self.refused.get_untracked(),
            kept: self.kept.get_value(),
        })));
        self.files.set(Vec::new());
        self.reviews.set(Vec::new());
        self.refused.set(Vec::new());
        self.unkept.set(0);
        self.kept.set_value(Vec::new());
        if let Ok(mut s) = LocalStore::open() {
            let _ = s.remove(KEY);
        }
    }

    /// How many files the last 「一覧を空にする」 took away, while it can be undone.
    pub fn cleared_count(&self) -> Option<usize> {
        self.cleared.with(|c| {
            c.as_ref()
                .map(|c| c.files.len() + c.reviews.len() + c.refused.len())
        })
    }

    /// Puts back what the last 「一覧を空にする」 took away.
    pub fn undo_clear(&self) {
        let Some(c) = self.cleared.get_untracked() else {
            return;
        };
        self.files.set(c.files.clone());
        self.reviews.set(c.reviews.clone());
        self.refused.set(c.refused.clone());
        write(&c.kept);
        self.kept.set_value(c.kept.clone());
        self.cleared.set(None);
    }

    /// Forgets the undo (a file was added since).
    pub fn forget_undo(&self) {
        if self.cleared.with_untracked(Option::is_some) {
            self.cleared.set(None);
        }
    }

    /// The review of declaration `id`: a review file dropped here, else the review this
    /// browser keeps.
    fn review_of(&self, id: &str) -> Option<Review> {
        let dropped = self.reviews.with(|list| {
            list.iter()
                .rfind(|(_, r)| r.declaration.id == id)
                .map(|(_, r)| r.clone())
        });
        dropped.or_else(|| {
            let store = LocalStore::open().ok()?;
            Some(Reviews::new(store).load(id).ok()??.review)
        })
    }

    /// The questions not yet 解決 about declaration `id`; `None` when there is no review of it.
    pub fn open_questions(&self, id: &str) -> Option<usize> {
        self.review_of(id).map(|r| {
            r.items
                .iter()
                .filter(|i| i.status != ItemStatus::Resolved)
                .count()
        })
    }

    /// The sha256 of the version the review of declaration `id` is about: its open
    /// questions belong to that version.
    pub fn reviewed_version(&self, id: &str) -> Option<String> {
        self.review_of(id).map(|r| r.declaration.sha256)
    }
}

/// Writes the list kept; whether the browser took it.
fn write(list: &[Kept]) -> bool {
    let text = Value::Array(list.iter().map(Kept::to_value).collect()).to_string();
    LocalStore::open()
        .map(|mut s| s.set(KEY, &text).is_ok())
        .unwrap_or(false)
}

/// Where the page and the table are scrolled now: (the page's `scrollY`, the table's
/// `scrollLeft`). Read through `Reflect`, whose import the app's glue already has, rather
/// than two web-sys getters more in the first visit's glue.
pub fn scroll_now() -> (f64, f64) {
    let get = |on: &wasm_bindgen::JsValue, key: &str| {
        js_sys::Reflect::get(on, &key.into())
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0)
    };
    let table = document()
        .get_element_by_id("inbox-scroll")
        .map_or(0.0, |t| get(&t, "scrollLeft"));
    (get(&window(), "scrollY"), table)
}

/// Scrolls the page and the table back to `at` (as [`scroll_now`] read it).
pub fn scroll_back(at: (f64, f64)) {
    window().scroll_to_with_x_and_y(0.0, at.0);
    if let Some(t) = document().get_element_by_id("inbox-scroll") {
        let _ = js_sys::Reflect::set(&t, &"scrollLeft".into(), &at.1.into());
    }
}
