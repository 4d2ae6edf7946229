//! 確認・誓約: what the declarant affirms, the consequence of a false statement, and who
//! signs (spec §7 "Declaration step").

use crate::form::Form;
use crate::widgets::field::{keys, Answers};
use declaration::fields::{self, Section};
use leptos::prelude::*;

/// The answers of 確認・誓約.
#[component]
pub fn Attestation(form: Form) -> impl IntoView {
    let lang = form.lang;
    view! {
        <div class="statement">
            <p>{move || lang.get().pick(
                "この申告書により、委託先及び再委託先が、委託元の地方公共団体に対して、記載した再委託の内容、クラウドサービスが条件を満たすこと及び講じたセキュリティ対策を申告します。",
                "With this declaration the contractor and its subcontractors declare to the commissioning municipality the re-subcontracting, that the cloud service meets the conditions, and the security measures taken.",
            )}</p>
            <p class="warning-text">{move || lang.get().pick(
                "事実と異なる申告をした場合、再委託の許諾が取り消され、契約上の責任を問われることがあります。",
                "A false statement may lead to the permission being withdrawn and to liability under the contract.",
            )}</p>
        </div>
        <Answers form=form paths=keys(fields::fields_of(Section::Attestation))/>
    }
}
