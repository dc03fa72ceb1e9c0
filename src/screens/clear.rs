//! Confirmation before clearing every answer the widget saved on this device. Clearing removes
//! only the widget's own storage key (see `Session::clear_all`).

use leptos::prelude::*;

use crate::components::tr;
use crate::i18n::Key;
use crate::session::use_session;

#[component]
pub fn ClearScreen() -> impl IntoView {
    let session = use_session();
    // Cancel goes back to wherever the person was; the record is only removed on "Yes".
    let cancel = move |_| session.back();
    view! {
        <h1 class="hjcp-heading-l" tabindex="-1">{tr(Key::ClearHeading)}</h1>
        <div class="hjcp-warning-text"><p>{tr(Key::ClearWarning)}</p></div>
        <div class="hjcp-button-group">
            <button type="button" class="hjcp-button hjcp-button--warning" on:click=move |_| session.clear_all()>
                {tr(Key::ClearConfirm)}
            </button>
            <button type="button" class="hjcp-link-button" on:click=cancel>
                {tr(Key::Cancel)}
            </button>
        </div>
    }
}
