//! The visible words of enum values ([`Labelled`]) and the options of a choice ([`choices`]).

use super::key_of;
use super::types::Lang;
use crate::model::*;

/// The visible words of an enum value.
pub trait Labelled: Copy {
    fn label(self, lang: Lang) -> &'static str;
}

macro_rules! labels {
    ($ty:ty { $($variant:ident => $ja:literal, $en:literal;)+ }) => {
        impl Labelled for $ty {
            fn label(self, lang: Lang) -> &'static str {
                match self { $(<$ty>::$variant => lang.pick($ja, $en),)+ }
            }
        }
    };
}

labels!(HandlerCount {
    Under10 => "10人未満", "Fewer than 10";
    From10To49 => "10人以上50人未満", "10 to 49";
    From50To99 => "50人以上100人未満", "50 to 99";
    From100To499 => "100人以上500人未満", "100 to 499";
    From500To999 => "500人以上1,000人未満", "500 to 999";
    Over1000 => "1,000人以上", "1,000 or more";
});

labels!(ServiceModel {
    Iaas => "IaaS", "IaaS";
    Paas => "PaaS", "PaaS";
    Saas => "SaaS", "SaaS";
});

labels!(IsmapList {
    Ismap => "ISMAP", "ISMAP";
    IsmapLiu => "ISMAP-LIU", "ISMAP-LIU";
});

labels!(RegionPurpose {
    Primary => "主たる保管場所", "Primary";
    Backup => "バックアップ", "Backup";
    Dr => "災害対策(DR)", "Disaster recovery";
});

labels!(VerificationMethod {
    IsmapAudit => "ISMAPの監査結果", "ISMAP audit results";
    ThirdPartyAudit => "第三者監査報告書", "Third-party audit report";
    ProviderReport => "クラウド事業者の報告書", "The provider's own report";
    Other => "その他", "Other";
});

labels!(Layer {
    Facility => "施設", "Facility";
    NetworkInfrastructure => "ネットワーク基盤", "Network infrastructure";
    Hardware => "ハードウェア", "Hardware";
    Virtualization => "仮想化基盤", "Virtualisation";
    Os => "OS", "OS";
    Middleware => "ミドルウェア", "Middleware";
    Runtime => "ランタイム", "Runtime";
    Application => "アプリケーション", "Application";
    Data => "データ", "Data";
    IdentityAccess => "ID・アクセス管理", "Identity and access";
    Endpoints => "端末", "Endpoints";
});

labels!(Owner {
    Provider => "クラウド事業者", "Cloud provider";
    Customer => "利用者(開発者・運用者)", "Customer (developers and operators)";
    Shared => "共同", "Shared";
});

labels!(Category {
    OsMiddlewareVulnerability => "OS・ミドルウェアの脆弱性対応", "OS and middleware vulnerabilities";
    Network => "ネットワーク設定", "Network settings";
    Application => "アプリケーション対応", "Application";
    Encryption => "データ暗号化", "Data encryption";
    AccessControl => "アクセス制御", "Access control";
    LoggingMonitoring => "ログ・監視", "Logging and monitoring";
    BackupRecovery => "バックアップ・復旧", "Backup and recovery";
    IncidentResponse => "インシデント対応", "Incident response";
    DataDisposal => "データ消去", "Data disposal";
    Other => "その他", "Other";
});

labels!(Phase {
    Construction => "構築", "Construction";
    Operation => "運用", "Operation";
    Both => "構築・運用", "Construction and operation";
});

labels!(MeasureStatus {
    Implemented => "実施済み", "Implemented";
    Planned => "実施予定", "Planned";
    NotApplicable => "対象外", "Not applicable";
});

labels!(TlsVersion {
    Tls12 => "TLS 1.2 以上", "TLS 1.2 or later";
    Tls13 => "TLS 1.3 以上", "TLS 1.3 or later";
});

/// One option of a choice: its value in the exchange format and its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    pub ja: &'static str,
    pub en: &'static str,
}

fn choices_of<T: Labelled>(all: &[T], value: impl Fn(T) -> &'static str) -> Vec<Choice> {
    all.iter()
        .map(|&v| Choice {
            value: value(v),
            ja: v.label(Lang::Ja),
            en: v.label(Lang::En),
        })
        .collect()
}

/// The options of a [`Control::Choice`] field, in order; `None` for other fields and for
/// `subcontractors[].parent`, whose options come from the tree.
pub fn choices(path: &str) -> Option<Vec<Choice>> {
    let key = key_of(path);
    Some(match key.as_str() {
        "entrustment.handler_count" | "subcontractors[].handler_count" => {
            choices_of(HandlerCount::ALL, HandlerCount::as_str)
        }
        "cloud.service_model" => choices_of(ServiceModel::ALL, ServiceModel::as_str),
        "cloud.ismap.list" => choices_of(IsmapList::ALL, IsmapList::as_str),
        "cloud.data_location.regions[].purpose" => {
            choices_of(RegionPurpose::ALL, RegionPurpose::as_str)
        }
        "cloud.controls_verification.method" => {
            choices_of(VerificationMethod::ALL, VerificationMethod::as_str)
        }
        "responsibility.matrix[].owner" => choices_of(Owner::ALL, Owner::as_str),
        "measures[].category" => choices_of(Category::ALL, Category::as_str),
        "measures[].phase" => choices_of(Phase::ALL, Phase::as_str),
        "measures[].status" => choices_of(MeasureStatus::ALL, MeasureStatus::as_str),
        "measures[].in_transit.min_tls" => choices_of(TlsVersion::ALL, TlsVersion::as_str),
        _ => return None,
    })
}

#[cfg(test)]
mod choice_tests {
    use super::*;
    use crate::fields::{Control, FIELDS};

    #[test]
    fn every_choice_field_has_options_and_values_parse() {
        assert!(choices(crate::fields::key::SUBCONTRACTORS_PARENT.key).is_none());
        for f in FIELDS.iter().filter(|f| f.control == Control::Choice) {
            let options = choices(f.key).unwrap_or_else(|| panic!("{} has no options", f.key));
            assert!(!options.is_empty());
        }
        let status = choices("measures[3].status").unwrap();
        assert_eq!(status[1].value, "planned");
        assert_eq!(status[1].ja, "実施予定");
        assert!(choices("basic.municipality").is_none());
    }
}
