//! Scaffold: replaced by the journeys work.

use leptos::prelude::*;

#[component]
pub fn BrowseScreen() -> impl IntoView {
    view! { <h1 class="hjcp-heading-l" tabindex="-1">"browse"</h1> }
}
