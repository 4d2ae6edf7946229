//! クラウドサービス: the provider and service, the certifications of C1/C2, the ISMAP listing
//! (C6), where data is kept (C4, an [`EntryList`] of storage regions), the government's
//! basic policy (C5) and how the controls were verified (C3). A certificate's details show
//! only when it is held, the listing's only when listed: the registry says so, and
//! `Answer` follows it.

use crate::form::Form;
use crate::widgets::field::{keys, keys_at, Answers};
use crate::widgets::{Entries, EntryList, EntryView, RemoveQuestion};
use declaration::answers::Group;
use declaration::fields::{key, siblings, FIELDS};
use declaration::lists;
use declaration::words::Words;
use leptos::prelude::*;

/// Every answer of `prefix` the registry has (`cloud.certifications.iso27017.`), in order.
fn under(prefix: &str) -> Vec<String> {
    FIELDS
        .iter()
        .filter(|f| f.key.starts_with(prefix))
        .map(|f| f.key.to_string())
        .collect()
}

/// The storage regions.
#[component]
pub(crate) fn Regions(form: Form) -> impl IntoView {
    let lang = form.lang;
    let list = Entries::new(form, Group::Regions);
    let order = Signal::derive(move || {
        (0..form.draft.with(|d| lists::len(d, Group::Regions))).collect::<Vec<_>>()
    });
    let view = EntryView {
        summary: Callback::new(|_| ().into_any()),
        body: Callback::new(move |i: usize| {
            let paths = keys_at(siblings(key::CLOUD_DATA_LOCATION_REGIONS_NAME), i);
            view! { <Answers form=form paths=paths/> }.into_any()
        }),
        question: Callback::new(move |i| {
            form.draft
                .with_untracked(|d| RemoveQuestion::simple(d, Group::Regions, i))
        }),
        collapsible: false,
        first: "name",
        depth: None,
        fixed: None,
    };
    let add = move || {
        view! {
            <button type="button" class="button button--secondary" id="regions-add"
                on:click=move |_| list.add("name", lists::add_region)>
                {move || lang.get().pick("保管場所を追加", "Add a storage location")}
            </button>
        }
    };
    view! {
        <EntryList list=list view=view order=order
            heading=Signal::stored(Words::new("データの保管場所", "Where the data is kept"))
            empty=Words::new("保管場所はまだありません。", "No storage locations yet.")
            add=add/>
    }
}

/// The answers of クラウドサービス.
#[component]
pub fn Cloud(form: Form) -> impl IntoView {
    let lang = form.lang;
    let title = move |ja: &'static str, en: &'static str| move || lang.get().pick(ja, en);
    view! {
        <Answers form=form paths=keys(siblings(key::CLOUD_PROVIDER))/>
        <section class="group">
            <h2 class="group__title">{title("認証の取得状況", "Certifications")}</h2>
            <p class="hint">{title(
                "ISO/IEC 27017 又は CSゴールドマークのいずれか、及び ISO/IEC 27018 が必要です。有効期限は申告日で判定します。",
                "You need ISO/IEC 27017 or CS Mark Gold, and ISO/IEC 27018. Expiry is judged on the declaration date.",
            )}</p>
            <Answers form=form paths=under("cloud.certifications.")/>
        </section>
        <section class="group">
            <h2 class="group__title">{title("ISMAP", "ISMAP")}</h2>
            <Answers form=form paths=under("cloud.ismap.")/>
        </section>
        <Regions form=form/>
        <Answers form=form paths=keys(siblings(key::CLOUD_DATA_LOCATION_CONTRACT_GUARANTEES_DOMESTIC))/>
        <section class="group">
            <h2 class="group__title">{title("政府の基本方針への適合", "The government's basic policy")}</h2>
            <Answers form=form paths=under("cloud.basic_policy.")/>
        </section>
        <section class="group">
            <h2 class="group__title">{title("管理策の確認", "Verification of the controls")}</h2>
            <Answers form=form paths=under("cloud.controls_verification.")/>
        </section>
    }
}
