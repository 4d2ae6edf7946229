//! A section's sheet. Most sections are a list: 項目 | 回答 | 日付（西暦） | キー (the answer's
//! path, for the city's systems; not printed), one row per answer the form asks, an entry's
//! rows under its title (保管場所1 …). 再委託先 and セキュリティ対策 are tables: one row per entry (再委託先 in the order of the chain), a
//! column per question, a date's column followed by its Excel date. The responsibility
//! matrix gets a sheet of its own (責任分担表: layer → who). A section the answers rule
//! out (no re-subcontracting, no cloud) says so in one row instead.
//!
//! Row 0 is the sheet's title, row 1 the header: frozen, filtered and repeated on every
//! printed page.

use rust_xlsxwriter::Worksheet;

use super::book::{print_across, sheet, write_date, Book, Formats};
use super::error::WriteError;
use super::layout::{fitted, Layout, MAX_WIDTH};
use crate::answers::{self, Block, Row};
use crate::fields::{self, Control, Field, Lang, Section};
use crate::model::Declaration;
use crate::words::not_given;

/// The row of the header.
const HEADER: u32 = 1;

/// Writes `section`'s sheet (and the matrix's, for 責任共有モデル).
pub(super) fn write(
    book: &mut Book,
    d: &Declaration,
    section: Section,
    lang: Lang,
) -> Result<(), WriteError> {
    if let Some(why) = crate::progress::why_not_applicable(d, section, lang) {
        return not_asked(book, &why, section, lang);
    }
    // An optional answer not given says nothing: no row of 「（記載なし）」 (a table keeps its
    // column, the cell left empty).
    let mut blocks = answers::blocks(d, section);
    let matrix = blocks.iter().position(|b| {
        b.rows
            .iter()
            .any(|r| r.path.starts_with("responsibility.matrix["))
    });
    let matrix = matrix.map(|i| blocks.remove(i));
    match section {
        Section::Subcontractors | Section::Measures => table(book, section, &blocks, lang)?,
        _ => list(book, section.title(lang), &blocks, lang)?,
    }
    if let Some(matrix) = matrix {
        matrix_sheet(book, &matrix, lang)?;
    }
    Ok(())
}

/// The sheet of a section that is not asked: its title and why, in the task list's words
/// ([`crate::progress::why_not_applicable`]).
fn not_asked(book: &mut Book, why: &str, section: Section, lang: Lang) -> Result<(), WriteError> {
    let title = section.title(lang);
    let ws = sheet(&mut book.workbook, title, false, 0)?;
    ws.write_string_with_format(0, 0, title, &book.f.title)?;
    ws.write_string_with_format(HEADER + 1, 0, why, &book.f.text)?;
    ws.set_column_width(0, 80)?;
    Ok(())
}

/// A list sheet: 項目 | 回答 | 日付（西暦） | キー.
fn list(book: &mut Book, title: &str, blocks: &[Block], lang: Lang) -> Result<(), WriteError> {
    let header = [
        lang.pick("項目", "Item"),
        lang.pick("回答", "Answer"),
        lang.pick("日付（西暦）", "Date"),
        lang.pick("キー", "Key"),
    ];
    let ws = sheet(&mut book.workbook, title, false, HEADER)?;
    let f = &book.f;
    let mut layout = Layout::new(
        vec![16.0, MAX_WIDTH, 14.0, 20.0],
        vec![36.0, MAX_WIDTH, 14.0, 50.0],
    );
    heading(ws, f, &mut layout, title, &header)?;
    let mut r = HEADER + 1;
    for block in blocks {
        if let Some(entry) = &block.title {
            // Across the printed columns (キー is not printed).
            ws.merge_range(r, 0, r, 2, fitted(entry.pick(lang)).as_ref(), &f.entry)?;
            r += 1;
        }
        for row in block.rows.iter().filter(|row| !row.optional_blank()) {
            layout.write(ws, r, 0, row.label.pick(lang), &f.label)?;
            answer(ws, f, &mut layout, r, 1, row, lang)?;
            layout.write(ws, r, 3, &row.path, &f.text)?;
            r += 1;
        }
    }
    layout.apply(ws)?;
    ws.set_freeze_panes(HEADER + 1, 0)?;
    ws.autofilter(HEADER, 0, (r - 1).max(HEADER), 3)?;
    // キー is for the city's systems, hidden: the page read and printed is 項目, 回答 and
    // the date.
    ws.set_column_hidden(3)?;
    ws.set_print_area(0, 0, (r - 1).max(HEADER), 2)?;
    Ok(())
}

/// Writes the sheet's title and, under it, the header row.
fn heading(
    ws: &mut Worksheet,
    f: &Formats,
    layout: &mut Layout,
    title: &str,
    header: &[&str],
) -> Result<(), WriteError> {
    ws.write_string_with_format(0, 0, title, &f.title)?;
    for (c, h) in header.iter().enumerate() {
        layout.write(ws, HEADER, c as u16, h, &f.header)?;
    }
    Ok(())
}

/// An answer at `(r, c)`: its words, or 「（記載なし）」; a date as 和暦 with the Excel date
/// at `c + 1` (which is left empty for any other answer).
fn answer(
    ws: &mut Worksheet,
    f: &Formats,
    layout: &mut Layout,
    r: u32,
    c: u16,
    row: &Row,
    lang: Lang,
) -> Result<(), WriteError> {
    let is_date = fields::field(&row.path).is_some_and(|f| f.control == Control::Date);
    match &row.value {
        Some(v) if is_date => write_date(ws, f, r, c, v.pick(lang).trim(), lang)?,
        value => {
            let text = value
                .as_ref()
                .map_or(crate::words::missing(&row.path, lang), |v| v.pick(lang));
            layout.write(ws, r, c, text, &f.text)?;
            ws.write_blank(r, c + 1, &f.text)?;
        }
    }
    Ok(())
}

/// One column of a table: the field it shows, and whether a date column follows it.
struct Column {
    field: &'static Field,
    date: bool,
}

/// A table sheet: one row per entry, a column per question asked of any entry. Printed
/// landscape across as many pages as it takes ([`print_across`]).
fn table(
    book: &mut Book,
    section: Section,
    blocks: &[Block],
    lang: Lang,
) -> Result<(), WriteError> {
    let title = section.title(lang);
    let columns: Vec<Column> = fields::fields_of(section)
        .filter(|f| f.key.contains("[]."))
        .filter(|f| {
            blocks
                .iter()
                .flat_map(|b| &b.rows)
                .any(|r| fields::key_of(&r.path) == f.key)
        })
        .map(|field| Column {
            field,
            date: field.control == Control::Date,
        })
        .collect();
    let mut header = vec![lang.pick("番号・名称", "Entry").to_string()];
    let (mut min, mut max) = (vec![20.0], vec![36.0]);
    for c in &columns {
        header.push(c.field.label(lang).to_string());
        let wide = c.field.control == Control::TextArea;
        min.push(if wide { 30.0 } else { 10.0 });
        max.push(if wide { 30.0 } else { 24.0 });
        if c.date {
            header.push(format!(
                "{}{}",
                c.field.label(lang),
                lang.pick("（西暦）", " (date)")
            ));
            min.push(12.0);
            max.push(12.0);
        }
    }
    let ws = sheet(&mut book.workbook, title, true, HEADER)?;
    let f = &book.f;
    let mut layout = Layout::new(min, max);
    let refs: Vec<&str> = header.iter().map(String::as_str).collect();
    heading(ws, f, &mut layout, title, &refs)?;
    let entries: Vec<&Block> = blocks.iter().filter(|b| b.title.is_some()).collect();
    let mut r = HEADER + 1;
    if entries.is_empty() {
        layout.write(ws, r, 0, not_given(lang), &f.text)?;
        r += 1;
    }
    for block in entries {
        let name = block.title.as_ref().map_or("", |t| t.pick(lang));
        layout.write(ws, r, 0, name, &f.entry)?;
        let mut c: u16 = 1;
        for column in &columns {
            let row = block
                .rows
                .iter()
                .filter(|row| !row.optional_blank())
                .find(|row| fields::key_of(&row.path) == column.field.key);
            match row {
                Some(row) if column.date => answer(ws, f, &mut layout, r, c, row, lang)?,
                Some(row) => {
                    let text = row
                        .value
                        .as_ref()
                        .map_or(crate::words::missing(&row.path, lang), |v| v.pick(lang));
                    layout.write(ws, r, c, text, &f.text)?;
                }
                // Not asked of this entry (the date of an agreement not concluded, …), or
                // optional and not given.
                None => {
                    ws.write_blank(r, c, &f.text)?;
                    if column.date {
                        ws.write_blank(r, c + 1, &f.text)?;
                    }
                }
            }
            c += if column.date { 2 } else { 1 };
        }
        r += 1;
    }
    let width = layout.apply(ws)?;
    print_across(ws, width)?;
    ws.set_freeze_panes(HEADER + 1, 1)?;
    ws.autofilter(HEADER, 0, (r - 1).max(HEADER), (header.len() - 1) as u16)?;
    Ok(())
}

/// The responsibility matrix's sheet: layer → who is responsible.
fn matrix_sheet(book: &mut Book, matrix: &Block, lang: Lang) -> Result<(), WriteError> {
    let title = matrix
        .title
        .as_ref()
        .map_or("責任分担表", |t| t.pick(lang))
        .to_string();
    let owner = fields::key::RESPONSIBILITY_MATRIX_OWNER.label(lang);
    let header = [lang.pick("レイヤー", "Layer"), owner];
    let ws = sheet(&mut book.workbook, &title, false, HEADER)?;
    let f = &book.f;
    let mut layout = Layout::new(vec![24.0, 24.0], vec![40.0, 40.0]);
    heading(ws, f, &mut layout, &title, &header)?;
    let mut r = HEADER + 1;
    for row in &matrix.rows {
        let who = row.value.as_ref().map_or(not_given(lang), |v| v.pick(lang));
        layout.write(ws, r, 0, row.label.pick(lang), &f.label)?;
        layout.write(ws, r, 1, who, &f.text)?;
        r += 1;
    }
    layout.apply(ws)?;
    ws.set_freeze_panes(HEADER + 1, 0)?;
    ws.autofilter(HEADER, 0, (r - 1).max(HEADER), 1)?;
    Ok(())
}
