//! Session state: the one owner of what the person has answered and where they are.
//!
//! Components read these signals and call the methods here; none of them touches storage.
//! Exactly one effect (`Session::persist`) writes the state to the store, and the save status
//! it records is what the "saved on this device" message shows, so that message appears only
//! after a write truly succeeded.

use std::collections::BTreeMap;
use std::rc::Rc;

use hjcp_engine::link::LinkError;
use hjcp_engine::stored::{self, Decoded, State};
use hjcp_engine::{
    Answers, AreaIx, Catalog, Facts, Framework, Lang, Persona, Prepared, Rating, Recommendations,
    RoleIx, Snapshot,
};
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
    prepared: &'static [Prepared],
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
    /// The screen shown before the current one, for back links on screens reached from several places.
    pub previous: RwSignal<Option<Screen>>,
    /// Answers from a shared link in the address, waiting for the person to say whether to load them.
    pub pending_link: RwSignal<Option<Result<Answers, LinkError>>>,
    /// A confirmation for the next screen only (answers loaded); cleared by the next `go`.
    pub notice: RwSignal<Option<JourneyNotice>>,
    /// What another tab or window of this browser did to the stored answers, until dismissed.
    pub other_tab: RwSignal<Option<OtherTab>>,
    /// True while the current screen shows an error summary; the page title then starts
    /// with "Error:". Kept by `ErrorList`, the only place an error summary is drawn.
    pub showing_errors: RwSignal<bool>,
    /// Set by `clear_all` so the persist effect does not write the emptied state straight back.
    skip_next_write: StoredValue<bool>,
    /// The answers as this page last read or wrote them: the base for merging changes made in
    /// another tab (`on_stored_elsewhere`).
    last_stored: StoredValue<BTreeMap<String, Answers>>,
    store: StoredValue<Rc<dyn Store>, LocalStorage>,
}

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

impl Session {
    /// Reads the store once and builds the session. IO happens here, at start-up, and in
    /// `persist`; nowhere else.
    pub fn load(
        catalog: &'static Catalog,
        store: Rc<dyn Store>,
        preferred_lang: Option<Lang>,
    ) -> Session {
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
        let lang = preferred_lang.or(state.lang).unwrap_or_default();
        let active = state.active.filter(|id| catalog.framework(id).is_some());
        let prepared: &'static [Prepared] = Box::leak(
            catalog
                .frameworks
                .iter()
                .map(|f| Prepared::new(f.clone()))
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        );
        Session {
            catalog,
            prepared,
            lang: RwSignal::new(lang),
            screen: RwSignal::new(Screen::Start),
            active: RwSignal::new(active),
            last_stored: StoredValue::new(state.frameworks.clone()),
            answers: RwSignal::new(state.frameworks),
            save_status: RwSignal::new(status),
            load_notices: RwSignal::new(notices),
            just_cleared: RwSignal::new(false),
            return_to: RwSignal::new(None),
            compare: RwSignal::new(Vec::new()),
            previous: RwSignal::new(None),
            pending_link: RwSignal::new(None),
            notice: RwSignal::new(None),
            other_tab: RwSignal::new(None),
            showing_errors: RwSignal::new(false),
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
            let result = self.write(state);
            self.save_status.set(match result {
                Ok(()) => SaveStatus::Saved,
                Err(e) => SaveStatus::Failed(e),
            });
        });
    }

    /// Writes `state` to the store and, once it is there, keeps its answers as the base for
    /// merging another tab's changes.
    fn write(&self, state: State) -> Result<(), StoreError> {
        self.store.with_value(|s| s.write(&stored::encode(&state)))?;
        self.last_stored.set_value(state.frameworks);
        Ok(())
    }

    /// Drops every answer from the session and returns to the start screen, without writing
    /// the emptied state back (the record is already gone). Shared by both ways answers are
    /// cleared: here, and in another tab.
    fn forget_answers(&self) {
        self.skip_next_write.set_value(true);
        self.last_stored.set_value(BTreeMap::new());
        self.answers.set(BTreeMap::new());
        self.active.set(None);
        self.return_to.set(None);
        self.compare.set(Vec::new());
        self.screen.set(Screen::Start);
    }

    pub fn framework(&self) -> Option<&'static Framework> {
        self.active.with(|id| id.as_deref().and_then(|id| self.catalog.framework(id)))
    }

    pub fn framework_untracked(&self) -> Option<&'static Framework> {
        self.active.with_untracked(|id| id.as_deref().and_then(|id| self.catalog.framework(id)))
    }

    /// The prepared engine for the active framework.
    pub fn prepared(&self) -> Option<&'static Prepared> {
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

    /// Loads answers from a file or a link in place of the ones kept for their framework, then
    /// shows them on the check answers screen with a confirmation. Answers for competences the
    /// framework no longer has are kept and listed there, never dropped silently. False (and
    /// nothing changed) if the framework is not in the catalog.
    pub fn load_answers(&self, answers: Answers, from_link: bool) -> bool {
        let Some(framework) = self.catalog.framework(&answers.framework) else { return false };
        let orphans = hjcp_engine::resolve(framework, &answers).orphans;
        self.replace_answers(answers);
        self.return_to.set(None);
        self.just_cleared.set(false);
        self.go(Screen::CheckAnswers);
        self.notice.set(Some(if from_link {
            JourneyNotice::LinkLoaded { orphans }
        } else {
            JourneyNotice::FileLoaded { orphans }
        }));
        true
    }

    pub fn choose_framework(&self, id: &str) {
        if self.catalog.framework(id).is_some() {
            self.active.set(Some(id.to_string()));
        }
    }

    pub fn go(&self, screen: Screen) {
        let current = self.screen.get_untracked();
        if current != screen {
            self.previous.set(Some(current));
        }
        if self.notice.with_untracked(Option::is_some) {
            self.notice.set(None);
        }
        self.screen.set(screen);
    }

    /// Moves on after an answer: back to the screen a "Change" link came from, if any,
    /// otherwise to `next`.
    pub fn continue_to(&self, next: Screen) {
        match self.return_to.get_untracked() {
            Some(back) => {
                self.return_to.set(None);
                self.go(back);
            }
            None => self.go(next),
        }
    }

    /// Where a back link goes: the screen a "Change" link came from, if any, otherwise `previous`.
    pub fn back_to(&self, previous: Screen) {
        self.continue_to(previous);
    }

    /// Where the back link of a screen reached from several places (progress, save and share)
    /// goes: the screen the person came from, unless that was another such screen.
    pub fn came_from(&self) -> Screen {
        match self.previous.get_untracked() {
            Some(Screen::Progress | Screen::TakeAway | Screen::ConfirmClear) | None => {
                if self.active.get_untracked().is_some() {
                    Screen::TaskList
                } else {
                    Screen::Start
                }
            }
            Some(screen) => screen,
        }
    }

    /// Whether the person has rated or noted anything in the active framework (so "Start now"
    /// resumes at the task list instead of asking about them again).
    pub fn has_started(&self) -> bool {
        let Some(id) = self.active.get() else { return false };
        self.answers.with(|all| {
            all.get(&id).is_some_and(|a| {
                a.answers.values().any(|x| x.rating.is_some() || !x.note.is_empty())
            })
        })
    }

    /// Whether any answers (ratings, notes, facts, a target) are kept for framework `id`, so
    /// loading a file or link for it would replace something.
    pub fn has_answers_for(&self, id: &str) -> bool {
        self.answers.with(|all| {
            all.get(id).is_some_and(|a| {
                a.answers.values().any(|x| x.rating.is_some() || !x.note.is_empty())
                    || a.facts != Facts::default()
                    || a.target_role.is_some()
                    || !a.snapshots.is_empty()
            })
        })
    }

    /// How far the person has got with one area of the active framework.
    pub fn area_progress(&self, area: AreaIx) -> AreaProgress {
        let Some(framework) = self.framework() else { return AreaProgress::default() };
        let answers = self.current_answers();
        let mut progress = AreaProgress::default();
        for (ix, c) in framework.competences_in(area) {
            progress.total += 1;
            if answers.rating(&c.id).is_some() {
                progress.answered += 1;
            } else if progress.first_unanswered.is_none() {
                progress.first_unanswered = Some(ix.get());
            }
            progress.first.get_or_insert(ix.get());
        }
        progress
    }

    /// Offers a shared link pasted into the address bar of an open page, where only the
    /// fragment changes and the page is not reloaded.
    pub fn listen_for_shared_links(self) {
        let Some(window) = web_sys::window() else { return };
        let listener = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            self.offer_link_from_location()
        });
        let _ = window.add_event_listener_with_callback(
            "hashchange",
            wasm_bindgen::JsCast::unchecked_ref(listener.as_ref()),
        );
        // Listens for the life of the page.
        listener.forget();
    }

    /// Reads a shared link from the address (`#hjcp-answers=…`) at start-up or when the fragment
    /// changes. The answers are only offered: the start screen asks before loading them. The
    /// fragment is removed at once so the answers do not stay in the address bar or history.
    pub fn offer_link_from_location(&self) {
        let Some(window) = web_sys::window() else { return };
        let location = window.location();
        let hash = location.hash().unwrap_or_default();
        let Some(payload) = hjcp_engine::link::fragment_payload(&hash) else { return };
        self.pending_link.set(Some(hjcp_engine::link::decode(payload)));
        self.just_cleared.set(false);
        let without = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        if let Ok(history) = window.history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&without));
        }
        self.return_to.set(None);
        self.go(Screen::Start);
    }

    /// Removes every key the widget wrote and resets the session.
    pub fn clear_all(&self) {
        let result = self.store.with_value(|s| s.clear());
        self.forget_answers();
        // Nothing is saved any more, so "saved on this device" must not stay on screen.
        self.save_status.set(match result {
            Ok(()) => SaveStatus::Idle,
            Err(e) => SaveStatus::Failed(e),
        });
        self.just_cleared.set(true);
    }

    /// Another tab or window of this browser changed the stored record (`new_value`, `None` if
    /// it removed it). Changes made there are merged into the answers here, so both tabs keep
    /// everything (`hjcp_engine::merge`); a clear there clears here too, as the person asked
    /// for on a device they may share; a newer version's record is left alone.
    pub fn on_stored_elsewhere(&self, new_value: Option<String>) {
        let Some(text) = new_value else {
            if self.answers.with_untracked(|a| a.is_empty()) {
                return;
            }
            self.forget_answers();
            self.save_status.set(SaveStatus::Idle);
            self.other_tab.set(Some(OtherTab::Cleared));
            return;
        };
        match stored::decode(&text) {
            Decoded::Loaded { state, .. } => {
                let base = self.last_stored.get_value();
                let ours = self.answers.get_untracked();
                let merged = hjcp_engine::merge::merge_frameworks(&base, &ours, &state.frameworks);
                self.last_stored.set_value(state.frameworks);
                // The other tab replaced a newer version's record, so this one may save again.
                if self.save_status.get_untracked() == SaveStatus::ReadOnly {
                    self.save_status.set(SaveStatus::Idle);
                }
                if merged != ours {
                    // Saved straight back by `persist`, so the other tab gets this tab's answers too.
                    self.answers.set(merged);
                    self.other_tab.set(Some(OtherTab::Merged));
                }
            }
            Decoded::Newer { .. } => {
                self.save_status.set(SaveStatus::ReadOnly);
            }
            Decoded::Unreadable { .. } => {
                // Something else wrote over the record: put this page's answers back.
                let state = State {
                    lang: Some(self.lang.get_untracked()),
                    active: self.active.get_untracked(),
                    frameworks: self.answers.get_untracked(),
                };
                let result = self.write(state);
                self.other_tab.set(Some(OtherTab::Restored));
                if let Err(e) = result {
                    self.save_status.set(SaveStatus::Failed(e));
                }
            }
        }
    }

    pub fn t(&self, key: crate::i18n::Key) -> &'static str {
        key.text(self.lang.get())
    }
}

/// What another tab or window did to the stored answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherTab {
    /// Answers given there were added to the ones here.
    Merged,
    /// The answers were cleared there, so here too.
    Cleared,
    /// The record was overwritten with something unreadable; this page's answers were saved again.
    Restored,
}

/// A one-off confirmation shown on the screen after answers were loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JourneyNotice {
    /// Loaded from a shared link; `orphans` are answers for competences the framework no
    /// longer has (kept with the answers, not used).
    LinkLoaded {
        orphans: Vec<String>,
    },
    FileLoaded {
        orphans: Vec<String>,
    },
}

/// Progress through one area of a framework, for its status on the task list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AreaProgress {
    pub answered: usize,
    pub total: usize,
    /// The first competence (index in the framework) still without a rating.
    pub first_unanswered: Option<usize>,
    /// The area's first competence.
    pub first: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AreaStatus {
    NotStarted,
    InProgress,
    Completed,
}

impl AreaProgress {
    pub fn status(&self) -> AreaStatus {
        match self.answered {
            0 => AreaStatus::NotStarted,
            n if n >= self.total => AreaStatus::Completed,
            _ => AreaStatus::InProgress,
        }
    }

    /// Where the area's link goes: the first unrated competence, or its first one when done.
    pub fn link_target(&self) -> Option<usize> {
        self.first_unanswered.or(self.first)
    }
}

/// How one competence's rating changed between a snapshot and now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Rated now, not in the snapshot.
    New(Rating),
    /// A higher step on the scale than in the snapshot.
    Up {
        from: Rating,
        to: Rating,
    },
    Down {
        from: Rating,
        to: Rating,
    },
    /// Between a step and "not sure", either way.
    Changed {
        from: Rating,
        to: Rating,
    },
    /// Rated in the snapshot, not now.
    Removed(Rating),
}

/// What changed between a snapshot and the current answers, competence by competence in
/// framework order (index, change). Competences that stayed the same are left out.
pub fn changes_since(
    framework: &Framework,
    snapshot: &Snapshot,
    answers: &Answers,
) -> Vec<(usize, Change)> {
    framework
        .competences
        .iter()
        .enumerate()
        .filter_map(|(ix, c)| {
            let before = snapshot.ratings.get(&c.id).copied();
            let now = answers.rating(&c.id);
            let change = match (before, now) {
                (None, Some(to)) => Change::New(to),
                (Some(from), None) => Change::Removed(from),
                (Some(from), Some(to)) if from == to => return None,
                (Some(from @ Rating::Level(a)), Some(to @ Rating::Level(b))) => {
                    if b > a {
                        Change::Up { from, to }
                    } else {
                        Change::Down { from, to }
                    }
                }
                (Some(from), Some(to)) => Change::Changed { from, to },
                (None, None) => return None,
            };
            Some((ix, change))
        })
        .collect()
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

// Results-side helpers
impl Session {
    /// The active framework's answers mapped onto it, for engine calls that take them directly.
    pub fn resolved(&self) -> Option<hjcp_engine::Resolved> {
        Some(self.prepared()?.resolve(&self.current_answers()))
    }

    /// Whether any competence of the active framework is rated on the scale ("not sure" is
    /// not a rating: with only those, no role's fit can be told).
    pub fn has_ratings(&self) -> bool {
        self.resolved()
            .is_some_and(|r| r.ratings.iter().any(|x| matches!(x, Some(Rating::Level(_)))))
    }

    /// The fit of every role of the active framework, indexed by role (without the moves and
    /// paths `recommendations` also computes).
    pub fn fits(&self) -> Option<Vec<hjcp_engine::RoleFit>> {
        let framework = self.framework()?;
        let answers = self.current_answers();
        let resolved = self.prepared()?.resolve(&answers);
        Some(hjcp_engine::all_fits(framework, &resolved, &answers.facts))
    }

    /// The roles chosen for comparison side by side, computed by the engine.
    pub fn comparison(&self) -> Option<hjcp_engine::Comparison> {
        let framework = self.framework()?;
        let answers = self.current_answers();
        let resolved = self.prepared()?.resolve(&answers);
        Some(hjcp_engine::compare(framework, &self.compare.get(), &resolved, &answers.facts))
    }

    /// Adds a role to the comparison; false if it is full or the role is already there.
    pub fn add_to_compare(&self, role: RoleIx) -> bool {
        let mut added = false;
        self.compare.update(|roles| {
            if roles.len() < hjcp_engine::MAX_COMPARED && !roles.contains(&role) {
                roles.push(role);
                added = true;
            }
        });
        added
    }

    pub fn remove_from_compare(&self, role: RoleIx) {
        self.compare.update(|roles| roles.retain(|r| *r != role));
    }

    /// Makes a role the person's target.
    pub fn aim_for(&self, role: RoleIx) {
        if let Some(r) = self.framework_untracked().and_then(|f| f.roles.get(role.get())) {
            self.set_target(Some(r.id.clone()));
        }
    }

    /// The target role, if one is set and exists in the active framework.
    pub fn target_role(&self) -> Option<RoleIx> {
        let framework = self.framework()?;
        let id = self.current_answers().target_role?;
        framework.role_ix(&id)
    }
}
