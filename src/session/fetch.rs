//! A framework's content, fetched when it is chosen.
//!
//! The page ships every framework's listing (`catalog::index`) and fetches a framework's whole
//! content, a file beside the page named in its listing, only when a person chooses it (or it
//! is the one they were using, or the one the embedding page asked for: `app::start` fetches
//! those before the first screen). What waits for a framework (starting the journey, loading a
//! file or link for it) runs once it has arrived; if the fetch fails, the start screen says so
//! with a way to try again, and no answer is touched.

use hjcp_engine::Framework;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Session;

/// Something to do once a framework has arrived, with the framework's id.
pub(super) type Waiting = (String, Box<dyn FnOnce()>);

/// The whole framework `id` from `file`, a path relative to the page.
pub async fn fetch_framework(file: &str, id: &str) -> Result<Framework, String> {
    let window = web_sys::window().ok_or("no window")?;
    let failed = |e: wasm_bindgen::JsValue| format!("{file}: {e:?}");
    let response =
        wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(file)).await.map_err(failed)?;
    let response: web_sys::Response = response.dyn_into().map_err(failed)?;
    if !response.ok() {
        return Err(format!("{file}: HTTP {}", response.status()));
    }
    let buffer = response.array_buffer().map_err(failed)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(buffer).await.map_err(failed)?;
    crate::catalog::framework(&js_sys::Uint8Array::new(&buffer).to_vec(), id)
}

impl Session {
    /// Runs `then` once framework `id` is loaded: now if it is, otherwise after fetching it
    /// (replacing anything else waiting for the same framework). Nothing runs for a framework
    /// that is not listed; after a failed fetch it runs when "Try again" succeeds.
    pub fn when_loaded(&self, id: &str, then: impl FnOnce() + 'static) {
        if self.framework_by_id(id).is_some() {
            then();
            return;
        }
        if self.content.with_untracked(|c| c.listing(id).is_none()) {
            return;
        }
        self.after_fetch.update_value(|waiting| {
            waiting.retain(|(waiting_for, _)| waiting_for != id);
            waiting.push((id.to_string(), Box::new(then)));
        });
        self.fetch(id);
    }

    /// Fetches framework `id` unless it is loaded or on its way; then runs what waits for it.
    pub(super) fn fetch(&self, id: &str) {
        if self.framework_by_id(id).is_some() {
            return;
        }
        let Some(file) = self.content.with_untracked(|c| c.listing(id).map(|l| l.file.clone()))
        else {
            return;
        };
        if self.fetching.with_untracked(|f| f.iter().any(|x| x == id)) {
            return;
        }
        self.fetching.update(|f| f.push(id.to_string()));
        self.fetch_failed.set(None);
        let (session, id) = (*self, id.to_string());
        leptos::task::spawn_local(async move {
            let fetched = fetch_framework(&file, &id).await;
            session.fetching.update(|f| f.retain(|x| *x != id));
            match fetched {
                Ok(framework) => {
                    session.content.update(|c| *c = c.with_loaded(framework));
                    let mut waiting = Vec::new();
                    session.after_fetch.update_value(|all| {
                        let (mine, others) = std::mem::take(all)
                            .into_iter()
                            .partition(|(waiting_for, _)| *waiting_for == id);
                        *all = others;
                        waiting = mine;
                    });
                    waiting.into_iter().for_each(|(_, then)| then());
                }
                // What waited stays waiting: "Try again" finishes what the person asked for.
                // Someone waiting for it (they pressed "Start now") is taken to the message,
                // which may be a screen away from the button they pressed.
                Err(e) => {
                    web_sys::console::warn_1(&e.into());
                    let waited =
                        session.after_fetch.with_value(|all| all.iter().any(|(w, _)| *w == id));
                    session.fetch_failed.set(Some(id));
                    if waited {
                        request_animation_frame(|| {
                            let problem = document().get_element_by_id("hjcp-fetch-problem");
                            let problem =
                                problem.and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok());
                            if let Some(problem) = problem {
                                let _ = problem.focus();
                            }
                        });
                    }
                }
            }
        });
    }

    /// The framework's content could not be fetched before the first screen (`app::start`).
    pub fn fetch_failed_at_start(&self, id: String) {
        self.fetch_failed.set(Some(id));
    }

    /// "Try again" after a failed fetch: fetches the framework again, and what was waiting for
    /// it goes on when it arrives.
    pub fn retry_fetch(&self) {
        if let Some(id) = self.fetch_failed.get_untracked() {
            self.fetch(&id);
        }
    }
}
