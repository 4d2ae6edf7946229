//! 宛先 (`addressees.md`): one declaration sent to many municipalities. Without addressees
//! 基本情報 asks one municipality's answers, as always, and [`Offer`] proposes the list;
//! with them, [`Addressees`] is an [`EntryList`] of the per-municipality answers (add, edit,
//! remove, reorder, each card titled 「宛先14：伊賀市」), and many rows can be pasted from
//! Excel ([`paste`]) with a preview first.

mod paste;
#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

use crate::form::{control_id, Form};
use crate::widgets::field::{keys_at, Answers};
use crate::widgets::focus::focus_later;
use crate::widgets::{Entries, EntryList, EntryView, RemoveQuestion};
use declaration::addressees;
use declaration::answers::Group;
use declaration::fields::{key, siblings};
use declaration::lists;
use declaration::model::Addressee;
use declaration::words::Words;
use leptos::prelude::*;

/// The addressees, or the offer to start a list.
#[component]
pub fn AddresseesOrOffer(form: Form) -> impl IntoView {
    let listed = Memo::new(move |_| form.draft.with(|d| !d.addressees.is_empty()));
    let moved = RwSignal::new(None::<(String, Words)>);
    view! {
        <Show when=move || listed.get() fallback=move || view! { <Offer form=form moved=moved/> }>
            <Addressees form=form moved=moved/>
        </Show>
    }
}

/// 「宛先を追加（複数の市町村に提出する）」: starts the list with the municipality answered so
/// far as its first addressee (nothing typed is lost; focus on the list's heading, which
/// says so), or with an empty addressee to fill in (focus on its first answer).
#[component]
fn Offer(form: Form, moved: RwSignal<Option<(String, Words)>>) -> impl IntoView {
    let lang = form.lang;
    let start = move |_| {
        let id = crate::draft::uuid();
        let mut moved_here = false;
        form.draft.update(|d| {
            let a = match addressees::from_basic(d, id.clone()) {
                Some(a) => {
                    moved_here = true;
                    a
                }
                None => Addressee {
                    id: id.clone(),
                    ..Default::default()
                },
            };
            let _ = lists::add_addressee(d, a);
        });
        if moved_here {
            let name = form
                .draft
                .with_untracked(|d| declaration::answers::entry_title(d, Group::Addressees, 0));
            moved.set(Some((
                id.clone(),
                Words::new(
                    format!(
                        "これまでの回答を「{}」にしました。宛先でなければ削除してください。",
                        name.ja
                    ),
                    format!(
                        "Your answers so far are now “{}”. Remove it if it is not an addressee.",
                        name.en
                    ),
                ),
            )));
            focus_later(vec![format!(
                "{}-title",
                control_id(Group::Addressees.path())
            )]);
        } else {
            form.to_open.update(|o| o.push(id));
            focus_later(vec![control_id("addressees[0].municipality")]);
        }
    };
    view! {
        <section class="group" data-testid="addressees-offer">
            <h2 class="group__title">{move || lang.get().pick("複数の市町村に提出するとき", "Sending it to several municipalities")}</h2>
            <p class="hint">{move || lang.get().pick(
                "国保連合会などが同じ申告書を複数の市町村に提出するときは、宛先を追加してください。市町村ごとに異なる回答（地方公共団体名、評価書名、特定個人情報ファイル名、委託事項の番号）を宛先ごとに入力し、その他の回答は1回で済みます。書き出すと、宛先ごとの申告書ファイルと送付一覧ができます。",
                "When a federation sends the same declaration to several municipalities, add addressees: the answers each municipality words its own way (municipality, assessment title, file name, item number) are entered per addressee, everything else once. Saving makes a declaration file per addressee and a sending list.",
            )}</p>
            <button type="button" class="button button--secondary" id="addressees-start" on:click=start>
                {move || lang.get().pick("宛先を追加（複数の市町村に提出する）", "Add addressees (send to several municipalities)")}
            </button>
        </section>
    }
}

/// The list of addressees.
#[component]
fn Addressees(form: Form, moved: RwSignal<Option<(String, Words)>>) -> impl IntoView {
    let lang = form.lang;
    let list = Entries::new(form, Group::Addressees);
    let order =
        Signal::derive(move || (0..form.draft.with(|d| d.addressees.len())).collect::<Vec<_>>());
    let view = EntryView {
        summary: Callback::new(move |i| view! { <Summary form=form index=i/> }.into_any()),
        body: Callback::new(move |i: usize| {
            let paths = keys_at(siblings(key::ADDRESSEES_MUNICIPALITY), i);
            view! { <Answers form=form paths=paths/> }.into_any()
        }),
        question: Callback::new(move |i| {
            form.draft
                .with_untracked(|d| RemoveQuestion::simple(d, Group::Addressees, i))
        }),
        collapsible: true,
        first: "municipality",
        depth: None,
        fixed: None,
    };
    let heading = Signal::derive(move || {
        let n = form.draft.with(|d| d.addressees.len());
        Words::new(format!("宛先（{n}件）"), format!("Addressees ({n})"))
    });
    let pasting = RwSignal::new(false);
    let add = move || {
        view! {
            <div class="button-group">
                <button type="button" class="button button--secondary" id="addressees-add"
                    on:click=move |_| list.add("municipality", |d| {
                        let id = crate::draft::uuid();
                        lists::add_addressee(d, Addressee { id, ..Default::default() }).unwrap_or(0)
                    })>
                    {move || lang.get().pick("宛先を追加", "Add an addressee")}
                </button>
                <Show when=move || !pasting.get()>
                    <button type="button" class="button button--secondary" id=paste::OPEN_ID
                        on:click=move |_| { pasting.set(true); focus_later(vec![paste::TEXT_ID.to_string()]); }>
                        {move || lang.get().pick("Excelから貼り付け", "Paste from Excel")}
                    </button>
                </Show>
            </div>
            <Show when=move || pasting.get()>
                <paste::Paste list=list open=pasting/>
            </Show>
        }
    };
    view! {
        <EntryList list=list view=view order=order heading=heading
            empty=Words::new("宛先はまだありません。", "No addressees yet.")
            // Said while that addressee is still the first.
            above=move || view! { {move || moved.get()
                .filter(|(id, _)| form.draft.with(|d| d.addressees.first().is_some_and(|a| a.id == *id)))
                .map(|(_, w)| view! {
                    <p class="warning-text" data-testid="addressees-moved">{move || w.pick(lang.get()).to_string()}</p>
                })} }
            add=add/>
    }
}

/// What a closed card shows: the 団体コード and the 委託事項 number.
#[component]
fn Summary(form: Form, index: usize) -> impl IntoView {
    let lang = form.lang;
    move || {
        let (code, item) = form.draft.with(|d| {
            d.addressees.get(index).map_or((None, None), |a| {
                (a.municipality_code.clone(), a.item_number)
            })
        });
        let ja = lang.get() == declaration::Lang::Ja;
        let mut parts = Vec::new();
        if let Some(c) = code.filter(|c| !c.is_empty()) {
            parts.push(if ja {
                format!("団体コード {c}")
            } else {
                format!("Code {c}")
            });
        }
        if let Some(n) = item {
            parts.push(if ja {
                format!("委託事項{n}")
            } else {
                format!("Item {n}")
            });
        }
        view! { <p class="hint">{parts.join(" ・ ")}</p> }
    }
}
