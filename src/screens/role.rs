//! Scaffold: replaced by the journeys work.

use leptos::prelude::*;

#[component]
pub fn RoleScreen(role: hjcp_engine::RoleIx) -> impl IntoView {
    let _ = role;
    view! { <h1 class="hjcp-heading-l" tabindex="-1">"role"</h1> }
}
