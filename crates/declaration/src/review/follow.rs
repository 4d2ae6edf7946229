//! Following a review up, on both sides of the round trip: which section each question is
//! about ([`section_of`], [`open_by_section`] for the task list's 「照会2件」), which rows of
//! the change list since the reviewed version concern a question ([`changes_for`]), the
//! contractor taking in a review file again without losing replies not yet sent
//! ([`take_questions`]), and the reviewer taking in the replies of a returned file
//! ([`take_replies`]).

use super::model::{ItemStatus, Review, Target};
use super::read::ReviewError;
use super::targets::{place, Place};
use crate::changes::Change;
use crate::fields::{self, Section};
use crate::model::Declaration;
use crate::verdict::CondId;

/// The section a question is about, where it is now; `None` for a missing target.
pub fn section_of(place: &Place) -> Option<Section> {
    match place {
        Place::Condition(c) => Some(c.section()),
        Place::Section(s) => Some(*s),
        Place::Answer(path) => fields::section_of(path),
        Place::Missing => None,
    }
}

/// How many of the questions `placed` (each with where it is now) are about `section`
/// and not yet 解決.
pub fn open_in<'a>(
    placed: impl IntoIterator<Item = (&'a super::Item, &'a Place)>,
    section: Section,
) -> usize {
    placed
        .into_iter()
        .filter(|(i, at)| i.status != ItemStatus::Resolved && section_of(at) == Some(section))
        .count()
}

/// The number of questions not yet 解決 per section, in section order (sections without
/// any left out).
pub fn open_by_section(d: &Declaration, review: &Review) -> Vec<(Section, usize)> {
    let placed: Vec<_> = review
        .items
        .iter()
        .map(|i| (i, place(d, &i.target)))
        .collect();
    Section::ALL
        .into_iter()
        .filter_map(|s| {
            let n = open_in(placed.iter().map(|(i, at)| (*i, at)), s);
            (n > 0).then_some((s, n))
        })
        .collect()
}

/// The answers whose change may settle a condition: the paths under these prefixes.
fn condition_prefixes(c: CondId) -> &'static [&'static str] {
    match c {
        CondId::C1 => &[
            "cloud.certifications.iso27017",
            "cloud.certifications.cs_gold_mark",
        ],
        CondId::C2 => &["cloud.certifications.iso27018"],
        CondId::C3 => &["cloud.controls_verification"],
        CondId::C4 => &["cloud.data_location"],
        CondId::C5 => &["cloud.basic_policy"],
        CondId::C6 => &["cloud.ismap"],
        CondId::C7 => &["responsibility"],
        CondId::C8 => &["measures"],
        CondId::S5 | CondId::S6 | CondId::S7 => &["subcontractors"],
    }
}

/// Whether `path` is `prefix` or lies under it (`cloud.ismap.valid_until` under `cloud.ismap`).
fn under(path: &str, prefix: &str) -> bool {
    path.strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// The rows of `changes` (the change list from the reviewed version to now) that concern
/// a question about `target`: for a condition, the answers that decide it; for a section,
/// its answers; for an answer inside an entry, that answer of the entry with this id, or
/// the entry itself when it was added or removed.
pub fn changes_for<'a>(target: &Target, changes: &'a [Change]) -> Vec<&'a Change> {
    let keep = |c: &Change| -> bool {
        if let Some(id) = &target.condition {
            return CondId::parse(id)
                .is_some_and(|id| condition_prefixes(id).iter().any(|p| under(&c.path, p)));
        }
        if let Some(s) = &target.section {
            return under(&c.path, s);
        }
        let Some(path) = target.path.as_deref() else {
            return false;
        };
        let entry = target.entry_id.as_deref().filter(|e| !e.trim().is_empty());
        match (entry, path.split_once('[')) {
            (Some(id), Some((list, rest))) => {
                let after = rest.split_once(']').map_or("", |(_, a)| a);
                let entry = format!("{list}[id={id}]");
                c.path == entry || c.path == format!("{entry}{after}")
            }
            (None, Some(_)) => fields::key_of(&c.path) == fields::key_of(path),
            _ => c.path == path,
        }
    };
    changes.iter().filter(|c| keep(c)).collect()
}

/// The contractor takes in `theirs` (a review file from the reviewer) over the copy it
/// kept, `mine`: the reviewer's questions, statuses and outcome win, but a reply written
/// here after the one in the file (or where the file has none) is kept, so replies not yet
/// sent are never lost. Refused when the two are about different declarations.
pub fn take_questions(mine: Option<&Review>, theirs: Review) -> Result<Review, ReviewError> {
    let Some(mine) = mine else {
        return Ok(theirs);
    };
    if mine.declaration.id != theirs.declaration.id {
        return Err(ReviewError::OtherDeclaration {
            review: theirs.declaration.id,
            draft: mine.declaration.id.clone(),
        });
    }
    let mut out = theirs;
    for item in &mut out.items {
        let Some(kept) = mine.items.iter().find(|m| m.id == item.id) else {
            continue;
        };
        // Newer than everything in the reviewer's thread: a reply a 再照会 has since closed
        // (now in `history`) is not brought back into the reply box.
        let newer = match (&kept.replied_at, super::ops::last_turn_at(item)) {
            (Some(k), Some(t)) => crate::time::instant(k) > crate::time::instant(t),
            (Some(_), None) => true,
            _ => false,
        };
        if newer && kept.reply.is_some() && item.status != ItemStatus::Resolved {
            item.reply = kept.reply.clone();
            item.replied_at = kept.replied_at.clone();
            item.status = kept.status;
        }
    }
    Ok(out)
}

/// The reviewer takes the contractor's replies from `theirs` (the review file sent back)
/// into `mine`: per question (by id), the reply and its time, and 回答済み unless the
/// reviewer has marked it 解決 since. The reviewer's questions, outcome and note stay as
/// they are; questions the file has and `mine` does not are ignored. Gives the number of
/// replies taken. Refused when the file is about another declaration.
pub fn take_replies(mine: &mut Review, theirs: &Review) -> Result<usize, ReviewError> {
    if mine.declaration.id != theirs.declaration.id {
        return Err(ReviewError::OtherDeclaration {
            review: theirs.declaration.id.clone(),
            draft: mine.declaration.id.clone(),
        });
    }
    let mut taken = 0;
    for item in &mut mine.items {
        let Some(back) = theirs.items.iter().find(|t| t.id == item.id) else {
            continue;
        };
        let Some(reply) = back.reply.clone().filter(|r| !r.trim().is_empty()) else {
            continue;
        };
        if item.reply.as_deref() == Some(reply.as_str()) && item.replied_at == back.replied_at {
            continue;
        }
        item.reply = Some(reply);
        item.replied_at = back.replied_at.clone();
        if item.status != ItemStatus::Resolved {
            item.status = ItemStatus::Answered;
        }
        taken += 1;
    }
    Ok(taken)
}
