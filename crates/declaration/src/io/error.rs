//! Why a file could not be imported ([`ImportError`]), and its message in Japanese and
//! English: plain words, the place in the file, and what to do about it.

use crate::answers::Group;
use crate::words::Words;
use std::fmt;

use crate::fields::{self, Labelled, Lang};
use crate::model::{
    Category, HandlerCount, IsmapList, Layer, MeasureStatus, Owner, Phase, RegionPurpose,
    ServiceModel, TlsVersion, VerificationMethod, SCHEMA_VERSION,
};

use super::MAX_BYTES;

/// Why a file could not be read as a declaration. The checks run in this order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_BYTES`]; refused before it is parsed.
    TooLarge { bytes: usize },
    /// Not UTF-8 text.
    NotUtf8,
    /// UTF-16 text (a byte-order mark, or the zero bytes every other byte that UTF-16
    /// writes for ASCII), which some Windows editors save as 「Unicode」.
    Utf16,
    /// Not JSON (or nested deeper than 128 levels). `line` and `column` are 1-based where
    /// the parser stopped (`column` is 0 at the very start of an empty line).
    NotJson { line: usize, column: usize },
    /// JSON, but not an object.
    NotAnObject,
    /// `format` is missing (`None`) or not `cloud-subcontract-declaration`. A value that is
    /// not a string is given as its JSON text.
    WrongFormat { found: Option<String> },
    /// `schema_version` is newer than this crate reads.
    NewerVersion { found: u64 },
    /// `schema_version` is missing or not a whole number ≥ 0.
    BadVersion,
    /// A value has the wrong type or an unknown enum value. `path` is like
    /// `subcontractors[1].confidentiality.concluded`; `expected` is the deserializer's words
    /// for what was expected (`a boolean`, ``one of `iaas`, `paas`, `saas` ``, `i64`, …),
    /// which the messages turn into plain words.
    WrongType { path: String, expected: String },
    /// An object names the key at `path` twice: which value is meant cannot be known.
    DuplicateKey { path: String },
    /// A list has more entries than [`super::LIMITS`] allows.
    TooMany {
        group: Group,
        found: usize,
        limit: usize,
    },
}

const PICK_FILE_JA: &str = "このアプリから出力した申告書ファイル（.json）を選んでください。";
const PICK_FILE_EN: &str = "Choose a declaration file (.json) exported from this app.";

impl ImportError {
    /// The message in both languages.
    pub fn words(&self) -> Words {
        Words::new(self.ja(), self.en())
    }

    /// The message in Japanese.
    fn ja(&self) -> String {
        match self {
            ImportError::TooLarge { bytes } => format!(
                "ファイルが大きすぎます（{}）。{} 以下の申告書ファイルを選んでください。",
                mib(*bytes),
                limit()
            ),
            ImportError::NotUtf8 => format!(
                "文字コードが UTF-8 ではないため読み取れません。{PICK_FILE_JA}"
            ),
            ImportError::Utf16 => format!(
                "文字コードが UTF-16（「Unicode」）で保存されているため読み取れません。メモ帳などで開き、文字コードを「UTF-8」にして保存し直してから選んでください。{PICK_FILE_JA}"
            ),
            ImportError::TooMany { group, found, limit } => format!(
                "{}が{found}件あり、上限の{limit}件を超えています。このアプリで扱える{}は{limit}件までです。件数を減らしたファイルを作成した方に依頼してください。",
                group.noun().ja,
                group.noun().ja
            ),
            ImportError::NotJson { line, column } => format!(
                "JSON として読み取れません（{line}行目 {}文字目）。{PICK_FILE_JA}",
                column.max(&1)
            ),
            ImportError::NotAnObject => format!(
                "JSON ですが、申告書の形（{{ で始まるオブジェクト）ではありません。{PICK_FILE_JA}"
            ),
            ImportError::WrongFormat { found: Some(found) } => format!(
                "クラウド再委託の申告書ファイルではありません（format が \"{}\"）。{PICK_FILE_JA}",
                shorten(found)
            ),
            ImportError::WrongFormat { found: None } => format!(
                "クラウド再委託の申告書ファイルではありません（format の指定がありません）。{PICK_FILE_JA}"
            ),
            ImportError::NewerVersion { found } => format!(
                "このファイルは新しい版（schema_version {found}）で作られています。アプリを最新の版に更新してから開いてください（この版が読めるのは schema_version {SCHEMA_VERSION} までです）。"
            ),
            ImportError::BadVersion => format!(
                "様式の版（schema_version）が無いか、整数ではありません。{PICK_FILE_JA}ファイルを直す場合は \"schema_version\": {SCHEMA_VERSION} のように整数で書いてください。"
            ),
            ImportError::WrongType { path, expected } if expected == MISSING => {
                let Words { ja, .. } = describe(expected, path);
                format!(
                    "{} がありません（{ja}が必要です）。ファイルを修正するか、アプリで入力し直してください。",
                    name(path, Lang::Ja)
                )
            }
            ImportError::DuplicateKey { path } => format!(
                "ファイルの中で「{path}」が2回以上書かれています。同じ項目が重なっているファイルは、どちらの値が正しいか決められないため読み込めません。ファイルを作成した方に確認してください。"
            ),
            ImportError::WrongType { path, expected } => {
                let Words { ja, .. } = describe(expected, path);
                let what = if is_choice(expected, path) {
                    "の値が選択肢にありません"
                } else {
                    "の値の型が違います"
                };
                format!(
                    "{} {what}（{ja}が必要です）。ファイルを修正するか、アプリで入力し直してください。",
                    name(path, Lang::Ja)
                )
            }
        }
    }

    /// The message in English.
    fn en(&self) -> String {
        match self {
            ImportError::TooLarge { bytes } => format!(
                "The file is too large ({}). Choose a declaration file of {} or less.",
                mib(*bytes),
                limit()
            ),
            ImportError::NotUtf8 => {
                format!("The file is not UTF-8 text, so it cannot be read. {PICK_FILE_EN}")
            }
            ImportError::Utf16 => format!(
                "The file is saved as UTF-16 (“Unicode”), so it cannot be read. Open it in a text editor, save it again as UTF-8, then choose it. {PICK_FILE_EN}"
            ),
            ImportError::TooMany { group, found, limit } => format!(
                "The file lists {found} entries of “{}”, more than the limit of {limit}. This app handles at most {limit}. Ask whoever made the file for one with fewer entries.",
                group.noun().en
            ),
            ImportError::NotJson { line, column } => format!(
                "The file cannot be read as JSON (line {line}, character {}). {PICK_FILE_EN}",
                column.max(&1)
            ),
            ImportError::NotAnObject => format!(
                "The file is JSON but not a declaration (an object starting with {{). {PICK_FILE_EN}"
            ),
            ImportError::WrongFormat { found: Some(found) } => format!(
                "This is not a cloud re-subcontracting declaration (its format is \"{}\"). {PICK_FILE_EN}",
                shorten(found)
            ),
            ImportError::WrongFormat { found: None } => format!(
                "This is not a cloud re-subcontracting declaration (it has no format). {PICK_FILE_EN}"
            ),
            ImportError::NewerVersion { found } => format!(
                "This file was made by a newer version (schema_version {found}). Update the app to the latest version, then open it again (this version reads up to schema_version {SCHEMA_VERSION})."
            ),
            ImportError::BadVersion => format!(
                "The schema_version is missing or not a whole number. {PICK_FILE_EN} To fix the file, write it as a whole number, like \"schema_version\": {SCHEMA_VERSION}."
            ),
            ImportError::WrongType { path, expected } if expected == MISSING => {
                let Words { en, .. } = describe(expected, path);
                format!(
                    "{} is missing ({en} is needed). Correct the file, or enter the answer again in the app.",
                    name(path, Lang::En)
                )
            }
            ImportError::DuplicateKey { path } => format!(
                "The file gives “{path}” more than once. A file with a repeated key cannot be read, since which value is meant cannot be known. Ask whoever made the file."
            ),
            ImportError::WrongType { path, expected } => {
                let Words { en, .. } = describe(expected, path);
                let what = if is_choice(expected, path) {
                    "has a value that is not one of the choices"
                } else {
                    "has a value of the wrong type"
                };
                format!(
                    "{} {what} ({en} is needed). Correct the file, or enter the answer again in the app.",
                    name(path, Lang::En)
                )
            }
        }
    }

    /// The message in the given language.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Ja => self.ja(),
            Lang::En => self.en(),
        }
    }

    /// A wrong type found while reading the (migrated) object into the model.
    pub(super) fn from_deserialize(err: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let mut path = path_text(err.path());
        let message = err.inner().to_string();
        let expected = if let Some(rest) = message.strip_prefix("missing field `") {
            let field = rest.trim_end_matches('`');
            if path.is_empty() {
                path = field.to_string();
            } else {
                path = format!("{path}.{field}");
            }
            MISSING.to_string()
        } else if let Some(rest) = message.strip_prefix("unknown variant `") {
            match rest.rfind("`, expected ") {
                Some(i) => rest[i + "`, expected ".len()..].to_string(),
                None => message.clone(),
            }
        } else {
            match message.rfind(", expected ") {
                Some(i) => message[i + ", expected ".len()..].to_string(),
                None => message.clone(),
            }
        };
        ImportError::WrongType { path, expected }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} / {}", self.ja(), self.en())
    }
}

impl std::error::Error for ImportError {}

/// The `expected` of a [`ImportError::WrongType`] for a required key that is absent.
pub(super) const MISSING: &str = "a value";

/// `subcontractors[1].confidentiality.concluded`, from the deserializer's path.
fn path_text(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            // Enum variants are values here, not places; unknown segments add nothing readable.
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    out
}

/// The field as the user knows it: 「締結日」(subcontractors[0].confidentiality.date).
fn name(path: &str, lang: Lang) -> String {
    let shown = match (path.is_empty(), lang) {
        (false, _) => path,
        (true, Lang::Ja) => "ファイルの最上位",
        (true, Lang::En) => "the top level of the file",
    };
    match fields::field(path) {
        Some(field) if lang == Lang::Ja => format!("「{}」({shown})", field.label(Lang::Ja)),
        Some(field) => format!("“{}” ({shown})", field.label(Lang::En)),
        None => shown.to_string(),
    }
}

/// The allowed values of the enum a key holds (by the key's last segment), with their words.
fn enum_values(path: &str) -> Option<Vec<(&'static str, &'static str, &'static str)>> {
    fn all<T: Labelled>(
        values: &[T],
        code: fn(T) -> &'static str,
    ) -> Vec<(&'static str, &'static str, &'static str)> {
        values
            .iter()
            .map(|v| (code(*v), v.label(Lang::Ja), v.label(Lang::En)))
            .collect()
    }
    let last = path.rsplit('.').next().unwrap_or(path);
    Some(match last {
        "handler_count" => all(HandlerCount::ALL, HandlerCount::as_str),
        "service_model" => all(ServiceModel::ALL, ServiceModel::as_str),
        "list" => all(IsmapList::ALL, IsmapList::as_str),
        "purpose" => all(RegionPurpose::ALL, RegionPurpose::as_str),
        "method" => all(VerificationMethod::ALL, VerificationMethod::as_str),
        "layer" => all(Layer::ALL, Layer::as_str),
        "owner" => all(Owner::ALL, Owner::as_str),
        "category" => all(Category::ALL, Category::as_str),
        "phase" => all(Phase::ALL, Phase::as_str),
        "status" => all(MeasureStatus::ALL, MeasureStatus::as_str),
        "min_tls" => all(TlsVersion::ALL, TlsVersion::as_str),
        _ => return None,
    })
}

/// Whether the value was expected to be one of the texts of an enum.
fn is_choice(expected: &str, path: &str) -> bool {
    expected.starts_with("one of ") || (expected == "string or map" && enum_values(path).is_some())
}

/// What was expected, in plain Japanese and English.
fn describe(expected: &str, path: &str) -> Words {
    let one_of = |values: Vec<(&str, &str, &str)>| {
        let ja: Vec<String> = values
            .iter()
            .map(|(code, ja, _)| {
                if code == ja {
                    format!("\"{code}\"")
                } else {
                    format!("\"{code}\"（{ja}）")
                }
            })
            .collect();
        let en: Vec<String> = values
            .iter()
            .map(|(code, _, _)| format!("\"{code}\""))
            .collect();
        Words::new(
            format!("次のいずれかの文字列：{}", ja.join("、")),
            format!("one of the texts {}", en.join(", ")),
        )
    };
    let pair = |ja: &str, en: &str| Words::new(ja, en);
    match expected {
        "a boolean" => pair("true又はfalse", "true or false"),
        "a string" => pair("文字列（\"…\"）", "a text in quotes (\"…\")"),
        // With exact numbers (serde_json's `arbitrary_precision`), a number that does not
        // fit the model's integer reads "invalid number": the model holds only integers.
        "i8" | "i16" | "i32" | "i64" | "i128" | "an integer" | "invalid number" => {
            pair("整数", "a whole number")
        }
        "u8" | "u16" | "u32" | "u64" | "u128" => pair("0以上の整数", "a whole number, 0 or more"),
        "a sequence" => pair("配列（[ … ]）", "a list ([ … ])"),
        "a map" => pair("オブジェクト（{ … }）", "an object ({ … })"),
        _ if expected.starts_with("struct ") => pair("オブジェクト（{ … }）", "an object ({ … })"),
        _ => {
            if let Some(values) = enum_values(path) {
                return one_of(values);
            }
            if let Some(list) = expected.strip_prefix("one of ") {
                let codes: Vec<&str> = list
                    .split('`')
                    .enumerate()
                    .filter(|(i, _)| i % 2 == 1)
                    .map(|(_, s)| s)
                    .collect();
                return one_of(codes.into_iter().map(|c| (c, c, c)).collect());
            }
            if expected == MISSING {
                return pair("値", "a value");
            }
            pair(expected, expected)
        }
    }
}

/// A size in MiB with one decimal, rounded up so that a file just over the limit does not
/// read as exactly the limit.
fn mib(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10).div_ceil(1024 * 1024);
    format!("{}.{} MiB", tenths / 10, tenths % 10)
}

fn limit() -> String {
    format!("{} MiB", MAX_BYTES / (1024 * 1024))
}

/// At most 40 characters of a found value, so that a message stays readable.
fn shorten(text: &str) -> String {
    let mut out: String = text.chars().filter(|c| !c.is_control()).take(40).collect();
    if text.chars().count() > 40 {
        out.push('…');
    }
    out
}
