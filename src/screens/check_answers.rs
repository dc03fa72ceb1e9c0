//! Scaffold: replaced by the journeys work.

use leptos::prelude::*;

#[component]
pub fn CheckAnswersScreen() -> impl IntoView {
    view! { <h1 class="hjcp-heading-l" tabindex="-1">"check_answers"</h1> }
}
