//! Excel workbooks (`.xlsx`, written by `rust_xlsxwriter`) for the city's own files, which
//! are kept in Excel: the declaration ([`declaration`]) and the change list
//! ([`change_list`]).
//!
//! The declaration's workbook has a 適合判定 sheet first (the overall verdict, whether the
//! file is complete, and the eleven conditions with their reasons and 注意), then a sheet
//! per section with the registry's labels and the answers as the review page lists them
//! ([`crate::answers::blocks`]): 再委託先 and セキュリティ対策 as tables (one row per entry,
//! a column per question), the responsibility matrix on a sheet of its own, every table
//! with a header row, a filter and frozen panes. Dates read in 和暦 with the date itself
//! beside as an Excel date (`yyyy-mm-dd`), so a sheet reads like the printed document and
//! still sorts. The change list is laid out like the source document's 別添２.
//!
//! Every cell is written as text or a date, never as a formula: a file received from
//! someone else cannot run anything when the workbook is opened. Japanese font (游ゴシック),
//! column widths that show the text, wrapped long answers, A4 print settings with the
//! header rows repeated and page numbers.
//!
//! | file | owns |
//! |---|---|
//! | `error` | [`WriteError`]: why a workbook could not be written, in both languages |
//! | `book` | the workbook: fonts and formats, sheet names, A4 page setup, dates |
//! | `layout` | column widths and row heights that fit the text; a text cut to a cell |
//! | `sections` | a section's sheet: a list of rows, or a table of entries |
//! | `verdict_sheet` | the 適合判定 sheet |
//! | `changes` | the change list's workbook (別添２) |
//! | `package` | the ZIP of every addressee's file, with the 送付一覧 as CSV and as a workbook |

mod book;
mod changes;
mod error;
mod layout;
pub mod package;
mod sections;
mod verdict_sheet;

#[cfg(test)]
mod tests;

use crate::fields::Lang;
use crate::model::Declaration;
pub use changes::change_list;
pub use error::WriteError;

/// The MIME type of a workbook, for a download.
pub const MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The declaration's workbook (see the module documentation), in `lang`, of its answers
/// normalised as the exported file holds them (spec §3: half-width phone numbers, ISO dates).
pub fn declaration(d: &Declaration, lang: Lang) -> Result<Vec<u8>, WriteError> {
    write(d, lang, None)
}

/// The workbook of a declaration received as a file whose integrity is `integrity`: the
/// 適合判定 sheet also says whether it was changed after export, in the reviewer's words.
pub fn received(
    d: &Declaration,
    lang: Lang,
    integrity: crate::io::IntegrityState,
) -> Result<Vec<u8>, WriteError> {
    write(d, lang, Some(integrity))
}

fn write(
    d: &Declaration,
    lang: Lang,
    integrity: Option<crate::io::IntegrityState>,
) -> Result<Vec<u8>, WriteError> {
    let mut d = d.clone();
    crate::normalize::normalize(&mut d);
    let d = &d;
    let title = crate::words::product_name();
    let mut book = book::Book::new(title.pick(lang))?;
    verdict_sheet::write(&mut book, d, lang, integrity)?;
    for section in crate::fields::Section::ALL {
        sections::write(&mut book, d, section, lang)?;
    }
    book.finish()
}
