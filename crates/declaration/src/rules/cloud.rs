//! The rules of クラウドサービス and 責任共有モデル beyond single answers (those are
//! [`super::answers`]'s), asked only when the system sits in a cloud: certificates and the
//! ISMAP listing lapsed on the declaration date, and the rows of the responsibility matrix
//! ([`matrix_issues`]).
//!
//! The coverage of the matrix by measures is [`super::measures`]'s.

use super::check::Ctx;
use super::messages::{self as msg, At};
use crate::answers::asked;
use crate::date::Date;
use crate::fields::key;
use crate::model::*;
use crate::Issue;

/// クラウドサービス's rules beyond single answers: a certificate or a listing whose
/// valid-until date is already past on the declaration date is a warning (lapsing is the
/// verdict's to judge). Called only when `uses_cloud`.
pub(super) fn lapsing(ctx: &mut Ctx, d: &Declaration) {
    let Some(c) = d.cloud.as_ref() else {
        return;
    };
    let date = |v: &Option<String>| v.as_deref().and_then(Date::parse);
    if let Some(certs) = c.certifications.as_ref() {
        let each = [
            (
                &certs.iso27017,
                key::CLOUD_CERTIFICATIONS_ISO27017_HELD,
                key::CLOUD_CERTIFICATIONS_ISO27017_VALID_UNTIL,
            ),
            (
                &certs.cs_gold_mark,
                key::CLOUD_CERTIFICATIONS_CS_GOLD_MARK_HELD,
                key::CLOUD_CERTIFICATIONS_CS_GOLD_MARK_VALID_UNTIL,
            ),
            (
                &certs.iso27018,
                key::CLOUD_CERTIFICATIONS_ISO27018_HELD,
                key::CLOUD_CERTIFICATIONS_ISO27018_VALID_UNTIL,
            ),
        ];
        for (cert, held, until) in each {
            if let Some(cert) = cert.as_ref().filter(|_| asked(d, until.key)) {
                ctx.lapsed_warning(until.key, held.key, date(&cert.valid_until));
            }
        }
    }
    let until = key::CLOUD_ISMAP_VALID_UNTIL;
    if let Some(ismap) = c.ismap.as_ref().filter(|_| asked(d, until.key)) {
        ctx.lapsed_warning(
            until.key,
            key::CLOUD_ISMAP_LISTED.key,
            date(&ismap.valid_until),
        );
    }
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
