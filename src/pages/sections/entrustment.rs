//! 委託の概要: 委託事項 ①–⑥ of the assessment, and the two questions that decide which
//! sections follow (re-subcontracting, cloud). ⑥再委託事項 shows only when re-subcontracting
//! (the registry's condition, which `Answer` follows).

use crate::form::Form;
use crate::widgets::field::{keys, Answers};
use declaration::fields::{key, run, siblings};
use leptos::prelude::*;

/// The answers of 委託の概要.
#[component]
pub fn Entrustment(form: Form) -> impl IntoView {
    let lang = form.lang;
    view! {
        <Answers form=form paths=keys(run(key::ENTRUSTMENT_CONTENT, key::ENTRUSTMENT_HANDLER_COUNT))/>
        <fieldset class="group">
            <legend class="group__title">{move || lang.get().pick("委託先", "Contractor")}</legend>
            <Answers form=form paths=keys(siblings(key::ENTRUSTMENT_CONTRACTOR_NAME))/>
        </fieldset>
        <Answers form=form paths=keys(run(key::ENTRUSTMENT_RESUBCONTRACT, key::ENTRUSTMENT_USES_CLOUD))/>
    }
}
