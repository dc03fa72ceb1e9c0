//! Small pieces shared by several screens.

use hjcp_engine::{Provenance, Text};
use leptos::prelude::*;

use crate::i18n::Key;
use crate::session::{use_session, SaveStatus};

/// Framework text in the person's language; English shown in a Welsh UI is marked
/// `lang="en"` so screen readers pronounce it correctly.
#[component]
pub fn LocalText(text: &'static Text) -> impl IntoView {
    let session = use_session();
    move || {
        let (s, native) = text.get(session.lang.get());
        let lang = (!native).then_some("en");
        view! { <span lang=lang>{s}</span> }
    }
}

/// Says whether content is the source's own wording or written for this tool.
#[component]
pub fn ProvenanceTag(provenance: Provenance) -> impl IntoView {
    let session = use_session();
    let (key, class) = match provenance {
        Provenance::Official => (Key::ProvenanceOfficial, "hjcp-tag hjcp-tag--official"),
        Provenance::Illustrative => (Key::ProvenanceIllustrative, "hjcp-tag hjcp-tag--illustrative"),
    };
    view! { <p class=class>{move || session.t(key)}</p> }
}

/// "Saved on this device" only after a write succeeded; a plain warning when it failed.
#[component]
pub fn SaveMessage() -> impl IntoView {
    let session = use_session();
    move || match session.save_status.get() {
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

/// The GOV.UK error summary: a titled box whose link moves focus to the field at fault.
#[component]
pub fn ErrorSummary(message: Key, target: &'static str) -> impl IntoView {
    let session = use_session();
    view! {
        <div class="hjcp-error-summary" role="alert" tabindex="-1">
            <h2 class="hjcp-error-summary__title">{move || session.t(Key::ErrorSummaryTitle)}</h2>
            <ul class="hjcp-error-summary__list">
                <li>
                    <a href=format!("#{target}") on:click=move |ev| {
                        ev.prevent_default();
                        focus_selector(&format!("#{target}"));
                    }>{move || session.t(message)}</a>
                </li>
            </ul>
        </div>
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
