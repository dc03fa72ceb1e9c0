//! Scaffold: replaced by the journeys work.

use leptos::prelude::*;

#[component]
pub fn PlanScreen() -> impl IntoView {
    view! { <h1 class="hjcp-heading-l" tabindex="-1">"plan"</h1> }
}
