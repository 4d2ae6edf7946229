//! One change between two versions ([`Change`]: where, 項目, 変更前・変更後の記載, and its
//! [`ChangeKind`]).

use crate::fields::Lang;
use crate::words::Words;

/// What happened to an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    /// An answer changed, was given or was taken away.
    Changed,
    /// An entry of a list (a subcontractor, a measure, …) was added.
    Added,
    /// An entry of a list was removed.
    Removed,
}

/// One changed item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Where: `basic.municipality`, `subcontractors[id=sub-2].name`, or the entry itself
    /// (`measures[id=m-3]`) when it was added or removed. Entries are named by their
    /// identity (`id=`, `name=`, `layer=`), or by their place (`[2]`) when they have none.
    pub path: String,
    /// 項目: 「再委託先2（株式会社〇〇） 商号又は名称」 / "Subcontractor 2 (〇〇 Ltd.) › Trade name".
    pub item: Words,
    /// 変更前の記載; `None` is 記載なし.
    pub before: Option<Words>,
    /// 変更後の記載; `None` is 記載なし.
    pub after: Option<Words>,
    pub kind: ChangeKind,
}

impl Change {
    /// 項目 in the given language.
    pub fn item(&self, lang: Lang) -> &str {
        self.item.pick(lang)
    }

    /// 変更前の記載 in the given language (`None`: 記載なし).
    pub fn before(&self, lang: Lang) -> Option<&str> {
        self.before.as_ref().map(|w| w.pick(lang))
    }

    /// 変更後の記載 in the given language (`None`: 記載なし).
    pub fn after(&self, lang: Lang) -> Option<&str> {
        self.after.as_ref().map(|w| w.pick(lang))
    }
}

/// A change.
pub(super) fn change(
    path: String,
    item: Words,
    before: Option<Words>,
    after: Option<Words>,
    kind: ChangeKind,
) -> Change {
    Change {
        path,
        item,
        before,
        after,
        kind,
    }
}
