//! 「委託元(監督する者)」 of one subcontractor: a select over [`tree::parent_choices`] — the
//! contractor and every subcontractor that is neither this one nor below it, so no choice
//! can make a cycle. Built here rather than by `Answer`, which cannot know the options; the
//! label, hint, 必須 tag, error message and ids are the same as `Answer`'s.

use crate::form::{control_id, error_id, hint_id, Form};
use crate::widgets::field::NeedTag;
use crate::widgets::focus::focus_later;
use crate::widgets::ErrorMessage;
use declaration::fields;
use declaration::tree;
use leptos::prelude::*;

/// The parent select of subcontractor `index`.
#[component]
pub(super) fn ParentSelect(form: Form, index: usize) -> impl IntoView {
    let lang = form.lang;
    let path = format!("subcontractors[{index}].parent");
    let field = fields::key::SUBCONTRACTORS_PARENT;
    let id = control_id(&path);
    let (hid, eid) = (hint_id(&path), error_id(&path));
    // In a part: its own entry's 委託元 is fixed (shown, not chosen), and an entry below it
    // may only hang under the part's own entries — never above or beside it, where sending
    // the part back would leave it out.
    let scope = crate::store::PartScope::here();
    let fixed = scope.as_ref().is_some_and(|s| {
        form.draft
            .with_untracked(|d| d.subcontractors.get(index).is_some_and(|e| e.id == s.root))
    });
    let owned = scope.as_ref().map(|s| s.context);
    let choices = Memo::new(move |_| {
        form.draft.with(|d| {
            let all = tree::parent_choices(d, index);
            match owned {
                None => all,
                Some(n) => all
                    .into_iter()
                    .filter(|(v, _)| {
                        d.subcontractors
                            .iter()
                            .position(|s| s.id == *v)
                            .is_some_and(|i| i >= n)
                    })
                    .collect(),
            }
        })
    });
    let current = Memo::new(move |_| {
        form.draft.with(|d| {
            d.subcontractors
                .get(index)
                .and_then(|s| s.parent.clone())
                .unwrap_or_default()
        })
    });
    let known = move || current.with(|c| choices.with(|all| all.iter().any(|(v, _)| v == c)));
    let errors = form.shown_messages_at(path.clone());
    let describedby = form.described_at(&path);
    let on_change = {
        let (path, id) = (path.clone(), id.clone());
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            form.draft.update(|d| {
                if let Some(s) = d.subcontractors.get_mut(index) {
                    s.parent = (!value.is_empty()).then_some(value);
                }
            });
            form.touch(&path);
            // Choosing a parent moves the entry in the list: keep focus on the select.
            focus_later(vec![id.clone()]);
        }
    };
    let on_blur = move |_| form.touch(&path);
    let options = move || {
        choices
            .get()
            .into_iter()
            .map(|(value, words)| {
                let v = value.clone();
                view! {
                    <option value=value prop:selected=move || current.with(|c| *c == v)>
                        {move || words.pick(lang.get()).to_string()}
                    </option>
                }
            })
            .collect_view()
    };
    if fixed {
        let parent = move || {
            form.draft.with(|d| {
                let p = d
                    .subcontractors
                    .get(index)
                    .and_then(|s| s.parent.clone())
                    .unwrap_or_default();
                declaration::answers::parent_words(d, &p)
                    .pick(lang.get())
                    .to_string()
            })
        };
        return view! {
            <div class="field" data-testid="part-parent">
                <p class="field__label" id=id>{move || field.label(lang.get())}</p>
                <p class="field__value">{parent}</p>
                <p class="hint">{move || lang.get().pick(
                    "依頼元が決めた委託元です。変更が必要な場合は依頼元に連絡してください。",
                    "Set by the requester. Contact them if it needs to change.",
                )}</p>
            </div>
        }
        .into_any();
    }
    view! {
        <div class=move || if errors.with(Vec::is_empty) { "field" } else { "field field--error" }>
            <label class="field__label" for=id.clone()>
                {move || field.label(lang.get())} " " <NeedTag need=field.need lang=lang/>
            </label>
            <p class="hint" id=hid>{move || field.hint(lang.get())}</p>
            <ErrorMessage id=eid lang=lang messages=errors/>
            <select
                id=id
                aria-describedby=describedby
                aria-invalid=move || (!errors.with(Vec::is_empty)).to_string()
                on:change=on_change
                on:blur=on_blur
            >
                <option value="" prop:selected=move || !known()>
                    {move || lang.get().pick("選択してください", "Select")}
                </option>
                {options}
            </select>
        </div>
    }
    .into_any()
}
