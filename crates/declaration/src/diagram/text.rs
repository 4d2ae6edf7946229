//! Text for the diagram: cleaning user answers, estimating how wide a text is drawn, wrapping
//! and shortening it to a width, and XML escaping.
//!
//! Widths are estimated without a font: full-width (CJK) characters as 1em, ASCII letters
//! and digits as about 0.6em, wide capitals and symbols more. Every estimate errs wide, so
//! a text that fits by the estimate fits on paper.

/// The answer with runs of whitespace and line breaks collapsed to one space and the ends
/// trimmed; `None` when nothing is left.
pub(super) fn clean(text: Option<&str>) -> Option<String> {
    let mut out = String::new();
    for word in text?.split(['\n', '\r', '\t', ' ']) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let out = out.trim();
    (!out.is_empty()).then(|| out.to_string())
}

/// The estimated advance of `c`, in em.
pub(super) fn em(c: char) -> f64 {
    match c {
        ' ' => 0.35,
        'M' | 'W' | 'm' | '@' => 1.0,
        'w' | '%' | '&' => 0.85,
        'A'..='Z' => 0.8,
        c if c.is_ascii_control() => 0.0,
        c if c.is_ascii() => 0.6,
        '\u{FF61}'..='\u{FF9F}' => 0.6,    // half-width katakana
        c if (c as u32) >= 0x1F000 => 1.3, // emoji and other wide symbols
        _ => 1.0,
    }
}

/// The estimated width of `text` at `font` px.
pub(super) fn width(text: &str, font: f64) -> f64 {
    text.chars().map(em).sum::<f64>() * font
}

/// `text` shortened with 「…」 at the end so that it fits `max` px at `font` px.
pub(super) fn ellipsize(text: &str, max: f64, font: f64) -> String {
    if width(text, font) <= max {
        return text.to_string();
    }
    let budget = max - em('…') * font;
    let mut used = 0.0;
    let mut out = String::new();
    for c in text.chars() {
        used += em(c) * font;
        if used > budget {
            break;
        }
        out.push(c);
    }
    let mut out = out.trim_end().to_string();
    out.push('…');
    out
}

/// Characters a line must not start with (Japanese line-breaking rules, kinsoku).
const NO_LINE_START: &str =
    "、。，．,.)）」』】〕〉》ー・：:；;！!？?ぁぃぅぇぉっゃゅょァィゥェォッャュョ";

/// `text` broken into at most `max_lines` lines of at most `max` px at `font` px; the last
/// line ends in 「…」 when the text goes on. Latin words break at spaces where they can;
/// Japanese breaks between any two characters, except before closing punctuation.
pub(super) fn wrap(text: &str, max: f64, font: f64, max_lines: usize) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut lines = Vec::new();
    let mut start = 0;
    while lines.len() < max_lines {
        while start < chars.len() && chars[start] == ' ' {
            start += 1;
        }
        if start >= chars.len() {
            break;
        }
        let rest: String = chars[start..].iter().collect();
        if lines.len() + 1 == max_lines {
            lines.push(ellipsize(&rest, max, font));
            break;
        }
        let mut end = start;
        let mut used = 0.0;
        while end < chars.len() && used + em(chars[end]) * font <= max {
            used += em(chars[end]) * font;
            end += 1;
        }
        if end == start {
            break; // not even one character fits
        }
        if end == chars.len() {
            lines.push(rest.trim_end().to_string());
            break;
        }
        end = break_before(&chars, start, end);
        let line: String = chars[start..end].iter().collect();
        lines.push(line.trim_end().to_string());
        start = end;
    }
    lines
}

/// Where to break a line that could hold `chars[start..end]`: at the last space when a
/// Latin word would be cut, one character earlier when the next one may not start a line,
/// and never before `start + 1`.
fn break_before(chars: &[char], start: usize, end: usize) -> usize {
    let latin = |c: char| c.is_ascii_alphanumeric() || "'-_/".contains(c);
    if latin(chars[end]) && latin(chars[end - 1]) {
        if let Some(space) = (start + 1..end).rev().find(|&i| chars[i] == ' ') {
            return space + 1;
        }
    }
    if NO_LINE_START.contains(chars[end]) && end - 1 > start {
        return end - 1;
    }
    end.max(start + 1)
}

/// `text` safe inside XML character data and attribute values, isolated
/// ([`crate::words::isolated`]); characters XML 1.0 does not allow are left out.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in crate::words::isolated(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A coordinate as the SVG writes it: at most two decimals, no trailing zeros.
pub(super) fn num(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_collapses_whitespace() {
        assert_eq!(clean(Some("  a \n\n b\tc  ")), Some("a b c".into()));
        assert_eq!(clean(Some(" \n\u{3000}")), None);
        assert_eq!(clean(None), None);
        assert_eq!(clean(Some("山田　太郎")), Some("山田　太郎".into()));
    }

    #[test]
    fn widths_err_wide() {
        assert_eq!(width("国保", 10.0), 20.0);
        assert_eq!(width("ab", 10.0), 12.0);
        assert!(width("WM", 10.0) >= 20.0);
    }

    #[test]
    fn ellipsize_fits_and_marks_the_cut() {
        assert_eq!(ellipsize("短い", 100.0, 10.0), "短い");
        let cut = ellipsize(&"長".repeat(50), 100.0, 10.0);
        assert_eq!(cut, format!("{}…", "長".repeat(9)));
        assert!(width(&cut, 10.0) <= 100.0);
    }

    #[test]
    fn wrap_breaks_japanese_anywhere_but_before_closing_marks() {
        let lines = wrap("あいうえお、かきくけこ", 50.0, 10.0, 3);
        assert_eq!(lines, ["あいうえ", "お、かきく", "けこ"]);
        let lines = wrap(&"あ".repeat(30), 50.0, 10.0, 2);
        assert_eq!(lines, ["あああああ", "ああああ…"]);
        assert!(wrap("", 50.0, 10.0, 2).is_empty());
        for line in wrap(&"試験、".repeat(40), 57.0, 10.0, 9) {
            assert!(width(&line, 10.0) <= 57.0, "{line}");
            assert!(!line.starts_with('、'), "{line}");
        }
    }

    #[test]
    fn wrap_breaks_latin_at_spaces() {
        let lines = wrap("Example Cloud Operations Japan", 90.0, 10.0, 3);
        assert_eq!(lines, ["Example Cloud", "Operations", "Japan"]);
        // A word longer than the line is cut.
        let lines = wrap("Supercalifragilistic", 60.0, 10.0, 3);
        assert!(lines.iter().all(|l| width(l, 10.0) <= 60.0), "{lines:?}");
        assert_eq!(lines.concat(), "Supercalifragilistic");
    }

    #[test]
    fn escape_and_numbers() {
        assert_eq!(
            escape("<a href=\"x\">&'</a>\u{1}"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;"
        );
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.35");
        assert_eq!(num(0.5), "0.5");
        assert_eq!(num(-0.001), "0");
    }
}
