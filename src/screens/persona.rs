//! Scaffold: replaced by the journeys work.

use leptos::prelude::*;

#[component]
pub fn PersonaScreen() -> impl IntoView {
    view! { <h1 class="hjcp-heading-l" tabindex="-1">"persona"</h1> }
}
