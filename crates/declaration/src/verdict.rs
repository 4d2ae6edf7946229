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
mod text;

use self::text::{ask, Reason};
use crate::fields::Lang;
use crate::model::{Cloud, Declaration};
use crate::words::Words;

/// The conditions of spec §4, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub enum CondId {
    C1,
    C2,
    C3,
    C4,
    C5,
    C6,
    C7,
    C8,
    S5,
    S6,
    S7,
}

impl CondId {
    /// Every condition, in order.
    pub const ALL: [CondId; 11] = [
        CondId::C1,
        CondId::C2,
        CondId::C3,
        CondId::C4,
        CondId::C5,
        CondId::C6,
        CondId::C7,
        CondId::C8,
        CondId::S5,
        CondId::S6,
        CondId::S7,
    ];

    /// The id as written: `"C1"` … `"S7"`.
    pub fn as_str(self) -> &'static str {
        match self {
            CondId::C1 => "C1",
            CondId::C2 => "C2",
            CondId::C3 => "C3",
            CondId::C4 => "C4",
            CondId::C5 => "C5",
            CondId::C6 => "C6",
            CondId::C7 => "C7",
            CondId::C8 => "C8",
            CondId::S5 => "S5",
            CondId::S6 => "S6",
            CondId::S7 => "S7",
        }
    }

    /// The short name of the condition.
    pub fn title(self, lang: Lang) -> &'static str {
        let (ja, en) = match self {
            CondId::C1 => (
                "ISO/IEC 27017 又は CSゴールドマーク",
                "ISO/IEC 27017 or CS Mark Gold",
            ),
            CondId::C2 => ("ISO/IEC 27018", "ISO/IEC 27018"),
            CondId::C3 => (
                "セキュリティ管理策の実施の確認",
                "Security controls verified",
            ),
            CondId::C4 => ("日本国内でのデータ保管", "Data kept in Japan"),
            CondId::C5 => (
                "政府のクラウドサービス利用に係る基本方針",
                "The government's basic policy on cloud use",
            ),
            CondId::C6 => ("ISMAPクラウドサービスリストへの掲載", "Listed on ISMAP"),
            CondId::C7 => (
                "責任共有モデルの理解",
                "Shared-responsibility model understood",
            ),
            CondId::C8 => (
                "OS以上のレイヤーの対策（書面）",
                "Measures from the OS upward, in writing",
            ),
            CondId::S5 => ("再委託の申請事項", "Re-subcontracting application items"),
            CondId::S6 => (
                "再委託に係る履行体制図（監督体制）",
                "Structure diagram (supervision)",
            ),
            CondId::S7 => ("秘密保持契約", "Confidentiality agreement"),
        };
        lang.pick(ja, en)
    }

    /// Whether this is a cloud condition (C1–C8), which follows `uses_cloud`; the others
    /// follow `resubcontract`.
    pub fn is_cloud(self) -> bool {
        self < CondId::S5
    }
}

/// The verdict on one condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    NotMet,
    Unanswered,
    NotApplicable,
}

impl Status {
    /// The status as written: `"met"`, `"not_met"`, `"unanswered"`, `"not_applicable"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::NotMet => "not_met",
            Status::Unanswered => "unanswered",
            Status::NotApplicable => "not_applicable",
        }
    }

    /// The visible words (spec §6: 適合 / 不適合 / 未入力 / 対象外).
    pub fn label(self, lang: Lang) -> &'static str {
        let (ja, en) = match self {
            Status::Met => ("適合", "Met"),
            Status::NotMet => ("不適合", "Not met"),
            Status::Unanswered => ("未入力", "Unanswered"),
            Status::NotApplicable => ("対象外", "Not applicable"),
        };
        lang.pick(ja, en)
    }
}

/// One condition's verdict with its reason.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Condition {
    pub id: CondId,
    pub status: Status,
    /// Why: what was found, or what is missing and how to give it.
    #[serde(flatten)]
    pub why: Words,
    /// The answers to go to, to read or fix it (`cloud.certifications.iso27018.valid_until`).
    pub paths: Vec<String>,
}

impl Condition {
    /// The reason in the given language.
    pub fn reason(&self, lang: Lang) -> &str {
        self.why.pick(lang)
    }
}

/// The verdict on every condition: always eleven entries, in [`CondId::ALL`] order.
pub fn verdict(d: &Declaration) -> Vec<Condition> {
    CondId::ALL.iter().map(|&id| condition(d, id)).collect()
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
    r.into_condition(id)
}

/// The status of the whole declaration: 不適合 when any condition is not met, else 未入力
/// when any is unanswered, else 適合; 対象外 only when every condition is.
pub fn overall(conditions: &[Condition]) -> Status {
    let has = |s: Status| conditions.iter().any(|c| c.status == s);
    if has(Status::NotMet) {
        Status::NotMet
    } else if has(Status::Unanswered) {
        Status::Unanswered
    } else if has(Status::Met) {
        Status::Met
    } else {
        Status::NotApplicable
    }
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
