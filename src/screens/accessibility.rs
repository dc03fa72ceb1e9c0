//! The accessibility statement, in the order of the GOV.UK model statement: using the tool,
//! how accessible it is (the known problems), feedback, enforcement, then the technical
//! information (compliance status, how it was tested, preparation of the statement).

use leptos::prelude::*;

use crate::components::tr;
use crate::components::BackLink;
use crate::i18n::Key;
use crate::session::use_session;

#[component]
pub fn AccessibilityScreen() -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let list = move |keys: &[Key]| {
        let items = keys.iter().map(|&k| view! { <li>{move || t(k)}</li> }).collect_view();
        view! { <ul class="hjcp-list hjcp-list--bullet">{items}</ul> }
    };
    view! {
        <BackLink />
        <h1 class="hjcp-heading-xl" tabindex="-1">{tr(Key::AccessibilityHeading)}</h1>
        <p class="hjcp-lead">{tr(Key::AccessibilityIntro)}</p>
        <h2 class="hjcp-heading-l">{tr(Key::AccessibilityUsingHeading)}</h2>
        <p>{tr(Key::AccessibilityUsingBody)}</p>
        {list(&[
            Key::AccessibilityUsing1,
            Key::AccessibilityUsing2,
            Key::AccessibilityUsing3,
            Key::AccessibilityUsing4,
            Key::AccessibilityUsing5,
            Key::AccessibilityUsing6,
        ])}
        <h2 class="hjcp-heading-l">{tr(Key::AccessibilityHowHeading)}</h2>
        <p>{tr(Key::AccessibilityHowBody)}</p>
        {list(&[Key::AccessibilityKnown1, Key::AccessibilityKnown2, Key::AccessibilityKnown3])}
        <h2 class="hjcp-heading-l">{tr(Key::AccessibilityFeedbackHeading)}</h2>
        <p>{tr(Key::AccessibilityFeedbackBody)}</p>
        <h2 class="hjcp-heading-l">{tr(Key::AccessibilityEnforcementHeading)}</h2>
        <p>{tr(Key::AccessibilityEnforcementBody)}</p>
        <h2 class="hjcp-heading-l">{tr(Key::AccessibilityTechnicalHeading)}</h2>
        <h3 class="hjcp-heading-m">{tr(Key::AccessibilityStatusHeading)}</h3>
        <p>{tr(Key::AccessibilityStatusBody)}</p>
        <h3 class="hjcp-heading-m">{tr(Key::AccessibilityTestedHeading)}</h3>
        <p>{tr(Key::AccessibilityTestedBody)}</p>
        <h3 class="hjcp-heading-m">{tr(Key::AccessibilityPreparedHeading)}</h3>
        <p>{tr(Key::AccessibilityPreparedBody)}</p>
        <p>
            <button type="button" class="hjcp-link-button" on:click=move |_| session.back()>
                {tr(Key::AboutBackToTool)}
            </button>
        </p>
    }
}
