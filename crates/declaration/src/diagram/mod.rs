//! The implementation structure diagram (再委託に係る履行体制図, spec S6/S9): the municipality,
//! the contractor and the subcontracting tree of any depth, drawn as an inline SVG string in
//! pure Rust, with the same structure as nested lines for screen readers.
//!
//! This module owns the diagram's public shapes ([`Layout`], [`NodeBox`], [`EdgeLine`],
//! [`LabelBox`], [`Drawing`]) and entry points ([`layout`], [`svg`], [`text_alternative`],
//! [`summary`]).
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

mod geometry;
mod layout;
mod nodes;
mod svg;
mod text;
mod words;

use crate::fields::Lang;
use crate::model::Declaration;
pub use geometry::{EdgeLine, LabelBox, Layout, NodeBox, LABEL_LINES, MAX_WIDTH};

/// What the diagram of a declaration draws, and nothing else: its nodes in display order
/// with their texts. Two declarations with equal drawings give the same diagram, so a page
/// keeps a [`Drawing`] in a memo and redraws only when the tree, a name, a scope, a
/// handler count or a supervision changes — not when any other answer is typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing(Vec<nodes::Node>);

impl Drawing {
    /// The drawing of `d`.
    pub fn of(d: &Declaration) -> Drawing {
        Drawing(nodes::build(d))
    }

    /// The drawing of a part being filled in ([`crate::part::as_declaration`]): the contractor
    /// and the first `context` subcontractors (the chain above the part) are context, drawn
    /// by name only — no empty 「委託内容：（未入力）」 boxes for what the part does not hold.
    pub fn of_part(d: &Declaration, context: usize) -> Drawing {
        let mut nodes = nodes::build(d);
        for n in &mut nodes {
            n.context = match n.kind {
                nodes::Kind::Contractor => true,
                nodes::Kind::Subcontractor(i) => i < context,
                nodes::Kind::Municipality => false,
            };
        }
        Drawing(nodes)
    }

    /// Whether `other` has the same boxes and lines (the same nodes in the same places),
    /// whatever their texts: a page redraws at once when the shape changes, and may wait
    /// for a pause in typing when only a text does.
    pub fn same_shape(&self, other: &Drawing) -> bool {
        self.0.len() == other.0.len()
            && self.0.iter().zip(&other.0).all(|(a, b)| {
                a.kind == b.kind
                    && a.depth == b.depth
                    && a.parent == b.parent
                    && a.attached == b.attached
            })
    }

    /// [`svg`] of the declaration drawn.
    pub fn svg(&self, lang: Lang) -> String {
        svg::render(&self.0, lang)
    }

    /// [`text_alternative`] of the declaration drawn.
    pub fn text_alternative(&self, lang: Lang) -> Vec<(usize, String)> {
        words::lines(&self.0, lang)
    }
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
