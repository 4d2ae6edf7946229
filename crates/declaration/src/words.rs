//! An answer in words, in both languages: the one place that says how a yes/no and a
//! choice read (はい / いいえ, the registry's words of a choice). The review page, the
//! printed document and the change list all show answers through these. [`Words`] is the
//! one shape of a text in both languages, in the core and the app alike.

use crate::fields::{self, Labelled, Lang};

/// The product's name: the page title, the header and the printed document's footer.
pub fn product_name() -> Words {
    Words::new(
        "クラウド再委託 自己申告書",
        "Cloud re-subcontracting self-declaration",
    )
}

/// A text in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, serde::Serialize)]
pub struct Words {
    pub ja: String,
    pub en: String,
}

impl Words {
    /// The label of the registry's field `f`, in both languages.
    pub fn label_of_field(f: &fields::Field) -> Words {
        Words::new(f.label(Lang::Ja), f.label(Lang::En))
    }

    /// The hint of the registry's field `f`, in both languages (empty when it has none).
    pub fn hint_of_field(f: &fields::Field) -> Words {
        Words::new(f.hint(Lang::Ja), f.hint(Lang::En))
    }

    pub fn new(ja: impl Into<String>, en: impl Into<String>) -> Words {
        Words {
            ja: ja.into(),
            en: en.into(),
        }
    }

    /// The same text in both languages (a name, a number, what the user typed).
    pub fn same(text: impl Into<String>) -> Words {
        let text = text.into();
        Words {
            ja: text.clone(),
            en: text,
        }
    }

    /// The registry's words of an enum value ([`Labelled`]).
    pub fn of<T: Labelled>(value: T) -> Words {
        Words::new(value.label(Lang::Ja), value.label(Lang::En))
    }

    /// The text of this language.
    pub fn pick(&self, lang: Lang) -> &str {
        lang.pick(&self.ja, &self.en)
    }
}

/// The visible label of the answer at `path` (a path or a key) in both languages; the path
/// itself when the registry does not know it.
pub fn label_of(path: &str) -> Words {
    match fields::field(path) {
        Some(f) => Words::label_of_field(f),
        None => Words::same(path),
    }
}

/// What an answer not given reads as in the printed document and the workbook: 「（記載なし）」.
pub fn not_given(lang: Lang) -> &'static str {
    lang.pick("（記載なし）", "(not given)")
}

/// What an answer not given reads as: 「未記入」 for a yes/no or a check (an unanswered
/// question is never 「いいえ」, spec §4), 「（記載なし）」 for any other. `path` is a path or
/// a registry key.
pub fn missing(path: &str, lang: Lang) -> &'static str {
    use crate::fields::Shape;
    match crate::fields::field(path).map(|f| f.control.shape()) {
        Some(Shape::YesNo | Shape::Check) => lang.pick("未記入", "Not answered"),
        Some(
            Shape::Text
            | Shape::Number
            | Shape::Date
            | Shape::Choice
            | Shape::Parent
            | Shape::Group,
        )
        | None => not_given(lang),
    }
}

/// はい / いいえ.
pub fn yes_no(b: bool) -> Words {
    if b {
        Words::new("はい", "Yes")
    } else {
        Words::new("いいえ", "No")
    }
}

/// The words of the choice `value` of the field at `path` (a path or a registry key); a
/// value the registry does not know is shown as it is.
pub fn choice(path: &str, value: &str) -> Words {
    fields::choices(path)
        .and_then(|options| options.into_iter().find(|o| o.value == value))
        .map_or_else(|| Words::same(value), |o| Words::new(o.ja, o.en))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_read_as_the_registry_words_and_unknown_values_as_they_are() {
        let w = choice("entrustment.handler_count", "under_10");
        assert_eq!(w.pick(Lang::Ja), "10人未満");
        assert_eq!(choice("subcontractors[3].handler_count", "under_10"), w);
        assert_eq!(
            choice("entrustment.handler_count", "many"),
            Words::same("many")
        );
        assert_eq!(yes_no(true).pick(Lang::En), "Yes");
        assert_eq!(yes_no(false).pick(Lang::Ja), "いいえ");
    }
}

/// Whether `c` is a bidirectional control (U+202A–202E, U+2066–2069, U+200E/200F, U+061C:
/// the characters of "Trojan Source", CVE-2021-42574).
pub fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// A user's text as it may be shown beside the app's own words. Plain text (no
/// bidirectional control, no right-to-left letter) comes back as it is. Otherwise each
/// bidirectional control ([`is_bidi`]) is shown as what it is, 「⟨U+202E⟩」, and the whole is
/// wrapped in U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, the text form of
/// `<bdi>`: a name like 「株式会社\u{202E}ABC」 reads 「株式会社⟨U+202E⟩ABC」 — the reviewer sees
/// the character is there — and cannot turn around the sentence it sits in, in the page, the
/// SVG, the printed document or the CSV alike. The rules report it too
/// (「見えない制御文字（U+202E）」).
pub fn isolated(text: &str) -> std::borrow::Cow<'_, str> {
    // Hebrew, Arabic, Syriac, Thaana, N'Ko … and their presentation forms.
    let rtl = |c: char| matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}');
    if !text.chars().any(|c| is_bidi(c) || rtl(c)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    out.push('\u{2068}');
    for c in text.chars() {
        if is_bidi(c) {
            // ⟨U+202E⟩, four hex digits (every control is below U+10000), written by hand:
            // this runs on the first page, which carries no number formatting.
            out.push_str("⟨U+");
            for shift in [12, 8, 4, 0] {
                let digit = (c as u32 >> shift) & 0xF;
                out.push(
                    char::from_digit(digit, 16)
                        .unwrap_or('0')
                        .to_ascii_uppercase(),
                );
            }
            out.push('⟩');
        } else {
            out.push(c);
        }
    }
    out.push('\u{2069}');
    std::borrow::Cow::Owned(out)
}

/// The paths of the texts in `value` (a declaration as JSON) that hold a bidirectional
/// control: what the reader's banner warns the reviewer of.
pub fn bidi_paths(value: &serde_json::Value) -> Vec<String> {
    fn walk(v: &serde_json::Value, at: &str, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) if s.chars().any(is_bidi) => out.push(at.to_string()),
            serde_json::Value::Array(items) => {
                for (i, x) in items.iter().enumerate() {
                    walk(x, &format!("{at}[{i}]"), out);
                }
            }
            serde_json::Value::Object(map) => {
                for (k, x) in map {
                    let path = if at.is_empty() {
                        k.clone()
                    } else {
                        format!("{at}.{k}")
                    };
                    walk(x, &path, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, "", &mut out);
    out
}

#[cfg(test)]
mod isolation_tests {
    use super::isolated;

    #[test]
    fn plain_text_is_untouched_and_bidi_controls_are_contained() {
        assert_eq!(isolated("株式会社ABC（東京）"), "株式会社ABC（東京）");
        assert_eq!(
            isolated("株式会社\u{202E}ABC"),
            "\u{2068}株式会社⟨U+202E⟩ABC\u{2069}"
        );
        // An unmatched PDI inside cannot close the isolate early: it is shown, not obeyed.
        assert_eq!(
            isolated("a\u{2069}\u{202E}b"),
            "\u{2068}a⟨U+2069⟩⟨U+202E⟩b\u{2069}"
        );
        assert_eq!(isolated("שלום"), "\u{2068}שלום\u{2069}");
    }

    #[test]
    fn the_texts_holding_a_control_are_found_by_path() {
        let v = serde_json::json!({
            "basic": {"municipality": "○○市"},
            "subcontractors": [{"name": "A"}, {"name": "国保\u{202E}会央中"}]
        });
        assert_eq!(super::bidi_paths(&v), ["subcontractors[1].name"]);
    }
}
