//! The workbook every sheet is written into: one Japanese font throughout (游ゴシック, the
//! font of Japanese Excel), the formats of the cells (title, header, label, wrapped answer,
//! date, verdict colours), sheet names Excel accepts, the A4 page setup, and dates as
//! 和暦 beside an Excel date. How wide and tall the cells are is [`super::layout`]'s.

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
};

use super::error::WriteError;
use super::layout::fitted;
use crate::date::Date;
use crate::verdict::Status;

/// The font of every cell.
const FONT: &str = "游ゴシック";
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
        }
    }

    /// The format of a verdict's words.
    pub fn status(&self, status: Status) -> &Format {
        match status {
            Status::Met => &self.met,
            Status::NotMet => &self.not_met,
            // Yellow, as an entry's title: something to look at.
            Status::Unanswered => &self.entry,
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

/// Prints a wide sheet across as many landscape pages as it takes at about 90 %, each row
/// running over the pages before the next (the first column is repeated on each).
pub(super) fn print_across(ws: &mut Worksheet, sheet_width: f64) -> Result<(), WriteError> {
    let pages = (sheet_width / LANDSCAPE_UNITS).ceil().max(1.0) as u16;
    ws.set_print_fit_to_pages(pages, 0);
    ws.set_page_order(true);
    ws.set_repeat_columns(0, 0)?;
    Ok(())
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
