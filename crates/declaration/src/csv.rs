//! CSV for Excel, written one way everywhere (the change list, `declaration-check --format
//! csv`): UTF-8 with a byte-order mark (so Excel reads the Japanese right), CRLF line ends,
//! RFC 4180 quoting. A cell that Excel would take for a formula (one starting with `=`, `+`,
//! `-`, `@`, their full-width forms ＝＋－＠, a tab or a carriage return) is written with a
//! leading `'`, and NUL characters are dropped, so that a file received from someone else
//! cannot run anything when opened.

/// What a CSV file starts with.
pub const BOM: &str = "\u{FEFF}";

/// The characters that make Excel (and, for the full-width ones, Excel under a Japanese
/// IME) read a cell as a formula when they come first.
const FORMULA_START: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

/// Appends one record of `cells` and its CRLF.
pub fn record(out: &mut String, cells: impl IntoIterator<Item = String>) {
    for (n, cell) in cells.into_iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        out.push_str(&quote(&defuse(cell)));
    }
    out.push_str("\r\n");
}

/// A cell quoted when it holds a quote, a comma or a line break (RFC 4180), quotes doubled.
fn quote(cell: &str) -> String {
    if cell.contains(['"', ',', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// A cell Excel would read as a formula, with a leading `'` so it stays text; NUL
/// characters, which cut a cell short in some readers, are dropped.
fn defuse(cell: String) -> String {
    let cell = if cell.contains('\0') {
        cell.replace('\0', "")
    } else {
        cell
    };
    if cell.starts_with(FORMULA_START) {
        format!("'{cell}")
    } else {
        cell
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(cells: &[&str]) -> String {
        let mut out = String::new();
        record(&mut out, cells.iter().map(|c| c.to_string()));
        out
    }

    #[test]
    fn quotes_and_defuses() {
        assert_eq!(
            one(&["a", "b,c", "d\"e", "f\ng"]),
            "a,\"b,c\",\"d\"\"e\",\"f\ng\"\r\n"
        );
        assert_eq!(
            one(&["=1+1", "＝１", "－1", "＠x", "@x", "+1", "\0=cmd", "a\0b"]),
            "'=1+1,'＝１,'－1,'＠x,'@x,'+1,'=cmd,ab\r\n"
        );
        assert_eq!(one(&[]), "\r\n");
    }
}
