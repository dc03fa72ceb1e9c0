//! Staff: the role they hold now, grouped by job family, or "my role is not listed".

use leptos::prelude::*;

use crate::components::journey::{focus_errors, ErrorList, RoleRadios};
use crate::components::tr;
use crate::components::BackLink;
use crate::i18n::Key;
use crate::session::{use_session, Screen};

#[component]
pub fn CurrentRoleScreen() -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.redirect(Screen::Start);
        return ().into_any();
    };
    let t = move |k| session.t(k);
    let stored =
        session.current_answers().facts.current_role.filter(|id| framework.role_ix(id).is_some());
    let choice = RwSignal::new(stored.map(Some));
    let error = RwSignal::new(false);
    let errors = Signal::derive(move || {
        if error.get() {
            vec![(t(Key::CurrentError).to_string(), "current-role-first")]
        } else {
            vec![]
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(role) = choice.get_untracked() else {
            error.set(true);
            focus_errors();
            return;
        };
        let mut facts = session.current_answers().facts;
        facts.current_role = role;
        session.set_facts(facts);
        session.continue_to(Screen::Facts);
    };
    view! {
        <BackLink />
        <ErrorList errors />
        <form on:submit=submit novalidate>
            <div class=move || if error.get() { "hjcp-form-group hjcp-form-group--error" } else { "hjcp-form-group" }>
                <fieldset class="hjcp-fieldset" aria-describedby="current-role-hint">
                    <legend class="hjcp-fieldset__legend">
                        <h1 class="hjcp-heading-l" tabindex="-1">{tr(Key::CurrentHeading)}</h1>
                    </legend>
                    <p class="hjcp-hint" id="current-role-hint">{tr(Key::CurrentHint)}</p>
                    <Show when=move || error.get()>
                        <p class="hjcp-error-message">{tr(Key::CurrentError)}</p>
                    </Show>
                    <RoleRadios
                        framework
                        name="current-role"
                        choice
                        error
                        none_label=Key::CurrentNotListed
                        none_hint=Key::CurrentNotListedHint
                    />
                </fieldset>
            </div>
            <button type="submit" class="hjcp-button">{tr(Key::ContinueButton)}</button>
        </form>
    }
    .into_any()
}
