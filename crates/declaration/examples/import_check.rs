//! What the core makes of files of one exchange format, one JSON line per file:
//! `{"file", "imports": bool, "complete": bool | null, "normalised": bool | null,
//! "problem": "…" | null}` — whether the importer takes it (`problem` is its Japanese
//! message when not) and, for a declaration, whether the rules find it complete after
//! normalising, and whether normalising changed it (a 和暦 date, full-width digits: the
//! app takes them, the exchange format and its schema do not). `scripts/schema_check.py` holds
//! the JSON Schemas to these verdicts (the schema and the core must agree).
//! Run: `cargo run -p declaration --example import_check -- declaration|review|part FILE...`.

use declaration::{io, normalize, part, review, rules};
use serde_json::json;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((kind, files)) = args.split_first() else {
        eprintln!("usage: import_check declaration|review|part FILE...");
        std::process::exit(2);
    };
    for file in files {
        let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let (complete, normalised, problem) = match kind.as_str() {
            "declaration" => match io::import(&bytes) {
                Ok(imported) => {
                    let mut d = imported.declaration.clone();
                    normalize::normalize(&mut d);
                    let changed = d != imported.declaration;
                    (Some(rules::errors(&d).is_empty()), Some(changed), None)
                }
                Err(e) => (None, None, Some(e.words().ja)),
            },
            "review" => (
                None,
                None,
                review::import(&bytes).err().map(|e| e.words().ja),
            ),
            "part" => (None, None, part::import(&bytes).err().map(|e| e.words().ja)),
            other => panic!("no format {other}"),
        };
        let line = json!({
            "file": file,
            "imports": problem.is_none(),
            "complete": complete,
            "normalised": normalised,
            "problem": problem,
        });
        println!("{line}");
    }
}
