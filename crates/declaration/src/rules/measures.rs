//! The security measures (spec §3, C8): each measure's own answers, unique ids, the four
//! categories the source document names, and the coverage of the responsibility matrix —
//! every layer from the OS upward that the customer is (or shares being) responsible for
//! needs a measure of the matching category.

use super::check::Ctx;
use super::messages::{self as msg, At};
use crate::access::Answers;
use crate::answers::asked;
use crate::date::Date;
use crate::fields::Section;
use crate::model::{Category, Declaration, Layer, Owner};
use crate::Issue;
use std::collections::HashSet;

/// The categories the source document names (OS and middleware vulnerabilities, network
/// settings, application measures, data encryption): each needs at least one measure.
pub const REQUIRED_CATEGORIES: [Category; 4] = [
    Category::OsMiddlewareVulnerability,
    Category::Network,
    Category::Application,
    Category::Encryption,
];

/// The category of measure a layer needs when it is the customer's or shared.
///
/// The OS and the layers above it map as spec §3 says; `endpoints` has no mapping (no
/// category of §2 is about the users' devices). `network_infrastructure` is below the OS,
/// but when the matrix gives it to the customer (a self-managed virtual network, say) it
/// needs a `network` measure: spec §3 lists "network → network", and the network settings
/// are one of the four things the source document asks to be secured.
pub fn category_for(layer: Layer) -> Option<Category> {
    match layer {
        Layer::Os | Layer::Middleware => Some(Category::OsMiddlewareVulnerability),
        Layer::NetworkInfrastructure => Some(Category::Network),
        Layer::Runtime | Layer::Application => Some(Category::Application),
        Layer::Data => Some(Category::Encryption),
        Layer::IdentityAccess => Some(Category::AccessControl),
        Layer::Facility | Layer::Hardware | Layer::Virtualization | Layer::Endpoints => None,
    }
}

/// Everything spec §3 says about measures, in this order: a missing required category (at
/// `measures`, one issue per category), a customer or shared layer without a matching
/// measure (also at `measures`, where it is fixed; one per layer), then each measure's answers at
/// `measures[i].…`. A measure of a category counts whatever its status (a not-applicable
/// one carries its reason). Empty unless `uses_cloud` is `Some(true)`.
pub fn measure_issues(d: &Declaration) -> Vec<Issue> {
    if d.uses_cloud() != Some(true) {
        return Vec::new();
    }
    let mut ctx = Ctx::new(super::declared(d));
    let present: HashSet<Category> = d.measures.iter().filter_map(|m| m.category).collect();
    for category in REQUIRED_CATEGORIES {
        if !present.contains(&category) {
            ctx.push(msg::category_missing(category).missing("measures"));
        }
    }

    let rows = d.responsibility.as_ref().map_or(&[][..], |r| &r.matrix[..]);
    let mut seen = HashSet::new();
    for row in rows {
        if row.owner == Owner::Provider || !seen.insert(row.layer) {
            continue;
        }
        if let Some(category) = category_for(row.layer) {
            if !present.contains(&category) {
                // Reported where it is fixed: on the measures page, not the table's.
                let path = "measures";
                ctx.push(msg::layer_uncovered(row.layer, row.owner, category).missing(path));
            }
        }
    }

    super::answers::section(&mut ctx, d, &Answers::of(d), Section::Measures);
    let mut ids = HashSet::new();
    for (i, m) in d.measures.iter().enumerate() {
        if !m.id.trim().is_empty() && !ids.insert(m.id.as_str()) {
            let path = format!("measures[{i}].id");
            ctx.push(msg::duplicate_id("対策", "Measure", i + 1, &m.id).error(path));
        }
        let path = format!("measures[{i}].planned_date");
        if asked(d, &path) {
            ctx.not_before_declared(&path, m.planned_date.as_deref().and_then(Date::parse));
        }
    }
    ctx.issues
}
