//! The smallest Leptos CSR app: one static paragraph mounted into the page.
use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| view! { <p>"Hello, world"</p> });
}
