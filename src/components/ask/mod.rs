//! 「照会する」: the button by which the reviewer asks a question about a condition, a section
//! or an answer of a received declaration. The reader provides an [`Ask`] in context; the
//! verdict table and the document put a button beside each condition, section and answer
//! only when it is there, so the print page and the form show none.

use declaration::review::Target;
use declaration::Lang;
use leptos::prelude::*;

/// What a 「照会する」 button does with its target (the reader opens its question form).
#[derive(Clone, Copy)]
pub struct Ask(pub Callback<Target>);

/// Whether the page is the reviewer's (questions can be asked here).
pub fn reviewing() -> bool {
    use_context::<Ask>().is_some()
}

/// The 「照会する」 button for `target`, named for screen readers by `what`
/// (「照会する（C6 ISMAP…）」), when the page provides an [`Ask`]; nothing otherwise.
pub fn ask_button(target: Target, what: String, lang: Lang) -> Option<AnyView> {
    let Ask(ask) = use_context::<Ask>()?;
    let hidden = match lang {
        Lang::Ja => format!("（{what}）"),
        Lang::En => format!(" ({what})"),
    };
    Some(
        view! {
            <button type="button" class="link ask-button no-print" data-testid="ask"
                on:click=move |_| ask.run(target.clone())>
                {lang.pick("照会する", "Ask a question")}
                <span class="visually-hidden">{hidden}</span>
            </button>
        }
        .into_any(),
    )
}

/// The target of a question about the answer at `path` of `d`: inside a subcontractor or a
/// measure, with that entry's id, which finds it again after a reorder.
pub fn answer_target(d: &declaration::Declaration, path: &str) -> Target {
    let entry_id = path.split_once('[').and_then(|(list, rest)| {
        let i: usize = rest.split(']').next()?.parse().ok()?;
        match list {
            "subcontractors" => d.subcontractors.get(i).map(|s| s.id.clone()),
            "measures" => d.measures.get(i).map(|m| m.id.clone()),
            _ => None,
        }
    });
    Target {
        path: Some(path.to_string()),
        entry_id: entry_id.filter(|id| !id.is_empty()),
        ..Default::default()
    }
}
