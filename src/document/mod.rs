//! The printed document (書面, spec §5): the whole declaration as one read-only page in the
//! chosen language, laid out for A4 portrait by the print rules at the end of
//! `style/main.css` — the title block (宛先, 申告者, 申告日), the §4 verdict table, every section
//! in order with the registry's labels, tables for the regions, the subcontractors, the
//! responsibility matrix and the measures, the structure diagram, and the attestation with a
//! space to sign and seal. Answers of sections that do not apply are left out
//! ([`hidden::without_hidden`]) and the section says 対象外.
//!
//! Used by the print page (`#/print`, the current draft) and by the reader (`#/read`, a
//! received file, with the verdict first and a way from each open condition to its answer).
//! Every answer's cell has the id [`answer_id`] and `tabindex="-1"`, so [`focus_answer`] can
//! take the reader to it (links by `href="#…"` would change the route).
//!
//! | part | owns |
//! |---|---|
//! | `head` | the title block |
//! | `ids` | the element id of each answer ([`answer_id`]) and moving focus to it |
//! | `table` | single answers as a label → value table |
//! | `verdict` | the verdict table, and for reviewers the way to each open condition |
//! | `section` | one section: its heading, 対象外, or its answers as label → value tables |
//! | `groups` | the tables of the regions and of the responsibility matrix |
//! | `subcontractors` | the diagram, the list of subcontractors and one table each |
//! | `measures` | the table of measures |
//! | `attestation` | the signature and seal space |
//! | `values` | the words of one answer |
//! | `toolbar` | [`PrintBar`]: 和暦 / 西暦 and 「印刷する」 (not printed) |

mod attestation;
mod groups;
mod head;
mod ids;
mod measures;
mod section;
mod subcontractors;
mod table;
mod toolbar;
mod values;
mod verdict;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

pub use head::Addressed;
pub use ids::{answer_id, focus_answer, focus_id, lineage};
pub use toolbar::PrintBar;
pub use verdict::answer_name;

use declaration::era::DateStyle;
use declaration::fields::Section;
use declaration::{hidden, Declaration, Lang};
use leptos::prelude::*;

/// The language's code for the `lang` attribute.
fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "ja",
        Lang::En => "en",
    }
}

/// The whole declaration as a document. With `reviewer`, the verdict comes first (before
/// the title block; print rules put the title block back on top) with a way from each
/// condition not met to its answers.
#[component]
pub fn Document(
    #[prop(into)] decl: Signal<Declaration>,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] style: Signal<DateStyle>,
    #[prop(optional)] reviewer: bool,
    /// For a file received (the reader): whether it was changed after export, printed in
    /// the title block in the reviewer's words.
    #[prop(optional)]
    integrity: Option<declaration::io::IntegrityState>,
    /// For one addressee's document (宛先): its 宛名, printed instead of 「○○市 御中」, and the
    /// hash of the body its file states, printed beside its id.
    #[prop(optional, into)]
    addressed: Signal<Option<head::Addressed>>,
) -> impl IntoView {
    let shown = Memo::new(move |_| decl.with(hidden::without_hidden));
    move || {
        let (lang, style) = (lang.get(), style.get());
        shown.with(|(d, left_out)| {
            let verdict = verdict::part(d, lang, style, reviewer);
            let (first, after_head) = if reviewer {
                (Some(verdict), None)
            } else {
                (None, Some(verdict))
            };
            let notice = hidden::left_out_message(left_out, lang).map(
                |m| view! { <p class="document__notice no-print" data-testid="left-out">{m}</p> },
            );
            let body = Section::ALL
                .into_iter()
                .enumerate()
                .map(|(i, s)| section::section(d, s, i + 1, lang, style))
                .collect_view();
            let class = if reviewer {
                "document document--reviewer"
            } else {
                "document"
            };
            view! {
                <article class=class lang=lang_code(lang)>
                    {first}
                    {head::head(d, lang, style, integrity, addressed.get())}
                    {notice}
                    {after_head}
                    {body}
                </article>
            }
        })
    }
}
