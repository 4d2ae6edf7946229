//! Exporting the form's draft as a downloaded file ([`crate::draft::export_text`] through the
//! [`super::writer`], [`crate::draft::download`]) and telling the draft session, so it records
//! the time; the file exported is kept as a snapshot of the draft (the version handed in).

use super::session::Session;
use super::writer::{self, Exported, Writer};
use crate::draft::{download, reason};
use declaration::fields::Section;
use leptos::prelude::{GetUntracked, WithUntracked};

/// What an export gives: the file name and the sections left out, or the browser's reason
/// for failing.
pub type Outcome = Result<(String, Vec<Section>), String>;

/// Exports the form's draft (with the unknown keys it carries) as a downloaded file, and
/// tells the draft session, when there is one, so it records the time; then calls `done`
/// with the outcome (at once, but in the release build when no page brought the writer yet:
/// then once its chunk came).
pub fn export_form(form: crate::form::Form, done: impl FnOnce(Outcome) + 'static) {
    let session = leptos::prelude::use_context::<Session>();
    writer::with(move |w| {
        match w {
        Ok(w) => done(export_with(w, form, session)),
        Err(_) => done(Err(form
            .lang
            .get_untracked()
            .pick(
                "書き出しのためのプログラムを読み込めませんでした。通信を確かめてから、もう一度お試しください",
                "the code that exports could not be fetched. Check the connection, then try again",
            )
            .into())),
    }
    });
}

fn export_with(w: &Writer, form: crate::form::Form, session: Option<Session>) -> Outcome {
    let extra = form.extra.get_untracked();
    let Exported {
        name,
        text,
        left_out,
        sha256,
    } = form.draft.with_untracked(|d| (w.export)(d, &extra));
    download(&name, &text, "application/json").map_err(|e| reason(&e))?;
    if let Some(session) = session {
        session.note_exported(w, sha256);
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
