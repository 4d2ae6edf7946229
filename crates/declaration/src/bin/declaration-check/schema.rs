//! `declaration-check schema [declaration|review|part]`: prints the JSON Schema (draft
//! 2020-12) of one exchange format ([`declaration::schema`]), pretty-printed, for the city's
//! own systems; the built site serves the same three files under `schema/`.

use std::io::Write;
use std::process::ExitCode;

use declaration::schema::Kind;

use crate::input::parsed;

const USAGE: &str = "\
使い方: declaration-check schema [declaration|review|part]
Usage:  declaration-check schema [declaration|review|part]

交換形式の JSON Schema（2020-12）を標準出力に書きます（既定は declaration）。
Prints the JSON Schema (draft 2020-12) of an exchange format (default: declaration).
  declaration  自己申告書 / the declaration (declaration.md §2)
  review       照会事項（審査ファイル） / the reviewer's review file (exchange.md)
  part         記入依頼（部分ファイル） / the subcontractor's part file (exchange.md)
";

/// Runs `schema` with the arguments after the word `schema`.
pub(crate) fn run(args: &[String]) -> ExitCode {
    let kind = match parsed(parse_args(args), USAGE) {
        Ok(kind) => kind,
        Err(code) => return code,
    };
    let text = serde_json::to_string_pretty(&kind.schema()).expect("a Value always serialises");
    let mut out = std::io::stdout().lock();
    // A closed pipe (`| head`) is not worth a panic.
    let _ = writeln!(out, "{text}").and_then(|()| out.flush());
    ExitCode::SUCCESS
}

fn parse_args(args: &[String]) -> Result<Option<Kind>, String> {
    match args {
        [] => Ok(Some(Kind::Declaration)),
        [flag] if flag == "-h" || flag == "--help" => Ok(None),
        [name] => Kind::parse(name).map(Some).ok_or_else(|| {
            format!(
                "形式は declaration、review 又は part を指定してください（{name}） / The format is declaration, review or part ({name})"
            )
        }),
        _ => Err("形式は1つだけ指定してください。 / Give one format only.".to_string()),
    }
}
