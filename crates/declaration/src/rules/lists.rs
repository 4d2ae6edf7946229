//! How many entries a list needs: at least one subcontractor when re-subcontracting, at
//! least one storage location when the system sits in a cloud. The matrix's rows and the
//! measures have rules of their own ([`super::cloud::matrix_issues`],
//! [`super::measures::measure_issues`]).

use super::check::Ctx;
use super::messages::{self as msg, At};
use crate::answers::{asked, section_asking, Asking};
use crate::fields::{key, Section};
use crate::model::Declaration;

/// 再委託先: at least one. Called only when re-subcontracting.
pub(super) fn subcontractors(ctx: &mut Ctx, d: &Declaration) {
    if d.subcontractors.is_empty() {
        let path = key::SUBCONTRACTORS.key;
        ctx.push(msg::at_least_one(path).missing(path));
    }
}

/// 保管場所: at least one, when the cloud section is asked.
pub(super) fn regions(ctx: &mut Ctx, d: &Declaration) {
    let path = key::CLOUD_DATA_LOCATION_REGIONS.key;
    if section_asking(d, Section::Cloud) != Asking::Asked || !asked(d, path) {
        return;
    }
    let empty = d
        .cloud
        .as_ref()
        .and_then(|c| c.data_location.as_ref())
        .is_none_or(|l| l.regions.is_empty());
    if empty {
        ctx.push(msg::at_least_one(path).missing(path));
    }
}
