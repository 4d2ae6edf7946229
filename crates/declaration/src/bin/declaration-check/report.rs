//! What `declaration-check` prints about one file it read: the JSON line (keys and
//! conditions in the order of the specification), the Japanese table of `--format text`, or
//! one row of the table of `--format csv` (the same columns and words as the app's 受付一覧;
//! machine codes with `--codes`).

use declaration::inbox::{CsvWords, Row};
use declaration::io::{Imported, IntegrityState};
use declaration::verdict::{Condition, Expiring, Status};
use declaration::{Issue, Lang};
use serde::ser::{Serialize, SerializeMap, Serializer};

/// What is printed about one file that was read.
pub struct Report<'a> {
    file: &'a str,
    row: Row,
    migrated_from: Option<u64>,
}

/// The header of `--format csv` (the 受付一覧's, [`declaration::inbox::csv_header`]).
pub fn csv_header(words: CsvWords) -> String {
    declaration::inbox::csv_header(words)
}

impl<'a> Report<'a> {
    /// What is said of `file`, read on `today` (Japan's date: the CSV's 期限 counts from it
    /// as the app's 受付一覧 does; the JSON line's `expiring` from the declaration date).
    pub fn new(
        file: &'a str,
        imported: Imported,
        today: Option<declaration::date::Date>,
    ) -> Report<'a> {
        Report {
            file,
            row: Row::on(file, &imported, today),
            migrated_from: imported.migrated_from,
        }
    }

    pub fn exit_code(&self) -> u8 {
        let not_met = self
            .row
            .conditions
            .iter()
            .any(|c| c.status == Status::NotMet);
        if self.row.complete && !not_met {
            0
        } else {
            1
        }
    }

    pub fn json_line(&self) -> String {
        let mut line = serde_json::to_string(self).unwrap_or_default();
        line.push('\n');
        line
    }

    /// One row of `--format csv`: the 受付一覧's row ([`declaration::inbox::Row::csv`]).
    pub fn csv_row(&self, words: CsvWords) -> String {
        self.row.csv(words)
    }

    pub fn text(&self) -> String {
        let mut t = String::new();
        let status = if self.row.complete {
            "完了"
        } else {
            "未完了"
        };
        t.push_str(&format!("ファイル: {}\n", self.file));
        t.push_str(&format!("総合判定: {}\n", self.row.overall.label(Lang::Ja)));
        t.push_str(&format!("入力状況: {status}\n"));
        t.push_str(&format!("改変の確認: {}\n", self.row.integrity.words().ja));
        if let Some(from) = self.migrated_from {
            t.push_str(&format!(
                "様式の版: schema_version {from} から読み替えました\n"
            ));
        }
        t.push('\n');
        let rows: Vec<[String; 4]> = self
            .row
            .conditions
            .iter()
            .map(|c| {
                [
                    c.id.as_str().to_string(),
                    c.id.title(Lang::Ja).to_string(),
                    c.status.label(Lang::Ja).to_string(),
                    c.reason(Lang::Ja).to_string(),
                ]
            })
            .collect();
        let header = [
            "条件".to_string(),
            "内容".to_string(),
            "判定".to_string(),
            "理由".to_string(),
        ];
        let widths: Vec<usize> = (0..3)
            .map(|i| {
                rows.iter()
                    .chain(std::iter::once(&header))
                    .map(|r| width(&r[i]))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for row in std::iter::once(&header).chain(rows.iter()) {
            for (i, cell) in row.iter().enumerate() {
                t.push_str(cell);
                if i < 3 {
                    t.push_str(&" ".repeat(widths[i] - width(cell) + 2));
                }
            }
            t.push('\n');
        }
        for e in &self.row.expiring {
            t.push_str(&format!("{}\n", e.text.ja));
        }
        t.push('\n');
        if self.row.errors.is_empty() {
            t.push_str("エラー: なし\n");
        } else {
            t.push_str(&format!("エラー: {}件\n", self.row.errors.len()));
            for e in &self.row.errors {
                t.push_str(&format!("  {}: {}\n", e.path, e.text.ja));
            }
        }
        t.push('\n');
        t
    }
}

impl Serialize for Report<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Errors<'r>(&'r [Issue]);
        impl Serialize for Errors<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                #[derive(serde::Serialize)]
                struct Error<'i> {
                    path: &'i str,
                    ja: &'i str,
                    en: &'i str,
                }
                s.collect_seq(self.0.iter().map(|i| Error {
                    path: &i.path,
                    ja: &i.text.ja,
                    en: &i.text.en,
                }))
            }
        }
        struct Conditions<'r>(&'r [Condition]);
        impl Serialize for Conditions<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                // In the order of spec §4, whatever the map type of the reader.
                let mut m = s.serialize_map(Some(self.0.len()))?;
                for c in self.0 {
                    m.serialize_entry(c.id.as_str(), c.status.as_str())?;
                }
                m.end()
            }
        }
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("file", self.file)?;
        m.serialize_entry("complete", &self.row.complete)?;
        m.serialize_entry("overall", self.row.overall.as_str())?;
        m.serialize_entry("errors", &Errors(&self.row.errors))?;
        m.serialize_entry("conditions", &Conditions(&self.row.conditions))?;
        struct Expirings<'r>(&'r [Expiring]);
        impl Serialize for Expirings<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                #[derive(serde::Serialize)]
                struct One<'e> {
                    path: &'e str,
                    valid_until: &'e str,
                    ja: &'e str,
                    en: &'e str,
                }
                s.collect_seq(self.0.iter().map(|e| One {
                    path: e.path,
                    valid_until: &e.valid_until,
                    ja: &e.text.ja,
                    en: &e.text.en,
                }))
            }
        }
        m.serialize_entry("expiring", &Expirings(&self.row.expiring))?;
        if self.row.integrity != IntegrityState::Absent {
            m.serialize_entry("integrity", self.row.integrity.as_str())?;
        }
        m.serialize_entry("body_sha256", &self.row.body_sha256)?;
        m.end()
    }
}

/// Columns a text takes in a terminal: wide (CJK, full-width) characters take two.
fn width(text: &str) -> usize {
    text.chars()
        .map(|c| {
            let n = c as u32;
            let wide = (0x1100..=0x115f).contains(&n)
                || (0x2e80..=0xa4cf).contains(&n)
                || (0xac00..=0xd7a3).contains(&n)
                || (0xf900..=0xfaff).contains(&n)
                || (0xfe30..=0xfe4f).contains(&n)
                || (0xff00..=0xff60).contains(&n)
                || (0xffe0..=0xffe6).contains(&n)
                || (0x1f300..=0x1faff).contains(&n)
                || (0x20000..=0x3fffd).contains(&n);
            if wide {
                2
            } else {
                1
            }
        })
        .sum()
}
