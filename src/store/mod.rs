//! Drafts in the browser: the localStorage adapter of the core's drafts store ([`local`]),
//! the session that saves the draft being edited and knows what went wrong ([`session`]),
//! autosave with its page-lifecycle and cross-tab listeners ([`autosave`]), and the export
//! of the draft as a file, which the session records ([`export`]), and the reviewer's
//! questions received for the draft ([`received`]), and where the requests of parts of the
//! chain stand ([`parts`]). Reading stored records back goes through [`reader`], writing the
//! draft out through [`writer`] (in the release build each a chunk a first visit does not
//! fetch).

pub mod autosave;
pub mod export;
pub mod local;
pub mod part_state;
pub mod parts;
pub mod reader;
pub mod received;
pub mod reviewer;
pub mod sent;
pub mod session;
pub mod writer;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

pub use export::export_form;
pub use parts::{NewIds, PartScope, PartState, PartStates};
pub use received::{count_words, Received};
pub use session::{drafts, with_export_hash, SaveStatus, Session, Trouble};
