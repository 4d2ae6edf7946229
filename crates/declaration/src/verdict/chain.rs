//! The re-subcontracting conditions S5–S7 of spec §4: the application items of every
//! subcontractor, the structure diagram with its supervision, and the confidentiality
//! agreements.

use super::text::{self, Reason, SHOWN};
use super::Status;
use crate::answers;
use crate::date::Date;
use crate::model::*;
use crate::words::Words;
use crate::{Issue, Severity};

/// The application items of spec §2 every subcontractor must answer, in form order.
const ITEMS: [&str; 10] = [
    "name",
    "address",
    "reason",
    "work_scope",
    "pi_scope",
    "capability",
    "inspection",
    "supervision",
    "confidentiality.concluded",
    "safety_measures",
];

/// Whether one application item of a subcontractor is answered.
fn answered(s: &Subcontractor, item: &str) -> bool {
    let text = match item {
        "name" => &s.name,
        "address" => &s.address,
        "reason" => &s.reason,
        "work_scope" => &s.work_scope,
        "pi_scope" => &s.pi_scope,
        "capability" => &s.capability,
        "inspection" => &s.inspection,
        "supervision" => &s.supervision,
        "safety_measures" => &s.safety_measures,
        "parent" => &s.parent,
        _ => {
            return s
                .confidentiality
                .as_ref()
                .and_then(|c| c.concluded)
                .is_some()
        }
    };
    text::given(text).is_some()
}

/// The subcontractor as the reasons name it: 再委託先1（国民健康保険中央会）.
fn who(i: usize, s: &Subcontractor) -> Words {
    let label = answers::entry_label(answers::Group::Subcontractors, i);
    answers::named_in_text(label, text::quoted(&s.name).map(Words::same))
}

/// 「再委託先1（…）：「住所」、「監督体制」が未入力です。」
fn say_missing(r: &mut Reason, who: &Words, paths: Vec<String>) {
    let Words { ja, en } = text::names(&paths);
    let verb = if paths.len() == 1 { "is" } else { "are" };
    r.say(
        format!("{}：{ja}が未入力です。", who.ja),
        format!("{}: {en} {verb} missing.", who.en),
    );
    r.paths(paths);
}

/// Asks for at least one subcontractor.
fn ask_subcontractors() -> Reason {
    let mut r = Reason::default();
    r.say(
        "「再委託先」を1件以上入力してください。",
        "Add at least one subcontractor.",
    );
    r.path("subcontractors");
    r
}

/// The names of all subcontractors, for a met reason.
fn all_names(d: &Declaration) -> Words {
    let items: Vec<Words> = d
        .subcontractors
        .iter()
        .enumerate()
        .map(|(i, s)| match text::quoted(&s.name) {
            Some(n) => Words::same(n),
            None => who(i, s),
        })
        .collect();
    text::join(&items, 5)
}

/// S5: every subcontractor has every application item.
pub(super) fn s5(d: &Declaration) -> Reason {
    if d.subcontractors.is_empty() {
        return ask_subcontractors();
    }
    let mut r = Reason::default();
    let mut incomplete = 0;
    for (i, s) in d.subcontractors.iter().enumerate() {
        let missing: Vec<String> = ITEMS
            .iter()
            .filter(|item| !answered(s, item))
            .map(|item| format!("subcontractors[{i}].{item}"))
            .collect();
        if missing.is_empty() {
            continue;
        }
        incomplete += 1;
        if incomplete <= SHOWN {
            say_missing(&mut r, &who(i, s), missing);
        } else {
            r.paths(missing);
        }
    }
    if incomplete > SHOWN {
        let more = incomplete - SHOWN;
        r.say(
            format!("ほか{more}件の再委託先にも未入力の申請事項があります。"),
            format!("{more} more subcontractors also have application items missing."),
        );
    }
    if !r.is_empty() {
        return r;
    }
    let Words { ja, en } = all_names(d);
    let mut r = Reason::met(
        format!(
            "再委託先（{ja}）の申請事項（各{}項目）が全て記入されています。",
            ITEMS.len()
        ),
        format!(
            "Every application item ({} per subcontractor) is answered for {en}.",
            ITEMS.len()
        ),
    );
    r.path("subcontractors");
    r
}

/// S6: the structure diagram holds together and every node is supervised.
pub(super) fn s6(d: &Declaration) -> Reason {
    if d.subcontractors.is_empty() {
        return ask_subcontractors();
    }
    let mut open = Reason::default();
    let mut unanswered_parents = std::collections::HashSet::new();
    for (i, s) in d.subcontractors.iter().enumerate() {
        let missing: Vec<String> = ["parent", "supervision"]
            .iter()
            .filter(|item| !answered(s, item))
            .map(|item| format!("subcontractors[{i}].{item}"))
            .collect();
        if !answered(s, "parent") {
            unanswered_parents.insert(format!("subcontractors[{i}].parent"));
        }
        if !missing.is_empty() {
            say_missing(&mut open, &who(i, s), missing);
        }
    }
    // A parent not yet chosen is unanswered, not a broken tree.
    let errors: Vec<Issue> = crate::rules::tree_issues(d)
        .into_iter()
        .filter(|i| i.severity == Severity::Error && !unanswered_parents.contains(i.path.as_str()))
        .collect();
    if !errors.is_empty() {
        let mut r = Reason::default();
        r.status = Status::NotMet;
        text::say_issues(&mut r, &errors);
        r.append(open);
        return r;
    }
    if !open.is_empty() {
        return open;
    }
    let n = d.subcontractors.len();
    let levels = crate::tree::Links::of(d).levels();
    let mut r = Reason::met(
        format!("履行体制図は委託先から{levels}階層・再委託先{n}件で、循環や存在しない委託元はなく、全ての再委託先に委託元（監督する者）と監督体制が記入されています。"),
        format!(
            "The structure diagram runs {} below the contractor through {}, without cycles or unknown parents, and every subcontractor names who supervises it and how.",
            text::plural(levels, "level", "levels"),
            text::plural(n, "subcontractor", "subcontractors")
        ),
    );
    r.path("subcontractors");
    r
}

/// S7: a confidentiality agreement, with its date, with every subcontractor.
pub(super) fn s7(d: &Declaration) -> Reason {
    if d.subcontractors.is_empty() {
        return ask_subcontractors();
    }
    let mut refused = Vec::new();
    let mut failing = Reason::default();
    let mut open = Reason::default();
    let mut concluded = Vec::new();
    for (i, s) in d.subcontractors.iter().enumerate() {
        let w = who(i, s);
        let conf = s.confidentiality.clone().unwrap_or_default();
        let concluded_path = format!("subcontractors[{i}].confidentiality.concluded");
        let date_path = format!("subcontractors[{i}].confidentiality.date");
        match conf.concluded {
            None => say_missing(&mut open, &w, vec![concluded_path]),
            Some(false) => {
                refused.push(w);
                failing.path(concluded_path);
            }
            Some(true) => match text::given(&conf.date) {
                None => say_missing(&mut open, &w, vec![date_path]),
                Some(date) if Date::parse(date).is_none() => {
                    text::ask_real_date(&mut open, &date_path, &w.ja, &w.en);
                }
                Some(date) => {
                    let name = text::quoted(&s.name).map_or(w.clone(), Words::same);
                    concluded.push(Words::new(
                        format!("{} {date}", name.ja),
                        format!("{} on {date}", name.en),
                    ));
                }
            },
        }
    }
    if !refused.is_empty() {
        let Words { ja, en } = text::join(&refused, usize::MAX);
        let mut r = Reason::default();
        r.status = Status::NotMet;
        r.say(
            format!("秘密保持契約を締結していない再委託先があります：{ja}。"),
            format!("No confidentiality agreement has been concluded with {en}."),
        );
        r.append(failing);
        r.append(open);
        return r;
    }
    if !open.is_empty() {
        return open;
    }
    let Words { ja, en } = text::join(&concluded, 5);
    let mut r = Reason::met(
        format!("全ての再委託先と秘密保持契約を締結済みです（{ja}）。"),
        format!("A confidentiality agreement has been concluded with every subcontractor ({en})."),
    );
    r.path("subcontractors");
    r
}

/// Condition `id` (S5, S6 or S7) as subcontractor `i` alone stands: what the form shows
/// beside the answers of that entry that decide it (the NDA date decides S7, the 委託元 and
/// 監督体制 S6, the application items S5), in the words of the whole condition's verdict.
/// `None` for another condition or an index past the end.
pub(super) fn entry(d: &Declaration, id: super::CondId, i: usize) -> Option<Reason> {
    use super::CondId;
    let s = d.subcontractors.get(i)?;
    let w = who(i, s);
    let at = |item: &str| format!("subcontractors[{i}].{item}");
    let mut r = Reason::default();
    match id {
        CondId::S5 => {
            let missing: Vec<String> = ITEMS
                .iter()
                .filter(|item| !answered(s, item))
                .map(|item| at(item))
                .collect();
            if !missing.is_empty() {
                say_missing(&mut r, &w, missing);
                return Some(r);
            }
            r = Reason::met(
                format!(
                    "{}の申請事項（{}項目）が全て記入されています。",
                    w.ja,
                    ITEMS.len()
                ),
                format!(
                    "Every application item ({}) of {} is answered.",
                    ITEMS.len(),
                    w.en.to_lowercase()
                ),
            );
            r.path(at("name"));
        }
        CondId::S6 => {
            let missing: Vec<String> = ["parent", "supervision"]
                .iter()
                .filter(|item| !answered(s, item))
                .map(|item| at(item))
                .collect();
            let own = format!("subcontractors[{i}].");
            let errors: Vec<Issue> = crate::rules::tree_issues(d)
                .into_iter()
                .filter(|e| e.severity == Severity::Error && e.path.starts_with(&own))
                .filter(|e| !(e.unwritten && missing.contains(&e.path)))
                .collect();
            if !errors.is_empty() {
                r.status = Status::NotMet;
                text::say_issues(&mut r, &errors);
            }
            if !missing.is_empty() {
                say_missing(&mut r, &w, missing);
            }
            if !r.is_empty() {
                return Some(r);
            }
            let parent = crate::answers::parent_words(d, s.parent.as_deref().unwrap_or(""));
            r = Reason::met(
                format!(
                    "{}は「{}」が委託・監督し、監督体制が記入されています。",
                    w.ja, parent.ja
                ),
                format!(
                    "{} is commissioned and supervised by “{}”, and how is written.",
                    w.en, parent.en
                ),
            );
            r.paths([at("parent"), at("supervision")]);
        }
        CondId::S7 => {
            let conf = s.confidentiality.clone().unwrap_or_default();
            let (concluded, date_path) =
                (at("confidentiality.concluded"), at("confidentiality.date"));
            match conf.concluded {
                None => say_missing(&mut r, &w, vec![concluded]),
                Some(false) => {
                    r.status = Status::NotMet;
                    r.say(
                        format!("{}と秘密保持契約を締結していません。", w.ja),
                        format!(
                            "No confidentiality agreement has been concluded with {}.",
                            w.en.to_lowercase()
                        ),
                    );
                    r.path(concluded);
                }
                Some(true) => match text::given(&conf.date) {
                    None => say_missing(&mut r, &w, vec![date_path]),
                    Some(date) if Date::parse(date).is_none() => {
                        text::ask_real_date(&mut r, &date_path, &w.ja, &w.en)
                    }
                    Some(date) => {
                        r = Reason::met(
                            format!("{}と秘密保持契約を締結済みです（{date}）。", w.ja),
                            format!(
                                "A confidentiality agreement was concluded with {} on {date}.",
                                w.en.to_lowercase()
                            ),
                        );
                        r.paths([concluded, date_path]);
                    }
                },
            }
        }
        _ => return None,
    }
    Some(r)
}
