//! The review file of `exchange.md` §1 as serde types: the [`Review`], the declaration it
//! is about ([`Reviewed`]), its [`Outcome`], and its questions ([`Item`]) with their
//! [`Target`], [`ItemStatus`] and the earlier turns of its thread ([`Turn`]).

use serde::{Deserialize, Serialize};

/// The `format` of a review file.
pub const FORMAT: &str = "cloud-subcontract-review";

/// The `schema_version` this crate writes and reads up to.
pub const SCHEMA_VERSION: u32 = 1;

/// The longest `comment`, `reply` and `outcome_note`, in characters.
pub const MAX_TEXT_CHARS: usize = 4000;

/// The most questions a review file may hold (as many as subcontractors a declaration may).
pub const MAX_ITEMS: usize = 500;

/// The most earlier turns one question keeps (a 再照会 adds two: the reply and the new
/// question).
pub const MAX_TURNS: usize = 100;

/// A review file (照会事項ファイル).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Review {
    pub format: String,
    pub schema_version: u32,
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    pub declaration: Reviewed,
    #[serde(default)]
    pub reviewer: Reviewer,
    #[serde(default)]
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome_note: Option<String>,
    #[serde(default)]
    pub items: Vec<Item>,
}

/// The declaration a review is about.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Reviewed {
    pub id: String,
    /// The canonical hash (declaration.md §7) of the version reviewed, as the app read it.
    pub sha256: String,
    /// The hash of the same version's content: §7 without the file's timestamps and
    /// generator ([`crate::io::content_sha256`]), so "changed since the review" is judged
    /// on what the contractor wrote, never on an export or an import touching a time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_sha256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declaration_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
}

/// Who reviews.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Reviewer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Where the review stands: 審査中 / 差戻し / 受理.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    #[default]
    InReview,
    Returned,
    Accepted,
}

/// Where a question stands: 未回答 / 回答済み / 解決.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    #[default]
    Open,
    Answered,
    Resolved,
}

/// What a question is about: exactly one of a condition, an answer (with the id of its
/// entry, which wins over the index of the path) or a section.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Target {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
}

/// One question (照会事項) and its reply.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Item {
    pub id: String,
    pub target: Target,
    pub comment: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default)]
    pub status: ItemStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replied_at: Option<String>,
    /// Every earlier turn after the question, oldest first: the replies a 再照会 closed,
    /// the questions it asked, the 解決 (`exchange.md` §1). Never rewritten.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Turn>,
}

/// One earlier turn of a question's thread.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Turn {
    pub kind: TurnKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub at: String,
    /// Who (the reviewer's name, when known).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

/// What a [`Turn`] was: the question, a reply, a 再照会, a 解決.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TurnKind {
    #[default]
    Comment,
    Reply,
    AskAgain,
    Resolve,
}

impl TurnKind {
    /// 照会 / 回答 / 再照会 / 解決, "Question" / "Reply" / "Asked again" / "Resolved".
    pub fn label(self, lang: crate::Lang) -> &'static str {
        match self {
            TurnKind::Comment => lang.pick("照会", "Question"),
            TurnKind::Reply => lang.pick("回答", "Reply"),
            TurnKind::AskAgain => lang.pick("再照会", "Asked again"),
            TurnKind::Resolve => lang.pick("解決", "Resolved"),
        }
    }
}

impl Reviewer {
    /// 「○○市 保険年金課 山田」: the parts given, in order, one space between.
    pub fn line(&self) -> String {
        [&self.organization, &self.department, &self.name]
            .into_iter()
            .filter_map(|p| p.as_deref().map(str::trim).filter(|p| !p.is_empty()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Whether nothing is given.
    pub fn is_empty(&self) -> bool {
        self.line().is_empty()
    }
}

impl Outcome {
    /// 審査中 / 差戻し / 受理, "In review" / "Returned" / "Accepted".
    pub fn label(self, lang: crate::Lang) -> &'static str {
        match self {
            Outcome::InReview => lang.pick("審査中", "In review"),
            Outcome::Returned => lang.pick("差戻し", "Returned"),
            Outcome::Accepted => lang.pick("受理", "Accepted"),
        }
    }
}

impl ItemStatus {
    /// 未回答 / 回答済み / 解決, "Open" / "Answered" / "Resolved".
    pub fn label(self, lang: crate::Lang) -> &'static str {
        match self {
            ItemStatus::Open => lang.pick("未回答", "Open"),
            ItemStatus::Answered => lang.pick("回答済み", "Answered"),
            ItemStatus::Resolved => lang.pick("解決", "Resolved"),
        }
    }
}
