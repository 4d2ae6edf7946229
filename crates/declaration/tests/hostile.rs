//! The hostile files of issue 11, through every output: a name holding a right-to-left
//! override (Trojan Source) imports, is reported naming the character, and never reaches
//! the review words, the verdict, the change list, its CSV or the diagram with its override
//! intact; it is isolated there (U+2068 … U+2069) instead.

use declaration::answers::{self, Group};
use declaration::{changes, diagram, io, rules, verdict, Lang};

const COMPLIANT: &str = include_str!("../../../tests/fixtures/compliant.json");
const RLO: char = '\u{202E}';

fn hostile() -> declaration::Declaration {
    let mut d = io::import_str(COMPLIANT).unwrap().declaration;
    d.subcontractors[0].name = Some(format!("株式会社{RLO}ABC"));
    d
}

#[test]
fn a_right_to_left_override_is_reported_and_contained_everywhere() {
    let d = hostile();
    let errors = rules::errors(&d);
    let named: Vec<_> = errors
        .iter()
        .filter(|i| i.path == "subcontractors[0].name")
        .collect();
    assert_eq!(named.len(), 1, "{errors:?}");
    assert!(named[0]
        .text
        .ja
        .contains("見えない制御文字（U+202E）が含まれています"));

    // Shown as what it is (issue 31), never obeyed.
    let shown = "\u{2068}株式会社⟨U+202E⟩ABC\u{2069}";
    let title = answers::entry_title(&d, Group::Subcontractors, 0);
    assert!(
        title.ja.contains(shown) && !title.ja.contains(RLO),
        "{title:?}"
    );
    let svg = diagram::svg(&d, Lang::Ja);
    // Wrapped in its box, the control still shown as what it is.
    assert!(
        svg.contains("株式会社⟨U+202E⟩") && !svg.contains(RLO),
        "{svg}"
    );
    assert!(!svg.contains("style="), "no style attribute under the CSP");
    let reasons: String = verdict::verdict(&d)
        .iter()
        .map(|c| format!("{}{}", c.why.ja, c.why.en))
        .collect();
    assert!(!reasons.contains(RLO), "{reasons}");
    let base = io::import_str(COMPLIANT).unwrap().declaration;
    let list = changes::diff(&base, &d);
    let csv = changes::to_csv(
        &changes::rows(list, "2024-02-28", changes::Timing::Before),
        Lang::Ja,
    );
    assert!(csv.contains(shown) && !csv.contains(RLO), "{csv}");
}

/// `compliant.json` with a right-to-left override inside every text answer it gives
/// (the first entry of every list).
fn every_text_hostile() -> (declaration::Declaration, usize) {
    use declaration::access;
    use declaration::fields::{Control, FIELDS};
    let mut d = io::import_str(COMPLIANT).unwrap().declaration;
    let mut n = 0;
    for f in FIELDS {
        if !matches!(f.control, Control::Text | Control::TextArea) {
            continue;
        }
        let path = f.key.replace("[]", "[0]");
        let text = access::get_text(&d, &path);
        if text.trim().is_empty() {
            continue;
        }
        access::set_text(&mut d, &path, &format!("{text}{RLO}X")).unwrap();
        n += 1;
    }
    (d, n)
}

#[test]
fn no_output_passes_an_override_on_from_any_text_answer() {
    let (d, n) = every_text_hostile();
    assert!(n >= 30, "only {n} text answers made hostile");
    let mut shown: Vec<String> = Vec::new();
    for c in verdict::verdict(&d) {
        shown.push(c.why.ja.clone());
        shown.push(c.why.en.clone());
    }
    for f in declaration::fields::FIELDS {
        let path = f.key.replace("[]", "[0]");
        if let Some(w) = answers::value(&d, &path, f) {
            shown.push(w.ja);
            shown.push(w.en);
        }
    }
    for group in [Group::Subcontractors, Group::Regions, Group::Measures] {
        let t = answers::entry_title(&d, group, 0);
        shown.push(t.ja);
    }
    let base = io::import_str(COMPLIANT).unwrap().declaration;
    let list = changes::diff(&base, &d);
    assert!(list.len() >= n, "{} changes for {n} answers", list.len());
    for c in &list {
        for lang in [Lang::Ja, Lang::En] {
            shown.push(c.item(lang).to_string());
            shown.extend(c.before(lang).map(str::to_string));
            shown.extend(c.after(lang).map(str::to_string));
        }
    }
    shown.push(changes::to_csv(
        &changes::rows(list, "2024-02-28", changes::Timing::Before),
        Lang::En,
    ));
    shown.push(diagram::svg(&d, Lang::Ja));
    shown.extend(
        diagram::text_alternative(&d, Lang::En)
            .into_iter()
            .map(|(_, t)| t),
    );
    let leaks: Vec<&String> = shown.iter().filter(|t| t.contains(RLO)).collect();
    assert!(
        leaks.is_empty(),
        "{} texts carry U+202E: {leaks:#?}",
        leaks.len()
    );
    // And each answer is reported.
    let reported = rules::errors(&d)
        .iter()
        .filter(|i| i.text.ja.contains("U+202E"))
        .count();
    assert!(reported >= n - 2, "{reported} of {n} answers reported");
}
