//! The compliance verdict (適合判定) of spec §4: for each of the eleven conditions — the cloud
//! conditions C1–C8 and the re-subcontracting conditions S5–S7 — whether the declaration
//! meets it (適合), fails it (不適合), has not answered enough to tell (未入力) or is not
//! concerned by it (対象外), with a specific reason in Japanese and English and the paths of
//! the answers to read or fix.
//!
//! Computed, never stored. The words of the fields come from [`crate::fields`]; the measure
//! and tree rules are [`crate::rules`]'s, and the matrix checks [`crate::matrix`]'s.

mod chain;
mod cloud;
mod condition;
mod expiry;
pub mod guide;
mod overall;
mod text;

pub use condition::{CondId, Condition, Status};
pub use expiry::{expiring, lapsing_by, warnings, Expiring, WARN_DAYS};
pub use overall::{overall_of, Overall};

use self::text::{ask, Reason};
use crate::model::{Cloud, Declaration};

/// The verdict on every condition: always eleven entries, in [`CondId::ALL`] order.
pub fn verdict(d: &Declaration) -> Vec<Condition> {
    CondId::ALL.iter().map(|&id| condition(d, id)).collect()
}

/// The status of every condition, in [`CondId::ALL`] order: [`verdict`] without the reasons.
pub fn statuses(d: &Declaration) -> Vec<(CondId, Status)> {
    verdict(d).into_iter().map(|c| (c.id, c.status)).collect()
}

/// [`statuses`] when neither question the conditions hang on is answered (クラウド利用の有無,
/// 再委託の有無): every condition is 未入力, as its gate says, without running the verdict. The
/// app's task list shows this on a first visit before the verdict's code is loaded.
pub fn statuses_undecided(d: &Declaration) -> Option<Vec<(CondId, Status)>> {
    (d.uses_cloud().is_none() && d.resubcontracts().is_none())
        .then(|| CondId::ALL.map(|id| (id, Status::Unanswered)).to_vec())
}

/// The verdict on one condition.
pub fn condition(d: &Declaration, id: CondId) -> Condition {
    if let Some(c) = gate(d, id) {
        return c;
    }
    let empty = Cloud::default();
    let c = d.cloud.as_ref().unwrap_or(&empty);
    let r = match id {
        CondId::C1 => cloud::c1(d, c),
        CondId::C2 => cloud::c2(d, c),
        CondId::C3 => cloud::c3(c),
        CondId::C4 => cloud::c4(c),
        CondId::C5 => cloud::c5(c),
        CondId::C6 => cloud::c6(d, c),
        CondId::C7 => cloud::c7(d),
        CondId::C8 => cloud::c8(d),
        CondId::S5 => chain::s5(d),
        CondId::S6 => chain::s6(d),
        CondId::S7 => chain::s7(d),
    };
    examples_left(d, id, r).into_condition(id)
}

/// Condition `id` (S5, S6 or S7) as subcontractor `index` alone stands — what the form
/// shows beside the answers of that entry that decide it ([`CondId::shown_in_entry_after`]);
/// `None` for another condition, or when the work is not re-subcontracted or the entry is
/// not there. An example's ○ left in the entry's answers leaves it 未入力.
pub fn entry_condition(d: &Declaration, id: CondId, index: usize) -> Option<Condition> {
    if d.resubcontracts() != Some(true) {
        return None;
    }
    let r = chain::entry(d, id, index)?;
    if matches!(r.status, Status::NotMet) {
        return Some(r.into_condition(id));
    }
    let own = format!("subcontractors[{index}].");
    let left: Vec<String> = blanks_in(d, with_examples(id))
        .into_iter()
        .filter(|p| p.starts_with(&own))
        .collect();
    if left.is_empty() {
        return Some(r.into_condition(id));
    }
    let mut r = if r.status == Status::Met {
        Reason::default()
    } else {
        r
    };
    let crate::words::Words { ja, en } = text::entry_names(&left);
    r.say(
        format!("{ja}に記入例の「○」が残っています。実際の内容に書き換えてください。"),
        format!("{en} still holds the “○” of an example: replace it with what is true."),
    );
    r.paths(left);
    Some(r.into_condition(id))
}

/// The paths of `d` under the registry keys `keys` whose answer still holds a blank of an
/// example ([`crate::examples::holds_blank`]), in the order of `keys`, entries of a list in list order. Each
/// list is read once, whatever the number of its keys.
pub(crate) fn blanks_in(d: &Declaration, keys: &[&str]) -> Vec<String> {
    use serde_json::Value;
    let mut lists: std::collections::HashMap<&str, Option<Value>> = Default::default();
    let mut out = Vec::new();
    for key in keys {
        match key.split_once("[].") {
            None => {
                let text = crate::access::get_text(d, key);
                if crate::examples::holds_blank(key, &text) {
                    out.push(key.to_string());
                }
            }
            Some((list, leaf)) => {
                let entries = lists
                    .entry(list)
                    .or_insert_with(|| crate::access::get(d, list));
                let Some(Value::Array(entries)) = entries else {
                    continue;
                };
                for (i, e) in entries.iter().enumerate() {
                    let text = leaf
                        .split('.')
                        .try_fold(e, |v, k| v.get(k))
                        .and_then(Value::as_str)
                        .unwrap_or("");
                    if crate::examples::holds_blank(key, text) {
                        out.push(format!("{list}[{i}].{leaf}"));
                    }
                }
            }
        }
    }
    out
}

/// The answers with an example (記入例) that decide condition `id`, as registry keys.
fn with_examples(id: CondId) -> &'static [&'static str] {
    match id {
        CondId::C3 => &["cloud.controls_verification.description"],
        CondId::C5 => &["cloud.basic_policy.notes"],
        CondId::C7 => &["responsibility.model_document.title"],
        // C8 reads the measures' rules, which report an example's ○ themselves.
        CondId::S5 => &[
            "subcontractors[].reason",
            "subcontractors[].work_scope",
            "subcontractors[].pi_scope",
            "subcontractors[].capability",
            "subcontractors[].inspection",
            "subcontractors[].supervision",
            "subcontractors[].safety_measures",
        ],
        CondId::S6 => &["subcontractors[].supervision"],
        _ => &[],
    }
}

/// An example is not an answer (spec §3): a condition that would be met, or is still being
/// answered, while one of its answers holds an example's ○ is 未入力, and says which.
fn examples_left(d: &Declaration, id: CondId, mut r: Reason) -> Reason {
    if matches!(r.status, Status::NotMet | Status::NotApplicable) {
        return r;
    }
    let left = blanks_in(d, with_examples(id));
    if left.is_empty() {
        return r;
    }
    if r.status == Status::Met {
        r = Reason::default();
    }
    let crate::words::Words { ja, en } = text::entry_names(&left);
    let verb = if left.len() == 1 { "holds" } else { "hold" };
    r.say(
        format!("{ja}に記入例の「○」が残っています。実際の内容に書き換えてください。"),
        format!("{en} still {verb} the “○” of an example: replace it with what is true."),
    );
    r.paths(left);
    r
}

/// 対象外 or 未入力 from the yes/no answer a condition depends on; `None` when it applies.
fn gate(d: &Declaration, id: CondId) -> Option<Condition> {
    let (answer, path, ja, en) = if id.is_cloud() {
        (
            d.uses_cloud(),
            "entrustment.uses_cloud",
            "クラウド事業者の環境に設置しないため、対象外です。",
            "Not applicable: the system is not placed in a cloud provider's environment.",
        )
    } else {
        (
            d.resubcontracts(),
            "entrustment.resubcontract",
            "再委託しないため、対象外です。",
            "Not applicable: the work is not re-subcontracted.",
        )
    };
    let mut r = Reason::default();
    match answer {
        Some(true) => return None,
        Some(false) => {
            r.status = Status::NotApplicable;
            r.say(ja, en);
            r.path(path);
        }
        None => ask(&mut r, &[path.to_string()]),
    }
    Some(r.into_condition(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{compliant, draft, noncompliant};

    #[test]
    fn statuses_are_the_verdicts() {
        let d = noncompliant();
        let v = verdict(&d);
        let s = statuses(&d);
        assert_eq!(s.len(), v.len());
        assert!(s.iter().zip(&v).all(|(s, c)| *s == (c.id, c.status)));
        assert!(s.iter().any(|(_, st)| *st == Status::NotMet));
    }

    #[test]
    fn statuses_undecided_is_the_verdict_whatever_else_is_answered() {
        let mut cases = vec![Declaration::new()];
        for mut d in [compliant(), noncompliant(), draft()] {
            d.entrustment.uses_cloud = None;
            d.entrustment.resubcontract = None;
            cases.push(d);
        }
        for d in &cases {
            assert_eq!(statuses_undecided(d), Some(statuses(d)));
        }
        // Either answer given: the verdict has to be run.
        let mut d = Declaration::new();
        d.entrustment.uses_cloud = Some(false);
        assert_eq!(statuses_undecided(&d), None);
        let mut d = Declaration::new();
        d.entrustment.resubcontract = Some(true);
        assert_eq!(statuses_undecided(&d), None);
    }
}
