//! The diagram's markup: one self-contained `<svg>` element with a `<title>` and `<desc>`,
//! connectors first, then the boxes, then the edge labels. No external resources, no
//! `<foreignObject>`; fill, stroke and font size are presentation attributes, so the diagram
//! prints without CSS; no `style` attribute (the page's content security policy allows
//! none), the page's CSS sizes it. Every user text passes through [`escape`] and sits in a
//! `<text unicode-bidi="isolate">`, so a right-to-left override in a name cannot turn the
//! text after it around; the full texts the boxes and labels shorten are kept in `<title>`
//! tooltips.

use std::fmt::Write;

use super::layout::{self, baselines, label_baselines, PAD_X};
use super::nodes::{Kind, Node};
use super::text::{escape, num};
use super::{words, EdgeLine, NodeBox};
use crate::fields::Lang;

const LINE: &str = "#444";
const BOX_STROKE: &str = "#333";
const TEXT: &str = "#111";
const DETAIL: &str = "#333";
/// The municipality's box stands out a little.
const MUNICIPALITY_FILL: &str = "#f0f0f0";
const FILL: &str = "#ffffff";
/// The arrowhead at the child's side.
const ARROW: f64 = 6.0;

/// The `<svg>` of `nodes` (in display order).
pub(super) fn render(nodes: &[Node], lang: Lang) -> String {
    let l = layout::of(nodes, lang);
    let (w, h) = (num(l.width), num(l.height));
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" \
         height=\"{h}\" role=\"img\" \
         aria-labelledby=\"diagram-title diagram-desc\" class=\"diagram\" \
         font-family=\"'Noto Sans CJK JP', sans-serif\">\
         <title id=\"diagram-title\">{}</title><desc id=\"diagram-desc\">{}</desc>",
        escape(words::title(lang)),
        escape(&words::summary(nodes, lang)),
    );
    for e in &l.edges {
        edge(&mut s, e);
    }
    for (b, n) in l.nodes.iter().zip(nodes) {
        node(&mut s, b, n, lang);
    }
    for e in &l.edges {
        let full = nodes.iter().find(|n| n.id == e.to);
        if let (Some(label), Some(n)) = (&e.label, full) {
            let _ = write!(
                s,
                "<text class=\"diagram__label\" unicode-bidi=\"isolate\" font-size=\"{}\" fill=\"{DETAIL}\">\
                 <title>{}</title>",
                num(layout::LABEL_FONT),
                escape(&words::label(n, lang).unwrap_or_default()),
            );
            for (line, base) in label.lines.iter().zip(label_baselines(label)) {
                let _ = write!(
                    s,
                    "<tspan x=\"{}\" y=\"{}\">{}</tspan>",
                    num(label.x),
                    num(base),
                    escape(line)
                );
            }
            s.push_str("</text>");
        }
    }
    s.push_str("</svg>");
    s
}

/// A connector and its arrowhead; dashed when the child only hangs here for want of a
/// valid parent.
fn edge(s: &mut String, e: &EdgeLine) {
    let mut d = String::new();
    for (i, (x, y)) in e.points.iter().enumerate() {
        let _ = write!(
            d,
            "{}{} {} ",
            if i == 0 { "M" } else { "L" },
            num(*x),
            num(*y)
        );
    }
    let dash = if e.linked {
        ""
    } else {
        " stroke-dasharray=\"4 3\""
    };
    let _ = write!(
        s,
        "<path class=\"diagram__edge\" data-from=\"{}\" data-to=\"{}\" d=\"{}\" fill=\"none\" \
         stroke=\"{LINE}\" stroke-width=\"1.2\"{dash}/>",
        escape(&e.from),
        escape(&e.to),
        d.trim_end(),
    );
    if let Some(&(x, y)) = e.points.last() {
        let _ = write!(
            s,
            "<path class=\"diagram__arrow\" d=\"M{} {} l{} {} v{} z\" fill=\"{LINE}\"/>",
            num(x),
            num(y),
            num(-ARROW),
            num(-ARROW / 2.0),
            num(ARROW),
        );
    }
}

/// A box with its lines, and the node's full text as its tooltip.
fn node(s: &mut String, b: &NodeBox, n: &Node, lang: Lang) {
    let fill = if n.kind == Kind::Municipality {
        MUNICIPALITY_FILL
    } else {
        FILL
    };
    // Context (the chain above a part) in a dashed box: not the part's own to fill in.
    let dash = if n.context {
        " stroke-dasharray=\"5 3\""
    } else {
        ""
    };
    let _ = write!(
        s,
        "<g class=\"diagram__node\" data-id=\"{}\"><title>{}</title>\
         <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"4\" fill=\"{fill}\" \
         stroke=\"{BOX_STROKE}\" stroke-width=\"1.2\"{dash}/>",
        escape(&b.id),
        escape(&words::line(n, lang)),
        num(b.x),
        num(b.y),
        num(b.w),
        num(b.h),
    );
    for (text, (base, font, bold)) in b.lines.iter().zip(baselines(b)) {
        let (weight, colour) = if bold {
            (" font-weight=\"bold\"", TEXT)
        } else {
            ("", DETAIL)
        };
        let _ = write!(
            s,
            "<text unicode-bidi=\"isolate\" x=\"{}\" y=\"{}\" font-size=\"{}\"{weight} fill=\"{colour}\">{}</text>",
            num(b.x + PAD_X),
            num(base),
            num(font),
            escape(text),
        );
    }
    s.push_str("</g>");
}
