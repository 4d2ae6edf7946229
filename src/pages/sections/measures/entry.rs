//! One measure of the list: its summary (phase, status and the start of its description)
//! and its answers — the planned date only when planned, the reason only when not
//! applicable, the encryption details only for a data-encryption measure (the registry's
//! conditions, which `Answer` follows).

use crate::form::Form;
use crate::widgets::field::{keys_at, Answers};
use declaration::fields::{self, Control, Labelled, Section};
use declaration::model::Measure;
use declaration::Lang;
use leptos::prelude::*;

/// The summary line: phase, status and the start of the description.
fn summary(lang: Lang, m: &Measure) -> String {
    let none = lang.pick("未回答", "not answered");
    let phase = m.phase.map_or(none, |p| p.label(lang));
    let status = m.status.map_or(none, |s| s.label(lang));
    let text = m.description.as_deref().unwrap_or("").trim();
    let mut short: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        short.push('…');
    }
    let sep = lang.pick("／", " / ");
    if short.is_empty() {
        format!("{phase}{sep}{status}")
    } else {
        format!("{phase}{sep}{status}{sep}{short}")
    }
}

/// The summary of measure `index`.
#[component]
pub(super) fn Summary(form: Form, index: usize) -> impl IntoView {
    let lang = form.lang;
    let text = move || {
        form.draft
            .with(|d| d.measures.get(index).map(|m| summary(lang.get(), m)))
    };
    view! { <p class="entry__summary">{text}</p> }
}

/// Every answer of measure `index`, in registry order.
#[component]
pub(super) fn EntryAnswers(form: Form, index: usize) -> impl IntoView {
    let paths = keys_at(
        fields::fields_of(Section::Measures).filter(|f| f.control != Control::Group),
        index,
    );
    view! { <Answers form=form paths=paths/> }
}
