//! The kinds of value an answer can be ([`Control`]) and what each kind decides on its own:
//! the longest text it takes, how a typed value is stored ([`Control::normalise`]) and how
//! the form asks it ([`Control::widget`]). Its checks and messages are
//! [`crate::rules`]'s, its schema [`crate::schema`]'s, its words in a cell
//! [`crate::answers`]'s — each a `match` over every kind, with no `_ =>`, so a new kind does
//! not compile until every output has decided what it does with it.

use crate::normalize::text;

/// The kind of value an answer is, and so the control that asks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    /// One line of text (≤ 200 characters).
    Text,
    /// Several lines of text (≤ 4000 characters).
    TextArea,
    Email,
    Tel,
    PostalCode,
    Url,
    /// An identifier written in ASCII (a certificate or registration number): typed in full
    /// width or half, stored half-width.
    Code,
    /// A country: chosen from the list, typed as its name or its two-letter code, stored as
    /// the code (ISO 3166-1 alpha-2).
    Country,
    /// 法人番号: 13 digits, the first a check digit ([`crate::corporate_number`]).
    CorporateNumber,
    /// 団体コード: six digits, the last a check digit ([`crate::addressees::code`]).
    MunicipalityCode,
    Number,
    Date,
    /// A choice among the values of an enum.
    Choice,
    /// The subcontractor (or the contractor) that commissions an entry: a choice among the
    /// entries of the tree ([`crate::tree`]), whose rules are the tree's.
    Parent,
    /// Yes or no, asked as two radio buttons.
    YesNo,
    /// One checkbox (an affirmation).
    Check,
    /// A group of repeated entries; the list's own rules (how many, which) are hand-written.
    Group,
}

/// What a kind of value is stored as, for the outputs that treat every kind of one shape
/// alike (how an answer reads, what a set text becomes, which verb asks for it). The outputs
/// that tell the kinds apart (normaliser, format, schema pattern, widget) match on
/// [`Control`] itself; either way no match has a `_ =>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A string typed as text, whatever its format (a text, an email address, a 法人番号…).
    Text,
    /// A whole number.
    Number,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// One value of an enum.
    Choice,
    /// The id of another entry of the tree (or `contractor`).
    Parent,
    /// `true` or `false`, answered.
    YesNo,
    /// `true` when ticked.
    Check,
    /// A list of entries.
    Group,
}

/// How the form asks a kind of value: one widget per pattern (`src/widgets/field`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Widget {
    /// One line of text.
    Line(Line),
    /// A text area.
    Lines,
    /// Radio buttons when there are few options, a select otherwise.
    Options,
    /// One checkbox.
    Tick,
    /// Asked by a widget of its own: the tree's parent picker, a list's entries.
    Own,
}

/// A one-line input: its `type`, `inputmode`, `autocomplete`, its width class, and whether
/// it offers the list of countries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub kind: &'static str,
    pub mode: &'static str,
    pub autocomplete: &'static str,
    pub class: &'static str,
    pub countries: bool,
}

const fn line(kind: &'static str, mode: &'static str, autocomplete: &'static str) -> Line {
    Line {
        kind,
        mode,
        autocomplete,
        class: "",
        countries: false,
    }
}

impl Control {
    /// Its [`Shape`].
    pub fn shape(self) -> Shape {
        match self {
            Control::Text
            | Control::TextArea
            | Control::Email
            | Control::Tel
            | Control::PostalCode
            | Control::Url
            | Control::Code
            | Control::Country
            | Control::CorporateNumber
            | Control::MunicipalityCode => Shape::Text,
            Control::Number => Shape::Number,
            Control::Date => Shape::Date,
            Control::Choice => Shape::Choice,
            Control::Parent => Shape::Parent,
            Control::YesNo => Shape::YesNo,
            Control::Check => Shape::Check,
            Control::Group => Shape::Group,
        }
    }

    /// The longest text this kind accepts, in characters (spec §3 text limits); a field may
    /// set a lower one ([`super::Field::max_chars`]).
    pub fn max_chars(self) -> usize {
        match self {
            Control::TextArea => 4000,
            Control::Text
            | Control::Email
            | Control::Tel
            | Control::PostalCode
            | Control::Url
            | Control::Code
            | Control::Country
            | Control::CorporateNumber
            | Control::MunicipalityCode
            | Control::Number
            | Control::Date
            | Control::Choice
            | Control::Parent
            | Control::YesNo
            | Control::Check
            | Control::Group => 200,
        }
    }

    /// The text typed into a control of this kind as it is stored: a phone number, a postal
    /// code, a country, an email address, a URL, a certificate number, a 法人番号 or a date
    /// in its canonical form; free text as it is (it is printed as the user wrote it).
    /// The form applies it when the user leaves a control, and [`crate::normalize`] to a
    /// whole declaration.
    pub fn normalise(self, typed: &str) -> String {
        match self {
            Control::Tel => text::phone(typed),
            Control::PostalCode => text::postal_code(typed),
            Control::Date => text::date(typed),
            Control::Email | Control::Url => text::ascii(typed),
            Control::Code => text::code(typed),
            Control::Country => text::country(typed),
            Control::CorporateNumber | Control::MunicipalityCode => text::corporate_number(typed),
            Control::Text
            | Control::TextArea
            | Control::Number
            | Control::Choice
            | Control::Parent
            | Control::YesNo
            | Control::Check
            | Control::Group => typed.to_string(),
        }
    }

    /// Whether [`Control::normalise`] can change a value of this kind.
    pub fn has_canonical_form(self) -> bool {
        match self {
            Control::Tel
            | Control::PostalCode
            | Control::Date
            | Control::Email
            | Control::Url
            | Control::Code
            | Control::Country
            | Control::CorporateNumber
            | Control::MunicipalityCode => true,
            Control::Text
            | Control::TextArea
            | Control::Number
            | Control::Choice
            | Control::Parent
            | Control::YesNo
            | Control::Check
            | Control::Group => false,
        }
    }

    /// How the form asks it. Email addresses and URLs are plain text inputs with their
    /// keyboards: the browser's own email/url inputs rewrite or refuse full-width text
    /// (「＠」) before the app can read it as half-width (spec §3). A date has a text
    /// keyboard: 令和6年2月20日 is a date too (a numeric one cannot type it).
    pub fn widget(self) -> Widget {
        match self {
            Control::Text | Control::Code => Widget::Line(line("text", "text", "off")),
            Control::Email => Widget::Line(line("text", "email", "email")),
            Control::Tel => Widget::Line(line("tel", "tel", "tel")),
            Control::PostalCode => Widget::Line(line("text", "numeric", "postal-code")),
            Control::Url => Widget::Line(line("text", "url", "url")),
            Control::CorporateNumber => Widget::Line(line("text", "numeric", "off")),
            Control::MunicipalityCode => Widget::Line(Line {
                class: "input--short",
                ..line("text", "numeric", "off")
            }),
            Control::Country => Widget::Line(Line {
                countries: true,
                ..line("text", "text", "off")
            }),
            Control::Number => Widget::Line(Line {
                class: "input--short",
                ..line("text", "numeric", "off")
            }),
            Control::Date => Widget::Line(Line {
                class: "input--date",
                ..line("text", "text", "off")
            }),
            Control::TextArea => Widget::Lines,
            Control::Choice | Control::YesNo => Widget::Options,
            Control::Check => Widget::Tick,
            Control::Parent | Control::Group => Widget::Own,
        }
    }
}
