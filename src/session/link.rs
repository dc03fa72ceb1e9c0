//! Answers arriving in a shared link's fragment (`#hjcp-answers=…`).

use leptos::prelude::*;

use super::Session;
use crate::nav::Screen;

impl Session {
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

    /// Reads a shared link from the address at start-up or when the fragment changes. The
    /// answers are only offered: the start screen asks before loading them. The fragment is
    /// removed at once (the history entry it made becomes the start screen), so the answers
    /// do not stay in the address bar or history.
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
        self.show_replacing_url(Screen::Start, &without);
    }
}
