//! Exporting the form's draft as a downloaded file ([`crate::draft::export_text`],
//! [`crate::draft::download`]) and telling the draft session, so it records the time; the
//! file exported is kept as a snapshot of the draft (the version handed in).

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
        // The version handed in is kept, to compare with when the reviewer's questions come
        // back (照会事項と回答). The export itself has succeeded either way.
        let id = session.id.get_untracked();
        super::reader::with(move |reader| {
            if let Ok(mut store) = super::drafts() {
                let _ = (reader.snapshot_exported)(
                    &mut store,
                    &id,
                    &text,
                    &crate::draft::now_rfc3339(),
                );
            }
        });
    }
    Ok((name, left_out))
}
