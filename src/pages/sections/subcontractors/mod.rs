//! 再委託先 (spec §2 `subcontractors`, S5–S9): the subcontracting chain, a tree of any depth
//! rooted at the contractor, as an [`EntryList`] in tree order ([`tree::ordered`]), each
//! entry indented by its depth and moving among its siblings. An entry's answers and its
//! summary are [`entry`]'s; removing an entry with subcontractors below it asks what happens
//! to them. Below the list, the 履行体制図 of the chain as it stands ([`diagram`]), and the
//! merge of parts the subcontractors returned ([`PartMerge`]) — first on the page while a
//! request is out. In a part's form ([`crate::store::PartScope`]) the chain above the
//! part is context: not listed, not choosable as a 委託元.

mod diagram;
mod entry;
mod parent;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

use crate::components::PartMerge;
use crate::form::Form;
use crate::widgets::{Entries, EntryList, EntryView};
use declaration::answers::{contractor_words, section_asking, Asking, Group};
use declaration::fields::Section;
use declaration::lists;
use declaration::model::CONTRACTOR_PARENT;
use declaration::tree;
use declaration::words::Words;
use leptos::prelude::*;

/// The answers of 再委託先.
#[component]
pub fn Subcontractors(form: Form) -> impl IntoView {
    let lang = form.lang;
    let resubcontracts = move || {
        form.draft
            .with(|d| section_asking(d, Section::Subcontractors) == Asking::Asked)
    };
    // While a request is out (when the page opens), taking in what comes back is the first
    // thing here; else it follows the list. Decided once, so a merge never moves it away.
    let awaiting = use_context::<crate::store::PartStates>()
        .is_some_and(|s| s.states.with_untracked(|m| !m.is_empty()));
    view! {
        <Show
            when=resubcontracts
            fallback=move || view! {
                <p class="lead">{move || lang.get().pick(
                    "再委託しないと回答しているため、再委託先の入力は不要です。",
                    "You said the work is not re-subcontracted, so there is nothing to enter here.",
                )}</p>
            }
        >
            {awaiting.then(|| view! { <PartMerge form=form/> })}
            <List form=form/>
            <diagram::Diagram form=form/>
            {(!awaiting).then(|| view! { <PartMerge form=form/> })}
        </Show>
    }
}

/// A part's subcontractors (the part form, `#/part`): the subcontractor's own entry at the
/// top, which cannot be removed, and those it adds below it; nothing can be added beside it.
#[component]
pub fn PartSubcontractors(form: Form, root: String) -> impl IntoView {
    view! {
        <List form=form part_root=root/>
        <diagram::Diagram form=form/>
    }
}

/// The list of subcontractors with its add button (none at the top in a part, whose
/// `part_root` cannot be removed).
#[component]
fn List(form: Form, #[prop(optional, into)] part_root: Option<String>) -> impl IntoView {
    let in_part = part_root.is_some();
    let root_id = StoredValue::new(part_root);
    let lang = form.lang;
    let list = Entries::new(form, Group::Subcontractors);
    // The tree's links, worked out once per change (linear in the entries); equal links
    // notify nobody, so typing a name re-orders and re-indents nothing.
    let links = Memo::new(move |_| form.draft.with(tree::Links::of));
    // In a part, the chain above it is context: shown above the list, never as entries.
    let scope = crate::store::PartScope::here();
    let owned = scope.as_ref().map_or(0, |s| s.context);
    let order = Memo::new(move |_| {
        links.with(|l| {
            l.ordered
                .iter()
                .map(|&(i, _)| i)
                .filter(|&i| i >= owned)
                .collect::<Vec<_>>()
        })
    });
    let view = EntryView {
        summary: Callback::new(move |i| view! { <entry::Summary list=list index=i/> }.into_any()),
        body: Callback::new(move |i| view! { <entry::EntryAnswers list=list index=i/> }.into_any()),
        question: Callback::new(move |i| form.draft.with_untracked(|d| entry::question(d, i))),
        collapsible: true,
        first: "name",
        depth: Some(Callback::new(move |i: usize| {
            links.with(|l| l.depth.get(i).copied().unwrap_or(0))
        })),
        fixed: in_part.then(|| {
            Callback::new(move |i: usize| {
                root_id.with_value(|r| {
                    form.draft
                        .with(|d| d.subcontractors.get(i).map(|s| Some(&s.id) == r.as_ref()))
                        .unwrap_or(false)
                })
            })
        }),
    };
    let root = move || {
        form.draft
            .with(contractor_words)
            .pick(lang.get())
            .to_string()
    };
    let above = move || {
        (!in_part).then(|| view! {
            <p class="hint">{move || lang.get().pick(
                "再委託先がさらに再委託する場合は、その再委託先の「変更」から「この再委託先の再委託先を追加」を選んでください。",
                "When a subcontractor subcontracts further, open it with “Change” and choose “Add a subcontractor of this subcontractor”.",
            )}</p>
            <p class="subcontractor-root" data-testid="chain-root">
                {root} {move || lang.get().pick("（再委託の起点）", " (where the chain starts)")}
            </p>
        })
    };
    let add = move || {
        (!in_part).then(|| view! {
            <button type="button" class="button button--secondary" id="subcontractors-add"
                on:click=move |_| list.add("name", |d| lists::add_subcontractor(d, CONTRACTOR_PARENT))>
                {move || lang.get().pick("再委託先を追加", "Add a subcontractor")}
            </button>
        })
    };
    view! {
        <EntryList list=list view=view order=order
            heading=Signal::stored(Words::new("再委託先の一覧", "Your subcontractors"))
            empty=Words::new("再委託先はまだありません。", "No subcontractors yet.")
            above=above add=add/>
    }
}
