//! The implementation structure diagram (再委託に係る履行体制図, spec S6/S9): the municipality,
//! the contractor and the subcontracting tree of any depth, drawn as an inline SVG string in
//! pure Rust, with the same structure as nested lines for screen readers.
//!
//! This module owns the diagram's public shapes ([`Layout`], [`NodeBox`], [`EdgeLine`],
//! [`LabelBox`]) and entry points ([`layout`], [`svg`], [`text_alternative`], [`summary`]).
//! Its parts: `nodes` (the tree in display order, total on broken trees), `text` (width
//! estimates, wrapping, XML escaping), `layout` (the geometry), `svg` (the markup) and `words`
//! (every word the diagram says: box lines, labels, the text alternative, the summary).
//!
//! The layout is an indented tree: one row per node, x = depth × indent, one box width,
//! elbow connectors from the parent's box down its left side to each child, and the child's
//! supervision (監督体制) as the edge label in the gap above the child's box, right of every
//! connector — so no label ever touches a box, a line or another label. The width never
//! exceeds [`MAX_WIDTH`] (the printable width of A4 portrait at 12–13px text); the `viewBox`
//! lets it scale down on screens.
//!
//! A subcontractor whose parent is missing, unknown or part of a cycle hangs under the
//! contractor with a dashed connector, and the text alternative says why. When the answers
//! say the work is not re-subcontracted (`resubcontract == Some(false)`), the subcontractors
//! are hidden answers (spec §7) and are not drawn.

mod layout;
mod nodes;
mod svg;
mod text;
mod words;

use crate::fields::Lang;
use crate::model::Declaration;

/// The widest the diagram gets, in user units (px at print scale).
pub const MAX_WIDTH: f64 = 680.0;

/// One box of the diagram.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeBox {
    /// `municipality`, `contractor`, or the subcontractor's path `subcontractors[i]` (its
    /// index in the answers, so the form can be opened at it).
    pub id: String,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    /// 0 for the municipality, 1 for the contractor, 2 for the subcontractors it
    /// commissions, and so on.
    pub depth: usize,
    /// The text lines, top to bottom, each fitting the box.
    pub lines: Vec<String>,
    /// How many of the first [`lines`](Self::lines) are the name (drawn bold).
    pub name_lines: usize,
}

/// The label of an edge: where it sits and the (possibly shortened) text it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub text: String,
}

/// One connector, from a parent's box to a child's box.
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeLine {
    /// The parent's [`NodeBox::id`].
    pub from: String,
    /// The child's [`NodeBox::id`].
    pub to: String,
    /// The polyline, from the parent's bottom edge to the child's left edge.
    pub points: Vec<(f64, f64)>,
    /// The child's supervision (監督体制); `None` for the municipality → contractor edge.
    pub label: Option<LabelBox>,
    /// False when the child only hangs here because its own parent is missing, unknown or
    /// part of a cycle (drawn dashed).
    pub linked: bool,
}

/// The whole diagram's geometry, in user units with the origin top left.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    /// In display order: the municipality, the contractor, then the subcontractors depth
    /// first (children in list order).
    pub nodes: Vec<NodeBox>,
    pub edges: Vec<EdgeLine>,
}

/// The geometry of the diagram of `d`, its words in `lang`.
pub fn layout(d: &Declaration, lang: Lang) -> Layout {
    layout::of(&nodes::build(d), lang)
}

/// The diagram as a self-contained `<svg>` element: no external resources, styles as
/// presentation attributes (so it prints without CSS), every user text XML-escaped.
pub fn svg(d: &Declaration, lang: Lang) -> String {
    svg::render(&nodes::build(d), lang)
}

/// The same structure for screen readers, one line per node with its depth (0 the
/// municipality), in display order, with the full texts the boxes shorten. The UI renders
/// it as nested lists.
pub fn text_alternative(d: &Declaration, lang: Lang) -> Vec<(usize, String)> {
    words::lines(&nodes::build(d), lang)
}

/// One sentence saying who entrusts whom and how many subcontractors follow (the SVG's
/// `<desc>`).
pub fn summary(d: &Declaration, lang: Lang) -> String {
    words::summary(&nodes::build(d), lang)
}

#[cfg(test)]
mod testkit;
#[cfg(test)]
mod tests;
