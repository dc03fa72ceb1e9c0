//! Scaffold: replaced by the journeys work.

use leptos::prelude::*;

#[component]
pub fn TakeAwayScreen() -> impl IntoView {
    view! { <h1 class="hjcp-heading-l" tabindex="-1">"take_away"</h1> }
}
