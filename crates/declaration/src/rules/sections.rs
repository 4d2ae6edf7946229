//! The answers of 基本情報, 委託の概要, 再委託先 (each entry's own answers; the tree is
//! [`super::tree`]'s) and 確認・誓約: which exist, which are required, in form order.

use super::check::Ctx;
use super::messages::{self as msg, At};
use crate::answers::asked;
use crate::model::*;

/// 基本情報.
pub(super) fn basic(ctx: &mut Ctx, d: &Declaration) {
    let b = &d.basic;
    ctx.text("basic.municipality", b.municipality.as_deref(), true);
    ctx.text(
        "basic.assessment_title",
        b.assessment_title.as_deref(),
        true,
    );
    ctx.text("basic.pi_file", b.pi_file.as_deref(), true);
    ctx.text("basic.system_name", b.system_name.as_deref(), true);
    match b.item_number {
        None => ctx.push(msg::enter("basic.item_number").missing("basic.item_number")),
        Some(n) if n < 1 => {
            ctx.push(msg::at_least("basic.item_number", 1).error("basic.item_number"))
        }
        Some(_) => {}
    }
    ctx.date(
        "basic.declaration_date",
        b.declaration_date.as_deref(),
        true,
    );
    let empty = Declarant::default();
    let p = b.declarant.as_ref().unwrap_or(&empty);
    ctx.text(
        "basic.declarant.organization",
        p.organization.as_deref(),
        true,
    );
    ctx.text("basic.declarant.department", p.department.as_deref(), false);
    ctx.text("basic.declarant.name", p.name.as_deref(), true);
    ctx.text("basic.declarant.title", p.title.as_deref(), false);
    ctx.text("basic.declarant.email", p.email.as_deref(), true);
    ctx.text("basic.declarant.phone", p.phone.as_deref(), true);
}

/// 委託の概要. The re-subcontracted work is asked only when the work is re-subcontracted.
pub(super) fn entrustment(ctx: &mut Ctx, d: &Declaration) {
    let e = &d.entrustment;
    ctx.text("entrustment.content", e.content.as_deref(), true);
    ctx.choice("entrustment.handler_count", e.handler_count);
    let empty = Contractor::default();
    let c = e.contractor.as_ref().unwrap_or(&empty);
    ctx.text("entrustment.contractor.name", c.name.as_deref(), true);
    ctx.text("entrustment.contractor.address", c.address.as_deref(), true);
    ctx.text(
        "entrustment.contractor.postal_code",
        c.postal_code.as_deref(),
        false,
    );
    ctx.yes_no("entrustment.resubcontract", e.resubcontract);
    if asked(d, "entrustment.resubcontracted_work") {
        ctx.text(
            "entrustment.resubcontracted_work",
            e.resubcontracted_work.as_deref(),
            true,
        );
    }
    ctx.text(
        "entrustment.other_information",
        e.other_information.as_deref(),
        false,
    );
    ctx.yes_no("entrustment.uses_cloud", e.uses_cloud);
}

/// 再委託先: at least one, and every entry's own answers. Called only when re-subcontracting.
pub(super) fn subcontractors(ctx: &mut Ctx, d: &Declaration) {
    if d.subcontractors.is_empty() {
        ctx.push(msg::at_least_one("subcontractors").missing("subcontractors"));
    }
    for (i, s) in d.subcontractors.iter().enumerate() {
        let p = |field: &str| format!("subcontractors[{i}].{field}");
        ctx.text(&p("name"), s.name.as_deref(), true);
        ctx.text(&p("address"), s.address.as_deref(), true);
        ctx.text(&p("postal_code"), s.postal_code.as_deref(), false);
        ctx.text(&p("reason"), s.reason.as_deref(), true);
        ctx.text(&p("work_scope"), s.work_scope.as_deref(), true);
        ctx.text(&p("pi_scope"), s.pi_scope.as_deref(), true);
        ctx.text(&p("capability"), s.capability.as_deref(), true);
        ctx.text(&p("inspection"), s.inspection.as_deref(), true);
        ctx.text(&p("supervision"), s.supervision.as_deref(), true);
        let empty = Confidentiality::default();
        let nda = s.confidentiality.as_ref().unwrap_or(&empty);
        ctx.yes_no(&p("confidentiality.concluded"), nda.concluded);
        if asked(d, &p("confidentiality.date")) {
            ctx.date(&p("confidentiality.date"), nda.date.as_deref(), true);
        }
        ctx.text(&p("safety_measures"), s.safety_measures.as_deref(), true);
    }
}

/// 確認・誓約.
pub(super) fn attestation(ctx: &mut Ctx, d: &Declaration) {
    let empty = Attestation::default();
    let a = d.attestation.as_ref().unwrap_or(&empty);
    ctx.tick("attestation.truthful", a.truthful);
    ctx.tick("attestation.will_report_changes", a.will_report_changes);
    ctx.text("attestation.name", a.name.as_deref(), true);
    ctx.text("attestation.title", a.title.as_deref(), true);
    ctx.date("attestation.date", a.date.as_deref(), true);
}
