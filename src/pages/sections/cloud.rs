//! クラウドサービス: the provider and service, the certifications of C1/C2 (details asked
//! only when held), the ISMAP listing (C6), where data is kept (C4, a growing list of
//! regions), the government's basic policy (C5) and how the controls were verified (C3).

use super::{paths, Answers};
use crate::form::Form;
use declaration::access;
use declaration::tree;
use leptos::prelude::*;

/// Whether the yes/no answer at `path` is yes.
fn yes(form: Form, path: &'static str) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    move || form.draft.with(|d| access::get_bool(d, path)) == Some(true)
}

/// One certification: held?, and its details when held.
#[component]
fn Certification(form: Form, key: &'static str, certifier: bool) -> impl IntoView {
    let base = format!("cloud.certifications.{key}");
    let held = form_path(&base, "held");
    let number = if key == "cs_gold_mark" {
        "registration_number"
    } else {
        "certificate_number"
    };
    let mut details = vec![form_path(&base, number)];
    if certifier {
        details.push(form_path(&base, "certifier"));
    }
    details.push(form_path(&base, "valid_until"));
    let held_path = held.clone();
    let is_held = move || form.draft.with(|d| access::get_bool(d, &held_path)) == Some(true);
    view! {
        <Answers form=form paths=vec![held]/>
        <Show when=is_held>
            <div class="conditional">
                <Answers form=form paths=details.clone()/>
            </div>
        </Show>
    }
}

fn form_path(base: &str, leaf: &str) -> String {
    format!("{base}.{leaf}")
}

/// The storage regions: a growing list with 保管場所を追加 and a remove button per entry.
#[component]
fn Regions(form: Form) -> impl IntoView {
    let lang = form.lang;
    let count = move || {
        form.draft.with(|d| {
            d.cloud
                .as_ref()
                .and_then(|c| c.data_location.as_ref())
                .map_or(0, |l| l.regions.len())
        })
    };
    let error = move || form.error_for("cloud.data_location.regions");
    view! {
        <section class="group" id="f-cloud-data_location-regions" tabindex="-1" aria-labelledby="regions-title">
            <h2 class="group__title" id="regions-title">{move || lang.get().pick("データの保管場所", "Where the data is kept")}</h2>
            <p class="hint">{move || declaration::fields::field("cloud.data_location.regions").unwrap().hint(lang.get())}</p>
            {move || error().map(|i| view! { <p class="error-message">{i.message(lang.get()).to_string()}</p> })}
            <For each=move || 0..count() key=|i| *i let:i>
                <fieldset class="entry">
                    <legend class="entry__title">
                        {move || match lang.get() {
                            declaration::Lang::Ja => format!("保管場所 {}", i + 1),
                            declaration::Lang::En => format!("Location {}", i + 1),
                        }}
                    </legend>
                    <Answers form=form paths=vec![
                        format!("cloud.data_location.regions[{i}].name"),
                        format!("cloud.data_location.regions[{i}].country"),
                        format!("cloud.data_location.regions[{i}].purpose"),
                    ]/>
                    <button type="button" class="button button--secondary"
                        on:click=move |_| form.draft.update(|d| { lists::remove_region(d, i); })>
                        {move || match lang.get() {
                            declaration::Lang::Ja => format!("保管場所 {} を削除", i + 1),
                            declaration::Lang::En => format!("Remove location {}", i + 1),
                        }}
                    </button>
                </fieldset>
            </For>
            <button type="button" class="button button--secondary"
                on:click=move |_| form.draft.update(|d| { lists::add_region(d); })>
                {move || lang.get().pick("保管場所を追加", "Add a storage location")}
            </button>
        </section>
    }
}

/// The answers of クラウドサービス.
#[component]
pub fn Cloud(form: Form) -> impl IntoView {
    let lang = form.lang;
    let listed = yes(form, "cloud.ismap.listed");
    let title = move |ja: &'static str, en: &'static str| move || lang.get().pick(ja, en);
    view! {
        <Answers form=form paths=paths(&["cloud.provider", "cloud.service", "cloud.service_model"])/>
        <section class="group">
            <h2 class="group__title">{title("認証の取得状況", "Certifications")}</h2>
            <p class="hint">{title(
                "ISO/IEC 27017 又は CSゴールドマークのいずれか、及び ISO/IEC 27018 が必要です。有効期限は申告日で判定します。",
                "You need ISO/IEC 27017 or CS Mark Gold, and ISO/IEC 27018. Expiry is judged on the declaration date.",
            )}</p>
            <Certification form=form key="iso27017" certifier=true/>
            <Certification form=form key="cs_gold_mark" certifier=false/>
            <Certification form=form key="iso27018" certifier=true/>
        </section>
        <section class="group">
            <h2 class="group__title">{title("ISMAP", "ISMAP")}</h2>
            <Answers form=form paths=paths(&["cloud.ismap.listed"])/>
            <Show when=listed>
                <div class="conditional">
                    <Answers form=form paths=paths(&[
                        "cloud.ismap.list", "cloud.ismap.registration_number",
                        "cloud.ismap.listed_service_name", "cloud.ismap.valid_until",
                    ])/>
                </div>
            </Show>
        </section>
        <Regions form=form/>
        <Answers form=form paths=paths(&["cloud.data_location.contract_guarantees_domestic"])/>
        <section class="group">
            <h2 class="group__title">{title("政府の基本方針への適合", "The government's basic policy")}</h2>
            <Answers form=form paths=paths(&[
                "cloud.basic_policy.governing_law_japan", "cloud.basic_policy.jurisdiction_japan", "cloud.basic_policy.notes",
            ])/>
        </section>
        <section class="group">
            <h2 class="group__title">{title("管理策の確認", "Verification of the controls")}</h2>
            <Answers form=form paths=paths(&[
                "cloud.controls_verification.method", "cloud.controls_verification.description",
            ])/>
        </section>
    }
}
