//! What a verdict is made of: the conditions of spec §4 ([`CondId`]), their states
//! ([`Status`]: 適合 / 不適合 / 未入力 / 対象外) and one condition's verdict with its reason
//! and the answers it rests on ([`Condition`]).

use crate::fields::Lang;
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

    /// The condition written `text` (`"C6"`), if there is one.
    pub fn parse(text: &str) -> Option<CondId> {
        CondId::ALL.into_iter().find(|c| c.as_str() == text)
    }

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
