//! Reading the stored record at start-up, and the one effect that writes it.
//!
//! IO happens in `Session::load` and in the `persist` effect (and in `clear_all` and the
//! other-tab repair, which write or remove the same record); nowhere else. The save status the
//! effect records is what the "saved on this device" message shows, so that message appears
//! only after a write truly succeeded.

use std::rc::Rc;

use hjcp_engine::stored::{self, Decoded, State};
use hjcp_engine::Lang;
use leptos::prelude::*;

use super::{HistoryMode, SaveStatus, Session};
use crate::content::Content;
use crate::nav::{Entry, Screen, Trail};
use crate::storage::{Store, StoreError};

/// What the store held at start-up, read and decoded once: `app::start` looks at it to know
/// which framework to fetch before the session is built from it.
pub struct Stored {
    state: State,
    status: SaveStatus,
    notices: Vec<stored::Notice>,
}

impl Stored {
    pub fn read(store: &dyn Store) -> Stored {
        let (state, status, notices) = match store.read() {
            Ok(None) => (State::default(), SaveStatus::Idle, vec![]),
            Ok(Some(text)) => match stored::decode(&text) {
                Decoded::Loaded { state, notices } => (state, SaveStatus::Idle, notices),
                Decoded::Newer { .. } => (State::default(), SaveStatus::ReadOnly, vec![]),
                Decoded::Unreadable { reason } => {
                    (State::default(), SaveStatus::Idle, vec![reason])
                }
            },
            Err(e) => (State::default(), SaveStatus::Failed(e), vec![]),
        };
        Stored { state, status, notices }
    }

    /// The framework the person was last using.
    pub fn active(&self) -> Option<&str> {
        self.state.active.as_deref()
    }
}

impl Session {
    /// Reads the store once and builds the session on `content`, at the start screen (the
    /// navigation layer then opens where the person was, `open`).
    pub fn load(content: Content, store: Rc<dyn Store>, preferred_lang: Option<Lang>) -> Session {
        let stored = Stored::read(store.as_ref());
        Session::from_stored(content, store, stored, preferred_lang)
    }

    /// The session on `content` from what `store` held, already read (`Stored::read`).
    pub fn from_stored(
        content: Content,
        store: Rc<dyn Store>,
        stored: Stored,
        preferred_lang: Option<Lang>,
    ) -> Session {
        let Stored { state, status, notices } = stored;
        let lang = preferred_lang.or(state.lang).unwrap_or_default();
        let active = state.active.filter(|id| content.listing(id).is_some());
        Session {
            content: RwSignal::new(content),
            content_replaced: Trigger::new(),
            fetching: RwSignal::new(Vec::new()),
            after_fetch: StoredValue::new_local(Vec::new()),
            fetch_failed: RwSignal::new(None),
            lang: RwSignal::new(lang),
            trail: RwSignal::new(Trail::new(Entry::new(Screen::Start))),
            history: StoredValue::new(HistoryMode::Off),
            active: RwSignal::new(active),
            seen_at_load: StoredValue::new(
                state
                    .frameworks
                    .iter()
                    .map(|(id, a)| (id.clone(), a.seen_version.clone()))
                    .collect(),
            ),
            corrections_hidden: RwSignal::new(Vec::new()),
            last_stored: StoredValue::new(state.frameworks.clone()),
            answers: RwSignal::new(state.frameworks),
            save_status: RwSignal::new(status),
            load_notices: RwSignal::new(notices),
            just_cleared: RwSignal::new(false),
            compare: RwSignal::new(Vec::new()),
            rating_for: RwSignal::new(None),
            pending_link: RwSignal::new(None),
            notice: RwSignal::new(None),
            other_tab: RwSignal::new(None),
            showing_errors: RwSignal::new(false),
            restore_scroll: StoredValue::new(None),
            return_row: StoredValue::new(None),
            stored_place: StoredValue::new(state.place),
            skip_next_write: StoredValue::new(false),
            store: StoredValue::new_local(store),
        }
    }

    /// What is kept on the device: the language, the framework, every answer and the screen.
    fn state(&self, tracked: bool) -> State {
        let read = |s: &Session| State {
            lang: Some(s.lang.get()),
            active: s.active.get(),
            frameworks: s.answers.get(),
            place: s.place(),
        };
        if tracked {
            read(self)
        } else {
            untrack(|| read(self))
        }
    }

    /// The one effect that writes state to storage, after every change to what is kept.
    pub fn persist(self) {
        Effect::new(move |previous: Option<State>| {
            let state = self.state(true);
            // The first run only records what was loaded; writing it back would be a no-op,
            // and would overwrite a newer version's record before the person decides.
            let Some(previous) = previous else { return state };
            if self.save_status.get_untracked() == SaveStatus::ReadOnly {
                return state;
            }
            if self.skip_next_write.get_value() {
                self.skip_next_write.set_value(false);
                return state;
            }
            // Moving between screens is not a reason to start a record on the device: the place
            // is written once there is a record to keep it in.
            let only_moved = State { place: state.place.clone(), ..previous } == state;
            let nothing_written = self.save_status.get_untracked() == SaveStatus::Idle
                && self.last_stored.with_value(|a| a.is_empty());
            if only_moved && nothing_written {
                return state;
            }
            // Keeping the place is not an answer saved: it says nothing ("Saved" answers what
            // the person just did), and clears a failure, as the record is written again.
            let status = match self.write(state.clone()) {
                Ok(()) if only_moved => match self.save_status.get_untracked() {
                    SaveStatus::Failed(_) => SaveStatus::Idle,
                    same => same,
                },
                Ok(()) => SaveStatus::Saved,
                Err(e) => SaveStatus::Failed(e),
            };
            if self.save_status.get_untracked() != status {
                self.save_status.set(status);
            }
            state
        });
    }

    /// Writes `state` to the store and, once it is there, keeps its answers as the base for
    /// merging another tab's changes.
    pub(super) fn write(&self, state: State) -> Result<(), StoreError> {
        self.store.with_value(|s| s.write(&stored::encode(&state)))?;
        self.last_stored.set_value(state.frameworks);
        Ok(())
    }

    /// Writes this page's state again (after something else wrote over the record).
    pub(super) fn write_again(&self) -> Result<(), StoreError> {
        self.write(self.state(false))
    }
}
