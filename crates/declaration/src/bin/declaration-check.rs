//! `declaration-check`: checks declaration files from the command line, as the city's
//! reviewer or a CI job would. For each file it reads it (with the importer's limits and
//! messages), normalises it, validates it and computes the compliance verdict, then prints
//! one JSON line per file (or, with `--format text`, a Japanese table).
//!
//! Exit status: 0 when every file is complete and meets or is exempt from every condition;
//! 1 when any file is incomplete or fails a condition; 2 when any file cannot be read, is
//! not JSON, is not this format or has a newer `schema_version` (its message goes to stderr
//! in Japanese and English, and the other files are still checked), or on a usage error.

use std::io::{Read, Write};
use std::process::ExitCode;

use declaration::io::{self, ImportError, Imported, IntegrityState};
use declaration::verdict::{self, Condition, Status};
use declaration::{normalize, rules, Issue, Lang};
use serde::ser::{Serialize, SerializeMap, Serializer};

const USAGE: &str = "\
使い方: declaration-check [--format json|text] ファイル...
Usage:  declaration-check [--format json|text] FILE...

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
";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Text,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (format, files) = match parse_args(&args) {
        Ok(Some(parsed)) => parsed,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(problem) => {
            eprintln!("{problem}\n\n{USAGE}");
            return ExitCode::from(2);
        }
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
                eprintln!("{file}: {}", problem.0);
                eprintln!("{file}: {}", problem.1);
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
fn read(file: &str) -> Result<Imported, (String, String)> {
    let unreadable = |e: std::io::Error| {
        (
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
    result.map_err(|e| (e.ja(), e.en()))
}

/// What is printed about one file that was read.
struct Report<'a> {
    file: &'a str,
    complete: bool,
    errors: Vec<Issue>,
    conditions: Vec<Condition>,
    integrity: IntegrityState,
    migrated_from: Option<u64>,
}

impl<'a> Report<'a> {
    fn new(file: &'a str, imported: Imported) -> Report<'a> {
        let mut d = imported.declaration;
        normalize::normalize(&mut d);
        let errors: Vec<Issue> = rules::errors(&d);
        Report {
            file,
            complete: errors.is_empty(),
            errors,
            conditions: verdict::verdict(&d),
            integrity: imported.integrity,
            migrated_from: imported.migrated_from,
        }
    }

    fn exit_code(&self) -> u8 {
        let not_met = self.conditions.iter().any(|c| c.status == Status::NotMet);
        if self.complete && !not_met {
            0
        } else {
            1
        }
    }

    fn json_line(&self) -> String {
        let mut line = serde_json::to_string(self).unwrap_or_default();
        line.push('\n');
        line
    }

    fn text(&self) -> String {
        let mut t = String::new();
        let status = if self.complete { "完了" } else { "未完了" };
        t.push_str(&format!("ファイル: {}\n", self.file));
        t.push_str(&format!("入力状況: {status}\n"));
        if self.integrity != IntegrityState::Absent {
            t.push_str(&format!("改変の確認: {}\n", self.integrity.ja()));
        }
        if let Some(from) = self.migrated_from {
            t.push_str(&format!(
                "様式の版: schema_version {from} から読み替えました\n"
            ));
        }
        t.push('\n');
        let rows: Vec<[String; 4]> = self
            .conditions
            .iter()
            .map(|c| {
                [
                    c.id.as_str().to_string(),
                    c.id.title(Lang::Ja).to_string(),
                    c.status.label(Lang::Ja).to_string(),
                    c.reason(Lang::Ja).to_string(),
                ]
            })
            .collect();
        let header = [
            "条件".to_string(),
            "内容".to_string(),
            "判定".to_string(),
            "理由".to_string(),
        ];
        let widths: Vec<usize> = (0..3)
            .map(|i| {
                rows.iter()
                    .chain(std::iter::once(&header))
                    .map(|r| width(&r[i]))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for row in std::iter::once(&header).chain(rows.iter()) {
            for (i, cell) in row.iter().enumerate() {
                t.push_str(cell);
                if i < 3 {
                    t.push_str(&" ".repeat(widths[i] - width(cell) + 2));
                }
            }
            t.push('\n');
        }
        t.push('\n');
        if self.errors.is_empty() {
            t.push_str("エラー: なし\n");
        } else {
            t.push_str(&format!("エラー: {}件\n", self.errors.len()));
            for e in &self.errors {
                t.push_str(&format!("  {}: {}\n", e.path, e.ja));
            }
        }
        t.push('\n');
        t
    }
}

impl Serialize for Report<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Errors<'r>(&'r [Issue]);
        impl Serialize for Errors<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                #[derive(serde::Serialize)]
                struct Error<'i> {
                    path: &'i str,
                    ja: &'i str,
                    en: &'i str,
                }
                s.collect_seq(self.0.iter().map(|i| Error {
                    path: &i.path,
                    ja: &i.ja,
                    en: &i.en,
                }))
            }
        }
        struct Conditions<'r>(&'r [Condition]);
        impl Serialize for Conditions<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                // In the order of spec §4, whatever the map type of the reader.
                let mut m = s.serialize_map(Some(self.0.len()))?;
                for c in self.0 {
                    m.serialize_entry(c.id.as_str(), c.status.as_str())?;
                }
                m.end()
            }
        }
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("file", self.file)?;
        m.serialize_entry("complete", &self.complete)?;
        m.serialize_entry("errors", &Errors(&self.errors))?;
        m.serialize_entry("conditions", &Conditions(&self.conditions))?;
        if self.integrity != IntegrityState::Absent {
            m.serialize_entry("integrity", self.integrity.as_str())?;
        }
        m.end()
    }
}

/// Columns a text takes in a terminal: wide (CJK, full-width) characters take two.
fn width(text: &str) -> usize {
    text.chars()
        .map(|c| {
            let n = c as u32;
            let wide = (0x1100..=0x115f).contains(&n)
                || (0x2e80..=0xa4cf).contains(&n)
                || (0xac00..=0xd7a3).contains(&n)
                || (0xf900..=0xfaff).contains(&n)
                || (0xfe30..=0xfe4f).contains(&n)
                || (0xff00..=0xff60).contains(&n)
                || (0xffe0..=0xffe6).contains(&n)
                || (0x1f300..=0x1faff).contains(&n)
                || (0x20000..=0x3fffd).contains(&n);
            if wide {
                2
            } else {
                1
            }
        })
        .sum()
}
