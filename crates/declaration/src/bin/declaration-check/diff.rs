//! `declaration-check diff OLD NEW [--date YYYY-MM-DD] [--timing before|after|事前|事後]
//! [--lang ja|en] [--xlsx OUT.xlsx]`: the change list (変更箇所) between two versions of a
//! declaration as CSV on stdout ([`declaration::changes`]), or with `--xlsx` as an Excel
//! workbook laid out like 別添２ in that file instead ([`declaration::xlsx::change_list`]),
//! every row dated `--date` (today in UTC by default) with the same 提出時期 (未選択 — the
//! user chooses — unless `--timing` says).
//!
//! A file that cannot be read is reported on stderr in Japanese and English (both files are
//! tried) and the exit status is 2, as for a usage error; otherwise it is 0, whether or not
//! anything changed.

use std::io::Write;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use declaration::changes::{self, Timing};
use declaration::date::Date;
use declaration::Lang;

use crate::input::{parse_lang, parsed, read, unknown_option, USAGE};

/// The options of the subcommand.
#[derive(Debug, PartialEq, Eq)]
struct Options {
    old: String,
    new: String,
    date: String,
    timing: Timing,
    lang: Lang,
    /// Where to write the workbook, instead of the CSV on stdout.
    xlsx: Option<String>,
}

/// Runs the subcommand on its arguments (those after `diff`).
pub fn run(args: &[String]) -> ExitCode {
    let options = match parsed(parse(args, today_utc), USAGE) {
        Ok(options) => options,
        Err(code) => return code,
    };
    let mut versions = Vec::new();
    for file in [&options.old, &options.new] {
        match read(file) {
            Ok(imported) => versions.push(imported.declaration),
            Err(problem) => {
                eprintln!("{file}: {}", problem.ja);
                eprintln!("{file}: {}", problem.en);
            }
        }
    }
    let [old, new] = versions.as_slice() else {
        return ExitCode::from(2);
    };
    let rows = changes::rows(changes::diff(old, new), &options.date, options.timing);
    if let Some(path) = &options.xlsx {
        return crate::xlsx::write(declaration::xlsx::change_list(&rows, options.lang), path);
    }
    let csv = changes::to_csv(&rows, options.lang);
    let mut out = std::io::stdout().lock();
    // A closed pipe (`| head`) is not worth a panic.
    let _ = out.write_all(csv.as_bytes()).and_then(|()| out.flush());
    ExitCode::SUCCESS
}

/// `Ok(None)` for `--help`; `Err` with both languages for a usage error. `today` gives the
/// default date.
fn parse(args: &[String], today: fn() -> String) -> Result<Option<Options>, String> {
    let mut files = Vec::new();
    let (mut date, mut timing, mut lang, mut xlsx) = (None, Timing::Unchosen, Lang::Ja, None);
    let mut options_done = false;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if options_done || !arg.starts_with('-') || arg == "-" {
            files.push(arg.clone());
            continue;
        }
        if arg == "--" {
            options_done = true;
            continue;
        }
        if arg == "--help" || arg == "-h" {
            return Ok(None);
        }
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name, Some(value.to_string())),
            None => (arg.as_str(), None),
        };
        if !["--date", "--timing", "--lang", "--xlsx"].contains(&name) {
            return Err(unknown_option(arg));
        }
        let value = inline.or_else(|| iter.next().cloned()).unwrap_or_default();
        match name {
            "--date" => match Date::parse(value.trim()) {
                Some(d) => date = Some(d.to_string()),
                None => {
                    return Err(format!(
                        "--date には実在する日付を YYYY-MM-DD で指定してください（{value}） / --date takes a real date as YYYY-MM-DD ({value})"
                    ))
                }
            },
            "--timing" => {
                timing = Timing::parse(&value).ok_or_else(|| {
                    format!(
                        "--timing には 事前 又は 事後（before 又は after）を指定してください（{value}） / --timing takes before or after ({value})"
                    )
                })?
            }
            "--xlsx" if value.is_empty() => {
                return Err(
                    "--xlsx には書き出すファイル名を指定してください。 / --xlsx takes the file to write."
                        .into(),
                )
            }
            "--xlsx" => xlsx = Some(value),
            _ => lang = parse_lang(&value)?,
        }
    }
    let [old, new] = <[String; 2]>::try_from(files).map_err(|files| {
        format!(
            "変更前と変更後の2つのファイルを指定してください（{}個指定されました）。 / Give two files, the earlier version and the later one ({} given).",
            files.len(),
            files.len()
        )
    })?;
    Ok(Some(Options {
        old,
        new,
        date: date.unwrap_or_else(today),
        timing,
        lang,
        xlsx,
    }))
}

/// Today's date in UTC, `YYYY-MM-DD`.
fn today_utc() -> String {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = declaration::time::civil_from_days((seconds / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn fixed() -> String {
        "2024-02-20".to_string()
    }

    #[test]
    fn today_is_a_date() {
        assert!(Date::parse(&today_utc()).is_some());
    }

    #[test]
    fn options_and_defaults() {
        let o = parse(&args(&["a.json", "b.json"]), fixed).unwrap().unwrap();
        assert_eq!(
            o,
            Options {
                old: "a.json".into(),
                new: "b.json".into(),
                date: "2024-02-20".into(),
                timing: Timing::Unchosen,
                lang: Lang::Ja,
                xlsx: None,
            }
        );
        let o = parse(
            &args(&[
                "--timing",
                "事後",
                "a",
                "--date=2024-02-28",
                "b",
                "--lang",
                "en",
            ]),
            fixed,
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            (o.date.as_str(), o.timing, o.lang),
            ("2024-02-28", Timing::After, Lang::En)
        );
        assert_eq!(parse(&args(&["--help"]), fixed), Ok(None));
    }

    #[test]
    fn usage_errors_say_what_to_do_in_both_languages() {
        for (list, word) in [
            (&["a"][..], "2つのファイル"),
            (&["a", "b", "c"], "Give two files"),
            (&["--date", "2024-02-30", "a", "b"], "--date"),
            (&["--timing=soon", "a", "b"], "--timing"),
            (&["--lang", "fr", "a", "b"], "--lang"),
            (&["--frobnicate", "a", "b"], "--frobnicate"),
            (&["a", "b", "--date"], "--date"),
            (&["a", "b", "--xlsx"], "--xlsx"),
        ] {
            let e = parse(&args(list), fixed).unwrap_err();
            assert!(e.contains(word) && e.contains(" / "), "{list:?}: {e}");
        }
    }
}
