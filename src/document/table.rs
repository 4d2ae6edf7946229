//! Single answers as a label → value table: the registry's label in the row header, the
//! answer in words in a focusable cell carrying its [`answer_id`], with the reader's
//! 「照会する」 when the page offers it.

use super::ids::answer_id;
use super::values::{example_note, label, shown};
use super::verdict::answer_name;
use crate::components::{answer_target, ask_button};
use declaration::era::DateStyle;
use declaration::{Declaration, Lang};
use leptos::prelude::*;

/// Single answers as a label → value table: one row each, the value cell focusable.
pub fn answers_table(d: &Declaration, paths: &[String], lang: Lang, style: DateStyle) -> AnyView {
    let rows = paths
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <th scope="row">{label(p, lang).to_string()}</th>
                    <td id=answer_id(p) tabindex="-1">
                        {shown(d, p, lang, style)}
                        {example_note(d, p, lang)}
                        {ask_button(answer_target(d, p), answer_name(p, lang), lang)}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="document__answers">
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}
