//! The answers of クラウドサービス and 責任共有モデル, asked only when the system sits in a
//! cloud: the service, its certifications and ISMAP listing, where the data is kept, the
//! basic-policy contract terms, how the controls were verified, the provider's model and
//! the rows of the responsibility matrix ([`matrix_issues`]).
//!
//! The coverage of the matrix by measures is [`super::measures`]'s.

use super::check::{self, Ctx};
use super::messages::{self as msg, At};
use crate::answers::asked;
use crate::model::*;
use crate::Issue;

/// クラウドサービス. Called only when `uses_cloud`.
pub(super) fn cloud(ctx: &mut Ctx, d: &Declaration) {
    let empty = Cloud::default();
    let c = d.cloud.as_ref().unwrap_or(&empty);
    ctx.text("cloud.provider", c.provider.as_deref(), true);
    ctx.text("cloud.service", c.service.as_deref(), true);
    ctx.choice("cloud.service_model", c.service_model);

    let empty = Certifications::default();
    let certs = c.certifications.as_ref().unwrap_or(&empty);
    certificate(
        ctx,
        d,
        "iso27017",
        "certificate_number",
        certs.iso27017.as_ref(),
    );
    certificate(
        ctx,
        d,
        "cs_gold_mark",
        "registration_number",
        certs.cs_gold_mark.as_ref(),
    );
    certificate(
        ctx,
        d,
        "iso27018",
        "certificate_number",
        certs.iso27018.as_ref(),
    );

    let empty = Ismap::default();
    let ismap = c.ismap.as_ref().unwrap_or(&empty);
    ctx.yes_no("cloud.ismap.listed", ismap.listed);
    if asked(d, "cloud.ismap.registration_number") {
        let number = "cloud.ismap.registration_number";
        ctx.text(number, ismap.registration_number.as_deref(), true);
        ctx.text(
            "cloud.ismap.listed_service_name",
            ismap.listed_service_name.as_deref(),
            false,
        );
        let path = "cloud.ismap.valid_until";
        let until = ctx.date(path, ismap.valid_until.as_deref(), false);
        ctx.lapsed_warning(path, "cloud.ismap.listed", until);
    }

    let empty = DataLocation::default();
    let location = c.data_location.as_ref().unwrap_or(&empty);
    if location.regions.is_empty() {
        let path = "cloud.data_location.regions";
        ctx.push(msg::at_least_one(path).error(path));
    }
    for (i, r) in location.regions.iter().enumerate() {
        let p = |field: &str| format!("cloud.data_location.regions[{i}].{field}");
        ctx.text(&p("name"), r.name.as_deref(), true);
        let country = p("country");
        let before = ctx.issues.len();
        if let Some(code) = ctx.text(&country, r.country.as_deref(), true) {
            // Only when the text itself is fine, so one problem gets one message.
            if ctx.issues.len() == before && !check::is_country(code) {
                ctx.push(msg::country(&country).error(&country));
            }
        }
        ctx.choice(&p("purpose"), r.purpose);
    }
    ctx.yes_no(
        "cloud.data_location.contract_guarantees_domestic",
        location.contract_guarantees_domestic,
    );

    let empty = BasicPolicy::default();
    let policy = c.basic_policy.as_ref().unwrap_or(&empty);
    ctx.yes_no(
        "cloud.basic_policy.governing_law_japan",
        policy.governing_law_japan,
    );
    ctx.yes_no(
        "cloud.basic_policy.jurisdiction_japan",
        policy.jurisdiction_japan,
    );
    ctx.text("cloud.basic_policy.notes", policy.notes.as_deref(), false);

    let empty = ControlsVerification::default();
    let v = c.controls_verification.as_ref().unwrap_or(&empty);
    ctx.choice("cloud.controls_verification.method", v.method);
    ctx.text(
        "cloud.controls_verification.description",
        v.description.as_deref(),
        true,
    );
}

/// One certification: held answered; when held, its number and a real valid-until date
/// (a date already past on the declaration date is a warning: lapsing is the verdict's).
/// `number_key` is the key the form asks (`registration_number` for the CS Mark); the
/// other key, when a file gives it instead, is checked under the same field.
fn certificate(
    ctx: &mut Ctx,
    d: &Declaration,
    name: &str,
    number_key: &str,
    cert: Option<&Certificate>,
) {
    let empty = Certificate::default();
    let cert = cert.unwrap_or(&empty);
    let held = format!("cloud.certifications.{name}.held");
    ctx.yes_no(&held, cert.held);
    let number = format!("cloud.certifications.{name}.{number_key}");
    if !asked(d, &number) {
        return;
    }
    let (given, other) = if number_key == "registration_number" {
        (&cert.registration_number, &cert.certificate_number)
    } else {
        (&cert.certificate_number, &cert.registration_number)
    };
    let given = ctx.text(&number, given.as_deref(), false).is_some();
    let given_other = ctx.text(&number, other.as_deref(), false).is_some();
    if !given && !given_other {
        debug_assert!(cert.number().is_none());
        ctx.push(msg::enter(&number).error(&number));
    }
    if name != "cs_gold_mark" {
        let certifier = format!("cloud.certifications.{name}.certifier");
        ctx.text(&certifier, cert.certifier.as_deref(), false);
    }
    let path = format!("cloud.certifications.{name}.valid_until");
    let until = ctx.date(&path, cert.valid_until.as_deref(), true);
    ctx.lapsed_warning(&path, &held, until);
}

/// 責任共有モデル. Called only when `uses_cloud`.
pub(super) fn responsibility(ctx: &mut Ctx, d: &Declaration) {
    let empty = Responsibility::default();
    let r = d.responsibility.as_ref().unwrap_or(&empty);
    let empty = ModelDocument::default();
    let doc = r.model_document.as_ref().unwrap_or(&empty);
    ctx.text(
        "responsibility.model_document.title",
        doc.title.as_deref(),
        true,
    );
    ctx.text(
        "responsibility.model_document.url",
        doc.url.as_deref(),
        false,
    );
    ctx.text(
        "responsibility.model_document.version_or_date",
        doc.version_or_date.as_deref(),
        false,
    );
    ctx.tick("responsibility.understood", r.understood);
    ctx.issues.extend(matrix_issues(d));
}

/// The rows of the responsibility matrix: every layer of [`Layer::ALL`] exactly once (one
/// issue when the matrix is empty, else one per missing and one per repeated layer), all at
/// `responsibility.matrix`. Empty unless `uses_cloud` is `Some(true)`.
pub fn matrix_issues(d: &Declaration) -> Vec<Issue> {
    const PATH: &str = "responsibility.matrix";
    if d.uses_cloud() != Some(true) {
        return Vec::new();
    }
    let rows = d.responsibility.as_ref().map_or(&[][..], |r| &r.matrix[..]);
    if rows.is_empty() {
        return vec![msg::matrix_empty(PATH).error(PATH)];
    }
    let mut issues = Vec::new();
    for &layer in Layer::ALL {
        match rows.iter().filter(|r| r.layer == layer).count() {
            0 => issues.push(msg::matrix_missing(PATH, layer).error(PATH)),
            1 => {}
            n => issues.push(msg::matrix_duplicate(PATH, layer, n).error(PATH)),
        }
    }
    issues
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use super::*;
    use crate::Severity;

    fn cloud(d: &mut Declaration) -> &mut Cloud {
        d.cloud.as_mut().unwrap()
    }

    fn certs(d: &mut Declaration) -> &mut Certifications {
        cloud(d).certifications.as_mut().unwrap()
    }

    fn ismap(d: &mut Declaration) -> &mut Ismap {
        cloud(d).ismap.as_mut().unwrap()
    }

    fn regions(d: &mut Declaration) -> &mut Vec<Region> {
        &mut cloud(d).data_location.as_mut().unwrap().regions
    }

    fn resp(d: &mut Declaration) -> &mut Responsibility {
        d.responsibility.as_mut().unwrap()
    }

    #[test]
    fn service() {
        let e = only_error_at("cloud.provider", |d| cloud(d).provider = None);
        assert_eq!(e.text.ja, "クラウド事業者名を入力してください");
        only_error_at("cloud.service", |d| cloud(d).service = Some("  ".into()));
        let e = only_error_at("cloud.service_model", |d| cloud(d).service_model = None);
        assert_eq!(
            (e.text.ja.as_str(), e.text.en.as_str()),
            ("サービス形態を選択してください", "Select the service model")
        );
    }

    #[test]
    fn a_missing_cloud_section_reports_every_required_answer() {
        let issues = issues_after(|d| d.cloud = None);
        for path in [
            "cloud.provider",
            "cloud.service",
            "cloud.service_model",
            "cloud.certifications.iso27017.held",
            "cloud.certifications.cs_gold_mark.held",
            "cloud.certifications.iso27018.held",
            "cloud.ismap.listed",
            "cloud.data_location.regions",
            "cloud.data_location.contract_guarantees_domestic",
            "cloud.basic_policy.governing_law_japan",
            "cloud.basic_policy.jurisdiction_japan",
            "cloud.controls_verification.method",
            "cloud.controls_verification.description",
        ] {
            assert_error_at(&issues, path);
        }
        assert_eq!(issues.len(), 13, "{issues:#?}");
    }

    #[test]
    fn certifications_held_is_answered() {
        let e = only_error_at("cloud.certifications.iso27017.held", |d| {
            certs(d).iso27017 = None
        });
        assert_eq!(
            e.text.ja,
            "ISO/IEC 27017 認証について「はい」又は「いいえ」を選択してください"
        );
        only_error_at("cloud.certifications.cs_gold_mark.held", |d| {
            certs(d).cs_gold_mark.as_mut().unwrap().held = None
        });
        only_error_at("cloud.certifications.iso27018.held", |d| {
            certs(d).iso27018.as_mut().unwrap().held = None
        });
        // Not held: nothing else is asked.
        still_valid(|d| {
            let c = certs(d).iso27018.as_mut().unwrap();
            c.held = Some(false);
            c.certificate_number = None;
            c.valid_until = Some("garbage".into());
        });
    }

    #[test]
    fn a_held_certificate_needs_number_and_valid_until() {
        let e = only_error_at("cloud.certifications.iso27017.certificate_number", |d| {
            certs(d).iso27017.as_mut().unwrap().certificate_number = None
        });
        assert_eq!(e.text.ja, "認証番号を入力してください");
        // The other key is read as well (Certificate::number).
        still_valid(|d| {
            let c = certs(d).iso27017.as_mut().unwrap();
            c.registration_number = c.certificate_number.take();
        });
        let e = only_error_at(
            "cloud.certifications.cs_gold_mark.registration_number",
            |d| {
                let c = certs(d).cs_gold_mark.as_mut().unwrap();
                c.held = Some(true);
                c.valid_until = Some("2026-01-01".into());
            },
        );
        assert_eq!(e.text.ja, "登録番号を入力してください");
        still_valid(|d| {
            let c = certs(d).cs_gold_mark.as_mut().unwrap();
            c.held = Some(true);
            c.registration_number = Some("CS-G-0001".into());
            c.valid_until = Some("2026-01-01".into());
        });
        only_error_at("cloud.certifications.iso27018.valid_until", |d| {
            certs(d).iso27018.as_mut().unwrap().valid_until = None
        });
        let e = only_error_at("cloud.certifications.iso27018.valid_until", |d| {
            certs(d).iso27018.as_mut().unwrap().valid_until = Some("2026-02-30".into())
        });
        assert_eq!(
            e.text.ja,
            "有効期限は 2024-02-20 のように実在する日付を入力してください"
        );
        only_error_at("cloud.certifications.iso27018.certifier", |d| {
            certs(d).iso27018.as_mut().unwrap().certifier = Some("機".repeat(201))
        });
    }

    #[test]
    fn an_expired_certificate_is_only_a_warning() {
        let issues = issues_after(|d| {
            certs(d).iso27018.as_mut().unwrap().valid_until = Some("2024-02-19".into())
        });
        assert_eq!(issues.len(), 1);
        let w = &issues[0];
        assert_eq!(w.path, "cloud.certifications.iso27018.valid_until");
        assert_eq!(w.severity, Severity::Warning);
        assert!(w.text.ja.contains("ISO/IEC 27018 認証") && w.text.ja.contains("2024-02-19"));
        assert!(w.text.en.contains("ISO/IEC 27018"));
        // Valid on the declaration date itself.
        still_valid(|d| {
            certs(d).iso27018.as_mut().unwrap().valid_until = Some("2024-02-20".into())
        });
    }

    #[test]
    fn ismap_listing() {
        let e = only_error_at("cloud.ismap.listed", |d| cloud(d).ismap = None);
        assert_eq!(
            e.text.ja,
            "ISMAPクラウドサービスリストへの掲載について「はい」又は「いいえ」を選択してください"
        );
        let e = only_error_at("cloud.ismap.registration_number", |d| {
            ismap(d).registration_number = Some("".into())
        });
        assert_eq!(e.text.ja, "ISMAP登録番号を入力してください");
        assert_eq!(e.text.en, "Enter the ISMAP registration number");
        // valid_until is optional, but a real date when given.
        still_valid(|d| ismap(d).valid_until = None);
        only_error_at("cloud.ismap.valid_until", |d| {
            ismap(d).valid_until = Some("2025-13-01".into())
        });
        let issues = issues_after(|d| ismap(d).valid_until = Some("2024-01-31".into()));
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].severity, Severity::Warning);
        assert_eq!(issues[0].path, "cloud.ismap.valid_until");
        // Not listed: the rest is not asked.
        still_valid(|d| {
            let i = ismap(d);
            i.listed = Some(false);
            i.registration_number = None;
            i.valid_until = Some("x".into());
        });
    }

    #[test]
    fn data_location() {
        let e = only_error_at("cloud.data_location.regions", |d| regions(d).clear());
        assert_eq!(e.text.ja, "保管場所を1件以上入力してください");
        assert_eq!(e.text.en, "Add at least one storage location");
        only_error_at("cloud.data_location.regions[1].name", |d| {
            regions(d)[1].name = None
        });
        let e = only_error_at("cloud.data_location.regions[1].country", |d| {
            regions(d)[1].country = None
        });
        assert_eq!(e.text.ja, "国を入力してください");
        for bad in ["JPN", "日本", "J"] {
            let e = only_error_at("cloud.data_location.regions[0].country", |d| {
                regions(d)[0].country = Some(bad.into())
            });
            assert!(e.text.ja.contains("2文字の国コード"), "{e:?}");
        }
        // Lower case and full-width are normalised, so accepted.
        still_valid(|d| regions(d)[0].country = Some("jp".into()));
        still_valid(|d| regions(d)[0].country = Some("ＪＰ".into()));
        // A country abroad is valid (the verdict fails C4 instead).
        still_valid(|d| regions(d)[1].country = Some("SG".into()));
        let e = only_error_at("cloud.data_location.regions[0].purpose", |d| {
            regions(d)[0].purpose = None
        });
        assert_eq!(e.text.ja, "用途を選択してください");
        only_error_at("cloud.data_location.contract_guarantees_domestic", |d| {
            cloud(d)
                .data_location
                .as_mut()
                .unwrap()
                .contract_guarantees_domestic = None
        });
    }

    #[test]
    fn basic_policy_and_verification() {
        fn policy(d: &mut Declaration) -> &mut BasicPolicy {
            cloud(d).basic_policy.as_mut().unwrap()
        }
        only_error_at("cloud.basic_policy.governing_law_japan", |d| {
            policy(d).governing_law_japan = None
        });
        only_error_at("cloud.basic_policy.jurisdiction_japan", |d| {
            policy(d).jurisdiction_japan = None
        });
        // "No" is an answer (the verdict fails C5).
        still_valid(|d| policy(d).jurisdiction_japan = Some(false));
        only_error_at("cloud.basic_policy.notes", |d| {
            policy(d).notes = Some("\u{0}".into())
        });
        let e = only_error_at("cloud.controls_verification.method", |d| {
            cloud(d).controls_verification.as_mut().unwrap().method = None
        });
        assert_eq!(e.text.en, "Select how the controls were verified");
        let e = only_error_at("cloud.controls_verification.description", |d| {
            cloud(d).controls_verification.as_mut().unwrap().description = None
        });
        assert_eq!(e.text.ja, "確認の内容を入力してください");
        assert_eq!(e.text.en, "Enter what was verified");
    }

    #[test]
    fn model_document() {
        fn doc(d: &mut Declaration) -> &mut ModelDocument {
            resp(d).model_document.as_mut().unwrap()
        }
        let e = only_error_at("responsibility.model_document.title", |d| {
            doc(d).title = None
        });
        assert_eq!(e.text.ja, "責任共有モデルの資料名を入力してください");
        still_valid(|d| doc(d).url = None);
        for bad in [
            "http://cloud.example.jp/",
            "cloud.example.jp",
            "https://",
            "https://a b",
        ] {
            let e = only_error_at("responsibility.model_document.url", |d| {
                doc(d).url = Some(bad.into())
            });
            assert!(e.text.ja.contains("https://"), "{e:?}");
        }
    }

    #[test]
    fn understood_must_be_ticked() {
        for value in [None, Some(false)] {
            let e = only_error_at("responsibility.understood", |d| resp(d).understood = value);
            assert_eq!(
                e.text.ja,
                "「クラウド事業者が提示する責任共有モデルを理解している」にチェックを入れてください"
            );
        }
    }

    #[test]
    fn matrix_has_every_layer_exactly_once() {
        // Missing a layer the measures do not need (facility is the provider's).
        let e = only_error_at("responsibility.matrix", |d| {
            resp(d).matrix.remove(0);
        });
        assert!(e.text.ja.contains("「施設」の行がありません"), "{e:?}");
        assert!(e.text.en.contains("Facility"));
        // A repeated layer.
        let e = only_error_at("responsibility.matrix", |d| {
            resp(d).matrix.push(MatrixRow {
                layer: Layer::Hardware,
                owner: Owner::Provider,
            })
        });
        assert!(e.text.ja.contains("「ハードウェア」が2回あります"), "{e:?}");
        // An empty matrix is one issue, not eleven.
        let e = only_error_at("responsibility.matrix", |d| resp(d).matrix.clear());
        assert!(e.text.ja.contains("責任分担表"));
        let issues = issues_after(|d| d.responsibility = None);
        assert_eq!(issues.len(), 3, "title, understood, matrix: {issues:#?}");
        assert_eq!(matrix_issues(&compliant()), Vec::<Issue>::new());
    }
}
