//! Reading a part file: the checks every exchange file has ([`io::read_object`]: size,
//! encoding, JSON, duplicate keys), its `format` and `schema_version` (newer refused), the
//! import limit on subcontractors, the model with unknown keys kept, then the rules of the
//! format ([`PartError::Invalid`]): a request id, a declaration id, a root that is one of
//! its entries, ids unique, and every entry below the root (none above or beside it).

use super::model::{Part, FORMAT, MAX_MESSAGE_CHARS, SCHEMA_VERSION};
use crate::answers::Group;
use crate::io::{self, ImportError, MAX_SUBCONTRACTORS};
use crate::words::Words;
use serde_json::Value;

/// A part file as read: the part, and the keys the model does not know.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedPart {
    pub part: Part,
    pub extra: Value,
}

/// Why a part file could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum PartError {
    /// The checks every exchange file has (size, encoding, JSON, limits, types).
    File(ImportError),
    /// Not a part file.
    WrongFormat {
        found: Option<String>,
    },
    NewerVersion {
        found: u64,
    },
    BadVersion,
    /// A rule of the format is broken at `path`.
    Invalid {
        path: String,
        why: Words,
    },
    /// The part is for another declaration (`part` its id, `draft` the one open).
    OtherDeclaration {
        part: String,
        draft: String,
    },
    /// The draft has no entry `root` (it was removed since the request).
    NoRoot {
        root: String,
    },
    /// The returned part holds entries of the draft that are not below its root.
    OutsideSubtree {
        ids: Vec<String>,
    },
}

/// The part file, as its messages name it.
const KIND: io::FileKind = io::FileKind {
    noun: ("記入依頼ファイル", "part file"),
    pick: (
        "依頼元から受け取った「記入依頼_…json」、または返送された「記入返送_…json」を選んでください。",
        "Choose the “記入依頼_….json” you were sent, or the “記入返送_….json” that came back.",
    ),
    reads_up_to: SCHEMA_VERSION,
};

impl PartError {
    /// The message in both languages.
    pub fn words(&self) -> Words {
        match self {
            PartError::File(e) => e.words(),
            PartError::WrongFormat { found } => KIND.wrong_format(found.as_deref()),
            PartError::NewerVersion { found } => KIND.newer(*found),
            PartError::BadVersion => KIND.bad_version(),
            PartError::Invalid { path, why } => Words::new(
                format!("記入依頼ファイルの「{path}」：{}。ファイルを作成した方に確認してください。", why.ja),
                format!("The part file's “{path}”: {}. Ask whoever made it.", why.en),
            ),
            PartError::OtherDeclaration { part, draft } => Words::new(
                format!("この記入依頼は別の申告書（ID {part}）のものです。開いている下書き（ID {draft}）には取り込めません。依頼を作成した申告書の下書きを開いてから、もう一度取り込んでください。"),
                format!("This part belongs to another declaration (id {part}), so it cannot go into the open draft (id {draft}). Open the draft the request was made from, then import it again."),
            ),
            PartError::NoRoot { root } => Words::new(
                format!("記入依頼の対象の再委託先（ID {root}）が、下書きにありません。依頼後に削除されたようです。元に戻すか、新しく依頼し直してください。"),
                format!("The subcontractor this part is for (id {root}) is not in the draft: it was removed after the request. Restore it, or make a new request."),
            ),
            PartError::OutsideSubtree { ids } => Words::new(
                format!("返送された記入依頼に、依頼した再委託先の下にない再委託先（ID {}）が含まれています。記入依頼で変更できるのは、依頼した再委託先とその下の再委託先だけです。", ids.join("、")),
                format!("The part returned holds subcontractors not below the one asked for (id {}). A part may change only that subcontractor and those below it.", ids.join(", ")),
            ),
        }
    }
}

impl From<ImportError> for PartError {
    fn from(e: ImportError) -> Self {
        PartError::File(e)
    }
}

/// Reads a part file.
pub fn import(bytes: &[u8]) -> Result<ImportedPart, PartError> {
    let value = io::read_object(bytes)?;
    if let Some(found) = io::wrong_format(&value, FORMAT) {
        return Err(PartError::WrongFormat { found });
    }
    let found = value
        .get("schema_version")
        .and_then(Value::as_u64)
        .ok_or(PartError::BadVersion)?;
    if found > u64::from(SCHEMA_VERSION) {
        return Err(PartError::NewerVersion { found });
    }
    if let Some(n) = value
        .get("subcontractors")
        .and_then(Value::as_array)
        .map(Vec::len)
        .filter(|n| *n > MAX_SUBCONTRACTORS)
    {
        return Err(PartError::File(ImportError::TooMany {
            group: Group::Subcontractors,
            found: n,
            limit: MAX_SUBCONTRACTORS,
        }));
    }
    let (part, extra) = io::read_model::<Part>(&value)?;
    check(&part)?;
    Ok(ImportedPart { part, extra })
}

/// The rules of the format a well-typed part must still keep.
fn check(p: &Part) -> Result<(), PartError> {
    let invalid = |path: &str, ja: String, en: String| PartError::Invalid {
        path: path.to_string(),
        why: Words::new(ja, en),
    };
    if p.id.trim().is_empty() {
        return Err(invalid(
            "id",
            "依頼のIDがありません".into(),
            "the request's id is missing".into(),
        ));
    }
    if p.declaration.id.trim().is_empty() {
        return Err(invalid(
            "declaration.id",
            "申告書のIDがありません".into(),
            "the declaration's id is missing".into(),
        ));
    }
    if p.message
        .as_deref()
        .is_some_and(|m| m.chars().count() > MAX_MESSAGE_CHARS)
    {
        return Err(invalid(
            "message",
            format!("{MAX_MESSAGE_CHARS}文字を超えています"),
            format!("it is longer than {MAX_MESSAGE_CHARS} characters"),
        ));
    }
    let mut ids = std::collections::HashSet::new();
    for (i, s) in p.subcontractors.iter().enumerate() {
        if s.id.trim().is_empty() || !ids.insert(s.id.as_str()) {
            return Err(invalid(
                &format!("subcontractors[{i}].id"),
                "再委託先のIDが無いか、重複しています".into(),
                "a subcontractor's id is missing or used twice".into(),
            ));
        }
    }
    if !ids.contains(p.root.as_str()) {
        return Err(invalid(
            "root",
            format!("依頼の対象（ID {}）が再委託先の中にありません", p.root),
            format!(
                "the entry asked for (id {}) is not among the subcontractors",
                p.root
            ),
        ));
    }
    if p.above.len() > MAX_SUBCONTRACTORS {
        return Err(invalid(
            "above",
            format!("上位の委託元が{MAX_SUBCONTRACTORS}件を超えています"),
            format!("the chain above has more than {MAX_SUBCONTRACTORS} entries"),
        ));
    }
    for (i, a) in p.above.iter().enumerate() {
        let name_ok =
            a.name.chars().count() <= 200 && !a.name.chars().any(crate::rules::is_invisible);
        if a.id.trim().is_empty() || ids.contains(a.id.as_str()) || !name_ok {
            return Err(invalid(
                &format!("above[{i}]"),
                "上位の委託元のIDが無いか再委託先と重複している、又は名称が長すぎるか使えない文字を含んでいます".into(),
                "an entry of the chain above has no id, shares one with a subcontractor, or has a name too long or with characters that cannot be shown".into(),
            ));
        }
    }
    let below = super::subtree(&p.subcontractors, &p.root);
    if let Some(i) = (0..p.subcontractors.len()).find(|i| !below.contains(i)) {
        return Err(invalid(
            &format!("subcontractors[{i}].parent"),
            "依頼の対象の再委託先の下にない再委託先があります".into(),
            "an entry is not below the subcontractor asked for".into(),
        ));
    }
    Ok(())
}
