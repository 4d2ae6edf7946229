//! Exporting the form's draft as a downloaded file ([`crate::draft::export_text`],
//! [`crate::draft::download`]) and telling the draft session, so it records the time.

use super::session::Session;
use crate::draft::{download, export_text, reason};
use declaration::fields::Section;
use leptos::prelude::{GetUntracked, WithUntracked};

/// Exports the form's draft (with the unknown keys it carries) as a downloaded file, and
/// tells the draft session, when there is one, so it records the time. Gives the file name
/// and the sections left out, or the browser's reason for failing.
pub fn export_form(form: crate::form::Form) -> Result<(String, Vec<Section>), String> {
    let extra = form.extra.get_untracked();
    let (name, text, left_out) = form.draft.with_untracked(|d| export_text(d, &extra));
    download(&name, &text, "application/json").map_err(|e| reason(&e))?;
    if let Some(session) = leptos::prelude::use_context::<Session>() {
        let hash = serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .and_then(|v| v["integrity"]["sha256"].as_str().map(str::to_string));
        session.note_exported(hash);
    }
    Ok((name, left_out))
}
