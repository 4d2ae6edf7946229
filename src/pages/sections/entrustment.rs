//! 委託の概要: 委託事項 ①–⑥ of the assessment, and the two questions that decide which
//! sections follow (re-subcontracting, cloud). ⑥再委託事項 shows only when re-subcontracting
//! (the registry's condition, which `Answer` follows).

use crate::form::Form;
use crate::widgets::field::{paths, Answers};
use leptos::prelude::*;

/// The answers of 委託の概要.
#[component]
pub fn Entrustment(form: Form) -> impl IntoView {
    let lang = form.lang;
    view! {
        <Answers form=form paths=paths(&["entrustment.content", "entrustment.handler_count"])/>
        <fieldset class="group">
            <legend class="group__title">{move || lang.get().pick("委託先", "Contractor")}</legend>
            <Answers form=form paths=paths(&[
                "entrustment.contractor.name", "entrustment.contractor.address", "entrustment.contractor.postal_code",
            ])/>
        </fieldset>
        <Answers form=form paths=paths(&[
            "entrustment.resubcontract", "entrustment.resubcontracted_work",
            "entrustment.other_information", "entrustment.uses_cloud",
        ])/>
    }
}
