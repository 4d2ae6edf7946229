//! Countries of storage regions: ISO 3166-1 alpha-2 codes with their names in Japanese and
//! English, 日本 first, for the form's list; and a typed name read as its code
//! ([`code_of`]: 「日本」, 「シンガポール」, "Singapore" → `JP`, `SG`). Any other two-letter
//! code is still accepted by the rules; these are the countries cloud regions are in.

/// (code, 日本語, English), 日本 first, then the others by their Japanese reading.
pub static COUNTRIES: &[(&str, &str, &str)] = &[
    ("JP", "日本", "Japan"),
    ("US", "アメリカ合衆国", "United States"),
    ("GB", "イギリス", "United Kingdom"),
    ("IN", "インド", "India"),
    ("ID", "インドネシア", "Indonesia"),
    ("AU", "オーストラリア", "Australia"),
    ("NL", "オランダ", "Netherlands"),
    ("CA", "カナダ", "Canada"),
    ("KR", "韓国", "South Korea"),
    ("SG", "シンガポール", "Singapore"),
    ("CH", "スイス", "Switzerland"),
    ("SE", "スウェーデン", "Sweden"),
    ("ES", "スペイン", "Spain"),
    ("TW", "台湾", "Taiwan"),
    ("CN", "中国", "China"),
    ("DE", "ドイツ", "Germany"),
    ("NZ", "ニュージーランド", "New Zealand"),
    ("BR", "ブラジル", "Brazil"),
    ("FR", "フランス", "France"),
    ("BE", "ベルギー", "Belgium"),
    ("HK", "香港", "Hong Kong"),
    ("MY", "マレーシア", "Malaysia"),
    ("IE", "アイルランド", "Ireland"),
    ("IT", "イタリア", "Italy"),
    ("IL", "イスラエル", "Israel"),
    ("AE", "アラブ首長国連邦", "United Arab Emirates"),
    ("ZA", "南アフリカ", "South Africa"),
];

/// The code of a country typed by its name (Japanese or English, any case); `None` for
/// a name not in [`COUNTRIES`].
pub fn code_of(name: &str) -> Option<&'static str> {
    let name = name.trim();
    COUNTRIES
        .iter()
        .find(|(_, ja, en)| *ja == name || en.eq_ignore_ascii_case(name))
        .map(|(code, _, _)| *code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japan_first_codes_unique_names_read_as_codes() {
        assert_eq!(COUNTRIES[0].0, "JP");
        let mut seen = std::collections::HashSet::new();
        for (code, _, _) in COUNTRIES {
            assert!(code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()));
            assert!(seen.insert(code), "{code} twice");
        }
        assert_eq!(code_of("日本"), Some("JP"));
        assert_eq!(code_of(" シンガポール "), Some("SG"));
        assert_eq!(code_of("singapore"), Some("SG"));
        assert_eq!(code_of("JP"), None, "a code is not a name");
        assert_eq!(code_of("アトランティス"), None);
    }
}
