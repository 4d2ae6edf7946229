//! The review being written in the reader: the [`Review`] of the open declaration, what the
//! reviewer is doing (asking about a target, editing a question), and saving it to the
//! reviewer's own store after every change ([`Reviews`], one per declaration, apart from the
//! drafts) so that reopening the same file brings it back. The reviewer's own details
//! ([`crate::store::reviewer`], entered once) go into the review on every save.

use crate::store::local::LocalStore;
use declaration::io::{self, Imported};
use declaration::review::{self, Item, Outcome, Review, Reviews, Target, MAX_TEXT_CHARS};
use declaration::words::Words;
use leptos::prelude::*;
use serde_json::Value;

/// The reader's review of one open declaration.
#[derive(Clone, Copy)]
pub struct ReviewState {
    pub review: RwSignal<Review>,
    extra: StoredValue<Value>,
    /// The target whose question form is open.
    pub asking: RwSignal<Option<Target>>,
    /// The question being edited.
    pub editing: RwSignal<Option<String>>,
    /// What the last action did (for the status line).
    pub said: RwSignal<Option<Words>>,
    /// Why the review could not be kept in this browser, when it could not.
    pub trouble: RwSignal<Option<Words>>,
    /// Said when the review brought back was written on another version of the file.
    pub notice: StoredValue<Option<Words>>,
    /// The change list from the version reviewed to the one open, when the review was
    /// written on another version and that version is kept in this browser.
    pub changes: StoredValue<Option<Vec<declaration::changes::Change>>>,
    /// The canonical hash of the declaration open, and what the review should name as the
    /// version reviewed once the reviewer decides on this one.
    current: StoredValue<review::Reviewed>,
}

fn reviews() -> Result<Reviews<LocalStore>, Words> {
    LocalStore::open().map(Reviews::new).map_err(|e| e.words())
}

impl ReviewState {
    /// The review of the declaration in `imported`: the one kept in this browser for it, or
    /// a new one.
    pub fn open(imported: &Imported, file_name: &str) -> ReviewState {
        let d = &imported.declaration;
        let id = d.id.clone().unwrap_or_default();
        let sha = io::hash_of(d, &imported.extra);
        let mut trouble = None;
        let kept = match LocalStore::open() {
            Ok(store) => match Reviews::new(store).load(&id) {
                Ok(found) => found,
                Err(e) => {
                    trouble = Some(e.words());
                    None
                }
            },
            Err(e) => {
                trouble = Some(e.words());
                None
            }
        };
        // The version open is kept, so the change list can be shown when the next one comes.
        let text = io::to_json(d, &imported.extra);
        if let Ok(mut store) = reviews() {
            let _ = store.keep_version(&id, &sha, &text);
        }
        let (review, extra, notice) = match kept {
            Some(k) => {
                let notice = (!k.review.declaration.sha256.eq_ignore_ascii_case(&sha)).then(|| {
                    Words::new(
                        "このブラウザに保存していた照会事項は、この申告書の別の版（前回受け取ったもの）について書いたものです。照会事項はそのまま表示し、審査した版がこのブラウザに残っていれば、その版からの変更を各照会の下に表示します。審査結果を選ぶと、開いているこの版が審査の対象になります。",
                        "The review kept in this browser was written on another version of this declaration (the one received before). Its questions are shown as they were, with the changes since that version under each when it is kept here. Choosing an outcome makes the version open now the one reviewed.",
                    )
                });
                (k.review, k.extra, notice)
            }
            None => {
                let value = serde_json::from_str::<Value>(&io::to_json(d, &imported.extra))
                    .unwrap_or(Value::Null);
                let now = crate::draft::now_rfc3339();
                let r = review::new_review(&value, d, &crate::draft::uuid(), &now, Some(file_name));
                (r, Value::Object(Default::default()), None)
            }
        };
        let changes = (!review.declaration.sha256.eq_ignore_ascii_case(&sha))
            .then(|| {
                let store = reviews().ok()?;
                let base = store.version(&id, &review.declaration.sha256).ok()??;
                Some(declaration::changes::diff(&base.declaration, d))
            })
            .flatten();
        let current = review::Reviewed {
            id: id.clone(),
            content_sha256: Some(io::content_hash_of(d, &imported.extra)),
            sha256: sha,
            municipality: d.basic.municipality.clone(),
            declaration_date: d.basic.declaration_date.clone(),
            file_name: Some(file_name.to_string()),
        };
        ReviewState {
            changes: StoredValue::new(changes),
            current: StoredValue::new(current),
            review: RwSignal::new(review),
            extra: StoredValue::new(extra),
            asking: RwSignal::new(None),
            editing: RwSignal::new(None),
            said: RwSignal::new(None),
            trouble: RwSignal::new(trouble),
            notice: StoredValue::new(notice),
        }
    }

    /// Keeps the review in this browser (after every change), with the reviewer's details
    /// as they are now.
    fn keep(&self) {
        let now = crate::draft::now_rfc3339();
        self.sign();
        let review = self.review.get_untracked();
        let result = LocalStore::open().map_err(|e| e.words()).and_then(|store| {
            Reviews::new(store)
                .save(&review, &self.extra.get_value(), &now)
                .map_err(|e| e.words())
        });
        self.trouble.set(result.err());
    }

    /// Adds a question about `target`; refused, with the reason, when `comment` is empty or
    /// too long.
    pub fn add(&self, target: Target, comment: &str) -> Result<(), Words> {
        let comment = checked(comment)?;
        let now = crate::draft::now_rfc3339();
        self.review.update(|r| {
            r.items.push(Item {
                id: format!("q-{}", crate::draft::uuid()),
                target,
                comment,
                created_at: Some(now),
                ..Default::default()
            })
        });
        self.asking.set(None);
        self.said.set(Some(Words::new(
            "照会事項を追加しました。",
            "The question was added.",
        )));
        self.keep();
        Ok(())
    }

    /// Changes the text of question `id`.
    pub fn edit(&self, id: &str, comment: &str) -> Result<(), Words> {
        let comment = checked(comment)?;
        self.review.update(|r| {
            if let Some(item) = r.items.iter_mut().find(|i| i.id == id) {
                item.comment = comment;
            }
        });
        self.editing.set(None);
        self.said.set(Some(Words::new(
            "照会事項を変更しました。",
            "The question was changed.",
        )));
        self.keep();
        Ok(())
    }

    /// Deletes question `id`.
    pub fn remove(&self, id: &str) {
        self.review.update(|r| r.items.retain(|i| i.id != id));
        self.said.set(Some(Words::new(
            "照会事項を削除しました。",
            "The question was deleted.",
        )));
        self.keep();
    }

    /// Sets the outcome (審査中 / 差戻し / 受理): a decision on the version open, which the
    /// review then names as the version reviewed.
    pub fn set_outcome(&self, outcome: Outcome) {
        let current = self.current.get_value();
        self.review.update(|r| {
            r.outcome = outcome;
            r.declaration = current;
        });
        self.keep();
    }

    /// Takes the contractor's replies from the review file sent back; says how many.
    pub fn take_back(&self, bytes: &[u8]) -> Result<(), Words> {
        let back = review::import(bytes).map_err(|e| e.words())?.review;
        let mut taken = Ok(0);
        self.review
            .update(|r| taken = review::take_replies(r, &back));
        let n = taken.map_err(|e| e.words())?;
        self.said.set(Some(Words::new(
            format!("回答{n}件を取り込みました。"),
            format!("{n} replies were taken in."),
        )));
        self.keep();
        Ok(())
    }

    /// The reviewer's details changed: written into the review and kept.
    pub fn signed(&self) {
        self.keep();
    }

    /// Writes the reviewer's details (entered once in this browser) into the review.
    fn sign(&self) {
        let me = crate::store::reviewer::load();
        if !me.is_empty() && self.review.with_untracked(|r| r.reviewer != me) {
            self.review.update(|r| r.reviewer = me);
        }
    }

    /// The reviewer's name, for the turns of a thread.
    fn by() -> Option<String> {
        crate::store::reviewer::load().name
    }

    /// Marks question `id` 解決.
    pub fn resolve(&self, id: &str) {
        let now = crate::draft::now_rfc3339();
        let by = Self::by();
        self.review.update(|r| {
            let _ = review::resolve(r, id, &now, by.as_deref());
        });
        self.said
            .set(Some(Words::new("解決にしました。", "Marked resolved.")));
        self.keep();
    }

    /// Asks question `id` again with `more`.
    pub fn ask_again(&self, id: &str, more: &str) -> Result<(), Words> {
        let now = crate::draft::now_rfc3339();
        let by = Self::by();
        let mut result = Ok(());
        self.review.update(|r| {
            result = review::ask_again(r, id, more, &now, by.as_deref()).map_err(|e| e.words())
        });
        if result.is_ok() {
            self.said
                .set(Some(Words::new("再照会しました。", "Asked again.")));
            self.keep();
        }
        result
    }

    /// Sets the note on the outcome (empty removes it).
    pub fn set_note(&self, note: &str) -> Result<(), Words> {
        if note.chars().count() > MAX_TEXT_CHARS {
            return Err(too_long());
        }
        let note = Some(note.trim().to_string()).filter(|n| !n.is_empty());
        self.review.update(|r| r.outcome_note = note);
        self.keep();
        Ok(())
    }

    /// The review file's name and text, as saved now.
    pub fn file(&self) -> (String, String) {
        self.sign();
        let r = self.review.get_untracked();
        let text = review::export(&r, &self.extra.get_value(), &crate::draft::now_rfc3339());
        (review::file_name(&r), text)
    }
}

/// A question's text as stored, or why it cannot be.
fn checked(comment: &str) -> Result<String, Words> {
    let comment = comment.trim();
    if comment.is_empty() {
        return Err(Words::new(
            "照会内容を入力してください",
            "Enter the question",
        ));
    }
    if comment.chars().count() > MAX_TEXT_CHARS {
        return Err(too_long());
    }
    Ok(comment.to_string())
}

fn too_long() -> Words {
    Words::new(
        format!("{MAX_TEXT_CHARS}文字以内で入力してください"),
        format!("Keep it to {MAX_TEXT_CHARS} characters or fewer"),
    )
}
