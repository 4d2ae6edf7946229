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
    /// 「全ての宛先に書き出す」: every addressee's file and the 送付一覧, as one ZIP (its
    /// name, its bytes, the list's rows).
    pub package: PackageWriter,
    /// A ZIP of named files, stamped with a time.
    pub zip_of: ZipWriter,
}

/// The writer of [`Writers::zip_of`]: the named files, the time.
pub type ZipWriter = fn(&[(String, Vec<u8>)], &str) -> Result<Vec<u8>, WriteError>;

/// The writer of [`Writers::package`]: the draft, the time, the app's version, the language.
pub type PackageWriter = fn(&Declaration, &str, &str, Lang) -> Result<Package, WriteError>;

/// What [`Writers::package`] gives: the ZIP's name and bytes, and the 送付一覧's rows.
pub type Package = (String, Vec<u8>, Vec<declaration::addressees::package::Sent>);

/// The table (called only from its split point in the release build).
fn make() -> Writers {
    Writers {
        declaration: declaration::xlsx::declaration,
        received: declaration::xlsx::received,
        change_list: declaration::xlsx::change_list,
        package: declaration::xlsx::package::addressees,
        zip_of: declaration::xlsx::package::zip_of,
    }
}

crate::chunked::fn_table!(xlsx_writer, split_xlsx, Writers, make);
