//! Making a part file: the request for one subcontractor's entry ([`request`]: that entry
//! and its descendants as they stand, the chain above it by name, the declaration's context
//! and who asks — nothing else of the declaration), the file's text ([`export`]) and name
//! ([`file_name`]: `記入依頼_<subcontractor>_<date>.json` for a request,
//! `記入返送_<subcontractor>_<date>.json` once returned), what the receiver does with it
//! ([`instructions`]), the part saved back ([`returned`]), and the ids of the entries a
//! party adds in its part ([`new_id_prefix`]), which no other party's can take.

use super::model::{Above, Part, PartOf, Requester, FORMAT, MAX_MESSAGE_CHARS, SCHEMA_VERSION};
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
    let above = chain_above(d, root);
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
        above,
        subcontractors: below
            .into_iter()
            .map(|i| d.subcontractors[i].clone())
            .collect(),
    })
}

/// The entries above `root` in `d`, from the contractor's own subcontractor down to root's
/// parent, with their names (trimmed; empty when not given). Stops where the chain leaves
/// the subcontractors (the contractor, an unknown parent) or would go round a cycle.
fn chain_above(d: &Declaration, root: &str) -> Vec<Above> {
    let by_id = crate::tree::first_of(&d.subcontractors);
    let mut chain = Vec::new();
    let mut seen = std::collections::HashSet::from([root.to_string()]);
    let mut at = by_id.get(root).map(|&i| &d.subcontractors[i]);
    while let Some(s) = at {
        let Some(&p) = s.parent.as_deref().and_then(|p| by_id.get(p)) else {
            break;
        };
        let parent = &d.subcontractors[p];
        if !seen.insert(parent.id.clone()) {
            break;
        }
        chain.push(Above {
            id: parent.id.clone(),
            name: parent.name.as_deref().unwrap_or("").trim().to_string(),
        });
        at = Some(parent);
    }
    chain.reverse();
    chain
}

/// What the receiver of a request does with it, for the page after 「記入依頼を作成」 and the
/// end of the file's `message`: open this app at `app` (its address), open the file from
/// 下書き一覧, fill in, save the 記入返送 file and send it back.
pub fn instructions(app: &str) -> Words {
    Words::new(
        format!("【記入のしかた】このファイルは、申告書作成アプリ（{app}）で開きます。アプリの「下書き一覧」で「ファイルを開く」からこのファイルを選ぶと、貴社の欄が表示されます（ファイルは端末の中だけで読み取られ、どこにも送信されません）。記入が終わったら「返送用のファイルを保存」を押し、保存された「記入返送_…json」を依頼元に返送してください。"),
        format!("[How to fill it in] Open this file in the declaration app ({app}): on “Your drafts”, choose it with “Open a file” and your entry is shown (the file is read on your device only and sent nowhere). When you are done, press “Save the file to send back” and send the “記入返送_….json” it saves to the requester."),
    )
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

/// The part's file name: `記入依頼_<root's name>_<YYYY-MM-DD of created_at>.json` for a
/// request, `記入返送_<root's name>_<YYYY-MM-DD of returned_at>.json` once it was saved back
/// ([`returned`]), so the two never share a name in a Downloads folder. Made safe as the
/// declaration's file name is (「未入力」 for a root without a name).
pub fn file_name(part: &Part) -> String {
    let name = part
        .root_entry()
        .and_then(|s| s.name.clone())
        .filter(|n| !n.trim().is_empty());
    let (prefix, when) = match &part.returned_at {
        Some(at) => ("記入返送", Some(at.as_str())),
        None => ("記入依頼", part.created_at.as_deref()),
    };
    let date = when.and_then(|t| t.get(..10)).map(str::to_string);
    let mut d = Declaration::new();
    d.basic.municipality = name;
    d.basic.declaration_date = date;
    let safe = crate::io::file_name(&d);
    match safe.strip_prefix("申告書_") {
        Some(rest) => format!("{prefix}_{rest}"),
        None => format!("{prefix}_{safe}"),
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

/// The part as a declaration the form can edit: the contractor and the chain above the root
/// as the request names them (`above`, first in the list, name only: context the part form
/// shows read-only and never sends back), then its own entries, the root under the last of
/// the chain (under the contractor when the chain is empty, or does not lead to the root's
/// own parent, as in a file of an app that did not write `above`). So the form, the diagram
/// and the examples see the root at its true place: 「再委託先3（第3階層）」 under 国保中央会.
pub fn as_declaration(part: &Part) -> Declaration {
    let mut d = Declaration::new();
    d.id = Some(part.declaration.id.clone());
    d.basic.municipality = part.declaration.municipality.clone();
    d.basic.system_name = part.declaration.system_name.clone();
    d.entrustment.resubcontract = Some(true);
    let contractor = part
        .declaration
        .contractor_name
        .clone()
        .or_else(|| part.requested_by.organization.clone());
    d.entrustment.contractor = Some(crate::model::Contractor {
        name: contractor,
        ..Default::default()
    });
    let chain = context_chain(part);
    let mut parent = crate::model::CONTRACTOR_PARENT.to_string();
    for a in chain {
        d.subcontractors.push(crate::model::Subcontractor {
            id: a.id.clone(),
            parent: Some(parent),
            name: (!a.name.trim().is_empty()).then(|| a.name.clone()),
            ..Default::default()
        });
        parent = a.id.clone();
    }
    d.subcontractors.extend(part.subcontractors.iter().cloned());
    if let Some(root) = d.subcontractors.iter_mut().find(|s| s.id == part.root) {
        root.parent = Some(parent);
    }
    d
}

/// The chain above the root the part form shows: `above` when it leads to the root's own
/// parent and takes no id of the part's entries; else none.
pub fn context_chain(part: &Part) -> &[Above] {
    let parent = part.root_entry().and_then(|r| r.parent.as_deref());
    let clash = part
        .above
        .iter()
        .any(|a| part.subcontractors.iter().any(|s| s.id == a.id));
    match part.above.last() {
        Some(last) if !clash && parent == Some(last.id.as_str()) => &part.above,
        _ => &[],
    }
}

/// Whether entry `index` of a declaration [`as_declaration`] made is context from above the
/// part (shown read-only, never sent back).
pub fn is_context(part: &Part, index: usize) -> bool {
    index < context_chain(part).len()
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
