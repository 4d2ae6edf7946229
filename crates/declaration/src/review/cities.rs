//! Reviews from many municipalities of one federation's draft (`addressees.md`, "Changes and
//! reviews"). Each city reviews the file it received (its own `id`, its own answers in
//! `basic`) and sends back a review file naming that id. Taken into the draft ([`take`]),
//! the questions of every city live in one *merged* review kept for the draft: each
//! question's id is `<the city's file id>/<its id>` ([`asked_by`] reads it back) and a
//! question about one of the city's own answers (`basic.assessment_title`) lands on that
//! addressee's entry (`addressees[13].assessment_title`); a question about the body lands on
//! the shared answer, where several cities may ask about the same one. Each city's review
//! without its questions (its id, reviewer, outcome, the version reviewed) is kept in the
//! merged review's `extra` under [`CITIES_KEY`], so [`city_review`] can write the review file
//! that goes back to that city alone — its questions under their own ids and paths, with the
//! replies.

use serde_json::{json, Value};

use super::follow::take_questions;
use super::model::{Item, Outcome, Review, Reviewed, FORMAT, SCHEMA_VERSION};
use super::read::ReviewError;
use super::{against, Freshness};
use crate::model::Declaration;

/// The key of the merged review's `extra` that keeps each city's review without its
/// questions, by the city's file id.
pub const CITIES_KEY: &str = "addressee_reviews";

/// The answers of `basic` each addressee has its own of.
const OWN: [&str; 4] = ["municipality", "assessment_title", "pi_file", "item_number"];

/// The addressee of `d` whose file `review` is about.
pub fn addressee_of(d: &Declaration, review: &Review) -> Option<usize> {
    d.addressees
        .iter()
        .position(|a| !a.id.is_empty() && a.id == review.declaration.id)
}

/// The file id of the city that asked question `item_id` of a merged review.
pub fn asked_by(item_id: &str) -> Option<&str> {
    item_id.split_once('/').map(|(city, _)| city)
}

/// Whether `review` is a merged review of a draft's addressees.
pub fn is_merged(extra: &Value) -> bool {
    extra.get(CITIES_KEY).is_some()
}

/// A path of addressee `i`'s file as a path of the draft.
fn to_draft(path: &str, i: usize) -> String {
    match path.strip_prefix("basic.") {
        Some(key) if OWN.contains(&key) => format!("addressees[{i}].{key}"),
        _ => path.to_string(),
    }
}

/// A path of the draft as a path of addressee `i`'s file.
fn to_file(path: &str, i: usize) -> String {
    match path.strip_prefix(&format!("addressees[{i}].")) {
        Some(key) if OWN.contains(&key) => format!("basic.{key}"),
        _ => path.to_string(),
    }
}

/// `item` of city `city` (addressee `i`) as a question of the merged review.
/// One of its own answers names the addressee by its file id too ([`Target::entry_id`]), so
/// the question follows the addressee when the list is reordered.
fn merged_item(mut item: Item, city: &str, i: usize) -> Item {
    item.id = format!("{city}/{}", item.id);
    let path = item.target.path.map(|p| to_draft(&p, i));
    if path
        .as_deref()
        .is_some_and(|p| p.starts_with("addressees["))
    {
        item.target.entry_id = Some(city.to_string());
    }
    item.target.path = path;
    item
}

/// A question of the merged review as city `city`'s own (addressee `i`), or `None` when
/// another city asked it.
fn city_item(item: &Item, city: &str, i: usize) -> Option<Item> {
    let own = item.id.strip_prefix(city)?.strip_prefix('/')?;
    let mut out = item.clone();
    out.id = own.to_string();
    if out
        .target
        .path
        .as_deref()
        .is_some_and(|p| p.starts_with("addressees["))
    {
        out.target.entry_id = None;
    }
    out.target.path = out.target.path.map(|p| to_file(&p, i));
    Some(out)
}

/// Takes city review `theirs` (with the keys of its file the model does not know,
/// `theirs_extra`) into the draft's merged review `kept` (and its `extra`), or starts one:
/// that city's questions replaced by the file's, replies written here and not sent yet kept
/// ([`take_questions`]), the other cities' left as they are. Gives the merged review, its
/// extra, the addressee, and whether the draft changed since the version that city reviewed.
/// Refused when the review is about no addressee of `d`.
pub fn take(
    kept: Option<(&Review, &Value)>,
    d: &Declaration,
    theirs: Review,
    theirs_extra: Value,
) -> Result<(Review, Value, usize, Freshness), ReviewError> {
    let other = || ReviewError::OtherDeclaration {
        review: theirs.declaration.id.clone(),
        draft: d.id.clone().unwrap_or_default(),
    };
    let i = addressee_of(d, &theirs).ok_or_else(other)?;
    let city = d.addressees[i].id.clone();
    let (file, file_extra) = crate::addressees::shown(d, i);
    let freshness = against(&theirs, &file, &file_extra)?;
    let mine = kept.and_then(|(r, e)| city_review(r, e, d, &city).map(|(r, _)| r));
    let merged_city = take_questions(mine.as_ref(), theirs)?;
    let (mut merged, mut extra) = match kept {
        Some((r, e)) if is_merged(e) => (r.clone(), e.clone()),
        _ => (new_merged(d), json!({ CITIES_KEY: {} })),
    };
    merged
        .items
        .retain(|item| asked_by(&item.id) != Some(city.as_str()));
    merged.items.extend(
        merged_city
            .items
            .iter()
            .cloned()
            .map(|item| merged_item(item, &city, i)),
    );
    let mut header = serde_json::to_value(Review {
        items: Vec::new(),
        ..merged_city
    })
    .unwrap_or(Value::Null);
    if let (Some(h), Some(x)) = (header.as_object_mut(), theirs_extra.as_object()) {
        h.insert("extra".into(), Value::Object(x.clone()));
    }
    extra[CITIES_KEY][city.as_str()] = header;
    merged.outcome = outcome_of(&extra);
    Ok((merged, extra, i, freshness))
}

/// The merged review of `d`, with no question yet: about the draft itself.
fn new_merged(d: &Declaration) -> Review {
    Review {
        format: FORMAT.to_string(),
        schema_version: SCHEMA_VERSION,
        id: format!("addressees-{}", d.id.as_deref().unwrap_or_default()),
        declaration: Reviewed {
            id: d.id.clone().unwrap_or_default(),
            ..Default::default()
        },
        ..Default::default()
    }
}

/// The merged outcome: 差戻し while one city returned it, 受理 once every city accepted,
/// else 審査中.
fn outcome_of(extra: &Value) -> Outcome {
    let outcomes: Vec<Outcome> = extra[CITIES_KEY]
        .as_object()
        .map(|m| {
            m.values()
                .filter_map(|h| serde_json::from_value(h["outcome"].clone()).ok())
                .collect()
        })
        .unwrap_or_default();
    if outcomes.contains(&Outcome::Returned) {
        Outcome::Returned
    } else if !outcomes.is_empty() && outcomes.iter().all(|o| *o == Outcome::Accepted) {
        Outcome::Accepted
    } else {
        Outcome::InReview
    }
}

/// The review of city `city` (its file's id) from the merged review, as the file that goes
/// back to it: its questions with their own ids and paths, their replies, its header; and
/// the keys of its file the model does not know. `None` when that city sent no review.
pub fn city_review(
    merged: &Review,
    extra: &Value,
    d: &Declaration,
    city: &str,
) -> Option<(Review, Value)> {
    let mut header = extra.get(CITIES_KEY)?.get(city)?.clone();
    let own_extra = header
        .as_object_mut()
        .and_then(|h| h.remove("extra"))
        .unwrap_or_else(|| json!({}));
    let mut review: Review = serde_json::from_value(header).ok()?;
    let i = d.addressees.iter().position(|a| a.id == city)?;
    review.items = merged
        .items
        .iter()
        .filter_map(|item| city_item(item, city, i))
        .collect();
    Some((review, own_extra))
}

/// The cities that sent a review, as addressee indices of `d`, in list order.
pub fn cities(extra: &Value, d: &Declaration) -> Vec<usize> {
    let Some(m) = extra.get(CITIES_KEY).and_then(Value::as_object) else {
        return Vec::new();
    };
    (0..d.addressees.len())
        .filter(|&i| m.contains_key(&d.addressees[i].id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::mie;
    use crate::review::{model::Target, reply};

    /// City `i`'s review of the file it received, asking about `paths`.
    fn review_of(d: &Declaration, i: usize, paths: &[&str]) -> Review {
        let f = crate::addressees::export(d, i, "2026-12-08T00:00:00Z", "test");
        let value: Value = serde_json::from_str(&f.text).unwrap();
        let (file, _) = crate::addressees::shown(d, i);
        let mut r = crate::review::new_review(
            &value,
            &file,
            &format!("review-{i}"),
            "2026-12-09T00:00:00Z",
            Some(&f.name),
        );
        r.items = paths
            .iter()
            .enumerate()
            .map(|(n, p)| Item {
                id: format!("q{}", n + 1),
                target: Target {
                    path: Some(p.to_string()),
                    ..Default::default()
                },
                comment: format!("{p} について"),
                ..Default::default()
            })
            .collect();
        r.outcome = Outcome::Returned;
        r
    }

    /// Two cities' reviews land in one merged review: a question about a city's own answer
    /// on its entry, body questions on the shared answer (both cities asked about the same
    /// one); each city's file back holds its own questions, ids and paths, with the replies.
    #[test]
    fn reviews_of_two_cities_merge_and_go_back_apart() {
        let d = mie();
        let iga = review_of(
            &d,
            13,
            &["basic.assessment_title", "entrustment.contractor.name"],
        );
        let kameyama = review_of(&d, 8, &["entrustment.contractor.name"]);
        let (merged, extra, i, fresh) = take(None, &d, iga, json!({})).unwrap();
        assert_eq!((i, fresh), (13, Freshness::Same));
        let (merged, extra, i, _) = take(Some((&merged, &extra)), &d, kameyama, json!({})).unwrap();
        assert_eq!(i, 8);
        let paths: Vec<(&str, Option<&str>)> = merged
            .items
            .iter()
            .map(|it| (it.id.as_str(), it.target.path.as_deref()))
            .collect();
        assert_eq!(
            paths,
            [
                ("mie-13/q1", Some("addressees[13].assessment_title")),
                ("mie-13/q2", Some("entrustment.contractor.name")),
                ("mie-8/q1", Some("entrustment.contractor.name")),
            ]
        );
        assert_eq!(asked_by(&merged.items[2].id), Some("mie-8"));
        assert_eq!(cities(&extra, &d), [8, 13]);
        assert_eq!(merged.outcome, Outcome::Returned);
        // Every question has its place in the draft, and follows its addressee.
        for (_, place) in crate::review::places(&d, &merged.items) {
            assert!(
                matches!(place, crate::review::Place::Answer(_)),
                "{place:?}"
            );
        }
        let mut reordered = d.clone();
        crate::lists::shift(&mut reordered, crate::answers::Group::Addressees, 13, true);
        assert_eq!(
            crate::review::place(&reordered, &merged.items[0].target),
            crate::review::Place::Answer("addressees[12].assessment_title".into())
        );
        let mut merged = merged;
        reply(
            &mut merged,
            "mie-13/q1",
            "第2版に改めます。",
            "2026-12-10T00:00:00Z",
        )
        .unwrap();
        let (back, _) = city_review(&merged, &extra, &d, "mie-13").unwrap();
        assert_eq!(back.declaration.id, "mie-13");
        assert_eq!(back.id, "review-13");
        assert_eq!(back.items.len(), 2);
        assert_eq!(back.items[0].id, "q1");
        assert_eq!(
            back.items[0].target.path.as_deref(),
            Some("basic.assessment_title")
        );
        assert_eq!(back.items[0].reply.as_deref(), Some("第2版に改めます。"));
        assert_eq!(back.items[0].target.entry_id, None);
        let (k, _) = city_review(&merged, &extra, &d, "mie-8").unwrap();
        assert_eq!(k.items.len(), 1);
        assert!(k.items[0].reply.is_none());
        // The city sends its file again (a 再照会): a reply not yet sent is kept.
        let again = review_of(
            &d,
            13,
            &["basic.assessment_title", "entrustment.contractor.name"],
        );
        let (merged, _, _, _) = take(Some((&merged, &extra)), &d, again, json!({})).unwrap();
        let q1 = merged.items.iter().find(|it| it.id == "mie-13/q1").unwrap();
        assert_eq!(q1.reply.as_deref(), Some("第2版に改めます。"));
        assert_eq!(merged.items.len(), 3);
    }

    /// A review of a file no addressee received is refused; a change of the body since is
    /// said.
    #[test]
    fn a_review_of_another_file_is_refused_and_a_change_is_said() {
        let d = mie();
        let mut r = review_of(&d, 3, &["basic.pi_file"]);
        r.declaration.id = "someone-else".into();
        assert!(matches!(
            take(None, &d, r, json!({})),
            Err(ReviewError::OtherDeclaration { .. })
        ));
        let r = review_of(&d, 3, &["basic.pi_file"]);
        let mut changed = d.clone();
        changed.basic.system_name = Some("改".into());
        let (_, _, _, fresh) = take(None, &changed, r, json!({})).unwrap();
        assert_eq!(fresh, Freshness::Changed);
    }
}
