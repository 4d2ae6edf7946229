//! The words every exchange format other than the declaration says alike when its file is
//! not one of its kind, was made by a newer version, or has no version ([`FileKind`]): the
//! review file and the part file name themselves and what to choose instead, the sentences
//! are one.

use crate::words::Words;

/// One kind of exchange file, as its messages name it.
pub struct FileKind {
    /// 「照会事項ファイル」 / "review file".
    pub noun: (&'static str, &'static str),
    /// What to choose instead: 「審査者から受け取った照会事項ファイル（.json）を選んでください。」
    pub pick: (&'static str, &'static str),
    /// The `schema_version` this app reads up to.
    pub reads_up_to: u32,
}

impl FileKind {
    /// Not this kind of file (`found` is its `format`, if it has one).
    pub fn wrong_format(&self, found: Option<&str>) -> Words {
        let (noun_ja, noun_en) = self.noun;
        Words::new(
            format!(
                "{noun_ja}ではありません（format が {}）。{}",
                found.map_or("指定されていません".to_string(), |f| format!(
                    "\"{f}\""
                )),
                self.pick.0
            ),
            format!(
                "This is not a {noun_en} (its format is {}). {}",
                found.map_or("missing".to_string(), |f| format!("\"{f}\"")),
                self.pick.1
            ),
        )
    }

    /// Made by a newer version (`schema_version` `found`).
    pub fn newer(&self, found: u64) -> Words {
        let (noun_ja, noun_en) = self.noun;
        let up_to = self.reads_up_to;
        Words::new(
            format!("この{noun_ja}は新しい版（schema_version {found}）で作られています。アプリを最新の版に更新してから開いてください（この版が読めるのは schema_version {up_to} までです）。"),
            format!("This {noun_en} was made by a newer version (schema_version {found}). Update the app, then open it again (this version reads up to schema_version {up_to})."),
        )
    }

    /// No `schema_version`, or not a whole number.
    pub fn bad_version(&self) -> Words {
        let (noun_ja, noun_en) = self.noun;
        let en = format!(
            "The {noun_en}'s schema_version is missing or not a whole number. {}",
            self.pick.1
        );
        Words::new(
            format!(
                "{noun_ja}の版（schema_version）が無いか、整数ではありません。{}",
                self.pick.0
            ),
            en,
        )
    }
}
