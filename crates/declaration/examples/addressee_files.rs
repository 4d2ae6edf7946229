//! Writes the file each addressee of a working file receives (`addressees.md`, "The files"),
//! as 「全ての宛先に書き出す」 does, into a folder: `scripts/schema_check.py` holds them to the
//! published schema without needing the app.
//! Run: `cargo run -p declaration --example addressee_files -- WORKING.json OUT_DIR`.

use declaration::addressees::package;
use declaration::io;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [working, out] = args.as_slice() else {
        eprintln!("usage: addressee_files WORKING.json OUT_DIR");
        std::process::exit(2);
    };
    let bytes = std::fs::read(working).unwrap_or_else(|e| panic!("{working}: {e}"));
    let d = io::import(&bytes)
        .unwrap_or_else(|e| panic!("{working}: {}", e.words().en))
        .declaration;
    std::fs::create_dir_all(out).unwrap_or_else(|e| panic!("{out}: {e}"));
    let files = package::files(&d, "2026-12-08T00:00:00Z", "example");
    for f in &files {
        let path = std::path::Path::new(out).join(&f.name);
        std::fs::write(&path, &f.text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    println!("{}", files.len());
}
