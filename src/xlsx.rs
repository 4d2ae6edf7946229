//! The Excel workbooks of [`declaration::xlsx`] for the app: the writer (rust_xlsxwriter, its
//! zip and deflate) is reached through a table of plain functions ([`crate::chunked`]), so in
//! the release build it is a chunk of its own that the browser fetches the first time
//! 「Excel形式で保存」 is pressed ([`load`]); a first visit, and every page until then, never
//! loads it. In every other build the table is there from the start.

use declaration::changes::ChangeRow;
use declaration::xlsx::WriteError;
use declaration::{Declaration, Lang};

/// The workbooks the app writes.
pub struct Writers {
    /// The declaration: 適合判定 and a sheet per section.
    pub declaration: fn(&Declaration, Lang) -> Result<Vec<u8>, WriteError>,
    /// A declaration received as a file, with its integrity on the 適合判定 sheet.
    pub received:
        fn(&Declaration, Lang, declaration::io::IntegrityState) -> Result<Vec<u8>, WriteError>,
    /// The change list, laid out like 別添２.
    pub change_list: fn(&[ChangeRow], Lang) -> Result<Vec<u8>, WriteError>,
}

/// The table (called only from its split point in the release build).
fn make() -> Writers {
    Writers {
        declaration: declaration::xlsx::declaration,
        received: declaration::xlsx::received,
        change_list: declaration::xlsx::change_list,
    }
}

crate::chunked::fn_table!(xlsx_writer, split_xlsx, Writers, make);
