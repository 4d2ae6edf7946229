//! The subcontractors in the document: the implementation structure diagram (履行体制図,
//! the core's SVG, with its text alternative as nested lists for screen readers), a list of
//! every subcontractor (name, who commissions it, address, handlers), then one table of
//! answers each, in the order of the chain.

use super::groups::{empty, number_header};
use super::ids::answer_id;
use super::table::answers_table;
use super::values::{label, not_given, shown};
use declaration::answers;
use declaration::era::DateStyle;
use declaration::fields::{self, Control, Field, Section};
use declaration::{diagram, tree, Declaration, Lang};
use leptos::prelude::*;

/// The answers of a subcontractor shown in the list.
const LISTED: [&str; 4] = ["name", "parent", "address", "handler_count"];

/// The subcontractors part of `d`.
pub fn part(d: &Declaration, lang: Lang, style: DateStyle) -> AnyView {
    let group = fields::key::SUBCONTRACTORS;
    let order: Vec<usize> = tree::ordered(d).into_iter().map(|(i, _)| i).collect();
    let entries = if order.is_empty() {
        empty(group, lang)
    } else {
        view! {
            {list(d, &order, lang, style)}
            {order.iter().map(|&i| entry(d, group, i, lang, style)).collect_view()}
        }
        .into_any()
    };
    view! {
        {figure(d, lang)}
        {entries}
    }
    .into_any()
}

/// The diagram with its caption and text alternative.
fn figure(d: &Declaration, lang: Lang) -> impl IntoView {
    let svg = diagram::svg(d, lang);
    let lines = diagram::text_alternative(d, lang);
    view! {
        <figure class="document__diagram">
            <figcaption>{lang.pick("再委託に係る履行体制図", "Implementation structure diagram")}</figcaption>
            <div class="document__diagram-svg" tabindex="0" role="region"
                aria-label=lang.pick("履行体制図（図）", "Implementation structure diagram (drawing)") inner_html=svg></div>
            <div class="visually-hidden" data-testid="diagram-text">{nested(&lines, 0).0}</div>
        </figure>
    }
}

/// The lines from `start` on that are at `depth` or deeper, as a nested list; and the index
/// of the first line after them.
fn nested(lines: &[(usize, String)], start: usize) -> (AnyView, usize) {
    let Some(&(depth, _)) = lines.get(start) else {
        return (().into_any(), start);
    };
    let mut items = Vec::new();
    let mut i = start;
    while let Some((d, text)) = lines.get(i) {
        if *d < depth {
            break;
        }
        i += 1;
        let inner = if lines.get(i).is_some_and(|(next, _)| *next > *d) {
            let (view, next) = nested(lines, i);
            i = next;
            Some(view)
        } else {
            None
        };
        items.push(view! { <li>{text.clone()}{inner}</li> });
    }
    (view! { <ul>{items}</ul> }.into_any(), i)
}

/// The list of subcontractors, in the order of the chain.
fn list(d: &Declaration, order: &[usize], lang: Lang, style: DateStyle) -> impl IntoView {
    let head = LISTED
        .iter()
        .map(|leaf| {
            let key = format!("subcontractors[].{leaf}");
            view! { <th scope="col">{label(&key, lang).to_string()}</th> }
        })
        .collect_view();
    let body = order
        .iter()
        .map(|&i| {
            let cells = LISTED
                .iter()
                .map(|leaf| view! { <td>{shown(d, &format!("subcontractors[{i}].{leaf}"), lang, style)}</td> })
                .collect_view();
            view! { <tr><td class="document__no">{i + 1}</td>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="document__table document__subcontractors">
            <caption>{lang.pick("再委託先の一覧", "List of subcontractors")}</caption>
            <thead><tr>{number_header(lang)}{head}</tr></thead>
            <tbody>{body}</tbody>
        </table>
    }
}

/// One subcontractor: its title (「再委託先1：国民健康保険中央会」) and its answers.
fn entry(d: &Declaration, group: &Field, i: usize, lang: Lang, style: DateStyle) -> impl IntoView {
    // The name as every title spells it (isolated: a bidi control cannot turn the title).
    let name = answers::entry_name(d, answers::Group::Subcontractors, i)
        .map(|w| w.pick(lang).to_string())
        .unwrap_or_else(|| not_given(lang).to_string());
    let title = match lang {
        Lang::Ja => format!("{}{}：{name}", group.label(lang), i + 1),
        Lang::En => format!("{} {}: {name}", group.label(lang), i + 1),
    };
    let at = format!("[{i}]");
    let paths: Vec<String> = fields::fields_of(Section::Subcontractors)
        .filter(|f| f.control != Control::Group)
        .map(|f| f.key.replacen("[]", &at, 1))
        .filter(|p| answers::printed(d, p))
        .collect();
    view! {
        <div class="document__entry" id=answer_id(&format!("subcontractors[{i}]")) tabindex="-1">
            <h4 class="document__entry-title">{title}</h4>
            {answers_table(d, &paths, lang, style)}
        </div>
    }
}
