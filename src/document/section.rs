//! One section of the document: its numbered heading, then 対象外 and why when it does not
//! apply, or its answers in the order of the field registry — label → value tables for the
//! single answers, and the tables of `groups`, `subcontractors` and `measures` where the
//! registry has a repeated group. Questions the form does not ask (a certificate's number
//! while it is not held, …) are left out, as on the review page.

use super::ids::answer_id;
use super::table::answers_table;
use super::{attestation, groups, measures, subcontractors};
use declaration::answers;
use declaration::era::DateStyle;
use declaration::fields::{self, Control, Field, Section};
use declaration::{progress, Declaration, Lang};
use leptos::prelude::*;

/// Section `s` of `d`, numbered `n`.
pub fn section(d: &Declaration, s: Section, n: usize, lang: Lang, style: DateStyle) -> AnyView {
    let body = if progress::applies(d, s) {
        let mut parts = body(d, s, lang, style);
        if s == Section::Attestation {
            parts.push(attestation::signature(lang).into_any());
        }
        parts.into_any()
    } else {
        let why = progress::why_not_applicable(d, s, lang).unwrap_or_default();
        view! {
            <p class="document__not-applicable" data-testid="not-applicable">
                <strong>{progress::section_state(d, s, false).label(lang)}</strong>" "{why}
            </p>
        }
        .into_any()
    };
    view! {
        <section class="document__section" id=answer_id(s.key()) tabindex="-1" data-section=s.key()>
            <h3 class="document__section-title">
                {format!("{n}. {}", s.title(lang))}
                {crate::components::ask_button(
                    declaration::review::Target { section: Some(s.key().to_string()), ..Default::default() },
                    s.title(lang).to_string(),
                    lang,
                )}
            </h3>
            {body}
        </section>
    }
    .into_any()
}

/// The answers of section `s`: tables of single answers between the repeated groups.
fn body(d: &Declaration, s: Section, lang: Lang, style: DateStyle) -> Vec<AnyView> {
    let mut parts = Vec::new();
    let mut plain: Vec<String> = Vec::new();
    for f in fields::fields_of(s).filter(|f| !f.key.contains("[]")) {
        if f.control != Control::Group {
            if answers::printed(d, f.key) {
                plain.push(f.key.to_string());
            }
            continue;
        }
        // An optional list with no entry says nothing (a file sent to one municipality has
        // no 宛先).
        if f.need == declaration::fields::Need::Optional && declaration::access::len(d, f.key) == 0
        {
            continue;
        }
        if !plain.is_empty() {
            parts.push(answers_table(d, &std::mem::take(&mut plain), lang, style));
        }
        parts.push(group(d, f, lang, style));
    }
    if !plain.is_empty() {
        parts.push(answers_table(d, &plain, lang, style));
    }
    parts
}

/// The table of a repeated group.
fn group(d: &Declaration, f: &Field, lang: Lang, style: DateStyle) -> AnyView {
    use declaration::fields::key;
    if f.is(key::SUBCONTRACTORS) {
        subcontractors::part(d, lang, style).into_any()
    } else if f.is(key::MEASURES) {
        measures::table(d, lang, style).into_any()
    } else if f.is(key::RESPONSIBILITY_MATRIX) {
        groups::matrix(d, lang).into_any()
    } else {
        groups::entries(d, f, lang, style).into_any()
    }
}
