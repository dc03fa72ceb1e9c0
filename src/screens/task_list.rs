//! Scaffold: replaced by the journeys work.

use leptos::prelude::*;

#[component]
pub fn TaskListScreen() -> impl IntoView {
    view! { <h1 class="hjcp-heading-l" tabindex="-1">"task_list"</h1> }
}
