//! The answer model: for any path of the declaration, whether it is asked
//! ([`asking`], from the condition stored with each field in [`crate::fields`]), the answer
//! in words ([`value`]), an entry's title ([`entry_title`]: 「再委託先2：国民健康保険中央会」)
//! and the blocks of rows a section reads as ([`blocks`]).
//!
//! Every view asks here and nowhere else: the rules validate only what is asked, each form
//! page shows only what is asked, the review page and the printed document list the same
//! rows, the change list names entries with the same titles, and the export leaves out what
//! is not asked ([`crate::hidden`]); the change list compares what each version asks
//! ([`unasked`] is left out).
//!
//! | file | owns |
//! |---|---|
//! | `asking` | [`Asking`]: asked, not asked, or undecided while the answer it follows is missing |
//! | `titles` | the number and title of an entry of a list, one spelling everywhere |
//! | `reading` | an answer in words; a subcontractor's 委託元 in words |
//! | `blocks` | a section's answers as blocks of rows (label → value), entries in order |

mod asking;
mod blocks;
mod reading;
mod titles;

pub use asking::{asked, asking, section_asking, unasked, Asking};
pub use blocks::{blocks, printed, Block, Row};
pub use reading::{contractor_named, contractor_words, parent_words, parents_in_words, value};
pub use titles::{entry_label, entry_name, entry_title, named_in_text, Group};

#[cfg(test)]
mod tests;
