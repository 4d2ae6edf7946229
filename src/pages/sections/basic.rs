//! 基本情報: the assessment this declaration belongs to, and who declares it.

use crate::form::Form;
use crate::widgets::field::{paths, Answers};
use leptos::prelude::*;

/// The answers of 基本情報.
#[component]
pub fn Basic(form: Form) -> impl IntoView {
    let lang = form.lang;
    view! {
        <Answers form=form paths=paths(&[
            "basic.municipality", "basic.assessment_title", "basic.pi_file",
            "basic.system_name", "basic.item_number", "basic.declaration_date",
        ])/>
        <fieldset class="group">
            <legend class="group__title">{move || lang.get().pick("申告者", "Declarant")}</legend>
            <Answers form=form paths=paths(&[
                "basic.declarant.organization", "basic.declarant.department", "basic.declarant.name",
                "basic.declarant.title", "basic.declarant.email", "basic.declarant.phone",
            ])/>
        </fieldset>
    }
}
