//! Hidden answers (spec §7): when a section stops applying (re-subcontracting → no, cloud →
//! no), its answers stay in the draft while the user may change their mind, but are left
//! out of the exported file and the printed document, and the export says what it left out.
//!
//! What is left out is what [`crate::answers`] says is [`Asking::NotAsked`]; this module
//! owns what "left out" removes ([`without_hidden`]) and the words that say so
//! ([`left_out_message`]). The draft itself is never changed here.

use crate::answers::{asking, section_asking, Asking};
use crate::fields::{Lang, Section};
use crate::model::Declaration;
use crate::progress::has_answers;

/// A copy of `d` without the answers of the sections that do not apply, and the sections
/// that were left out *and had answers* (in [`Section::ALL`] order), for the export to
/// say so.
///
/// - `resubcontract == Some(false)`: the subcontractors and `entrustment.resubcontracted_work`
///   (⑥再委託事項, which only applies when re-subcontracting) are removed; 再委託先 is listed
///   when either had an answer.
/// - `uses_cloud == Some(false)`: `cloud`, `responsibility` and `measures` are removed;
///   each of クラウドサービス, 責任共有モデル, セキュリティ対策 is listed when it had answers
///   ([`has_answers`]).
///
/// An unanswered question (`None`) hides nothing: the user has not said the section does
/// not apply.
pub fn without_hidden(d: &Declaration) -> (Declaration, Vec<Section>) {
    let mut out = d.clone();
    let mut left_out = Vec::new();
    if section_asking(d, Section::Subcontractors) == Asking::NotAsked {
        let work = d
            .entrustment
            .resubcontracted_work
            .as_deref()
            .is_some_and(|w| !w.trim().is_empty());
        if work || has_answers(d, Section::Subcontractors) {
            left_out.push(Section::Subcontractors);
        }
        out.subcontractors.clear();
    }
    if asking(d, "entrustment.resubcontracted_work") == Asking::NotAsked {
        out.entrustment.resubcontracted_work = None;
    }
    if section_asking(d, Section::Cloud) == Asking::NotAsked {
        for section in [Section::Cloud, Section::Responsibility, Section::Measures] {
            if has_answers(d, section) {
                left_out.push(section);
            }
        }
        out.cloud = None;
        out.responsibility = None;
        out.measures.clear();
    }
    (out, left_out)
}

/// What the export says about the sections it left out: 「次の項目は対象外のため出力していま
/// せん：再委託先、クラウドサービス」 / "Not exported because they do not apply: Subcontractors,
/// Cloud service". `None` when nothing was left out.
pub fn left_out_message(left_out: &[Section], lang: Lang) -> Option<String> {
    if left_out.is_empty() {
        return None;
    }
    let titles: Vec<&str> = left_out.iter().map(|s| s.title(lang)).collect();
    Some(match lang {
        Lang::Ja => format!(
            "次の項目は対象外のため出力していません（下書きには残っています）：{}",
            titles.join("、")
        ),
        Lang::En => format!(
            "Not exported because they do not apply (they are kept in the draft): {}",
            titles.join(", ")
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{compliant, draft};
    use crate::model::{Cloud, Declaration};
    use crate::rules::validate;

    #[test]
    fn everything_applies_nothing_is_left_out() {
        let d = compliant();
        let (out, left_out) = without_hidden(&d);
        assert_eq!(out, d);
        assert!(left_out.is_empty());
        assert_eq!(left_out_message(&left_out, Lang::Ja), None);
    }

    #[test]
    fn no_resubcontracting_leaves_out_the_subcontractors_and_the_work() {
        let mut d = compliant();
        d.entrustment.resubcontract = Some(false);
        let (out, left_out) = without_hidden(&d);
        assert_eq!(left_out, [Section::Subcontractors]);
        assert!(out.subcontractors.is_empty());
        assert_eq!(out.entrustment.resubcontracted_work, None);
        // Everything else is kept, and the draft itself is untouched.
        assert_eq!(out.cloud, d.cloud);
        assert_eq!(out.measures, d.measures);
        assert_eq!(out.entrustment.content, d.entrustment.content);
        assert_eq!(out.entrustment.resubcontract, Some(false));
        assert_eq!(d.subcontractors.len(), 1);
        assert!(d.entrustment.resubcontracted_work.is_some());
    }

    #[test]
    fn no_cloud_leaves_out_the_three_cloud_sections() {
        let mut d = compliant();
        d.entrustment.uses_cloud = Some(false);
        let (out, left_out) = without_hidden(&d);
        assert_eq!(
            left_out,
            [Section::Cloud, Section::Responsibility, Section::Measures]
        );
        assert_eq!(out.cloud, None);
        assert_eq!(out.responsibility, None);
        assert!(out.measures.is_empty());
        assert_eq!(out.subcontractors, d.subcontractors);
        assert!(d.cloud.is_some() && !d.measures.is_empty());
    }

    #[test]
    fn both_no_leaves_a_valid_export_of_what_remains() {
        let mut d = compliant();
        d.entrustment.resubcontract = Some(false);
        d.entrustment.uses_cloud = Some(false);
        let (out, left_out) = without_hidden(&d);
        assert_eq!(
            left_out,
            [
                Section::Subcontractors,
                Section::Cloud,
                Section::Responsibility,
                Section::Measures
            ]
        );
        assert_eq!(validate(&out), vec![]);
        let json = serde_json::to_value(&out).unwrap();
        for key in ["subcontractors", "cloud", "responsibility", "measures"] {
            assert!(json.get(key).is_none(), "{key} exported");
        }
        assert!(json["entrustment"].get("resubcontracted_work").is_none());
    }

    #[test]
    fn unanswered_questions_hide_nothing() {
        let mut d = compliant();
        d.entrustment.resubcontract = None;
        d.entrustment.uses_cloud = None;
        let (out, left_out) = without_hidden(&d);
        assert_eq!(out, d);
        assert!(left_out.is_empty());
    }

    #[test]
    fn only_sections_with_answers_are_listed() {
        let mut d = draft();
        d.entrustment.resubcontract = Some(false);
        d.entrustment.uses_cloud = Some(false);
        // An empty cloud object (a text typed and deleted again) is not an answer.
        d.cloud = Some(Cloud {
            provider: Some(String::new()),
            ..Default::default()
        });
        let (out, left_out) = without_hidden(&d);
        assert!(left_out.is_empty(), "{left_out:?}");
        assert_eq!(out.cloud, None);
    }

    #[test]
    fn the_work_alone_lists_the_subcontractors() {
        let mut d = Declaration::new();
        d.entrustment.resubcontract = Some(false);
        d.entrustment.resubcontracted_work = Some("保守の全て".into());
        let (out, left_out) = without_hidden(&d);
        assert_eq!(left_out, [Section::Subcontractors]);
        assert_eq!(out.entrustment.resubcontracted_work, None);
        d.entrustment.resubcontracted_work = Some("  ".into());
        assert!(without_hidden(&d).1.is_empty());
    }

    #[test]
    fn a_lone_measure_is_listed() {
        let mut d = Declaration::new();
        d.entrustment.uses_cloud = Some(false);
        crate::lists::add_measure(&mut d, crate::model::Category::Network);
        assert_eq!(without_hidden(&d).1, [Section::Measures]);
    }

    #[test]
    fn the_message_names_the_sections() {
        let all = [Section::Subcontractors, Section::Cloud];
        assert_eq!(
            left_out_message(&all, Lang::Ja).unwrap(),
            "次の項目は対象外のため出力していません（下書きには残っています）：再委託先、クラウドサービス"
        );
        assert_eq!(
            left_out_message(&all, Lang::En).unwrap(),
            "Not exported because they do not apply (they are kept in the draft): Subcontractors, Cloud service"
        );
    }
}
