//! Session state: the one owner of what the person has answered and where they are.
//!
//! Every field of [`Session`] is private to this module and its children, so components can
//! only read state through the getters here and change it through methods that say what
//! happened (an answer given, a framework chosen, answers cleared, a screen left). The
//! compiler, not a convention, keeps components from writing a signal directly.
//!
//! The job of each child module:
//! - `persist`: reading the store at start-up and the one effect that writes the record;
//! - `other_tab`: merging what another tab or window of this browser saved;
//! - `link`: answers arriving in a shared link's fragment;
//! - `navigation`: the trail of screens, kept in the browser's history;
//! - `results`: what the results screens compute from the answers;
//! - `fetch`: a framework's content, fetched when it is chosen.

mod fetch;
mod link;
mod navigation;
mod other_tab;
mod persist;
mod progress;
mod results;

use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::Arc;

use hjcp_engine::link::LinkError;
use hjcp_engine::stored;
use hjcp_engine::{Answers, Facts, Framework, Lang, Persona, Prepared, Rating, RoleIx};
use leptos::prelude::*;

use crate::content::Content;
use crate::nav::Trail;
pub use crate::nav::{Gone, Screen};
use crate::storage::{Store, StoreError};

pub use fetch::fetch_framework;
pub use navigation::{in_frame, HistoryMode};
pub use persist::Stored;

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
    /// The frameworks this session works on, as given (`set_content` may give others later).
    /// Held by value: content replaced by `set_content` is freed once no screen holds its
    /// frameworks any more.
    content: RwSignal<Content>,
    /// Notified when the content is replaced (`set_content`), not when a chosen framework
    /// arrives: a screen is drawn afresh only when what it shows may have changed under it.
    content_replaced: Trigger,
    /// Frameworks being fetched, and what waits for each (starting the journey, loading a
    /// file or link for it).
    fetching: RwSignal<Vec<String>>,
    after_fetch: StoredValue<Vec<fetch::Waiting>, LocalStorage>,
    /// The framework whose content could not be fetched, until it is tried again.
    fetch_failed: RwSignal<Option<String>>,
    lang: RwSignal<Lang>,
    /// The screens from the start of the visit to the current one (`nav::Trail`), mirrored in
    /// the browser's history by `navigation`.
    trail: RwSignal<Trail>,
    /// How screens enter the browser's history: pushed at top level, replaced in a frame.
    history: StoredValue<HistoryMode>,
    active: RwSignal<Option<String>>,
    answers: RwSignal<BTreeMap<String, Answers>>,
    save_status: RwSignal<SaveStatus>,
    /// Notices from loading the stored record, shown until dismissed.
    load_notices: RwSignal<Vec<stored::Notice>>,
    /// Set after "clear my answers" so the start screen can confirm it.
    just_cleared: RwSignal<bool>,
    /// The target role whose needs the person is rating first ("rate what matters"), while
    /// they are; cleared when they open an area or have rated them all.
    rating_for: RwSignal<Option<RoleIx>>,
    /// Roles chosen for side-by-side comparison, at most `hjcp_engine::MAX_COMPARED`.
    compare: RwSignal<Vec<RoleIx>>,
    /// Answers from a shared link in the address, waiting for the person to say whether to load them.
    pending_link: RwSignal<Option<Result<Answers, LinkError>>>,
    /// A confirmation for the next screen only; cleared when the person moves on.
    notice: RwSignal<Option<JourneyNotice>>,
    /// What another tab or window of this browser did to the stored answers, until dismissed.
    other_tab: RwSignal<Option<OtherTab>>,
    /// The framework version each framework's answers were last given against when this
    /// visit began (absent: none kept), so the corrections since stay listed after the first
    /// write of the visit records the new version.
    seen_at_load: StoredValue<BTreeMap<String, Option<String>>>,
    /// Frameworks whose list of corrections the person has hidden this visit.
    corrections_hidden: RwSignal<Vec<String>>,
    /// True while the current screen shows an error summary; the page title then starts
    /// with "Error:". Kept by `ErrorList`, the only place an error summary is drawn.
    showing_errors: RwSignal<bool>,
    /// The row to focus on the screen a "Change" link's answer returns to (`continue_to`).
    return_row: StoredValue<Option<String>>,
    /// Where to scroll once the screen brought back by Back, Forward or a reload is drawn.
    restore_scroll: StoredValue<Option<f64>>,
    /// The place read from the stored record at start-up (`nav::opening` may resume there).
    stored_place: StoredValue<Option<String>>,
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

pub fn use_session() -> Session {
    expect_context::<Session>()
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

/// A one-off message shown on the screen the person arrives at.
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
    /// The screen asked for (by Back, Forward or a reload) shows something that has left the
    /// framework; this is the nearest screen instead.
    Gone(Gone),
}

// Reading state. Getters track (a component re-renders when the value changes) unless named
// `_untracked`.
impl Session {
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    pub fn lang_untracked(&self) -> Lang {
        self.lang.get_untracked()
    }

    pub fn t(&self, key: crate::i18n::Key) -> &'static str {
        key.text(self.lang.get())
    }

    pub fn screen(&self) -> Screen {
        self.trail.with(|t| t.current().screen)
    }

    pub fn screen_untracked(&self) -> Screen {
        self.trail.with_untracked(|t| t.current().screen)
    }

    /// The frameworks the person can choose from, in order, loaded or not (what the start and
    /// about screens show of each).
    pub fn frameworks(&self) -> Vec<crate::content::Listed> {
        self.content.with_untracked(|c| c.listed().cloned().collect())
    }

    /// Framework `id` without its content (its title, owner, sources), loaded or not.
    pub fn listed_framework(&self, id: &str) -> Option<Arc<Framework>> {
        self.content.with_untracked(|c| c.listing(id).map(|l| Arc::clone(&l.framework)))
    }

    /// Framework `id`, whole, if it has been loaded, whether or not it is the active one.
    pub fn framework_by_id(&self, id: &str) -> Option<Arc<Framework>> {
        self.content.get_untracked().framework(id).cloned()
    }

    /// Whether a chosen framework's content is on its way.
    pub fn fetching(&self) -> bool {
        self.fetching.with(|f| !f.is_empty())
    }

    /// The framework whose content could not be fetched, if the last try failed.
    pub fn fetch_failed(&self) -> Option<String> {
        self.fetch_failed.get()
    }

    pub fn active_id(&self) -> Option<String> {
        self.active.get()
    }

    pub fn has_active(&self) -> bool {
        self.active.with_untracked(Option::is_some)
    }

    pub fn framework(&self) -> Option<Arc<Framework>> {
        let content = self.content.get();
        self.active.with(|id| id.as_deref().and_then(|id| content.framework(id).cloned()))
    }

    pub fn framework_untracked(&self) -> Option<Arc<Framework>> {
        let content = self.content.get_untracked();
        self.active.with_untracked(|id| id.as_deref().and_then(|id| content.framework(id).cloned()))
    }

    /// `f` on the prepared engine for the active framework, if one is active (tracked; `f` runs
    /// with no signal borrowed, so it may read the session).
    fn with_prepared<T>(&self, f: impl FnOnce(&Prepared) -> T) -> Option<T> {
        let content = self.content.get();
        let prepared = self.active.with(|id| id.as_deref().and_then(|id| content.prepared(id)));
        prepared.map(f)
    }

    /// The answers for the active framework (empty if none yet).
    pub fn current_answers(&self) -> Answers {
        let id = self.active.get().unwrap_or_default();
        self.answers.with(|all| all.get(&id).cloned().unwrap_or_else(|| Answers::new(id.clone())))
    }

    pub fn save_status(&self) -> SaveStatus {
        self.save_status.get()
    }

    pub fn load_notices(&self) -> Vec<stored::Notice> {
        self.load_notices.get()
    }

    pub fn just_cleared(&self) -> bool {
        self.just_cleared.get()
    }

    pub fn pending_link(&self) -> Option<Result<Answers, LinkError>> {
        self.pending_link.get()
    }

    pub fn notice(&self) -> Option<JourneyNotice> {
        self.notice.get()
    }

    pub fn other_tab(&self) -> Option<OtherTab> {
        self.other_tab.get()
    }

    /// The corrections to the active framework since this person last used it that concern
    /// their current or target role, until hidden: told once, on the visit after they were made.
    pub fn corrections(&self) -> Vec<hjcp_engine::Correction> {
        let (Some(id), Some(framework)) = (self.active.get(), self.framework()) else {
            return Vec::new();
        };
        if self.corrections_hidden.with(|h| h.contains(&id)) {
            return Vec::new();
        }
        let Some(seen) = self.seen_at_load.with_value(|s| s.get(&id).cloned()) else {
            return Vec::new();
        };
        let answers = Answers { seen_version: seen, ..self.current_answers() };
        hjcp_engine::corrections_since(&framework, &answers).into_iter().cloned().collect()
    }

    pub fn showing_errors(&self) -> bool {
        self.showing_errors.get()
    }

    /// Whether the person has rated, noted or estimated anything in the active framework (so
    /// "Start now" resumes at the task list instead of asking about them again).
    pub fn has_started(&self) -> bool {
        let Some(id) = self.active.get() else { return false };
        self.answers.with(|all| {
            all.get(&id).is_some_and(|a| {
                a.answers.values().any(|x| x.rating.is_some() || !x.note.is_empty())
                    || !a.estimates.is_empty()
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
                    || !a.estimates.is_empty()
            })
        })
    }

    /// The persona kept for framework `id`, if the person (or the embedding page) gave one.
    pub fn persona_given(&self, id: &str) -> Option<Persona> {
        self.answers.with_untracked(|all| all.get(id).map(|a| a.persona))
    }

    /// Every framework's answers, as kept (for tests of what was stored and merged).
    pub fn all_answers_untracked(&self) -> BTreeMap<String, Answers> {
        self.answers.get_untracked()
    }
}

// What the person did. Each method changes the state that event changes, and nothing else.
impl Session {
    /// The person chose the other language.
    pub fn choose_lang(&self, lang: Lang) {
        self.lang.set(lang);
    }

    pub fn choose_framework(&self, id: &str) {
        if self.content.with_untracked(|c| c.listing(id).is_some()) {
            // The comparison holds roles by position in the active framework: another
            // framework (reached by "Change framework") starts with none.
            if self.active.with_untracked(|a| a.as_deref() != Some(id)) {
                self.compare.set(Vec::new());
            }
            self.active.set(Some(id.to_string()));
            self.fetch(id);
        }
    }

    /// New content for the session (frameworks fetched later, a draft built in the browser).
    /// The active framework stays chosen if the new content still has it. Screens and the trail
    /// point at questions and roles by position, so the trail is read again by id against the
    /// new content (a question or role it no longer has falls back, with a notice), the
    /// comparison (positions only) starts again, and the screen is drawn afresh.
    pub fn set_content(&self, content: Content) {
        let written = {
            let framework = self.framework_untracked();
            self.trail.with_untracked(|t| t.encode(framework.as_deref()))
        };
        if let Some(id) = self.active.get_untracked() {
            if content.listing(&id).is_none() {
                self.active.set(None);
            }
        }
        self.compare.set(Vec::new());
        self.content.set(content);
        self.content_replaced.notify();
        let framework = self.framework_untracked();
        if let Some((trail, gone)) = Trail::decode(&written, framework.as_deref()) {
            self.notice.set(gone.map(JourneyNotice::Gone));
            self.trail.set(trail);
        }
    }

    /// Tracks the content only (for the view that must be drawn afresh when it is replaced).
    pub fn track_content(&self) {
        self.content_replaced.track();
    }

    /// Every change to the answers also records the framework version they were given
    /// against, so a later visit can tell what was corrected since.
    fn update_current(&self, f: impl FnOnce(&mut Answers)) {
        let Some(id) = self.active.get_untracked() else { return };
        let version = self.framework_untracked().map(|f| f.version.clone());
        self.answers.update(|all| {
            let answers = all.entry(id.clone()).or_insert_with(|| Answers::new(id));
            f(answers);
            answers.seen_version = version;
        });
    }

    pub fn set_rating(&self, competence_id: &str, rating: Option<Rating>) {
        self.update_current(|a| {
            a.set_rating(competence_id, rating, now_ms());
        });
    }

    pub fn set_note(&self, competence_id: &str, note: &str) {
        self.update_current(|a| {
            a.set_note(competence_id, note, now_ms());
        });
    }

    /// The person's usual level in an area, from the quick estimate (`None` takes it back).
    pub fn set_estimate(&self, area_id: &str, level: Option<hjcp_engine::Proficiency>) {
        self.update_current(|a| {
            a.set_estimate(area_id, level, now_ms());
        });
    }

    pub fn set_persona(&self, persona: Persona) {
        self.update_current(|a| {
            a.persona = persona;
            if persona == Persona::Applicant {
                a.facts.current_role = None;
            }
        });
    }

    pub fn set_facts(&self, facts: Facts) {
        self.update_current(|a| a.facts = facts);
    }

    pub fn set_target(&self, role_id: Option<String>) {
        self.update_current(|a| a.target_role = role_id);
    }

    /// Makes a role the person's target.
    pub fn aim_for(&self, role: RoleIx) {
        let framework = self.framework_untracked();
        if let Some(r) = framework.as_deref().and_then(|f| f.roles.get(role.get())) {
            self.set_target(Some(r.id.clone()));
        }
    }

    pub fn take_snapshot(&self) {
        self.update_current(|a| a.take_snapshot(now_ms()));
    }

    /// Loads answers from a file or a link in place of the ones kept for their framework, then
    /// shows them on the check answers screen with a confirmation. Answers for competences the
    /// framework no longer has are kept and listed there, never dropped silently. False (and
    /// nothing changed) if the framework is not among the content.
    /// A framework listed but not loaded yet is fetched first, and the answers loaded then.
    pub fn load_answers(&self, answers: Answers, from_link: bool) -> bool {
        if self.listed_framework(&answers.framework).is_none() {
            return false;
        }
        let Some(framework) = self.framework_by_id(&answers.framework) else {
            let session = *self;
            let id = answers.framework.clone();
            self.when_loaded(&id, move || {
                session.load_answers(answers, from_link);
            });
            return true;
        };
        let orphans = hjcp_engine::resolve(&framework, &answers).orphans;
        let id = answers.framework.clone();
        self.answers.update(|all| {
            all.insert(id.clone(), answers);
        });
        self.active.set(Some(id));
        self.just_cleared.set(false);
        self.go(Screen::CheckAnswers);
        self.notice.set(Some(if from_link {
            JourneyNotice::LinkLoaded { orphans }
        } else {
            JourneyNotice::FileLoaded { orphans }
        }));
        true
    }

    /// "Start now": the person begins (or carries on with) the chosen framework. Someone who
    /// has already rated something carries on from the task list.
    /// If the framework's content is still on its way, the journey starts when it arrives.
    pub fn start_journey(&self) {
        if self.framework_untracked().is_none() {
            let Some(id) = self.active.get_untracked() else { return };
            let session = *self;
            self.when_loaded(&id, move || session.start_journey());
            return;
        }
        self.just_cleared.set(false);
        self.pending_link.set(None);
        self.go(if self.has_started() { Screen::TaskList } else { Screen::Persona });
    }

    /// The person said no to the answers in a shared link (or closed the problem with it).
    pub fn dismiss_link(&self) {
        self.pending_link.set(None);
    }

    /// The person said yes to the answers in a shared link.
    pub fn accept_link(&self) {
        if let Some(Ok(answers)) = self.pending_link.get_untracked() {
            self.pending_link.set(None);
            self.load_answers(answers, true);
        }
    }

    pub fn dismiss_load_notices(&self) {
        self.load_notices.set(Vec::new());
    }

    pub fn dismiss_other_tab(&self) {
        self.other_tab.set(None);
    }

    /// The person has read the corrections: hidden for the rest of the visit, and the version
    /// they have now seen is kept with their answers.
    pub fn hide_corrections(&self) {
        let Some(id) = self.active.get_untracked() else { return };
        self.corrections_hidden.update(|h| h.push(id));
        self.update_current(|_| {});
    }

    /// The person chose to replace a newer version's record with this page's answers.
    pub fn overwrite_newer_record(&self) {
        self.save_status.set(SaveStatus::Idle);
    }

    /// The current screen shows an error summary (or stopped showing one).
    pub fn showing_errors_changed(&self, showing: bool) {
        if self.showing_errors.get_untracked() != showing {
            self.showing_errors.set(showing);
        }
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

    /// Drops every answer from the session and returns to the start screen, without writing
    /// the emptied state back (the record is already gone). Shared by both ways answers are
    /// cleared: here, and in another tab.
    fn forget_answers(&self) {
        self.skip_next_write.set_value(true);
        self.last_stored.set_value(BTreeMap::new());
        self.answers.set(BTreeMap::new());
        self.active.set(None);
        self.compare.set(Vec::new());
        self.rating_for.set(None);
        self.restart_at(Screen::Start);
    }
}
