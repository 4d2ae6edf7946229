//! `EntryList`: the one widget of a repeated list of the form (GOV.UK "add another") —
//! subcontractors, storage regions and security measures alike. Each entry is a card with
//! its title (「再委託先2：国民健康保険中央会」, from the core), its state tag (完了 /
//! 入力中 / エラーあり), 変更 / 閉じる (when the list folds), 上へ / 下へ, and 削除, which
//! asks first (an `alertdialog` that takes focus; Escape or キャンセル puts focus back on
//! 削除). Adding opens the new entry and focuses its first answer; moving keeps focus on the
//! moved entry's button; removing says what it did and focuses the list's heading.
//!
//! Entries are keyed by their id (subcontractors, measures) or, for storage regions, which
//! have no id in the exchange format, by a key the list keeps in the app only. A card is
//! made anew when its place changes, so its answers' paths always name its own entry.
//!
//! | file | owns |
//! |---|---|
//! | `state` | [`Entries`]: what the list does (add, move, remove, open) and its element ids |
//! | `card` | one entry's card |
//! | `remove` | the removal question |
//! | `list` | [`EntryList`]: the container, heading, hint, errors, entries, status and add |

mod card;
mod list;
mod remove;
mod state;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

pub use list::EntryList;
pub use state::{Entries, EntryView, RemoveQuestion};
