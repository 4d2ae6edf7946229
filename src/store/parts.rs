//! The parts of the chain in this browser ([`PartStates`], given to the pages as context):
//! for the declaration open (the draft, or a part being filled in), which entries have a
//! request out (「記入依頼中（2024-02-10 送付）」) and which have a returned part waiting to
//! be merged (「返送済み・未反映」), worked out once per change of the store, not per card;
//! and the entries waiting for a part to come back, whose missing answers do not block.

pub use super::part_state::PartState;
use crate::form::Form;
use leptos::prelude::*;
use std::collections::HashMap;

/// The prefix of the ids of subcontractors added in the form open, given as context by the
/// part page ([`declaration::part::new_id_prefix`]); without it, the draft's own `sub-`.
#[derive(Clone, Debug)]
pub struct NewIds(pub String);

impl NewIds {
    /// The prefix in effect here (call at component creation).
    pub fn here() -> String {
        use_context::<NewIds>()
            .map(|n| n.0)
            .unwrap_or_else(|| declaration::lists::SUBCONTRACTOR_PREFIX.to_string())
    }
}

/// The part being filled in, for the widgets of its form (given as context by the part
/// page): its own entry, and how many entries before it in the form's declaration are the
/// chain above it ([`declaration::part::as_declaration`]): shown read-only, never sent back.
#[derive(Clone, Debug)]
pub struct PartScope {
    pub root: String,
    pub context: usize,
}

impl PartScope {
    /// The scope here, when in a part's form.
    pub fn here() -> Option<PartScope> {
        use_context::<PartScope>()
    }

    /// Whether entry `index` is the part's own (not the chain above it).
    pub fn owns(&self, index: usize) -> bool {
        index >= self.context
    }
}

/// The states of the requests of one form's declaration.
#[derive(Clone, Copy)]
pub struct PartStates {
    version: RwSignal<u32>,
    pub states: Memo<HashMap<String, PartState>>,
}

impl PartStates {
    /// Follows `form`'s declaration (by its id).
    pub fn start(form: Form) -> PartStates {
        let version = RwSignal::new(0u32);
        let id = Memo::new(move |_| form.draft.with(|d| d.id.clone().unwrap_or_default()));
        let states = Memo::new(move |_| {
            version.track();
            let id = id.get();
            match super::reader::get() {
                Some(reader) => (reader.part_states)(&id),
                None => {
                    // Nothing stored at start; once the reader came, read again.
                    super::reader::with(move |_| version.update(|v| *v += 1));
                    HashMap::new()
                }
            }
        });
        // The form reads which entries are awaited from here (it cannot name this module).
        // Worked out in the reader's chunk: with no request out (every first visit) there
        // is nothing to do, and the draft is not even read.
        Effect::new(move |_| {
            let found = states.with(|s| {
                if s.is_empty() {
                    return (Vec::new(), Vec::new());
                }
                match super::reader::get() {
                    Some(r) => form.draft.with(|d| (r.awaiting)(d, s)),
                    None => (Vec::new(), Vec::new()),
                }
            });
            if form.requested.with_untracked(|r| *r != found.0) {
                form.requested.set(found.0);
            }
            if form.awaiting.with_untracked(|a| *a != found.1) {
                form.awaiting.set(found.1);
            }
        });
        PartStates { version, states }
    }

    /// Says the store changed (a request made, a part returned or merged).
    pub fn changed(&self) {
        self.version.update(|v| *v += 1);
    }

    /// The state of the request for entry `id`, if any.
    pub fn of(&self, id: &str) -> Option<PartState> {
        self.states.with(|s| s.get(id).cloned())
    }
}
