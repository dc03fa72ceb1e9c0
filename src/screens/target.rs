//! An optional role to aim for, or "I don't know yet". Continuing without a choice is the
//! same as "I don't know yet": the question is optional, so it never shows an error.

use leptos::prelude::*;

use crate::components::journey::RoleRadios;
use crate::components::tr;
use crate::components::BackLink;
use crate::i18n::Key;
use crate::session::{use_session, Screen};

#[component]
pub fn TargetScreen() -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.redirect(Screen::Start);
        return ().into_any();
    };
    let answers = session.current_answers();
    let stored = answers.target_role.clone().filter(|id| framework.role_ix(id).is_some());
    // "I don't know yet" shows as chosen once the person has been past this question.
    let choice = RwSignal::new(match stored {
        Some(id) => Some(Some(id)),
        None if session.has_started() => Some(None),
        None => None,
    });
    let error = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        session.set_target(choice.get_untracked().flatten());
        session.continue_to(Screen::TaskList);
    };
    view! {
        <BackLink />
        <form on:submit=submit novalidate>
            <div class="hjcp-form-group">
                <fieldset class="hjcp-fieldset" aria-describedby="target-role-hint">
                    <legend class="hjcp-fieldset__legend">
                        <h1 class="hjcp-heading-l" tabindex="-1">{tr(Key::TargetHeading)}</h1>
                    </legend>
                    <p class="hjcp-hint" id="target-role-hint">{tr(Key::TargetHint)}</p>
                    <RoleRadios
                        framework
                        name="target-role"
                        choice
                        error
                        none_label=Key::TargetDontKnow
                        none_hint=Key::TargetDontKnowHint
                    />
                </fieldset>
            </div>
            <button type="submit" class="hjcp-button">{tr(Key::ContinueButton)}</button>
        </form>
    }
    .into_any()
}
