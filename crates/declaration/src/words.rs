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
