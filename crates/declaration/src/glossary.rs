//! 用語集: the words of the declaration a non-engineer may not know, each explained in a few
//! plain sentences in both languages, with the answers it helps with (so the form can link
//! from those answers' hints to the term). The app's 用語集 page lists them in this order.

use crate::fields;
use crate::words::Words;

/// One term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// A stable id for links (`#/glossary/ismap`).
    pub id: &'static str,
    pub ja: &'static str,
    pub en: &'static str,
    pub explain_ja: &'static str,
    pub explain_en: &'static str,
    /// Registry keys of the answers this term helps with.
    pub keys: &'static [&'static str],
}

impl Term {
    pub fn name(&self) -> Words {
        Words::new(self.ja, self.en)
    }

    pub fn explanation(&self) -> Words {
        Words::new(self.explain_ja, self.explain_en)
    }
}

/// Every term, in the order the 用語集 lists them.
pub static TERMS: &[Term] = &[
    Term {
        id: "ismap",
        ja: "ISMAP（イスマップ）",
        en: "ISMAP",
        explain_ja: "政府情報システムのためのセキュリティ評価制度。国が定めた基準に基づき監査を受けたクラウドサービスが「ISMAPクラウドサービスリスト」に登録されます。登録には有効期限（原則として監査対象期間の終了から1年4か月）があります。",
        explain_en: "The government's security assessment programme for cloud services. Services audited against its standard are registered on the ISMAP cloud service list; a listing lapses (in principle 1 year 4 months after the audited period).",
        keys: &["cloud.ismap.listed", "cloud.ismap.registration_number", "cloud.ismap.valid_until", "cloud.controls_verification.method"],
    },
    Term {
        id: "ismap-liu",
        ja: "ISMAP-LIU",
        en: "ISMAP-LIU",
        explain_ja: "ISMAPのうち、機密性の低い情報を扱う影響度の低いSaaS向けの仕組み（LIU：Low-Impact Use）。登録されるリストが別になります。",
        explain_en: "The part of ISMAP for low-impact SaaS that handles information of low sensitivity (LIU: Low-Impact Use), with a list of its own.",
        keys: &["cloud.ismap.list"],
    },
    Term {
        id: "iso27017",
        ja: "ISO/IEC 27017",
        en: "ISO/IEC 27017",
        explain_ja: "クラウドサービスの情報セキュリティ管理策の国際規格。ISMS（ISO/IEC 27001）に加えて、クラウド事業者と利用者の双方が実施すべき管理策を定めています。",
        explain_en: "The international standard for the security controls of cloud services: on top of ISMS (ISO/IEC 27001), the controls both provider and customer must apply.",
        keys: &["cloud.certifications.iso27017.held"],
    },
    Term {
        id: "cs-gold-mark",
        ja: "CSゴールドマーク",
        en: "CS Mark Gold",
        explain_ja: "日本セキュリティ監査協会（JASA）のクラウドセキュリティ推進制度で、外部監査を受けたクラウドサービスに付与されるマーク。この申告では ISO/IEC 27017 の代わりになります。",
        explain_en: "The mark JASA's cloud security programme gives a cloud service after an external audit. In this declaration it stands in for ISO/IEC 27017.",
        keys: &["cloud.certifications.cs_gold_mark.held"],
    },
    Term {
        id: "iso27018",
        ja: "ISO/IEC 27018",
        en: "ISO/IEC 27018",
        explain_ja: "パブリッククラウドで個人情報を保護するための国際規格。クラウド事業者が個人情報をどう扱うか（目的外利用の禁止、開示の通知等）を定めています。",
        explain_en: "The international standard for protecting personal data in public clouds: how the provider may handle it (no use for other purposes, notice of disclosure, …).",
        keys: &["cloud.certifications.iso27018.held"],
    },
    Term {
        id: "shared-responsibility",
        ja: "責任共有モデル",
        en: "Shared-responsibility model",
        explain_ja: "クラウドのどの部分（施設、OS、アプリケーション、データ等）をクラウド事業者が守り、どの部分を利用者が守るかの分担。クラウド事業者が資料として公開しています。サービス形態（IaaS・PaaS・SaaS）によって分担が変わります。",
        explain_en: "Which parts of the cloud (facility, OS, application, data, …) the provider secures and which the customer does. Providers publish it; the split depends on the service model (IaaS, PaaS, SaaS).",
        keys: &["responsibility.model_document.title", "responsibility.understood", "responsibility.matrix", "cloud.service_model"],
    },
    Term {
        id: "service-model",
        ja: "IaaS・PaaS・SaaS",
        en: "IaaS, PaaS, SaaS",
        explain_ja: "IaaSはサーバ等の基盤だけを借り、OSから上は利用者が管理します。PaaSはOSやミドルウェアまで事業者が管理し、利用者はアプリケーションを載せます。SaaSはアプリケーションまで事業者が提供します。",
        explain_en: "With IaaS you rent the infrastructure and manage everything from the OS up; with PaaS the provider also runs the OS and middleware and you bring the application; with SaaS the provider delivers the application too.",
        keys: &["cloud.service_model"],
    },
    Term {
        id: "specific-personal-information",
        ja: "特定個人情報",
        en: "Specific personal information",
        explain_ja: "個人番号（マイナンバー）をその内容に含む個人情報。番号法により、取扱いや委託・再委託に厳しい制限があります。",
        explain_en: "Personal information that includes an Individual Number (My Number). The My Number Act strictly limits how it is handled, entrusted and re-subcontracted.",
        keys: &["basic.pi_file", "subcontractors[].pi_scope"],
    },
    Term {
        id: "resubcontract",
        ja: "再委託",
        en: "Re-subcontracting",
        explain_ja: "市から業務を受託した委託先が、その業務の全部又は一部を別の事業者に委託すること。再委託先がさらに委託する場合（再々委託）も含め、事前に市の許諾が必要です。",
        explain_en: "The contractor passing all or part of the city's work on to another company. It needs the city's permission beforehand, also when a subcontractor passes it on again.",
        keys: &["entrustment.resubcontract", "entrustment.resubcontracted_work", "subcontractors"],
    },
    Term {
        id: "structure-diagram",
        ja: "履行体制図",
        en: "Implementation structure diagram",
        explain_ja: "誰が誰に業務を委託し、誰が誰を監督するかを示す図。このアプリは各再委託先の「委託元(監督する者)」から自動で描きます。",
        explain_en: "The chart of who commissions and supervises whom. This app draws it from each subcontractor's “Commissioned and supervised by”.",
        keys: &["subcontractors[].parent", "subcontractors[].supervision"],
    },
    Term {
        id: "controls",
        ja: "管理策",
        en: "Security controls",
        explain_ja: "情報を守るための具体的な取組み（アクセス制御、暗号化、ログの記録、監査等）。規格や監査は、これらが定められ実施されていることを確かめます。",
        explain_en: "The concrete means of protecting information (access control, encryption, logging, audits, …). Standards and audits check that they are defined and in place.",
        keys: &["cloud.controls_verification.method", "cloud.controls_verification.description"],
    },
    Term {
        id: "basic-policy",
        ja: "政府情報システムにおけるクラウドサービスの利用に係る基本方針",
        en: "The government's basic policy on cloud use",
        explain_ja: "政府がクラウドサービスを使うときの考え方を定めた方針。契約の準拠法を日本法とし、紛争の管轄裁判所を日本国内とすること等を求めています。",
        explain_en: "The government's policy on using cloud services. Among other things it asks that contracts be governed by Japanese law and disputes be heard by a court in Japan.",
        keys: &["cloud.basic_policy.governing_law_japan", "cloud.basic_policy.jurisdiction_japan"],
    },
    Term {
        id: "governing-law",
        ja: "準拠法・管轄裁判所",
        en: "Governing law and competent court",
        explain_ja: "準拠法は契約の解釈に使う国の法律、管轄裁判所は紛争になったときに訴えを起こす裁判所。海外の法律や裁判所だと、データの差押え等に日本の法律で対抗できないおそれがあります。",
        explain_en: "The governing law is the country's law the contract is read under; the competent court is where a dispute goes. With foreign ones, Japanese law may not protect the data (from seizure, say).",
        keys: &["cloud.basic_policy.governing_law_japan", "cloud.basic_policy.jurisdiction_japan"],
    },
    Term {
        id: "inspection",
        ja: "立ち入り調査",
        en: "On-site inspection",
        explain_ja: "市や委託先が、再委託先の作業場所に出向いて安全管理の状況を確認すること。どのような条件で受け入れるかを記入します。",
        explain_en: "The city or the contractor visiting where a subcontractor works to check its safety management. Give the terms on which it is accepted.",
        keys: &["subcontractors[].inspection"],
    },
    Term {
        id: "wareki",
        ja: "和暦",
        en: "Japanese era dates",
        explain_ja: "令和・平成などの元号による日付。日付欄には「令和6年2月20日」「R6.2.20」のようにも入力でき、保存時に西暦（2024-02-20）になります。印刷用の書面は和暦で表示されます。",
        explain_en: "Dates in the imperial eras (令和, 平成, …). Date fields also take 令和6年2月20日 or R6.2.20, stored as 2024-02-20; the printed document writes them in the era.",
        keys: &[],
    },
];

/// The term of `id`.
pub fn term(id: &str) -> Option<&'static Term> {
    TERMS.iter().find(|t| t.id == id)
}

/// The ids of [`TERMS`], in order: what a link to the 用語集 is checked against
/// ([`term_id`]) without the terms' words, which only the 用語集 and the hints show.
pub static IDS: &[&str] = &[
    "ismap",
    "ismap-liu",
    "iso27017",
    "cs-gold-mark",
    "iso27018",
    "shared-responsibility",
    "service-model",
    "specific-personal-information",
    "resubcontract",
    "structure-diagram",
    "controls",
    "basic-policy",
    "governing-law",
    "inspection",
    "wareki",
];

/// The id of the term `id` names, if there is one (as [`term`] would find it).
pub fn term_id(id: &str) -> Option<&'static str> {
    IDS.iter().find(|&&t| t == id).copied()
}

/// The terms that help with the answer at `path` (a path or a key).
pub fn terms_for(path: &str) -> Vec<&'static Term> {
    let key = fields::key_of(path);
    TERMS
        .iter()
        .filter(|t| t.keys.contains(&key.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ids_are_the_terms_ids() {
        assert_eq!(IDS, TERMS.iter().map(|t| t.id).collect::<Vec<_>>());
        assert_eq!(term_id("ismap"), Some("ismap"));
        assert_eq!(term_id("nope"), None);
    }

    #[test]
    fn terms_are_unique_explained_and_point_at_real_answers() {
        let mut ids = std::collections::HashSet::new();
        for t in TERMS {
            assert!(ids.insert(t.id), "{} twice", t.id);
            assert!(
                t.explain_ja.chars().count() >= 30 && t.explain_en.len() >= 30,
                "{}",
                t.id
            );
            for k in t.keys {
                assert!(fields::field(k).is_some(), "{} names {k}", t.id);
            }
        }
        for id in [
            "ismap",
            "ismap-liu",
            "cs-gold-mark",
            "iso27017",
            "iso27018",
            "shared-responsibility",
            "specific-personal-information",
            "resubcontract",
            "structure-diagram",
            "controls",
            "governing-law",
        ] {
            assert!(term(id).is_some(), "{id}");
        }
        assert_eq!(terms_for("cloud.ismap.listed")[0].id, "ismap");
        assert!(terms_for("subcontractors[3].pi_scope")
            .iter()
            .any(|t| t.id == "specific-personal-information"));
        assert!(terms_for("basic.municipality").is_empty());
    }
}
