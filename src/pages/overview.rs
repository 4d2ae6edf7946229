//! The task list (GOV.UK pattern): every section with its state (未着手 / 入力中 / 完了 /
//! エラーあり / 対象外 / 未定), how many are done, and the way on to the review page. Sections
//! that do not apply, or cannot start yet, say why (which question to answer first) and are
//! not links. Each section lists the conditions it decides with their state, and the page
//! says how the verdict stands (「条件11件中 適合9・不適合2・未入力0」). When the reviewer's
//! questions were received, each section shows how many are about it (「照会2件」) and a line
//! at the top leads to them. While the draft holds answers that the checks' code, not here
//! yet, must judge, it says 「読み込み中…」 instead of a wrong state. The count covers all seven
//! sections from the first visit (「7項目中…」, naming those not applicable or undecided); the
//! answers of subcontractors whose part is out are not errors here, and 再委託先 says
//! 「記入依頼中 n件」. A first visit (nothing kept in this browser) opens with what the app is
//! for and the two ways in.

use crate::components::verdict_table::badge_class;
use crate::form::checker::Checks;
use crate::form::Form;
use crate::pages::lazy::{Failed, Loading};
use crate::route::Route;
use crate::route::{go, RouteLink};
use crate::store::{count_words, Received};
use declaration::fields::Section;
use declaration::progress::{self, SectionState};
use declaration::verdict::guide;
use declaration::Lang;
use leptos::prelude::*;

/// The first screen's words (a first visit, nothing kept yet): what the app is for, who
/// fills it in, that nothing leaves the device, and the two ways in.
const INTRO_JA: &str = "<h2 class=\"intro__title\" id=\"intro-title\">このアプリでできること</h2>\
<p>市町村の国民健康保険システムを受託した事業者が、業務を再委託する（クラウドに置く場合を含む）ときに市へ提出する自己申告書を作るためのアプリです。受託者の担当者が記入し、再委託先の欄は各再委託先に記入を依頼できます。市の審査担当者は「申告書を読む」で受け取ったファイルを確認します。</p>\
<p>入力した内容はこの端末のブラウザの中だけに保存され、どこにも送信されません。提出や控えには、ファイルに書き出してください。</p>\
<div class=\"button-group\"><a class=\"button\" data-testid=\"intro-new\" href=\"#/basic\">新しく作成する</a>\
<a class=\"button button--secondary\" data-testid=\"intro-open\" href=\"#/drafts\">ファイルを開く</a></div>";
const INTRO_EN: &str = "<h2 class=\"intro__title\" id=\"intro-title\">What this app is for</h2>\
<p>For the contractor of a city's National Health Insurance system to write the self-declaration it hands in before re-subcontracting the work (a cloud included). The contractor's staff fill it in and can ask each subcontractor to fill in its own part; the city's reviewer reads the file received under “Read a declaration”.</p>\
<p>What you enter is kept in this browser on this device only and sent nowhere. To hand it in or keep a copy, export it as a file.</p>\
<div class=\"button-group\"><a class=\"button\" data-testid=\"intro-new\" href=\"#/basic\">Start a new declaration</a>\
<a class=\"button button--secondary\" data-testid=\"intro-open\" href=\"#/drafts\">Open a file</a></div>";

fn state_class(s: SectionState) -> &'static str {
    match s {
        SectionState::Complete => "tag tag--done",
        SectionState::HasErrors => "tag tag--error",
        SectionState::InProgress => "tag tag--progress",
        SectionState::NotStarted => "tag tag--todo",
        SectionState::NotApplicable | SectionState::Undecided => "tag tag--muted",
    }
}

/// The task list, once the form's checks are known ([`Form::checks`]).
#[component]
pub fn Overview(form: Form, route: RwSignal<Route>) -> impl IntoView {
    let checks = Memo::new(move |_| form.checks());
    move || match checks.get() {
        Checks::Known => view! { <TaskList form=form route=route/> }.into_any(),
        Checks::Loading => view! { <Loading lang=form.lang/> }.into_any(),
        Checks::Failed => view! { <Failed lang=form.lang/> }.into_any(),
    }
}

/// The task list.
#[component]
fn TaskList(form: Form, route: RwSignal<Route>) -> impl IntoView {
    let lang = form.lang;
    crate::route::focus_heading();
    // The answers of entries waiting for their part to come back are not errors here.
    let states = Memo::new(move |_| {
        let checked = form.checked.get();
        let awaited = form.awaited();
        form.issues.with(|all| {
            let kept: Vec<declaration::Issue>;
            let errors = if awaited.is_empty() {
                all
            } else {
                kept = all
                    .iter()
                    .filter(|i| !declaration::part::is_awaited(&i.path, &awaited))
                    .cloned()
                    .collect();
                &kept
            };
            form.draft.with(|d| {
                Section::ALL
                    .into_iter()
                    .map(|s| {
                        let mut state =
                            progress::section_state_in(d, s, checked.contains(&s), errors);
                        // Not 完了 while a part is out: its answers are still to come.
                        if s == Section::Subcontractors
                            && state == SectionState::Complete
                            && !awaited.is_empty()
                        {
                            state = SectionState::InProgress;
                        }
                        (s, state)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let waiting = move |section: Section| {
        (section == Section::Subcontractors).then_some(move || {
            let n = form.requested.with(Vec::len);
            (n > 0).then(|| {
                let text = match lang.get() {
                    Lang::Ja => format!("記入依頼中 {n}件"),
                    Lang::En => format!("Parts requested: {n}"),
                };
                view! { <strong class="tag tag--progress" data-testid="task-awaiting">{text}</strong> }
            })
        })
    };
    let verdict = Memo::new(move |_| form.statuses());
    let tally = move || {
        verdict
            .with(|v| guide::tally_of(&v.iter().map(|(_, s)| *s).collect::<Vec<_>>()))
            .pick(lang.get())
            .to_string()
    };
    let badges = move |section: Section| {
        let ids = guide::conditions_of(section);
        (!ids.is_empty()).then(|| {
            view! {
                <ul class="task-list__conditions" aria-label=move || lang.get().pick("この項目で判定される条件", "Conditions decided here")>
                    {ids.into_iter().map(|id| {
                        let status = move || verdict.with(|v| v.iter().find(|(c, _)| *c == id).map(|(_, s)| *s));
                        view! {
                            <li data-condition=id.as_str() data-status=move || status().map(|s| s.as_str())>
                                <span class=move || badge_class(status())>
                                    {move || format!("{} {}", id.as_str(), status().map_or("", |s| s.label(lang.get())))}
                                </span>
                                <span class="visually-hidden">{move || format!("（{}）", id.title(lang.get()))}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
        })
    };
    // Every section counts from the first visit (「7項目中」): the count never changes under
    // the user; how many do not apply, or wait for an answer, is said beside it (the list
    // names them, each with why).
    let done = move || {
        let st = states.get();
        let count = |which: SectionState| st.iter().filter(|(_, s)| *s == which).count();
        let (complete, na, undecided) = (
            count(SectionState::Complete),
            count(SectionState::NotApplicable),
            count(SectionState::Undecided),
        );
        let total = st.len();
        let mut out = match lang.get() {
            Lang::Ja => format!("{total}項目中{complete}項目が完了しています。"),
            Lang::En => format!("You have completed {complete} of {total} sections."),
        };
        if na + undecided > 0 {
            out.push_str(&match lang.get() {
                Lang::Ja => format!("（対象外{na}項目・未定{undecided}項目）"),
                Lang::En => format!(" ({na} not applicable, {undecided} not decided yet)"),
            });
        }
        out
    };
    let received = use_context::<Received>();
    let questions = move |section: Section| {
        let r = use_context::<Received>()?;
        let n = r.count_in(section);
        (n > 0).then(|| {
            view! {
                <a class="tag tag--question" data-testid="task-questions" href="#/questions">
                    {move || count_words(n, lang.get())}
                </a>
            }
        })
    };
    // A first visit (nothing kept in this browser yet): what the app is for, who fills it in,
    // that nothing leaves the device, and the two ways to begin.
    let first_visit = !crate::store::reader::needed_at_start();
    // Plain markup in the language of the moment, its links ordinary hash links the router
    // follows: this is the app's first download, where every view costs code.
    let intro = first_visit.then(|| {
        view! {
            <section class="intro" data-testid="first-visit" aria-labelledby="intro-title"
                inner_html=move || lang.get().pick(INTRO_JA, INTRO_EN)></section>
        }
    });
    view! {
        <h1 tabindex="-1">{move || lang.get().pick("申告書を作成する", "Write the declaration")}</h1>
        {intro}
        <p class="lead">{move || lang.get().pick(
            "各項目を順に記入してください。途中で止めても、後から続けられます。",
            "Complete each section in turn. You can stop and come back later.",
        )}</p>
        <p class="progress" data-testid="progress">{done}</p>
        <p class="progress progress--verdict" data-testid="verdict-tally">{tally}</p>
        {move || received.filter(|r| r.review.with(Option::is_some)).map(|r| view! { <ReceivedBanner received=r route=route lang=lang/> })}
        <ol class="task-list">
            {move || states.get().into_iter().enumerate().map(|(n, (section, state))| {
                let title = move || section.title(lang.get());
                let tag_id = format!("task-{}-state", section.key());
                let body = if matches!(state, SectionState::NotApplicable | SectionState::Undecided) {
                    let why = move || {
                        form.draft
                            .with(|d| progress::why_not_applicable(d, section, lang.get()))
                            .unwrap_or_default()
                    };
                    view! {
                        <span class="task-list__name">{format!("{}. ", n + 1)}{title}</span>
                        <span class="hint task-list__why">{why}</span>
                    }.into_any()
                } else {
                    let to = Route::Section(section);
                    view! {
                        <a class="task-list__name" href=to.hash() aria-describedby=tag_id.clone()
                            on:click=move |ev| { ev.prevent_default(); go(route, to); }>
                            {format!("{}. ", n + 1)}{title}
                        </a>
                    }.into_any()
                };
                view! {
                    <li class="task-list__item" data-section=section.key() data-state=format!("{state:?}")>
                        {body}
                        <strong class=state_class(state) id=tag_id>{move || state.label(lang.get())}</strong>
                        {waiting(section)}
                        {(section == Section::Basic).then_some(move || {
                            let n = form.draft.with(|d| d.addressees.len());
                            (n > 0).then(|| view! { <span class="hint task-list__why" data-testid="task-addressees">{match lang.get() {
                                Lang::Ja => format!("宛先{n}件"),
                                Lang::En => format!("{n} addressees"),
                            }}</span> })
                        })}
                        {badges(section)}
                        {questions(section)}
                    </li>
                }
            }).collect_view()}
        </ol>
        <RouteLink route=route to=Route::Review class="button">
            {move || lang.get().pick("記入内容を確認する", "Check your answers")}
        </RouteLink>
        <p class="print-link">
            <RouteLink route=route to=Route::Print>
                {move || lang.get().pick("印刷用の書面を表示", "Show the printable document")}
            </RouteLink>
        </p>
        <p class="overview__changes">
            <RouteLink route=route to=Route::Changes>
                {move || lang.get().pick("変更箇所の一覧を作る", "Make a list of changes")}
            </RouteLink>
        </p>
    }
}

/// The line at the top of the task list when the reviewer's questions were received: how
/// many are not answered yet, and the way to them.
#[component]
fn ReceivedBanner(received: Received, route: RwSignal<Route>, lang: Signal<Lang>) -> impl IntoView {
    let open = move || received.open_count();
    view! {
        <div class="alert alert--info" data-testid="received-banner">
            <p>{move || match (lang.get(), open()) {
                (Lang::Ja, 0) => "審査者からの照会事項には、すべて回答しています。".to_string(),
                (Lang::Ja, n) => format!("審査者からの照会事項が{n}件あります（未回答）。"),
                (Lang::En, 0) => "Every question from the reviewer has a reply.".to_string(),
                (Lang::En, n) => format!("{n} questions from the reviewer have no reply yet."),
            }}</p>
            <RouteLink route=route to=Route::Questions>
                {move || lang.get().pick("照会事項と回答を見る", "See the questions and replies")}
            </RouteLink>
        </div>
    }
}
