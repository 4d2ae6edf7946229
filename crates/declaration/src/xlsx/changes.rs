//! The change list's workbook, laid out like the source document's 別添２: the title
//! 「（別添２）変更箇所」, then the six columns in its order — 変更日, 項目, 変更前の記載,
//! 変更後の記載, 提出時期, 提出時期に係る説明 — one row per change, text wrapped, the header
//! frozen, filtered and repeated on every printed page (A4 landscape, one page wide).
//! 変更日 reads in 和暦, as in the source document and the CSV ([`crate::changes::to_csv`]),
//! and an answer not given reads 「(記載なし)」 as there.

use super::book::{sheet, Book};
use super::error::WriteError;
use super::layout::Layout;
use crate::changes::{cells, header, ChangeRow};
use crate::fields::Lang;

/// The row of the header.
const HEADER: u32 = 1;

/// The change list's workbook, in `lang`.
pub fn change_list(rows: &[ChangeRow], lang: Lang) -> Result<Vec<u8>, WriteError> {
    let title = lang.pick("（別添２）変更箇所", "(Annex 2) Changes");
    let mut book = Book::new(title)?;
    let ws = sheet(
        &mut book.workbook,
        lang.pick("変更箇所", "Changes"),
        true,
        HEADER,
    )?;
    let f = &book.f;
    let widths = vec![16.0, 30.0, 40.0, 40.0, 10.0, 30.0];
    let mut layout = Layout::new(widths.clone(), widths);
    ws.write_string_with_format(0, 0, title, &f.title)?;
    for (c, h) in header(lang).iter().enumerate() {
        layout.write(ws, HEADER, c as u16, h, &f.header)?;
    }
    let mut r = HEADER + 1;
    for row in rows {
        let cells = cells(row, lang);
        for (col, text) in cells.iter().enumerate() {
            let format = if col == 1 { &f.label } else { &f.text };
            layout.write(ws, r, col as u16, text, format)?;
        }
        r += 1;
    }
    if rows.is_empty() {
        let text = lang.pick("変更はありません。", "No changes.");
        ws.write_string_with_format(r, 0, text, &f.text)?;
        r += 1;
    }
    layout.apply(ws)?;
    ws.set_freeze_panes(HEADER + 1, 0)?;
    ws.autofilter(HEADER, 0, r - 1, 5)?;
    book.finish()
}
