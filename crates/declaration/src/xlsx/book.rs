//! The workbook every sheet is written into: one Japanese font throughout (游ゴシック, the
//! font of Japanese Excel), the formats of the cells (title, header, label, wrapped answer,
//! date, verdict colours), column widths measured in the units Excel counts (a full-width
//! character is two), sheet names Excel accepts, and the A4 page setup.

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
};

use super::error::WriteError;
use crate::date::Date;
use crate::verdict::Status;

/// The font of every cell.
pub(super) const FONT: &str = "游ゴシック";
/// The widest a column is made; longer text wraps.
pub(super) const MAX_WIDTH: f64 = 60.0;
/// Excel's paper size code for A4.
const A4: u8 = 9;
/// About how many column units an A4 landscape page holds at 90 % (the smallest a wide
/// table is printed at, so its 10.5 pt text stays readable).
const LANDSCAPE_UNITS: f64 = 165.0;

/// A workbook being written, with its formats.
pub(super) struct Book {
    pub workbook: Workbook,
    pub f: Formats,
}

/// The formats of the cells.
pub(super) struct Formats {
    pub title: Format,
    pub header: Format,
    pub label: Format,
    pub text: Format,
    pub date: Format,
    pub entry: Format,
    pub met: Format,
    pub not_met: Format,
    pub unanswered: Format,
}

fn base() -> Format {
    Format::new()
        .set_font_name(FONT)
        .set_font_charset(128)
        .set_font_size(10.5)
        .set_align(FormatAlign::Top)
}

fn cell() -> Format {
    base()
        .set_text_wrap()
        .set_border(FormatBorder::Thin)
        .set_border_color(Color::RGB(0xA6A6A6))
}

impl Formats {
    fn new() -> Formats {
        let fill = |c: u32| cell().set_background_color(Color::RGB(c));
        Formats {
            title: base().set_bold().set_font_size(14),
            header: fill(0xDDEBF7).set_bold(),
            label: fill(0xF2F2F2),
            text: cell(),
            date: cell()
                .set_num_format("yyyy-mm-dd")
                .set_align(FormatAlign::Left),
            entry: fill(0xFFF2CC).set_bold(),
            met: fill(0xE2EFDA).set_bold(),
            not_met: fill(0xF8CBAD).set_bold(),
            unanswered: fill(0xFFF2CC).set_bold(),
        }
    }

    /// The format of a verdict's words.
    pub fn status(&self, status: Status) -> &Format {
        match status {
            Status::Met => &self.met,
            Status::NotMet => &self.not_met,
            Status::Unanswered => &self.unanswered,
            Status::NotApplicable => &self.text,
        }
    }
}

impl Book {
    /// An empty workbook titled `title` (its document properties).
    pub fn new(title: &str) -> Result<Book, WriteError> {
        let mut workbook = Workbook::new();
        // 25 px (18.75 pt), the row of Japanese Excel's 11 pt 游ゴシック.
        workbook.set_default_format(&base(), 25, 72)?;
        workbook.set_properties(&DocProperties::new().set_title(title));
        Ok(Book {
            workbook,
            f: Formats::new(),
        })
    }

    /// The workbook's bytes.
    pub fn finish(mut self) -> Result<Vec<u8>, WriteError> {
        Ok(self.workbook.save_to_buffer()?)
    }
}

/// A new sheet of `workbook` named `name` (made acceptable to Excel), set up for A4
/// printing: `landscape` for wide tables, one page wide, rows `0..=repeat` repeated on every
/// page, the sheet's name and page numbers in the header and footer.
pub(super) fn sheet<'a>(
    workbook: &'a mut Workbook,
    name: &str,
    landscape: bool,
    repeat: u32,
) -> Result<&'a mut Worksheet, WriteError> {
    let name = sheet_name(name);
    let ws = workbook.add_worksheet();
    ws.set_name(&name)?;
    ws.set_paper_size(A4);
    if landscape {
        ws.set_landscape();
    }
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, repeat)?;
    ws.set_header(format!("&L&\"{FONT}\"&9{}", escape_header(&name)));
    ws.set_footer(format!("&C&\"{FONT}\"&9&P / &N"));
    ws.set_margins(0.5, 0.5, 0.6, 0.6, 0.3, 0.3);
    // Row 0 holds the sheet's title, in a larger font.
    ws.set_row_height(0, 24)?;
    Ok(ws)
}

/// How wide `text` is in Excel's column units: a full-width character counts two.
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

/// Prints a wide sheet across as many landscape pages as it takes at about 90 %, each row
/// running over the pages before the next (the first column is repeated on each).
pub(super) fn print_across(ws: &mut Worksheet, sheet_width: f64) -> Result<(), WriteError> {
    let pages = (sheet_width / LANDSCAPE_UNITS).ceil().max(1.0) as u16;
    ws.set_print_fit_to_pages(pages, 0);
    ws.set_page_order(true);
    ws.set_repeat_columns(0, 0)?;
    Ok(())
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

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not starting or
/// ending with an apostrophe.
pub(super) fn sheet_name(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '・' } else { c })
        .take(31)
        .collect();
    let clean = clean.trim_matches('\'').to_string();
    if clean.is_empty() {
        "Sheet".into()
    } else {
        clean
    }
}

/// `&` doubled, as a header's text needs it.
fn escape_header(text: &str) -> String {
    text.replace('&', "&&")
}

/// The Excel date of a `YYYY-MM-DD` text, when it is a real date Excel can hold.
pub(super) fn excel_date(text: &str) -> Option<ExcelDateTime> {
    let date = Date::parse(text)?;
    let year = u16::try_from(date.year).ok()?;
    ExcelDateTime::from_ymd(year, date.month as u8, date.day as u8).ok()
}

/// Writes a date: 和暦 (or the English long date) at `col`, the Excel date at `col + 1`
/// (left empty when `text` is not a real date).
pub(super) fn write_date(
    ws: &mut Worksheet,
    f: &Formats,
    row: u32,
    col: u16,
    text: &str,
    lang: crate::Lang,
) -> Result<(), WriteError> {
    let long = crate::era::long_date(text, lang, crate::era::DateStyle::Era);
    ws.write_string_with_format(row, col, fitted(&long).as_ref(), &f.text)?;
    match excel_date(text) {
        Some(date) => ws.write_datetime_with_format(row, col + 1, &date, &f.date)?,
        None => ws.write_blank(row, col + 1, &f.text)?,
    };
    Ok(())
}
