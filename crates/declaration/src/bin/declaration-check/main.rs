//! `declaration-check`: checks declaration files from the command line, as the city's
//! reviewer or a CI job would. For each file it reads it (with the importer's limits and
//! messages), normalises it, validates it and computes the compliance verdict, then prints
//! one JSON line per file (or, with `--format text`, a Japanese table; see [`report`]).
//!
//! `declaration-check diff OLD NEW` writes instead the change list (変更箇所) between two
//! versions as CSV ([`diff`]).
//!
//! Exit status: 0 when every file is complete and meets or is exempt from every condition;
//! 1 when any file is incomplete or fails a condition; 2 when any file cannot be read, is
//! not JSON, is not this format or has a newer `schema_version` (its message goes to stderr
//! in Japanese and English, and the other files are still checked), or on a usage error.
//! `diff` exits 0 when it wrote the list (changes or not) and 2 otherwise.

mod diff;
mod report;

use declaration::words::Words;
use std::io::{Read, Write};
use std::process::ExitCode;

use declaration::io::{self, ImportError, Imported};
use report::Report;

const USAGE: &str = "\
使い方: declaration-check [--format json|text] ファイル...
        declaration-check diff 変更前.json 変更後.json [--date YYYY-MM-DD] [--timing 事前|事後] [--lang ja|en]
Usage:  declaration-check [--format json|text] FILE...
        declaration-check diff OLD.json NEW.json [--date YYYY-MM-DD] [--timing before|after] [--lang ja|en]

クラウド再委託の申告書ファイル（.json）を検査し、ファイルごとに結果を出力します。
Checks cloud re-subcontracting declaration files and prints one result per file.

  --format json   1ファイル1行の JSON（既定） / one JSON object per line (default):
                  {\"file\", \"complete\", \"errors\": [{\"path\", \"ja\", \"en\"}],
                   \"conditions\": {\"C1\": \"met\" | \"not_met\" | \"unanswered\" | \"not_applicable\", …},
                   \"integrity\": \"match\" | \"mismatch\" (ハッシュがある場合のみ / only when the file has a hash)}
  --format text   日本語の表 / a readable table in Japanese
  -h, --help      この説明 / this help

終了コード / exit status:
  0  全ファイルが完了し、不適合の条件なし / every file complete, no condition not met
  1  未完了又は不適合のファイルあり / some file incomplete or with a condition not met
  2  読み込めないファイルあり、又は使い方の誤り / some file unreadable, or a usage error

diff: 2つの版の変更箇所（変更日、項目、変更前の記載、変更後の記載、提出時期、提出時期に係る説明）を
      CSV（UTF-8、BOM付き、Excel 用）で標準出力に書きます。
      Writes the change list between two versions as CSV (UTF-8 with BOM, for Excel) to stdout.
  --date YYYY-MM-DD    変更日（既定は今日、UTC） / date of the change (default: today, UTC)
  --timing 事前|事後    提出時期（既定は事前。before / after も可） / timing (default: before)
  --lang ja|en         CSV の言語（既定は ja） / language of the CSV (default: ja)
  終了コード 0: 書き出した（変更がなくても）、2: 読み込めないファイル又は使い方の誤り
  exit status 0: written (even with no changes), 2: a file unreadable, or a usage error
  （diff という名前のファイルを検査するには / to check a file named diff: declaration-check -- diff）
";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Text,
}

/// The options of a command line, or how to exit: after printing `usage` when it was asked
/// for (`Ok(None)` from the parser: exit 0), or the problem and `usage` (exit 2).
pub(crate) fn parsed<T>(result: Result<Option<T>, String>, usage: &str) -> Result<T, ExitCode> {
    match result {
        Ok(Some(options)) => Ok(options),
        Ok(None) => {
            print!("{usage}");
            Err(ExitCode::SUCCESS)
        }
        Err(problem) => {
            eprintln!("{problem}\n\n{usage}");
            Err(ExitCode::from(2))
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("diff") {
        return diff::run(&args[1..]);
    }
    let (format, files) = match parsed(parse_args(&args), USAGE) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };

    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut worst = 0u8;
    for file in &files {
        let code = match read(file) {
            Ok(imported) => {
                let report = Report::new(file, imported);
                let text = match format {
                    Format::Json => report.json_line(),
                    Format::Text => report.text(),
                };
                // A closed pipe (`| head`) is not worth a panic.
                if out.write_all(text.as_bytes()).is_err() {
                    return ExitCode::from(worst.max(report.exit_code()));
                }
                report.exit_code()
            }
            Err(problem) => {
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

/// `Ok(None)` for `--help`; `Err` with both languages for a usage error.
fn parse_args(args: &[String]) -> Result<Option<(Format, Vec<String>)>, String> {
    let mut format = Format::Json;
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
            "--format" => iter.next().cloned(),
            other => match other.strip_prefix("--format=") {
                Some(v) => Some(v.to_string()),
                None => {
                    return Err(format!(
                        "不明なオプションです: {other} / Unknown option: {other}"
                    ))
                }
            },
        };
        format = match value_of_format.as_deref() {
            Some("json") => Format::Json,
            Some("text") => Format::Text,
            Some(v) => {
                return Err(format!(
                    "--format には json 又は text を指定してください（{v}） / --format takes json or text ({v})"
                ))
            }
            None => {
                return Err(
                    "--format には json 又は text を指定してください / --format takes json or text"
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
    Ok(Some((format, files)))
}

/// Reads and imports one file; the error in Japanese and English.
pub(crate) fn read(file: &str) -> Result<Imported, Words> {
    let unreadable = |e: std::io::Error| {
        Words::new(
            format!("ファイルを読み込めません（{e}）。ファイル名と場所を確かめてください。"),
            format!("Cannot read the file ({e}). Check its name and location."),
        )
    };
    let handle = std::fs::File::open(file).map_err(unreadable)?;
    let declared_len = handle.metadata().map(|m| m.len()).unwrap_or(0);
    let mut bytes = Vec::new();
    // Never read more than one byte past the limit, whatever the file's size.
    handle
        .take(io::MAX_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    let result = if bytes.len() > io::MAX_BYTES {
        let bytes = usize::try_from(declared_len)
            .unwrap_or(usize::MAX)
            .max(bytes.len());
        Err(ImportError::TooLarge { bytes })
    } else {
        io::import(&bytes)
    };
    result.map_err(|e| e.words())
}
