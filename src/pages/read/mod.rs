//! The reader (the reviewer's view): open a received declaration file and see first the
//! verdict banner ([`banner`]: the overall verdict, the tally, the integrity, certificates
//! lapsing, open questions), then its completeness and integrity, 「印刷する」 and 「Excel形式で保存」 (the file as a workbook for the
//! city's records), then the document of the whole declaration
//! read-only with the §4 verdict table first, each condition not met (不適合 / 未入力) and
//! each remaining error leading to its answer in the document.
//! The reviewer's questions (照会事項) and outcome are written beside it ([`review`]) and
//! kept in this browser apart from the drafts; the user's own drafts are never touched,
//! unless the user asks for a copy of the file as a draft of their own ([`copy`]).

mod banner;
mod copy;
mod review;

use crate::components::{
    declaration_hint, xlsx_name, Book, ExcelSave, FileOpen, Job, Opened, Picked,
};
use crate::document::{Document, PrintBar};
use crate::route::Route;
use declaration::era::DateStyle;
use declaration::io::{Imported, IntegrityState};
use declaration::words::Words;
use declaration::{rules, Lang};
use leptos::prelude::*;

/// The reader page.
#[component]
pub fn Read(lang: Signal<Lang>) -> impl IntoView {
    // The file open for reading outlives the page (the 受付一覧 opens one here, and coming
    // back shows it again) when the app gives one; a page of its own otherwise.
    let open = use_context::<Reading>()
        .map(|r| r.0)
        .unwrap_or_else(|| RwSignal::new(None::<Open>));
    let on_open = move |o: Opened| {
        open.set(Some(Open {
            file_name: o.file_name,
            imported: std::sync::Arc::new(o.imported),
            from_inbox: false,
        }))
    };
    crate::route::focus_heading();
    // With a file open, its verdict comes first (the banner, in the first screenful); the
    // box to open another follows it.
    // A review file with the contractor's replies dropped here goes to the 照会事項 of the
    // declaration open (the panel's own picker does the same).
    let reviewing = StoredValue::new(None::<review::ReviewState>);
    let on_review = Callback::new(move |p: Picked| {
        match reviewing.get_value() {
        Some(state) => state.take_back(&p.bytes).err(),
        None => Some(Words::new(
            "照会事項ファイルです。回答を取り込むには、先に対象の申告書ファイルを開いてから、もう一度このファイルを入れてください。",
            "This is a review file. To take in its replies, open the declaration file it is about first, then add this file again.",
        )),
    }
    });
    let file_open = move || {
        view! { <div class="no-print"><FileOpen lang=lang on_open=on_open or_review=on_review/></div> }
    };
    view! {
        <div class="no-print">
            {move || open.with(|o| o.as_ref().is_some_and(|o| o.from_inbox)).then(|| view! {
                <a class="back-link" href=Route::Inbox.hash() data-testid="back-to-inbox">
                    {move || lang.get().pick("受付一覧へ戻る", "Back to the received files")}
                </a>
            })}
            <h1 tabindex="-1">{move || lang.get().pick("申告書を読む", "Read a declaration")}</h1>
        </div>
        {move || match open.get() {
            Some(o) => view! { <Summary lang=lang open=o file_open=file_open.into_any() reviewing=reviewing/> }.into_any(),
            None => file_open().into_any(),
        }}
    }
}

/// A declaration that is open for reading.
#[derive(Clone)]
pub struct Open {
    pub file_name: String,
    pub imported: std::sync::Arc<Imported>,
    /// Opened from the 受付一覧: the reader links back to it.
    pub from_inbox: bool,
}

/// The file open in the reader, given by the app as context so that the 受付一覧 can open
/// one there.
#[derive(Clone, Copy)]
pub struct Reading(pub RwSignal<Option<Open>>);

/// What the open file says: its name, whether it is complete and its integrity (not
/// printed), then its document with the verdict and the remaining errors first.
#[component]
fn Summary(
    lang: Signal<Lang>,
    open: Open,
    file_open: AnyView,
    reviewing: StoredValue<Option<review::ReviewState>>,
) -> impl IntoView {
    let d = open.imported.declaration.clone();
    let errors = rules::errors(&d);
    let complete = errors.is_empty();
    let integrity = open.imported.integrity;
    let error_count = errors.len();
    let style = RwSignal::new(DateStyle::Era);
    let review = review::ReviewState::open(&open.imported, &open.file_name);
    reviewing.set_value(Some(review));
    view! {
        <p class="summary__file no-print" data-testid="read-file">{open.file_name.clone()}</p>
        <banner::VerdictBanner lang=lang d=d.clone() integrity=integrity review=review/>
        {file_open}
        <section class="summary no-print" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{move || lang.get().pick("この申告書の印刷・保存", "Print and save this declaration")}</h2>
            <dl class="summary__facts">
                <dt>{move || lang.get().pick("記入状況", "Status")}</dt>
                <dd data-complete=complete.to_string()>
                    {move || match (complete, lang.get()) {
                        (true, l) => l.pick("記入完了", "Complete").to_string(),
                        (false, Lang::Ja) => format!("未完了（残り{error_count}件）"),
                        (false, Lang::En) => format!("Incomplete ({error_count} left)"),
                    }}
                </dd>
                {(integrity != IntegrityState::Absent).then(|| view! {
                    <dt>{move || lang.get().pick("改変の有無", "Integrity")}</dt>
                    <dd data-integrity=format!("{integrity:?}")>
                        {move || integrity.words().pick(lang.get()).to_string()}
                    </dd>
                })}
            </dl>
            <PrintBar lang=lang style=style/>
            <ExcelSave lang=lang id="read-xlsx" hint=declaration_hint() job=Callback::new({
                // Named after the file received, not after its answers.
                let (d, name) = (d.clone(), xlsx_name(&open.file_name));
                move |()| Ok(Job {
                    name: name.clone(),
                    book: Book::Received(Box::new(d.clone()), integrity),
                    lang: lang.get_untracked(),
                })
            })/>
            <copy::CopyToDrafts lang=lang imported=open.imported.clone()/>
        </section>
        <review::ReviewPanel lang=lang decl=d.clone() state=review/>
        <Document decl=Signal::stored(d) lang=lang style=style reviewer=true integrity=integrity/>
    }
}
