//! The reader: open a received declaration file and see its completeness, its integrity,
//! the §4 verdict table and the answers still missing. Nothing is saved and the user's own
//! draft is never touched.

use crate::components::{FileOpen, Opened, VerdictTable};
use declaration::io::{Imported, IntegrityState};
use declaration::{rules, verdict, Lang};
use leptos::prelude::*;

/// The reader page.
#[component]
pub fn Read(lang: Signal<Lang>) -> impl IntoView {
    let open = RwSignal::new(None::<Open>);
    let on_open = move |o: Opened| {
        open.set(Some(Open {
            file_name: o.file_name,
            imported: std::sync::Arc::new(o.imported),
        }))
    };
    super::focus_heading();
    view! {
        <h1 tabindex="-1">{move || lang.get().pick("申告書を読む", "Read a declaration")}</h1>
        <FileOpen lang=lang on_open=on_open/>
        {move || open.get().map(|o| view! { <Summary lang=lang open=o/> })}
    }
}

/// A declaration that is open for reading.
#[derive(Clone)]
struct Open {
    file_name: String,
    imported: std::sync::Arc<Imported>,
}

/// What the open file says: its name, whether it is complete, its integrity, the verdict
/// and the remaining errors.
#[component]
fn Summary(lang: Signal<Lang>, open: Open) -> impl IntoView {
    let d = open.imported.declaration.clone();
    let errors = rules::errors(&d);
    let complete = errors.is_empty();
    let conditions = verdict::verdict(&d);
    let integrity = open.imported.integrity;
    let error_count = errors.len();
    let errors = StoredValue::new(errors);
    view! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{open.file_name.clone()}</h2>
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
                        {move || match lang.get() {
                            Lang::Ja => integrity.ja(),
                            Lang::En => integrity.en(),
                        }}
                    </dd>
                })}
            </dl>
            <VerdictTable lang=lang conditions=Signal::stored(conditions)/>
            {(!complete).then(|| view! {
                <h3>{move || lang.get().pick("未入力・要修正の項目", "Answers to complete or correct")}</h3>
                <ul class="summary__errors">
                    {move || errors.get_value().into_iter().map(|i| view! {
                        <li data-path=i.path.clone()>
                            <code>{i.path.clone()}</code>" "{i.message(lang.get()).to_string()}
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}
