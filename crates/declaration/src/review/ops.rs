//! What each party does to a question, as `exchange.md` §1 rules it: the contractor replies
//! ([`reply`], which marks the question 回答済み and never changes it; refused once it is
//! 解決); the reviewer marks a question 解決 ([`resolve`]) or asks again ([`ask_again`]: the
//! reply so far moves into the question's `history` with the new question, and the item is
//! open with an empty reply — the first answer is never overwritten). The thread of a
//! question as one text ([`thread`]) and the 照会事項一覧 as CSV for Excel ([`to_csv`]),
//! times in Japan time.

use super::model::{ItemStatus, Review, Turn, TurnKind, MAX_TEXT_CHARS, MAX_TURNS};
use super::targets::{place, Place};
use crate::model::Declaration;
use crate::words::Words;
use crate::Lang;

/// Why an action on a question was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionError {
    /// No question has this id.
    NoSuchItem(String),
    /// The text is empty or longer than 4000 characters.
    BadText,
    /// The question is 解決: its reply can no longer change.
    Resolved,
    /// The question has been asked again as often as a file may keep.
    TooManyTurns,
}

impl ActionError {
    /// The message in both languages.
    pub fn words(&self) -> Words {
        match self {
            ActionError::NoSuchItem(id) => Words::new(
                format!("照会事項（ID {id}）が見つかりません"),
                format!("There is no question with id {id}"),
            ),
            ActionError::BadText => Words::new(
                format!("1文字以上{MAX_TEXT_CHARS}文字以内で入力してください"),
                format!("Enter between 1 and {MAX_TEXT_CHARS} characters"),
            ),
            ActionError::Resolved => Words::new(
                "この照会は審査者が「解決」にしたため、回答は変更できません。追加で伝えることがあれば、審査者に連絡してください",
                "The reviewer has marked this question resolved, so its reply can no longer change. Contact the reviewer if there is more to say",
            ),
            ActionError::TooManyTurns => Words::new(
                format!("この照会のやり取りは{MAX_TURNS}回を超えるため、これ以上再照会できません。新しい照会として追加してください"),
                format!("This question already has {MAX_TURNS} turns: add a new question instead"),
            ),
        }
    }
}

fn text_of(text: &str) -> Result<String, ActionError> {
    let t = text.trim();
    if t.is_empty() || t.chars().count() > MAX_TEXT_CHARS {
        return Err(ActionError::BadText);
    }
    Ok(t.to_string())
}

fn item_mut<'a>(r: &'a mut Review, id: &str) -> Result<&'a mut super::Item, ActionError> {
    r.items
        .iter_mut()
        .find(|i| i.id == id)
        .ok_or_else(|| ActionError::NoSuchItem(id.to_string()))
}

/// The contractor's reply to question `id`: 回答済み, the question itself unchanged.
/// Refused once the reviewer has marked it 解決.
pub fn reply(r: &mut Review, id: &str, text: &str, now: &str) -> Result<(), ActionError> {
    let text = text_of(text)?;
    let item = item_mut(r, id)?;
    if item.status == ItemStatus::Resolved {
        return Err(ActionError::Resolved);
    }
    item.reply = Some(text);
    item.replied_at = Some(now.to_string());
    item.status = ItemStatus::Answered;
    Ok(())
}

/// The reviewer marks question `id` 解決 (a turn of its thread, at `now`, by `by`).
pub fn resolve(r: &mut Review, id: &str, now: &str, by: Option<&str>) -> Result<(), ActionError> {
    let item = item_mut(r, id)?;
    if item.status == ItemStatus::Resolved {
        return Ok(());
    }
    item.status = ItemStatus::Resolved;
    push(&mut item.history, TurnKind::Resolve, None, now, by);
    Ok(())
}

/// The reviewer asks question `id` again (再照会): the reply so far goes into the thread
/// (`history`) with the new question `more`, and the question is open with an empty reply.
/// The question as first asked stays as it is.
pub fn ask_again(
    r: &mut Review,
    id: &str,
    more: &str,
    now: &str,
    by: Option<&str>,
) -> Result<(), ActionError> {
    let more = text_of(more)?;
    let item = item_mut(r, id)?;
    if item.history.len() + 2 > MAX_TURNS {
        return Err(ActionError::TooManyTurns);
    }
    if let Some(reply) = item.reply.take().filter(|t| !t.trim().is_empty()) {
        let at = item.replied_at.take().unwrap_or_default();
        item.history.push(Turn {
            kind: TurnKind::Reply,
            text: Some(reply),
            at,
            by: None,
        });
    }
    item.replied_at = None;
    push(&mut item.history, TurnKind::AskAgain, Some(more), now, by);
    item.status = ItemStatus::Open;
    Ok(())
}

fn push(history: &mut Vec<Turn>, kind: TurnKind, text: Option<String>, at: &str, by: Option<&str>) {
    history.push(Turn {
        kind,
        text,
        at: at.to_string(),
        by: by
            .map(str::trim)
            .filter(|b| !b.is_empty())
            .map(str::to_string),
    });
}

/// The question the contractor answers now: the last 再照会, else the question as asked.
pub fn current_question(item: &super::Item) -> &str {
    item.history
        .iter()
        .rev()
        .find(|t| t.kind == TurnKind::AskAgain)
        .and_then(|t| t.text.as_deref())
        .unwrap_or(&item.comment)
}

/// The latest time of the thread (a reply or a turn), to tell which copy of a reply is newer.
pub(super) fn last_turn_at(item: &super::Item) -> Option<&str> {
    item.history
        .iter()
        .map(|t| t.at.as_str())
        .chain(item.replied_at.as_deref())
        .max_by(|a, b| {
            crate::time::instant(a)
                .cmp(&crate::time::instant(b))
                .then(a.cmp(b))
        })
}

/// The thread's earlier turns as text, one per line: 「（2026-12-07 15:38 再照会）…」 (times in
/// Japan time).
pub fn thread(item: &super::Item, lang: Lang) -> String {
    item.history
        .iter()
        .map(|t| {
            let at = crate::time::jst(&t.at);
            let text = t.text.as_deref().unwrap_or("");
            match lang {
                Lang::Ja => format!("（{at} {}）{text}", t.kind.label(lang)),
                Lang::En => format!("({at} {}) {text}", t.kind.label(lang)),
            }
            .trim_end()
            .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The 照会事項一覧 as CSV (UTF-8 with BOM, [`crate::csv`]): 番号, 対象, 照会内容, 状態, 回答,
/// 回答日時 (Japan time), 経過 (the earlier turns, [`thread`]); a question whose target is
/// not in `d` says so in 対象.
pub fn to_csv(
    r: &Review,
    d: &Declaration,
    lang: Lang,
    target_words: impl Fn(&Place, &super::Target) -> String,
) -> String {
    let mut out = String::from(crate::csv::BOM);
    let header = match lang {
        Lang::Ja => [
            "番号",
            "対象",
            "照会内容",
            "状態",
            "回答",
            "回答日時",
            "経過",
        ],
        Lang::En => [
            "No.",
            "About",
            "Question",
            "Status",
            "Reply",
            "Replied at (JST)",
            "Earlier turns",
        ],
    };
    crate::csv::record(&mut out, header.iter().map(|h| h.to_string()));
    for (n, item) in r.items.iter().enumerate() {
        let at = place(d, &item.target);
        crate::csv::record(
            &mut out,
            [
                (n + 1).to_string(),
                target_words(&at, &item.target),
                item.comment.clone(),
                item.status.label(lang).to_string(),
                item.reply.clone().unwrap_or_default(),
                item.replied_at
                    .as_deref()
                    .map(crate::time::jst)
                    .unwrap_or_default(),
                thread(item, lang),
            ],
        );
    }
    out
}
