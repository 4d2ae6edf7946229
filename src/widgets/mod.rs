//! The widgets of the form, one per pattern: the control of one answer, bound to its path
//! and built from the field registry (`field`), the error message under it
//! (`error_message`), the list of repeated entries (`entry_list`), the error summary, and
//! moving focus after a render (`focus`), and the reviewer's questions beside what they
//! are about (`question_note`).

pub mod condition_note;
pub mod entry_list;
pub mod error_message;
pub mod error_summary;
pub mod example;
pub mod field;
pub mod focus;
pub mod question_note;

pub use condition_note::{ConditionNote, ConditionNotes};
pub use entry_list::{Entries, EntryList, EntryView, RemoveQuestion};
pub use error_message::{one, ErrorMessage};
pub use error_summary::ErrorSummary;
pub use example::Example;
pub use field::Answer;
pub use question_note::{About, QuestionNotes};
