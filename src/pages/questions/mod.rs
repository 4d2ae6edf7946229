//! 照会事項と回答 (`#/questions`), the contractor's side of the review round trip: take in
//! the review file the reviewer sent (for this draft only: another declaration's is refused
//! with the reason), read each question with where it belongs (a link to its page; those
//! whose target is gone in a list of their own, never dropped), write a reply to each
//! (which marks it 回答済み), and save the review file back with the replies. When the draft
//! changed since the version reviewed, the page says so and shows, under each question,
//! what changed since that version — taken from the snapshot saved when it was exported —
//! or says how to compare with the file handed in when that snapshot is not here. The
//! review received itself is [`Received`] (in `store`), which the form's pages read too.
//!
//! | part | owns |
//! |---|---|
//! | this file | the page: the file picker, the reviewer's outcome, the freshness notice, saving |
//! | `list` | the questions with their replies and the changes since the version reviewed |

mod cities;
mod list;
#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

pub use crate::store::{count_words, Received};

use crate::components::{FilePick, PickWords, Picked};
use crate::form::Form;
use crate::route::{Route, RouteLink};
use crate::store::{drafts, Session};
use crate::widgets::{one, ErrorMessage};
use declaration::changes::{self, Change};
use declaration::io;
use declaration::words::Words;
use declaration::{Declaration, Lang};
use leptos::prelude::*;
use std::sync::Arc;

/// The review file picker's words.
const REVIEW_FILE: PickWords = PickWords {
    label: ("照会事項ファイル（JSON）を取り込む", "Import a review file (JSON)"),
    hint: (
        "審査者から受け取った「照会事項_…json」を選ぶか、ここにドロップしてください。開いている下書きと同じ申告書についてのものだけ取り込めます。",
        "Choose the “照会事項_….json” the reviewer sent you, or drop it here. Only a review of the declaration open can be imported.",
    ),
};

thread_local! {
    /// A review file opened elsewhere (the drafts page) for this page to take in when it
    /// shows, once the draft it is about is open ([`pend`]). A plain value, not a signal:
    /// nothing watches it, and the app's first download carries no code for it.
    static PENDING: std::cell::RefCell<Option<Vec<u8>>> = const { std::cell::RefCell::new(None) };
}

/// Hands this page a review file to take in when it next shows.
pub fn pend(bytes: Vec<u8>) {
    PENDING.with(|p| *p.borrow_mut() = Some(bytes));
}

/// The version the review was written on, found among the draft's snapshots.
#[derive(Clone)]
pub struct Base {
    pub snapshot: u32,
    pub declaration: Arc<Declaration>,
}

impl PartialEq for Base {
    fn eq(&self, other: &Self) -> bool {
        self.snapshot == other.snapshot && Arc::ptr_eq(&self.declaration, &other.declaration)
    }
}

/// The page.
#[component]
pub fn Questions(form: Form, route: RwSignal<Route>) -> impl IntoView {
    let lang = form.lang;
    crate::route::focus_heading();
    let received = use_context::<Received>().unwrap_or_else(|| Received::start(form));
    let said = RwSignal::new(None::<Words>);
    let save_error = RwSignal::new(None::<Words>);
    let on_file = Callback::new(move |p: Picked| match received.take(&p.bytes) {
        Ok(words) => {
            said.set(Some(words));
            None
        }
        Err(why) => Some(why),
    });
    // A review file opened on the drafts page: taken once the draft it is about has loaded
    // its own review (a macrotask later), so the two are merged, not overwritten.
    let take_error = RwSignal::new(None::<Words>);
    {
        if let Some(bytes) = PENDING.with(|p| p.borrow_mut().take()) {
            set_timeout(
                move || match received.take(&bytes) {
                    Ok(words) => said.set(Some(words)),
                    Err(why) => take_error.set(Some(why)),
                },
                std::time::Duration::ZERO,
            );
        }
    }
    let session = use_context::<Session>();
    // The reviewed version, when a snapshot holds it.
    let base = Memo::new(move |_| {
        let sha = received
            .review
            .with(|r| r.as_ref().map(|r| r.declaration.sha256.clone()))?;
        let id = session?.id.get();
        let (n, loaded) = drafts().ok()?.snapshot_with_hash(&id, &sha).ok()??;
        Some(Base {
            snapshot: n,
            declaration: Arc::new(loaded.declaration),
        })
    });
    // Judged on content (exchange.md §1): the file's times are not what the contractor wrote,
    // so importing the review alone never reads as a change. A review written before the
    // content hash: the reviewed version kept here decides when it is, else the whole hash.
    let merged = Memo::new(move |_| received.is_merged());
    let changed = Memo::new(move |_| {
        form.draft.track();
        if merged.get() {
            // Each municipality reviewed its own file: said when its review is taken in.
            return false;
        }
        let extra = form.extra.get();
        let Some(freshness) = received.review.with(|r| {
            r.as_ref().and_then(|r| {
                form.draft
                    .with(|d| declaration::review::against(r, d, &extra))
                    .ok()
            })
        }) else {
            return false;
        };
        let old_review = received.review.with(|r| {
            r.as_ref()
                .is_some_and(|r| r.declaration.content_sha256.is_none())
        });
        match (freshness, old_review, base.get()) {
            (declaration::review::Freshness::Same, _, _) => false,
            (_, true, Some(b)) => {
                let now = form.draft.with(|d| io::content_hash_of(d, &extra));
                io::content_hash_of(&b.declaration, &extra) != now
            }
            _ => true,
        }
    });
    let list: Memo<Option<Vec<Change>>> = Memo::new(move |_| {
        if !changed.get() {
            return None;
        }
        let b = base.get()?;
        Some(form.draft.with(|d| changes::diff(&b.declaration, d)))
    });
    let on_save = move |_| {
        let Some((name, text)) = received.file() else {
            return;
        };
        match crate::draft::download(&name, &text, "application/json") {
            Ok(()) => {
                save_error.set(None);
                said.set(Some(Words::new(
                    format!("{name} を保存しました。審査者に、修正した申告書ファイルと一緒に送ってください。"),
                    format!("Saved {name}. Send it to the reviewer with the corrected declaration file."),
                )));
            }
            Err(e) => {
                let why = crate::draft::reason(&e);
                save_error.set(Some(Words::new(
                    format!("照会事項ファイルを保存できませんでした。理由：{why}"),
                    format!("The review file could not be saved. Reason: {why}"),
                )));
            }
        }
    };
    let has = move || received.review.with(Option::is_some);
    view! {
        <div class="questions">
            <h1 tabindex="-1">{move || lang.get().pick("照会事項と回答", "Questions and replies")}</h1>
            <p class="lead">{move || lang.get().pick(
                "審査者から届いた照会事項ファイルを取り込むと、各照会がその項目の横にも表示されます。ここで回答を書き、回答を付けた照会事項ファイルを保存して、修正した申告書ファイルと一緒に返送してください。",
                "Import the review file the reviewer sent: each question also shows beside the answer it is about. Write your replies here, then save the review file with them and send it back with the corrected declaration file.",
            )}</p>
            <FilePick lang=lang on_file=on_file id="review-file" words=REVIEW_FILE/>
            <ErrorMessage id="questions-trouble" lang=lang alert=true messages=one(received.trouble)/>
            <ErrorMessage id="questions-take-error" lang=lang alert=true messages=one(take_error)/>
            <div role="status" data-testid="questions-said">
                {move || said.get().map(|w| view! { <p class="status-message">{move || w.pick(lang.get()).to_string()}</p> })}
            </div>
            <Show when=has fallback=move || view! {
                <p data-testid="questions-none">{move || lang.get().pick("この下書きには、まだ照会事項が取り込まれていません。", "No review has been imported for this draft yet.")}</p>
            }>
                <Outcome received=received lang=lang/>
                <Show when=move || changed.get()>
                    <div class="alert alert--info" data-testid="questions-changed">
                        <p>{move || lang.get().pick(
                            "審査された版から下書きが変更されています（照会に答えて修正した場合は、これで正常です）。",
                            "The draft has changed since the version reviewed (normal after fixing what was asked).",
                        )}</p>
                        <p>{move || match (base.get(), lang.get()) {
                            (Some(b), Lang::Ja) => format!("出力時に保存したスナップショット {} が審査された版です。各照会の下に、その版からの変更を表示しています。", b.snapshot),
                            (Some(b), Lang::En) => format!("Snapshot {}, saved when you exported, is the version reviewed. Under each question are the changes since then.", b.snapshot),
                            (None, l) => l.pick(
                                "審査された版はこのブラウザに残っていません。提出した申告書ファイルを「変更箇所の一覧」で開くと、変更を確かめられます。",
                                "The version reviewed is not kept in this browser. Open the declaration file you handed in on the list of changes to see what changed.",
                            ).to_string(),
                        }}</p>
                        <RouteLink route=route to=Route::Changes>
                            {move || lang.get().pick("変更箇所の一覧を開く", "Open the list of changes")}
                        </RouteLink>
                    </div>
                </Show>
                <list::QuestionList received=received form=form route=route changes=list/>
                <Show when=move || merged.get()>
                    <cities::CityReturns received=received form=form/>
                </Show>
                <Show when=move || !merged.get()>
                <div class="button-group">
                    <button type="button" class="button" data-testid="save-replies" on:click=on_save>
                        {move || lang.get().pick("回答を付けた照会事項ファイルを保存", "Save the review file with your replies")}
                    </button>
                    <RouteLink route=route to=Route::Review class="button button--secondary">
                        {move || lang.get().pick("修正した申告書ファイルを保存する（確認と出力へ）", "Save the corrected declaration (check and export)")}
                    </RouteLink>
                </div>
                </Show>
                <ErrorMessage id="questions-save-error" lang=lang alert=true messages=one(save_error)/>
            </Show>
        </div>
    }
}

/// Who reviewed, and the outcome with its note.
#[component]
fn Outcome(received: Received, lang: Signal<Lang>) -> impl IntoView {
    let r = move || received.review.get();
    view! {
        <dl class="summary__facts" data-testid="questions-outcome">
            <dt>{move || lang.get().pick("審査結果", "Outcome")}</dt>
            <dd>{move || r().map(|r| r.outcome.label(lang.get()).to_string())}</dd>
            {move || r().and_then(|r| r.outcome_note).map(|n| view! {
                <dt>{move || lang.get().pick("審査者の補足", "Reviewer's note")}</dt>
                <dd class="questions__note">{n}</dd>
            })}
            {move || r().map(|r| {
                let who: Vec<String> = [r.reviewer.organization, r.reviewer.department, r.reviewer.name]
                    .into_iter()
                    .flatten()
                    .filter(|s| !s.trim().is_empty())
                    .collect();
                (!who.is_empty()).then(|| view! {
                    <dt>{move || lang.get().pick("審査者", "Reviewer")}</dt>
                    <dd>{who.join("　")}</dd>
                })
            })}
        </dl>
    }
}
