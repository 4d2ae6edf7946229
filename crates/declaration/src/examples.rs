//! 記入例: what a good answer looks like, for every free-text answer that needs thought, in
//! both languages — written once here, shown by the form behind 「記入例を見る」 and
//! offered with 「この例を使う」. Security measures have one example per category
//! ([`measure`]); data encryption names the algorithm and scope at rest, TLS in transit
//! and key management. A subcontractor's answers have one example for an entry the
//! contractor commissions (国保中央会 in the source document) and another for one further
//! down the chain (a vendor running the system on a public cloud), chosen by the entry's
//! place in the chain ([`Position`]).
//!
//! **An example is not an answer** (spec §3): every part the writer must supply is a blank
//! marked with ○ (「第○条」, 「○○クラウド」, 「○名」). An answer that still holds a blank of
//! one of its field's examples ([`holds_blank`]) is an error at that field, and the condition
//! it decides is 未入力; an answer equal to an example ([`is_example`]) is allowed but the
//! reviewer's view marks it.
//!
//! The examples are plausible practice for a prefectural NHI federation re-subcontracting
//! to 国保中央会 and a cloud, never a real provider's certificate or registration number.

use crate::fields;
use crate::model::{Category, Declaration, CONTRACTOR_PARENT};
use crate::words::Words;

/// The character that marks a blank of an example (U+25CB WHITE CIRCLE).
pub const BLANK: char = '○';

/// The message of an answer that still holds a blank of an example, in both languages.
pub fn blank_message() -> Words {
    Words::new(
        "記入例の「○」の部分を、実際の内容に書き換えてください",
        "Replace the “○” parts of the example with what is true for you",
    )
}

/// Where in the chain an answer is given, for the examples of a subcontractor's answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// Any answer outside the subcontractors, and a subcontractor the contractor
    /// commissions itself (depth 1).
    First,
    /// A subcontractor below another subcontractor (depth 2 and more).
    Below,
}

/// One example: the registry key it is for, where it applies, and its words.
struct Example {
    key: &'static str,
    position: Option<Position>,
    ja: &'static str,
    en: &'static str,
}

const fn any(key: &'static str, ja: &'static str, en: &'static str) -> Example {
    Example {
        key,
        position: None,
        ja,
        en,
    }
}

const fn first(key: &'static str, ja: &'static str, en: &'static str) -> Example {
    Example {
        key,
        position: Some(Position::First),
        ja,
        en,
    }
}

const fn below(key: &'static str, ja: &'static str, en: &'static str) -> Example {
    Example {
        key,
        position: Some(Position::Below),
        ja,
        en,
    }
}

/// Every example but the measures' descriptions ([`measure`]), by key.
static EXAMPLES: &[Example] = &[
    any(
        "entrustment.content",
        "国保総合(国保集約)システムに係るアプリケーション保守業務（法改正・制度改正に伴うアプリケーション改修、データパッチの作成と適用、問合せ対応）及びシステム運用事務（日次・月次のバックアップ取得、稼働監視、システム障害発生時の原因調査とデータ復旧）。",
        "Application maintenance of the NHI integrated system (changes for new laws and rules, data patches, enquiries) and system operation (daily and monthly backups, monitoring, investigating failures and restoring data).",
    ),
    any(
        "entrustment.resubcontracted_work",
        "委託内容のうち、アプリケーション保守業務及びシステム運用事務の全て（当会は作業計画の承認、作業結果の確認及び監督を行う）。",
        "All of the application maintenance and system operation work (we approve the work plans, check the results and supervise).",
    ),
    any(
        "entrustment.other_information",
        "再委託先の作業場所：○○（所在地：○○）。作業は平日9時〜17時に実施し、時間外の障害対応は事前に連絡する。",
        "Where the subcontractor works: ○○ (address: ○○). Work is done on weekdays 9:00–17:00; out-of-hours failure handling is announced beforehand.",
    ),
    first(
        "subcontractors[].reason",
        "国保総合(国保集約)システムは全国共通のシステムであり、その開発元である再委託先が保守・運用を一括して行うことで、品質と費用の両面で最も合理的に業務を履行できるため。",
        "The system is common to every prefecture; the organisation that built it maintains and operates it for all, which is the most reliable and economical way to do the work.",
    ),
    below(
        "subcontractors[].reason",
        "委託元（○○）が行う保守・運用のうち、○○クラウド上のシステム基盤の構築・運用には専門的な知見が必要であり、同クラウドの運用実績を持つ再委託先に委託することで、安全かつ確実に業務を履行できるため。",
        "Of the maintenance and operation the one above (○○) does, building and running the system's platform on ○○ Cloud needs specialist skills; this subcontractor has run that cloud before, so the work is done safely and reliably.",
    ),
    first(
        "subcontractors[].work_scope",
        "アプリケーション改修、データパッチの作成、バックアップの取得と保管、障害発生時のデータ復旧。窓口業務及び被保険者への連絡は含まない。",
        "Application changes, data patches, taking and keeping backups, restoring data after failures. Not the counter work or contacting the insured.",
    ),
    below(
        "subcontractors[].work_scope",
        "○○クラウド上のシステム基盤（仮想サーバ、ネットワーク、データベース）の構築、OS・ミドルウェアの脆弱性対応、稼働監視、バックアップの取得。アプリケーションの改修及び被保険者のデータの閲覧・修正は含まない。",
        "Building the system's platform on ○○ Cloud (virtual servers, network, database), OS and middleware patching, monitoring and backups. Not changing the application, nor reading or correcting the insured's data.",
    ),
    first(
        "subcontractors[].pi_scope",
        "国民健康保険（賦課、資格、給付）情報ファイルのうち、保守・障害対応に必要な範囲の被保険者番号、氏名、資格情報。個人番号は取り扱わない（暗号化されたまま保管されたデータのみ）。",
        "Of the NHI (levy, eligibility, benefits) file, the insured's numbers, names and eligibility records needed for maintenance and failure handling. No My Numbers are handled (they stay encrypted).",
    ),
    below(
        "subcontractors[].pi_scope",
        "基盤の運用に伴い、暗号化されたデータベース及びバックアップを保管する範囲に限る。データの内容（被保険者番号、氏名、資格情報等）を閲覧・取り扱う作業は行わない。",
        "Only keeping the encrypted database and backups as part of running the platform. No work reads or handles the data itself (the insured's numbers, names, eligibility records).",
    ),
    first(
        "subcontractors[].capability",
        "ISMS認証（ISO/IEC 27001）を取得（認証範囲：○○部門）。全国の国保連合会向けに同システムを○年以上運用している。担当者は情報処理安全確保支援士を含む○名。",
        "ISMS (ISO/IEC 27001) certified for its ○○ department. Has run this system for the prefectural federations for over ○ years. ○ staff, including a registered information security specialist.",
    ),
    below(
        "subcontractors[].capability",
        "ISMS認証（ISO/IEC 27001）及びISO/IEC 27017を取得。○○クラウドの認定技術者○名を含む○名の体制で、地方公共団体向けクラウド基盤の運用実績が○件ある。",
        "ISO/IEC 27001 and ISO/IEC 27017 certified. A team of ○, ○ of them certified ○○ Cloud engineers, with ○ cloud platforms run for local governments.",
    ),
    first(
        "subcontractors[].inspection",
        "当市又は委託先から求めがあった場合、○営業日前までの通知により作業場所への立ち入り調査を受け入れ、作業記録・アクセスログ等の資料を提出する。",
        "On request from the city or the contractor, with notice ○ working days ahead, it accepts an on-site inspection of where the work is done and hands over work records and access logs.",
    ),
    below(
        "subcontractors[].inspection",
        "当市、委託先又は委託元（○○）から求めがあった場合、○営業日前までの通知により作業場所への立ち入り調査を受け入れる。クラウド事業者のデータセンターについては、第三者監査報告書の提出をもって代える。",
        "On request from the city, the contractor or the one above (○○), with notice ○ working days ahead, it accepts an on-site inspection of where it works; for the cloud provider's data centres, a third-party audit report stands in.",
    ),
    first(
        "subcontractors[].supervision",
        "委託先（○○）が、作業計画を事前に承認し、月次の作業報告書とアクセスログの点検で作業内容と安全管理の状況を確認する。年1回、実地で監査を行う。",
        "The contractor (○○) approves each work plan beforehand and checks the monthly work reports and access logs; once a year it audits on site.",
    ),
    below(
        "subcontractors[].supervision",
        "委託元（○○）が、作業計画と作業者名簿を事前に承認し、月次の作業報告書と操作ログを点検する。委託先（○○）は委託元からの月次報告で監督の状況を確認する。年1回、実地で監査を行う。",
        "The one above (○○) approves each work plan and the list of staff beforehand and checks the monthly reports and operation logs; the contractor (○○) checks that supervision through the monthly report it receives. Once a year, an on-site audit.",
    ),
    first(
        "subcontractors[].safety_measures",
        "作業場所の入退室管理（ICカード・監視カメラ）、取扱者の限定とアクセス権限の最小化、操作ログの取得と月次点検、私物端末・外部記録媒体の持込み禁止、従業者への年1回の研修。",
        "Controlled entry to the work area (IC cards, cameras), only named staff with least privilege, operation logs reviewed monthly, no personal devices or removable media, yearly staff training.",
    ),
    below(
        "subcontractors[].safety_measures",
        "クラウドの管理画面へのアクセスを多要素認証と接続元の限定で保護し、特権操作を記録して月次で点検する。作業は社内の専用端末からのみ行い、私物端末・外部記録媒体の使用を禁止する。従業者への年1回の研修。",
        "Access to the cloud console only with multi-factor authentication and from known networks; privileged actions logged and reviewed monthly; work only from dedicated company devices, no personal devices or removable media; yearly staff training.",
    ),
    any(
        "cloud.basic_policy.notes",
        "利用規約第○条で準拠法を日本法、第○条で管轄裁判所を東京地方裁判所と定めていることを確認した（○年○月版）。",
        "Checked that the terms of service (edition of ○○) name Japanese law as the governing law (§○) and the Tokyo District Court as the competent court (§○).",
    ),
    any(
        "cloud.controls_verification.description",
        "ISMAPクラウドサービスリストの登録情報と、クラウド事業者が提供する第三者監査報告書（SOC2 Type2、対象期間○年○月〜○年○月）を確認し、アクセス制御・暗号化・ログ管理の管理策が実施されていることを確かめた。",
        "Checked the ISMAP listing and the provider's third-party audit report (SOC 2 Type 2, covering ○○ to ○○): access control, encryption and logging controls are in place.",
    ),
    any(
        "measures[].reason",
        "アプリケーションはクラウド事業者のSaaSとして提供され、ソースコードの改修は行わないため、アプリケーション対応はクラウド事業者の責任範囲となる。",
        "The application is the provider's SaaS and we change no code, so securing the application is the provider's part.",
    ),
    any(
        "measures[].key_management",
        "暗号鍵はクラウド事業者の鍵管理サービス（KMS）で顧客管理鍵として生成・保管し、年1回ローテーションする。鍵の利用権限は運用責任者2名に限定し、利用履歴を記録する。",
        "Keys are customer-managed keys in the provider's key management service, rotated yearly; only the two operations leads may use them, and every use is logged.",
    ),
    any(
        "measures[].at_rest.scope",
        "データベース、ファイルストレージ及びバックアップの全て",
        "The database, file storage and every backup",
    ),
    any(
        "responsibility.model_document.title",
        "○○クラウド 責任共有モデル（○年○月版）",
        "○○ Cloud shared-responsibility model (edition of ○○)",
    ),
];

/// The example of the answer at `path` (a path or a registry key) given at `position`; for a
/// measure's description, the example of its `category`.
pub fn example(path: &str, position: Position, category: Option<Category>) -> Option<Words> {
    let key = fields::key_of(path);
    if key == "measures[].description" {
        return category.map(measure);
    }
    EXAMPLES
        .iter()
        .find(|e| e.key == key && e.position.is_none_or(|p| p == position))
        .map(|e| Words::new(e.ja, e.en))
}

/// Where the answer at `path` of `d` is given: [`Position::Below`] for the answers of a
/// subcontractor whose 委託元 is another subcontractor (in a part file, the chain above it
/// is in `d` as [`crate::part::as_declaration`] puts it), else [`Position::First`].
pub fn position(d: &Declaration, path: &str) -> Position {
    let index = path
        .strip_prefix("subcontractors[")
        .and_then(|r| r.split(']').next())
        .and_then(|n| n.parse::<usize>().ok());
    match index.and_then(|i| d.subcontractors.get(i)) {
        Some(s)
            if s.parent
                .as_deref()
                .is_some_and(|p| p != CONTRACTOR_PARENT && !p.trim().is_empty()) =>
        {
            Position::Below
        }
        _ => Position::First,
    }
}

/// The example of the answer at `path` of `d`: a subcontractor's by its place in the
/// chain ([`position`]), a measure's description by the measure's category.
pub fn for_answer(d: &Declaration, path: &str) -> Option<Words> {
    let category = path
        .strip_prefix("measures[")
        .and_then(|r| r.split(']').next())
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|i| d.measures.get(i))
        .and_then(|m| m.category);
    example(path, position(d, path), category)
}

/// Every example of registry key `key`, in both languages (every position, every category
/// for a measure's description).
fn all_of(key: &str) -> Vec<&'static str> {
    if key == "measures[].description" {
        return Category::ALL
            .iter()
            .flat_map(|c| {
                let (ja, en) = measure_words(*c);
                [ja, en]
            })
            .collect();
    }
    EXAMPLES
        .iter()
        .filter(|e| e.key == key)
        .flat_map(|e| [e.ja, e.en])
        .collect()
}

/// The keys that have an example, each once.
pub fn keys() -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = EXAMPLES.iter().map(|e| e.key).collect();
    keys.push("measures[].description");
    keys.dedup();
    keys
}

/// The nearest characters either side of each run of blanks, spaces skipped (the ends of the
/// text say nothing): what places a blank in its example.
fn neighbours(text: &str) -> Vec<(Option<char>, Option<char>)> {
    let chars: Vec<char> = text.chars().collect();
    let seen = |c: &&char| !c.is_whitespace();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != BLANK {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i] == BLANK {
            i += 1;
        }
        let left = chars[..start].iter().rev().find(seen).copied();
        let right = chars[i..].iter().find(seen).copied();
        out.push((left, right));
    }
    out
}

/// Whether the run of ○ with neighbours `found` stands where the blank with neighbours
/// `blank` stood: both neighbours the same, or one that is a letter (a kana, a kanji, a
/// latin letter or digit — 「第○条」's 第, 「○○クラウド」's ク) the same. A sign alone (「：」,
/// 「（」) places nothing: 「内容：○ 入退室管理」 is a bullet, not the blank of 「作業場所：○○」.
fn same_place(found: (Option<char>, Option<char>), blank: (Option<char>, Option<char>)) -> bool {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let left = found.0.is_some() && found.0 == blank.0;
    let right = found.1.is_some() && found.1 == blank.1;
    (left && (right || letter(blank.0))) || (right && letter(blank.1))
}

/// Whether `answer` (given at the path or key `path`) still holds a blank of one of its
/// field's examples: a run of ○ where a blank of an example stands ([`same_place`]:
/// 「第○条」 left as it is, 「○クラウド」 half replaced). A ○ used otherwise — a bullet at the
/// start of a line, 「○印」 — is not a blank.
pub fn holds_blank(path: &str, answer: &str) -> bool {
    if !answer.contains(BLANK) {
        return false;
    }
    let key = fields::key_of(path);
    let blanks: Vec<(Option<char>, Option<char>)> =
        all_of(&key).into_iter().flat_map(neighbours).collect();
    neighbours(answer)
        .into_iter()
        .any(|found| blanks.iter().any(|b| same_place(found, *b)))
}

/// Whether `answer` at `path` is word for word one of its field's examples (spaces at the
/// ends aside): allowed, but the reviewer's view marks it 「記入例と同じ文です」.
pub fn is_example(path: &str, answer: &str) -> bool {
    let answer = answer.trim();
    !answer.is_empty() && all_of(&fields::key_of(path)).contains(&answer)
}

/// The example of a security measure of `category`.
pub fn measure(category: Category) -> Words {
    let (ja, en) = measure_words(category);
    Words::new(ja, en)
}

fn measure_words(category: Category) -> (&'static str, &'static str) {
    match category {
        Category::OsMiddlewareVulnerability => (
            "JVN及びOS・ミドルウェアのベンダーのセキュリティ情報を日次で確認し、CVSS 7.0以上の脆弱性は7日以内、その他は月次の定期メンテナンスで修正プログラムを適用する。適用前に検証環境で動作を確認する。",
            "Check JVN and the vendors' advisories daily; apply fixes within 7 days for CVSS 7.0 or higher, otherwise in the monthly maintenance, after testing them in a staging environment.",
        ),
        Category::Network => (
            "セキュリティグループで業務に必要な通信（HTTPS 443番）のみを許可し、管理用の通信は閉域網（専用線）経由の踏み台サーバからに限定する。設定は変更の都度レビューし、四半期ごとに棚卸しする。",
            "Allow only the traffic the work needs (HTTPS, port 443); administration only through a bastion host over a private line. Review every change and audit the rules quarterly.",
        ),
        Category::Application => (
            "改修時にはソースコードレビューと脆弱性診断ツール（SAST）による検査を行い、リリース前に第三者による脆弱性診断を年1回実施する。入力値の検証とSQLインジェクション対策を共通部品で行う。",
            "Review code and run static analysis (SAST) on every change; a third-party penetration test yearly before release. Input validation and SQL-injection protection are done by shared components.",
        ),
        Category::Encryption => (
            "保存データはAES-256で暗号化する（データベース、ファイルストレージ、バックアップの全て）。通信はTLS 1.2以上に限定する。暗号鍵はKMSの顧客管理鍵で管理し、年1回ローテーションする。",
            "Data at rest is encrypted with AES-256 (database, file storage and every backup); traffic uses TLS 1.2 or later only; keys are customer-managed in KMS and rotated yearly.",
        ),
        Category::AccessControl => (
            "利用者IDは個人ごとに発行し、多要素認証を必須とする。権限は職務に必要な最小限とし、異動・退職時は当日中に削除する。特権IDの利用は事前申請制とし、操作を記録する。",
            "One ID per person with multi-factor authentication; least privilege; IDs removed on the day someone moves or leaves. Privileged IDs are used only on request, with every action recorded.",
        ),
        Category::LoggingMonitoring => (
            "OS・アプリケーション・クラウド管理操作のログを1年間保存し、不正アクセスの兆候を監視ツールで24時間検知する。検知時は運用担当者にメールと電話で通知し、月次でログを点検する。",
            "Keep OS, application and cloud-console logs for one year; a monitoring tool detects signs of intrusion around the clock and alerts the operators by mail and phone; logs are reviewed monthly.",
        ),
        Category::BackupRecovery => (
            "データベースを日次でフルバックアップし、東日本と西日本の2リージョンに30日分保管する。年1回、バックアップからの復旧訓練を行い、目標復旧時間（4時間）内に復旧できることを確認する。",
            "Full database backups daily, kept for 30 days in two regions (east and west Japan); a restore drill yearly confirms recovery within the 4-hour target.",
        ),
        Category::IncidentResponse => (
            "情報セキュリティインシデント対応手順を定め、発生を把握してから1時間以内に当市及び委託先へ第一報を行う。原因調査・再発防止策を報告書にまとめ、2週間以内に提出する。",
            "An incident response procedure: the city and the contractor are told within one hour of learning of an incident; a report of the cause and the measures against recurrence follows within two weeks.",
        ),
        Category::DataDisposal => (
            "契約終了時又は保存期間経過後、クラウド上のデータを削除し、クラウド事業者のデータ消去証明（NIST SP 800-88 準拠）を取得して当市に提出する。",
            "At the end of the contract or the retention period, delete the data in the cloud and hand the city the provider's certificate of erasure (following NIST SP 800-88).",
        ),
        Category::Other => (
            "運用担当者に対し、年1回の情報セキュリティ研修と標的型メール訓練を実施し、受講状況を記録する。",
            "Yearly security training and a phishing drill for the operators, with attendance recorded.",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::{Control, Need, FIELDS};

    #[test]
    fn every_required_text_area_has_an_example_in_both_languages() {
        for f in FIELDS
            .iter()
            .filter(|f| f.control == Control::TextArea && f.need != Need::Optional)
        {
            let w = example(f.key, Position::First, Some(Category::Network))
                .unwrap_or_else(|| panic!("{} has no example", f.key));
            assert!(w.ja.chars().count() >= 20 && w.en.len() >= 20, "{}", f.key);
            let japanese = |c: char| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}');
            assert!(w.ja.chars().any(japanese), "{} in Japanese", f.key);
            assert!(!w.en.chars().any(japanese), "{} in English", f.key);
        }
    }

    #[test]
    fn every_measure_category_has_its_own_example() {
        let mut seen = std::collections::HashSet::new();
        for c in Category::ALL {
            let w = measure(*c);
            assert!(
                // The rules' shortest description (the registry's `min 20` of
                // `measures[].description`).
                w.ja.chars().count() >= 20,
                "{c:?}"
            );
            assert!(seen.insert(w.ja.clone()), "{c:?} repeats another example");
        }
        let enc = measure(Category::Encryption);
        for word in ["AES-256", "TLS 1.2", "鍵"] {
            assert!(enc.ja.contains(word), "encryption names {word}");
        }
        assert_eq!(
            example("measures[3].description", Position::First, None),
            None
        );
        assert_eq!(
            example(
                "measures[3].description",
                Position::First,
                Some(Category::Network)
            ),
            Some(measure(Category::Network))
        );
    }

    #[test]
    fn examples_are_valid_answers() {
        // An example used as it is passes the rules of its field.
        for f in FIELDS {
            for position in [Position::First, Position::Below] {
                if let Some(w) = example(f.key, position, Some(Category::Other)) {
                    let max = f.control.max_chars();
                    assert!(
                        w.ja.chars().count() <= max && w.en.chars().count() <= max,
                        "{}",
                        f.key
                    );
                }
            }
        }
    }

    #[test]
    fn a_blank_left_in_an_answer_is_found_and_a_filled_one_is_not() {
        let title = "responsibility.model_document.title";
        let inserted = example(title, Position::First, None).unwrap();
        assert!(holds_blank(title, &inserted.ja));
        assert!(holds_blank(title, &inserted.en));
        // Half replaced: the year filled in, the cloud's name not.
        assert!(holds_blank(
            title,
            "○○クラウド 責任共有モデル（2024年1月版）"
        ));
        assert!(holds_blank(title, "○クラウド 責任共有モデル"));
        assert!(!holds_blank(title, "AWS 責任共有モデル（2024年1月版）"));
        let notes = "cloud.basic_policy.notes";
        assert!(holds_blank(
            notes,
            "利用規約第○条で準拠法を日本法、第12条で管轄裁判所を定める。"
        ));
        assert!(!holds_blank(
            notes,
            "利用規約第11条で準拠法を日本法、第12条で管轄裁判所を定める。"
        ));
        // Paths with indices find their key's examples.
        assert!(holds_blank("subcontractors[2].capability", "担当者は○名。"));
    }

    #[test]
    fn a_circle_used_otherwise_is_not_a_blank() {
        // A bullet at the start of a line, or 「○印」: no example has a blank there.
        let s = "subcontractors[0].safety_measures";
        assert!(!holds_blank(s, "○ 入退室管理\n○ 操作ログの点検"));
        assert!(!holds_blank(s, "該当する項目に○印を付けた台帳で管理する。"));
        let other = "entrustment.other_information";
        assert!(holds_blank(
            other,
            "再委託先の作業場所：○○（所在地：東京都）。"
        ));
        assert!(!holds_blank(other, "作業内容：○ 保守 ○ 運用"));
        // A field without examples never holds a blank.
        assert!(!holds_blank("basic.municipality", "○○市"));
    }

    #[test]
    fn every_example_marks_what_the_writer_supplies_and_no_other_circle() {
        // Every run of ○ in an example is a blank the writer fills: it has a neighbour that
        // places it, so that leaving it is found.
        for key in keys() {
            for text in all_of(key) {
                for (l, r) in neighbours(text) {
                    assert!(
                        l.is_some() || r.is_some(),
                        "{key}: a blank with nothing beside it in {text}"
                    );
                }
                if text.contains(BLANK) {
                    assert!(holds_blank(key, text), "{key}: {text}");
                }
            }
        }
        // The examples that name a particular party or figure leave it blank.
        for key in [
            "subcontractors[].supervision",
            "subcontractors[].capability",
            "responsibility.model_document.title",
            "cloud.basic_policy.notes",
        ] {
            assert!(all_of(key).iter().all(|e| e.contains(BLANK)), "{key}");
        }
    }

    #[test]
    fn an_answer_equal_to_an_example_is_recognised() {
        let w = example("subcontractors[1].reason", Position::First, None).unwrap();
        assert!(is_example(
            "subcontractors[1].reason",
            &format!(" {} ", w.ja)
        ));
        assert!(is_example("subcontractors[1].reason", &w.en));
        assert!(!is_example("subcontractors[1].reason", "独自の理由。"));
        assert!(!is_example("subcontractors[1].reason", ""));
        let enc = measure(Category::Encryption);
        assert!(is_example("measures[4].description", &enc.ja));
    }

    #[test]
    fn a_subcontractor_below_another_is_given_the_examples_of_its_place() {
        use crate::model::Subcontractor;
        let mut d = Declaration::new();
        d.subcontractors = vec![
            Subcontractor {
                id: "sub-1".into(),
                parent: Some(CONTRACTOR_PARENT.into()),
                ..Default::default()
            },
            Subcontractor {
                id: "sub-2".into(),
                parent: Some("sub-1".into()),
                ..Default::default()
            },
        ];
        assert_eq!(position(&d, "subcontractors[0].reason"), Position::First);
        assert_eq!(position(&d, "subcontractors[1].reason"), Position::Below);
        assert_eq!(position(&d, "entrustment.content"), Position::First);
        let top = for_answer(&d, "subcontractors[0].reason").unwrap();
        let vendor = for_answer(&d, "subcontractors[1].reason").unwrap();
        assert_ne!(top, vendor);
        assert!(vendor.ja.contains("クラウド"), "{}", vendor.ja);
        // Every subcontractor answer with an example has one for each place.
        for key in keys()
            .into_iter()
            .filter(|k| k.starts_with("subcontractors[]"))
        {
            assert!(example(key, Position::First, None).is_some(), "{key}");
            assert!(example(key, Position::Below, None).is_some(), "{key}");
        }
    }
}
