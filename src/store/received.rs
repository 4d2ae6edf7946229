//! The contractor's copy of the review it received ([`Received`], given to every page as
//! context): loaded for the draft open (by the declaration's id) from the contractor's own
//! store ([`Reviews::received`]), taken in from a review file (refused for another
//! declaration; replies not yet sent are kept), replied to, kept after every change, and
//! written back as a review file with the replies. Where each question belongs now
//! ([`Received::placed`]) follows the draft as it is edited. A draft with 宛先 takes in the
//! review of each municipality's file into one merged review
//! ([`declaration::review::cities`]) and writes each city's back apart ([`Received::city_file`]).

use super::local::LocalStore;
use crate::form::Form;
use declaration::review::{self, Freshness, Item, Place, Review, Reviews};
use declaration::words::Words;
use declaration::Lang;
use leptos::prelude::*;
use serde_json::Value;

/// The review received for the draft open, if any.
#[derive(Clone, Copy)]
pub struct Received {
    pub review: RwSignal<Option<Review>>,
    extra: StoredValue<Value>,
    /// Why the review could not be kept or read in this browser.
    pub trouble: RwSignal<Option<Words>>,
    /// Every question with where it belongs in the draft now.
    pub placed: Memo<Vec<(Item, Place)>>,
    form: Form,
}

fn store() -> Result<Reviews<LocalStore>, Words> {
    LocalStore::open()
        .map(Reviews::received)
        .map_err(|e| e.words())
}

impl Received {
    /// Follows the draft of `form`: whenever its declaration id changes, the review kept
    /// for it is loaded (or none).
    pub fn start(form: Form) -> Received {
        let review = RwSignal::new(None::<Review>);
        let placed = Memo::new(move |_| {
            review.with(|r| match r {
                None => Vec::new(),
                Some(r) => form.draft.with(|d| {
                    review::places(d, &r.items)
                        .into_iter()
                        .map(|(i, p)| (i.clone(), p))
                        .collect()
                }),
            })
        });
        let received = Received {
            review,
            extra: StoredValue::new(Value::Object(Default::default())),
            trouble: RwSignal::new(None),
            placed,
            form,
        };
        let id = Memo::new(move |_| form.draft.with(|d| d.id.clone().unwrap_or_default()));
        Effect::new(move |_| {
            let id = id.get();
            super::reader::with(move |reader| received.load(reader, &id));
        });
        received
    }

    /// A `Received` that never holds a review: for a form that is not the draft's (a part
    /// being filled in), so the draft's questions never show there.
    pub fn none(form: Form) -> Received {
        let review = RwSignal::new(None::<Review>);
        Received {
            review,
            extra: StoredValue::new(Value::Object(Default::default())),
            trouble: RwSignal::new(None),
            placed: Memo::new(|_| Vec::new()),
            form,
        }
    }

    fn load(&self, reader: &super::reader::Reader, id: &str) {
        let found = store().and_then(|s| (reader.review)(&s, id).map_err(|e| e.words()));
        match found {
            Ok(Some(kept)) => {
                self.extra.set_value(kept.extra);
                self.review.set(Some(kept.review));
                self.trouble.set(None);
            }
            Ok(None) => {
                self.review.set(None);
                self.trouble.set(None);
            }
            Err(why) => {
                self.review.set(None);
                self.trouble.set(Some(why));
            }
        }
    }

    fn keep(&self) {
        let Some(r) = self.review.get_untracked() else {
            return;
        };
        let now = crate::draft::now_rfc3339();
        let result = store().and_then(|mut s| {
            s.save(&r, &self.extra.get_value(), &now)
                .map_err(|e| e.words())
        });
        self.trouble.set(result.err());
    }

    /// Takes in a review file for the draft open: refused, with the reason, when it is not
    /// a review file or is about another declaration. Says how many questions it holds and
    /// whether the draft changed since the version reviewed.
    pub fn take(&self, bytes: &[u8]) -> Result<Words, Words> {
        let imported = review::import(bytes).map_err(|e| e.words())?;
        let for_city = self
            .form
            .draft
            .with_untracked(|d| review::cities::addressee_of(d, &imported.review).is_some());
        if for_city {
            return self.take_city(imported);
        }
        let extra = self.form.extra.get_untracked();
        let freshness = self
            .form
            .draft
            .with_untracked(|d| review::against(&imported.review, d, &extra))
            .map_err(|e| e.words())?;
        let kept = self.review.get_untracked();
        let merged =
            review::take_questions(kept.as_ref(), imported.review).map_err(|e| e.words())?;
        let n = merged.items.len();
        self.extra.set_value(imported.extra);
        self.review.set(Some(merged));
        self.keep();
        let changed = match freshness {
            Freshness::Same => (String::new(), String::new()),
            Freshness::Changed => (
                "審査された版から下書きが変更されています。".to_string(),
                " The draft has changed since the version reviewed.".to_string(),
            ),
        };
        Ok(Words::new(
            format!("照会事項{n}件を取り込みました。{}", changed.0),
            format!("{n} questions were imported.{}", changed.1),
        ))
    }

    /// The reply to question `id`: it is then 回答済み.
    pub fn reply(&self, id: &str, text: &str) -> Result<(), Words> {
        let now = crate::draft::now_rfc3339();
        let mut result = Ok(());
        self.review.update(|r| {
            if let Some(r) = r {
                result = review::reply(r, id, text, &now).map_err(|e| e.words());
            }
        });
        if result.is_ok() {
            self.keep();
        }
        result
    }

    /// Forgets the review received for this draft (after the user confirmed).
    pub fn forget(&self) {
        let id = self
            .form
            .draft
            .with_untracked(|d| d.id.clone().unwrap_or_default());
        let result = store().and_then(|mut s| s.remove(&id).map_err(|e| e.words()));
        match result {
            Ok(()) => self.review.set(None),
            Err(why) => self.trouble.set(Some(why)),
        }
    }

    /// Takes in one municipality's review of the file it received (a draft with 宛先).
    fn take_city(&self, imported: review::ImportedReview) -> Result<Words, Words> {
        let kept = self.review.get_untracked();
        let kept_extra = self.extra.get_value();
        let n = imported.review.items.len();
        let (merged, extra, i, freshness) = self
            .form
            .draft
            .with_untracked(|d| {
                review::cities::take(
                    kept.as_ref().map(|r| (r, &kept_extra)),
                    d,
                    imported.review,
                    imported.extra,
                )
            })
            .map_err(|e| e.words())?;
        let city = self.form.draft.with_untracked(|d| {
            declaration::answers::entry_title(d, declaration::answers::Group::Addressees, i)
        });
        self.extra.set_value(extra);
        self.review.set(Some(merged));
        self.keep();
        let changed = match freshness {
            Freshness::Same => (String::new(), String::new()),
            Freshness::Changed => (
                "その市町村が審査した版から下書きが変更されています。".to_string(),
                " The draft has changed since the version that municipality reviewed.".to_string(),
            ),
        };
        Ok(Words::new(
            format!("{}の照会事項{n}件を取り込みました。{}", city.ja, changed.0),
            format!("{n} questions of {} were imported.{}", city.en, changed.1),
        ))
    }

    /// Whether the review kept is the merged review of several municipalities.
    pub fn is_merged(&self) -> bool {
        self.review.with(Option::is_some) && review::cities::is_merged(&self.extra.get_value())
    }

    /// The municipalities that sent a review, as addressee indices.
    pub fn cities(&self) -> Vec<usize> {
        self.review.track();
        let extra = self.extra.get_value();
        self.form.draft.with(|d| review::cities::cities(&extra, d))
    }

    /// The reviewer of the municipality whose file id is `city` (組織・部署・氏名 in one line).
    pub fn city_reviewer(&self, city: &str) -> String {
        let Some(r) = self.review.get() else {
            return String::new();
        };
        let extra = self.extra.get_value();
        self.form
            .draft
            .with(|d| review::cities::city_review(&r, &extra, d, city))
            .map(|(r, _)| r.reviewer.line())
            .unwrap_or_default()
    }

    /// The review file that goes back to the municipality whose file id is `city`: its
    /// questions with the replies (name, text).
    pub fn city_file(&self, city: &str) -> Option<(String, String)> {
        let r = self.review.get_untracked()?;
        let extra = self.extra.get_value();
        let (back, own) = self
            .form
            .draft
            .with_untracked(|d| review::cities::city_review(&r, &extra, d, city))?;
        let text = review::export(&back, &own, &crate::draft::now_rfc3339());
        Some((review::answered_file_name(&back), text))
    }

    /// The review file with the replies, as saved now.
    pub fn file(&self) -> Option<(String, String)> {
        let r = self.review.get_untracked()?;
        let text = review::export(&r, &self.extra.get_value(), &crate::draft::now_rfc3339());
        Some((review::answered_file_name(&r), text))
    }

    /// 「照会2件」 per section, for the task list: the questions not yet 解決
    /// ([`review::open_in`], the rule the core's own count uses).
    pub fn count_in(&self, section: declaration::fields::Section) -> usize {
        self.placed
            .with(|p| review::open_in(p.iter().map(|(i, at)| (i, at)), section))
    }

    /// The questions not yet 解決 about an answer under `prefix` (`subcontractors[1].`),
    /// for an entry's card.
    pub fn count_under(&self, prefix: &str) -> usize {
        self.placed.with(|p| {
            p.iter()
                .filter(|(i, _)| i.status != review::ItemStatus::Resolved)
                .filter(|(_, at)| matches!(at, Place::Answer(a) if a.starts_with(prefix)))
                .count()
        })
    }

    /// How many questions are not yet answered.
    pub fn open_count(&self) -> usize {
        self.review.with(|r| {
            r.as_ref().map_or(0, |r| {
                r.items
                    .iter()
                    .filter(|i| i.status == review::ItemStatus::Open)
                    .count()
            })
        })
    }
}

/// 「照会2件」 / "2 questions".
pub fn count_words(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("照会{n}件"),
        Lang::En if n == 1 => "1 question".to_string(),
        Lang::En => format!("{n} questions"),
    }
}
