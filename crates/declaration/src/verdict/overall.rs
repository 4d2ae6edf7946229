//! The overall verdict (総合判定, spec §4): one word for the whole declaration, shown first
//! wherever it is judged. Never 適合 for an incomplete file:
//!
//! | overall | when |
//! |---|---|
//! | 不適合 ([`Overall::NotMet`]) | any condition is 不適合 |
//! | 未完了 ([`Overall::Incomplete`]) | none is 不適合, but §3 errors are left or a condition is 未入力 |
//! | 適合 ([`Overall::Met`]) | complete, and every condition 適合 or 対象外 |
//!
//! 未完了 carries the number of §3 errors (「未完了（未記入・誤り 4件）」).

use super::{Condition, Status};
use crate::fields::Lang;
use crate::model::Declaration;

/// The overall verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Overall {
    /// Complete, and every condition 適合 or 対象外.
    Met,
    /// Some condition is 不適合.
    NotMet,
    /// No condition is 不適合, but the declaration is not complete: `missing` §3 errors
    /// (answers not written or wrong), or a condition still 未入力.
    Incomplete { missing: usize },
}

impl Overall {
    /// The overall verdict of `conditions` (spec §4's eleven) with `errors` §3 errors left.
    pub fn of(conditions: &[Condition], errors: usize) -> Overall {
        let has = |s: Status| conditions.iter().any(|c| c.status == s);
        if has(Status::NotMet) {
            Overall::NotMet
        } else if errors > 0 || has(Status::Unanswered) {
            Overall::Incomplete { missing: errors }
        } else {
            Overall::Met
        }
    }

    /// `met`, `not_met`, `incomplete` (the CLI's JSON and CSV, a `data-status`).
    pub fn as_str(self) -> &'static str {
        match self {
            Overall::Met => "met",
            Overall::NotMet => "not_met",
            Overall::Incomplete { .. } => "incomplete",
        }
    }

    /// 適合 / 不適合 / 未完了.
    pub fn word(self, lang: Lang) -> &'static str {
        match self {
            Overall::Met => lang.pick("適合", "Met"),
            Overall::NotMet => lang.pick("不適合", "Not met"),
            Overall::Incomplete { .. } => lang.pick("未完了", "Incomplete"),
        }
    }

    /// The word with the count beside 未完了: 「未完了（未記入・誤り 4件）」 /
    /// "Incomplete (4 answers missing or wrong)".
    pub fn label(self, lang: Lang) -> String {
        match (self, lang) {
            (Overall::Incomplete { missing }, Lang::Ja) if missing > 0 => {
                format!("未完了（未記入・誤り {missing}件）")
            }
            (Overall::Incomplete { missing: 1 }, Lang::En) => {
                "Incomplete (1 answer missing or wrong)".to_string()
            }
            (Overall::Incomplete { missing }, Lang::En) if missing > 0 => {
                format!("Incomplete ({missing} answers missing or wrong)")
            }
            (o, lang) => o.word(lang).to_string(),
        }
    }

    /// The order of the worst first: 不適合, 未完了 (more missing first), 適合 — the 受付一覧
    /// sorts by it.
    pub fn rank(self) -> (u8, std::cmp::Reverse<usize>) {
        match self {
            Overall::NotMet => (0, std::cmp::Reverse(0)),
            Overall::Incomplete { missing } => (1, std::cmp::Reverse(missing)),
            Overall::Met => (2, std::cmp::Reverse(0)),
        }
    }
}

/// The overall verdict of `d`: its verdict and its §3 errors, worked out here.
pub fn overall_of(d: &Declaration) -> Overall {
    Overall::of(&super::verdict(d), crate::rules::errors(d).len())
}
