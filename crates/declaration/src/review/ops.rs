//! What each party does to a review, as `exchange.md` §1 rules it: the contractor replies
//! ([`reply`], which marks the question 回答済み and never changes it); the reviewer marks a
//! question 解決 ([`resolve`]) or asks again ([`ask_again`], open once more, the reply kept
//! for the record). And the 照会事項一覧 as CSV for Excel ([`to_csv`]).

use super::model::{ItemStatus, Review, MAX_TEXT_CHARS};
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
pub fn reply(r: &mut Review, id: &str, text: &str, now: &str) -> Result<(), ActionError> {
    let text = text_of(text)?;
    let item = item_mut(r, id)?;
    item.reply = Some(text);
    item.replied_at = Some(now.to_string());
    item.status = ItemStatus::Answered;
    Ok(())
}

/// The reviewer marks question `id` 解決.
pub fn resolve(r: &mut Review, id: &str) -> Result<(), ActionError> {
    item_mut(r, id)?.status = ItemStatus::Resolved;
    Ok(())
}

/// The reviewer asks question `id` again: open once more, with `more` added to the
/// question (after a blank line, dated), the reply kept.
pub fn ask_again(r: &mut Review, id: &str, more: &str, now: &str) -> Result<(), ActionError> {
    let more = text_of(more)?;
    let item = item_mut(r, id)?;
    let comment = format!("{}\n\n（{now} 再照会）{more}", item.comment);
    if comment.chars().count() > MAX_TEXT_CHARS {
        return Err(ActionError::BadText);
    }
    item.comment = comment;
    item.status = ItemStatus::Open;
    Ok(())
}

/// The 照会事項一覧 as CSV (UTF-8 with BOM, [`crate::csv`]): 番号, 対象, 照会内容, 状態, 回答,
/// 回答日時; a question whose target is not in `d` says so in 対象.
pub fn to_csv(
    r: &Review,
    d: &Declaration,
    lang: Lang,
    target_words: impl Fn(&Place, &super::Target) -> String,
) -> String {
    let mut out = String::from(crate::csv::BOM);
    let header = match lang {
        Lang::Ja => ["番号", "対象", "照会内容", "状態", "回答", "回答日時"],
        Lang::En => ["No.", "About", "Question", "Status", "Reply", "Replied at"],
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
                item.replied_at.clone().unwrap_or_default(),
            ],
        );
    }
    out
}
