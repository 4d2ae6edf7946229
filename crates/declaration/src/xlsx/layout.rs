//! The measure of what a sheet shows: how wide a text is in Excel's column units (a
//! non-ASCII character counts two, as a full-width one is), how many lines it wraps to, the
//! columns and rows that fit their cells ([`Layout`]), and a text cut to what a cell holds
//! ([`fitted`]).

use rust_xlsxwriter::{Format, Worksheet};

use super::error::WriteError;

/// The widest a column is made; longer text wraps.
pub(super) const MAX_WIDTH: f64 = 60.0;

/// How wide `text` is in Excel's column units: a non-ASCII character counts two.
pub(super) fn width(text: &str) -> f64 {
    let widest_line = text
        .lines()
        .map(|l| {
            l.chars()
                .map(|c| if c.is_ascii() { 1.0 } else { 2.0 })
                .sum::<f64>()
        })
        .fold(0.0, f64::max);
    widest_line + 2.0
}

/// The height of one line of text in points (10.5 pt 游ゴシック, with room for the fonts
/// that stand in for it elsewhere), and the most Excel allows a row.
const LINE: f64 = 15.0;
const MAX_HEIGHT: f64 = 409.0;

/// A sheet's cells as they are written, so that each column is made as wide as its widest
/// cell (between the column's least and most width) and each row as tall as its tallest
/// wrapped cell: neither Excel nor LibreOffice grows a row for wrapped text on opening.
pub(super) struct Layout {
    min: Vec<f64>,
    max: Vec<f64>,
    cells: Vec<(u32, u16, String)>,
}

impl Layout {
    /// A layout whose column `c` is between `min[c]` and `max[c]` wide.
    pub fn new(min: Vec<f64>, max: Vec<f64>) -> Layout {
        Layout {
            min,
            max,
            cells: Vec::new(),
        }
    }

    /// Writes `text` at `(row, col)` in `format`, and measures it.
    pub fn write(
        &mut self,
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        text: &str,
        format: &Format,
    ) -> Result<(), WriteError> {
        let text = fitted(text);
        ws.write_string_with_format(row, col, text.as_ref(), format)?;
        self.cells.push((row, col, text.into_owned()));
        Ok(())
    }

    /// The widths, then the heights, set on the sheet; the sheet's width (the sum of its
    /// columns' widths).
    pub fn apply(self, ws: &mut Worksheet) -> Result<f64, WriteError> {
        let mut widths = self.min.clone();
        for (_, col, text) in &self.cells {
            let c = *col as usize;
            if let (Some(w), Some(max)) = (widths.get_mut(c), self.max.get(c)) {
                *w = w.max(width(text).min(*max));
            }
        }
        for (col, w) in widths.iter().enumerate() {
            ws.set_column_width(col as u16, *w)?;
        }
        let mut lines: std::collections::BTreeMap<u32, usize> = Default::default();
        for (row, col, text) in &self.cells {
            let w = widths.get(*col as usize).copied().unwrap_or(8.0);
            let n = lines_in(text, w);
            let at = lines.entry(*row).or_insert(1);
            *at = (*at).max(n);
        }
        for (row, n) in lines {
            ws.set_row_height(row, (n as f64 * LINE + 4.0).min(MAX_HEIGHT))?;
        }
        Ok(widths.iter().sum())
    }
}

/// How many lines `text` takes wrapped in a column `col_width` wide.
pub(super) fn lines_in(text: &str, col_width: f64) -> usize {
    let room = (col_width - 1.0).max(1.0);
    text.split('\n')
        .map(|line| ((width(line) - 2.0) / room).ceil().max(1.0) as usize)
        .sum()
}

/// The most a cell holds, in UTF-16 units (Excel's limit).
const MAX_CELL: usize = 32_767;
/// What ends a text cut to fit a cell.
const CUT: &str = "…（以下省略：Excelの1つのセルに入る文字数を超えています / cut: longer than an Excel cell holds）";

/// `text`, or as much of it as a cell holds followed by [`CUT`]: the importer takes answers
/// longer than Excel can keep in one cell (the rules flag them), and the workbook is still
/// written. The JSON file keeps the whole text.
pub(super) fn fitted(text: &str) -> std::borrow::Cow<'_, str> {
    if text.encode_utf16().count() <= MAX_CELL {
        return text.into();
    }
    let room = MAX_CELL - CUT.encode_utf16().count();
    let mut used = 0;
    let kept: String = text
        .chars()
        .take_while(|c| {
            used += c.len_utf16();
            used <= room
        })
        .collect();
    format!("{kept}{CUT}").into()
}
