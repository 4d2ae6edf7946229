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
        ctx.push(msg::at_least_one(path).missing(path));
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
        ctx.push(msg::enter(&number).missing(&number));
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
        return vec![msg::matrix_empty(PATH).missing(PATH)];
    }
    let mut issues = Vec::new();
    for &layer in Layer::ALL {
        match rows.iter().filter(|r| r.layer == layer).count() {
            0 => issues.push(msg::matrix_missing(PATH, layer).missing(PATH)),
            1 => {}
            n => issues.push(msg::matrix_duplicate(PATH, layer, n).error(PATH)),
        }
    }
    issues
}
