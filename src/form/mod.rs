//! The form session: its shared signals ([`Form`]) and the route between its pages.

mod state;

pub use state::{control_id, Form};

use declaration::fields::Section;

/// Where the user is: the task list, one section's page, the review page, the reader or
/// the drafts list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Overview,
    Section(Section),
    Review,
    Read,
    Drafts,
    /// The change list (変更箇所) between an earlier version and the draft.
    Changes,
    /// The printable document (書面) of the draft.
    Print,
}

impl Route {
    /// The route of a location hash (`#/basic`, `#/review`, …); unknown hashes are the overview.
    pub fn from_hash(hash: &str) -> Route {
        let h = hash.trim_start_matches('#').trim_start_matches('/');
        match h {
            "review" => Route::Review,
            "read" => Route::Read,
            "drafts" => Route::Drafts,
            "changes" => Route::Changes,
            "print" => Route::Print,
            _ => Section::ALL
                .into_iter()
                .find(|s| s.key() == h)
                .map(Route::Section)
                .unwrap_or(Route::Overview),
        }
    }

    /// The location hash of this route.
    pub fn hash(self) -> String {
        match self {
            Route::Overview => "#/".into(),
            Route::Section(s) => format!("#/{}", s.key()),
            Route::Review => "#/review".into(),
            Route::Read => "#/read".into(),
            Route::Drafts => "#/drafts".into(),
            Route::Changes => "#/changes".into(),
            Route::Print => "#/print".into(),
        }
    }
}
