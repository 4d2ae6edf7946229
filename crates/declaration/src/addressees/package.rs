//! 「全ての宛先に書き出す」: every addressee's file and the 送付一覧 (sending list) that goes
//! with them (`addressees.md`, "The files"). [`files`] exports each addressee's file with a
//! name no other file of the package has; [`sending_list`] is the list's rows — 宛先, 団体コード,
//! ファイル名, 申告日, sha256, body_sha256 — and [`csv`] writes them for Excel. The ZIP and the
//! list's workbook are [`crate::xlsx::package`]'s (the workbook writer's compression, fetched
//! by the app with it).

use super::File;
use crate::model::Declaration;
use crate::words::Words;

/// The columns of the 送付一覧, in order.
pub const COLUMNS: [(&str, &str); 7] = [
    ("番号", "No."),
    ("宛先", "Addressee"),
    ("団体コード", "Code"),
    ("ファイル名", "File name"),
    ("申告日", "Declaration date"),
    ("sha256", "sha256"),
    ("body_sha256", "body_sha256"),
];

/// One row of the 送付一覧.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Sent {
    pub index: usize,
    /// The municipality, and its 宛名 after it when given (「伊賀市（伊賀市長 様）」).
    pub addressee: String,
    pub code: String,
    pub file_name: String,
    pub declaration_date: String,
    pub sha256: String,
    pub body_sha256: String,
}

impl Sent {
    /// Its cells, in [`COLUMNS`] order.
    pub fn cells(&self) -> [String; 7] {
        [
            self.index.to_string(),
            self.addressee.clone(),
            self.code.clone(),
            self.file_name.clone(),
            self.declaration_date.clone(),
            self.sha256.clone(),
            self.body_sha256.clone(),
        ]
    }
}

/// Where the browser keeps the last package saved of a draft (`<prefix><draft id>`): the
/// printed 送付一覧 lists the files as they were sent, hashes and all.
pub const SENT_PREFIX: &str = "cloud-decl/v1/addressees-sent/";

/// The last package saved of a draft: when, the body's hash then, and its 送付一覧.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Record {
    pub at: String,
    pub body_sha256: String,
    pub rows: Vec<Sent>,
}

/// The hash of `d`'s body as its addressees' files state it when written by
/// `generator_version` (the body includes the `generator`) — `None` without addressees:
/// equal to a [`Record`]'s while the body has not changed since that package was saved.
pub fn body_sha256(d: &Declaration, generator_version: &str) -> Option<String> {
    (!d.addressees.is_empty())
        .then(|| super::export(d, 0, "2000-01-01T00:00:00Z", generator_version).body_sha256)
}

/// Every addressee's file ([`super::export`]), in list order. Two municipalities written
/// alike (a duplicate the rules flag, or names that differ only in characters a file name
/// cannot hold) get `_2`, `_3`… before `.json`, so no file of the package replaces another.
pub fn files(d: &Declaration, now_rfc3339: &str, generator_version: &str) -> Vec<File> {
    let mut taken = std::collections::HashSet::new();
    (0..d.addressees.len())
        .map(|i| {
            let mut f = super::export(d, i, now_rfc3339, generator_version);
            let stem = f.name.trim_end_matches(".json").to_string();
            let mut n = 1;
            while !taken.insert(f.name.clone()) {
                n += 1;
                f.name = format!("{stem}_{n}.json");
            }
            f
        })
        .collect()
}

/// The 送付一覧 of `files` (made by [`files`] from `d`).
pub fn sending_list(d: &Declaration, files: &[File]) -> Vec<Sent> {
    d.addressees
        .iter()
        .zip(files)
        .enumerate()
        .map(|(i, (a, f))| {
            let name = a.municipality.as_deref().unwrap_or("").trim();
            let addressee = match a.recipient.as_deref().map(str::trim) {
                Some(r) if !r.is_empty() => format!("{name}（{r}）"),
                _ => name.to_string(),
            };
            Sent {
                index: i + 1,
                addressee,
                code: a.municipality_code.clone().unwrap_or_default(),
                file_name: f.name.clone(),
                declaration_date: d.basic.declaration_date.clone().unwrap_or_default(),
                sha256: f.sha256.clone(),
                body_sha256: f.body_sha256.clone(),
            }
        })
        .collect()
}

/// The 送付一覧 as CSV for Excel ([`crate::csv`]: UTF-8 with a BOM, CRLF), its header in `lang`.
pub fn csv(rows: &[Sent], lang: crate::Lang) -> String {
    let mut out = crate::csv::BOM.to_string();
    crate::csv::record(
        &mut out,
        COLUMNS.iter().map(|(ja, en)| lang.pick(ja, en).to_string()),
    );
    for row in rows {
        crate::csv::record(&mut out, row.cells());
    }
    out
}

/// The package's name: `申告書一式_<system>_<declaration date>.zip` (`未入力` for a system
/// not named yet), in the characters a file name may hold.
pub fn zip_name(d: &Declaration) -> String {
    let part = |s: Option<&String>| {
        let t = crate::io::safe(s.map_or("", |s| s.trim()));
        (!t.is_empty()).then_some(t)
    };
    let system = part(d.basic.system_name.as_ref()).unwrap_or_else(|| "未入力".into());
    let system: String = system.chars().take(60).collect();
    match part(d.basic.declaration_date.as_ref()) {
        Some(date) => format!("申告書一式_{system}_{date}.zip"),
        None => format!("申告書一式_{system}.zip"),
    }
}

/// What 「全ての宛先に書き出す」 says it did: 「29件の申告書と送付一覧を書き出しました」.
pub fn done(count: usize) -> Words {
    Words::new(
        format!("{count}件の申告書と送付一覧を1つのZIPファイルに書き出しました。"),
        format!("Saved {count} declarations and the sending list in one ZIP file."),
    )
}
