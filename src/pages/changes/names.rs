//! The change list's file name (`変更箇所_<municipality>_<date>.csv`) and the words of a
//! 変更日 that is not a date, shared by the page and its list per addressee.

use declaration::words::Words;
use declaration::{io, Declaration};

/// The CSV's file name: `変更箇所_<municipality>_<date>.csv`, made safe as the export's name
/// is (the workbook's is the same, `.xlsx`).
pub fn csv_name(d: &Declaration, date: &str) -> String {
    let mut probe = Declaration::new();
    probe.basic.municipality = d.basic.municipality.clone();
    probe.basic.declaration_date = Some(date.to_string());
    let name = io::file_name(&probe);
    let middle = name
        .strip_prefix("申告書_")
        .and_then(|n| n.strip_suffix(".json"))
        .unwrap_or("未入力");
    format!("変更箇所_{middle}.csv")
}

/// The message when 変更日 is not a date.
pub(super) fn date_error() -> Words {
    Words::new(
        "変更日は 2024-02-28 のように、実在する日付を入力してください。",
        "Enter the date of change as a real date, like 2024-02-28.",
    )
}
