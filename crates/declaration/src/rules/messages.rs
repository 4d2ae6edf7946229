//! Every validation message, in Japanese and English, built in one place so the wording of
//! the error summary, the field and the CLI stays the same (spec §3, GOV.UK style: name the
//! field as the user sees it and say how to fix it).
//!
//! Field names come from the registry ([`crate::fields::field`]); nothing here keeps its own
//! copy of a label.

use crate::answers::{entry_label, Group};
use crate::fields::{self, Labelled};
use crate::model::{Category, Layer, Owner};
use crate::words::Words;
use crate::{Issue, Severity};

/// A message in both languages, not yet attached to a path.
pub(crate) type Msg = Words;

/// A message attached to a path, as an [`Issue`].
pub(crate) trait At {
    /// The message as a blocking issue at `path`.
    fn error(self, path: impl Into<String>) -> Issue;
    /// The message as a non-blocking issue at `path`.
    fn warning(self, path: impl Into<String>) -> Issue;
    /// The message as a blocking issue at `path` that says something is not written yet
    /// ([`Issue::unwritten`]).
    fn missing(self, path: impl Into<String>) -> Issue;
}

impl At for Words {
    fn error(self, path: impl Into<String>) -> Issue {
        at(self, path, Severity::Error)
    }

    fn warning(self, path: impl Into<String>) -> Issue {
        at(self, path, Severity::Warning)
    }

    fn missing(self, path: impl Into<String>) -> Issue {
        Issue {
            unwritten: true,
            ..at(self, path, Severity::Error)
        }
    }
}

fn at(text: Words, path: impl Into<String>, severity: Severity) -> Issue {
    Issue {
        path: path.into(),
        severity,
        text,
        unwritten: false,
    }
}

/// The visible label of a path in both languages ([`crate::words::label_of`]), naming the entry
/// of a list it belongs to: 「保管場所2の国」 / "Country of storage location 2".
fn label(path: &str) -> Words {
    let own = crate::words::label_of(path);
    let entry = path.split_once('[').and_then(|(list, rest)| {
        let (n, tail) = rest.split_once(']')?;
        // Only an answer inside the entry, not the entry itself.
        tail.starts_with('.').then_some(())?;
        Some(entry_label(Group::of(list)?, n.parse().ok()?))
    });
    match entry {
        Some(e) => Words::new(
            format!("{}の{}", e.ja, own.ja),
            format!("{} of {}", own.en, lower_first(&e.en)),
        ),
        None => own,
    }
}

/// The English label as the object of a sentence: "Enter {object}".
fn object(path: &str) -> String {
    use fields::key;
    let objects = [
        (
            key::SUBCONTRACTORS_PARENT,
            "who commissions and supervises the subcontractor",
        ),
        (
            key::CLOUD_CONTROLS_VERIFICATION_METHOD,
            "how the controls were verified",
        ),
        (
            key::CLOUD_CONTROLS_VERIFICATION_DESCRIPTION,
            "what was verified",
        ),
        (
            key::RESPONSIBILITY_MODEL_DOCUMENT_TITLE,
            "the title of the shared-responsibility model document",
        ),
    ];
    let own = fields::field(path).and_then(|f| {
        objects
            .iter()
            .find(|(o, _)| f.is(o))
            .map(|(_, words)| words)
    });
    match own {
        Some(words) => words.to_string(),
        None => format!("the {}", lower_first(&label(path).en)),
    }
}

/// "Email address" → "email address", but "ISO/IEC 27017 …" and "CS Mark Gold" stay.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_ascii_uppercase() && !b.is_uppercase() => {
            let mut out = a.to_ascii_lowercase().to_string();
            out.push_str(&s[a.len_utf8()..]);
            out
        }
        _ => s.to_string(),
    }
}

/// A Japanese label that is a whole statement (「準拠法が日本法である」) is quoted inside a
/// sentence; a noun (再委託の有無) is not.
fn ja_quoted(label: &str) -> String {
    if label.ends_with(['る', 'す', 'ん']) {
        format!("「{label}」")
    } else {
        label.to_string()
    }
}

/// A required text, number or date is missing.
pub(crate) fn enter(path: &str) -> Msg {
    let Words { ja, .. } = label(path);
    Msg::new(
        format!("{ja}を入力してください"),
        format!("Enter {}", object(path)),
    )
}

/// A required choice is missing.
pub(crate) fn select(path: &str) -> Msg {
    let Words { ja, .. } = label(path);
    Msg::new(
        format!("{ja}を選択してください"),
        format!("Select {}", object(path)),
    )
}

/// A yes/no question is unanswered.
pub(crate) fn yes_no(path: &str) -> Msg {
    let Words { ja, en } = label(path);
    Msg::new(
        format!(
            "{}について「はい」又は「いいえ」を選択してください",
            ja_quoted(&ja)
        ),
        format!("Select yes or no for “{en}”"),
    )
}

/// An affirmation that must be ticked is not.
pub(crate) fn tick(path: &str) -> Msg {
    let Words { ja, en } = label(path);
    Msg::new(
        format!("「{ja}」にチェックを入れてください"),
        format!("Tick the box to confirm “{en}”"),
    )
}

/// A repeated group needs at least one entry.
pub(crate) fn at_least_one(path: &str) -> Msg {
    let Words { ja, en } = label(path);
    let noun = match fields::key_of(path).as_str() {
        "subcontractors" => "subcontractor".to_string(),
        "cloud.data_location.regions" => "storage location".to_string(),
        "measures" => "security measure".to_string(),
        _ => format!("entry to “{en}”"),
    };
    Msg::new(
        format!("{ja}を1件以上入力してください"),
        format!("Add at least one {noun}"),
    )
}

/// A date that is not a real `YYYY-MM-DD` date.
pub(crate) fn date_format(path: &str) -> Msg {
    let Words { ja, en } = label(path);
    Msg::new(
        format!("{ja}は 2024-02-20 のように実在する日付を入力してください"),
        format!("{en} must be a real date, like 2024-02-20"),
    )
}

/// An answer that still holds a blank (○) of its example ([`crate::examples::holds_blank`]).
pub(crate) fn example_blank(path: &str) -> Msg {
    let Words { ja, en } = label(path);
    let Words {
        ja: what,
        en: what_en,
    } = crate::examples::blank_message();
    Msg::new(
        format!("{ja}：{what}"),
        format!("{en}: {}", lower_first(&what_en)),
    )
}

/// An email address that is not one, as typed: when a character no address holds (a
/// kana, a kanji, a full-width sign the normaliser does not map) is the cause, the message
/// names it.
pub(crate) fn email(typed: &str) -> Msg {
    let wide = crate::normalize::text::ascii(typed)
        .chars()
        .find(|c| !c.is_ascii());
    match wide {
        Some(c) => Msg::new(
            format!("メールアドレスに使えない全角文字「{c}」が含まれています。yamada@example.jp のように半角の英数字と記号で入力してください（全角の英数字・＠は半角として受け付けます）"),
            format!("The email address holds the full-width character “{c}”, which no address can; enter it in half-width letters and signs, like yamada@example.jp (full-width letters, digits and ＠ are read as half-width)"),
        ),
        None => Msg::new(
            "メールアドレスは yamada@example.jp のような形式で入力してください".to_string(),
            "Enter an email address in the correct format, like yamada@example.jp".to_string(),
        ),
    }
}

pub(crate) fn phone() -> Msg {
    Msg::new(
        "電話番号は 0 から始まる10桁又は11桁の番号を入力してください（例：059-000-0000）"
            .to_string(),
        "Enter a phone number of 10 or 11 digits starting with 0, like 059-000-0000".to_string(),
    )
}

pub(crate) fn postal_code() -> Msg {
    Msg::new(
        "郵便番号は 514-0003 のように7桁で入力してください".to_string(),
        "Enter a postal code of 7 digits, like 514-0003".to_string(),
    )
}

/// A URL that does not start with `https://` or has no host.
pub(crate) fn https_url(path: &str) -> Msg {
    let Words { ja, en } = label(path);
    Msg::new(
        format!("{ja}は https://example.jp/ のように https:// から始まる形式で入力してください"),
        format!("{en} must start with https://, like https://example.jp/"),
    )
}

/// A country that is not a two-letter code.
pub(crate) fn country(path: &str) -> Msg {
    let Words { ja, en } = label(path);
    Msg::new(
        format!("{ja}は JP のように2文字の国コード（ISO 3166-1）で入力してください"),
        format!("{en} must be a 2-letter ISO 3166-1 code, like JP"),
    )
}

/// A 法人番号 that is not one: what is wrong with it, and where to find the right one.
pub(crate) fn corporate_number(path: &str, fault: crate::corporate_number::Fault) -> Msg {
    use crate::corporate_number::Fault;
    let Words { ja, en } = label(path);
    match fault {
        Fault::NotDigits => Msg::new(
            format!("{ja}は数字13桁で入力してください（例：4011001098993。先頭に T の付く登録番号ではなく法人番号です）"),
            format!("{en} must be 13 digits, like 4011001098993 (the corporate number, not the invoice registration number starting with T)"),
        ),
        Fault::Length(n) => Msg::new(
            format!("{ja}は13桁で入力してください（現在{n}桁）"),
            format!("{en} must have 13 digits (it has {n})"),
        ),
        Fault::CheckDigit { .. } => Msg::new(
            format!("{ja}の検査用数字（先頭の1桁）が合いません。国税庁法人番号公表サイトで番号を確かめてください"),
            format!("{en}: the check digit (the first digit) does not match the other twelve. Check the number on the National Tax Agency's corporate number site"),
        ),
    }
}

/// A 団体コード that is not one: which of its length, its characters or its check digit.
pub(crate) fn municipality_code(path: &str, fault: crate::check_digits::Fault) -> Msg {
    use crate::check_digits::Fault;
    let Words { ja, en } = label(path);
    match fault {
        Fault::NotDigits => Msg::new(
            format!("{ja}は数字6桁で入力してください（例：242161）"),
            format!("{en} must be 6 digits, like 242161"),
        ),
        Fault::Length(n) => Msg::new(
            format!("{ja}は6桁で入力してください（現在{n}桁。5桁のコードには末尾の検査用数字を付けてください）"),
            format!("{en} must have 6 digits (it has {n}; add the check digit to a 5-digit code)"),
        ),
        Fault::CheckDigit { expected } => Msg::new(
            format!("{ja}の検査用数字（末尾の1桁）が合いません（前の5桁からは {expected}）。総務省の全国地方公共団体コードで確かめてください"),
            format!("{en}: the check digit (the last digit) does not match; the first five give {expected}. Check it in the national list of local government codes"),
        ),
    }
}

/// An addressee listed a second time (its municipality or 団体コード is entry `first`'s).
pub(crate) fn same_municipality(path: &str, first: usize) -> Msg {
    let Words { ja, en } = label(path);
    let n = first + 1;
    Msg::new(
        format!("{ja}が宛先{n}と同じです。同じ市町村が2回入っていないか確かめ、重複する宛先を削除してください"),
        format!("{en} is the same as addressee {n}'s. Check the municipality is not listed twice, and remove the duplicate"),
    )
}

/// A whole number below its minimum.
pub(crate) fn at_least(path: &str, min: i64) -> Msg {
    let Words { ja, en } = label(path);
    Msg::new(
        format!("{ja}は{min}以上の整数で入力してください"),
        format!("{en} must be a whole number, {min} or more"),
    )
}

/// A text longer than its limit.
pub(crate) fn too_long(path: &str, max: usize, len: usize) -> Msg {
    let Words { ja, en } = label(path);
    Msg::new(
        format!("{ja}は{max}文字以内で入力してください（現在{len}文字）"),
        format!("{en} must be {max} characters or less (it has {len})"),
    )
}

/// A text shorter than its minimum.
pub(crate) fn too_short(path: &str, min: usize, len: usize) -> Msg {
    let Words { ja, en } = label(path);
    Msg::new(
        format!("{ja}は{min}文字以上で具体的に入力してください（現在{len}文字）"),
        format!("{en} must be {min} characters or more, saying what is done (it has {len})"),
    )
}

/// A text holding a character that cannot be seen (a control, a bidirectional control, a
/// zero-width character), named by its code point.
pub(crate) fn control_chars(path: &str, c: char) -> Msg {
    let Words { ja, en } = label(path);
    let code = format!("U+{:04X}", c as u32);
    Msg::new(
        format!("{ja}に見えない制御文字（{code}）が含まれています。文字を入力し直すか、その文字を削除してください"),
        format!("{en} contains an invisible control character ({code}). Type the text again, or remove that character"),
    )
}

/// A date that must not be before the declaration date is.
pub(crate) fn not_before_declaration(path: &str, declared: &str) -> Msg {
    let Words { ja, en } = label(path);
    Msg::new(
        format!("{ja}は申告日（{declared}）以降の日付を入力してください"),
        format!("{en} must be on or after the declaration date ({declared})"),
    )
}

/// A certificate or listing that has lapsed by the declaration date (a warning).
pub(crate) fn lapsed(what_path: &str, until: &str) -> Msg {
    let Words { ja, en } = label(what_path);
    Msg::new(
        format!("{ja}の有効期限（{until}）が申告日より前です。更新後の内容を入力してください"),
        format!("{en} lapsed on {until}, before the declaration date. Enter the renewed details"),
    )
}

/// A subcontractor without an identifier (the n-th, counting from 1).
pub(crate) fn missing_id(n: usize) -> Msg {
    Msg::new(
        format!("{n}番目の再委託先に識別子（id）がありません。再委託先ごとに異なる識別子を付けてください"),
        format!("Subcontractor {n} has no identifier (id). Give each subcontractor its own identifier"),
    )
}

/// An entry whose identifier an earlier entry already uses.
pub(crate) fn duplicate_id(what_ja: &str, what_en: &str, n: usize, id: &str) -> Msg {
    Msg::new(
        format!("{n}番目の{what_ja}の識別子（{id}）が他と重複しています。別の識別子にしてください"),
        format!("{what_en} {n} has the identifier “{id}”, which another one already uses. Give it a different identifier"),
    )
}

/// A subcontractor with the reserved identifier `contractor`.
pub(crate) fn reserved_id(n: usize) -> Msg {
    Msg::new(
        format!("{n}番目の再委託先の識別子に contractor は使えません。別の識別子にしてください"),
        format!("Subcontractor {n} cannot have the identifier “contractor”. Give it a different identifier"),
    )
}

pub(crate) fn unknown_parent(path: &str, parent: &str) -> Msg {
    let Words { ja, en } = label(path);
    Msg::new(
        format!("{ja}に指定された「{parent}」は見つかりません。委託先又は一覧にある再委託先を選択してください"),
        format!("“{en}” names “{parent}”, which is not in the list. Select the contractor or a listed subcontractor"),
    )
}

pub(crate) fn self_parent(path: &str) -> Msg {
    let Words { ja, en } = label(path);
    Msg::new(
        format!("{ja}に自分自身は選べません。委託先又は他の再委託先を選択してください"),
        format!("A subcontractor cannot be “{en}” itself. Select the contractor or another subcontractor"),
    )
}

/// A node of a cycle of `len` entries; `cycle` names the nodes in order, back to the first
/// (of a long cycle, the first few and the first again: 「a → b → … → a」 with the count).
pub(crate) fn cycle(path: &str, cycle: &[String], len: usize) -> Msg {
    let Words { ja, en } = label(path);
    let chain = if cycle.len() > len {
        cycle.join(" → ")
    } else {
        let (last, head) = cycle
            .split_last()
            .map_or((String::new(), &[][..]), |(l, h)| (l.clone(), h));
        format!("{} → … → {last}", head.join(" → "))
    };
    let count = if cycle.len() > len {
        String::new()
    } else {
        format!("・{len}件")
    };
    let count_en = if cycle.len() > len {
        String::new()
    } else {
        format!(", {len} entries")
    };
    Msg::new(
        format!("{ja}が循環しています（{chain}{count}）。循環しないように、いずれかを委託先又は他の再委託先に変更してください"),
        format!("“{en}” goes round in a circle ({chain}{count_en}). Change one of them to the contractor or another subcontractor"),
    )
}

/// The matrix has no row at all.
pub(crate) fn matrix_empty(path: &str) -> Msg {
    let Words { ja, en } = label(path);
    Msg::new(
        format!("{ja}で各レイヤーの分担を選択してください"),
        format!(
            "Select who is responsible for each layer in the {}",
            lower_first(&en)
        ),
    )
}

pub(crate) fn matrix_missing(path: &str, layer: Layer) -> Msg {
    let Words { ja, en } = label(path);
    Msg::new(
        format!(
            "{ja}に「{}」の行がありません。分担を選択してください",
            layer.label(fields::Lang::Ja)
        ),
        format!(
            "The {} has no row for “{}”. Select who is responsible for it",
            lower_first(&en),
            layer.label(fields::Lang::En)
        ),
    )
}

pub(crate) fn matrix_duplicate(path: &str, layer: Layer, times: usize) -> Msg {
    let Words { ja, en } = label(path);
    Msg::new(
        format!(
            "{ja}に「{}」が{times}回あります。1行にしてください",
            layer.label(fields::Lang::Ja)
        ),
        format!(
            "The {} lists “{}” {times} times. Keep one row for it",
            lower_first(&en),
            layer.label(fields::Lang::En)
        ),
    )
}

/// One of the four categories the source names has no measure.
pub(crate) fn category_missing(category: Category) -> Msg {
    Msg::new(
        format!(
            "「{}」の対策を1件以上入力してください",
            category.label(fields::Lang::Ja)
        ),
        format!(
            "Add at least one measure for “{}”",
            category.label(fields::Lang::En)
        ),
    )
}

/// A layer the customer (or both) is responsible for has no measure of its category.
pub(crate) fn layer_uncovered(layer: Layer, owner: Owner, category: Category) -> Msg {
    use fields::Lang::{En, Ja};
    Msg::new(
        format!(
            "責任分担表で「{}」が「{}」の分担となっています。「{}」の対策を1件以上入力してください",
            layer.label(Ja),
            owner.label(Ja),
            category.label(Ja)
        ),
        format!(
            "The responsibility table gives “{}” to “{}”: add at least one measure for “{}”",
            layer.label(En),
            owner.label(En),
            category.label(En)
        ),
    )
}

#[cfg(test)]
mod tests {

    #[test]
    fn messages_inside_a_list_name_the_entry() {
        assert_eq!(
            enter("cloud.data_location.regions[1].country").ja,
            "保管場所2の国を入力してください"
        );
        assert_eq!(
            enter("cloud.data_location.regions[1].country").en,
            "Enter the country of storage location 2"
        );
        assert_eq!(
            enter("measures[2].planned_date").ja,
            "対策3の実施予定日を入力してください"
        );
        assert_eq!(
            select("subcontractors[0].parent").ja,
            "再委託先1の委託元(監督する者)を選択してください"
        );
        // The list itself, and answers outside lists, are named as they are.
        assert_eq!(
            at_least_one("measures").ja,
            "セキュリティ対策を1件以上入力してください"
        );
        assert_eq!(
            enter("basic.municipality").ja,
            "委託元の地方公共団体名を入力してください"
        );
    }

    use super::*;

    #[test]
    fn required_messages_name_the_label() {
        let m = enter("subcontractors[3].name");
        assert_eq!(m.ja, "再委託先4の商号又は名称を入力してください");
        assert_eq!(m.en, "Enter the trade name of subcontractor 4");
        assert_eq!(enter("basic.declarant.email").en, "Enter the email address");
        let m = select("entrustment.handler_count");
        assert_eq!(m.ja, "委託先における取扱者数を選択してください");
        assert_eq!(m.en, "Select the number of handlers at the contractor");
        assert_eq!(
            select("subcontractors[0].parent").en,
            "Select who commissions and supervises the subcontractor"
        );
    }

    #[test]
    fn acronyms_keep_their_case() {
        assert_eq!(
            lower_first("ISMAP registration number"),
            "ISMAP registration number"
        );
        assert_eq!(lower_first("CS Mark Gold"), "CS Mark Gold");
        assert_eq!(lower_first("Trade name"), "trade name");
        assert_eq!(lower_first(""), "");
        assert_eq!(
            enter("cloud.ismap.registration_number").en,
            "Enter the ISMAP registration number"
        );
    }

    #[test]
    fn yes_no_and_tick_quote_statements() {
        assert_eq!(
            yes_no("entrustment.resubcontract").ja,
            "再委託の有無について「はい」又は「いいえ」を選択してください"
        );
        assert_eq!(
            yes_no("cloud.basic_policy.governing_law_japan").ja,
            "「準拠法が日本法である」について「はい」又は「いいえ」を選択してください"
        );
        let t = tick("attestation.truthful");
        assert_eq!(
            t.ja,
            "「記載内容は事実と相違ありません」にチェックを入れてください"
        );
        assert!(t.en.contains("The content is true"));
    }

    #[test]
    fn format_messages_are_the_specified_words() {
        assert_eq!(
            date_format("basic.declaration_date").ja,
            "申告日は 2024-02-20 のように実在する日付を入力してください"
        );
        assert_eq!(
            too_long("subcontractors[0].name", 200, 201).ja,
            "再委託先1の商号又は名称は200文字以内で入力してください（現在201文字）"
        );
        assert_eq!(
            control_chars("basic.municipality", '\u{202E}').ja,
            "委託元の地方公共団体名に見えない制御文字（U+202E）が含まれています。文字を入力し直すか、その文字を削除してください"
        );
        assert!(phone()
            .ja
            .starts_with("電話番号は 0 から始まる10桁又は11桁"));
        assert_eq!(
            postal_code().ja,
            "郵便番号は 514-0003 のように7桁で入力してください"
        );
        assert!(email("x").ja.contains("yamada@example.jp"));
        assert!(email("やまだ@example.jp").ja.contains("全角文字「や」"));
    }

    #[test]
    fn issues_carry_path_and_severity() {
        let e = enter("attestation.name").error("attestation.name");
        assert_eq!(
            (e.path.as_str(), e.severity),
            ("attestation.name", Severity::Error)
        );
        let w = lapsed("cloud.certifications.iso27017.held", "2023-01-01").warning("x");
        assert_eq!(w.severity, Severity::Warning);
        assert!(w.text.ja.contains("ISO/IEC 27017 認証") && w.text.en.contains("ISO/IEC 27017"));
    }
}
