//! Tests of the structure diagram: geometry, markup, words and broken trees.

use super::testkit::{assert_clean, assert_well_formed, ten_over_three_levels, with_subs};
use super::*;
use crate::fixtures::compliant;
use proptest::prelude::*;

const LANGS: [Lang; 2] = [Lang::Ja, Lang::En];

#[test]
fn ten_subcontractors_over_three_levels_are_readable() {
    let d = ten_over_three_levels();
    for lang in LANGS {
        let l = layout(&d, lang);
        assert_eq!(l.nodes.len(), 12);
        assert_eq!(l.edges.len(), 11);
        assert_eq!(l.nodes.iter().map(|n| n.depth).max(), Some(4));
        assert_clean(&l);
        assert!(l.edges.iter().all(|e| e.linked));
        // Every edge into a subcontractor carries its supervision.
        assert_eq!(l.edges.iter().filter(|e| e.label.is_some()).count(), 10);
        let svg = svg(&d, lang);
        assert_well_formed(&svg);
        for s in &d.subcontractors {
            let name = s.name.as_deref().unwrap();
            assert!(svg.contains(&format!(">{name}</text>")), "{name} missing");
        }
        assert!(svg.contains(&format!("viewBox=\"0 0 {} ", text::num(l.width))));
        assert_eq!(svg.matches("<g class=\"diagram__node\"").count(), 12);
        assert_eq!(svg.matches("<path class=\"diagram__edge\"").count(), 11);
        assert_eq!(svg.matches("<text class=\"diagram__label\"").count(), 10);
    }
}

#[test]
fn depth_first_order_and_depths() {
    let l = layout(&ten_over_three_levels(), Lang::Ja);
    let ids: Vec<&str> = l.nodes.iter().map(|n| n.id.as_str()).collect();
    // a1 b1 c1 c2 b2 a2 b3 c3 a3 b4 are entries 0..=9 in list order.
    let expected: Vec<String> = ["municipality", "contractor"]
        .into_iter()
        .map(str::to_string)
        .chain((0..10).map(|i| format!("subcontractors[{i}]")))
        .collect();
    assert_eq!(ids, expected);
    let depths: Vec<usize> = l.nodes.iter().map(|n| n.depth).collect();
    assert_eq!(depths, [0, 1, 2, 3, 4, 4, 3, 2, 3, 4, 2, 3]);
}

#[test]
fn long_texts_are_shortened_inside_their_boxes_and_kept_in_full_elsewhere() {
    let long = "監督".repeat(600);
    let mut d = with_subs(&[("a", Some("contractor"), &"長い名称の株式会社".repeat(20))]);
    d.subcontractors[0].supervision = Some(long.clone());
    let l = layout(&d, Lang::Ja);
    assert_clean(&l);
    let b = &l.nodes[2];
    assert_eq!(b.name_lines, 2);
    assert!(b.lines[1].ends_with('…'), "{:?}", b.lines);
    let label = l.edges[1].label.as_ref().unwrap();
    // The supervision wraps, never cut short below LABEL_LINES lines (issue 30: the printed
    // diagram ended it in 「…」); 400 characters need more, so the last of them says so.
    assert_eq!(label.lines.len(), crate::diagram::LABEL_LINES);
    assert!(label.lines[0].starts_with("監督："));
    assert!(label.lines.last().unwrap().ends_with('…'));
    let alt = text_alternative(&d, Lang::Ja);
    assert!(alt[2].1.contains(&format!("監督体制：{long}")));
    assert!(svg(&d, Lang::Ja).contains(&format!("<title>監督：{long}</title>")));
}

#[test]
fn user_text_is_escaped() {
    let evil = r#"A&B <社> "x" 'y'"#;
    let mut d = with_subs(&[("a", Some("contractor"), evil)]);
    d.basic.municipality = Some("<script>alert(1)</script>".into());
    d.subcontractors[0].supervision = Some("</text><foreignObject>".into());
    d.subcontractors[0].id = "a\"><g".into();
    d.subcontractors[0].parent = Some("contractor".into());
    let svg = svg(&d, Lang::Ja);
    assert_well_formed(&svg);
    assert!(svg.contains("A&amp;B &lt;社&gt; &quot;x&quot; &apos;y&apos;"));
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!svg.contains("<script") && !svg.contains("<foreignObject"));
    assert!(!svg.contains("<社>") && !svg.contains("\"x\""));
}

#[test]
fn the_compliant_fixture() {
    let d = compliant();
    let svg = svg(&d, Lang::Ja);
    assert_well_formed(&svg);
    for name in ["○○市", "三重県国保連合会", "国民健康保険中央会"] {
        assert!(svg.contains(&format!(">{name}</text>")), "{name}");
    }
    assert!(svg.contains("<title id=\"diagram-title\">履行体制図</title>"));
    assert!(svg.contains("role=\"img\""));
    assert!(svg.contains("aria-labelledby=\"diagram-title diagram-desc\""));
    assert!(svg.contains("font-family=\"'Noto Sans CJK JP', sans-serif\""));
    assert!(svg.contains(">取扱者数：10人未満</text>"));
    assert!(svg.contains("監督：委託先(三重県国保連合会)が月次の作業報告書により"));
    assert!(svg.contains(
        "<desc id=\"diagram-desc\">○○市が三重県国保連合会に業務を委託し、三重県国保連合会から再委託先1者（1階層）へ再委託されています。</desc>"
    ));
    assert_clean(&layout(&d, Lang::Ja));
    let alt = text_alternative(&d, Lang::Ja);
    let depths: Vec<usize> = alt.iter().map(|(d, _)| *d).collect();
    assert_eq!(depths, [0, 1, 2]);
    assert_eq!(alt[0].1, "委託元：○○市");
    assert!(alt[1]
        .1
        .starts_with("委託先：三重県国保連合会（委託内容：国保総合"));
    assert!(alt[1].1.ends_with("委託先における取扱者数：10人未満）"));
    assert_eq!(
        alt[2].1,
        "再委託先：国民健康保険中央会（委託元(監督する者)：三重県国保連合会、再委託する業務の範囲：アプリケーション保守業務及びシステム運用事務の全て、取扱者数：10人未満、監督体制：委託先(三重県国保連合会)が月次の作業報告書により作業内容及び安全管理状況を確認する）"
    );
    let en = text_alternative(&d, Lang::En);
    assert!(en[2]
        .1
        .starts_with("Subcontractor: 国民健康保険中央会 (Commissioned and supervised by: 三重県国保連合会; Scope of the work: "));
    assert!(en[2]
        .1
        .contains("; Number of handlers: Fewer than 10; Supervision: "));
    let svg_en = super::svg(&d, Lang::En);
    assert!(svg_en.contains(">Implementation structure</title>"));
    assert!(svg_en.contains("re-subcontracts it to 1 subcontractor over 1 level."));
}

#[test]
fn an_empty_declaration_shows_placeholders() {
    let d = Declaration::new();
    let l = layout(&d, Lang::Ja);
    assert_eq!(l.nodes.len(), 2);
    assert_eq!(l.edges.len(), 1);
    assert!(l.edges[0].label.is_none());
    assert_clean(&l);
    let svg = svg(&d, Lang::Ja);
    assert_well_formed(&svg);
    assert!(svg.contains(">（地方公共団体名未入力）</text>"));
    assert!(svg.contains(">（委託先名未入力）</text>"));
    assert!(svg.contains(">取扱者数：（未入力）</text>"));
    assert!(svg.contains("再委託先はありません。"));
    let en = super::svg(&d, Lang::En);
    assert!(en.contains(">(municipality not entered)</text>"));
    assert!(en.contains(">(contractor name not entered)</text>"));

    // An empty subcontractor says so too, label included.
    let mut d = Declaration::new();
    crate::lists::add_subcontractor(&mut d, "contractor");
    d.subcontractors[0].name = Some("   ".into());
    let l = layout(&d, Lang::Ja);
    assert_eq!(l.nodes[2].lines[0], "（名称未入力）");
    assert_eq!(l.nodes[2].lines[1], "業務範囲：（未入力）");
    assert_eq!(
        l.edges[1].label.as_ref().unwrap().lines,
        ["監督：（未入力）"]
    );
    assert_clean(&l);
}

#[test]
fn broken_parents_hang_under_the_contractor_and_say_why() {
    let d = with_subs(&[
        ("a", Some("b"), "会社A"),
        ("b", Some("a"), "会社B"),
        ("x", Some("a"), "会社X"),
        ("s", Some("s"), "会社S"),
        ("g", Some("ghost"), "会社G"),
        ("h", Some("g"), "会社H"),
        ("n", None, "会社N"),
        ("ok", Some("contractor"), "会社OK"),
    ]);
    for lang in LANGS {
        let l = layout(&d, lang);
        assert_clean(&l);
        assert_eq!(l.nodes.len(), 10, "each entry exactly once");
        assert_well_formed(&svg(&d, lang));
    }
    let alt = text_alternative(&d, Lang::Ja);
    let line = |name: &str| {
        alt.iter()
            .find(|(_, l)| l.contains(&format!("：{name}（")))
            .unwrap_or_else(|| panic!("{name} in {alt:?}"))
            .clone()
    };
    assert_eq!(line("会社OK").0, 2);
    assert!(!line("会社OK").1.contains('※'));
    // The cycle a ↔ b is cut at its first entry; x stays below a.
    assert_eq!(line("会社A").0, 2);
    assert!(line("会社A")
        .1
        .contains("循環しているため、委託先の下に表示しています。"));
    assert_eq!(line("会社B").0, 3);
    assert_eq!(line("会社X").0, 3);
    assert!(line("会社S").1.contains("循環"));
    assert_eq!(line("会社G").0, 2);
    assert!(line("会社G").1.contains("「ghost」が見つからないため"));
    assert_eq!(line("会社H").0, 3, "an orphan keeps its subtree");
    assert!(line("会社N")
        .1
        .contains("「委託元(監督する者)」が選択されていないため"));
    let l = layout(&d, Lang::Ja);
    let dashed: Vec<&str> = l
        .edges
        .iter()
        .filter(|e| !e.linked)
        .map(|e| e.to.as_str())
        .collect();
    assert_eq!(
        dashed,
        [
            "subcontractors[4]",
            "subcontractors[6]",
            "subcontractors[0]",
            "subcontractors[3]"
        ]
    );
    assert!(svg(&d, Lang::Ja).contains("stroke-dasharray"));
    let en = text_alternative(&d, Lang::En);
    assert!(en.iter().any(|(_, l)| l.contains("goes round in a circle")));
}

#[test]
fn not_resubcontracting_hides_the_subcontractors() {
    let mut d = compliant();
    d.entrustment.resubcontract = Some(false);
    assert_eq!(layout(&d, Lang::Ja).nodes.len(), 2);
    assert!(!svg(&d, Lang::Ja).contains("国民健康保険中央会"));
    assert!(summary(&d, Lang::Ja).ends_with("再委託先はありません。"));
}

#[test]
fn a_very_deep_chain_still_fits_the_page() {
    let ids: Vec<String> = (0..40).map(|i| format!("s{i}")).collect();
    let subs: Vec<(&str, Option<&str>, &str)> = (0..40)
        .map(|i| {
            let parent = if i == 0 {
                "contractor"
            } else {
                ids[i - 1].as_str()
            };
            (
                ids[i].as_str(),
                Some(parent),
                "Deep Chain Subcontracting Company Limited",
            )
        })
        .collect();
    let l = layout(&with_subs(&subs), Lang::En);
    assert_eq!(l.nodes.iter().map(|n| n.depth).max(), Some(41));
    assert_clean(&l);
}

#[test]
fn latin_names_break_between_words() {
    let d = with_subs(&[(
        "a",
        Some("contractor"),
        &"Example Cloud Operations ".repeat(12),
    )]);
    let l = layout(&d, Lang::En);
    let first = &l.nodes[2].lines[0];
    assert!(
        first.ends_with("Operations") || first.ends_with("Cloud") || first.ends_with("Example")
    );
    assert_clean(&l);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any tree — cycles, unknown and missing parents, duplicate ids — lays out cleanly with
    /// every subcontractor exactly once.
    #[test]
    fn any_tree_lays_out_cleanly(parents in prop::collection::vec(0usize..16, 0..14)) {
        let ids: Vec<String> = (0..parents.len()).map(|i| format!("n{}", i % 11)).collect();
        let named: Vec<String> = (0..parents.len()).map(|i| format!("会社{i} & Co.")).collect();
        let subs: Vec<(&str, Option<&str>, &str)> = parents
            .iter()
            .enumerate()
            .map(|(i, &p)| {
                let parent = match p {
                    0..=10 => Some(ids[p.min(ids.len() - 1)].as_str()),
                    11 | 12 => Some("contractor"),
                    13 => Some("ghost"),
                    _ => None,
                };
                (ids[i].as_str(), parent, named[i].as_str())
            })
            .collect();
        let d = with_subs(&subs);
        let l = layout(&d, Lang::Ja);
        assert_clean(&l);
        let mut shown: Vec<&str> = l.nodes.iter().skip(2).map(|n| n.id.as_str()).collect();
        shown.sort_unstable();
        let mut all: Vec<String> = (0..parents.len()).map(|i| format!("subcontractors[{i}]")).collect();
        all.sort_unstable();
        prop_assert_eq!(shown, all);
        prop_assert_eq!(text_alternative(&d, Lang::Ja).len(), parents.len() + 2);
        assert_well_formed(&svg(&d, Lang::Ja));
    }
}

#[test]
fn a_supervision_of_a_few_lines_is_wrapped_whole() {
    let text = "委託先が、作業計画を事前に承認し、月次の作業報告書とアクセスログの点検で作業内容と安全管理の状況を確認する。年1回、実地で監査を行う。";
    let mut d = with_subs(&[("a", Some("contractor"), "国民健康保険中央会")]);
    d.subcontractors[0].supervision = Some(text.into());
    let l = layout(&d, Lang::Ja);
    assert_clean(&l);
    let label = l.edges[1].label.as_ref().unwrap();
    assert!(label.lines.len() > 1, "{:?}", label.lines);
    assert_eq!(label.lines.concat(), format!("監督：{text}"));
    let svg = svg(&d, Lang::Ja);
    assert!(!svg.contains('…'), "nothing is cut");
    assert_eq!(svg.matches("<tspan").count(), label.lines.len());
}

#[test]
fn a_parts_drawing_shows_the_chain_above_by_name_only() {
    let mut d = with_subs(&[
        ("a", Some("contractor"), "国民健康保険中央会"),
        ("b", Some("a"), "株式会社ベンダー"),
    ]);
    d.subcontractors[1].work_scope = Some("クラウド基盤の運用".into());
    let drawing = crate::diagram::Drawing::of_part(&d, 1);
    let svg = drawing.svg(Lang::Ja);
    // The contractor and 国保中央会 are context: no empty detail lines, dashed boxes.
    assert!(!svg.contains("委託内容：（未入力）"), "{svg}");
    assert_eq!(svg.matches("stroke-dasharray=\"5 3\"").count(), 2);
    assert!(svg.contains("業務範囲：クラウド基盤の運用"));
    let lines = drawing.text_alternative(Lang::Ja);
    assert!(
        lines[2].1.contains("国民健康保険中央会（上位の委託元）"),
        "{lines:?}"
    );
    assert!(
        lines[3]
            .1
            .contains("委託元(監督する者)：国民健康保険中央会"),
        "{lines:?}"
    );
}
