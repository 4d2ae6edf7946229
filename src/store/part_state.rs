//! Where one entry's request for a part of the chain stands ([`PartState`]): what the
//! subcontractor list shows on its card, worked out by [`super::reader`] from the store.

use declaration::words::Words;

/// Where one entry's request stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartState {
    /// Sent on this date (`YYYY-MM-DD`), not returned yet.
    Requested { sent: String },
    /// Returned, not merged yet.
    Returned,
}

impl PartState {
    /// 「記入依頼中（2024-02-10 送付）」 / 「返送済み・未反映」.
    pub fn words(&self) -> Words {
        match self {
            PartState::Requested { sent } => Words::new(
                format!("記入依頼中（{sent} 送付）"),
                format!("Part requested (sent {sent})"),
            ),
            PartState::Returned => Words::new("返送済み・未反映", "Returned, not merged yet"),
        }
    }
}
