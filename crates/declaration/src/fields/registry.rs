//! The registry's table: every field of the declaration, in form order, with its words.
//! One entry per answer of the exchange format; [`super::key`] names each for the compiler.

use super::kind::Control;
use super::types::Lang;
use super::types::{Need, Section, When, IF_RESUBCONTRACT};

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
    /// Its place in [`FIELDS`], and so in the table of words and of [`Extra`]s.
    words: u16,
}

/// What a few fields say beyond their kind, kept apart from [`Field`] (so the first
/// download does not carry a slot for it in every entry): limits of their own and the other
/// key a file may give the same answer under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Extra {
    /// At most this many characters (below the kind's [`Control::max_chars`]).
    Max(u16),
    /// At least this many characters, once trimmed.
    Min(u16),
    /// The same answer under another key of the format: a certificate's
    /// `registration_number` for `certificate_number` and the reverse
    /// ([`crate::model::Certificate::number`] reads either).
    Or(&'static str),
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

    /// Whether `self` is the registry's entry `other` (`f.is(key::SUBCONTRACTORS_PARENT)`).
    pub fn is(&self, other: &Field) -> bool {
        std::ptr::eq(self, other)
    }

    fn extras(&self) -> impl Iterator<Item = Extra> + '_ {
        EXTRAS
            .iter()
            .filter(move |(at, _)| *at == self.words)
            .map(|&(_, e)| e)
    }

    /// The longest text it takes, in characters: its own limit, else its kind's.
    pub fn max_chars(&self) -> usize {
        self.extras()
            .find_map(|e| match e {
                Extra::Max(n) => Some(n as usize),
                Extra::Min(_) | Extra::Or(_) => None,
            })
            .unwrap_or(self.control.max_chars())
    }

    /// The shortest text it takes, in characters once trimmed (0: no minimum).
    pub fn min_chars(&self) -> usize {
        self.extras()
            .find_map(|e| match e {
                Extra::Min(n) => Some(n as usize),
                Extra::Max(_) | Extra::Or(_) => None,
            })
            .unwrap_or(0)
    }

    /// The other key a file may give this answer under (the key, not a path).
    pub fn alias(&self) -> Option<&'static str> {
        self.extras().find_map(|e| match e {
            Extra::Or(key) => Some(key),
            Extra::Max(_) | Extra::Min(_) => None,
        })
    }

    /// Whether it must be answered where it is asked: a required field always, a
    /// conditional one once its [`When`] holds (which [`crate::answers::asked`] decides).
    pub fn required(&self) -> bool {
        match self.need {
            Need::Required | Need::Conditional => true,
            Need::Optional => false,
        }
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

/// The key a [`When`] follows, for the check below.
const fn followed(when: When) -> Option<&'static str> {
    match when {
        When::Always | When::OneMunicipality => None,
        When::Yes(key) | When::Is(key, _) => Some(key),
    }
}

/// Builds the registry from its entries: `NAME = "key", Section, label ja, label en, Kind,
/// Need, hint ja, hint en` and, in this order when given, `if When` (when it is asked),
/// `max N` / `min N` (limits of its own), `or "key"` (the other key of the same answer).
/// Every key a `When` names must be an entry: a typo does not compile. An `or` key is not an
/// entry (it is the other key of the same answer); the model/registry agreement test
/// (`fields/agreement.rs`) checks it is a leaf of the format.
macro_rules! fields {
    (@when) => { When::Always };
    (@when $when:expr) => { $when };
    ($( $name:ident = $key:literal, $sec:ident, $ja:expr, $en:expr, $control:ident, $need:ident, $hja:expr, $hen:expr
        $(, if $when:expr)? $(, max $max:literal)? $(, min $min:literal)? $(, or $alias:literal)?; )+) => {
        const KEYS: &[&str] = &[$( $key ),+];

        /// The words of every field, in [`FIELDS`] order.
        static WORDS: &[FieldWords] = &[
            $( FieldWords { ja: $ja, en: $en, hint_ja: $hja, hint_en: $hen }, )+
        ];

        static TABLE: [Field; KEYS.len()] = [
            $( Field { key: $key, section: Section::$sec, control: Control::$control,
                       need: Need::$need, when: fields!(@when $($when)?),
                       words: position(KEYS, $key) }, )+
        ];

        /// Every field, in the order the form asks them.
        pub static FIELDS: &[Field] = &TABLE;

        /// The few fields' [`Extra`]s, by their place in [`FIELDS`].
        static EXTRAS: &[(u16, Extra)] = &[
            $( $( (position(KEYS, $key), Extra::Max($max)), )? $( (position(KEYS, $key), Extra::Min($min)), )?
               $( (position(KEYS, $key), Extra::Or($alias)), )? )+
        ];

        // Every key a `When` follows is an entry of the registry.
        const _: () = {
            $( if let Some(k) = followed(fields!(@when $($when)?)) { position(KEYS, k); } )+
        };

        /// Every field by name, for the compiler: `key::SUBCONTRACTORS_NAME` is the entry of
        /// `subcontractors[].name` (its key with `.` as `_` and `[]` left out, in capitals).
        /// Code that means one field names it so; a field renamed or removed then fails to
        /// compile instead of failing when it is looked up.
        pub mod key {
            use super::{Field, TABLE, KEYS, position};
            $( #[doc = concat!("`", $key, "`")]
               pub static $name: &Field = &TABLE[position(KEYS, $key) as usize]; )+
        }
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

const IF_ISO27017: When = When::Yes("cloud.certifications.iso27017.held");
const IF_CS_GOLD: When = When::Yes("cloud.certifications.cs_gold_mark.held");
const IF_ISO27018: When = When::Yes("cloud.certifications.iso27018.held");
const IF_LISTED: When = When::Yes("cloud.ismap.listed");
const SINGLE: When = When::OneMunicipality;
const IF_ENCRYPTION: When = When::Is("measures[].category", "encryption");

const CODE_HINT_JA: &str = "証明書に記載の番号（半角・全角どちらでも入力できます）。";
const CODE_HINT_EN: &str =
    "As printed on the certificate (full-width letters and digits are fine).";
const CORPORATE_NUMBER_HINT_JA: &str =
    "国税庁が指定する13桁の番号（国税庁法人番号公表サイトで調べられます）。半角・全角どちらでも入力できます。";
const CORPORATE_NUMBER_HINT_EN: &str =
    "The 13-digit number the National Tax Agency assigns (look it up on its corporate number site). Full-width digits are fine.";
const PHONE_HINT_JA: &str = "0から始まる10桁又は11桁。ハイフンは有っても無くても構いません。半角・全角どちらでも入力できます。";
const PHONE_HINT_EN: &str =
    "10 or 11 digits starting with 0, with or without hyphens. Full-width digits are fine.";

fields! {
    BASIC_MUNICIPALITY = "basic.municipality", Basic, "委託元の地方公共団体名", "Commissioning municipality", Text, Required,
        "例：○○市", "For example: ○○ City", if SINGLE;
    BASIC_ASSESSMENT_TITLE = "basic.assessment_title", Basic, "評価書名", "Assessment title", Text, Required,
        "例：国民健康保険に関する事務 全項目評価書", "For example: the full assessment of the National Health Insurance affairs", if SINGLE;
    BASIC_PI_FILE = "basic.pi_file", Basic, "特定個人情報ファイル名", "Specific personal information file", Text, Required,
        "例：国民健康保険（賦課、資格、給付）情報ファイル", "For example: National Health Insurance (levy, eligibility, benefits) file", if SINGLE;
    BASIC_SYSTEM_NAME = "basic.system_name", Basic, "対象システム名", "System name", Text, Required,
        "例：国保総合(国保集約)システム", "For example: the NHI integrated system";
    BASIC_ITEM_NUMBER = "basic.item_number", Basic, "委託事項の番号", "Entrustment item number", Number, Required,
        "評価書の「委託事項」の番号（1以上の整数）。", "The number of the entrustment item in the assessment (a whole number, 1 or more).", if SINGLE;
    BASIC_DECLARATION_DATE = "basic.declaration_date", Basic, "申告日", "Declaration date", Date, Required,
        "証明書等の有効期限はこの日付で判定します。", "Certificates and listings are checked as of this date.";
    ADDRESSEES = "addressees", Basic, "宛先", "Addressees", Group, Optional,
        "同じ申告書を複数の市町村に提出するときの、提出先ごとの回答です（最大200件）。", "Each municipality the same declaration is sent to, with its own answers (200 at most).";
    ADDRESSEES_MUNICIPALITY = "addressees[].municipality", Basic, "地方公共団体名", "Municipality", Text, Required,
        "例：伊賀市", "For example: Iga City";
    ADDRESSEES_MUNICIPALITY_CODE = "addressees[].municipality_code", Basic, "団体コード", "Local government code", MunicipalityCode, Optional,
        "総務省の全国地方公共団体コード6桁（末尾は検査用数字）。例：242161（伊賀市）", "The 6-digit national local government code, the last digit a check digit. For example: 242161 (Iga City)";
    ADDRESSEES_ASSESSMENT_TITLE = "addressees[].assessment_title", Basic, "評価書名", "Assessment title", Text, Required,
        "その市町村の評価書の名称。", "The title of that municipality's assessment.";
    ADDRESSEES_PI_FILE = "addressees[].pi_file", Basic, "特定個人情報ファイル名", "Specific personal information file", Text, Required, "", "";
    ADDRESSEES_ITEM_NUMBER = "addressees[].item_number", Basic, "委託事項の番号", "Entrustment item number", Number, Required,
        "その市町村の評価書での「委託事項」の番号。", "The number of the entrustment item in that municipality's assessment.";
    ADDRESSEES_RECIPIENT = "addressees[].recipient", Basic, "宛名", "Addressed to", Text, Optional,
        "書面の冒頭に印刷されます。例：伊賀市長 様", "Printed at the top of the document. For example: 伊賀市長 様 (the mayor)";
    BASIC_DECLARANT_ORGANIZATION = "basic.declarant.organization", Basic, "申告者の組織名", "Declarant organisation", Text, Required, "", "";
    BASIC_DECLARANT_DEPARTMENT = "basic.declarant.department", Basic, "部署名", "Department", Text, Optional, "", "";
    BASIC_DECLARANT_NAME = "basic.declarant.name", Basic, "申告者氏名", "Declarant name", Text, Required, "", "";
    BASIC_DECLARANT_TITLE = "basic.declarant.title", Basic, "役職", "Title", Text, Optional, "", "";
    BASIC_DECLARANT_EMAIL = "basic.declarant.email", Basic, "メールアドレス", "Email address", Email, Required,
        "例：yamada@example.jp（半角・全角どちらでも入力できます）", "For example: yamada@example.jp (full-width letters are fine)";
    BASIC_DECLARANT_PHONE = "basic.declarant.phone", Basic, "電話番号", "Phone number", Tel, Required, PHONE_HINT_JA, PHONE_HINT_EN;
    ENTRUSTMENT_CONTENT = "entrustment.content", Entrustment, "委託内容", "Entrusted work", TextArea, Required,
        "評価書の①委託内容（2000文字以内）。", "Item ① of the assessment (2000 characters at most).", max 2000;
    ENTRUSTMENT_HANDLER_COUNT = "entrustment.handler_count", Entrustment, "委託先における取扱者数", "Number of handlers at the contractor", Choice, Required, "", "";
    ENTRUSTMENT_CONTRACTOR_NAME = "entrustment.contractor.name", Entrustment, "委託先名", "Contractor name", Text, Required, "", "";
    ENTRUSTMENT_CONTRACTOR_ADDRESS = "entrustment.contractor.address", Entrustment, "委託先の住所", "Contractor address", Text, Required, "", "";
    ENTRUSTMENT_CONTRACTOR_POSTAL_CODE = "entrustment.contractor.postal_code", Entrustment, "郵便番号", "Postal code", PostalCode, Optional,
        "例：514-0003（半角・全角どちらでも入力できます）", "For example: 514-0003 (full-width digits are fine)";
    ENTRUSTMENT_CONTRACTOR_CORPORATE_NUMBER = "entrustment.contractor.corporate_number", Entrustment, "法人番号", "Corporate number", CorporateNumber, Optional,
        CORPORATE_NUMBER_HINT_JA, CORPORATE_NUMBER_HINT_EN;
    ENTRUSTMENT_RESUBCONTRACT = "entrustment.resubcontract", Entrustment, RESUBCONTRACT.0, RESUBCONTRACT.1, YesNo, Required,
        "委託先が業務の全部又は一部を他の事業者に再委託するかどうか。", "Whether the contractor passes all or part of the work on to another company.";
    ENTRUSTMENT_RESUBCONTRACTED_WORK = "entrustment.resubcontracted_work", Entrustment, "再委託事項", "Re-subcontracted work", TextArea, Conditional,
        "再委託する場合に記入します。", "Required when the work is re-subcontracted.", if IF_RESUBCONTRACT;
    ENTRUSTMENT_OTHER_INFORMATION = "entrustment.other_information", Entrustment, "その他当市が求める情報", "Other information requested by the city", TextArea, Optional, "", "";
    ENTRUSTMENT_USES_CLOUD = "entrustment.uses_cloud", Entrustment, USES_CLOUD.0, USES_CLOUD.1, YesNo, Required,
        "システムをクラウド事業者が保有・管理する環境に設置するかどうか。", "Whether the system sits in an environment owned and managed by a cloud provider.";
    SUBCONTRACTORS = "subcontractors", Subcontractors, "再委託先", "Subcontractors", Group, Conditional,
        "再委託する場合、再々委託先を含め全ての再委託先を記入します。", "When the work is re-subcontracted, list every subcontractor down the chain.";
    SUBCONTRACTORS_PARENT = "subcontractors[].parent", Subcontractors, "委託元(監督する者)", "Commissioned and supervised by", Parent, Required,
        "この再委託先に委託し、監督する者。履行体制図はこれから作られます。", "Who commissions and supervises this subcontractor. The structure diagram is drawn from this.";
    SUBCONTRACTORS_NAME = "subcontractors[].name", Subcontractors, "商号又は名称", "Trade name", Text, Required, "", "";
    SUBCONTRACTORS_ADDRESS = "subcontractors[].address", Subcontractors, "住所", "Address", Text, Required, "", "";
    SUBCONTRACTORS_POSTAL_CODE = "subcontractors[].postal_code", Subcontractors, "郵便番号", "Postal code", PostalCode, Optional,
        "例：100-0014（半角・全角どちらでも入力できます）", "For example: 100-0014 (full-width digits are fine)";
    SUBCONTRACTORS_CORPORATE_NUMBER = "subcontractors[].corporate_number", Subcontractors, "法人番号", "Corporate number", CorporateNumber, Optional,
        CORPORATE_NUMBER_HINT_JA, CORPORATE_NUMBER_HINT_EN;
    SUBCONTRACTORS_REASON = "subcontractors[].reason", Subcontractors, "再委託する理由", "Reason for re-subcontracting", TextArea, Required, "", "";
    SUBCONTRACTORS_WORK_SCOPE = "subcontractors[].work_scope", Subcontractors, "再委託する業務の範囲", "Scope of the work", TextArea, Required, "", "";
    SUBCONTRACTORS_PI_SCOPE = "subcontractors[].pi_scope", Subcontractors, "取り扱う特定個人情報の範囲", "Scope of the specific personal information handled", TextArea, Required, "", "";
    SUBCONTRACTORS_CAPABILITY = "subcontractors[].capability", Subcontractors, "業務の履行能力", "Capability to perform the work", TextArea, Required,
        "ISMS・プライバシーマーク等の認証、同種業務の実績など。", "Certifications such as ISMS or PrivacyMark, and track record.";
    SUBCONTRACTORS_INSPECTION = "subcontractors[].inspection", Subcontractors, "立ち入り調査に係る要件", "On-site inspection requirements", TextArea, Required, "", "";
    SUBCONTRACTORS_SUPERVISION = "subcontractors[].supervision", Subcontractors, "監督体制", "Supervision", TextArea, Required,
        "委託元がこの再委託先をどのように監督するか。", "How the one above supervises this subcontractor.";
    SUBCONTRACTORS_CONFIDENTIALITY_CONCLUDED = "subcontractors[].confidentiality.concluded", Subcontractors, "秘密保持契約の締結", "Confidentiality agreement concluded", YesNo, Required, "", "";
    SUBCONTRACTORS_CONFIDENTIALITY_DATE = "subcontractors[].confidentiality.date", Subcontractors, "締結日", "Date concluded", Date, Conditional,
        "締結した場合に記入します。", "Required when the agreement is concluded.", if When::Yes("subcontractors[].confidentiality.concluded");
    SUBCONTRACTORS_SAFETY_MEASURES = "subcontractors[].safety_measures", Subcontractors, "安全管理措置", "Safety management measures", TextArea, Required, "", "";
    SUBCONTRACTORS_HANDLER_COUNT = "subcontractors[].handler_count", Subcontractors, "取扱者数", "Number of handlers", Choice, Optional, "", "";
    CLOUD_PROVIDER = "cloud.provider", Cloud, "クラウド事業者名", "Cloud provider", Text, Required,
        "クラウドサービスを提供する事業者（例：アマゾン ウェブ サービス ジャパン合同会社）。その上でシステムを運用する再委託先ではありません。",
        "The company that provides the cloud service (for example, Amazon Web Services Japan G.K.), not the subcontractor that runs the system on it.";
    CLOUD_SERVICE = "cloud.service", Cloud, "クラウドサービス名", "Cloud service", Text, Required, "", "";
    CLOUD_SERVICE_MODEL = "cloud.service_model", Cloud, "サービス形態", "Service model", Choice, Required,
        "責任共有モデルの初期値はこの形態から決まります。", "The shared-responsibility table starts from this model.";
    CLOUD_CERTIFICATIONS_ISO27017_HELD = "cloud.certifications.iso27017.held", Cloud, "ISO/IEC 27017 認証", "ISO/IEC 27017 certification", YesNo, Required,
        "クラウドサービスの情報セキュリティ管理策の国際規格。", "The international standard for cloud service security controls.";
    CLOUD_CERTIFICATIONS_ISO27017_CERTIFICATE_NUMBER = "cloud.certifications.iso27017.certificate_number", Cloud, "認証番号", "Certificate number", Code, Conditional, CODE_HINT_JA, CODE_HINT_EN, if IF_ISO27017, or "cloud.certifications.iso27017.registration_number";
    CLOUD_CERTIFICATIONS_ISO27017_CERTIFIER = "cloud.certifications.iso27017.certifier", Cloud, "認証機関", "Certification body", Text, Optional, "", "", if IF_ISO27017;
    CLOUD_CERTIFICATIONS_ISO27017_VALID_UNTIL = "cloud.certifications.iso27017.valid_until", Cloud, "有効期限", "Valid until", Date, Conditional, "", "", if IF_ISO27017;
    CLOUD_CERTIFICATIONS_CS_GOLD_MARK_HELD = "cloud.certifications.cs_gold_mark.held", Cloud, "CSゴールドマーク", "CS Mark Gold", YesNo, Required,
        "日本セキュリティ監査協会のクラウドセキュリティ推進制度。ISO/IEC 27017 の代わりになります。", "JASA's cloud security mark; it stands in for ISO/IEC 27017.";
    CLOUD_CERTIFICATIONS_CS_GOLD_MARK_REGISTRATION_NUMBER = "cloud.certifications.cs_gold_mark.registration_number", Cloud, "登録番号", "Registration number", Code, Conditional, CODE_HINT_JA, CODE_HINT_EN, if IF_CS_GOLD, or "cloud.certifications.cs_gold_mark.certificate_number";
    CLOUD_CERTIFICATIONS_CS_GOLD_MARK_VALID_UNTIL = "cloud.certifications.cs_gold_mark.valid_until", Cloud, "有効期限", "Valid until", Date, Conditional, "", "", if IF_CS_GOLD;
    CLOUD_CERTIFICATIONS_ISO27018_HELD = "cloud.certifications.iso27018.held", Cloud, "ISO/IEC 27018 認証", "ISO/IEC 27018 certification", YesNo, Required,
        "パブリッククラウドにおける個人情報保護の国際規格。", "The international standard for protecting personal data in public clouds.";
    CLOUD_CERTIFICATIONS_ISO27018_CERTIFICATE_NUMBER = "cloud.certifications.iso27018.certificate_number", Cloud, "認証番号", "Certificate number", Code, Conditional, CODE_HINT_JA, CODE_HINT_EN, if IF_ISO27018, or "cloud.certifications.iso27018.registration_number";
    CLOUD_CERTIFICATIONS_ISO27018_CERTIFIER = "cloud.certifications.iso27018.certifier", Cloud, "認証機関", "Certification body", Text, Optional, "", "", if IF_ISO27018;
    CLOUD_CERTIFICATIONS_ISO27018_VALID_UNTIL = "cloud.certifications.iso27018.valid_until", Cloud, "有効期限", "Valid until", Date, Conditional, "", "", if IF_ISO27018;
    CLOUD_ISMAP_LISTED = "cloud.ismap.listed", Cloud, "ISMAPクラウドサービスリストへの掲載", "Listed on the ISMAP cloud service list", YesNo, Required,
        "ISMAP（政府情報システムのためのセキュリティ評価制度）で評価・登録されたサービスの一覧。", "ISMAP is the government's security assessment programme for cloud services; the list names the services it registered.";
    CLOUD_ISMAP_LIST = "cloud.ismap.list", Cloud, "掲載リスト (ISMAP / ISMAP-LIU)", "List (ISMAP / ISMAP-LIU)", Choice, Optional,
        "ISMAP-LIU は影響度の低い SaaS 向けのリストです。", "ISMAP-LIU is the list for low-impact SaaS.", if IF_LISTED;
    CLOUD_ISMAP_REGISTRATION_NUMBER = "cloud.ismap.registration_number", Cloud, "ISMAP登録番号", "ISMAP registration number", Code, Conditional, "例：C21-0001-1（半角・全角どちらでも入力できます）", "For example: C21-0001-1 (full-width letters and digits are fine)", if IF_LISTED;
    CLOUD_ISMAP_LISTED_SERVICE_NAME = "cloud.ismap.listed_service_name", Cloud, "登録されているサービス名", "Service name as listed", Text, Optional, "", "", if IF_LISTED;
    CLOUD_ISMAP_VALID_UNTIL = "cloud.ismap.valid_until", Cloud, "有効期限", "Valid until", Date, Optional,
        "登録の有効期限（原則として監査対象期間の終了から1年4か月）。", "When the listing lapses (in principle 1 year 4 months after the audited period).", if IF_LISTED;
    CLOUD_DATA_LOCATION_REGIONS = "cloud.data_location.regions", Cloud, "保管場所", "Storage locations", Group, Conditional,
        "主たる保管場所、バックアップ、災害対策の全ての保管場所を記入します。", "List every place data is kept: primary, backup and disaster recovery.";
    CLOUD_DATA_LOCATION_REGIONS_NAME = "cloud.data_location.regions[].name", Cloud, "保管場所(リージョン)", "Storage location (region)", Text, Required, "", "";
    CLOUD_DATA_LOCATION_REGIONS_COUNTRY = "cloud.data_location.regions[].country", Cloud, "国", "Country", Country, Required,
        "国名（日本、シンガポールなど）を選ぶか入力します。英字2文字の国コード（日本は JP）でも構いません。", "Choose or type the country's name (Japan, Singapore, …), or its two-letter code (Japan is JP).";
    CLOUD_DATA_LOCATION_REGIONS_PURPOSE = "cloud.data_location.regions[].purpose", Cloud, "用途", "Purpose", Choice, Required, "", "";
    CLOUD_DATA_LOCATION_CONTRACT_GUARANTEES_DOMESTIC = "cloud.data_location.contract_guarantees_domestic", Cloud, "日本国内でのデータ保管が契約上の条件となっている", "The contract requires data to be kept in Japan", YesNo, Required, "", "";
    CLOUD_BASIC_POLICY_GOVERNING_LAW_JAPAN = "cloud.basic_policy.governing_law_japan", Cloud, "準拠法が日本法である", "Governing law is Japanese law", YesNo, Required,
        "政府情報システムにおけるクラウドサービスの利用に係る基本方針が求める契約条件です。", "A contract term the government's basic policy on cloud use requires.";
    CLOUD_BASIC_POLICY_JURISDICTION_JAPAN = "cloud.basic_policy.jurisdiction_japan", Cloud, "管轄裁判所が日本国内である", "Competent court is in Japan", YesNo, Required, "", "";
    CLOUD_BASIC_POLICY_NOTES = "cloud.basic_policy.notes", Cloud, "備考", "Notes", TextArea, Optional, "", "";
    CLOUD_CONTROLS_VERIFICATION_METHOD = "cloud.controls_verification.method", Cloud, "管理策の確認方法", "How the controls were verified", Choice, Required,
        "クラウド事業者のセキュリティ管理策が適切に実施されていることを何で確認したか。", "How you confirmed that the provider's security controls are properly in place.";
    CLOUD_CONTROLS_VERIFICATION_DESCRIPTION = "cloud.controls_verification.description", Cloud, "確認の内容", "What was verified", TextArea, Required, "", "";
    RESPONSIBILITY_MODEL_DOCUMENT_TITLE = "responsibility.model_document.title", Responsibility, "責任共有モデルの資料名", "Shared-responsibility model document", Text, Required,
        "クラウド事業者が公開している責任共有モデルの資料。", "The provider's published description of its shared-responsibility model.";
    RESPONSIBILITY_MODEL_DOCUMENT_URL = "responsibility.model_document.url", Responsibility, "資料のURL", "Document URL", Url, Optional,
        "https:// から始まるURL。", "A URL starting with https://.";
    RESPONSIBILITY_MODEL_DOCUMENT_VERSION_OR_DATE = "responsibility.model_document.version_or_date", Responsibility, "資料の版又は日付", "Document version or date", Text, Optional, "", "";
    RESPONSIBILITY_UNDERSTOOD = "responsibility.understood", Responsibility, "クラウド事業者が提示する責任共有モデルを理解している", "We understand the provider's shared-responsibility model", Check, Required, "", "";
    RESPONSIBILITY_MATRIX = "responsibility.matrix", Responsibility, "責任分担表", "Responsibility table", Group, Required,
        "OS以上のレイヤー（OS、ミドルウェア、アプリケーション、データ等）のうち利用者の責任となるものには、対応する対策が必要です。",
        "Every layer from the OS upward that is yours (OS, middleware, application, data, …) needs a matching measure.";
    RESPONSIBILITY_MATRIX_OWNER = "responsibility.matrix[].owner", Responsibility, "責任を負う者", "Responsible party", Choice, Required, "", "";
    MEASURES = "measures", Measures, "セキュリティ対策", "Security measures", Group, Conditional,
        "OS・ミドルウェアの脆弱性対応、ネットワーク設定、アプリケーション対応、データ暗号化の4分類は必ず1件以上記入します。",
        "Give at least one measure for each of: OS and middleware vulnerabilities, network settings, application, data encryption.";
    MEASURES_CATEGORY = "measures[].category", Measures, "対策の分類", "Category", Choice, Required, "", "";
    MEASURES_PHASE = "measures[].phase", Measures, "対象 (構築・運用)", "Phase (construction / operation)", Choice, Required, "", "";
    MEASURES_STATUS = "measures[].status", Measures, "実施状況", "Status", Choice, Required, "", "";
    MEASURES_PLANNED_DATE = "measures[].planned_date", Measures, "実施予定日", "Planned date", Date, Conditional,
        "申告日以降の日付。", "On or after the declaration date.", if When::Is("measures[].status", "planned");
    MEASURES_REASON = "measures[].reason", Measures, "対象外とする理由", "Reason it does not apply", TextArea, Conditional, "", "", if When::Is("measures[].status", "not_applicable");
    MEASURES_DESCRIPTION = "measures[].description", Measures, "対策の内容", "Measure", TextArea, Required,
        "何を、いつ、どの頻度で行うかを20文字以上で具体的に。", "What is done, when and how often: 20 characters or more.", min 20;
    MEASURES_EVIDENCE = "measures[].evidence", Measures, "根拠資料", "Evidence", Text, Optional, "例：脆弱性対応手順書 第2版", "For example: vulnerability handling procedure, 2nd edition";
    MEASURES_AT_REST_ALGORITHM = "measures[].at_rest.algorithm", Measures, "保存データの暗号化方式", "Encryption at rest (algorithm)", Text, Optional, "例：AES-256", "For example: AES-256", if IF_ENCRYPTION;
    MEASURES_AT_REST_SCOPE = "measures[].at_rest.scope", Measures, "暗号化の対象範囲", "What is encrypted at rest", Text, Optional, "", "", if IF_ENCRYPTION;
    MEASURES_IN_TRANSIT_MIN_TLS = "measures[].in_transit.min_tls", Measures, "通信の暗号化(TLSの最低バージョン)", "Encryption in transit (minimum TLS)", Choice, Optional, "", "", if IF_ENCRYPTION;
    MEASURES_KEY_MANAGEMENT = "measures[].key_management", Measures, "鍵管理", "Key management", TextArea, Optional, "", "", if IF_ENCRYPTION;
    ATTESTATION_TRUTHFUL = "attestation.truthful", Attestation, "記載内容は事実と相違ありません", "The content is true", Check, Required, "", "";
    ATTESTATION_WILL_REPORT_CHANGES = "attestation.will_report_changes", Attestation, "記載内容に変更が生じた場合は速やかに届け出ます", "We will report any change promptly", Check, Required, "", "";
    ATTESTATION_NAME = "attestation.name", Attestation, "氏名", "Name", Text, Required, "", "";
    ATTESTATION_TITLE = "attestation.title", Attestation, "役職", "Title", Text, Required, "", "";
    ATTESTATION_DATE = "attestation.date", Attestation, "日付", "Date", Date, Required, "", "";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_field_reads_its_own_words_and_extras_name_fields() {
        assert_eq!(WORDS.len(), FIELDS.len());
        for (i, f) in FIELDS.iter().enumerate() {
            assert_eq!(f.words as usize, i, "{}", f.key);
        }
        for (at, _) in EXTRAS {
            assert!((*at as usize) < FIELDS.len());
        }
        assert!(
            key::SUBCONTRACTORS_NAME.is(&FIELDS[position(KEYS, "subcontractors[].name") as usize])
        );
        assert_eq!(key::ENTRUSTMENT_CONTENT.max_chars(), 2000);
        assert_eq!(key::MEASURES_DESCRIPTION.min_chars(), 20);
        assert_eq!(
            key::CLOUD_CERTIFICATIONS_CS_GOLD_MARK_REGISTRATION_NUMBER.alias(),
            Some("cloud.certifications.cs_gold_mark.certificate_number")
        );
        // An alias differs from its key in the last step only (the walks rely on it).
        for f in FIELDS {
            if let Some(alias) = f.alias() {
                let up = |k: &'static str| k.rsplit_once('.').map(|(u, _)| u);
                assert_eq!(up(alias), up(f.key), "{}", f.key);
            }
        }
    }
}
