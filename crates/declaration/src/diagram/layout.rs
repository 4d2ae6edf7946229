//! The geometry of the diagram: an indented tree. Each node has its own row, at
//! x = margin + depth × indent, all boxes one width; rows are separated by a gap that holds
//! the edge label of the row below. A connector leaves the parent's bottom edge half an
//! indent from its left side, runs down and turns right into the child's left edge.
//!
//! Why nothing overlaps: rows never share a y range, and every label sits in its own gap.
//! Nodes come depth first, so the only connectors that cross a gap are those of the
//! ancestors of the node below it, all left of that node's x, where its label begins.

use super::nodes::Node;
use super::text::{width as text_width, wrap};
use super::words;
use super::{EdgeLine, LabelBox, Layout, NodeBox, LABEL_LINES, MAX_WIDTH};
use crate::fields::Lang;

pub(super) const MARGIN: f64 = 8.0;
/// The indent per level, shrunk when a very deep tree would not fit otherwise.
const INDENT: f64 = 32.0;
const BOX_MAX: f64 = 480.0;
const BOX_MIN: f64 = 160.0;
pub(super) const PAD_X: f64 = 10.0;
const PAD_Y: f64 = 7.0;
pub(super) const NAME_FONT: f64 = 13.0;
const NAME_LINE: f64 = 18.0;
/// Bold text runs a little wider than the estimate of [`text_width`].
pub(super) const BOLD: f64 = 1.08;
pub(super) const DETAIL_FONT: f64 = 12.0;
const DETAIL_LINE: f64 = 17.0;
pub(super) const LABEL_FONT: f64 = 12.0;
pub(super) const LABEL_HEIGHT: f64 = 16.0;
/// The gap above a row without a label, and with one.
const GAP: f64 = 14.0;
const GAP_LABELLED: f64 = 24.0;
/// How many lines a name may take.
const NAME_LINES: usize = 2;

/// The layout of `nodes` (in display order, parents before children).
pub(super) fn of(nodes: &[Node], lang: Lang) -> Layout {
    let max_depth = nodes.iter().map(|n| n.depth).max().unwrap_or(0) as f64;
    let room = MAX_WIDTH - 2.0 * MARGIN;
    let indent = if max_depth == 0.0 {
        INDENT
    } else {
        INDENT.min((room - BOX_MIN) / max_depth)
    };
    let box_w = (room - max_depth * indent).min(BOX_MAX);
    let width = 2.0 * MARGIN + max_depth * indent + box_w;
    let mut boxes: Vec<NodeBox> = Vec::with_capacity(nodes.len());
    let mut edges = Vec::new();
    let mut y = MARGIN;
    for (k, node) in nodes.iter().enumerate() {
        let x = MARGIN + node.depth as f64 * indent;
        let mut label = None;
        if k > 0 {
            match words::label(node, lang) {
                Some(full) => {
                    // Wrapped, not cut: the printed diagram shows the supervision whole.
                    let room = width - MARGIN - x;
                    let lines = wrap(&full, room, LABEL_FONT, LABEL_LINES);
                    let more = lines.len().saturating_sub(1) as f64 * LABEL_HEIGHT;
                    let w = lines
                        .iter()
                        .map(|t| text_width(t, LABEL_FONT))
                        .fold(0.0, f64::max)
                        .min(room);
                    label = Some(LabelBox {
                        x,
                        y: y + (GAP_LABELLED - LABEL_HEIGHT) / 2.0,
                        w,
                        h: LABEL_HEIGHT + more,
                        lines,
                    });
                    y += GAP_LABELLED + more;
                }
                None => y += GAP,
            }
        }
        let (lines, name_lines) = lines_of(node, box_w - 2.0 * PAD_X, lang);
        let h = 2.0 * PAD_Y
            + name_lines as f64 * NAME_LINE
            + (lines.len() - name_lines) as f64 * DETAIL_LINE;
        if let Some(parent) = node.parent.and_then(|p| boxes.get(p)) {
            let down = parent.x + indent / 2.0;
            let mid = y + h / 2.0;
            edges.push(EdgeLine {
                from: parent.id.clone(),
                to: node.id.clone(),
                points: vec![(down, parent.y + parent.h), (down, mid), (x, mid)],
                label,
                linked: node.attached.is_none(),
            });
        }
        boxes.push(NodeBox {
            id: node.id.clone(),
            x,
            y,
            w: box_w,
            h,
            depth: node.depth,
            lines,
            name_lines,
        });
        y += h;
    }
    Layout {
        width,
        height: y + MARGIN,
        nodes: boxes,
        edges,
    }
}

/// The lines of a box whose text may be `inner` px wide, and how many of them are the name.
fn lines_of(node: &Node, inner: f64, lang: Lang) -> (Vec<String>, usize) {
    let mut lines = wrap(
        &words::name(node, lang),
        inner,
        NAME_FONT * BOLD,
        NAME_LINES,
    );
    let name_lines = lines.len();
    for (text, max_lines) in words::details(node, lang) {
        lines.extend(wrap(&text, inner, DETAIL_FONT, max_lines));
    }
    (lines, name_lines)
}

/// The baseline of each line of `b`, top to bottom, with its font size and whether it is
/// bold.
pub(super) fn baselines(b: &NodeBox) -> Vec<(f64, f64, bool)> {
    let mut top = b.y + PAD_Y;
    (0..b.lines.len())
        .map(|i| {
            let (font, line) = if i < b.name_lines {
                (NAME_FONT, NAME_LINE)
            } else {
                (DETAIL_FONT, DETAIL_LINE)
            };
            let base = top + line * 0.75;
            top += line;
            (base, font, i < b.name_lines)
        })
        .collect()
}

/// The baseline of each line of a label's text, top to bottom.
pub(super) fn label_baselines(l: &LabelBox) -> Vec<f64> {
    (0..l.lines.len())
        .map(|i| l.y + i as f64 * LABEL_HEIGHT + LABEL_HEIGHT * 0.78)
        .collect()
}
