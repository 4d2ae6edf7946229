//! The form session: the signals its pages and widgets share ([`Form`]), and the checks of its
//! draft ([`checker`]).

pub mod checker;
mod state;

pub use state::{control_id, described_by, error_id, hint_id, Form};
