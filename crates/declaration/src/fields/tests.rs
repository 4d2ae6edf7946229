//! The registry's own tests: words, keys, order, lookups.

use super::*;
use crate::model::{Category, Owner};

#[test]
fn each_field_reads_its_own_words() {
    let f = field("basic.declarant.phone").expect("registered");
    assert!(f.hint(Lang::Ja).starts_with("0から始まる10桁"));
    assert!(f.has_hint());
}

#[test]
fn keys_are_unique_and_sections_in_order() {
    let mut seen = std::collections::HashSet::new();
    let mut last = Section::Basic;
    for f in FIELDS {
        assert!(seen.insert(f.key), "duplicate key {}", f.key);
        assert!(f.section >= last, "{} is out of section order", f.key);
        assert_eq!(section_of(f.key), Some(f.section), "{}", f.key);
        last = f.section;
    }
}

#[test]
fn paths_find_their_field() {
    assert_eq!(key_of("subcontractors[12].name"), "subcontractors[].name");
    assert_eq!(
        field("subcontractors[0].name").unwrap().label(Lang::Ja),
        "商号又は名称"
    );
    assert_eq!(
        field("cloud.data_location.regions[3].country")
            .unwrap()
            .label(Lang::En),
        "Country"
    );
    assert!(field("nothing.here").is_none());
}

#[test]
fn spec_labels_are_exact() {
    // A few labels of spec §6, checked word for word.
    let cases = [
        (
            "basic.municipality",
            "委託元の地方公共団体名",
            "Commissioning municipality",
        ),
        (
            "entrustment.uses_cloud",
            "クラウド事業者の環境への設置",
            "Placed in a cloud provider's environment",
        ),
        (
            "cloud.ismap.listed",
            "ISMAPクラウドサービスリストへの掲載",
            "Listed on the ISMAP cloud service list",
        ),
        (
            "attestation.truthful",
            "記載内容は事実と相違ありません",
            "The content is true",
        ),
    ];
    for (key, ja, en) in cases {
        let f = field(key).unwrap();
        assert_eq!((f.label(Lang::Ja), f.label(Lang::En)), (ja, en));
    }
}

#[test]
fn every_enum_value_has_words() {
    for c in Category::ALL {
        assert!(!c.label(Lang::Ja).is_empty() && !c.label(Lang::En).is_empty());
    }
    assert_eq!(Owner::Customer.label(Lang::Ja), "利用者(開発者・運用者)");
}

#[test]
fn siblings_and_runs_follow_the_registry() {
    let contractor: Vec<&str> = siblings(key::ENTRUSTMENT_CONTRACTOR_NAME)
        .map(|f| f.key)
        .collect();
    assert_eq!(
        contractor,
        [
            "entrustment.contractor.name",
            "entrustment.contractor.address",
            "entrustment.contractor.postal_code",
            "entrustment.contractor.corporate_number",
        ]
    );
    let top: Vec<&str> = siblings(key::BASIC_MUNICIPALITY).map(|f| f.key).collect();
    assert_eq!(top.len(), 6, "{top:?}");
    assert!(!top.iter().any(|k| k.contains("declarant")));
    let first: Vec<&str> = run(key::ENTRUSTMENT_CONTENT, key::ENTRUSTMENT_HANDLER_COUNT)
        .map(|f| f.key)
        .collect();
    assert_eq!(first, ["entrustment.content", "entrustment.handler_count"]);
    assert_eq!(
        run(key::ENTRUSTMENT_USES_CLOUD, key::ENTRUSTMENT_CONTENT).count(),
        0
    );
}
