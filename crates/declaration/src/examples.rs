//! 記入例: what a good answer looks like, for every free-text answer that needs thought, in
//! both languages — written once here, shown by the form behind 「記入例を見る」 and
//! offered with 「この例を使う」. Security measures have one example per category
//! ([`measure`]); data encryption names the algorithm and scope at rest, TLS in transit
//! and key management.
//!
//! The examples are plausible practice for a prefectural NHI federation re-subcontracting
//! to 国保中央会 and a cloud, never a real provider's certificate or registration number.

use crate::fields;
use crate::model::Category;
use crate::words::Words;

/// The example of the answer at `path` (a path or a registry key); for a measure's
/// description, the example of its `category`.
pub fn example(path: &str, category: Option<Category>) -> Option<Words> {
    let key = fields::key_of(path);
    if key == "measures[].description" {
        return category.map(measure);
    }
    let (ja, en) = match key.as_str() {
        "entrustment.content" => (
            "国保総合(国保集約)システムに係るアプリケーション保守業務（法改正・制度改正に伴うアプリケーション改修、データパッチの作成と適用、問合せ対応）及びシステム運用事務（日次・月次のバックアップ取得、稼働監視、システム障害発生時の原因調査とデータ復旧）。",
            "Application maintenance of the NHI integrated system (changes for new laws and rules, data patches, enquiries) and system operation (daily and monthly backups, monitoring, investigating failures and restoring data).",
        ),
        "entrustment.resubcontracted_work" => (
            "委託内容のうち、アプリケーション保守業務及びシステム運用事務の全て（当会は作業計画の承認、作業結果の確認及び監督を行う）。",
            "All of the application maintenance and system operation work (we approve the work plans, check the results and supervise).",
        ),
        "entrustment.other_information" => (
            "再委託先の作業場所：東京都千代田区（国保中央会 本部）。作業は平日9時〜17時に実施し、時間外の障害対応は事前に連絡する。",
            "Where the subcontractor works: its head office in Chiyoda, Tokyo. Work is done on weekdays 9:00–17:00; out-of-hours failure handling is announced beforehand.",
        ),
        "subcontractors[].reason" => (
            "国保総合(国保集約)システムは全国共通のシステムであり、その開発元である国保中央会が保守・運用を一括して行うことで、品質と費用の両面で最も合理的に業務を履行できるため。",
            "The system is common to every prefecture; the organisation that built it maintains and operates it for all, which is the most reliable and economical way to do the work.",
        ),
        "subcontractors[].work_scope" => (
            "アプリケーション改修、データパッチの作成、バックアップの取得と保管、障害発生時のデータ復旧。窓口業務及び被保険者への連絡は含まない。",
            "Application changes, data patches, taking and keeping backups, restoring data after failures. Not the counter work or contacting the insured.",
        ),
        "subcontractors[].pi_scope" => (
            "国民健康保険（賦課、資格、給付）情報ファイルのうち、保守・障害対応に必要な範囲の被保険者番号、氏名、資格情報。個人番号は取り扱わない（暗号化されたまま保管されたデータのみ）。",
            "Of the NHI (levy, eligibility, benefits) file, the insured's numbers, names and eligibility records needed for maintenance and failure handling. No My Numbers are handled (they stay encrypted).",
        ),
        "subcontractors[].capability" => (
            "ISMS認証（ISO/IEC 27001）を取得（認証範囲：システム運用部門）。全国47都道府県の国保連合会向けに同システムを10年以上運用している。担当者は情報処理安全確保支援士を含む5名。",
            "ISMS (ISO/IEC 27001) certified for its operations department. Has run this system for all 47 prefectural federations for over ten years. Five staff, including a registered information security specialist.",
        ),
        "subcontractors[].inspection" => (
            "当市又は委託先から求めがあった場合、10営業日前までの通知により作業場所への立ち入り調査を受け入れ、作業記録・アクセスログ等の資料を提出する。",
            "On request from the city or the contractor, with notice 10 working days ahead, it accepts an on-site inspection of where the work is done and hands over work records and access logs.",
        ),
        "subcontractors[].supervision" => (
            "委託先（三重県国保連合会）が、作業計画を事前に承認し、月次の作業報告書とアクセスログの点検で作業内容と安全管理の状況を確認する。年1回、実地で監査を行う。",
            "The contractor approves each work plan beforehand and checks the monthly work reports and access logs; once a year it audits on site.",
        ),
        "subcontractors[].safety_measures" => (
            "作業場所の入退室管理（ICカード・監視カメラ）、取扱者の限定とアクセス権限の最小化、操作ログの取得と月次点検、私物端末・外部記録媒体の持込み禁止、従業者への年1回の研修。",
            "Controlled entry to the work area (IC cards, cameras), only named staff with least privilege, operation logs reviewed monthly, no personal devices or removable media, yearly staff training.",
        ),
        "cloud.basic_policy.notes" => (
            "利用規約第○条で準拠法を日本法、第○条で管轄裁判所を東京地方裁判所と定めていることを確認した（2024年1月版）。",
            "Checked that the terms of service (January 2024 edition) name Japanese law as the governing law (§○) and the Tokyo District Court as the competent court (§○).",
        ),
        "cloud.controls_verification.description" => (
            "ISMAPクラウドサービスリストの登録情報と、クラウド事業者が提供する第三者監査報告書（SOC2 Type2、対象期間2023年4月〜2024年3月）を確認し、アクセス制御・暗号化・ログ管理の管理策が実施されていることを確かめた。",
            "Checked the ISMAP listing and the provider's third-party audit report (SOC 2 Type 2, April 2023 – March 2024): access control, encryption and logging controls are in place.",
        ),
        "measures[].reason" => (
            "アプリケーションはクラウド事業者のSaaSとして提供され、ソースコードの改修は行わないため、アプリケーション対応はクラウド事業者の責任範囲となる。",
            "The application is the provider's SaaS and we change no code, so securing the application is the provider's part.",
        ),
        "measures[].key_management" => (
            "暗号鍵はクラウド事業者の鍵管理サービス（KMS）で顧客管理鍵として生成・保管し、年1回ローテーションする。鍵の利用権限は運用責任者2名に限定し、利用履歴を記録する。",
            "Keys are customer-managed keys in the provider's key management service, rotated yearly; only the two operations leads may use them, and every use is logged.",
        ),
        "measures[].at_rest.scope" => (
            "データベース、ファイルストレージ及びバックアップの全て",
            "The database, file storage and every backup",
        ),
        "responsibility.model_document.title" => (
            "○○クラウド 責任共有モデル（2024年1月版）",
            "○○ Cloud shared-responsibility model (January 2024)",
        ),
        _ => return None,
    };
    Some(Words::new(ja, en))
}

/// The example of the answer at `path` of `d`: a measure's description follows the
/// measure's category.
pub fn for_answer(d: &crate::Declaration, path: &str) -> Option<Words> {
    let category = path
        .strip_prefix("measures[")
        .and_then(|r| r.split(']').next())
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|i| d.measures.get(i))
        .and_then(|m| m.category);
    example(path, category)
}

/// The example of a security measure of `category`.
pub fn measure(category: Category) -> Words {
    let (ja, en) = match category {
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
    };
    Words::new(ja, en)
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
            let w = example(f.key, Some(Category::Network))
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
                w.ja.chars().count() >= crate::rules::MIN_DESCRIPTION_CHARS,
                "{c:?}"
            );
            assert!(seen.insert(w.ja.clone()), "{c:?} repeats another example");
        }
        let enc = measure(Category::Encryption);
        for word in ["AES-256", "TLS 1.2", "鍵"] {
            assert!(enc.ja.contains(word), "encryption names {word}");
        }
        assert_eq!(example("measures[3].description", None), None);
        assert_eq!(
            example("measures[3].description", Some(Category::Network)),
            Some(measure(Category::Network))
        );
    }

    #[test]
    fn examples_are_valid_answers() {
        // An example used as it is passes the rules of its field.
        for f in FIELDS {
            if let Some(w) = example(f.key, Some(Category::Other)) {
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
