//! The package 「全ての宛先に書き出す」 saves (`addressees.md`, "The files"): one ZIP holding
//! every addressee's declaration file, the 送付一覧 as CSV (UTF-8 with a BOM) and as a
//! workbook — and, with [`zip_of`], any set of named files (the change lists of every
//! addressee). The compression is the `zip` crate the workbook writer itself uses.

use std::io::Write;

use super::book::{sheet, Book};
use super::error::WriteError;
use super::layout::Layout;
use crate::addressees::package::{self, Sent, COLUMNS};
use crate::fields::Lang;
use crate::model::Declaration;

/// The MIME type of a ZIP, for a download.
pub const MIME: &str = "application/zip";

/// The row of the header.
const HEADER: u32 = 1;

impl From<zip::result::ZipError> for WriteError {
    fn from(e: zip::result::ZipError) -> Self {
        WriteError {
            detail: e.to_string(),
        }
    }
}

impl From<std::io::Error> for WriteError {
    fn from(e: std::io::Error) -> Self {
        WriteError {
            detail: e.to_string(),
        }
    }
}

/// The 送付一覧 as a workbook: a title, the columns of [`COLUMNS`], one row per addressee,
/// printed on one A4 page wide.
pub fn sending_list(rows: &[Sent], lang: Lang) -> Result<Vec<u8>, WriteError> {
    let title = lang.pick("送付一覧", "Sending list");
    let mut book = Book::new(title)?;
    let ws = sheet(&mut book.workbook, title, true, HEADER)?;
    let f = &book.f;
    let min = vec![5.0, 16.0, 9.0, 30.0, 11.0, 20.0, 20.0];
    let max = vec![5.0, 30.0, 9.0, 44.0, 11.0, 66.0, 66.0];
    let mut layout = Layout::new(min, max);
    ws.write_string_with_format(0, 0, title, &f.title)?;
    for (c, (ja, en)) in COLUMNS.iter().enumerate() {
        layout.write(ws, HEADER, c as u16, lang.pick(ja, en), &f.header)?;
    }
    let mut r = HEADER + 1;
    for row in rows {
        for (c, text) in row.cells().iter().enumerate() {
            let format = if c == 1 { &f.label } else { &f.text };
            layout.write(ws, r, c as u16, text, format)?;
        }
        r += 1;
    }
    layout.apply(ws)?;
    ws.set_freeze_panes(HEADER + 1, 0)?;
    ws.autofilter(HEADER, 0, r.saturating_sub(1).max(HEADER), 6)?;
    book.finish()
}

/// A ZIP of `files` (name, bytes), each stamped with the time `now_rfc3339` (Japan time, as
/// a ZIP keeps local time).
pub fn zip_of(files: &[(String, Vec<u8>)], now_rfc3339: &str) -> Result<Vec<u8>, WriteError> {
    let stamp = stamp(now_rfc3339);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(stamp);
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in files {
        out.start_file(name.as_str(), options)?;
        out.write_all(bytes)?;
    }
    Ok(out.finish()?.into_inner())
}

/// What 「全ての宛先に書き出す」 saves: the ZIP's name and bytes, and the 送付一覧 it holds.
pub fn addressees(
    d: &Declaration,
    now_rfc3339: &str,
    generator_version: &str,
    lang: Lang,
) -> Result<(String, Vec<u8>, Vec<Sent>), WriteError> {
    let files = package::files(d, now_rfc3339, generator_version);
    let rows = package::sending_list(d, &files);
    let list = lang.pick("送付一覧", "sending-list");
    let mut entries: Vec<(String, Vec<u8>)> = files
        .into_iter()
        .map(|f| (f.name, f.text.into_bytes()))
        .collect();
    entries.push((
        format!("{list}.csv"),
        package::csv(&rows, lang).into_bytes(),
    ));
    entries.push((format!("{list}.xlsx"), sending_list(&rows, lang)?));
    Ok((package::zip_name(d), zip_of(&entries, now_rfc3339)?, rows))
}

/// The ZIP's time of `now_rfc3339`, in Japan time (1980-01-01 when it does not read).
fn stamp(now_rfc3339: &str) -> zip::DateTime {
    let jst = crate::time::jst_stamp(now_rfc3339).unwrap_or_default();
    // `YYYYMMDD-HHMM`
    let n = |a: usize, b: usize| jst.get(a..b).and_then(|s| s.parse::<u16>().ok());
    match (n(0, 4), n(4, 6), n(6, 8), n(9, 11), n(11, 13)) {
        (Some(y), Some(mo), Some(d), Some(h), Some(mi)) => {
            zip::DateTime::from_date_and_time(y, mo as u8, d as u8, h as u8, mi as u8, 0)
                .unwrap_or_default()
        }
        _ => zip::DateTime::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    /// The ZIP of the 29 municipalities of Mie, read back: 29 declaration files whose hashes
    /// are those the 送付一覧 lists, the list as CSV and as a workbook.
    #[test]
    fn the_package_of_mie_reads_back_as_listed() {
        let d = crate::fixtures::mie();
        let (name, bytes, rows) = addressees(&d, "2026-12-08T01:30:00Z", "test", Lang::Ja).unwrap();
        assert_eq!(name, "申告書一式_国保総合(国保集約)システム_2024-02-20.zip");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(zip.len(), 31);
        for row in &rows {
            let mut text = String::new();
            let mut entry = zip.by_name(&row.file_name).unwrap();
            assert_eq!(
                entry.last_modified().map(|t| (t.hour(), t.minute())),
                Some((10, 30))
            );
            entry.read_to_string(&mut text).unwrap();
            let r = crate::io::import_str(&text).unwrap();
            assert_eq!(r.integrity, crate::io::IntegrityState::Match);
            assert_eq!(r.body_sha256, row.body_sha256);
            let v: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(v["integrity"]["sha256"], row.sha256.as_str());
        }
        let mut csv = String::new();
        zip.by_name("送付一覧.csv")
            .unwrap()
            .read_to_string(&mut csv)
            .unwrap();
        assert_eq!(csv.lines().count(), 30);
        let mut book = Vec::new();
        zip.by_name("送付一覧.xlsx")
            .unwrap()
            .read_to_end(&mut book)
            .unwrap();
        assert!(book.starts_with(b"PK"), "a workbook is a ZIP itself");
    }
}
