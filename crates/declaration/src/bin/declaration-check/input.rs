//! What the checker reads: its usage text, the command line's outcome ([`parsed`]) and one
//! declaration file ([`read`]), shared by both commands.

use declaration::io::{self, ImportError, Imported};
use declaration::words::Words;
use declaration::Lang;
use std::io::Read;
use std::process::ExitCode;

pub(crate) const USAGE: &str = "\
使い方: declaration-check [--format json|text|csv [--codes]] ファイル...
        declaration-check diff 変更前.json 変更後.json [--date YYYY-MM-DD] [--timing 事前|事後] [--lang ja|en] [--xlsx 出力.xlsx]
        declaration-check xlsx ファイル.json -o 出力.xlsx [--lang ja|en]
        declaration-check schema [declaration|review|part]
Usage:  declaration-check [--format json|text|csv [--codes]] FILE...
        declaration-check diff OLD.json NEW.json [--date YYYY-MM-DD] [--timing before|after] [--lang ja|en] [--xlsx OUT.xlsx]
        declaration-check xlsx FILE.json -o OUT.xlsx [--lang ja|en]
        declaration-check schema [declaration|review|part]

クラウド再委託の申告書ファイル（.json）を検査し、ファイルごとに結果を出力します。
Checks cloud re-subcontracting declaration files and prints one result per file.

  --format json   1ファイル1行の JSON（既定） / one JSON object per line (default):
                  {\"file\", \"complete\", \"overall\": \"met\" | \"not_met\" | \"incomplete\", \"errors\": [{\"path\", \"ja\", \"en\"}],
                   \"conditions\": {\"C1\": \"met\" | \"not_met\" | \"unanswered\" | \"not_applicable\", …},
                   \"integrity\": \"match\" | \"mismatch\" (ハッシュがある場合のみ / only when the file has a hash;
                   body_sha256 も照合 / its body_sha256 checked too when given),
                   \"body_sha256\": 本文のハッシュ（宛先ごとの項目を除く。同じなら同一内容） / the hash of the
                   body, without the per-municipality answers: equal for one declaration sent to many,
                   \"expiring\": [{\"path\", \"valid_until\", \"ja\", \"en\"}] (申告日から90日以内に切れる認証 /
                   certificates lapsing within 90 days of the declaration date; [] when none)}
  --format text   日本語の表 / a readable table in Japanese
  --format csv    1ファイル1行の表（UTF-8、BOM付き、Excel 用） / one row per file (UTF-8 with BOM):
                  ファイル, 地方公共団体, 受託者, 申告日, 記入完了（はい/いいえ）, 総合判定（適合/不適合/未完了）,
                  C1…C8, S5…S7（適合/不適合/未入力/対象外）, 改変の確認, 期限が近い証明書,
                  書き出し日時（日本時間）, 本文ハッシュ, 読み取りエラー（読めないファイルも1行）
                  / the same in Japanese words; a file that cannot be read is a row with its reason
  --codes         CSV を記号で / the CSV in codes for scripts: file, municipality, contractor,
                  declaration_date, complete (true|false), overall (met|not_met|incomplete), C1…S7
                  (met|not_met|unanswered|not_applicable), integrity (match|mismatch|absent),
                  expiring, exported_at (RFC 3339), body_sha256, error
  -h, --help      この説明 / this help

終了コード / exit status:
  0  全ファイルが完了し、不適合の条件なし / every file complete, no condition not met
  1  未完了又は不適合のファイルあり / some file incomplete or with a condition not met
  2  読み込めないファイルあり、又は使い方の誤り / some file unreadable, or a usage error

diff: 2つの版の変更箇所（変更日、項目、変更前の記載、変更後の記載、提出時期、提出時期に係る説明）を
      CSV（UTF-8、BOM付き、Excel 用）で標準出力に書きます。
      Writes the change list between two versions as CSV (UTF-8 with BOM, for Excel) to stdout.
  --date YYYY-MM-DD    変更日（既定は今日、UTC） / date of the change (default: today, UTC)
  --timing 事前|事後    提出時期（既定は事前。before / after も可） / timing (default: before)
  --lang ja|en         CSV の言語（既定は ja） / language of the CSV (default: ja)
  --xlsx 出力.xlsx      CSV の代わりに別添２の形の Excel ブックをこのファイルに書く /
                       write an Excel workbook laid out like Annex 2 to this file instead of the CSV
  終了コード 0: 書き出した（変更がなくても）、2: 読み込めないファイル又は使い方の誤り
  exit status 0: written (even with no changes), 2: a file unreadable, or a usage error

xlsx: 申告書を Excel ブック（適合判定と節ごとのシート）に書き出します（-o 出力.xlsx）。
      Writes the declaration as an Excel workbook (the verdict and a sheet per section).

schema: 交換形式の JSON Schema（2020-12）を標準出力に書きます（既定は declaration）。
        Prints the JSON Schema (draft 2020-12) of an exchange format (default: declaration).

（diff、xlsx 又は schema という名前のファイルを検査するには / to check a file named diff, xlsx or schema:
 declaration-check -- diff）
";

/// `ja` or `en`, else a usage error.
pub(crate) fn parse_lang(value: &str) -> Result<Lang, String> {
    match value {
        "ja" => Ok(Lang::Ja),
        "en" => Ok(Lang::En),
        _ => Err(format!(
            "--lang には ja 又は en を指定してください（{value}） / --lang takes ja or en ({value})"
        )),
    }
}

/// The usage error of an option no command has.
pub(crate) fn unknown_option(arg: &str) -> String {
    format!("不明なオプションです: {arg} / Unknown option: {arg}")
}

/// The options of a command line, or how to exit: after printing `usage` when it was asked
/// for (`Ok(None)` from the parser: exit 0), or the problem and `usage` (exit 2).
pub(crate) fn parsed<T>(result: Result<Option<T>, String>, usage: &str) -> Result<T, ExitCode> {
    match result {
        Ok(Some(options)) => Ok(options),
        Ok(None) => {
            print!("{usage}");
            Err(ExitCode::SUCCESS)
        }
        Err(problem) => {
            eprintln!("{problem}\n\n{usage}");
            Err(ExitCode::from(2))
        }
    }
}

/// Reads and imports one file; the error in Japanese and English.
pub(crate) fn read(file: &str) -> Result<Imported, Words> {
    let unreadable = |e: std::io::Error| {
        Words::new(
            format!("ファイルを読み込めません（{e}）。ファイル名と場所を確かめてください。"),
            format!("Cannot read the file ({e}). Check its name and location."),
        )
    };
    let handle = std::fs::File::open(file).map_err(unreadable)?;
    let declared_len = handle.metadata().map(|m| m.len()).unwrap_or(0);
    let mut bytes = Vec::new();
    // Never read more than one byte past the limit, whatever the file's size.
    handle
        .take(io::MAX_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    let result = if bytes.len() > io::MAX_BYTES {
        let bytes = usize::try_from(declared_len)
            .unwrap_or(usize::MAX)
            .max(bytes.len());
        Err(ImportError::TooLarge { bytes })
    } else {
        io::import(&bytes)
    };
    result.map_err(|e| e.words())
}
