//! The cloud conditions C1–C8 of spec §4: certifications, controls, data location, basic
//! policy, ISMAP, the shared-responsibility model and the measures of the OS and above.

use super::text::{self, ask, decl_date, join, names, Reason};
use super::Status;
use crate::date::Date;
use crate::fields::{Labelled, Lang};
use crate::model::*;
use crate::words::Words;
use crate::{matrix, normalize, Severity};

/// C1: ISO/IEC 27017 or CS Mark Gold.
pub(super) fn c1(d: &Declaration, cloud: &Cloud) -> Reason {
    let certs = cloud.certifications.as_ref();
    certifications(
        d,
        &[
            (&ISO27017, certs.and_then(|c| c.iso27017.as_ref())),
            (&CS_GOLD, certs.and_then(|c| c.cs_gold_mark.as_ref())),
        ],
    )
}

/// C2: ISO/IEC 27018.
pub(super) fn c2(d: &Declaration, cloud: &Cloud) -> Reason {
    let certs = cloud.certifications.as_ref();
    certifications(d, &[(&ISO27018, certs.and_then(|c| c.iso27018.as_ref()))])
}

/// One of the certifications of C1 and C2.
struct CertSpec {
    key: &'static str,
    number_field: &'static str,
    /// As in 「ISO/IEC 27017 認証を取得していません」.
    name_ja: &'static str,
    name_en: &'static str,
    /// As in 「ISO/IEC 27017 の認証の有効期限」.
    subject_ja: &'static str,
    subject_en: &'static str,
}

const ISO27017: CertSpec = CertSpec {
    key: "cloud.certifications.iso27017",
    number_field: "certificate_number",
    name_ja: "ISO/IEC 27017 認証",
    name_en: "ISO/IEC 27017 certification",
    subject_ja: "ISO/IEC 27017 の認証",
    subject_en: "The ISO/IEC 27017 certificate",
};
const CS_GOLD: CertSpec = CertSpec {
    key: "cloud.certifications.cs_gold_mark",
    number_field: "registration_number",
    name_ja: "CSゴールドマーク",
    name_en: "CS Mark Gold",
    subject_ja: "CSゴールドマークの登録",
    subject_en: "The CS Mark Gold registration",
};
const ISO27018: CertSpec = CertSpec {
    key: "cloud.certifications.iso27018",
    number_field: "certificate_number",
    name_ja: "ISO/IEC 27018 認証",
    name_en: "ISO/IEC 27018 certification",
    subject_ja: "ISO/IEC 27018 の認証",
    subject_en: "The ISO/IEC 27018 certificate",
};

impl CertSpec {
    fn path(&self, leaf: &str) -> String {
        format!("{}.{leaf}", self.key)
    }
}

enum CertState {
    Valid {
        number: String,
        until: Date,
        on: Date,
    },
    NotHeld,
    /// Whether it is held is not answered.
    Unasked,
    Expired {
        until: Date,
        on: Date,
    },
    /// Something must still be answered; the reason says what.
    Open(Reason),
}

fn cert_state(d: &Declaration, spec: &CertSpec, cert: Option<&Certificate>) -> CertState {
    let empty = Certificate::default();
    let cert = cert.unwrap_or(&empty);
    match cert.held {
        None => CertState::Unasked,
        Some(false) => CertState::NotHeld,
        Some(true) => {
            let given = text::given(&cert.valid_until);
            let until = given.and_then(Date::parse);
            let on = decl_date(d);
            if let (Some(until), Some(on)) = (until, on) {
                if until < on {
                    return CertState::Expired { until, on };
                }
            }
            let mut r = Reason::default();
            let mut missing = Vec::new();
            if cert.number().is_none() {
                missing.push(spec.path(spec.number_field));
            }
            if given.is_none() {
                missing.push(spec.path("valid_until"));
            }
            if !missing.is_empty() {
                let Words { ja, en } = names(&missing);
                r.say(
                    format!("{}の{ja}を入力してください。", spec.name_ja),
                    format!("Enter the {} {en}.", spec.name_en),
                );
                r.paths(missing);
            }
            if given.is_some() && until.is_none() {
                text::ask_real_date(
                    &mut r,
                    &spec.path("valid_until"),
                    spec.name_ja,
                    spec.name_en,
                );
            }
            match (r.is_empty(), until, on) {
                (true, Some(until), Some(on)) => CertState::Valid {
                    number: crate::words::isolated(cert.number().unwrap_or_default()).into_owned(),
                    until,
                    on,
                },
                (true, _, _) => {
                    text::ask_decl_date(&mut r, d);
                    CertState::Open(r)
                }
                (false, _, _) => CertState::Open(r),
            }
        }
    }
}

/// C1 and C2: met when any of the certifications is valid on the declaration date; not met
/// when every one is answered and none is; unanswered otherwise.
fn certifications(d: &Declaration, specs: &[(&CertSpec, Option<&Certificate>)]) -> Reason {
    let states: Vec<(&CertSpec, CertState)> = specs
        .iter()
        .map(|&(spec, cert)| (spec, cert_state(d, spec, cert)))
        .collect();
    let mut met = Reason::default();
    let mut failing = Reason::default();
    let mut open = Reason::default();
    let mut unasked = Vec::new();
    for (spec, state) in states {
        match state {
            CertState::Valid { number, until, on } => {
                let number_label = text::label(&spec.path(spec.number_field));
                met.say(
                    format!(
                        "{}（{} {number}）は申告日（{on}）時点で有効です（有効期限 {until}）。",
                        spec.subject_ja, number_label.ja
                    ),
                    format!(
                        "{} ({number}) is valid on the declaration date ({on}), until {until}.",
                        spec.subject_en
                    ),
                );
                met.paths([
                    spec.path("held"),
                    spec.path(spec.number_field),
                    spec.path("valid_until"),
                ]);
            }
            CertState::NotHeld => {
                failing.say(
                    format!("{}を取得していません。", spec.name_ja),
                    format!("The provider does not hold {}.", spec.name_en),
                );
                failing.path(spec.path("held"));
            }
            CertState::Expired { until, on } => {
                failing.say(
                    format!(
                        "{}の有効期限（{until}）が申告日（{on}）より前です。",
                        spec.subject_ja
                    ),
                    format!(
                        "{} was valid until {until}, before the declaration date ({on}).",
                        spec.subject_en
                    ),
                );
                failing.path(spec.path("valid_until"));
            }
            CertState::Unasked => unasked.push(spec.path("held")),
            CertState::Open(r) => open.append(r),
        }
    }
    if !unasked.is_empty() {
        let mut asked = Reason::default();
        ask(&mut asked, &unasked);
        asked.append(open);
        open = asked;
    }
    if !met.is_empty() {
        met.status = Status::Met;
        met
    } else if !open.is_empty() {
        failing.append_leading_paths(open);
        failing.status = Status::Unanswered;
        failing
    } else {
        failing.status = Status::NotMet;
        failing
    }
}

/// C3: how the provider's controls were verified.
pub(super) fn c3(cloud: &Cloud) -> Reason {
    let cv = cloud.controls_verification.clone().unwrap_or_default();
    let mut missing = Vec::new();
    if cv.method.is_none() {
        missing.push("cloud.controls_verification.method".to_string());
    }
    if text::given(&cv.description).is_none() {
        missing.push("cloud.controls_verification.description".to_string());
    }
    let mut r = Reason::default();
    match cv.method {
        Some(method) if missing.is_empty() => {
            r.status = Status::Met;
            r.say(
                format!(
                    "管理策の実施状況を「{}」により確認し、確認の内容が記載されています。",
                    method.label(Lang::Ja)
                ),
                format!(
                    "The controls were verified through: {}; what was verified is described.",
                    method.label(Lang::En)
                ),
            );
            r.paths([
                "cloud.controls_verification.method",
                "cloud.controls_verification.description",
            ]);
        }
        _ => ask(&mut r, &missing),
    }
    r
}

/// C4: every storage location in Japan, and the contract says so.
pub(super) fn c4(cloud: &Cloud) -> Reason {
    let loc = cloud.data_location.clone().unwrap_or_default();
    let guarantee = "cloud.data_location.contract_guarantees_domestic";
    let mut failing = Reason::default();
    let mut open = Reason::default();
    let mut foreign = Vec::new();
    let mut domestic = Vec::new();
    if loc.regions.is_empty() {
        open.say(
            "「保管場所」を1件以上入力してください。",
            "Add at least one storage location.",
        );
        open.path("cloud.data_location.regions");
    }
    for (i, region) in loc.regions.iter().enumerate() {
        let path = format!("cloud.data_location.regions[{i}].country");
        let name = text::given(&region.name);
        let Words {
            ja: name_ja,
            en: name_en,
        } = match name {
            Some(n) => Words::same(crate::words::isolated(n)),
            None => crate::answers::entry_label(crate::answers::Group::Regions, i),
        };
        match text::given(&region.country).map(normalize::country) {
            None => ask(&mut open, &[path]),
            Some(code) if code == "JP" => domestic.push(Words::new(name_ja, name_en)),
            Some(code) if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) => {
                foreign.push(Words::new(
                    format!("{name_ja} ({code})"),
                    format!("{name_en} ({code})"),
                ));
                failing.path(path);
            }
            Some(_) => {
                open.say(
                    format!("{name_ja}の「国」は ISO 3166-1 の2文字の国コードで入力してください（日本は JP）。"),
                    format!("Enter the country of {name_en} as a two-letter ISO 3166-1 code (Japan is JP)."),
                );
                open.path(path);
            }
        }
    }
    if !foreign.is_empty() {
        let Words { ja, en } = join(&foreign, 5);
        failing.say(
            format!("日本国外の保管場所があります：{ja}。"),
            format!("Data is kept outside Japan: {en}."),
        );
    }
    match loc.contract_guarantees_domestic {
        Some(true) => {}
        Some(false) => {
            failing.say(
                "日本国内でのデータ保管が契約上の条件となっていません。",
                "The contract does not require data to be kept in Japan.",
            );
            failing.path(guarantee);
        }
        None => ask(&mut open, &[guarantee.to_string()]),
    }
    if !failing.is_empty() {
        failing.status = Status::NotMet;
        failing.append(open);
        return failing;
    }
    if !open.is_empty() {
        return open;
    }
    let Words { ja, en } = join(&domestic, 5);
    let mut r = Reason::met(
        format!("全ての保管場所（{ja}）が日本国内（JP）にあり、日本国内でのデータ保管が契約上の条件となっています。"),
        format!("Every storage location ({en}) is in Japan (JP), and the contract requires data to be kept in Japan."),
    );
    r.paths(["cloud.data_location.regions", guarantee]);
    r
}

/// C5: Japanese governing law and a court in Japan.
pub(super) fn c5(cloud: &Cloud) -> Reason {
    let bp = cloud.basic_policy.clone().unwrap_or_default();
    let law = "cloud.basic_policy.governing_law_japan";
    let court = "cloud.basic_policy.jurisdiction_japan";
    let mut failing = Reason::default();
    let mut missing = Vec::new();
    if bp.governing_law_japan == Some(false) {
        failing.say(
            "準拠法が日本法ではありません。",
            "The governing law is not Japanese law.",
        );
        failing.path(law);
    }
    if bp.jurisdiction_japan == Some(false) {
        failing.say(
            "管轄裁判所が日本国内ではありません。",
            "The competent court is not in Japan.",
        );
        failing.path(court);
    }
    for (answer, path) in [
        (bp.governing_law_japan, law),
        (bp.jurisdiction_japan, court),
    ] {
        if answer.is_none() {
            missing.push(path.to_string());
        }
    }
    if !failing.is_empty() {
        failing.status = Status::NotMet;
        return failing;
    }
    if !missing.is_empty() {
        let mut r = Reason::default();
        ask(&mut r, &missing);
        return r;
    }
    let mut r = Reason::met(
        "準拠法が日本法であり、管轄裁判所が日本国内です。",
        "The governing law is Japanese law and the competent court is in Japan.",
    );
    r.paths([law, court]);
    r
}

/// C6: on the ISMAP (or ISMAP-LIU) list, with a registration number, not lapsed.
pub(super) fn c6(d: &Declaration, cloud: &Cloud) -> Reason {
    let ismap = cloud.ismap.clone().unwrap_or_default();
    let list = ismap.list.unwrap_or(IsmapList::Ismap).label(Lang::Ja);
    let mut r = Reason::default();
    match ismap.listed {
        None => ask(&mut r, &["cloud.ismap.listed".to_string()]),
        Some(false) => {
            r.status = Status::NotMet;
            r.say(
                "ISMAP及びISMAP-LIUのクラウドサービスリストに掲載されていません。",
                "The service is on neither the ISMAP nor the ISMAP-LIU cloud service list.",
            );
            r.path("cloud.ismap.listed");
        }
        Some(true) => {
            let given = text::given(&ismap.valid_until);
            let until = given.and_then(Date::parse);
            let on = decl_date(d);
            if let (Some(until), Some(on)) = (until, on) {
                if until < on {
                    r.status = Status::NotMet;
                    r.say(
                        format!("{list}のクラウドサービスリストへの登録の有効期限（{until}）が申告日（{on}）より前で、登録が失効しています。"),
                        format!("The {list} listing lapsed on {until}, before the declaration date ({on})."),
                    );
                    r.path("cloud.ismap.valid_until");
                    return r;
                }
            }
            let number = text::quoted(&ismap.registration_number);
            if number.is_none() {
                ask(&mut r, &["cloud.ismap.registration_number".to_string()]);
            }
            if given.is_some() && until.is_none() {
                text::ask_real_date(&mut r, "cloud.ismap.valid_until", "ISMAP", "ISMAP listing");
            } else if given.is_some() && on.is_none() {
                text::ask_decl_date(&mut r, d);
            }
            if let (true, Some(number)) = (r.is_empty(), number) {
                r.status = Status::Met;
                let (until_ja, until_en) = match (until, on) {
                    (Some(u), Some(on)) => (
                        format!("有効期限 {u}、申告日（{on}）時点で有効"),
                        format!("valid until {u}, in force on the declaration date ({on})"),
                    ),
                    _ => (
                        "有効期限の記入なし".to_string(),
                        "no expiry date given".to_string(),
                    ),
                };
                let liu = ismap.list == Some(IsmapList::IsmapLiu);
                r.say(
                    format!(
                        "{list}のクラウドサービスリストに登録番号 {number} で掲載されています（{until_ja}）。{}",
                        if liu { "ISMAP-LIU は影響度の低い SaaS 向けのリストで、この条件を満たします。" } else { "" }
                    ),
                    format!(
                        "The service is on the {list} cloud service list as {number} ({until_en}).{}",
                        if liu { " ISMAP-LIU, the list for low-impact SaaS, meets this condition." } else { "" }
                    ),
                );
                r.paths([
                    "cloud.ismap.listed",
                    "cloud.ismap.list",
                    "cloud.ismap.registration_number",
                ]);
                if until.is_some() {
                    r.path("cloud.ismap.valid_until");
                }
            }
        }
    }
    r
}

/// C7: the model document named, understood, and a full responsibility table.
pub(super) fn c7(d: &Declaration) -> Reason {
    let resp = d.responsibility.clone().unwrap_or_default();
    let title = resp
        .model_document
        .as_ref()
        .and_then(|m| text::quoted(&m.title));
    let mut failing = Reason::default();
    let mut open = Reason::default();
    let dups = matrix::duplicate_layers(&resp.matrix);
    if !dups.is_empty() {
        let Words { ja, en } = text::layer_names(&dups);
        failing.say(
            format!(
                "責任分担表に{ja}が2回以上記入されています。各レイヤーは1回だけ記入してください。"
            ),
            format!(
                "The responsibility table lists {en} more than once; list each layer exactly once."
            ),
        );
        failing.path("responsibility.matrix");
    }
    if title.is_none() {
        ask(
            &mut open,
            &["responsibility.model_document.title".to_string()],
        );
    }
    if resp.understood != Some(true) {
        ask(&mut open, &["responsibility.understood".to_string()]);
    }
    let missing = matrix::missing_layers(&resp.matrix);
    if resp.matrix.is_empty() {
        open.say(
            "「責任分担表」を記入してください（サービス形態から初期値を入れられます）。",
            "Fill in the responsibility table (it can start from the service model's defaults).",
        );
        open.path("responsibility.matrix");
    } else if !missing.is_empty() {
        let Words { ja, en } = text::layer_names(&missing);
        open.say(
            format!("責任分担表に次のレイヤーがありません：{ja}。"),
            format!("The responsibility table lacks these layers: {en}."),
        );
        open.path("responsibility.matrix");
    }
    if !failing.is_empty() {
        failing.status = Status::NotMet;
        failing.append(open);
        return failing;
    }
    if !open.is_empty() {
        return open;
    }
    let title = title.unwrap_or_default();
    let layers = Layer::ALL.len();
    let mut r = Reason::met(
        format!("クラウド事業者の責任共有モデル（「{title}」）を理解していることが確認され、責任分担表に全{layers}レイヤーが1回ずつ記入されています。"),
        format!("The team confirms it understands the provider's shared-responsibility model (“{title}”), and the responsibility table lists all {layers} layers once each."),
    );
    r.paths([
        "responsibility.model_document.title",
        "responsibility.understood",
        "responsibility.matrix",
    ]);
    r
}

/// C8: the measures of the OS and above, held to the measure rules of spec §3.
pub(super) fn c8(d: &Declaration) -> Reason {
    let mut r = Reason::default();
    if d.measures.is_empty() {
        // The rule in words is the registry's hint of the measures, said once.
        let hint = crate::fields::key::MEASURES;
        r.say(
            format!(
                "「{}」を入力してください。{}",
                hint.label(Lang::Ja),
                hint.hint(Lang::Ja)
            ),
            format!(
                "Add the {}. {}",
                hint.label(Lang::En).to_lowercase(),
                hint.hint(Lang::En)
            ),
        );
        r.path("measures");
        return r;
    }
    let errors: Vec<crate::Issue> = crate::rules::measure_issues(d)
        .into_iter()
        .filter(|i| i.severity == Severity::Error)
        .collect();
    if errors.is_empty() {
        let n = d.measures.len();
        let cats: Vec<Words> = Category::ALL
            .iter()
            .filter(|c| d.measures.iter().any(|m| m.category == Some(**c)))
            .map(|c| Words::of(*c))
            .collect();
        let Words { ja, en } = join(&cats, usize::MAX);
        let mut r = Reason::met(
            format!("セキュリティ対策が{n}件（{ja}）記載され、OS以上のレイヤーの対策に係る規則を全て満たしています。"),
            format!(
                "{} given ({en}), meeting every rule for the layers from the OS upward.",
                text::plural(n, "security measure is", "security measures are")
            ),
        );
        r.path("measures");
        return r;
    }
    // What is not written yet (a category without a measure, a description to give, an
    // example's ○ left in) leaves the condition 未入力; only an answer given that fails a
    // rule makes it 不適合 (spec §4).
    if errors.iter().any(|e| !e.unwritten) {
        r.status = Status::NotMet;
        let failing: Vec<crate::Issue> = errors.iter().filter(|e| !e.unwritten).cloned().collect();
        text::say_issues(&mut r, &failing);
    }
    let unwritten: Vec<crate::Issue> = errors.into_iter().filter(|e| e.unwritten).collect();
    text::say_issues(&mut r, &unwritten);
    r
}
