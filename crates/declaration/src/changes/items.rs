//! The 項目 text of a change: the path of an answer in words, in the style of the source
//! document (「Ⅱ 特定個人情報ファイルの概要 ４．特定個人情報ファイルの取扱いの委託 委託事項５
//! ③委託先名」). Every word is a section title or a label of the registry
//! ([`crate::fields`]); none is kept here. Japanese pieces are joined with a space, English
//! ones with " › ".

use super::Words;
use crate::fields::{self, Field, Lang};

const SEP_JA: &str = " ";
const SEP_EN: &str = " › ";

/// The questions that name the group of answers they lead: a certification's 「ISO/IEC 27018
/// 認証」 (`held`), the ISMAP listing (`listed`), the confidentiality agreement (`concluded`).
const LEADS: [&str; 3] = ["held", "listed", "concluded"];

/// A field's label in both languages.
pub(super) fn label(f: &Field) -> Words {
    Words::new(f.label(Lang::Ja), f.label(Lang::En))
}

/// The title of the section a key or path belongs to.
pub(super) fn section_of(key: &str) -> Words {
    fields::section_of(key).map_or_else(
        || Words::same(""),
        |s| Words::new(s.title(Lang::Ja), s.title(Lang::En)),
    )
}

/// Pieces joined into an item text; blank pieces are left out.
pub(super) fn join(pieces: &[Words]) -> Words {
    let ja: Vec<&str> = pieces
        .iter()
        .map(|w| w.ja.as_str())
        .filter(|s| !s.is_empty())
        .collect();
    let en: Vec<&str> = pieces
        .iter()
        .map(|w| w.en.as_str())
        .filter(|s| !s.is_empty())
        .collect();
    Words::new(ja.join(SEP_JA), en.join(SEP_EN))
}

/// The item of the field `key` under `prefix` (the section, or the section and the entry):
/// then the group the field belongs to, if any, then its label. A key the registry does not
/// know (never the case for the keys [`super::diff`] walks) is written as it is.
pub(super) fn item(prefix: &[Words], key: &str) -> Words {
    let mut pieces = prefix.to_vec();
    pieces.extend(group_of(key));
    pieces.push(fields::field(key).map_or_else(|| Words::same(key), label));
    join(&pieces)
}

/// The label of the group `key` belongs to when it is one of several answers about one
/// thing, named by the group's leading question ([`LEADS`]):
/// `cloud.certifications.iso27018.certifier` → 「ISO/IEC 27018 認証」,
/// `subcontractors[].confidentiality.date` → 「秘密保持契約の締結」. `None` for the leading
/// question itself and for every other field.
fn group_of(key: &str) -> Option<Words> {
    let (parent, _) = key.rsplit_once('.')?;
    LEADS
        .iter()
        .map(|lead| format!("{parent}.{lead}"))
        .filter(|lead| lead != key)
        .find_map(|lead| fields::field(&lead))
        .map(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_built_from_the_registry() {
        let cloud = section_of("cloud.service");
        assert_eq!(cloud.ja, "クラウドサービス");
        let certifier = item(
            std::slice::from_ref(&cloud),
            "cloud.certifications.iso27018.certifier",
        );
        assert_eq!(certifier.ja, "クラウドサービス ISO/IEC 27018 認証 認証機関");
        assert_eq!(
            certifier.en,
            "Cloud service › ISO/IEC 27018 certification › Certification body"
        );
        let held = item(
            std::slice::from_ref(&cloud),
            "cloud.certifications.iso27018.held",
        );
        assert_eq!(held.ja, "クラウドサービス ISO/IEC 27018 認証");
        let lapse = item(std::slice::from_ref(&cloud), "cloud.ismap.valid_until");
        assert_eq!(
            lapse.ja,
            "クラウドサービス ISMAPクラウドサービスリストへの掲載 有効期限"
        );
        let date = item(
            &[Words::new("再委託先 1", "Subcontractor 1")],
            "subcontractors[].confidentiality.date",
        );
        assert_eq!(date.ja, "再委託先 1 秘密保持契約の締結 締結日");
        let basic = item(
            &[section_of("basic.declarant.email")],
            "basic.declarant.email",
        );
        assert_eq!(basic.ja, "基本情報 メールアドレス");
        assert_eq!(basic.en, "Basic information › Email address");
    }

    #[test]
    fn blank_pieces_are_left_out() {
        let w = join(&[Words::same(""), Words::new("再委託先", "Subcontractors")]);
        assert_eq!(w, Words::new("再委託先", "Subcontractors"));
    }
}
