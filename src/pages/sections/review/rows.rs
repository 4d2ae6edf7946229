//! The answers of one section as the review page lists them, in the order of the field
//! registry: blocks of rows (label → value in words), one block per entry of a repeated
//! group (subcontractors in the order of the chain, regions, measures) and one for the
//! responsibility table (layer → who is responsible). Questions the form does not ask
//! (a certificate's number while it is not held, the date of an agreement not concluded,
//! encryption details of a measure that is not encryption, …) are left out.

use declaration::fields::{self, Control, Field, Labelled, Section};
use declaration::words::{self, Words};
use declaration::{access, tree, Declaration, Lang};

/// One row: the question and the answer in words (`None` while unanswered).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub path: String,
    pub label: Words,
    pub value: Option<Words>,
}

/// Rows listed together, with the title of their entry when they belong to one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Block {
    pub title: Option<Words>,
    pub rows: Vec<Row>,
}

/// The blocks of `section`'s answers.
pub fn blocks(d: &Declaration, section: Section) -> Vec<Block> {
    let mut out = Vec::new();
    let mut plain = Block::default();
    for f in fields::fields_of(section) {
        if f.key.contains("[]") {
            continue;
        }
        if f.control == Control::Group {
            if !plain.rows.is_empty() {
                out.push(std::mem::take(&mut plain));
            }
            out.extend(group_blocks(d, f));
        } else if asked(d, f.key) {
            plain.rows.push(row(d, f.key.to_string(), f));
        }
    }
    if !plain.rows.is_empty() {
        out.push(plain);
    }
    out
}

/// The row of the answer at `path`.
fn row(d: &Declaration, path: String, f: &Field) -> Row {
    Row {
        value: value(d, &path, f),
        label: Words::new(f.ja, f.en),
        path,
    }
}

/// The blocks of a repeated group: one per entry, or one row 未入力 when it has none.
fn group_blocks(d: &Declaration, group: &Field) -> Vec<Block> {
    let n = access::len(d, group.key);
    if n == 0 {
        return vec![Block {
            title: None,
            rows: vec![row(d, group.key.to_string(), group)],
        }];
    }
    if group.key == "responsibility.matrix" {
        return vec![matrix_block(d, group)];
    }
    let order: Vec<usize> = if group.key == "subcontractors" {
        tree::ordered(d).into_iter().map(|(i, _)| i).collect()
    } else {
        (0..n).collect()
    };
    let prefix = format!("{}[].", group.key);
    order
        .into_iter()
        .map(|i| Block {
            title: Some(entry_title(d, group.key, i)),
            rows: fields::FIELDS
                .iter()
                .filter(|f| f.key.starts_with(&prefix))
                .map(|f| (f.key.replacen("[]", &format!("[{i}]"), 1), f))
                .filter(|(path, _)| asked(d, path))
                .map(|(path, f)| row(d, path, f))
                .collect(),
        })
        .collect()
}

/// The responsibility table: one row per layer, who is responsible for it.
fn matrix_block(d: &Declaration, group: &Field) -> Block {
    let rows = d.responsibility.as_ref().map_or(&[][..], |r| &r.matrix[..]);
    Block {
        title: Some(Words::new(group.ja, group.en)),
        rows: rows
            .iter()
            .enumerate()
            .map(|(i, r)| Row {
                path: format!("responsibility.matrix[{i}].owner"),
                label: Words::new(r.layer.label(Lang::Ja), r.layer.label(Lang::En)),
                value: Some(Words::new(r.owner.label(Lang::Ja), r.owner.label(Lang::En))),
            })
            .collect(),
    }
}

/// The title of entry `i` of a group: 「再委託先2：国民健康保険中央会」, 「保管場所1：東京リージョン」, 「対策3：データ暗号化」.
fn entry_title(d: &Declaration, group: &str, i: usize) -> Words {
    let n = i + 1;
    let named = |ja: String, en: String, name: Option<Words>| match name {
        Some(w) => Words::new(format!("{ja}：{}", w.ja), format!("{en}: {}", w.en)),
        None => Words::new(ja, en),
    };
    let text = |t: Option<&String>| {
        t.map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .map(Words::same)
    };
    match group {
        "subcontractors" => named(
            format!("再委託先{n}"),
            format!("Subcontractor {n}"),
            text(d.subcontractors.get(i).and_then(|s| s.name.as_ref())),
        ),
        "cloud.data_location.regions" => named(
            format!("保管場所{n}"),
            format!("Location {n}"),
            text(
                d.cloud
                    .as_ref()
                    .and_then(|c| c.data_location.as_ref())
                    .and_then(|l| l.regions.get(i))
                    .and_then(|r| r.name.as_ref()),
            ),
        ),
        "measures" => named(
            format!("対策{n}"),
            format!("Measure {n}"),
            d.measures
                .get(i)
                .and_then(|m| m.category)
                .map(|c| Words::new(c.label(Lang::Ja), c.label(Lang::En))),
        ),
        _ => Words::new(format!("{n}"), format!("{n}")),
    }
}

/// Whether the form asks the answer at `path`, given the answers it depends on.
pub fn asked(d: &Declaration, path: &str) -> bool {
    let yes = |p: &str| access::get_bool(d, p) == Some(true);
    let (parent, leaf) = path.rsplit_once('.').unwrap_or(("", path));
    if path == "entrustment.resubcontracted_work" {
        return yes("entrustment.resubcontract");
    }
    if parent.starts_with("cloud.certifications.") && leaf != "held" {
        return yes(&format!("{parent}.held"));
    }
    if parent == "cloud.ismap" && leaf != "listed" {
        return yes("cloud.ismap.listed");
    }
    if parent.ends_with(".confidentiality") && leaf == "date" {
        return yes(&format!("{parent}.concluded"));
    }
    if let Some((measure, rest)) = path
        .split_once('.')
        .filter(|(m, _)| m.starts_with("measures["))
    {
        let is =
            |leaf: &str, value: &str| access::get_text(d, &format!("{measure}.{leaf}")) == value;
        return match rest {
            "planned_date" => is("status", "planned"),
            "reason" => is("status", "not_applicable"),
            r if r.starts_with("at_rest.")
                || r.starts_with("in_transit.")
                || r == "key_management" =>
            {
                is("category", "encryption")
            }
            _ => true,
        };
    }
    true
}

/// The answer at `path` in words; `None` while unanswered. Checkboxes are always answered.
pub fn value(d: &Declaration, path: &str, f: &Field) -> Option<Words> {
    match f.control {
        Control::YesNo => access::get_bool(d, path).map(words::yes_no),
        Control::Check => Some(if access::get_bool(d, path) == Some(true) {
            Words::new("チェック済み", "Checked")
        } else {
            Words::new("未チェック", "Not checked")
        }),
        Control::Choice => {
            let text = access::get_text(d, path);
            if text.trim().is_empty() {
                return None;
            }
            if f.key == "subcontractors[].parent" {
                return Some(parent_words(d, path, &text).unwrap_or(Words::same(text)));
            }
            Some(words::choice(path, &text))
        }
        _ => {
            let text = access::get_text(d, path);
            (!text.trim().is_empty()).then(|| Words::same(text))
        }
    }
}

/// The words of a subcontractor's parent (「委託先：三重県国保連合会」 or the parent's name).
fn parent_words(d: &Declaration, path: &str, value: &str) -> Option<Words> {
    let index: usize = path
        .strip_prefix("subcontractors[")?
        .split(']')
        .next()?
        .parse()
        .ok()?;
    tree::parent_choices(d, index)
        .into_iter()
        .find(|(v, _, _)| v == value)
        .map(|(_, ja, en)| Words::new(ja, en))
}
