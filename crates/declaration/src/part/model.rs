//! The part file of `exchange.md` §2 as serde types: the [`Part`] (one request for one
//! subcontractor's entry and everything below it), the declaration it is for ([`PartOf`])
//! and who asks ([`Requester`]).

use crate::model::Subcontractor;
use serde::{Deserialize, Serialize};

/// The `format` of a part file.
pub const FORMAT: &str = "cloud-subcontract-part";

/// The `schema_version` this crate writes and reads up to.
pub const SCHEMA_VERSION: u32 = 1;

/// The longest `message`, in characters.
pub const MAX_MESSAGE_CHARS: usize = 4000;

/// A part file (記入依頼ファイル).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Part {
    pub format: String,
    pub schema_version: u32,
    /// This request's id.
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Set when the subcontractor saves the part back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returned_at: Option<String>,
    pub declaration: PartOf,
    #[serde(default)]
    pub requested_by: Requester,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The id of the subcontractor entry this request is for.
    pub root: String,
    /// The chain above `root`, read-only context: from the contractor's own subcontractor
    /// down to root's parent, in order (empty when the contractor commissions root itself).
    /// Shown to the subcontractor (who it works under, and that one's commissioner); never
    /// edited, never merged back.
    #[serde(default)]
    pub above: Vec<Above>,
    /// `root` and its descendants, in the declaration's order; `root.parent` names an entry
    /// outside the part.
    #[serde(default)]
    pub subcontractors: Vec<Subcontractor>,
}

/// What the part is for, for the subcontractor to see.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PartOf {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contractor_name: Option<String>,
}

/// One entry of the chain above a part's root: its id in the declaration and its name.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Above {
    pub id: String,
    #[serde(default)]
    pub name: String,
}

/// Who asks.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Requester {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

impl Part {
    /// The root entry.
    pub fn root_entry(&self) -> Option<&Subcontractor> {
        self.subcontractors.iter().find(|s| s.id == self.root)
    }
}
