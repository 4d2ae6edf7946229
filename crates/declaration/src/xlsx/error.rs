//! [`WriteError`]: why a workbook could not be written (the writer's own error, which should
//! not happen for any declaration), and what to tell the user about it in both languages.

use crate::words::Words;

/// Why a workbook could not be written (the writer's own error, kept for a report).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteError {
    pub detail: String,
}

impl WriteError {
    /// What to tell the user, in both languages.
    pub fn words(&self) -> Words {
        Words::new(
            format!(
                "Excelファイルを作成できませんでした（{}）。JSON形式で保存し、その内容を添えて開発者に連絡してください。",
                self.detail
            ),
            format!(
                "The Excel file could not be made ({}). Save as JSON and send it to the developers with this message.",
                self.detail
            ),
        )
    }
}

impl From<rust_xlsxwriter::XlsxError> for WriteError {
    fn from(e: rust_xlsxwriter::XlsxError) -> Self {
        WriteError {
            detail: e.to_string(),
        }
    }
}
