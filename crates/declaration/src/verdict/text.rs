//! The words of the verdict: a [`Reason`] under construction (sentences in both languages
//! and the paths they concern), and the helpers that name fields with their visible labels
//! (from [`crate::fields`]) and ask for what is missing.

use super::{CondId, Condition, Status};
use crate::date::Date;
use crate::fields::{self, Labelled, Shape};
use crate::model::{Declaration, Layer};
use crate::words::Words;
use crate::Issue;

/// How many findings or entries a reason names before counting the rest.
pub(super) const SHOWN: usize = 3;

/// A reason being written: its status, sentences in Japanese and English, and the paths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Reason {
    pub status: Status,
    ja: Vec<String>,
    en: Vec<String>,
    paths: Vec<String>,
}

impl Default for Reason {
    /// An empty reason, unanswered until a condition says otherwise.
    fn default() -> Self {
        Reason {
            status: Status::Unanswered,
            ja: Vec::new(),
            en: Vec::new(),
            paths: Vec::new(),
        }
    }
}

impl Reason {
    /// A met reason with its first sentence.
    pub fn met(ja: impl Into<String>, en: impl Into<String>) -> Self {
        let mut r = Reason {
            status: Status::Met,
            ..Default::default()
        };
        r.say(ja, en);
        r
    }

    /// Adds a sentence (once: a sentence already said is not repeated).
    pub fn say(&mut self, ja: impl Into<String>, en: impl Into<String>) {
        let (ja, en) = (ja.into(), en.into());
        if !self.ja.contains(&ja) {
            self.ja.push(ja);
            self.en.push(en);
        }
    }

    /// Adds a path (once).
    pub fn path(&mut self, path: impl Into<String>) {
        let path = path.into();
        if !self.paths.contains(&path) {
            self.paths.push(path);
        }
    }

    /// Adds paths (each once).
    pub fn paths<P: Into<String>>(&mut self, paths: impl IntoIterator<Item = P>) {
        for p in paths {
            self.path(p);
        }
    }

    /// Adds another reason's sentences and paths after this one's.
    pub fn append(&mut self, other: Reason) {
        for (ja, en) in other.ja.into_iter().zip(other.en) {
            self.say(ja, en);
        }
        self.paths(other.paths);
    }

    /// Adds another reason's sentences after this one's, but its paths before: the answers
    /// still to give come first, the context after.
    pub fn append_leading_paths(&mut self, other: Reason) {
        let mine = std::mem::replace(&mut self.paths, other.paths.clone());
        self.append(other);
        self.paths(mine);
    }

    /// Whether nothing has been said yet.
    pub fn is_empty(&self) -> bool {
        self.ja.is_empty()
    }

    pub fn into_condition(self, id: CondId) -> Condition {
        Condition {
            id,
            status: self.status,
            why: Words::new(self.ja.concat(), self.en.join(" ")),
            paths: self.paths,
        }
    }
}

/// A text answer when it is given and not blank, trimmed.
pub(super) fn given(answer: &Option<String>) -> Option<&str> {
    answer.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// A given answer as the verdict's sentences quote it: isolated
/// ([`crate::words::isolated`]), so a bidirectional control in it cannot turn the sentence.
pub(super) fn quoted(answer: &Option<String>) -> Option<String> {
    given(answer).map(|s| crate::words::isolated(s).into_owned())
}

/// The declaration date, when it is a real date.
pub(super) fn decl_date(d: &Declaration) -> Option<Date> {
    given(&d.basic.declaration_date).and_then(Date::parse)
}

/// The visible label of a path, in Japanese and English.
pub(super) fn label(path: &str) -> Words {
    debug_assert!(fields::field(path).is_some(), "no field for {path}");
    crate::words::label_of(path)
}

/// Joins words: `A、B、C` / `A, B and C`, naming at most `max` and counting the rest.
pub(super) fn join(items: &[Words], max: usize) -> Words {
    let shown = &items[..items.len().min(max)];
    let rest = items.len() - shown.len();
    let mut ja = shown
        .iter()
        .map(|w| w.ja.as_str())
        .collect::<Vec<_>>()
        .join("、");
    let en_items: Vec<&str> = shown.iter().map(|w| w.en.as_str()).collect();
    let mut en = match en_items.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        Some((last, init)) if rest == 0 => format!("{} and {last}", init.join(", ")),
        Some(_) => en_items.join(", "),
    };
    if rest > 0 {
        ja.push_str(&format!("、ほか{rest}件"));
        en.push_str(&format!(" and {rest} more"));
    }
    Words::new(ja, en)
}

/// A count with its English noun: `1 level`, `2 levels`.
pub(super) fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The labels of paths, quoted: 「商号又は名称」、「住所」 / “Trade name” and “Address”.
pub(super) fn names(paths: &[String]) -> Words {
    let items: Vec<Words> = paths
        .iter()
        .map(|p| {
            let l = label(p);
            Words::new(format!("「{}」", l.ja), format!("“{}”", l.en))
        })
        .collect();
    join(&items, usize::MAX)
}

/// The labels of paths, quoted, each with the entry it belongs to:
/// 「再委託先2の「監督体制」」 / “Supervision” of subcontractor 2.
pub(super) fn entry_names(paths: &[String]) -> Words {
    let items: Vec<Words> = paths
        .iter()
        .map(|p| {
            let l = label(p);
            let entry = p.split_once('[').and_then(|(list, rest)| {
                let n = rest.split_once(']')?.0.parse().ok()?;
                Some(crate::answers::entry_label(
                    crate::answers::Group::of(list)?,
                    n,
                ))
            });
            match entry {
                Some(e) => Words::new(
                    format!("{}の「{}」", e.ja, l.ja),
                    format!("“{}” of {}", l.en, e.en.to_lowercase()),
                ),
                None => Words::new(format!("「{}」", l.ja), format!("“{}”", l.en)),
            }
        })
        .collect();
    join(&items, SHOWN)
}

/// The labels of layers, quoted.
pub(super) fn layer_names(layers: &[Layer]) -> Words {
    let items: Vec<Words> = layers
        .iter()
        .map(|l| {
            Words::new(
                format!("「{}」", l.label(fields::Lang::Ja)),
                format!("“{}”", l.label(fields::Lang::En)),
            )
        })
        .collect();
    join(&items, usize::MAX)
}

/// How a control is asked for: the Japanese ending and the English verb.
fn verb(path: &str) -> (&'static str, &'static str) {
    match fields::field(path).map(|f| f.control.shape()) {
        Some(Shape::YesNo) => ("を回答してください。", "Answer"),
        Some(Shape::Choice | Shape::Parent) => ("を選択してください。", "Choose"),
        Some(Shape::Check) => ("にチェックしてください。", "Tick"),
        Some(Shape::Group) => ("を入力してください。", "Fill in"),
        Some(Shape::Text | Shape::Number | Shape::Date) | None => ("を入力してください。", "Enter"),
    }
}

/// Asks for the answers at `paths`: one sentence per kind of control, naming each field
/// by its label (「準拠法が日本法である」を回答してください。).
pub(super) fn ask(r: &mut Reason, paths: &[String]) {
    let mut groups: Vec<((&str, &str), Vec<String>)> = Vec::new();
    for p in paths {
        let v = verb(p);
        match groups.iter_mut().find(|(g, _)| *g == v) {
            Some((_, ps)) => ps.push(p.clone()),
            None => groups.push((v, vec![p.clone()])),
        }
    }
    for ((end_ja, verb_en), ps) in groups {
        let Words { ja, en } = names(&ps);
        r.say(format!("{ja}{end_ja}"), format!("{verb_en} {en}."));
        r.paths(ps);
    }
}

/// Says the messages of issues, each as a sentence: the first [`SHOWN`], then how many
/// more. Every issue's path is kept.
pub(super) fn say_issues(r: &mut Reason, issues: &[Issue]) {
    for issue in issues.iter().take(SHOWN) {
        let ja = issue.text.ja.trim_end();
        let en = issue.text.en.trim_end();
        let ja_end = if ja.ends_with('。') { "" } else { "。" };
        let en_end = if en.ends_with(['.', '!', '?']) {
            ""
        } else {
            "."
        };
        r.say(format!("{ja}{ja_end}"), format!("{en}{en_end}"));
    }
    if issues.len() > SHOWN {
        let more = issues.len() - SHOWN;
        r.say(
            format!("ほか{more}件の指摘があります。"),
            format!("{}.", plural(more, "more finding", "more findings")),
        );
    }
    r.paths(issues.iter().map(|i| i.path.clone()));
}

/// Asks for a date that is not a real calendar date to be given as one.
pub(super) fn ask_real_date(r: &mut Reason, path: &str, whose_ja: &str, whose_en: &str) {
    let Words { ja, en } = label(path);
    r.say(
        format!("{whose_ja}の「{ja}」を正しい日付（例：2026-03-31）で入力してください。"),
        format!("Enter the {whose_en} “{en}” as a real date, like 2026-03-31."),
    );
    r.path(path);
}

/// Asks for the declaration date, on which expiry is judged.
pub(super) fn ask_decl_date(r: &mut Reason, d: &Declaration) {
    let path = "basic.declaration_date";
    if given(&d.basic.declaration_date).is_some() {
        r.say(
            "有効期限は申告日で判定します。「申告日」を正しい日付（例：2024-02-20）で入力してください。",
            "Expiry is judged on the declaration date: enter the “Declaration date” as a real date, like 2024-02-20.",
        );
    } else {
        r.say(
            "有効期限は申告日で判定します。「申告日」を入力してください。",
            "Expiry is judged on the declaration date: enter the “Declaration date”.",
        );
    }
    r.path(path);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(words: &[&str]) -> Vec<Words> {
        words.iter().map(|w| Words::same(*w)).collect()
    }

    #[test]
    fn joins_in_both_languages() {
        assert_eq!(join(&items(&[]), 3), Words::default());
        assert_eq!(join(&items(&["A"]), 3), Words::same("A"));
        assert_eq!(
            join(&items(&["A", "B", "C"]), 3),
            Words::new("A、B、C", "A, B and C")
        );
        assert_eq!(
            join(&items(&["A", "B", "C", "D", "E"]), 3),
            Words::new("A、B、C、ほか2件", "A, B, C and 2 more")
        );
    }

    #[test]
    fn asks_by_kind_of_control() {
        let mut r = Reason::default();
        ask(
            &mut r,
            &[
                "cloud.basic_policy.governing_law_japan".to_string(),
                "subcontractors[0].name".to_string(),
                "cloud.basic_policy.jurisdiction_japan".to_string(),
            ],
        );
        let c = r.into_condition(CondId::C5);
        assert_eq!(
            c.why.ja,
            "「準拠法が日本法である」、「管轄裁判所が日本国内である」を回答してください。「商号又は名称」を入力してください。"
        );
        assert_eq!(
            c.why.en,
            "Answer “Governing law is Japanese law” and “Competent court is in Japan”. Enter “Trade name”."
        );
        assert_eq!(c.paths.len(), 3);
    }

    #[test]
    fn sentences_and_paths_are_not_repeated() {
        let mut r = Reason::default();
        r.say("同じ。", "Same.");
        r.say("同じ。", "Same.");
        r.paths(["a", "a", "b"]);
        let c = r.into_condition(CondId::C1);
        assert_eq!((c.why.ja.as_str(), c.why.en.as_str()), ("同じ。", "Same."));
        assert_eq!(c.paths, ["a", "b"]);
    }
}
