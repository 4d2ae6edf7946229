//! The responsibility matrix (責任分担表) of spec §2 `responsibility.matrix`: the default
//! owner of every layer for each service model (the form prefills the table from
//! `cloud.service_model`), and the checks on a table the user edited: which layers are
//! missing, which appear more than once, whether it is full, and which layers count as
//! "the OS and above" (spec §3, §4 C7/C8).
//!
//! It also owns the link to the rest of the form: choosing a service model prefills the
//! table ([`apply_service_model`]), and the layers the user owns ask for measures
//! ([`missing_measures_for_matrix`]).
//!
//! The layers are always handled in the order of [`Layer::ALL`], from the facility up.

use std::collections::HashSet;

use crate::fields::{Labelled, Lang};
use crate::model::{Category, Declaration, Layer, MatrixRow, Owner, ServiceModel};
use crate::rules::category_for;
use crate::words::Words;

/// Whether a layer is the OS or above it — the layers the source document asks the
/// developers and operators to secure themselves when they are theirs.
pub fn layer_is_os_or_above(layer: Layer) -> bool {
    layer >= Layer::Os
}

/// Who owns a layer by default under a service model.
///
/// - IaaS: the provider owns everything below the OS; the OS and above are the customer's,
///   except identity and access, which is shared.
/// - PaaS: the provider also owns the OS, middleware and runtime.
/// - SaaS: the provider owns everything up to the application; data and identity and
///   access are shared; endpoints stay the customer's.
pub fn default_owner(model: ServiceModel, layer: Layer) -> Owner {
    use Layer::*;
    match (model, layer) {
        (_, Facility | NetworkInfrastructure | Hardware | Virtualization) => Owner::Provider,
        (_, IdentityAccess) => Owner::Shared,
        (_, Endpoints) => Owner::Customer,
        (ServiceModel::Iaas, Os | Middleware | Runtime | Application | Data) => Owner::Customer,
        (ServiceModel::Paas, Os | Middleware | Runtime) => Owner::Provider,
        (ServiceModel::Paas, Application | Data) => Owner::Customer,
        (ServiceModel::Saas, Os | Middleware | Runtime | Application) => Owner::Provider,
        (ServiceModel::Saas, Data) => Owner::Shared,
    }
}

/// The table the form starts from: one row per layer, in [`Layer::ALL`] order.
pub fn default_matrix(model: ServiceModel) -> Vec<MatrixRow> {
    Layer::ALL
        .iter()
        .map(|&layer| MatrixRow {
            layer,
            owner: default_owner(model, layer),
        })
        .collect()
}

/// How many rows name each layer, indexed like [`Layer::ALL`].
fn counts(rows: &[MatrixRow]) -> Vec<usize> {
    Layer::ALL
        .iter()
        .map(|&layer| rows.iter().filter(|r| r.layer == layer).count())
        .collect()
}

/// The layers no row names, in [`Layer::ALL`] order.
pub fn missing_layers(rows: &[MatrixRow]) -> Vec<Layer> {
    Layer::ALL
        .iter()
        .zip(counts(rows))
        .filter(|(_, n)| *n == 0)
        .map(|(&layer, _)| layer)
        .collect()
}

/// The layers named by more than one row, each once, in [`Layer::ALL`] order.
pub fn duplicate_layers(rows: &[MatrixRow]) -> Vec<Layer> {
    Layer::ALL
        .iter()
        .zip(counts(rows))
        .filter(|(_, n)| *n > 1)
        .map(|(&layer, _)| layer)
        .collect()
}

/// Whether every layer is named exactly once (spec §2: "each layer exactly once").
pub fn is_full(rows: &[MatrixRow]) -> bool {
    counts(rows).iter().all(|&n| n == 1)
}

/// The owner the table gives a layer: the first row naming it, if any.
pub fn owner_of(rows: &[MatrixRow], layer: Layer) -> Option<Owner> {
    rows.iter().find(|r| r.layer == layer).map(|r| r.owner)
}

/// Sets `cloud.service_model` (creating `cloud`) and prefills the responsibility matrix
/// with [`default_matrix`] of the new model — but only while the user has not edited it:
/// when it is empty or still the default of the previous model. Returns whether the matrix
/// was replaced.
pub fn apply_service_model(d: &mut Declaration, model: ServiceModel) -> bool {
    let cloud = d.cloud.get_or_insert_with(Default::default);
    let previous = cloud.service_model.replace(model);
    let current = d.responsibility.as_ref().map_or(&[][..], |r| &r.matrix[..]);
    let untouched =
        current.is_empty() || previous.is_some_and(|p| current == default_matrix(p).as_slice());
    if untouched {
        d.responsibility.get_or_insert_with(Default::default).matrix = default_matrix(model);
    }
    untouched
}

/// The layers the matrix gives to the customer (or shares) whose required measure category
/// ([`category_for`]) has no measure yet, in [`Layer::ALL`] order — what the form offers to
/// add, and what [`crate::rules::measure_issues`] reports at `measures` (where it is fixed).
pub fn missing_measures_for_matrix(d: &Declaration) -> Vec<(Layer, Category)> {
    let rows = d.responsibility.as_ref().map_or(&[][..], |r| &r.matrix[..]);
    let present: HashSet<Category> = d.measures.iter().filter_map(|m| m.category).collect();
    Layer::ALL
        .iter()
        .filter_map(|&layer| {
            let owner = owner_of(rows, layer)?;
            let category = category_for(layer)?;
            (owner != Owner::Provider && !present.contains(&category)).then_some((layer, category))
        })
        .collect()
}

/// What a layer is, in one line, for the responsibility table.
pub fn explain_layer(layer: Layer) -> Words {
    let (ja, en) = match layer {
        Layer::Facility => (
            "データセンターの建物、電源、空調、入退館",
            "The data centre building, power, cooling and entry",
        ),
        Layer::NetworkInfrastructure => (
            "データセンター内外の物理的な回線と機器",
            "The physical lines and devices in and out of the data centre",
        ),
        Layer::Hardware => (
            "サーバ、ストレージ等の物理機器",
            "Servers, storage and other physical machines",
        ),
        Layer::Virtualization => (
            "仮想マシンを動かす基盤（ハイパーバイザー）",
            "What runs the virtual machines (the hypervisor)",
        ),
        Layer::Os => (
            "サーバのOS（Linux、Windows Server 等）とその修正",
            "The servers' operating system (Linux, Windows Server, …) and its patches",
        ),
        Layer::Middleware => (
            "データベース、Webサーバ等のソフトウェア",
            "Databases, web servers and similar software",
        ),
        Layer::Runtime => (
            "Java、.NET 等のプログラム実行環境",
            "Program runtimes such as Java or .NET",
        ),
        Layer::Application => (
            "国保システムそのもの（画面、処理、帳票）",
            "The NHI system itself: its screens, processing and reports",
        ),
        Layer::Data => (
            "被保険者の情報など、システムが保存するデータ",
            "The data the system keeps, such as the insured's records",
        ),
        Layer::IdentityAccess => (
            "利用者ID、パスワード、権限の管理",
            "User IDs, passwords and permissions",
        ),
        Layer::Endpoints => ("職員が使うパソコン、端末", "The staff's PCs and devices"),
    };
    Words::new(ja, en)
}

/// Who an owner is, in one line.
pub fn explain_owner(owner: Owner) -> Words {
    let (ja, en) = match owner {
        Owner::Provider => (
            "クラウド事業者が管理し、利用者は手を加えない",
            "The provider manages it; you do not touch it",
        ),
        Owner::Customer => (
            "開発者・運用者（当会・再委託先）が設定し、守る",
            "Your developers and operators set it up and secure it",
        ),
        Owner::Shared => (
            "両者で分担する（例：事業者が仕組みを提供し、利用者が設定する）",
            "Both share it (the provider gives the means, you configure it)",
        ),
    };
    Words::new(ja, en)
}

/// The typical split of a layer across the service models: 「IaaS：利用者 ／ PaaS：事業者 ／
/// SaaS：事業者」, from [`default_owner`].
pub fn typical_split(layer: Layer) -> Words {
    let part = |lang: Lang| {
        ServiceModel::ALL
            .iter()
            .map(|&m| {
                let owner = match default_owner(m, layer) {
                    Owner::Provider => lang.pick("事業者", "provider"),
                    Owner::Customer => lang.pick("利用者", "you"),
                    Owner::Shared => lang.pick("共同", "shared"),
                };
                format!("{}{}{owner}", m.label(lang), lang.pick("：", ": "))
            })
            .collect::<Vec<_>>()
            .join(lang.pick(" ／ ", " / "))
    };
    Words::new(part(Lang::Ja), part(Lang::En))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Declaration;

    fn row(layer: Layer, owner: Owner) -> MatrixRow {
        MatrixRow { layer, owner }
    }

    fn owners(model: ServiceModel) -> Vec<Owner> {
        default_matrix(model).into_iter().map(|r| r.owner).collect()
    }

    #[test]
    fn iaas_default_equals_the_compliant_fixture() {
        let d: Declaration =
            serde_json::from_str(include_str!("../../../tests/fixtures/compliant.json")).unwrap();
        let fixture = d.responsibility.unwrap().matrix;
        assert_eq!(default_matrix(ServiceModel::Iaas), fixture);
    }

    #[test]
    fn defaults_have_one_row_per_layer_in_order() {
        for &model in ServiceModel::ALL {
            let m = default_matrix(model);
            assert_eq!(m.len(), Layer::ALL.len());
            let layers: Vec<Layer> = m.iter().map(|r| r.layer).collect();
            assert_eq!(layers, Layer::ALL.to_vec());
            assert!(is_full(&m), "{model:?}");
            assert!(missing_layers(&m).is_empty());
            assert!(duplicate_layers(&m).is_empty());
        }
    }

    #[test]
    fn iaas_defaults() {
        use Owner::*;
        assert_eq!(
            owners(ServiceModel::Iaas),
            [
                Provider, Provider, Provider, Provider, Customer, Customer, Customer, Customer,
                Customer, Shared, Customer
            ]
        );
    }

    #[test]
    fn paas_defaults() {
        use Owner::*;
        assert_eq!(
            owners(ServiceModel::Paas),
            [
                Provider, Provider, Provider, Provider, Provider, Provider, Provider, Customer,
                Customer, Shared, Customer
            ]
        );
    }

    #[test]
    fn saas_defaults() {
        use Owner::*;
        assert_eq!(
            owners(ServiceModel::Saas),
            [
                Provider, Provider, Provider, Provider, Provider, Provider, Provider, Provider,
                Shared, Shared, Customer
            ]
        );
    }

    #[test]
    fn os_and_above() {
        let above: Vec<Layer> = Layer::ALL
            .iter()
            .copied()
            .filter(|&l| layer_is_os_or_above(l))
            .collect();
        assert_eq!(
            above,
            [
                Layer::Os,
                Layer::Middleware,
                Layer::Runtime,
                Layer::Application,
                Layer::Data,
                Layer::IdentityAccess,
                Layer::Endpoints
            ]
        );
        assert!(!layer_is_os_or_above(Layer::Virtualization));
        assert!(!layer_is_os_or_above(Layer::NetworkInfrastructure));
    }

    #[test]
    fn missing_and_duplicates_are_reported_in_layer_order() {
        let mut m = default_matrix(ServiceModel::Iaas);
        m.retain(|r| r.layer != Layer::Data && r.layer != Layer::Facility);
        m.push(row(Layer::Os, Owner::Provider));
        m.insert(0, row(Layer::Endpoints, Owner::Shared));
        m.push(row(Layer::Os, Owner::Shared));
        assert_eq!(missing_layers(&m), [Layer::Facility, Layer::Data]);
        assert_eq!(duplicate_layers(&m), [Layer::Os, Layer::Endpoints]);
        assert!(!is_full(&m));
        // The first row naming a layer decides its owner.
        assert_eq!(owner_of(&m, Layer::Os), Some(Owner::Customer));
        assert_eq!(owner_of(&m, Layer::Endpoints), Some(Owner::Shared));
        assert_eq!(owner_of(&m, Layer::Data), None);
    }

    #[test]
    fn order_does_not_matter_for_fullness() {
        let mut m = default_matrix(ServiceModel::Saas);
        m.reverse();
        assert!(is_full(&m));
        m.pop();
        assert!(!is_full(&m));
        assert_eq!(missing_layers(&m), [Layer::Facility]);
    }

    #[test]
    fn empty_table_misses_everything() {
        assert_eq!(missing_layers(&[]), Layer::ALL.to_vec());
        assert!(duplicate_layers(&[]).is_empty());
        assert!(!is_full(&[]));
    }
}

#[cfg(test)]
mod explain_tests {
    use super::*;

    #[test]
    fn every_layer_and_owner_is_explained_and_the_split_follows_the_defaults() {
        for &l in Layer::ALL {
            let w = explain_layer(l);
            assert!(!w.ja.is_empty() && !w.en.is_empty(), "{l:?}");
        }
        for &o in Owner::ALL {
            assert!(!explain_owner(o).ja.is_empty());
        }
        assert_eq!(
            typical_split(Layer::Os).ja,
            "IaaS：利用者 ／ PaaS：事業者 ／ SaaS：事業者"
        );
        assert_eq!(
            typical_split(Layer::Facility).en,
            "IaaS: provider / PaaS: provider / SaaS: provider"
        );
    }
}

#[cfg(test)]
mod link_tests {
    use super::*;
    use crate::fixtures::{compliant, draft};
    use crate::rules::measure_issues;

    #[test]
    fn service_model_prefills_an_empty_matrix() {
        let mut d = draft();
        assert!(apply_service_model(&mut d, ServiceModel::Iaas));
        assert_eq!(
            d.cloud.as_ref().unwrap().service_model,
            Some(ServiceModel::Iaas)
        );
        assert_eq!(
            compliant().responsibility.unwrap().matrix,
            d.responsibility.unwrap().matrix
        );
    }

    #[test]
    fn service_model_follows_an_untouched_default() {
        let mut d = compliant();
        assert!(apply_service_model(&mut d, ServiceModel::Saas));
        let matrix = |d: &Declaration| d.responsibility.as_ref().unwrap().matrix.clone();
        assert_eq!(matrix(&d), default_matrix(ServiceModel::Saas));
        assert!(apply_service_model(&mut d, ServiceModel::Paas));
        assert_eq!(matrix(&d), default_matrix(ServiceModel::Paas));
    }

    #[test]
    fn service_model_keeps_the_users_edits() {
        let mut d = compliant();
        d.responsibility.as_mut().unwrap().matrix[9].owner = Owner::Customer;
        let edited = d.responsibility.as_ref().unwrap().matrix.clone();
        assert!(!apply_service_model(&mut d, ServiceModel::Saas));
        assert_eq!(
            d.cloud.as_ref().unwrap().service_model,
            Some(ServiceModel::Saas)
        );
        assert_eq!(d.responsibility.as_ref().unwrap().matrix, edited);
        // A full default table without a model it came from is the user's too.
        let mut d = compliant();
        d.cloud.as_mut().unwrap().service_model = None;
        assert!(!apply_service_model(&mut d, ServiceModel::Saas));
        assert_eq!(
            d.responsibility.unwrap().matrix,
            default_matrix(ServiceModel::Iaas)
        );
    }

    #[test]
    fn missing_measures_follow_the_matrix() {
        assert!(missing_measures_for_matrix(&compliant()).is_empty());
        assert!(missing_measures_for_matrix(&draft()).is_empty());
        let mut d = compliant();
        d.measures.clear();
        assert_eq!(
            missing_measures_for_matrix(&d),
            [
                (Layer::Os, Category::OsMiddlewareVulnerability),
                (Layer::Middleware, Category::OsMiddlewareVulnerability),
                (Layer::Runtime, Category::Application),
                (Layer::Application, Category::Application),
                (Layer::Data, Category::Encryption),
                (Layer::IdentityAccess, Category::AccessControl),
            ]
        );
    }

    #[test]
    fn missing_measures_agree_with_the_rules() {
        let mut d = compliant();
        d.measures
            .retain(|m| m.category != Some(Category::AccessControl));
        let rows = &mut d.responsibility.as_mut().unwrap().matrix;
        rows[1].owner = Owner::Shared; // network_infrastructure needs a network measure
        rows[8].owner = Owner::Provider; // data no longer needs encryption
        let missing = missing_measures_for_matrix(&d);
        assert_eq!(missing, [(Layer::IdentityAccess, Category::AccessControl)]);
        let at_matrix = measure_issues(&d)
            .into_iter()
            .filter(|i| i.path == "measures" && i.text.ja.starts_with("責任分担表"))
            .count();
        assert_eq!(at_matrix, missing.len());
        d.measures.clear();
        d.responsibility.as_mut().unwrap().matrix = vec![MatrixRow {
            layer: Layer::NetworkInfrastructure,
            owner: Owner::Customer,
        }];
        assert_eq!(
            missing_measures_for_matrix(&d),
            [(Layer::NetworkInfrastructure, Category::Network)]
        );
    }
}
