//! Test helpers of the diagram: declarations to draw and the checks every layout must pass
//! (nothing overlaps, everything inside, text fits its box) and every SVG must pass (well
//! formed). Test-only.

use super::layout::{baselines, BOLD, LABEL_FONT, MARGIN, PAD_X};
use super::text::width;
use super::{LabelBox, Layout, NodeBox, MAX_WIDTH};
use crate::model::{Contractor, Declaration, HandlerCount, Subcontractor};

/// A declaration of municipality 「○○市」 and contractor 「三重県国保連合会」 with the
/// subcontractors `(id, parent, name)`, each with a long work scope and supervision.
pub fn with_subs(subs: &[(&str, Option<&str>, &str)]) -> Declaration {
    let mut d = Declaration::new();
    d.basic.municipality = Some("○○市".into());
    d.entrustment.contractor = Some(Contractor {
        name: Some("三重県国保連合会".into()),
        ..Default::default()
    });
    d.entrustment.content =
        Some("国保総合(国保集約)システムに係るアプリケーション保守業務及びシステム運用事務".into());
    d.entrustment.handler_count = Some(HandlerCount::Under10);
    d.entrustment.resubcontract = Some(true);
    for (id, parent, name) in subs {
        d.subcontractors.push(Subcontractor {
            id: id.to_string(),
            parent: parent.map(str::to_string),
            name: Some(name.to_string()),
            work_scope: Some(format!(
                "{name}が担うアプリケーション保守業務及びシステム運用事務のうち、データパッチの実施とバックアップの取得及び障害発生時のデータ復旧"
            )),
            supervision: Some(format!(
                "委託元が{name}から月次の作業報告書を受け取り、作業内容及び安全管理状況を確認し、年1回の立ち入り調査を行う。"
            )),
            handler_count: Some(HandlerCount::From10To49),
            ..Default::default()
        });
    }
    d
}

/// Ten subcontractors over three levels below the contractor.
pub fn ten_over_three_levels() -> Declaration {
    with_subs(&[
        ("a1", Some("contractor"), "国民健康保険中央会"),
        ("b1", Some("a1"), "株式会社システムサポート東海"),
        ("c1", Some("b1"), "津データセンター株式会社"),
        ("c2", Some("b1"), "Example Cloud Operations Japan K.K."),
        ("b2", Some("a1"), "株式会社三重ソフトウェア開発"),
        (
            "a2",
            Some("contractor"),
            "一般財団法人 地方自治情報センター",
        ),
        ("b3", Some("a2"), "株式会社バックアップサービス"),
        ("c3", Some("b3"), "合同会社リカバリー技研"),
        ("a3", Some("contractor"), "株式会社ネットワーク保守"),
        ("b4", Some("a3"), "有限会社回線監視サービス"),
    ])
}

fn overlap(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
    a.0 < b.0 + b.2 && b.0 < a.0 + a.2 && a.1 < b.1 + b.3 && b.1 < a.1 + a.3
}

fn rect(b: &NodeBox) -> (f64, f64, f64, f64) {
    (b.x, b.y, b.w, b.h)
}

fn lrect(l: &LabelBox) -> (f64, f64, f64, f64) {
    (l.x, l.y, l.w, l.h)
}

/// Whether the axis-parallel segment `p`–`q` passes through the inside of `r`.
fn crosses(p: (f64, f64), q: (f64, f64), r: (f64, f64, f64, f64)) -> bool {
    let (x0, x1) = (p.0.min(q.0), p.0.max(q.0));
    let (y0, y1) = (p.1.min(q.1), p.1.max(q.1));
    let inside_x = |x: f64| r.0 < x && x < r.0 + r.2;
    let inside_y = |y: f64| r.1 < y && y < r.1 + r.3;
    if x0 == x1 {
        inside_x(x0) && y0 < r.1 + r.3 && r.1 < y1
    } else {
        inside_y(y0) && x0 < r.0 + r.2 && r.0 < x1
    }
}

/// Every rule of a readable diagram; panics naming the first broken one.
pub fn assert_clean(l: &Layout) {
    assert!(l.width <= MAX_WIDTH, "width {}", l.width);
    let labels: Vec<&LabelBox> = l.edges.iter().filter_map(|e| e.label.as_ref()).collect();
    let all = l
        .nodes
        .iter()
        .map(rect)
        .chain(labels.iter().map(|b| lrect(b)));
    for r in all {
        assert!(r.0 >= 0.0 && r.1 >= 0.0, "{r:?} outside");
        assert!(
            r.0 + r.2 <= l.width && r.1 + r.3 <= l.height,
            "{r:?} outside"
        );
    }
    for (i, a) in l.nodes.iter().enumerate() {
        for b in &l.nodes[i + 1..] {
            assert!(!overlap(rect(a), rect(b)), "{} overlaps {}", a.id, b.id);
        }
        for lb in &labels {
            assert!(!overlap(rect(a), lrect(lb)), "{lb:?} overlaps {}", a.id);
        }
        for (k, (base, font, bold)) in baselines(a).into_iter().enumerate() {
            let w = width(&a.lines[k], if bold { font * BOLD } else { font });
            assert!(
                w <= a.w - 2.0 * PAD_X,
                "{:?} too wide for {}",
                a.lines[k],
                a.id
            );
            assert!(
                base - font >= a.y && base + font * 0.3 <= a.y + a.h,
                "{}",
                a.id
            );
            assert!((12.0..=13.0).contains(&font), "font {font}");
        }
    }
    for (i, a) in labels.iter().enumerate() {
        for line in &a.lines {
            assert!(width(line, LABEL_FONT) <= a.w + 1e-9, "{a:?}");
        }
        assert!(a.x + a.w <= l.width - MARGIN + 1e-9, "{a:?}");
        for b in &labels[i + 1..] {
            assert!(!overlap(lrect(a), lrect(b)), "{a:?} overlaps {b:?}");
        }
    }
    let by_id = |id: &str| {
        l.nodes
            .iter()
            .find(|n| n.id == id)
            .expect("edge ends exist")
    };
    let indent = l.nodes.get(1).map_or(0.0, |c| c.x - l.nodes[0].x);
    for e in &l.edges {
        let (p, c) = (by_id(&e.from), by_id(&e.to));
        assert!(c.y >= p.y + p.h, "{} not below {}", c.id, p.id);
        assert_eq!(c.depth, p.depth + 1, "{}", c.id);
        assert!((c.x - p.x - indent).abs() < 1e-9, "{} not indented", c.id);
        assert!((c.x - (MARGIN + c.depth as f64 * indent)).abs() < 1e-9);
        for seg in e.points.windows(2) {
            for b in &l.nodes {
                assert!(!crosses(seg[0], seg[1], rect(b)), "{e:?} crosses {}", b.id);
            }
            for lb in &labels {
                assert!(!crosses(seg[0], seg[1], lrect(lb)), "{e:?} crosses {lb:?}");
            }
        }
    }
}

/// The SVG is well formed: tags nest, attribute values and text hold no raw `<` or `"`,
/// and every `&` starts an entity.
pub fn assert_well_formed(svg: &str) {
    let mut stack: Vec<&str> = Vec::new();
    let mut rest = svg;
    while let Some(open) = rest.find('<') {
        assert_text(&rest[..open]);
        let close = rest[open..].find('>').expect("tag closes") + open;
        let tag = &rest[open + 1..close];
        assert!(!tag.contains('<'), "raw < in {tag}");
        assert_eq!(tag.matches('"').count() % 2, 0, "quotes in {tag}");
        assert_text(tag);
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop(), Some(name), "closing {name}");
        } else if !tag.ends_with('/') {
            stack.push(tag.split(' ').next().expect("tag name"));
        }
        rest = &rest[close + 1..];
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
    assert_text(rest);
}

fn assert_text(text: &str) {
    for (i, _) in text.match_indices('&') {
        let entity = &text[i..text[i..].find(';').map_or(text.len(), |e| i + e + 1)];
        assert!(
            ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].contains(&entity),
            "bare & in {text}"
        );
    }
}
