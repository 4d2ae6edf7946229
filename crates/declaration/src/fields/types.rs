//! What an entry of the registry is made of, apart from its kind of value: the languages,
//! the sections of the form, whether an answer is needed and when it is asked.

/// 再委託先 and the answers that follow 再委託の有無.
pub(super) const IF_RESUBCONTRACT: When = When::Yes("entrustment.resubcontract");

/// The two languages of the product. Japanese is the primary one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    /// Picks the text of this language.
    pub fn pick<'a>(self, ja: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Ja => ja,
            Lang::En => en,
        }
    }
}

/// The sections of the form, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    Basic,
    Entrustment,
    Subcontractors,
    Cloud,
    Responsibility,
    Measures,
    Attestation,
}

impl Section {
    /// Every section, in the order the form asks them.
    pub const ALL: [Section; 7] = [
        Section::Basic,
        Section::Entrustment,
        Section::Subcontractors,
        Section::Cloud,
        Section::Responsibility,
        Section::Measures,
        Section::Attestation,
    ];

    /// The section's title.
    pub fn title(self, lang: Lang) -> &'static str {
        let (ja, en) = match self {
            Section::Basic => ("基本情報", "Basic information"),
            Section::Entrustment => ("委託の概要", "The entrustment"),
            Section::Subcontractors => ("再委託先", "Subcontractors"),
            Section::Cloud => ("クラウドサービス", "Cloud service"),
            Section::Responsibility => ("責任共有モデル", "Shared responsibility"),
            Section::Measures => ("セキュリティ対策", "Security measures"),
            Section::Attestation => ("確認・誓約", "Attestation"),
        };
        lang.pick(ja, en)
    }

    /// The answer this section follows: 再委託先 is asked when the work is re-subcontracted,
    /// the three cloud sections when the system sits in a cloud ([`crate::answers::section_asking`]).
    pub fn when(self) -> When {
        match self {
            Section::Subcontractors => IF_RESUBCONTRACT,
            Section::Cloud | Section::Responsibility | Section::Measures => {
                When::Yes("entrustment.uses_cloud")
            }
            Section::Basic | Section::Entrustment | Section::Attestation => When::Always,
        }
    }

    /// The first segment of the paths that belong to this section.
    pub fn key(self) -> &'static str {
        match self {
            Section::Basic => "basic",
            Section::Entrustment => "entrustment",
            Section::Subcontractors => "subcontractors",
            Section::Cloud => "cloud",
            Section::Responsibility => "responsibility",
            Section::Measures => "measures",
            Section::Attestation => "attestation",
        }
    }
}

/// Whether an answer must be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Required,
    Optional,
    /// Required only in some cases, which the rules and the hint say.
    Conditional,
}

/// When a field is asked, beyond its section applying: the answer it follows. Keys are
/// registry keys; a `[]` in them stands for the same entry as the asked path's
/// (`subcontractors[2].confidentiality.date` follows `subcontractors[2].confidentiality.concluded`).
/// [`crate::answers::asking`] reads these; the form, the rules, the review page, the
/// printed document and the export all ask it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Whenever its section applies.
    Always,
    /// When the yes/no at this key is yes.
    Yes(&'static str),
    /// When the choice at this key has this value.
    Is(&'static str, &'static str),
    /// When the draft has no 宛先 (`addressees.md`): the per-municipality answers of
    /// `basic`, which a list of addressees asks per municipality instead.
    OneMunicipality,
}
