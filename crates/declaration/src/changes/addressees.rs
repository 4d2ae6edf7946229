//! The change lists of a draft with 宛先 (`addressees.md`, "Changes and reviews"): one per
//! addressee, between the file it received in the earlier version and the file it receives
//! now ([`crate::addressees::file_for`] of each). A body change is in every list; an
//! addressee's own change (its 評価書名, its 委託事項の番号) only in its. Each 項目 starts
//! with the 委託事項 as that municipality's PIA numbers it (「委託事項３ …」), as the source
//! document's item paths do.

use super::{diff, Change};
use crate::addressees::file_for;
use crate::answers::{entry_title, Group};
use crate::model::Declaration;
use crate::words::Words;

/// One addressee's change list.
#[derive(Debug, Clone, PartialEq)]
pub struct ForAddressee {
    /// Its place in the newer version's list (0-based).
    pub index: usize,
    /// 「宛先14：伊賀市」.
    pub title: Words,
    /// The file it receives now (its answers in `basic`).
    pub file: Declaration,
    /// Its changes; `None` when the earlier version has no file for it (added since).
    pub changes: Option<Vec<Change>>,
}

/// Every addressee of `new` with its changes since `old`. An addressee is found in `old` by
/// its file's id; an `old` without addressees (a single municipality's declaration, before
/// its list was made) is the earlier version of every addressee.
pub fn per_addressee(old: &Declaration, new: &Declaration) -> Vec<ForAddressee> {
    (0..new.addressees.len())
        .map(|i| {
            let (file, _) = file_for(new, i);
            let id = &new.addressees[i].id;
            let earlier = if old.addressees.is_empty() {
                Some(old.clone())
            } else {
                old.addressees
                    .iter()
                    .position(|a| a.id == *id)
                    .map(|j| file_for(old, j).0)
            };
            let number = new.addressees[i].item_number;
            let changes = earlier.map(|e| {
                diff(&e, &file)
                    .into_iter()
                    .map(|c| numbered(c, number))
                    .collect()
            });
            ForAddressee {
                index: i,
                title: entry_title(new, Group::Addressees, i),
                file,
                changes,
            }
        })
        .collect()
}

/// `c` with its 項目 under 「委託事項n」 (the number in full-width digits, as the source
/// document writes 「委託事項５」).
fn numbered(mut c: Change, number: Option<i64>) -> Change {
    let Some(n) = number else {
        return c;
    };
    let wide: String = n
        .to_string()
        .chars()
        .map(|d| char::from_u32(d as u32 - '0' as u32 + '０' as u32).unwrap_or(d))
        .collect();
    c.item = Words::new(
        format!("委託事項{wide} {}", c.item.ja),
        format!("Entrustment item {n} › {}", c.item.en),
    );
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::mie;

    /// A body edit is in every addressee's list, an addressee's own edit only in its, and
    /// each 項目 carries that municipality's 委託事項 number.
    #[test]
    fn change_lists_per_addressee_with_their_own_item_numbers() {
        let old = mie();
        let mut new = old.clone();
        new.subcontractors[0].name = Some("株式会社新名称".into());
        new.addressees[13].assessment_title = Some("伊賀市 国保 全項目評価書（第2版）".into());
        let lists = per_addressee(&old, &new);
        assert_eq!(lists.len(), 29);
        for l in &lists {
            let changes = l.changes.as_ref().unwrap();
            let body: Vec<&Change> = changes
                .iter()
                .filter(|c| c.path.starts_with("subcontractors["))
                .collect();
            assert_eq!(body.len(), 1, "{}", l.title.ja);
            let own = changes.iter().any(|c| c.path == "basic.assessment_title");
            assert_eq!(own, l.index == 13, "{}", l.title.ja);
        }
        let kameyama = lists[8].changes.as_ref().unwrap();
        assert!(
            kameyama[0].item.ja.starts_with("委託事項３ "),
            "{}",
            kameyama[0].item.ja
        );
        let iga = lists[13].changes.as_ref().unwrap();
        assert_eq!(iga[0].item.ja, "委託事項５ 基本情報 評価書名");
        assert_eq!(
            iga[0].after.as_ref().map(|w| w.ja.as_str()),
            Some("伊賀市 国保 全項目評価書（第2版）")
        );
        assert_eq!(lists[13].title.ja, "宛先14：伊賀市");
    }

    /// An addressee added since the earlier version has no earlier file; a single
    /// municipality's earlier version is every addressee's.
    #[test]
    fn an_added_addressee_has_no_earlier_file() {
        let old = mie();
        let mut new = old.clone();
        crate::lists::add_addressee(
            &mut new,
            crate::model::Addressee {
                id: "new".into(),
                municipality: Some("新市".into()),
                ..Default::default()
            },
        );
        let lists = per_addressee(&old, &new);
        assert!(lists[29].changes.is_none());
        let single = crate::fixtures::compliant();
        let lists = per_addressee(&single, &old);
        let iga = lists[13].changes.as_ref().unwrap();
        assert!(iga.iter().any(|c| c.path == "basic.municipality"));
    }
}
