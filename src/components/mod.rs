//! Small pieces shared by several screens: here the ones any screen may use; `results` holds
//! those of the results screens and `journey` those of the questions, re-exported here.

pub mod journey;
mod results;

pub use results::*;

use hjcp_engine::{Provenance, Text};
use leptos::prelude::*;

use crate::i18n::{fill, Key};
use crate::session::{use_session, SaveStatus, Screen};

/// Framework text in the person's language; English shown in a Welsh UI is marked
/// `lang="en"` so screen readers pronounce it correctly.
#[component]
pub fn LocalText(text: Text) -> impl IntoView {
    let session = use_session();
    move || {
        let (s, native) = text.get(session.lang());
        let lang = (!native).then_some("en");
        view! { <span lang=lang>{s.to_string()}</span> }
    }
}

/// Says whether content is the source's own wording or written for this tool.
#[component]
pub fn ProvenanceTag(provenance: Provenance) -> impl IntoView {
    let session = use_session();
    let (key, class) = match provenance {
        Provenance::Official => (Key::ProvenanceOfficial, "hjcp-tag hjcp-tag--official"),
        Provenance::Illustrative => {
            (Key::ProvenanceIllustrative, "hjcp-tag hjcp-tag--illustrative")
        }
    };
    view! { <p class=class>{move || session.t(key)}</p> }
}

/// "Saved on this device" only after a write succeeded; a plain warning when it failed.
#[component]
pub fn SaveMessage() -> impl IntoView {
    let session = use_session();
    move || match session.save_status() {
        SaveStatus::Idle | SaveStatus::ReadOnly => ().into_any(),
        SaveStatus::Saved => view! {
            <p class="hjcp-saved" role="status">{session.t(Key::Saved)}</p>
        }
        .into_any(),
        SaveStatus::Failed(e) => {
            let key = match e {
                crate::storage::StoreError::Full => Key::NotSavedFull,
                crate::storage::StoreError::Unavailable => Key::NotSavedUnavailable,
            };
            view! {
                <div class="hjcp-warning" role="alert">
                    <p>{session.t(key)}</p>
                </div>
            }
            .into_any()
        }
    }
}

/// Moves keyboard focus to the first element matching `selector`, if any.
pub fn focus_selector(selector: &str) {
    if let Some(el) = document().query_selector(selector).ok().flatten() {
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    }
}

/// The in-page back link: the browser's Back at top level, a step back along the trail in a
/// frame (`Session::back`), so the two always agree.
#[component]
pub fn BackLink() -> impl IntoView {
    let session = use_session();
    view! {
        <button type="button" class="hjcp-back-link" on:click=move |_| session.back()>
            {move || session.t(Key::Back)}
        </button>
    }
}

/// "Change framework": back to the start screen, where the framework is chosen. The answers
/// for each framework are kept apart, so nothing is lost, and the hint says so.
#[component]
pub fn ChangeFramework() -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    view! {
        <p class="hjcp-change-framework">
            <button
                type="button"
                class="hjcp-link-button"
                id="hjcp-change-framework"
                aria-describedby="hjcp-change-framework-hint"
                on:click=move |_| session.go(Screen::Start)
            >
                {move || t(Key::ChangeFramework)}
            </button>
            <span class="hjcp-hint hjcp-change-framework__hint" id="hjcp-change-framework-hint">
                {move || t(Key::ChangeFrameworkHint)}
            </span>
        </p>
    }
}

/// "Printed on 2 December 2026", shown only in a printout (results, path, plan), so a
/// printed page says when it was true. Today's date when the screen was drawn.
#[component]
pub fn PrintedOn() -> impl IntoView {
    let session = use_session();
    let now = js_sys::Date::now() as u64;
    view! {
        <p class="hjcp-print-only hjcp-printed-on">
            {move || fill(session.t(Key::PrintedOn), &[("date", &journey::plain_day(now, session.lang()))])}
        </p>
    }
}

/// Asks the browser to print the page (the print stylesheet hides the controls).
#[component]
pub fn PrintButton(label: Key) -> impl IntoView {
    let session = use_session();
    view! {
        <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| {
            let _ = window().print();
        }>{move || session.t(label)}</button>
    }
}
