//! Scaffold: replaced by the journeys work.

use leptos::prelude::*;

#[component]
pub fn CurrentRoleScreen() -> impl IntoView {
    view! { <h1 class="hjcp-heading-l" tabindex="-1">"current_role"</h1> }
}
