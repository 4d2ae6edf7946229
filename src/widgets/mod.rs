//! The controls of the form, each bound to the path of one answer and built from the field
//! registry of the core (label, hint, 必須/任意, kind of control), and the error summary.

pub mod error_message;
pub mod error_summary;
pub mod field;

pub use error_message::{described_by, ErrorMessage};
pub use error_summary::ErrorSummary;
pub use field::Answer;
