//! The 適合判定 sheet, first in the workbook: who declares what and when, the overall verdict
//! (適合 / 不適合 / 未完了 with the count of what is missing, [`verdict::Overall`]),
//! whether the file is complete (the rules' errors), then the eleven conditions — 条件,
//! 内容, 判定, 理由, 注意 (a certificate that lapses soon) — as a table with a header, a
//! filter and frozen panes.

use super::book::{sheet, write_date, Book};
use super::error::WriteError;
use super::layout::Layout;
use crate::access;
use crate::fields::Lang;
use crate::model::Declaration;
use crate::verdict::{self, CondId};

/// Writes the sheet.
pub(super) fn write(
    book: &mut Book,
    d: &Declaration,
    lang: Lang,
    integrity: Option<crate::io::IntegrityState>,
) -> Result<(), WriteError> {
    let title = lang.pick("適合判定", "Compliance verdict");
    let conditions = verdict::verdict(d);
    let errors = crate::rules::errors(d).len();
    let overall = verdict::Overall::of(&conditions, errors);
    let expiring = verdict::expiring(d);

    let ws = sheet(&mut book.workbook, title, true, 0)?;
    let f = &book.f;
    let mut layout = Layout::new(
        vec![24.0, 30.0, 10.0, 60.0, 30.0],
        vec![26.0, 40.0, 10.0, 60.0, 30.0],
    );
    ws.write_string_with_format(0, 0, title, &f.title)?;
    // Who declares what, under the registry's labels.
    let mut r = 1;
    for path in [
        "basic.municipality",
        "basic.declarant.organization",
        "basic.system_name",
    ] {
        layout.write(ws, r, 0, crate::words::label_of(path).pick(lang), &f.label)?;
        layout.write(ws, r, 1, &access::get_text(d, path), &f.text)?;
        r += 1;
    }
    let date = "basic.declaration_date";
    layout.write(ws, r, 0, crate::words::label_of(date).pick(lang), &f.label)?;
    write_date(ws, f, r, 1, access::get_text(d, date).trim(), lang)?;
    r += 1;
    ws.write_string_with_format(r, 0, lang.pick("総合判定", "Overall"), &f.label)?;
    // Coloured as a condition of the same standing (未完了 as 未入力).
    let shade = match overall {
        verdict::Overall::Met => verdict::Status::Met,
        verdict::Overall::NotMet => verdict::Status::NotMet,
        verdict::Overall::Incomplete { .. } => verdict::Status::Unanswered,
    };
    ws.write_string_with_format(r, 1, overall.label(lang), f.status(shade))?;
    r += 1;
    let state = if errors == 0 {
        lang.pick("完成（要修正の項目なし）", "Complete (nothing to fix)")
            .to_string()
    } else {
        match lang {
            Lang::Ja => format!("未完成（未入力・要修正の項目 {errors} 件）"),
            Lang::En => format!("Incomplete ({errors} answers missing or to fix)"),
        }
    };
    ws.write_string_with_format(r, 0, lang.pick("記入状況", "State"), &f.label)?;
    layout.write(ws, r, 1, &state, &f.text)?;
    // A file received: whether it was changed after export (the reviewer's words).
    if let Some(i) = integrity {
        r += 1;
        ws.write_string_with_format(r, 0, lang.pick("改変の確認", "Integrity"), &f.label)?;
        layout.write(ws, r, 1, i.label(lang), &f.text)?;
    }

    let header_row = r + 2;
    let header = [
        lang.pick("条件", "Condition"),
        lang.pick("内容", "What it asks"),
        lang.pick("判定", "Verdict"),
        lang.pick("理由", "Reason"),
        lang.pick("注意", "Note"),
    ];
    for (c, h) in header.iter().enumerate() {
        layout.write(ws, header_row, c as u16, h, &f.header)?;
    }
    let mut r = header_row + 1;
    for c in &conditions {
        let note: Vec<&str> = expiring
            .iter()
            .filter(|e| e.condition == c.id)
            .map(|e| e.text.pick(lang))
            .collect();
        let note = note.join("\n");
        layout.write(ws, r, 0, c.id.as_str(), &f.label)?;
        layout.write(ws, r, 1, c.id.title(lang), &f.text)?;
        layout.write(ws, r, 2, c.status.label(lang), f.status(c.status))?;
        layout.write(ws, r, 3, c.reason(lang), &f.text)?;
        layout.write(ws, r, 4, &note, &f.text)?;
        r += 1;
    }
    layout.apply(ws)?;
    ws.set_freeze_panes(header_row + 1, 0)?;
    ws.autofilter(header_row, 0, r - 1, 4)?;
    ws.set_repeat_rows(header_row, header_row)?;
    ws.set_active(true);
    debug_assert_eq!(conditions.len(), CondId::ALL.len());
    Ok(())
}
