//! The answers of each section, one file per section. Simple sections are lists of answers
//! from the field registry; the repeatable ones (subcontractors, regions, measures) and the
//! responsibility table have their own components.

pub mod attestation;
pub mod basic;
pub mod cloud;
pub mod entrustment;
pub mod measures;
pub mod responsibility;
pub mod subcontractors;

use crate::form::Form;
use declaration::fields::Section;
use leptos::prelude::*;

/// The content of one section's page.
pub fn content(form: Form, section: Section) -> AnyView {
    match section {
        Section::Basic => view! { <basic::Basic form=form/> }.into_any(),
        Section::Entrustment => view! { <entrustment::Entrustment form=form/> }.into_any(),
        Section::Subcontractors => view! { <subcontractors::Subcontractors form=form/> }.into_any(),
        Section::Cloud => view! { <cloud::Cloud form=form/> }.into_any(),
        Section::Responsibility => view! { <responsibility::Responsibility form=form/> }.into_any(),
        Section::Measures => view! { <measures::Measures form=form/> }.into_any(),
        Section::Attestation => view! { <attestation::Attestation form=form/> }.into_any(),
    }
}
