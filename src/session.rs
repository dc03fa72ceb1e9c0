//! Session state: the one owner of what the person has answered and where they are.
//!
//! Components read these signals and call the methods here; none of them touches storage.
//! Exactly one effect (`Session::persist`) writes the state to the store, and the save status
//! it records is what the "saved on this device" message shows, so that message appears only
//! after a write truly succeeded.

use std::collections::BTreeMap;
use std::rc::Rc;

use hjcp_engine::stored::{self, Decoded, State};
use hjcp_engine::{Answers, Catalog, Facts, Framework, Lang, Persona, Prepared, Rating, Recommendations, RoleIx};
use leptos::prelude::*;

use crate::storage::{Store, StoreError};

/// Every screen of the widget. One file in `src/screens/` renders each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// What the tool is, privacy, and the choice of framework.
    Start,
    /// "I'm exploring a career" or "I work in health and justice".
    Persona,
    /// Staff: which role they hold now.
    CurrentRole,
    /// Facts for entry requirements: qualification level, years of experience.
    Facts,
    /// Optional target role.
    Target,
    /// The task list of areas with their status.
    TaskList,
    /// Rating the competence at this index of the active framework.
    Rate(usize),
    CheckAnswers,
    /// Best-fitting roles, recommendations and gaps.
    Results,
    /// One role in detail: fit per competence, entry requirements, routes in and out.
    Role(RoleIx),
    /// The path to the chosen target role.
    Path,
    /// The pathway map (SVG) with its equivalent list.
    Map,
    /// Up to three roles side by side.
    Compare,
    /// The development plan.
    Plan,
    /// Framework → area → competence → level descriptors.
    Browse,
    /// Dated snapshots and what changed since the last one.
    Progress,
    /// Download, load, copy a link, print.
    TakeAway,
    ConfirmClear,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing written yet this session.
    Idle,
    Saved,
    Failed(StoreError),
    /// The stored record belongs to a newer version of the widget: never overwritten.
    ReadOnly,
}

#[derive(Clone, Copy)]
pub struct Session {
    pub catalog: &'static Catalog,
    /// One prepared engine per framework, in catalog order, built once at start-up.
    prepared: &'static [Prepared<'static>],
    pub lang: RwSignal<Lang>,
    pub screen: RwSignal<Screen>,
    pub active: RwSignal<Option<String>>,
    pub answers: RwSignal<BTreeMap<String, Answers>>,
    pub save_status: RwSignal<SaveStatus>,
    /// Notices from loading the stored record, shown once on the start screen.
    pub load_notices: RwSignal<Vec<stored::Notice>>,
    /// Set after "clear my answers" so the start screen can confirm it.
    pub just_cleared: RwSignal<bool>,
    /// Where a "Change" link should return after the answer is changed (check answers).
    pub return_to: RwSignal<Option<Screen>>,
    /// Roles chosen for side-by-side comparison, at most `hjcp_engine::MAX_COMPARED`.
    pub compare: RwSignal<Vec<RoleIx>>,
    /// Set by `clear_all` so the persist effect does not write the emptied state straight back.
    skip_next_write: StoredValue<bool>,
    store: StoredValue<Rc<dyn Store>, LocalStorage>,
}

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

impl Session {
    /// Reads the store once and builds the session. IO happens here, at start-up, and in
    /// `persist`; nowhere else.
    pub fn load(catalog: &'static Catalog, store: Rc<dyn Store>, preferred_lang: Option<Lang>) -> Session {
        let (state, status, notices) = match store.read() {
            Ok(None) => (State::default(), SaveStatus::Idle, vec![]),
            Ok(Some(text)) => match stored::decode(&text) {
                Decoded::Loaded { state, notices } => (state, SaveStatus::Idle, notices),
                Decoded::Newer { .. } => (State::default(), SaveStatus::ReadOnly, vec![]),
                Decoded::Unreadable { reason } => (State::default(), SaveStatus::Idle, vec![reason]),
            },
            Err(e) => (State::default(), SaveStatus::Failed(e), vec![]),
        };
        let lang = preferred_lang.or(state.lang).unwrap_or_default();
        let active = state.active.filter(|id| catalog.framework(id).is_some());
        let prepared: &'static [Prepared<'static>] =
            Box::leak(catalog.frameworks.iter().map(Prepared::new).collect::<Vec<_>>().into_boxed_slice());
        Session {
            catalog,
            prepared,
            lang: RwSignal::new(lang),
            screen: RwSignal::new(Screen::Start),
            active: RwSignal::new(active),
            answers: RwSignal::new(state.frameworks),
            save_status: RwSignal::new(status),
            load_notices: RwSignal::new(notices),
            just_cleared: RwSignal::new(false),
            return_to: RwSignal::new(None),
            compare: RwSignal::new(Vec::new()),
            skip_next_write: StoredValue::new(false),
            store: StoredValue::new_local(store),
        }
    }

    /// The one effect that writes state to storage, after every change to what is kept.
    pub fn persist(self) {
        Effect::new(move |previous: Option<()>| {
            let state = State {
                lang: Some(self.lang.get()),
                active: self.active.get(),
                frameworks: self.answers.get(),
            };
            // The first run only records what was loaded; writing it back would be a no-op,
            // and would overwrite a newer version's record before the person decides.
            if previous.is_none() || self.save_status.get_untracked() == SaveStatus::ReadOnly {
                return;
            }
            if self.skip_next_write.get_value() {
                self.skip_next_write.set_value(false);
                return;
            }
            let result = self.store.with_value(|s| s.write(&stored::encode(&state)));
            self.save_status.set(match result {
                Ok(()) => SaveStatus::Saved,
                Err(e) => SaveStatus::Failed(e),
            });
        });
    }

    pub fn framework(&self) -> Option<&'static Framework> {
        self.active.with(|id| id.as_deref().and_then(|id| self.catalog.framework(id)))
    }

    pub fn framework_untracked(&self) -> Option<&'static Framework> {
        self.active.with_untracked(|id| id.as_deref().and_then(|id| self.catalog.framework(id)))
    }

    /// The prepared engine for the active framework.
    pub fn prepared(&self) -> Option<&'static Prepared<'static>> {
        let id = self.active.get()?;
        self.prepared.iter().find(|p| p.framework().id == id)
    }

    /// Everything the results screens show, recomputed when answers or framework change.
    /// Callers wrap this in a `Memo` so one computation serves every component of a screen.
    pub fn recommendations(&self) -> Option<Recommendations> {
        let prepared = self.prepared()?;
        Some(prepared.recommend(&self.current_answers()))
    }

    /// The answers for the active framework (empty if none yet).
    pub fn current_answers(&self) -> Answers {
        let id = self.active.get().unwrap_or_default();
        self.answers.with(|all| all.get(&id).cloned().unwrap_or_else(|| Answers::new(id.clone())))
    }

    fn update_current(&self, f: impl FnOnce(&mut Answers) -> bool) {
        let Some(id) = self.active.get_untracked() else { return };
        self.answers.update(|all| {
            let answers = all.entry(id.clone()).or_insert_with(|| Answers::new(id));
            f(answers);
        });
    }

    pub fn set_rating(&self, competence_id: &str, rating: Option<Rating>) {
        self.update_current(|a| a.set_rating(competence_id, rating, now_ms()));
    }

    pub fn set_note(&self, competence_id: &str, note: &str) {
        self.update_current(|a| a.set_note(competence_id, note, now_ms()));
    }

    pub fn set_persona(&self, persona: Persona) {
        self.update_current(|a| {
            a.persona = persona;
            if persona == Persona::Applicant {
                a.facts.current_role = None;
            }
            true
        });
    }

    pub fn set_facts(&self, facts: Facts) {
        self.update_current(|a| {
            a.facts = facts;
            true
        });
    }

    pub fn set_target(&self, role_id: Option<String>) {
        self.update_current(|a| {
            a.target_role = role_id;
            true
        });
    }

    pub fn take_snapshot(&self) {
        self.update_current(|a| {
            a.take_snapshot(now_ms());
            true
        });
    }

    /// Replaces one framework's answers wholesale (loading a file or a link).
    pub fn replace_answers(&self, answers: Answers) {
        if self.catalog.framework(&answers.framework).is_none() {
            return;
        }
        let id = answers.framework.clone();
        self.answers.update(|all| {
            all.insert(id.clone(), answers);
        });
        self.active.set(Some(id));
    }

    pub fn choose_framework(&self, id: &str) {
        if self.catalog.framework(id).is_some() {
            self.active.set(Some(id.to_string()));
        }
    }

    pub fn go(&self, screen: Screen) {
        self.screen.set(screen);
    }

    /// Removes every key the widget wrote and resets the session.
    pub fn clear_all(&self) {
        let result = self.store.with_value(|s| s.clear());
        self.skip_next_write.set_value(true);
        self.answers.set(BTreeMap::new());
        self.active.set(None);
        if let Err(e) = result {
            self.save_status.set(SaveStatus::Failed(e));
        }
        self.just_cleared.set(true);
        self.screen.set(Screen::Start);
    }

    pub fn t(&self, key: crate::i18n::Key) -> &'static str {
        key.text(self.lang.get())
    }
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}
