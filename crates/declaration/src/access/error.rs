//! [`AccessError`]: why a path could not be read or written, in Japanese and English, in
//! words the form can show beside the control (GOV.UK style: say how to fix it).

use crate::words::Words;
use std::fmt;

use crate::fields::{self, Lang, Shape};

/// Why [`super::set`], [`super::set_text`] or [`super::push_default`] refused a change. The
/// declaration is left as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccessError {
    /// The path is not of the form `a.b[1].c`.
    BadPath { path: String },
    /// The path names no answer of the format.
    UnknownPath { path: String },
    /// `list[index]` does not exist (entries are added with [`super::push_default`]).
    NoSuchEntry { list: String, index: usize },
    /// The value does not fit the answer (a choice that does not exist, a text where a
    /// number belongs, …).
    Invalid { path: String, detail: String },
    /// A number field was given text that is not a whole number.
    NotAWholeNumber { path: String },
    /// [`super::push_default`] was given a path that is not one of the lists.
    NotAList { path: String },
    /// The responsibility matrix already has a row for every layer.
    MatrixFull,
}

/// The visible label of a path in both languages ([`crate::words::label_of`]).
fn label(path: &str) -> Words {
    crate::words::label_of(path)
}

/// The English label as the object of a sentence: "the entrustment item number".
fn object(en: &str) -> String {
    let mut chars = en.chars();
    match chars.next() {
        Some(first) if chars.clone().next().is_some_and(char::is_lowercase) => {
            format!("the {}{}", first.to_lowercase(), chars.as_str())
        }
        _ => format!("the {en}"),
    }
}

impl AccessError {
    /// The message in both languages.
    pub fn words(&self) -> Words {
        Words::new(self.ja(), self.en())
    }

    /// The path the error is about, for the form to place the message.
    pub fn path(&self) -> &str {
        match self {
            AccessError::BadPath { path }
            | AccessError::UnknownPath { path }
            | AccessError::Invalid { path, .. }
            | AccessError::NotAWholeNumber { path }
            | AccessError::NotAList { path } => path,
            AccessError::NoSuchEntry { list, .. } => list,
            AccessError::MatrixFull => "responsibility.matrix",
        }
    }

    /// The message in Japanese.
    fn ja(&self) -> String {
        match self {
            AccessError::BadPath { path } => {
                format!("項目の指定「{path}」の形式が正しくありません")
            }
            AccessError::UnknownPath { path } => format!("「{path}」という項目はありません"),
            AccessError::NoSuchEntry { list, index } => {
                format!("{}の{}件目はありません", label(list).ja, index + 1)
            }
            AccessError::Invalid { path, .. } => {
                let Words { ja, .. } = label(path);
                match fields::field(path).map(|f| f.control.shape()) {
                    Some(Shape::Choice | Shape::Parent) => {
                        format!("{ja}は選択肢から選んでください")
                    }
                    Some(Shape::YesNo) => format!("{ja}は「はい」か「いいえ」を選んでください"),
                    Some(Shape::Check) => {
                        format!("{ja}はチェックを入れるか外すかで答えてください")
                    }
                    Some(Shape::Text | Shape::Number | Shape::Date | Shape::Group) | None => {
                        format!("{ja}に入力できない値です。入力し直してください")
                    }
                }
            }
            AccessError::NotAWholeNumber { path } => {
                format!("{}は 5 のように数字で入力してください", label(path).ja)
            }
            AccessError::NotAList { path } => {
                format!("「{path}」は項目を追加できる一覧ではありません")
            }
            AccessError::MatrixFull => {
                "責任分担表には全てのレイヤーが既にあります。追加せずに担当を変更してください"
                    .to_string()
            }
        }
    }

    /// The message in English.
    fn en(&self) -> String {
        match self {
            AccessError::BadPath { path } => format!("The field reference “{path}” is malformed"),
            AccessError::UnknownPath { path } => format!("There is no field “{path}”"),
            AccessError::NoSuchEntry { list, index } => {
                format!("{} has no entry {}", label(list).en, index + 1)
            }
            AccessError::Invalid { path, .. } => {
                let Words { en, .. } = label(path);
                let what = object(&en);
                match fields::field(path).map(|f| f.control.shape()) {
                    Some(Shape::Choice | Shape::Parent) => {
                        format!("Choose {what} from the options")
                    }
                    Some(Shape::YesNo) => format!("Answer yes or no for {what}"),
                    Some(Shape::Check) => format!("Tick or untick {what}"),
                    Some(Shape::Text | Shape::Number | Shape::Date | Shape::Group) | None => {
                        format!("{en}: this value cannot be stored. Enter it again")
                    }
                }
            }
            AccessError::NotAWholeNumber { path } => {
                format!("Enter {} as a number, like 5", object(&label(path).en))
            }
            AccessError::NotAList { path } => {
                format!("“{path}” is not a list that entries can be added to")
            }
            AccessError::MatrixFull => "The responsibility table already has a row for every \
                                        layer. Change the owner of a row instead"
                .to_string(),
        }
    }

    /// The message in the given language.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Ja => self.ja(),
            Lang::En => self.en(),
        }
    }
}

/// The Japanese message (the product's primary language).
impl fmt::Display for AccessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.ja())
    }
}

impl std::error::Error for AccessError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_number_message_names_the_field_and_the_form_of_the_answer() {
        let e = AccessError::NotAWholeNumber {
            path: "basic.item_number".into(),
        };
        assert_eq!(e.ja(), "委託事項の番号は 5 のように数字で入力してください");
        assert_eq!(
            e.en(),
            "Enter the entrustment item number as a number, like 5"
        );
        assert_eq!(e.to_string(), e.ja());
        assert_eq!(e.message(Lang::En), e.en());
        assert_eq!(e.path(), "basic.item_number");
    }

    #[test]
    fn invalid_choice_says_to_choose() {
        let e = AccessError::Invalid {
            path: "cloud.service_model".into(),
            detail: String::new(),
        };
        assert_eq!(e.ja(), "サービス形態は選択肢から選んでください");
        assert_eq!(e.en(), "Choose the service model from the options");
        let yes_no = AccessError::Invalid {
            path: "subcontractors[2].confidentiality.concluded".into(),
            detail: String::new(),
        };
        assert!(
            yes_no.ja().starts_with("秘密保持契約の締結は"),
            "{}",
            yes_no.ja()
        );
    }

    #[test]
    fn acronyms_keep_their_capitals() {
        assert_eq!(
            object("ISMAP registration number"),
            "the ISMAP registration number"
        );
        assert_eq!(object("Country"), "the country");
    }

    #[test]
    fn missing_entry_counts_from_one_and_names_the_list() {
        let e = AccessError::NoSuchEntry {
            list: "subcontractors".into(),
            index: 2,
        };
        assert_eq!(e.ja(), "再委託先の3件目はありません");
        assert_eq!(e.en(), "Subcontractors has no entry 3");
        assert_eq!(e.path(), "subcontractors");
    }

    #[test]
    fn every_error_has_both_messages() {
        let all = [
            AccessError::BadPath {
                path: "a..b".into(),
            },
            AccessError::UnknownPath {
                path: "basic.x".into(),
            },
            AccessError::NoSuchEntry {
                list: "measures".into(),
                index: 0,
            },
            AccessError::Invalid {
                path: "basic.municipality".into(),
                detail: "x".into(),
            },
            AccessError::NotAWholeNumber {
                path: "basic.item_number".into(),
            },
            AccessError::NotAList {
                path: "basic".into(),
            },
            AccessError::MatrixFull,
        ];
        for e in all {
            assert!(!e.ja().is_empty() && !e.en().is_empty(), "{e:?}");
            assert_ne!(e.ja(), e.en());
        }
    }
}
