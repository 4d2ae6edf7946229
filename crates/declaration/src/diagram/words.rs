//! Every word the diagram says, in Japanese and English: the names (or placeholders) and
//! detail lines of the boxes, the edge labels, the text alternative and the one-sentence
//! summary. Field names come from the registry ([`crate::fields`]) where the full label is
//! shown; the boxes use shorter words of their own.

use super::nodes::{Attached, Kind, Node};
use crate::fields::{self, Labelled, Lang};

/// The diagram's title.
pub(super) fn title(lang: Lang) -> &'static str {
    lang.pick("履行体制図", "Implementation structure")
}

/// 「：」 / ": ".
fn sep(lang: Lang) -> &'static str {
    lang.pick("：", ": ")
}

/// The visible label of a registered field.
fn field(f: &'static fields::Field, lang: Lang) -> &'static str {
    f.label(lang)
}

/// The text of an answer, or 「（未入力）」.
fn given(text: &Option<String>, lang: Lang) -> String {
    match text {
        Some(t) => crate::words::isolated(t).into_owned(),
        None => lang.pick("（未入力）", "(not entered)").to_string(),
    }
}

/// The handler count's words, or 「（未入力）」.
fn handlers(node: &Node, lang: Lang) -> String {
    match node.handlers {
        Some(h) => h.label(lang).to_string(),
        None => given(&None, lang),
    }
}

/// The node's name, or a placeholder saying it is not entered yet.
pub(super) fn name(node: &Node, lang: Lang) -> String {
    if let Some(name) = &node.name {
        return crate::words::isolated(name).into_owned();
    }
    let (ja, en) = match node.kind {
        Kind::Municipality => ("（地方公共団体名未入力）", "(municipality not entered)"),
        Kind::Contractor => ("（委託先名未入力）", "(contractor name not entered)"),
        Kind::Subcontractor(_) => ("（名称未入力）", "(name not entered)"),
    };
    lang.pick(ja, en).to_string()
}

/// The detail lines of a box below the name, each with the most lines it may take.
pub(super) fn details(node: &Node, lang: Lang) -> Vec<(String, usize)> {
    if node.context {
        return Vec::new();
    }
    let scope = match node.kind {
        Kind::Municipality => return Vec::new(),
        Kind::Contractor => field(fields::key::ENTRUSTMENT_CONTENT, lang),
        Kind::Subcontractor(_) => lang.pick("業務範囲", "Scope"),
    };
    let count = field(fields::key::SUBCONTRACTORS_HANDLER_COUNT, lang);
    let sep = sep(lang);
    vec![
        (format!("{scope}{sep}{}", given(&node.scope, lang)), 2),
        (format!("{count}{sep}{}", handlers(node, lang)), 1),
    ]
}

/// The label of the edge into a subcontractor: its supervision, in full (the layout
/// shortens it). `None` for the municipality and the contractor.
pub(super) fn label(node: &Node, lang: Lang) -> Option<String> {
    (matches!(node.kind, Kind::Subcontractor(_)) && !node.context).then(|| {
        format!(
            "{}{}{}",
            lang.pick("監督", "Supervision"),
            sep(lang),
            given(&node.supervision, lang)
        )
    })
}

/// The text alternative: one line per node with its depth.
pub(super) fn lines(nodes: &[Node], lang: Lang) -> Vec<(usize, String)> {
    nodes.iter().map(|n| (n.depth, line(n, lang))).collect()
}

/// One node's line of the text alternative, every answer in full.
pub(super) fn line(node: &Node, lang: Lang) -> String {
    let sep = sep(lang);
    let (open, and, close) = (
        lang.pick("（", " ("),
        lang.pick("、", "; "),
        lang.pick("）", ")"),
    );
    let name = name(node, lang);
    let items = |pairs: &[(&str, String)]| -> String {
        // A sentence's own 「。」 before the next item's 「、」 reads as a typo: dropped.
        let items: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}{sep}{}", v.strip_suffix('。').unwrap_or(v)))
            .collect();
        format!("{open}{}{close}", items.join(and))
    };
    if node.context {
        let what = match node.kind {
            Kind::Contractor => lang.pick("委託先", "Contractor"),
            _ => lang.pick("再委託先", "Subcontractor"),
        };
        let note = lang.pick("（上位の委託元）", " (above you in the chain)");
        return format!("{what}{sep}{name}{note}");
    }
    match node.kind {
        Kind::Municipality => format!("{}{sep}{name}", lang.pick("委託元", "Commissioned by")),
        Kind::Contractor => format!(
            "{}{sep}{name}{}",
            lang.pick("委託先", "Contractor"),
            items(&[
                (
                    field(fields::key::ENTRUSTMENT_CONTENT, lang),
                    given(&node.scope, lang)
                ),
                (
                    field(fields::key::ENTRUSTMENT_HANDLER_COUNT, lang),
                    handlers(node, lang)
                ),
            ])
        ),
        Kind::Subcontractor(_) => {
            let mut out = format!(
                "{}{sep}{name}{}",
                lang.pick("再委託先", "Subcontractor"),
                items(&[
                    (
                        field(fields::key::SUBCONTRACTORS_PARENT, lang),
                        given(&node.parent_name, lang)
                    ),
                    (
                        field(fields::key::SUBCONTRACTORS_WORK_SCOPE, lang),
                        given(&node.scope, lang)
                    ),
                    (
                        field(fields::key::SUBCONTRACTORS_HANDLER_COUNT, lang),
                        handlers(node, lang)
                    ),
                    (
                        field(fields::key::SUBCONTRACTORS_SUPERVISION, lang),
                        given(&node.supervision, lang)
                    ),
                ])
            );
            if let Some(why) = &node.attached {
                out.push_str(lang.pick("　※", " — "));
                out.push_str(&attached(why, lang));
            }
            out
        }
    }
}

/// Why a subcontractor is shown under the contractor.
fn attached(why: &Attached, lang: Lang) -> String {
    let parent = field(fields::key::SUBCONTRACTORS_PARENT, lang);
    match (why, lang) {
        (Attached::Unselected, Lang::Ja) => {
            format!("「{parent}」が選択されていないため、委託先の下に表示しています。")
        }
        (Attached::Unselected, Lang::En) => {
            format!("Shown under the contractor because “{parent}” is not selected.")
        }
        (Attached::Unknown(p), Lang::Ja) => {
            format!("「{parent}」の「{p}」が見つからないため、委託先の下に表示しています。")
        }
        (Attached::Unknown(p), Lang::En) => {
            format!("Shown under the contractor because “{p}” (“{parent}”) is not found.")
        }
        (Attached::Cycle, Lang::Ja) => {
            format!("「{parent}」の指定が循環しているため、委託先の下に表示しています。")
        }
        (Attached::Cycle, Lang::En) => {
            format!("Shown under the contractor because “{parent}” goes round in a circle.")
        }
    }
}

/// One sentence: who entrusts whom, and how many subcontractors follow over how many levels.
pub(super) fn summary(nodes: &[Node], lang: Lang) -> String {
    let find = |k: Kind| nodes.iter().find(|n| n.kind == k).map(|n| name(n, lang));
    let m = find(Kind::Municipality).unwrap_or_default();
    let c = find(Kind::Contractor).unwrap_or_default();
    let subs: Vec<&Node> = nodes
        .iter()
        .filter(|n| matches!(n.kind, Kind::Subcontractor(_)))
        .collect();
    let levels = subs.iter().map(|n| n.depth - 1).max().unwrap_or(0);
    let n = subs.len();
    match (lang, n) {
        (Lang::Ja, 0) => format!("{m}が{c}に業務を委託しており、再委託先はありません。"),
        (Lang::Ja, _) => format!(
            "{m}が{c}に業務を委託し、{c}から再委託先{n}者（{levels}階層）へ再委託されています。"
        ),
        (Lang::En, 0) => format!("{m} entrusts the work to {c}, with no subcontractors."),
        (Lang::En, _) => {
            format!(
            "{m} entrusts the work to {c}, which re-subcontracts it to {n} {} over {levels} {}.",
            if n == 1 { "subcontractor" } else { "subcontractors" },
            if levels == 1 { "level" } else { "levels" },
        )
        }
    }
}
