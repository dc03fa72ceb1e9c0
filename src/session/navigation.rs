//! The trail of screens (`nav::Trail`), kept in the browser's history.
//!
//! At top level every screen is a history entry of its own: moving on pushes one, Back and
//! Forward fire `popstate` and the entry's own trail is shown again, and a reload (or a tab the
//! browser brings back) finds the trail in `history.state`. Inside a frame the widget keeps one
//! entry and replaces it, so the host page's Back button leaves the host page as it would
//! without the widget, rather than stepping through every question; the in-page back link
//! walks the trail instead. The screen is never put in the address: the fragment carries
//! shared links and the query the embedding page's settings.

use hjcp_engine::Persona;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::{JourneyNotice, SaveStatus, Session};
use crate::nav::{self, Arrival, Entry, Screen, Trail};

/// How screens enter the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMode {
    /// Not connected to the browser's history: the trail lives in memory only (component tests).
    Off,
    /// Each screen is an entry of its own (the widget's own page).
    Push,
    /// The widget's one entry is replaced at each screen (inside a frame).
    Replace,
}

/// The property of `history.state` holding the written trail, and the one with the scroll
/// position the entry was left at.
const TRAIL_KEY: &str = "hjcp";
const SCROLL_KEY: &str = "y";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Write {
    Push,
    Replace,
}

impl Session {
    /// Connects the session to the browser's history and opens where the person was
    /// (`nav::opening`): the trail this history entry keeps, or after a reload the place in the
    /// stored record, or the start screen. Called once, at start-up.
    /// `host_arrival` is how the embedding page was opened, when `embed.js` said so.
    pub fn open(&self, mode: HistoryMode, host_arrival: Option<Arrival>) {
        self.history.set_value(mode);
        if mode == HistoryMode::Off {
            return;
        }
        let Some(window) = web_sys::window() else { return };
        let Ok(history) = window.history() else { return };
        let state = history.state().unwrap_or(JsValue::NULL);
        // A frame is opened afresh ("navigate") even when its host page was reloaded, so
        // there the host's own arrival, passed on by embed.js, is the one that counts.
        let arrival = match (mode, host_arrival) {
            (HistoryMode::Replace, Some(host)) => host,
            _ => arrival(&window),
        };
        // At top level the browser keeps each entry's state through reloads and restored tabs;
        // a frame's may be lost when the host page reloads, so there the stored place counts.
        let stored =
            if mode == HistoryMode::Replace { self.stored_place.get_value() } else { None };
        let framework = self.framework_untracked();
        let (trail, gone) = nav::opening(
            state_trail(&state).as_deref(),
            arrival,
            stored.as_deref(),
            framework.as_deref(),
        );
        if mode == HistoryMode::Push && arrival != Arrival::Navigate {
            self.restore_scroll.set_value(state_scroll(&state));
        }
        self.trail.set(trail);
        if let Some(gone) = gone {
            self.notice.set(Some(JourneyNotice::Gone(gone)));
        }
        self.write_history(Write::Replace, None);
        if mode == HistoryMode::Push {
            // The widget restores each entry's scroll itself, once its screen is drawn.
            let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
        }
        let session = *self;
        let on_pop = window_event_listener(leptos::ev::popstate, move |e| {
            session.on_history_moved(&e.state())
        });
        // The scroll position of the entry being left by a reload or a closed tab.
        let on_hide = window_event_listener(leptos::ev::pagehide, move |_| {
            session.write_history(Write::Replace, None)
        });
        // Both listen for the life of the page.
        std::mem::forget(on_pop);
        std::mem::forget(on_hide);
    }

    /// The browser's Back or Forward moved to another entry of this page: show its trail.
    fn on_history_moved(&self, state: &JsValue) {
        let Some(text) = state_trail(state) else { return };
        let Some((trail, gone)) = Trail::decode(&text, self.framework_untracked().as_deref())
        else {
            return;
        };
        self.restore_scroll.set_value(state_scroll(state));
        self.notice.set(gone.clone().map(JourneyNotice::Gone));
        self.trail.set(trail);
        if gone.is_some() {
            // Keep the screen actually shown in the entry, so Forward and reload agree with it.
            self.write_history(Write::Replace, None);
        }
    }

    /// The current place written down for the stored record (tracked).
    pub(super) fn place(&self) -> Option<String> {
        let framework = self.framework();
        self.trail.with(|t| nav::encode_entry(t.current(), framework.as_deref()))
    }

    /// Shows `trail`, writing it into history as a new entry or in place of the current one.
    fn show(&self, trail: Trail, write: Write) {
        self.show_at(trail, write, None);
    }

    /// `show`, setting the address to `url` too when given.
    fn show_at(&self, trail: Trail, write: Write, url: Option<&str>) {
        if write == Write::Push {
            // Remember where the person was on the page they are leaving, for Back.
            self.write_history(Write::Replace, None);
        }
        if self.notice.with_untracked(Option::is_some) {
            self.notice.set(None);
        }
        // "Saved on this device" answers the change just made; a new screen has made none.
        // A failure to save stays in view until a write succeeds.
        if self.save_status.get_untracked() == SaveStatus::Saved {
            self.save_status.set(SaveStatus::Idle);
        }
        self.trail.set(trail);
        self.write_history(write, url);
    }

    /// Writes the current trail to the browser's history (pushing only at top level).
    fn write_history(&self, write: Write, url: Option<&str>) {
        let mode = self.history.get_value();
        if mode == HistoryMode::Off {
            return;
        }
        let Some(window) = web_sys::window() else { return };
        let Ok(history) = window.history() else { return };
        let framework = self.framework_untracked();
        let text = self.trail.with_untracked(|t| t.encode(framework.as_deref()));
        let state = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&state, &TRAIL_KEY.into(), &text.into());
        if mode == HistoryMode::Push {
            let y = window.scroll_y().unwrap_or(0.0);
            let _ = js_sys::Reflect::set(&state, &SCROLL_KEY.into(), &y.into());
        }
        let _ = if write == Write::Push && mode == HistoryMode::Push {
            history.push_state_with_url(&state, "", url)
        } else {
            history.replace_state_with_url(&state, "", url)
        };
    }

    /// Moves on to `screen`.
    pub fn go(&self, screen: Screen) {
        let trail = self.trail.with_untracked(|t| t.pushed(Entry::new(screen)));
        self.show(trail, Write::Push);
    }

    /// A "Change" link: shows the question (or choice), and once it is answered returns here.
    pub fn change(&self, screen: Screen) {
        self.change_entry(screen, None);
    }

    /// A "Change" link on a row of this screen (check answers): once the answer is given the
    /// person comes back to that row, in view and focused, not to the top of the screen.
    pub fn change_row(&self, screen: Screen, row: &str) {
        self.change_entry(screen, Some(row.to_string()));
    }

    fn change_entry(&self, screen: Screen, row: Option<String>) {
        let here = self.screen_untracked();
        let entry = Entry::returning(screen, Some(here), row);
        let trail = self.trail.with_untracked(|t| t.pushed(entry));
        self.show(trail, Write::Push);
    }

    /// Moves on to a further question of the same change (a new persona needs a current
    /// role): the answer still returns where the "Change" link came from.
    pub fn follow_on(&self, screen: Screen) {
        let trail = self.trail.with_untracked(|t| {
            let current = t.current();
            t.pushed(Entry::returning(screen, current.then, current.row.clone()))
        });
        self.show(trail, Write::Push);
    }

    /// Moves on after an answer: back to where a "Change" link came from (to the row it was
    /// on, if any), if it did, otherwise to `next`.
    pub fn continue_to(&self, next: Screen) {
        let (then, row) =
            self.trail.with_untracked(|t| (t.current().then, t.current().row.clone()));
        self.return_row.set_value(then.and(row));
        self.go(then.unwrap_or(next));
    }

    /// The row to bring into view and focus on the screen just returned to by a "Change"
    /// link's answer (taken once, after the screen is drawn).
    pub fn take_return_row(&self) -> Option<String> {
        let row = self.return_row.get_value();
        if row.is_some() {
            self.return_row.set_value(None);
        }
        row
    }

    /// The in-page back link. At top level it is the browser's Back (so both agree, and
    /// Forward undoes it); in a frame it steps back along the trail. With nothing behind
    /// (the first screen shown after a reload restored from the stored record), it goes to
    /// the screen before this one in the journey.
    pub fn back(&self) {
        let mode = self.history.get_value();
        let behind = self.trail.with_untracked(|t| t.back());
        match behind {
            Some(_) if mode == HistoryMode::Push => {
                if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                    let _ = history.back();
                }
            }
            Some(trail) => self.show(trail, Write::Replace),
            None => {
                let parent = self.back_fallback();
                let write = if mode == HistoryMode::Push { Write::Push } else { Write::Replace };
                self.show(Trail::new(Entry::new(parent)), write);
            }
        }
    }

    /// Where the back link goes when the trail has nothing behind the current screen.
    fn back_fallback(&self) -> Screen {
        untrack(|| {
            let staff = self.current_answers().persona == Persona::Staff;
            self.screen_untracked().parent(self.framework_untracked().as_deref(), staff)
        })
    }

    /// Shows `screen` in place of the current one, for a screen that cannot be shown (no
    /// framework chosen): Back does not return to a screen that only redirected.
    pub fn redirect(&self, screen: Screen) {
        let trail = self.trail.with_untracked(|t| t.replaced(Entry::new(screen)));
        self.show(trail, Write::Replace);
    }

    /// Starts a fresh trail at `screen` in place of the current entry (answers cleared).
    pub(super) fn restart_at(&self, screen: Screen) {
        self.show(Trail::new(Entry::new(screen)), Write::Replace);
    }

    /// Shows `screen` in the entry the address change made, with the address set to `url`
    /// (a shared link's fragment taken out of it).
    pub(super) fn show_replacing_url(&self, screen: Screen, url: &str) {
        let trail = self.trail.with_untracked(|t| {
            if t.current().screen == screen {
                t.clone()
            } else {
                t.pushed(Entry::new(screen))
            }
        });
        self.show_at(trail, Write::Replace, Some(url));
    }

    /// The scroll position to restore once the screen Back, Forward or a reload brought back
    /// is drawn (taken once).
    pub fn take_restore_scroll(&self) -> Option<f64> {
        let y = self.restore_scroll.get_value();
        if y.is_some() {
            self.restore_scroll.set_value(None);
        }
        y
    }
}

/// The written trail in a history entry's state, if the entry is one of ours.
fn state_trail(state: &JsValue) -> Option<String> {
    if !state.is_object() {
        return None;
    }
    js_sys::Reflect::get(state, &TRAIL_KEY.into()).ok()?.as_string()
}

fn state_scroll(state: &JsValue) -> Option<f64> {
    if !state.is_object() {
        return None;
    }
    js_sys::Reflect::get(state, &SCROLL_KEY.into()).ok()?.as_f64().filter(|y| y.is_finite())
}

/// How this page was opened (a new visit, a reload, Back or Forward).
fn arrival(window: &web_sys::Window) -> Arrival {
    let kind = window
        .performance()
        .map(|p| p.get_entries_by_type("navigation"))
        .and_then(|entries| entries.get(0).dyn_into::<web_sys::PerformanceNavigationTiming>().ok())
        .map(|timing| timing.type_());
    match kind {
        Some(web_sys::NavigationType::Reload) => Arrival::Reload,
        Some(web_sys::NavigationType::BackForward) => Arrival::BackForward,
        _ => Arrival::Navigate,
    }
}

/// Whether the widget runs inside a frame of another page.
pub fn in_frame() -> bool {
    let Some(window) = web_sys::window() else { return false };
    match window.top() {
        Ok(Some(top)) => !js_sys::Object::is(&top, &window),
        _ => true,
    }
}
