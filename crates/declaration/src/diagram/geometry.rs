//! The diagram's geometry as the layout computes it and the SVG draws it: boxes for the
//! nodes and the supervision labels, the lines between them, and the width it fits in.

/// The widest the diagram gets, in user units (px at print scale).
pub const MAX_WIDTH: f64 = 680.0;

/// The most lines a supervision label takes before it is cut with 「…」 (its full text is
/// the label's tooltip and in the text alternative).
pub const LABEL_LINES: usize = 12;

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

/// The label of an edge: where it sits and its text, wrapped into lines that fit the room
/// right of the connectors (never cut short but past [`LABEL_LINES`](super::LABEL_LINES)).
#[derive(Debug, Clone, PartialEq)]
pub struct LabelBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub lines: Vec<String>,
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
