//! How many entries a list needs: at least one subcontractor when re-subcontracting, at
//! least one storage location when the system sits in a cloud; and the 宛先 (addressees):
//! each municipality once, each named in its own messages ([`name_addressees`]). The matrix's rows and the
//! measures have rules of their own ([`super::cloud::matrix_issues`],
//! [`super::measures::measure_issues`]).

use super::check::Ctx;
use super::messages::{self as msg, At};
use crate::answers::{asked, section_asking, Asking};
use crate::fields::{key, Section};
use crate::model::Declaration;
use crate::Issue;

/// 宛先: a municipality (by name, or by 団体コード) listed twice is an error on the later
/// entry, naming the earlier.
pub(super) fn addressees(ctx: &mut Ctx, d: &Declaration) {
    let norm = |s: Option<&String>| {
        let t = crate::normalize::text::to_half_width(s.map_or("", |s| s.trim()));
        (!t.is_empty()).then_some(t)
    };
    let mut names = std::collections::HashMap::new();
    let mut codes = std::collections::HashMap::new();
    for (i, a) in d.addressees.iter().enumerate() {
        if let Some(n) = norm(a.municipality.as_ref()) {
            if let Some(&first) = names.get(&n) {
                let path = format!("addressees[{i}].municipality");
                ctx.push(msg::same_municipality(&path, first).error(path));
            } else {
                names.insert(n, i);
            }
        }
        if let Some(c) = norm(a.municipality_code.as_ref()).map(|c| c.replace('-', "")) {
            if let Some(&first) = codes.get(&c) {
                let path = format!("addressees[{i}].municipality_code");
                ctx.push(msg::same_municipality(&path, first).error(path));
            } else {
                codes.insert(c, i);
            }
        }
    }
}

/// Each message about an addressee's answer names the municipality it is about, as a list's
/// entries are named in a sentence (「宛先3（亀山市）の評価書名を入力してください」): with 29
/// addressees, a number alone does not say which city.
pub(super) fn name_addressees(issues: &mut [Issue], d: &Declaration) {
    for issue in issues.iter_mut() {
        let Some(rest) = issue.path.strip_prefix("addressees[") else {
            continue;
        };
        let Some(i) = rest.split(']').next().and_then(|n| n.parse::<usize>().ok()) else {
            continue;
        };
        let Some(name) = crate::answers::entry_name(d, crate::answers::Group::Addressees, i) else {
            continue;
        };
        let (ja, en) = (format!("宛先{}の", i + 1), format!("addressee {}", i + 1));
        issue.text.ja = issue
            .text
            .ja
            .replacen(&ja, &format!("宛先{}（{}）の", i + 1, name.ja), 1);
        issue.text.en = issue
            .text
            .en
            .replacen(&en, &format!("{en} ({})", name.en), 1);
    }
}

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
