//! `Answer`: the control of one answer, chosen by the registry's [`Control`] kind, with its
//! label, 必須/任意 tag, hint and [`ErrorMessage`] (linked by `aria-describedby`). An answer
//! the registry asks only in some case ([`When`]) shows only while the core says it is
//! asked ([`answers::asked`]), indented under the answer it follows; `Answers` lists several.
//!
//! Japanese input: text is never written into a control while the user is composing with an
//! IME. The draft is updated on `input` events that are not part of a composition and on
//! `compositionend`; the control's value is set from the draft only when they differ and no
//! composition is under way, so a re-render can never reset what is being converted.

use crate::form::described_by;
use crate::form::{control_id, error_id, hint_id, Form};
use crate::route::Route;
use crate::widgets::{About, ConditionNote, ErrorMessage, Example, QuestionNotes};
use declaration::fields::{self, Control, Field, Need, When, Widget};
use declaration::words::{self, Words};
use declaration::{answers, glossary, verdict, Lang};
use leptos::html;
use leptos::prelude::*;
use serde_json::Value;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

/// The 必須 / 任意 tag beside a label.
#[component]
pub fn NeedTag(need: Need, lang: Signal<Lang>) -> impl IntoView {
    let (ja, en, class) = match need {
        Need::Optional => ("任意", "optional", "tag tag--optional"),
        _ => ("必須", "required", "tag tag--required"),
    };
    view! { <span class=class>{move || lang.get().pick(ja, en)}</span> }
}

/// The hint and the error message of an answer, and the ids they carry.
struct Described {
    id: String,
    hint_id: Option<String>,
    error_id: String,
}

impl Described {
    fn new(path: &str, field: &Field) -> Self {
        let has_hint = field.has_hint()
            || field.control == Control::Date
            || !glossary::terms_for(path).is_empty();
        Described {
            hint_id: has_hint.then(|| hint_id(path)),
            error_id: error_id(path),
            id: control_id(path),
        }
    }
}

/// The keys of registry fields, as the paths of answers outside the lists
/// ([`fields::siblings`], [`fields::run`]).
pub fn keys<'a>(list: impl IntoIterator<Item = &'a Field>) -> Vec<String> {
    list.into_iter().map(|f| f.key.to_string()).collect()
}

/// The paths of registry fields inside one entry of a list: each key's `[]` as `[index]`.
pub fn keys_at<'a>(list: impl IntoIterator<Item = &'a Field>, index: usize) -> Vec<String> {
    let at = format!("[{index}]");
    list.into_iter()
        .map(|f| f.key.replacen("[]", &at, 1))
        .collect()
}

/// The answers at `paths`, in order (each shown while it is asked), each followed by the
/// state of the conditions it is the last answer of ([`ConditionNote`]).
#[component]
pub fn Answers(form: Form, paths: Vec<String>) -> impl IntoView {
    paths
        .into_iter()
        .map(|p| {
            let key = fields::key_of(&p);
            let notes = verdict::guide::shown_after(&key)
                .into_iter()
                .map(|id| {
                    view! {
                        <ConditionNote form=form id=id/>
                        <QuestionNotes lang=form.lang about=About::Condition(id)/>
                    }
                })
                .collect_view();
            // A subcontractor's own state of S5–S7, beside the answers that decide it.
            let entry = p
                .strip_prefix("subcontractors[")
                .and_then(|r| r.split(']').next())
                .and_then(|n| n.parse::<usize>().ok());
            let entry_notes = entry.map(|i| {
                verdict::guide::shown_in_entry_after(&key)
                    .into_iter()
                    .map(|id| view! { <ConditionNote form=form id=id entry=i/> })
                    .collect_view()
            });
            view! { <Answer form=form path=p/> {notes} {entry_notes} }
        })
        .collect_view()
}

/// The answer at `path`: its control, or — for an answer asked only in some case — its
/// control while it is asked.
#[component]
pub fn Answer(form: Form, #[prop(into)] path: String) -> impl IntoView {
    let Some(field) = fields::field(&path) else {
        // A path without a registry entry is a programming error: say so visibly.
        let unknown = Signal::stored(vec![Words::same(format!("unknown field {path}"))]);
        return view! { <ErrorMessage id=error_id(&path) lang=form.lang messages=unknown/> }
            .into_any();
    };
    let notes = {
        let path = path.clone();
        move || view! { <QuestionNotes lang=form.lang about=About::Answer(path.clone())/> }
    };
    if field.when == When::Always {
        return view! { {control(form, path, field)} {notes()} }.into_any();
    }
    let asked = {
        let path = path.clone();
        Memo::new(move |_| form.draft.with(|d| answers::asked(d, &path)))
    };
    view! {
        <Show when=move || asked.get()>
            <div class="conditional">{control(form, path.clone(), field)} {notes.clone()()}</div>
        </Show>
    }
    .into_any()
}

/// The control of the answer at `path`, asked by `field`.
fn control(form: Form, path: String, field: &'static Field) -> AnyView {
    let lang = form.lang;
    let d = Described::new(&path, field);
    // A message from the control itself (text that cannot be this answer), else the core's.
    let local_error = RwSignal::new(None::<Words>);
    let error = {
        let path = path.clone();
        Memo::new(move |_| {
            local_error
                .get()
                .or_else(|| form.error_for(&path).map(|i| i.text))
        })
    };
    let describedby = {
        let hint = d.hint_id.clone();
        let err = d.error_id.clone();
        move || {
            described_by(
                hint.as_deref(),
                error.with(Option::is_some).then_some(err.as_str()),
            )
        }
    };
    let hint = d.hint_id.clone().map(|hid| {
        let text = move || {
            let own = field.hint(lang.get());
            if field.control != Control::Date {
                return own.to_string();
            }
            let example = lang.get().pick(
                "例：2024-02-20（令和6年2月20日、R6.2.20、2024/2/20 や全角数字でも入力できます）",
                "For example: 2024-02-20 (令和6年2月20日, R6.2.20 and 2024/2/20 are fine too)",
            );
            if own.is_empty() {
                example.to_string()
            } else {
                format!("{own} {example}")
            }
        };
        let terms = glossary::terms_for(&path);
        let links = (!terms.is_empty()).then(|| {
            let items = terms
                .into_iter()
                .map(|t| {
                    view! {
                        " "
                        <a class="link hint__term" href=Route::Glossary(Some(t.id)).hash()>
                            {move || t.name().pick(lang.get()).to_string()}
                        </a>
                    }
                })
                .collect_view();
            view! {
                <span class="hint__terms">
                    {move || lang.get().pick(" 用語の説明：", " What it means:")}
                    {items}
                </span>
            }
        });
        view! { <p class="hint" id=hid>{text}{links}</p> }
    });
    let error_view = {
        let messages = Signal::derive(move || error.get().into_iter().collect::<Vec<_>>());
        view! { <ErrorMessage id=d.error_id.clone() lang=lang messages=messages/> }
    };
    let label = move || field.label(lang.get());
    let group_class = move || {
        if error.get().is_some() {
            "field field--error"
        } else {
            "field"
        }
    };
    match field.control.widget() {
        Widget::Options if radios(&path) => {
            let options = radio_options(&path, field.control);
            let name = d.id.clone();
            let p = path.clone();
            let current = move || form.text(&p);
            let items = options
                .into_iter()
                .enumerate()
                .map(|(n, (value, words))| {
                    let rid = format!("{}-{n}", d.id);
                    let path = path.clone();
                    let v = value.clone();
                    let checked = {
                        let current = current.clone();
                        move || current() == v
                    };
                    view! {
                        <div class="choice">
                            <input
                                type="radio"
                                id=rid.clone()
                                name=name.clone()
                                value=value.clone()
                                prop:checked=checked
                                on:change=move |_| {
                                    form.set_value(&path, json_of(&value));
                                    form.touch(&path);
                                }
                            />
                            <label for=rid>{move || words.pick(lang.get()).to_string()}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class=group_class id=d.id.clone() aria-describedby=describedby tabindex="-1">
                    <legend class="field__label">{label} " " <NeedTag need=field.need lang=lang/></legend>
                    {hint}
                    {error_view}
                    <div class="choices">{items}</div>
                </fieldset>
            }
            .into_any()
        }
        Widget::Options => {
            let options = fields::choices(&path).unwrap_or_default();
            let p = path.clone();
            let set_path = path.clone();
            view! {
                <div class=group_class>
                    <label class="field__label" for=d.id.clone()>{label} " " <NeedTag need=field.need lang=lang/></label>
                    {hint}
                    {error_view}
                    <select
                        id=d.id.clone()
                        aria-describedby=describedby
                        aria-invalid=move || error.get().is_some().to_string()
                        prop:value=move || form.text(&p)
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            form.set_value(&set_path, if v.is_empty() { Value::Null } else { Value::String(v) });
                            form.touch(&set_path);
                        }
                    >
                        <option value="">{move || lang.get().pick("選択してください", "Select")}</option>
                        {options.into_iter().map(|c| view! {
                            <option value=c.value>{move || lang.get().pick(c.ja, c.en)}</option>
                        }).collect_view()}
                    </select>
                </div>
            }
            .into_any()
        }
        Widget::Tick => {
            let p = path.clone();
            let set_path = path.clone();
            view! {
                <div class=group_class>
                    {hint}
                    {error_view}
                    <div class="choice choice--check">
                        <input
                            type="checkbox"
                            id=d.id.clone()
                            aria-describedby=describedby
                            prop:checked=move || form.draft.with(|dr| declaration::access::get_bool(dr, &p)) == Some(true)
                            on:change=move |ev| {
                                form.set_value(&set_path, Value::Bool(event_target_checked(&ev)));
                                form.touch(&set_path);
                            }
                        />
                        <label for=d.id.clone()>{label} " " <NeedTag need=field.need lang=lang/></label>
                    </div>
                </div>
            }
            .into_any()
        }
        Widget::Line(_) | Widget::Lines => view! {
            <div class=group_class>
                <label class="field__label" for=d.id.clone()>{label} " " <NeedTag need=field.need lang=lang/></label>
                {hint}
                {error_view}
                <TextControl form=form path=path.clone() id=d.id.clone() control=field.control
                    local_error=local_error invalid=Signal::derive(move || error.get().is_some())
                    describedby=Signal::derive(describedby)/>
                <Example form=form path=path.clone()/>
            </div>
        }
        .into_any(),
        // The tree's parent and a list's entries are asked by widgets of their own
        // (`ParentSelect`, `Entries`); never through this one.
        Widget::Own => ().into_any(),
    }
}

/// Whether a choice is asked with radio buttons (few options) rather than a select.
fn radios(path: &str) -> bool {
    fields::field(path).is_some_and(|f| f.control == Control::YesNo)
        || fields::choices(path).is_some_and(|c| c.len() <= 4)
}

/// The options of a radio group: (value as text, words).
fn radio_options(path: &str, control: Control) -> Vec<(String, Words)> {
    if control == Control::YesNo {
        return [true, false]
            .into_iter()
            .map(|b| (b.to_string(), words::yes_no(b)))
            .collect();
    }
    fields::choices(path)
        .unwrap_or_default()
        .into_iter()
        .map(|c| (c.value.to_string(), Words::new(c.ja, c.en)))
        .collect()
}

/// The JSON value of a radio's text value.
fn json_of(value: &str) -> Value {
    match value {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        v => Value::String(v.to_string()),
    }
}

/// A text-like control (input or textarea), IME-safe.
#[component]
fn TextControl(
    form: Form,
    path: String,
    id: String,
    control: Control,
    local_error: RwSignal<Option<Words>>,
    invalid: Signal<bool>,
    describedby: Signal<String>,
) -> impl IntoView {
    let composing = StoredValue::new(false);
    let commit = {
        let path = path.clone();
        move |text: String| match form.set_text(&path, &text) {
            Ok(()) => local_error.set(None),
            Err(e) => local_error.set(Some(e.words())),
        }
    };
    let on_input = {
        let commit = commit.clone();
        move |ev: leptos::ev::Event| {
            let composing_now = ev
                .dyn_ref::<web_sys::InputEvent>()
                .is_some_and(|e| e.is_composing());
            if !composing_now && !composing.get_value() {
                commit(event_target_value(&ev));
            }
        }
    };
    let on_start = move |_: leptos::ev::CompositionEvent| composing.set_value(true);
    let on_end = {
        let commit = commit.clone();
        move |ev: leptos::ev::CompositionEvent| {
            composing.set_value(false);
            commit(event_target_value(&ev));
        }
    };
    let on_blur = {
        let path = path.clone();
        move |_| form.touch(&path)
    };
    let initial = form
        .draft
        .with_untracked(|d| declaration::access::get_text(d, &path));
    // Keep the control equal to the draft when the draft changes from elsewhere (import,
    // undo), never during a composition and never when they already agree.
    let sync = move |current: String, set: &dyn Fn(&str), now: String| {
        if !composing.get_value() && current != now {
            set(&now);
        }
    };
    let max = fields::field(&path).map_or(control.max_chars(), |f| f.max_chars());
    let line = match control.widget() {
        Widget::Line(line) => Some(line),
        Widget::Lines => None,
        // Asked by their own widgets, never as text.
        Widget::Options | Widget::Tick | Widget::Own => return ().into_any(),
    };
    match line {
        None => {
            let node = NodeRef::<html::Textarea>::new();
            let p = path.clone();
            Effect::new(move |_| {
                let now = form.text(&p);
                if let Some(el) = node.get() {
                    sync(el.value(), &|v| el.set_value(v), now);
                }
            });
            view! {
                <textarea
                    node_ref=node
                    id=id
                    rows="4"
                    aria-describedby=describedby
                    aria-invalid=move || invalid.get().to_string()
                    on:input=on_input
                    on:compositionstart=on_start
                    on:compositionend=on_end
                    on:blur=on_blur
                    data-max=max
                >
                    {initial}
                </textarea>
            }
            .into_any()
        }
        Some(line) => {
            let node = NodeRef::<html::Input>::new();
            let p = path.clone();
            Effect::new(move |_| {
                let now = form.text(&p);
                if let Some(el) = node.get() {
                    sync(el.value(), &|v| el.set_value(v), now);
                }
            });
            // The input's type, keyboard and width are its kind's (`Control::widget`).
            // Dates, phone numbers, postal codes and countries are tidied (令和6年2月5日 →
            // 2024-02-05, ０５９－… → 059-…, 5140003 → 514-0003) when the user leaves the control,
            // never while typing, so the text never changes under the cursor.
            let on_change = {
                let commit = commit.clone();
                let path = path.clone();
                move |ev: leptos::ev::Event| {
                    let typed = event_target_value(&ev);
                    let stored = declaration::normalize::answer(&path, &typed);
                    if stored != typed {
                        commit(stored);
                    }
                }
            };
            // A country is chosen from the list (日本 first) or typed as a name or a code.
            let list_id = line.countries.then(|| format!("{id}-list"));
            let countries = list_id.clone().map(|lid| {
                let lang = form.lang;
                view! {
                    <datalist id=lid>
                        {declaration::countries::COUNTRIES.iter().map(|&(code, ja, en)| view! {
                            <option value=code>{move || lang.get().pick(ja, en)}</option>
                        }).collect_view()}
                    </datalist>
                }
            });
            view! {
                <input
                    node_ref=node
                    type=line.kind
                    id=id
                    inputmode=line.mode
                    autocomplete=line.autocomplete
                    spellcheck="false"
                    class=line.class
                    value=initial
                    aria-describedby=describedby
                    aria-invalid=move || invalid.get().to_string()
                    on:input=on_input
                    on:change=on_change
                    on:compositionstart=on_start
                    on:compositionend=on_end
                    on:blur=on_blur
                    list=list_id.clone()
                />
                {countries}
            }
            .into_any()
        }
    }
}

use wasm_bindgen::JsCast;
