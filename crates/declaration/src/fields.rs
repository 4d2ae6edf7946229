//! The field registry: the one place that says, for every answer of the declaration, its
//! visible label in Japanese and English (spec §6), a short hint, the section it belongs to,
//! the kind of control that asks it and whether it is required.
//!
//! Labels of enum values (spec §6 "Enum words") live here too, through [`Labelled`]. The
//! form, the error messages, the review page, the printed document and the change list all
//! read these words; none of them keeps its own copy.

use crate::model::*;

/// The two languages of the product. Japanese is the primary one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    /// Picks the text of this language.
    pub fn pick<'a>(self, ja: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Ja => ja,
            Lang::En => en,
        }
    }
}

/// The sections of the form, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    Basic,
    Entrustment,
    Subcontractors,
    Cloud,
    Responsibility,
    Measures,
    Attestation,
}

impl Section {
    /// Every section, in the order the form asks them.
    pub const ALL: [Section; 7] = [
        Section::Basic,
        Section::Entrustment,
        Section::Subcontractors,
        Section::Cloud,
        Section::Responsibility,
        Section::Measures,
        Section::Attestation,
    ];

    /// The section's title.
    pub fn title(self, lang: Lang) -> &'static str {
        let (ja, en) = match self {
            Section::Basic => ("基本情報", "Basic information"),
            Section::Entrustment => ("委託の概要", "The entrustment"),
            Section::Subcontractors => ("再委託先", "Subcontractors"),
            Section::Cloud => ("クラウドサービス", "Cloud service"),
            Section::Responsibility => ("責任共有モデル", "Shared responsibility"),
            Section::Measures => ("セキュリティ対策", "Security measures"),
            Section::Attestation => ("確認・誓約", "Attestation"),
        };
        lang.pick(ja, en)
    }

    /// The answer this section follows: 再委託先 is asked when the work is re-subcontracted,
    /// the three cloud sections when the system sits in a cloud ([`crate::answers::section_asking`]).
    pub fn when(self) -> When {
        match self {
            Section::Subcontractors => IF_RESUBCONTRACT,
            Section::Cloud | Section::Responsibility | Section::Measures => {
                When::Yes("entrustment.uses_cloud")
            }
            Section::Basic | Section::Entrustment | Section::Attestation => When::Always,
        }
    }

    /// The first segment of the paths that belong to this section.
    pub fn key(self) -> &'static str {
        match self {
            Section::Basic => "basic",
            Section::Entrustment => "entrustment",
            Section::Subcontractors => "subcontractors",
            Section::Cloud => "cloud",
            Section::Responsibility => "responsibility",
            Section::Measures => "measures",
            Section::Attestation => "attestation",
        }
    }
}

/// The kind of control that asks an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    /// One line of text (≤ 200 characters).
    Text,
    /// Several lines of text (≤ 4000 characters).
    TextArea,
    Email,
    Tel,
    PostalCode,
    Url,
    /// An identifier written in ASCII (a certificate or registration number): typed in full
    /// width or half, stored half-width.
    Code,
    Number,
    Date,
    /// A choice among the values of an enum.
    Choice,
    /// Yes or no, asked as two radio buttons.
    YesNo,
    /// One checkbox (an affirmation).
    Check,
    /// A group of repeated entries.
    Group,
}

impl Control {
    /// The longest text this control accepts, in characters (spec §3 text limits).
    pub fn max_chars(self) -> usize {
        match self {
            Control::TextArea => 4000,
            _ => 200,
        }
    }
}

/// Whether an answer must be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Required,
    Optional,
    /// Required only in some cases, which the rules and the hint say.
    Conditional,
}

/// When a field is asked, beyond its section applying: the answer it follows. Keys are
/// registry keys; a `[]` in them stands for the same entry as the asked path's
/// (`subcontractors[2].confidentiality.date` follows `subcontractors[2].confidentiality.concluded`).
/// [`crate::answers::asking`] reads these; the form, the rules, the review page, the
/// printed document and the export all ask it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Whenever its section applies.
    Always,
    /// When the yes/no at this key is yes.
    Yes(&'static str),
    /// When the choice at this key has this value.
    Is(&'static str, &'static str),
}

/// One entry of the registry. Its words (label and hint, in both languages) are in a table
/// of their own, read through [`Field::label`] and [`Field::hint`]: code that reads only the
/// registry's structure (which section, which control, when it is asked) does not carry the
/// words of every field, and the app's first download is that much smaller.
#[derive(Debug, PartialEq, Eq)]
pub struct Field {
    /// The path with indices removed, as in spec §6: `subcontractors[].name`.
    pub key: &'static str,
    pub section: Section,
    pub control: Control,
    pub need: Need,
    /// The answer this field follows ([`When::Always`] for most).
    pub when: When,
    /// Its place in [`FIELDS`], and so in the table of words.
    words: u16,
}

/// The words of one field.
struct FieldWords {
    ja: &'static str,
    en: &'static str,
    hint_ja: &'static str,
    hint_en: &'static str,
}

impl Field {
    fn words(&self) -> &'static FieldWords {
        &WORDS[self.words as usize]
    }

    /// The visible label.
    pub fn label(&self, lang: Lang) -> &'static str {
        lang.pick(self.words().ja, self.words().en)
    }

    /// The hint shown before the control (empty when there is none).
    pub fn hint(&self, lang: Lang) -> &'static str {
        lang.pick(self.words().hint_ja, self.words().hint_en)
    }

    /// Whether the field has a hint.
    pub fn has_hint(&self) -> bool {
        !self.words().hint_ja.is_empty() || !self.words().hint_en.is_empty()
    }
}

/// The place of `key` in `keys` (worked out when compiling: [`FIELDS`] is a static).
const fn position(keys: &[&str], key: &str) -> u16 {
    let mut i = 0;
    while i < keys.len() {
        let (a, b) = (keys[i].as_bytes(), key.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return i as u16;
            }
        }
        i += 1;
    }
    panic!("a key of the registry")
}

macro_rules! fields {
    (@when) => { When::Always };
    (@when $when:expr) => { $when };
    ($( $key:literal, $sec:ident, $ja:expr, $en:expr, $control:ident, $need:ident, $hja:expr, $hen:expr $(, if $when:expr)?; )+) => {
        const KEYS: &[&str] = &[$( $key ),+];

        /// The words of every field, in [`FIELDS`] order.
        static WORDS: &[FieldWords] = &[
            $( FieldWords { ja: $ja, en: $en, hint_ja: $hja, hint_en: $hen }, )+
        ];

        /// Every field, in the order the form asks them.
        pub static FIELDS: &[Field] = &[
            $( Field { key: $key, section: Section::$sec, control: Control::$control,
                       need: Need::$need, when: fields!(@when $($when)?),
                       words: position(KEYS, $key) }, )+
        ];
    };
}

/// The labels (Japanese, English) of the two questions whether a section is asked hangs on,
/// apart from the table of words: the task list names them ([`crate::progress::why_not_applicable`])
/// without carrying the words of every field.
pub const RESUBCONTRACT: (&str, &str) = ("再委託の有無", "Re-subcontracting");
pub const USES_CLOUD: (&str, &str) = (
    "クラウド事業者の環境への設置",
    "Placed in a cloud provider's environment",
);

const IF_RESUBCONTRACT: When = When::Yes("entrustment.resubcontract");
const IF_ISO27017: When = When::Yes("cloud.certifications.iso27017.held");
const IF_CS_GOLD: When = When::Yes("cloud.certifications.cs_gold_mark.held");
const IF_ISO27018: When = When::Yes("cloud.certifications.iso27018.held");
const IF_LISTED: When = When::Yes("cloud.ismap.listed");
const IF_ENCRYPTION: When = When::Is("measures[].category", "encryption");

const CODE_HINT_JA: &str = "証明書に記載の番号（半角・全角どちらでも入力できます）。";
const CODE_HINT_EN: &str =
    "As printed on the certificate (full-width letters and digits are fine).";
const PHONE_HINT_JA: &str = "0から始まる10桁又は11桁。ハイフンは有っても無くても構いません。半角・全角どちらでも入力できます。";
const PHONE_HINT_EN: &str =
    "10 or 11 digits starting with 0, with or without hyphens. Full-width digits are fine.";

fields! {
    "basic.municipality", Basic, "委託元の地方公共団体名", "Commissioning municipality", Text, Required,
        "例：○○市", "For example: ○○ City";
    "basic.assessment_title", Basic, "評価書名", "Assessment title", Text, Required,
        "例：国民健康保険に関する事務 全項目評価書", "For example: the full assessment of the National Health Insurance affairs";
    "basic.pi_file", Basic, "特定個人情報ファイル名", "Specific personal information file", Text, Required,
        "例：国民健康保険（賦課、資格、給付）情報ファイル", "For example: National Health Insurance (levy, eligibility, benefits) file";
    "basic.system_name", Basic, "対象システム名", "System name", Text, Required,
        "例：国保総合(国保集約)システム", "For example: the NHI integrated system";
    "basic.item_number", Basic, "委託事項の番号", "Entrustment item number", Number, Required,
        "評価書の「委託事項」の番号（1以上の整数）。", "The number of the entrustment item in the assessment (a whole number, 1 or more).";
    "basic.declaration_date", Basic, "申告日", "Declaration date", Date, Required,
        "証明書等の有効期限はこの日付で判定します。", "Certificates and listings are checked as of this date.";
    "basic.declarant.organization", Basic, "申告者の組織名", "Declarant organisation", Text, Required, "", "";
    "basic.declarant.department", Basic, "部署名", "Department", Text, Optional, "", "";
    "basic.declarant.name", Basic, "申告者氏名", "Declarant name", Text, Required, "", "";
    "basic.declarant.title", Basic, "役職", "Title", Text, Optional, "", "";
    "basic.declarant.email", Basic, "メールアドレス", "Email address", Email, Required,
        "例：yamada@example.jp（半角・全角どちらでも入力できます）", "For example: yamada@example.jp (full-width letters are fine)";
    "basic.declarant.phone", Basic, "電話番号", "Phone number", Tel, Required, PHONE_HINT_JA, PHONE_HINT_EN;
    "entrustment.content", Entrustment, "委託内容", "Entrusted work", TextArea, Required,
        "評価書の①委託内容（2000文字以内）。", "Item ① of the assessment (2000 characters at most).";
    "entrustment.handler_count", Entrustment, "委託先における取扱者数", "Number of handlers at the contractor", Choice, Required, "", "";
    "entrustment.contractor.name", Entrustment, "委託先名", "Contractor name", Text, Required, "", "";
    "entrustment.contractor.address", Entrustment, "委託先の住所", "Contractor address", Text, Required, "", "";
    "entrustment.contractor.postal_code", Entrustment, "郵便番号", "Postal code", PostalCode, Optional,
        "例：514-0003（半角・全角どちらでも入力できます）", "For example: 514-0003 (full-width digits are fine)";
    "entrustment.resubcontract", Entrustment, RESUBCONTRACT.0, RESUBCONTRACT.1, YesNo, Required,
        "委託先が業務の全部又は一部を他の事業者に再委託するかどうか。", "Whether the contractor passes all or part of the work on to another company.";
    "entrustment.resubcontracted_work", Entrustment, "再委託事項", "Re-subcontracted work", TextArea, Conditional,
        "再委託する場合に記入します。", "Required when the work is re-subcontracted.", if IF_RESUBCONTRACT;
    "entrustment.other_information", Entrustment, "その他当市が求める情報", "Other information requested by the city", TextArea, Optional, "", "";
    "entrustment.uses_cloud", Entrustment, USES_CLOUD.0, USES_CLOUD.1, YesNo, Required,
        "システムをクラウド事業者が保有・管理する環境に設置するかどうか。", "Whether the system sits in an environment owned and managed by a cloud provider.";
    "subcontractors", Subcontractors, "再委託先", "Subcontractors", Group, Conditional,
        "再委託する場合、再々委託先を含め全ての再委託先を記入します。", "When the work is re-subcontracted, list every subcontractor down the chain.";
    "subcontractors[].parent", Subcontractors, "委託元(監督する者)", "Commissioned and supervised by", Choice, Required,
        "この再委託先に委託し、監督する者。履行体制図はこれから作られます。", "Who commissions and supervises this subcontractor. The structure diagram is drawn from this.";
    "subcontractors[].name", Subcontractors, "商号又は名称", "Trade name", Text, Required, "", "";
    "subcontractors[].address", Subcontractors, "住所", "Address", Text, Required, "", "";
    "subcontractors[].postal_code", Subcontractors, "郵便番号", "Postal code", PostalCode, Optional,
        "例：100-0014（半角・全角どちらでも入力できます）", "For example: 100-0014 (full-width digits are fine)";
    "subcontractors[].reason", Subcontractors, "再委託する理由", "Reason for re-subcontracting", TextArea, Required, "", "";
    "subcontractors[].work_scope", Subcontractors, "再委託する業務の範囲", "Scope of the work", TextArea, Required, "", "";
    "subcontractors[].pi_scope", Subcontractors, "取り扱う特定個人情報の範囲", "Scope of the specific personal information handled", TextArea, Required, "", "";
    "subcontractors[].capability", Subcontractors, "業務の履行能力", "Capability to perform the work", TextArea, Required,
        "ISMS・プライバシーマーク等の認証、同種業務の実績など。", "Certifications such as ISMS or PrivacyMark, and track record.";
    "subcontractors[].inspection", Subcontractors, "立ち入り調査に係る要件", "On-site inspection requirements", TextArea, Required, "", "";
    "subcontractors[].supervision", Subcontractors, "監督体制", "Supervision", TextArea, Required,
        "委託元がこの再委託先をどのように監督するか。", "How the one above supervises this subcontractor.";
    "subcontractors[].confidentiality.concluded", Subcontractors, "秘密保持契約の締結", "Confidentiality agreement concluded", YesNo, Required, "", "";
    "subcontractors[].confidentiality.date", Subcontractors, "締結日", "Date concluded", Date, Conditional,
        "締結した場合に記入します。", "Required when the agreement is concluded.", if When::Yes("subcontractors[].confidentiality.concluded");
    "subcontractors[].safety_measures", Subcontractors, "安全管理措置", "Safety management measures", TextArea, Required, "", "";
    "subcontractors[].handler_count", Subcontractors, "取扱者数", "Number of handlers", Choice, Optional, "", "";
    "cloud.provider", Cloud, "クラウド事業者名", "Cloud provider", Text, Required,
        "クラウドサービスを提供する事業者（例：アマゾン ウェブ サービス ジャパン合同会社）。その上でシステムを運用する再委託先ではありません。",
        "The company that provides the cloud service (for example, Amazon Web Services Japan G.K.), not the subcontractor that runs the system on it.";
    "cloud.service", Cloud, "クラウドサービス名", "Cloud service", Text, Required, "", "";
    "cloud.service_model", Cloud, "サービス形態", "Service model", Choice, Required,
        "責任共有モデルの初期値はこの形態から決まります。", "The shared-responsibility table starts from this model.";
    "cloud.certifications.iso27017.held", Cloud, "ISO/IEC 27017 認証", "ISO/IEC 27017 certification", YesNo, Required,
        "クラウドサービスの情報セキュリティ管理策の国際規格。", "The international standard for cloud service security controls.";
    "cloud.certifications.iso27017.certificate_number", Cloud, "認証番号", "Certificate number", Code, Conditional, CODE_HINT_JA, CODE_HINT_EN, if IF_ISO27017;
    "cloud.certifications.iso27017.certifier", Cloud, "認証機関", "Certification body", Text, Optional, "", "", if IF_ISO27017;
    "cloud.certifications.iso27017.valid_until", Cloud, "有効期限", "Valid until", Date, Conditional, "", "", if IF_ISO27017;
    "cloud.certifications.cs_gold_mark.held", Cloud, "CSゴールドマーク", "CS Mark Gold", YesNo, Required,
        "日本セキュリティ監査協会のクラウドセキュリティ推進制度。ISO/IEC 27017 の代わりになります。", "JASA's cloud security mark; it stands in for ISO/IEC 27017.";
    "cloud.certifications.cs_gold_mark.registration_number", Cloud, "登録番号", "Registration number", Code, Conditional, CODE_HINT_JA, CODE_HINT_EN, if IF_CS_GOLD;
    "cloud.certifications.cs_gold_mark.valid_until", Cloud, "有効期限", "Valid until", Date, Conditional, "", "", if IF_CS_GOLD;
    "cloud.certifications.iso27018.held", Cloud, "ISO/IEC 27018 認証", "ISO/IEC 27018 certification", YesNo, Required,
        "パブリッククラウドにおける個人情報保護の国際規格。", "The international standard for protecting personal data in public clouds.";
    "cloud.certifications.iso27018.certificate_number", Cloud, "認証番号", "Certificate number", Code, Conditional, CODE_HINT_JA, CODE_HINT_EN, if IF_ISO27018;
    "cloud.certifications.iso27018.certifier", Cloud, "認証機関", "Certification body", Text, Optional, "", "", if IF_ISO27018;
    "cloud.certifications.iso27018.valid_until", Cloud, "有効期限", "Valid until", Date, Conditional, "", "", if IF_ISO27018;
    "cloud.ismap.listed", Cloud, "ISMAPクラウドサービスリストへの掲載", "Listed on the ISMAP cloud service list", YesNo, Required,
        "ISMAP（政府情報システムのためのセキュリティ評価制度）で評価・登録されたサービスの一覧。", "ISMAP is the government's security assessment programme for cloud services; the list names the services it registered.";
    "cloud.ismap.list", Cloud, "掲載リスト (ISMAP / ISMAP-LIU)", "List (ISMAP / ISMAP-LIU)", Choice, Optional,
        "ISMAP-LIU は影響度の低い SaaS 向けのリストです。", "ISMAP-LIU is the list for low-impact SaaS.", if IF_LISTED;
    "cloud.ismap.registration_number", Cloud, "ISMAP登録番号", "ISMAP registration number", Code, Conditional, "例：C21-0001-1（半角・全角どちらでも入力できます）", "For example: C21-0001-1 (full-width letters and digits are fine)", if IF_LISTED;
    "cloud.ismap.listed_service_name", Cloud, "登録されているサービス名", "Service name as listed", Text, Optional, "", "", if IF_LISTED;
    "cloud.ismap.valid_until", Cloud, "有効期限", "Valid until", Date, Optional,
        "登録の有効期限（原則として監査対象期間の終了から1年4か月）。", "When the listing lapses (in principle 1 year 4 months after the audited period).", if IF_LISTED;
    "cloud.data_location.regions", Cloud, "保管場所", "Storage locations", Group, Conditional,
        "主たる保管場所、バックアップ、災害対策の全ての保管場所を記入します。", "List every place data is kept: primary, backup and disaster recovery.";
    "cloud.data_location.regions[].name", Cloud, "保管場所(リージョン)", "Storage location (region)", Text, Required, "", "";
    "cloud.data_location.regions[].country", Cloud, "国", "Country", Text, Required,
        "国名（日本、シンガポールなど）を選ぶか入力します。英字2文字の国コード（日本は JP）でも構いません。", "Choose or type the country's name (Japan, Singapore, …), or its two-letter code (Japan is JP).";
    "cloud.data_location.regions[].purpose", Cloud, "用途", "Purpose", Choice, Required, "", "";
    "cloud.data_location.contract_guarantees_domestic", Cloud, "日本国内でのデータ保管が契約上の条件となっている", "The contract requires data to be kept in Japan", YesNo, Required, "", "";
    "cloud.basic_policy.governing_law_japan", Cloud, "準拠法が日本法である", "Governing law is Japanese law", YesNo, Required,
        "政府情報システムにおけるクラウドサービスの利用に係る基本方針が求める契約条件です。", "A contract term the government's basic policy on cloud use requires.";
    "cloud.basic_policy.jurisdiction_japan", Cloud, "管轄裁判所が日本国内である", "Competent court is in Japan", YesNo, Required, "", "";
    "cloud.basic_policy.notes", Cloud, "備考", "Notes", TextArea, Optional, "", "";
    "cloud.controls_verification.method", Cloud, "管理策の確認方法", "How the controls were verified", Choice, Required,
        "クラウド事業者のセキュリティ管理策が適切に実施されていることを何で確認したか。", "How you confirmed that the provider's security controls are properly in place.";
    "cloud.controls_verification.description", Cloud, "確認の内容", "What was verified", TextArea, Required, "", "";
    "responsibility.model_document.title", Responsibility, "責任共有モデルの資料名", "Shared-responsibility model document", Text, Required,
        "クラウド事業者が公開している責任共有モデルの資料。", "The provider's published description of its shared-responsibility model.";
    "responsibility.model_document.url", Responsibility, "資料のURL", "Document URL", Url, Optional,
        "https:// から始まるURL。", "A URL starting with https://.";
    "responsibility.model_document.version_or_date", Responsibility, "資料の版又は日付", "Document version or date", Text, Optional, "", "";
    "responsibility.understood", Responsibility, "クラウド事業者が提示する責任共有モデルを理解している", "We understand the provider's shared-responsibility model", Check, Required, "", "";
    "responsibility.matrix", Responsibility, "責任分担表", "Responsibility table", Group, Required,
        "OS以上のレイヤー（OS、ミドルウェア、アプリケーション、データ等）のうち利用者の責任となるものには、対応する対策が必要です。",
        "Every layer from the OS upward that is yours (OS, middleware, application, data, …) needs a matching measure.";
    "responsibility.matrix[].owner", Responsibility, "責任を負う者", "Responsible party", Choice, Required, "", "";
    "measures", Measures, "セキュリティ対策", "Security measures", Group, Conditional,
        "OS・ミドルウェアの脆弱性対応、ネットワーク設定、アプリケーション対応、データ暗号化の4分類は必ず1件以上記入します。",
        "Give at least one measure for each of: OS and middleware vulnerabilities, network settings, application, data encryption.";
    "measures[].category", Measures, "対策の分類", "Category", Choice, Required, "", "";
    "measures[].phase", Measures, "対象 (構築・運用)", "Phase (construction / operation)", Choice, Required, "", "";
    "measures[].status", Measures, "実施状況", "Status", Choice, Required, "", "";
    "measures[].planned_date", Measures, "実施予定日", "Planned date", Date, Conditional,
        "申告日以降の日付。", "On or after the declaration date.", if When::Is("measures[].status", "planned");
    "measures[].reason", Measures, "対象外とする理由", "Reason it does not apply", TextArea, Conditional, "", "", if When::Is("measures[].status", "not_applicable");
    "measures[].description", Measures, "対策の内容", "Measure", TextArea, Required,
        "何を、いつ、どの頻度で行うかを20文字以上で具体的に。", "What is done, when and how often: 20 characters or more.";
    "measures[].evidence", Measures, "根拠資料", "Evidence", Text, Optional, "例：脆弱性対応手順書 第2版", "For example: vulnerability handling procedure, 2nd edition";
    "measures[].at_rest.algorithm", Measures, "保存データの暗号化方式", "Encryption at rest (algorithm)", Text, Optional, "例：AES-256", "For example: AES-256", if IF_ENCRYPTION;
    "measures[].at_rest.scope", Measures, "暗号化の対象範囲", "What is encrypted at rest", Text, Optional, "", "", if IF_ENCRYPTION;
    "measures[].in_transit.min_tls", Measures, "通信の暗号化(TLSの最低バージョン)", "Encryption in transit (minimum TLS)", Choice, Optional, "", "", if IF_ENCRYPTION;
    "measures[].key_management", Measures, "鍵管理", "Key management", TextArea, Optional, "", "", if IF_ENCRYPTION;
    "attestation.truthful", Attestation, "記載内容は事実と相違ありません", "The content is true", Check, Required, "", "";
    "attestation.will_report_changes", Attestation, "記載内容に変更が生じた場合は速やかに届け出ます", "We will report any change promptly", Check, Required, "", "";
    "attestation.name", Attestation, "氏名", "Name", Text, Required, "", "";
    "attestation.title", Attestation, "役職", "Title", Text, Required, "", "";
    "attestation.date", Attestation, "日付", "Date", Date, Required, "", "";
}

/// The registry key of a path: indices removed (`subcontractors[1].name` → `subcontractors[].name`).
pub fn key_of(path: &str) -> String {
    let mut key = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                key.push('[');
            }
            ']' => {
                in_index = false;
                key.push(']');
            }
            _ if in_index => {}
            _ => key.push(c),
        }
    }
    key
}

/// The registry entry for a key or a path (`subcontractors[1].name` finds `subcontractors[].name`).
pub fn field(path: &str) -> Option<&'static Field> {
    // Asked for every answer of every entry by the rules, the change list and the pages:
    // a map built once instead of a walk through the registry each time.
    static BY_KEY: std::sync::OnceLock<std::collections::HashMap<&'static str, &'static Field>> =
        std::sync::OnceLock::new();
    let by_key = BY_KEY.get_or_init(|| FIELDS.iter().map(|f| (f.key, f)).collect());
    if !path.contains('[') {
        return by_key.get(path).copied();
    }
    by_key.get(key_of(path).as_str()).copied()
}

/// The visible label of the answer at `path` (a path or a key) in both languages; the path
/// itself when the registry does not know it.
pub fn label_of(path: &str) -> crate::words::Words {
    match field(path) {
        Some(f) => crate::words::Words::label_of_field(f),
        None => crate::words::Words::same(path),
    }
}

/// The fields of one section, in order.
pub fn fields_of(section: Section) -> impl Iterator<Item = &'static Field> {
    FIELDS.iter().filter(move |f| f.section == section)
}

/// The section a path belongs to.
pub fn section_of(path: &str) -> Option<Section> {
    let head = path.split(['.', '[']).next()?;
    Section::ALL.into_iter().find(|s| s.key() == head)
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_field_reads_its_own_words() {
        assert_eq!(WORDS.len(), FIELDS.len());
        for (i, f) in FIELDS.iter().enumerate() {
            assert_eq!(f.words as usize, i, "{}", f.key);
        }
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
}

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

    #[test]
    fn every_choice_field_has_options_and_values_parse() {
        for f in FIELDS.iter().filter(|f| f.control == Control::Choice) {
            if f.key == "subcontractors[].parent" {
                assert!(choices(f.key).is_none());
                continue;
            }
            let options = choices(f.key).unwrap_or_else(|| panic!("{} has no options", f.key));
            assert!(!options.is_empty());
        }
        let status = choices("measures[3].status").unwrap();
        assert_eq!(status[1].value, "planned");
        assert_eq!(status[1].ja, "実施予定");
        assert!(choices("basic.municipality").is_none());
    }
}
