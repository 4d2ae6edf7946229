//! 基本情報: the assessment this declaration belongs to (one municipality's, or each
//! addressee's: [`super::addressees`]), and who declares it.

use crate::form::Form;
use crate::widgets::field::{keys, Answers};
use declaration::fields::{key, siblings};
use leptos::prelude::*;

/// The answers of 基本情報.
#[component]
pub fn Basic(form: Form) -> impl IntoView {
    let lang = form.lang;
    view! {
        <Answers form=form paths=keys(siblings(key::BASIC_MUNICIPALITY))/>
        <super::addressees::AddresseesOrOffer form=form/>
        <fieldset class="group">
            <legend class="group__title">{move || lang.get().pick("申告者", "Declarant")}</legend>
            <Answers form=form paths=keys(siblings(key::BASIC_DECLARANT_NAME))/>
        </fieldset>
    }
}
