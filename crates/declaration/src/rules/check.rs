//! The checks every answer goes through, whatever its section: requiredness, text limits,
//! control characters and the formats of spec §3 (email, phone, postal code, date, URL,
//! country, 法人番号). The kind of value, and so the limit and the format, comes from the
//! field registry, which [`super::answers`] walks.

use super::messages::{self as msg, At};
use crate::date::Date;
use crate::fields::{Control, Field};
use crate::normalize::text as normalize;
use crate::Issue;

/// Collects the issues of one validation run.
pub(crate) struct Ctx {
    pub issues: Vec<Issue>,
    /// The declaration date, when it is a real date: the reference of every "not before" rule.
    pub declared: Option<Date>,
}

/// Whether a string answer is missing: absent, empty or only whitespace.
pub(crate) fn blank(value: Option<&str>) -> bool {
    value.is_none_or(|v| v.trim().is_empty())
}

impl Ctx {
    pub fn new(declared: Option<Date>) -> Ctx {
        Ctx {
            issues: Vec::new(),
            declared,
        }
    }

    pub fn push(&mut self, issue: Issue) {
        self.issues.push(issue);
    }

    /// A string answer of a text-like kind: reports a missing required answer, then the
    /// length (the field's limits), control characters and — when those are fine — the
    /// format of its kind ([`format_fault`]). Returns the answer when it is given.
    pub fn text<'a>(
        &mut self,
        f: &Field,
        path: &str,
        value: Option<&'a str>,
        required: bool,
    ) -> Option<&'a str> {
        let Some(v) = value.filter(|v| !v.trim().is_empty()) else {
            if required {
                self.push(msg::enter(path).missing(path));
            }
            return None;
        };
        let max = f.max_chars();
        let len = v.chars().count();
        let mut fine = true;
        if len > max {
            self.push(msg::too_long(path, max, len).error(path));
            fine = false;
        }
        if let Some(c) = first_invisible(v, f.control == Control::TextArea) {
            self.push(msg::control_chars(path, c).error(path));
            fine = false;
        }
        if fine {
            let shortest = f.min_chars();
            let trimmed = v.trim().chars().count();
            if let Some(m) = format_fault(f.control, path, v) {
                self.push(m.error(path));
            } else if crate::examples::holds_blank(path, v) {
                // An example is not an answer: its ○ left in is not written yet.
                self.push(msg::example_blank(path).missing(path));
            } else if trimmed < shortest {
                self.push(msg::too_short(path, shortest, trimmed).error(path));
            }
        }
        Some(v)
    }

    /// A whole number: missing when required, below 1 (every number asked is a count or
    /// a position from 1).
    pub fn number(&mut self, path: &str, value: Option<i64>, required: bool) {
        match value {
            None if required => self.push(msg::enter(path).missing(path)),
            Some(n) if n < 1 => self.push(msg::at_least(path, 1).error(path)),
            None | Some(_) => {}
        }
    }

    /// A date answer: missing when required, or not a real `YYYY-MM-DD` date. Returns the
    /// date when it is real. The text is parsed exactly as stored (no trimming), as every
    /// reader of the file does.
    pub fn date(&mut self, path: &str, value: Option<&str>, required: bool) -> Option<Date> {
        if blank(value) {
            if required {
                self.push(msg::enter(path).missing(path));
            }
            return None;
        }
        let date = value.and_then(Date::parse);
        if date.is_none() {
            self.push(msg::date_format(path).error(path));
        }
        date
    }

    /// A date that must not be before the declaration date (when both are real dates).
    pub fn not_before_declared(&mut self, path: &str, date: Option<Date>) {
        if let (Some(date), Some(declared)) = (date, self.declared) {
            if date < declared {
                self.push(msg::not_before_declaration(path, &declared.to_string()).error(path));
            }
        }
    }

    /// A validity date already past on the declaration date: a warning naming `what_path`'s
    /// label, reported at `path`. The verdict decides what lapsing means for compliance.
    pub fn lapsed_warning(&mut self, path: &str, what_path: &str, until: Option<Date>) {
        if let (Some(until), Some(declared)) = (until, self.declared) {
            if until < declared {
                self.push(msg::lapsed(what_path, &until.to_string()).warning(path));
            }
        }
    }

    /// An affirmation that must be ticked.
    pub fn tick(&mut self, path: &str, value: Option<bool>) {
        if value != Some(true) {
            self.push(msg::tick(path).missing(path));
        }
    }
}

/// What is wrong with the format of a text answer `v` of kind `control`, once its length
/// and characters are fine; `None` when nothing is, and for the kinds without a format.
fn format_fault(control: Control, path: &str, v: &str) -> Option<msg::Msg> {
    match control {
        Control::Email => (!is_email(&normalize::ascii(v))).then(|| msg::email(v)),
        Control::Tel => (!is_phone(v)).then(msg::phone),
        Control::PostalCode => (!is_postal_code(v)).then(msg::postal_code),
        Control::Url => (!is_https_url(&normalize::ascii(v))).then(|| msg::https_url(path)),
        Control::Country => (!is_country(v)).then(|| msg::country(path)),
        Control::CorporateNumber => {
            let stored = normalize::corporate_number(v);
            crate::corporate_number::check(&stored)
                .err()
                .map(|fault| msg::corporate_number(path, fault))
        }
        Control::MunicipalityCode => {
            crate::addressees::code::check(&normalize::corporate_number(v))
                .err()
                .map(|fault| msg::municipality_code(path, fault))
        }
        Control::Text | Control::TextArea | Control::Code => None,
        // Not text: their answers are checked by [`Ctx::number`], [`Ctx::date`] and the
        // walk ([`super::answers`]); never read as text.
        Control::Number
        | Control::Date
        | Control::Choice
        | Control::Parent
        | Control::YesNo
        | Control::Check
        | Control::Group => None,
    }
}

/// The first character of `v` that is not allowed because it cannot be seen or changes how
/// the text around it is shown: C0 and C1 controls (a line feed and a tab are allowed in a
/// multi-line text), the bidirectional controls that can make a name read backwards
/// (Trojan Source, CVE-2021-42574: U+202A–202E, U+2066–2069, U+200E, U+200F, U+061C),
/// zero-width characters (U+200B–200D, U+2060, U+FEFF) and the line and paragraph
/// separators U+2028/2029.
pub(crate) fn first_invisible(v: &str, multiline: bool) -> Option<char> {
    v.chars().find(|&c| refused_in_text(c, multiline))
}

/// Whether a text answer may not hold `c` ([`is_invisible`]; in a `multiline` one, a line
/// feed and a tab are allowed). The JSON Schema's patterns are made from this.
pub(crate) fn refused_in_text(c: char, multiline: bool) -> bool {
    is_invisible(c) && !(multiline && (c == '\n' || c == '\t'))
}

/// Whether `c` is one of the characters `first_invisible` finds (line feed and tab too).
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200B}'..='\u{200F}'
            | '\u{061C}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{2028}'
            | '\u{2029}')
}

/// One `@`, a non-empty local part, a domain with a dot between non-empty labels, printable
/// ASCII only (a kana typed with the input method left on is a slip, and the city's mail
/// systems take ASCII addresses; a Japanese domain is written in its `xn--` form).
pub(crate) fn is_email(v: &str) -> bool {
    let v = v.trim();
    if !v.bytes().all(|b| b.is_ascii_graphic()) {
        return false;
    }
    let mut parts = v.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !local.is_empty() && domain.contains('.') && domain.split('.').all(|l| !l.is_empty())
}

/// A Japanese phone number once normalised: `0` and 9 or 10 more digits, hyphens optional.
pub(crate) fn is_phone(v: &str) -> bool {
    let digits = normalize::phone(v).replace('-', "");
    digits.starts_with('0')
        && (10..=11).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// `NNN-NNNN` once normalised (seven bare digits are accepted).
pub(crate) fn is_postal_code(v: &str) -> bool {
    let p = normalize::postal_code(v);
    let b = p.as_bytes();
    b.len() == 8 && b[3] == b'-' && b[..3].iter().chain(&b[4..]).all(|c| c.is_ascii_digit())
}

/// `https://` followed by a host, no spaces.
pub(crate) fn is_https_url(v: &str) -> bool {
    let v = v.trim();
    let Some(scheme) = v.get(..8) else {
        return false;
    };
    let host = v[8..].split(['/', '?', '#']).next().unwrap_or("");
    scheme.eq_ignore_ascii_case("https://")
        && !host.is_empty()
        && !v.chars().any(char::is_whitespace)
}

/// Two letters (ISO 3166-1 alpha-2) once normalised (`jp`, `ＪＰ` → `JP`).
pub(crate) fn is_country(v: &str) -> bool {
    let c = normalize::country(v);
    c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Severity;

    #[test]
    fn blank_means_unanswered() {
        assert!(blank(None));
        assert!(blank(Some("")));
        assert!(blank(Some(" \t\n")));
        assert!(blank(Some("\u{3000}")), "a full-width space is blank too");
        assert!(!blank(Some(" a ")));
    }

    #[test]
    fn emails() {
        for ok in [
            "yamada@example.jp",
            "a.b+c@mail.example.co.jp",
            " yamada@example.jp ",
        ] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "yamada",
            "@example.jp",
            "yamada@",
            "yamada@example",
            "ya mada@example.jp",
            "a@b@example.jp",
            "yamada@example..jp",
            "yamada@.example.jp",
            "yamada＠example.jp",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn phones() {
        for ok in [
            "059-000-0000",
            "0590000000",
            "090-1234-5678",
            "０５９－０００－００００",
            "03 1234 5678",
        ] {
            assert!(is_phone(ok), "{ok}");
        }
        for bad in [
            "059-000-000",
            "590-000-0000",
            "090-1234-56789",
            "059-000-000a",
            "+81-59-000-0000",
        ] {
            assert!(!is_phone(bad), "{bad}");
        }
    }

    #[test]
    fn postal_codes() {
        for ok in ["514-0003", "５１４－０００３", "1000014", "〒100-0014"] {
            assert!(is_postal_code(ok), "{ok}");
        }
        for bad in ["514-003", "5140-003", "51400031", "abc-defg", "514_0003"] {
            assert!(!is_postal_code(bad), "{bad}");
        }
    }

    #[test]
    fn urls_and_countries() {
        assert!(is_https_url("https://cloud.example.jp/shared"));
        assert!(is_https_url("HTTPS://example.jp"));
        assert!(!is_https_url("http://example.jp"));
        assert!(!is_https_url("https://"));
        assert!(!is_https_url("https:///path"));
        assert!(!is_https_url("https://exa mple.jp"));
        assert!(!is_https_url("例"));
        assert!(is_country("JP") && is_country("jp") && is_country("ＪＰ"));
        assert!(!is_country("JPN") && !is_country("J") && !is_country("アトランティス"));
        assert!(is_country("日本"), "a listed name reads as its code");
    }

    #[test]
    fn control_characters() {
        assert_eq!(first_invisible("a\u{0007}b", true), Some('\u{7}'));
        assert_eq!(first_invisible("a\nb", false), Some('\n'));
        assert_eq!(first_invisible("a\nb\tc", true), None);
        assert_eq!(first_invisible("a\rb", true), Some('\r'));
        assert_eq!(first_invisible("普通の文　全角空白も可", false), None);
        for c in [
            '\0', '\u{1F}', '\u{7F}', '\u{85}', '\u{9F}', '\u{202A}', '\u{202B}', '\u{202C}',
            '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200E}',
            '\u{200F}', '\u{061C}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{FEFF}', '\u{2028}',
        ] {
            let text = format!("株式会社{c}ABC");
            assert_eq!(first_invisible(&text, false), Some(c), "{:04X}", c as u32);
            assert_eq!(
                first_invisible(&text, true),
                Some(c),
                "{:04X} in a text area",
                c as u32
            );
        }
        // The first one found is named.
        assert_eq!(
            first_invisible("a\u{200B}b\u{202E}", false),
            Some('\u{200B}')
        );
    }

    fn f(key: &str) -> &'static Field {
        crate::fields::field(key).expect("a key of the registry")
    }

    #[test]
    fn text_reports_one_issue_per_problem() {
        let mut ctx = Ctx::new(None);
        assert_eq!(
            ctx.text(
                f("basic.municipality"),
                "basic.municipality",
                Some("  "),
                true
            ),
            None
        );
        assert_eq!(
            ctx.text(
                f("basic.declarant.department"),
                "basic.declarant.department",
                None,
                false
            ),
            None
        );
        assert_eq!(ctx.issues.len(), 1);
        assert_eq!(ctx.issues[0].path, "basic.municipality");
        assert_eq!(ctx.issues[0].severity, Severity::Error);

        // Too long and a control character: both, and no format message on top.
        let mut ctx = Ctx::new(None);
        let long = format!("{}\u{0}", "a".repeat(300));
        ctx.text(
            f("basic.declarant.email"),
            "basic.declarant.email",
            Some(&long),
            true,
        );
        assert_eq!(ctx.issues.len(), 2);
        assert!(ctx.issues[0].text.ja.contains("200文字以内"));
        assert!(ctx.issues[1].text.ja.contains("制御文字"));
    }

    #[test]
    fn entrusted_work_is_limited_to_2000() {
        let mut ctx = Ctx::new(None);
        ctx.text(
            f("entrustment.content"),
            "entrustment.content",
            Some(&"委".repeat(2000)),
            true,
        );
        assert!(ctx.issues.is_empty());
        ctx.text(
            f("entrustment.content"),
            "entrustment.content",
            Some(&"委".repeat(2001)),
            true,
        );
        assert_eq!(ctx.issues.len(), 1);
        assert!(
            ctx.issues[0].text.ja.contains("2000文字以内")
                && ctx.issues[0].text.ja.contains("2001")
        );
        // Other multi-line texts allow 4000.
        let mut ctx = Ctx::new(None);
        ctx.text(
            f("entrustment.other_information"),
            "entrustment.other_information",
            Some(&"委".repeat(4000)),
            false,
        );
        assert!(ctx.issues.is_empty());
        ctx.text(
            f("entrustment.other_information"),
            "entrustment.other_information",
            Some(&"委".repeat(4001)),
            false,
        );
        assert_eq!(ctx.issues.len(), 1);
    }

    #[test]
    fn dates() {
        let declared = Date::parse("2024-02-20");
        let mut ctx = Ctx::new(declared);
        assert_eq!(
            ctx.date("attestation.date", Some("2024-02-29"), true),
            Date::parse("2024-02-29")
        );
        assert!(ctx.issues.is_empty());
        assert_eq!(ctx.date("attestation.date", Some("2023-02-29"), true), None);
        assert_eq!(ctx.date("attestation.date", None, true), None);
        assert_eq!(ctx.date("cloud.ismap.valid_until", None, false), None);
        assert_eq!(ctx.issues.len(), 2);
        assert!(ctx.issues[0].text.ja.contains("実在する日付"));
        assert_eq!(ctx.issues[1].text.ja, "日付を入力してください");

        let mut ctx = Ctx::new(declared);
        ctx.not_before_declared("measures[0].planned_date", Date::parse("2024-02-20"));
        assert!(ctx.issues.is_empty(), "the declaration date itself is fine");
        ctx.not_before_declared("measures[0].planned_date", Date::parse("2024-02-19"));
        assert_eq!(ctx.issues.len(), 1);
        assert!(ctx.issues[0].text.ja.contains("2024-02-20"));
    }
}
