//! The signature and seal space (署名欄・印) under the attestation's answers: a line to sign
//! on and a circle for the seal, printed empty.

use declaration::Lang;
use leptos::prelude::*;

/// The space to sign and seal.
pub fn signature(lang: Lang) -> impl IntoView {
    view! {
        <div class="document__signature" data-testid="signature">
            <div class="document__sign">
                <span class="document__sign-label">{lang.pick("署名欄", "Signature")}</span>
            </div>
            <div class="document__seal" role="img" aria-label=lang.pick("押印欄", "Seal")>
                <span aria-hidden="true">{lang.pick("印", "Seal")}</span>
            </div>
        </div>
    }
}
