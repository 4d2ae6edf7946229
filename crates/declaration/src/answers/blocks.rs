//! The answers of one section as the review page and the printed document list them, in
//! the order of the field registry: blocks of rows (label → value in words), one block per
//! entry of a repeated list (subcontractors in the order of the chain, regions, measures)
//! and one for the responsibility table (layer → who is responsible). Only what is asked
//! ([`super::asked`]) is listed.

use super::asking::asked;
use super::reading::value;
use super::titles::{entry_title, Group};
use crate::fields::{self, Control, Field, Section};
use crate::model::Declaration;
use crate::words::Words;
use crate::{access, tree};

/// One row: the question and the answer in words (`None` while unanswered).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub path: String,
    pub label: Words,
    pub value: Option<Words>,
}

impl Row {
    /// Whether the row is an optional answer not given: nothing to read, so the printed
    /// document and the workbook leave it out ([`printed`]); the review page keeps it, where
    /// it can still be given.
    pub fn optional_blank(&self) -> bool {
        self.value.is_none()
            && fields::field(&self.path).is_some_and(|f| f.need == crate::fields::Need::Optional)
    }
}

/// Whether the answer at `path` is printed (the 書面 and the workbook): asked, and given
/// unless it is required — an optional answer not given (a department, the encryption
/// details) is no row of 「（記載なし）」, while a required one missing is shown as missing.
pub fn printed(d: &Declaration, path: &str) -> bool {
    asked(d, path)
        && fields::field(path)
            .is_some_and(|f| f.need != crate::fields::Need::Optional || value(d, path, f).is_some())
}

/// Rows listed together, with the title of their entry when they belong to one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Block {
    pub title: Option<Words>,
    pub rows: Vec<Row>,
}

/// The blocks of `section`'s answers.
pub fn blocks(d: &Declaration, section: Section) -> Vec<Block> {
    let mut out = Vec::new();
    let mut plain = Block::default();
    for f in fields::fields_of(section) {
        if f.key.contains("[]") {
            continue;
        }
        if !asked(d, f.key) {
            continue;
        }
        if f.control == Control::Group {
            if !plain.rows.is_empty() {
                out.push(std::mem::take(&mut plain));
            }
            out.extend(group_blocks(d, f));
        } else {
            plain.rows.push(row(d, f.key.to_string(), f));
        }
    }
    if !plain.rows.is_empty() {
        out.push(plain);
    }
    out
}

/// The row of the answer at `path`.
fn row(d: &Declaration, path: String, f: &Field) -> Row {
    Row {
        value: value(d, &path, f),
        label: Words::label_of_field(f),
        path,
    }
}

/// The blocks of a repeated group: one per entry, or one row 未入力 when it has none.
fn group_blocks(d: &Declaration, group: &Field) -> Vec<Block> {
    let n = access::len(d, group.key);
    if n == 0 && group.need == crate::fields::Need::Optional {
        // An optional list with no entry says nothing (a file sent to one municipality has
        // no 宛先): no 「記載なし」 row for it.
        return Vec::new();
    }
    if n == 0 {
        return vec![Block {
            title: None,
            rows: vec![row(d, group.key.to_string(), group)],
        }];
    }
    let Some(kind) = Group::of(group.key) else {
        return vec![matrix_block(d, group)];
    };
    let order: Vec<usize> = if kind == Group::Subcontractors {
        tree::ordered(d).into_iter().map(|(i, _)| i).collect()
    } else {
        (0..n).collect()
    };
    let prefix = format!("{}[].", group.key);
    order
        .into_iter()
        .map(|i| Block {
            title: Some(entry_title(d, kind, i)),
            rows: fields::FIELDS
                .iter()
                .filter(|f| f.key.starts_with(&prefix))
                .map(|f| (f.key.replacen("[]", &format!("[{i}]"), 1), f))
                .filter(|(path, _)| asked(d, path))
                .map(|(path, f)| row(d, path, f))
                .collect(),
        })
        .collect()
}

/// The responsibility table: one row per layer, who is responsible for it.
fn matrix_block(d: &Declaration, group: &Field) -> Block {
    let rows = d.responsibility.as_ref().map_or(&[][..], |r| &r.matrix[..]);
    Block {
        title: Some(Words::label_of_field(group)),
        rows: rows
            .iter()
            .enumerate()
            .map(|(i, r)| Row {
                path: format!("responsibility.matrix[{i}].owner"),
                label: Words::of(r.layer),
                value: Some(Words::of(r.owner)),
            })
            .collect(),
    }
}
