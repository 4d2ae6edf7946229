//! Making a part file: the request for one subcontractor's entry ([`request`]: that entry
//! and its descendants as they stand, the declaration's context and who asks — nothing
//! else of the declaration), the file's text ([`export`]) and name ([`file_name`]:
//! `記入依頼_<subcontractor>_<date>.json`), the part saved back ([`returned`]), and the
//! ids of the entries a party adds in its part ([`new_id_prefix`]), which no other party's
//! can take.

use super::model::{Part, PartOf, Requester, FORMAT, MAX_MESSAGE_CHARS, SCHEMA_VERSION};
use super::read::PartError;
use crate::model::Declaration;
use crate::words::Words;
use serde_json::Value;

/// The request of the entry `root` of `d`, made `now` with id `id`.
pub fn request(
    d: &Declaration,
    root: &str,
    requested_by: Requester,
    message: Option<String>,
    id: &str,
    now: &str,
) -> Result<Part, PartError> {
    if !d.subcontractors.iter().any(|s| s.id == root) {
        return Err(PartError::NoRoot {
            root: root.to_string(),
        });
    }
    let message = message
        .map(|m| m.trim().to_string())
        .filter(|m| !m.is_empty());
    if message
        .as_deref()
        .is_some_and(|m| m.chars().count() > MAX_MESSAGE_CHARS)
    {
        return Err(PartError::Invalid {
            path: "message".into(),
            why: Words::new(
                format!("{MAX_MESSAGE_CHARS}文字以内で入力してください"),
                format!("Keep it to {MAX_MESSAGE_CHARS} characters or fewer"),
            ),
        });
    }
    let below = super::subtree(&d.subcontractors, root);
    Ok(Part {
        format: FORMAT.to_string(),
        schema_version: SCHEMA_VERSION,
        id: id.to_string(),
        created_at: Some(now.to_string()),
        updated_at: Some(now.to_string()),
        returned_at: None,
        declaration: PartOf {
            id: d.id.clone().unwrap_or_default(),
            municipality: d.basic.municipality.clone(),
            system_name: d.basic.system_name.clone(),
            contractor_name: d
                .entrustment
                .contractor
                .as_ref()
                .and_then(|c| c.name.clone()),
        },
        requested_by,
        message,
        root: root.to_string(),
        subcontractors: below
            .into_iter()
            .map(|i| d.subcontractors[i].clone())
            .collect(),
    })
}

/// The part file's text: pretty JSON in the order of the format, `updated_at` set to `now`,
/// the unknown keys of `extra` kept.
pub fn export(part: &Part, extra: &Value, now: &str) -> String {
    let mut p = part.clone();
    p.format = FORMAT.to_string();
    p.schema_version = SCHEMA_VERSION;
    p.updated_at = Some(now.to_string());
    crate::io::write_with(&p, extra)
}

/// The part as saved back by the subcontractor: `returned_at` set to `now`.
pub fn returned(part: &Part, now: &str) -> Part {
    let mut p = part.clone();
    p.returned_at = Some(now.to_string());
    p
}

/// `記入依頼_<root's name>_<YYYY-MM-DD of created_at>.json`, made safe as the declaration's
/// file name is (「未入力」 for a root without a name).
pub fn file_name(part: &Part) -> String {
    let name = part
        .root_entry()
        .and_then(|s| s.name.clone())
        .filter(|n| !n.trim().is_empty());
    let date = part
        .created_at
        .as_deref()
        .and_then(|t| t.get(..10))
        .map(str::to_string);
    let mut d = Declaration::new();
    d.basic.municipality = name;
    d.basic.declaration_date = date;
    let safe = crate::io::file_name(&d);
    match safe.strip_prefix("申告書_") {
        Some(rest) => format!("記入依頼_{rest}"),
        None => format!("記入依頼_{safe}"),
    }
}

/// The prefix of the ids of the entries added while filling in `part`: `sub-` and the first
/// eight letters and digits of the part's own id (`sub-3f2a9c1e-1`, `sub-3f2a9c1e-2`, …).
/// The requester's form numbers its own `sub-1`, `sub-2`, … and every other part has
/// another id, so an entry added below its own never takes the id of one the requester
/// has beside it, and the merge never refuses it as outside the part.
pub fn new_id_prefix(part: &Part) -> String {
    let tag: String = part
        .id
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(8)
        .collect::<String>()
        .to_ascii_lowercase();
    let tag = if tag.is_empty() {
        "part".to_string()
    } else {
        tag
    };
    format!("{}{tag}-", crate::lists::SUBCONTRACTOR_PREFIX)
}

/// The part as a declaration the form can edit: its entries, the root at the top (its
/// parent, outside the part, is put back by [`with_entries`]), the chain asked about, and
/// the context the subcontractor is shown (the municipality and system; the requester as
/// the one above the root).
pub fn as_declaration(part: &Part) -> Declaration {
    let mut d = Declaration::new();
    d.id = Some(part.declaration.id.clone());
    d.basic.municipality = part.declaration.municipality.clone();
    d.basic.system_name = part.declaration.system_name.clone();
    d.entrustment.resubcontract = Some(true);
    let above = part
        .requested_by
        .organization
        .clone()
        .or_else(|| part.declaration.contractor_name.clone());
    d.entrustment.contractor = Some(crate::model::Contractor {
        name: above,
        ..Default::default()
    });
    d.subcontractors = part.subcontractors.clone();
    if let Some(root) = d.subcontractors.iter_mut().find(|s| s.id == part.root) {
        root.parent = Some(crate::model::CONTRACTOR_PARENT.to_string());
    }
    d
}

/// The part with the entries of `d` (a declaration [`as_declaration`] made, as edited):
/// the root's own parent put back; entries not below the root (none can be made there by
/// the part form) are left out.
pub fn with_entries(part: &Part, d: &Declaration) -> Part {
    let original_parent = part.root_entry().and_then(|r| r.parent.clone());
    let below = super::subtree(&d.subcontractors, &part.root);
    let mut p = part.clone();
    p.subcontractors = below
        .into_iter()
        .map(|i| d.subcontractors[i].clone())
        .collect();
    if let Some(root) = p.subcontractors.iter_mut().find(|s| s.id == part.root) {
        root.parent = original_parent;
    }
    p
}
