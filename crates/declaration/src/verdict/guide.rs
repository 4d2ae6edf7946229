//! The verdict where the user works: which section decides each condition
//! ([`CondId::section`]), the answer after which the form shows its state
//! ([`CondId::shown_after`]), that state in a sentence, beside its status word ([`note`]: 「この回答では条件C6
//! （ISMAPクラウドサービスリストへの掲載）を満たしません：…」), the count of a verdict
//! ([`tally`]: 「条件11件中 適合9・不適合2・未入力0」) and the review page's summary
//! ([`standing`]). The words are the verdict table's: status words and condition titles of
//! [`super::condition`], reasons of the verdict itself.

use super::condition::{CondId, Condition, Status};
use crate::fields::{Lang, Section};
use crate::words::Words;

impl CondId {
    /// The section whose answers decide the condition.
    pub fn section(self) -> Section {
        match self {
            CondId::C1 | CondId::C2 | CondId::C3 | CondId::C4 | CondId::C5 | CondId::C6 => {
                Section::Cloud
            }
            CondId::C7 => Section::Responsibility,
            CondId::C8 => Section::Measures,
            CondId::S5 | CondId::S6 | CondId::S7 => Section::Subcontractors,
        }
    }

    /// The registry key of the answer after which the form shows the condition's state
    /// (the last answer that decides it); `None` for the conditions shown at the end of
    /// their page (a whole list or table decides them).
    pub fn shown_after(self) -> Option<&'static str> {
        Some(match self {
            CondId::C1 => "cloud.certifications.cs_gold_mark.valid_until",
            CondId::C2 => "cloud.certifications.iso27018.valid_until",
            CondId::C3 => "cloud.controls_verification.description",
            CondId::C4 => "cloud.data_location.contract_guarantees_domestic",
            CondId::C5 => "cloud.basic_policy.notes",
            CondId::C6 => "cloud.ismap.valid_until",
            _ => return None,
        })
    }

    /// The registry key of the answer of a subcontractor's entry after which the form shows
    /// the condition's state for that entry ([`super::entry_condition`]): S7 after the NDA
    /// date, S6 after the supervision, S5 after the last application item.
    pub fn shown_in_entry_after(self) -> Option<&'static str> {
        Some(match self {
            CondId::S5 => "subcontractors[].safety_measures",
            CondId::S6 => "subcontractors[].supervision",
            CondId::S7 => "subcontractors[].confidentiality.date",
            _ => return None,
        })
    }

    /// 「条件C6（ISMAPクラウドサービスリストへの掲載）」 / "condition C6 (Listed on ISMAP)".
    pub fn named(self) -> Words {
        Words::new(
            format!("条件{}（{}）", self.as_str(), self.title(Lang::Ja)),
            format!("condition {} ({})", self.as_str(), self.title(Lang::En)),
        )
    }
}

/// The conditions that section `s` decides, in verdict order.
pub fn conditions_of(s: Section) -> Vec<CondId> {
    CondId::ALL
        .into_iter()
        .filter(|c| c.section() == s)
        .collect()
}

/// The conditions whose state the form shows right after the answer of registry key `key`.
pub fn shown_after(key: &str) -> Vec<CondId> {
    CondId::ALL
        .into_iter()
        .filter(|c| c.shown_after() == Some(key))
        .collect()
}

/// The conditions whose state for one subcontractor the form shows right after that entry's
/// answer of registry key `key` ([`CondId::shown_in_entry_after`]).
pub fn shown_in_entry_after(key: &str) -> Vec<CondId> {
    CondId::ALL
        .into_iter()
        .filter(|c| c.shown_in_entry_after() == Some(key))
        .collect()
}

/// One condition's state as a sentence, with the verdict's reason.
pub fn note(c: &Condition) -> Words {
    let name = c.id.named();
    let (ja, en) = (c.reason(Lang::Ja), c.reason(Lang::En));
    match c.status {
        Status::Met => Words::new(
            format!("{}を満たしています：{ja}", name.ja),
            format!("Meets {}: {en}", name.en),
        ),
        Status::NotMet => Words::new(
            format!("この回答では{}を満たしません：{ja}", name.ja),
            format!("With this answer, {} is not met: {en}", name.en),
        ),
        Status::Unanswered => Words::new(
            format!("{}はまだ判定できません：{ja}", name.ja),
            format!("{} cannot be judged yet: {en}", capitalised(&name.en)),
        ),
        Status::NotApplicable => Words::new(
            format!("{}は対象外です：{ja}", name.ja),
            format!("{} does not apply: {en}", capitalised(&name.en)),
        ),
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// How many conditions have each status.
pub fn counts(conditions: &[Condition]) -> [(Status, usize); 4] {
    counts_of(&conditions.iter().map(|c| c.status).collect::<Vec<_>>())
}

/// How many of `statuses` are each status.
fn counts_of(statuses: &[Status]) -> [(Status, usize); 4] {
    [
        Status::Met,
        Status::NotMet,
        Status::Unanswered,
        Status::NotApplicable,
    ]
    .map(|s| (s, statuses.iter().filter(|&&t| t == s).count()))
}

/// 「条件11件中 適合9・不適合2・未入力0」 (and 「・対象外3」 when some do not apply) /
/// "11 conditions: 9 met, 2 not met, 0 unanswered".
pub fn tally(conditions: &[Condition]) -> Words {
    tally_of(&conditions.iter().map(|c| c.status).collect::<Vec<_>>())
}

/// [`tally`] of the conditions' statuses alone ([`super::statuses`]).
pub fn tally_of(statuses: &[Status]) -> Words {
    let n = statuses.len();
    let mut ja = Vec::new();
    let mut en = Vec::new();
    for (status, count) in counts_of(statuses) {
        if status == Status::NotApplicable && count == 0 {
            continue;
        }
        ja.push(format!("{}{count}", status.label(Lang::Ja)));
        en.push(format!(
            "{count} {}",
            status.label(Lang::En).to_ascii_lowercase()
        ));
    }
    Words::new(
        format!("条件{n}件中 {}", ja.join("・")),
        format!("{n} conditions: {}", en.join(", ")),
    )
}

/// Where the declaration stands on the review page: complete or not, and how many
/// conditions it does not meet or has not answered (「記入は完了していますが、2件の条件を
/// 満たしていません」). `errors` is the number of errors left.
pub fn standing(errors: usize, conditions: &[Condition]) -> Words {
    let count = |s: Status| conditions.iter().filter(|c| c.status == s).count();
    let (not_met, open) = (count(Status::NotMet), count(Status::Unanswered));
    match (errors, not_met, open) {
        (0, 0, 0) => Words::new(
            "記入は完了しており、全ての条件を満たしています。",
            "The declaration is complete and meets every condition.",
        ),
        (0, n, 0) => Words::new(
            format!("記入は完了していますが、{n}件の条件を満たしていません。"),
            format!("The declaration is complete, but {n} condition(s) are not met."),
        ),
        (0, n, u) => Words::new(
            format!("記入は完了していますが、{n}件の条件を満たしておらず、{u}件が未入力です。"),
            format!(
                "The declaration is complete, but {n} condition(s) are not met and {u} unanswered."
            ),
        ),
        (e, 0, _) => Words::new(
            format!("未完了です（残り{e}件）。"),
            format!("Not complete yet ({e} left)."),
        ),
        (e, n, _) => Words::new(
            format!("未完了です（残り{e}件）。{n}件の条件を満たしていません。"),
            format!("Not complete yet ({e} left). {n} condition(s) are not met."),
        ),
    }
}

/// The conditions an export should ask about: not met, or not answered.
pub fn open_conditions(conditions: &[Condition]) -> Vec<&Condition> {
    conditions
        .iter()
        .filter(|c| matches!(c.status, Status::NotMet | Status::Unanswered))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{compliant, noncompliant};
    use crate::verdict::verdict;

    #[test]
    fn every_condition_belongs_to_a_section_that_shows_it() {
        for c in CondId::ALL {
            assert!(conditions_of(c.section()).contains(&c));
            if let Some(key) = c.shown_after() {
                let f = crate::fields::field(key).expect("a registry key");
                assert_eq!(f.section, c.section(), "{c:?}");
                assert_eq!(shown_after(key), [c]);
            }
        }
        assert_eq!(conditions_of(Section::Basic), []);
        assert_eq!(conditions_of(Section::Cloud).len(), 6);
    }

    #[test]
    fn the_ismap_note_says_what_the_answer_does() {
        let d = noncompliant();
        let v = verdict(&d);
        let c6 = v.iter().find(|c| c.id == CondId::C6).unwrap();
        assert_eq!(c6.status, Status::NotMet);
        let n = note(c6);
        assert!(
            n.ja.starts_with(
                "この回答では条件C6（ISMAPクラウドサービスリストへの掲載）を満たしません："
            ),
            "{}",
            n.ja
        );
        assert!(n.ja.ends_with(c6.reason(Lang::Ja)));
        assert!(n
            .en
            .starts_with("With this answer, condition C6 (Listed on ISMAP) is not met: "));
        let ok = verdict(&compliant());
        assert!(note(&ok[5])
            .ja
            .starts_with("条件C6（ISMAPクラウドサービスリストへの掲載）を満たしています："));
    }

    #[test]
    fn tally_and_standing_count_the_conditions() {
        let v = verdict(&noncompliant());
        assert_eq!(tally(&v).ja, "条件11件中 適合8・不適合3・未入力0");
        assert_eq!(
            tally(&v).en,
            "11 conditions: 8 met, 3 not met, 0 unanswered"
        );
        assert_eq!(
            standing(0, &v).ja,
            "記入は完了していますが、3件の条件を満たしていません。"
        );
        assert_eq!(open_conditions(&v).len(), 3);
        let ok = verdict(&compliant());
        assert_eq!(
            standing(0, &ok).ja,
            "記入は完了しており、全ての条件を満たしています。"
        );
        assert!(open_conditions(&ok).is_empty());
        let mut d = compliant();
        d.entrustment.uses_cloud = Some(false);
        let v = verdict(&d);
        assert_eq!(tally(&v).ja, "条件11件中 適合3・不適合0・未入力0・対象外8");
        assert_eq!(standing(2, &v).ja, "未完了です（残り2件）。");
        let of = |d: &crate::Declaration| {
            let s: Vec<Status> = crate::verdict::statuses(d)
                .into_iter()
                .map(|(_, s)| s)
                .collect();
            tally_of(&s)
        };
        assert_eq!(of(&d), tally(&v));
        assert_eq!(
            of(&crate::Declaration::new()).ja,
            "条件11件中 適合0・不適合0・未入力11"
        );
    }
}
