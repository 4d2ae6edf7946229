//! `declaration-check xlsx FILE -o OUT.xlsx [--lang ja|en]`: the declaration's Excel
//! workbook ([`declaration::xlsx::declaration`]: 適合判定, a sheet per section), and
//! [`write()`], which `diff --xlsx` shares, to put a workbook in a file.
//!
//! Exit status 0 when the workbook was written (whether the declaration is complete or not:
//! `declaration-check FILE` judges it); 2 when the file cannot be read, the workbook cannot
//! be written, or on a usage error.

use std::process::ExitCode;

use declaration::Lang;

use crate::input::{parse_lang, parsed, read, unknown_option};

const USAGE: &str = "\
使い方: declaration-check xlsx ファイル.json -o 出力.xlsx [--lang ja|en]
Usage:  declaration-check xlsx FILE.json -o OUT.xlsx [--lang ja|en]

申告書を Excel ブック（.xlsx）に書き出します：適合判定のシートと、節ごとのシート。
Writes the declaration as an Excel workbook: the verdict sheet and a sheet per section.
  -o, --output OUT.xlsx  書き出すファイル（上書きします） / the file to write (overwritten)
  --lang ja|en           ブックの言語（既定は ja） / the workbook's language (default: ja)
";

/// The options of the subcommand.
#[derive(Debug, PartialEq, Eq)]
struct Options {
    file: String,
    output: String,
    lang: Lang,
}

/// Runs `xlsx` with the arguments after the word `xlsx`.
pub(crate) fn run(args: &[String]) -> ExitCode {
    let options = match parsed(parse(args), USAGE) {
        Ok(options) => options,
        Err(code) => return code,
    };
    let imported = match read(&options.file) {
        Ok(imported) => imported,
        Err(problem) => {
            eprintln!("{}: {}", options.file, problem.ja);
            eprintln!("{}: {}", options.file, problem.en);
            return ExitCode::from(2);
        }
    };
    write(
        declaration::xlsx::received(&imported.declaration, options.lang, imported.integrity),
        &options.output,
    )
}

/// Writes a workbook to `path`, or says in both languages why it could not (exit 2).
pub(crate) fn write(book: Result<Vec<u8>, declaration::xlsx::WriteError>, path: &str) -> ExitCode {
    let bytes = match book {
        Ok(bytes) => bytes,
        Err(e) => {
            let words = e.words();
            eprintln!("{}\n{}", words.ja, words.en);
            return ExitCode::from(2);
        }
    };
    match std::fs::write(path, bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "{path}: 書き込めません（{e}）。フォルダがあり、書き込めることを確かめてください。"
            );
            eprintln!(
                "{path}: cannot write it ({e}). Check that the folder exists and is writable."
            );
            ExitCode::from(2)
        }
    }
}

/// `Ok(None)` for `--help`; `Err` with both languages for a usage error.
fn parse(args: &[String]) -> Result<Option<Options>, String> {
    let (mut files, mut output, mut lang) = (Vec::new(), None, Lang::Ja);
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_string())),
            _ => (arg.as_str(), None),
        };
        match name {
            "-h" | "--help" => return Ok(None),
            "-o" | "--output" => {
                let value = inline.or_else(|| iter.next().cloned()).unwrap_or_default();
                if value.is_empty() {
                    return Err(
                        "-o には書き出すファイル名を指定してください。 / -o takes the file to write."
                            .into(),
                    );
                }
                output = Some(value);
            }
            "--lang" => {
                let value = inline.or_else(|| iter.next().cloned()).unwrap_or_default();
                lang = parse_lang(&value)?;
            }
            _ if arg.starts_with('-') && arg != "-" => return Err(unknown_option(arg)),
            _ => files.push(arg.clone()),
        }
    }
    let [file] = <[String; 1]>::try_from(files).map_err(|files| {
        format!(
            "申告書のファイルを1つ指定してください（{}個指定されました）。 / Give one declaration file ({} given).",
            files.len(),
            files.len()
        )
    })?;
    let output = output.ok_or_else(|| {
        "書き出すファイルを -o 出力.xlsx で指定してください。 / Give the file to write with -o OUT.xlsx.".to_string()
    })?;
    Ok(Some(Options { file, output, lang }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn options() {
        let o = parse(&args(&["a.json", "-o", "a.xlsx"])).unwrap().unwrap();
        assert_eq!(
            o,
            Options {
                file: "a.json".into(),
                output: "a.xlsx".into(),
                lang: Lang::Ja
            }
        );
        let o = parse(&args(&["--output=b.xlsx", "--lang", "en", "a.json"]))
            .unwrap()
            .unwrap();
        assert_eq!((o.output.as_str(), o.lang), ("b.xlsx", Lang::En));
        assert_eq!(parse(&args(&["--help"])), Ok(None));
    }

    #[test]
    fn usage_errors_say_what_to_do_in_both_languages() {
        for (list, word) in [
            (&["a.json"][..], "-o"),
            (&["-o", "a.xlsx"], "1つ指定"),
            (&["a", "b", "-o", "c"], "Give one declaration file"),
            (&["a", "-o"], "-o"),
            (&["a", "-o", "b", "--lang", "fr"], "--lang"),
            (&["a", "-o", "b", "--frobnicate"], "--frobnicate"),
        ] {
            let e = parse(&args(list)).unwrap_err();
            assert!(e.contains(word) && e.contains(" / "), "{list:?}: {e}");
        }
    }
}
