//! `declaration-check`: checks declaration files from the command line, as the city's
//! reviewer or a CI job would. For each file it reads it (with the importer's limits and
//! messages), normalises it, validates it and computes the compliance verdict, then prints
//! one JSON line per file (with `--format text`, a Japanese table; with `--format csv`, one
//! row per file after a header, UTF-8 with a BOM, the columns and Japanese words of the app's
//! 受付一覧 — a file that cannot be read is a row with its reason — or machine codes with
//! `--codes`; see [`report`]).
//!
//! `declaration-check diff OLD NEW` writes instead the change list (変更箇所) between two
//! versions as CSV, or with `--xlsx OUT.xlsx` as an Excel workbook ([`diff`]).
//! `declaration-check xlsx FILE -o OUT.xlsx` writes a declaration as an Excel workbook
//! ([`xlsx`]). `declaration-check schema [declaration|review|part]` prints the JSON Schema
//! of an exchange format ([`schema`]).
//!
//! Exit status: 0 when every file is complete and meets or is exempt from every condition;
//! 1 when any file is incomplete or fails a condition; 2 when any file cannot be read, is
//! not JSON, is not this format or has a newer `schema_version` (its message goes to stderr
//! in Japanese and English, and the other files are still checked), or on a usage error.
//! `diff` and `xlsx` exit 0 when they wrote the list or the workbook (changes or not,
//! complete or not) and 2 otherwise; `schema` exits 0, or 2 on a usage error.

mod diff;
mod input;
mod report;
mod schema;
mod xlsx;

use std::io::Write;
use std::process::ExitCode;

use declaration::inbox::CsvWords;
use input::{parsed, read, unknown_option, USAGE};
use report::Report;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Text,
    Csv,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("diff") {
        return diff::run(&args[1..]);
    }
    if args.first().map(String::as_str) == Some("schema") {
        return schema::run(&args[1..]);
    }
    if args.first().map(String::as_str) == Some("xlsx") {
        return xlsx::run(&args[1..]);
    }
    let (format, words, files) = match parsed(parse_args(&args), USAGE) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };

    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut worst = 0u8;
    if format == Format::Csv && out.write_all(report::csv_header(words).as_bytes()).is_err() {
        return ExitCode::from(0);
    }
    // Today in Japan, as the app's 受付一覧 counts lapsing certificates from it.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let today = declaration::time::jst_date(&declaration::time::rfc3339_utc(now));
    for file in &files {
        let code = match read(file) {
            Ok(imported) => {
                let report = Report::new(file, imported, today);
                let text = match format {
                    Format::Json => report.json_line(),
                    Format::Text => report.text(),
                    Format::Csv => report.csv_row(words),
                };
                // A closed pipe (`| head`) is not worth a panic.
                if out.write_all(text.as_bytes()).is_err() {
                    return ExitCode::from(worst.max(report.exit_code()));
                }
                report.exit_code()
            }
            Err(problem) => {
                // In the table too: a city's list of files received names the refused one.
                if format == Format::Csv {
                    let row = declaration::inbox::refused_csv(file, &problem, words);
                    let _ = out.write_all(row.as_bytes());
                }
                let _ = out.flush();
                eprintln!("{file}: {}", problem.ja);
                eprintln!("{file}: {}", problem.en);
                2
            }
        };
        worst = worst.max(code);
    }
    let _ = out.flush();
    ExitCode::from(worst)
}

/// The command line read: the format, the CSV's words, the files.
type Parsed = (Format, CsvWords, Vec<String>);

/// `Ok(None)` for `--help`; `Err` with both languages for a usage error.
fn parse_args(args: &[String]) -> Result<Option<Parsed>, String> {
    let mut format = Format::Json;
    let mut words = CsvWords::Japanese;
    let mut files = Vec::new();
    let mut options_done = false;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if options_done || !arg.starts_with('-') || arg == "-" {
            files.push(arg.clone());
            continue;
        }
        let value_of_format = match arg.as_str() {
            "--" => {
                options_done = true;
                continue;
            }
            "-h" | "--help" => return Ok(None),
            "--codes" => {
                words = CsvWords::Codes;
                continue;
            }
            "--format" => iter.next().cloned(),
            other => match other.strip_prefix("--format=") {
                Some(v) => Some(v.to_string()),
                None => return Err(unknown_option(other)),
            },
        };
        format = match value_of_format.as_deref() {
            Some("json") => Format::Json,
            Some("text") => Format::Text,
            Some("csv") => Format::Csv,
            Some(v) => {
                return Err(format!(
                    "--format には json、text 又は csv を指定してください（{v}） / --format takes json, text or csv ({v})"
                ))
            }
            None => {
                return Err(
                    "--format には json、text 又は csv を指定してください / --format takes json, text or csv"
                        .to_string(),
                )
            }
        };
    }
    if files.is_empty() {
        return Err(
            "検査するファイルを指定してください。 / Give at least one file to check.".to_string(),
        );
    }
    Ok(Some((format, words, files)))
}
