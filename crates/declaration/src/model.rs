//! The exchange format of spec §2 as serde types.
//!
//! Every answer is optional so that an incomplete draft can be held, saved and exported;
//! whether it is *complete* is computed by [`crate::rules`], never stored. Keys are exactly
//! the spec's (snake_case). Absent values stay absent on export (`skip_serializing_if`), and
//! an empty string stays an empty string, so a file survives import-then-export unchanged.
//! Dates are kept as the text the user gave (`YYYY-MM-DD` when valid) and checked by the
//! rules, so a half-typed date never makes a draft unreadable.

use serde::{Deserialize, Serialize};

/// The constant value of the `format` key.
pub const FORMAT: &str = "cloud-subcontract-declaration";
/// The newest `schema_version` this crate reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub enum $name {
            $(#[serde(rename = $text)] $variant,)+
        }
        impl $name {
            /// Every value, in the order of the specification.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];
            /// The value as written in the exchange format.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)+ }
            }
            /// Parses the exchange-format text of a value.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

string_enum!(
    /// ②取扱者数: the number of people who handle the data.
    HandlerCount {
        Under10 = "under_10",
        From10To49 = "10_to_49",
        From50To99 = "50_to_99",
        From100To499 = "100_to_499",
        From500To999 = "500_to_999",
        Over1000 = "1000_or_more",
    }
);

string_enum!(
    /// サービス形態.
    ServiceModel { Iaas = "iaas", Paas = "paas", Saas = "saas" }
);

string_enum!(
    /// Which ISMAP list the service is on.
    IsmapList { Ismap = "ismap", IsmapLiu = "ismap_liu" }
);

string_enum!(
    /// What a storage region is used for.
    RegionPurpose { Primary = "primary", Backup = "backup", Dr = "dr" }
);

string_enum!(
    /// How the provider's security controls were verified.
    VerificationMethod {
        IsmapAudit = "ismap_audit",
        ThirdPartyAudit = "third_party_audit",
        ProviderReport = "provider_report",
        Other = "other",
    }
);

string_enum!(
    /// A layer of the shared-responsibility model, from the facility up.
    Layer {
        Facility = "facility",
        NetworkInfrastructure = "network_infrastructure",
        Hardware = "hardware",
        Virtualization = "virtualization",
        Os = "os",
        Middleware = "middleware",
        Runtime = "runtime",
        Application = "application",
        Data = "data",
        IdentityAccess = "identity_access",
        Endpoints = "endpoints",
    }
);

string_enum!(
    /// Who is responsible for a layer.
    Owner { Provider = "provider", Customer = "customer", Shared = "shared" }
);

string_enum!(
    /// The kind of a security measure.
    Category {
        OsMiddlewareVulnerability = "os_middleware_vulnerability",
        Network = "network",
        Application = "application",
        Encryption = "encryption",
        AccessControl = "access_control",
        LoggingMonitoring = "logging_monitoring",
        BackupRecovery = "backup_recovery",
        IncidentResponse = "incident_response",
        DataDisposal = "data_disposal",
        Other = "other",
    }
);

string_enum!(
    /// 構築 / 運用.
    Phase { Construction = "construction", Operation = "operation", Both = "both" }
);

string_enum!(
    /// 実施状況.
    MeasureStatus { Implemented = "implemented", Planned = "planned", NotApplicable = "not_applicable" }
);

string_enum!(
    /// Minimum TLS version in transit.
    TlsVersion { Tls12 = "1.2", Tls13 = "1.3" }
);

/// One declaration: the whole exchange format.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Declaration {
    pub format: String,
    pub schema_version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generator: Option<Generator>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrity: Option<Integrity>,
    #[serde(default)]
    pub basic: Basic,
    /// 宛先: the municipalities a federation's draft is sent to (`addressees.md`). Only in
    /// a draft (and its working file); each file sent carries one addressee's answers in
    /// `basic` instead ([`crate::addressees::file_for`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addressees: Vec<Addressee>,
    #[serde(default)]
    pub entrustment: Entrustment,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subcontractors: Vec<Subcontractor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud: Option<Cloud>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsibility: Option<Responsibility>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<Measure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attestation: Option<Attestation>,
}

impl Declaration {
    /// A new, empty declaration of the current format and version.
    pub fn new() -> Self {
        Declaration {
            format: FORMAT.to_string(),
            schema_version: SCHEMA_VERSION,
            ..Default::default()
        }
    }

    /// Whether the answers say the work is re-subcontracted (`None` while unanswered).
    pub fn resubcontracts(&self) -> Option<bool> {
        self.entrustment.resubcontract
    }

    /// Whether the answers say the system sits in a cloud (`None` while unanswered).
    pub fn uses_cloud(&self) -> Option<bool> {
        self.entrustment.uses_cloud
    }
}

/// The app that wrote the file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Generator {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub version: String,
}

/// The SHA-256 of the canonical form (spec §7).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Integrity {
    #[serde(default)]
    pub sha256: String,
}

/// 基本情報.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Basic {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pi_file: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_number: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declaration_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declarant: Option<Declarant>,
}

/// The most addressees (宛先) a draft may hold: the largest federation, Hokkaido's, serves 179
/// municipalities (`addressees.md`). Also a limit of the import.
pub const MAX_ADDRESSEES: usize = 200;

/// One municipality a federation's declaration is sent to (宛先): the answers of `basic`
/// each municipality's PIA words its own way, and the id of the file it receives.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Addressee {
    /// The id of this addressee's file: kept across exports, so a city's versions link up
    /// and its review files find their way back.
    #[serde(default)]
    pub id: String,
    /// 地方公共団体名 (`basic.municipality` of its file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    /// 団体コード, optional: six digits, the last a check digit ([`crate::addressees::code`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality_code: Option<String>,
    /// 評価書名 (`basic.assessment_title`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment_title: Option<String>,
    /// 特定個人情報ファイル名 (`basic.pi_file`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pi_file: Option<String>,
    /// 委託事項の番号 (`basic.item_number`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_number: Option<i64>,
    /// 宛名, optional: 「伊賀市長 様」, printed on the 書面.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
}

/// 申告者.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Declarant {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// 委託の概要 (委託事項 ①–⑥).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Entrustment {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handler_count: Option<HandlerCount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contractor: Option<Contractor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resubcontract: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resubcontracted_work: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_information: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uses_cloud: Option<bool>,
}

/// ③委託先.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Contractor {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// 法人番号 (13 digits), optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corporate_number: Option<String>,
}

/// The `parent` value meaning "the contractor itself".
pub const CONTRACTOR_PARENT: &str = "contractor";

/// 再委託先: one node of the subcontracting tree.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Subcontractor {
    #[serde(default)]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// 法人番号 (13 digits), optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corporate_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_scope: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pi_scope: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capability: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inspection: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supervision: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidentiality: Option<Confidentiality>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety_measures: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handler_count: Option<HandlerCount>,
}

/// 秘密保持契約.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Confidentiality {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concluded: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// クラウドサービス.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Cloud {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_model: Option<ServiceModel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certifications: Option<Certifications>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ismap: Option<Ismap>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_location: Option<DataLocation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_policy: Option<BasicPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub controls_verification: Option<ControlsVerification>,
}

/// The three certifications of C1 and C2.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Certifications {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iso27017: Option<Certificate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cs_gold_mark: Option<Certificate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iso27018: Option<Certificate>,
}

/// One certification. ISO certificates carry `certificate_number` and `certifier`; the CS
/// Mark carries `registration_number`. [`Certificate::number`] reads whichever is given.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Certificate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub held: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<String>,
}

impl Certificate {
    /// The certificate or registration number, whichever is given and not blank.
    pub fn number(&self) -> Option<&str> {
        [&self.certificate_number, &self.registration_number]
            .into_iter()
            .filter_map(|n| n.as_deref())
            .map(str::trim)
            .find(|n| !n.is_empty())
    }
}

/// ISMAPクラウドサービスリスト.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Ismap {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listed: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<IsmapList>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listed_service_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<String>,
}

/// Where the data is kept.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DataLocation {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<Region>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_guarantees_domestic: Option<bool>,
}

/// 保管場所.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Region {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<RegionPurpose>,
}

/// 政府情報システムにおけるクラウドサービスの利用に係る基本方針.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct BasicPolicy {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub governing_law_japan: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction_japan: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// 管理策の確認.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ControlsVerification {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<VerificationMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// 責任共有モデル.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Responsibility {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_document: Option<ModelDocument>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub understood: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub matrix: Vec<MatrixRow>,
}

/// The provider's document describing its model.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ModelDocument {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_or_date: Option<String>,
}

/// One row of the responsibility matrix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MatrixRow {
    pub layer: Layer,
    pub owner: Owner,
}

/// セキュリティ対策: one measure.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Measure {
    #[serde(default)]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<Phase>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<MeasureStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_rest: Option<AtRest>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_transit: Option<InTransit>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_management: Option<String>,
}

/// Encryption at rest.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AtRest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

/// Encryption in transit.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct InTransit {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_tls: Option<TlsVersion>,
}

/// 確認・誓約.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Attestation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truthful: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub will_report_changes: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_round_trip_their_text() {
        for l in Layer::ALL {
            assert_eq!(Layer::parse(l.as_str()), Some(*l));
        }
        assert_eq!(HandlerCount::ALL.len(), 6);
        assert_eq!(Category::ALL.len(), 10);
        assert_eq!(TlsVersion::parse("1.3"), Some(TlsVersion::Tls13));
        assert_eq!(ServiceModel::parse("IaaS"), None);
    }

    #[test]
    fn certificate_number_reads_either_key() {
        let c = Certificate {
            registration_number: Some(" CS-1 ".into()),
            ..Default::default()
        };
        assert_eq!(c.number(), Some("CS-1"));
        let blank = Certificate {
            certificate_number: Some("  ".into()),
            ..Default::default()
        };
        assert_eq!(blank.number(), None);
    }
}
