//! About you: exploring a career, or already working in health and justice. Staff are asked
//! for their current role next; applicants go straight to qualifications and experience.
//! The choice is saved as soon as it is made; Continue only moves on.

use hjcp_engine::Persona;
use leptos::prelude::*;

use crate::components::journey::{focus_errors, ErrorList};
use crate::components::tr;
use crate::components::BackLink;
use crate::i18n::Key;
use crate::session::{use_session, Screen};

#[component]
pub fn PersonaScreen() -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.redirect(Screen::Start);
        return ().into_any();
    };
    let t = move |k| session.t(k);
    // Only an answer the person (or the embedding page) gave is shown as chosen.
    let chosen = RwSignal::new(session.persona_given(&framework.id));
    let error = RwSignal::new(false);
    let errors = Signal::derive(move || {
        if error.get() {
            vec![(t(Key::PersonaError).to_string(), "persona-applicant")]
        } else {
            vec![]
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(persona) = chosen.get_untracked() else {
            error.set(true);
            focus_errors();
            return;
        };
        session.set_persona(persona);
        let has_role = session.current_answers().facts.current_role.is_some();
        match persona {
            // A new member of staff is always asked for their role, even when changing an answer.
            Persona::Staff if !has_role => session.follow_on(Screen::CurrentRole),
            Persona::Staff => session.continue_to(Screen::CurrentRole),
            Persona::Applicant => session.continue_to(Screen::Facts),
        }
    };
    let option = move |persona: Persona, id: &'static str, label: Key, hint: Key| {
        let hint_id = format!("{id}-hint");
        view! {
            <div class="hjcp-radios__item">
                <input
                    class="hjcp-radios__input"
                    type="radio"
                    name="persona"
                    id=id
                    aria-describedby=hint_id.clone()
                    prop:checked=move || chosen.get() == Some(persona)
                    on:change=move |_| {
                        error.set(false);
                        chosen.set(Some(persona));
                        // Saved as soon as it is chosen, like every answer; Continue only moves on.
                        session.set_persona(persona);
                    }
                />
                <label class="hjcp-radios__label" for=id>{move || t(label)}</label>
                <div class="hjcp-radios__hint" id=hint_id>{move || t(hint)}</div>
            </div>
        }
    };
    view! {
        <BackLink />
        <ErrorList errors />
        <form on:submit=submit novalidate>
            <div class=move || if error.get() { "hjcp-form-group hjcp-form-group--error" } else { "hjcp-form-group" }>
                <fieldset class="hjcp-fieldset">
                    <legend class="hjcp-fieldset__legend">
                        <h1 class="hjcp-heading-l" tabindex="-1">{tr(Key::PersonaHeading)}</h1>
                    </legend>
                    <Show when=move || error.get()>
                        <p class="hjcp-error-message">{tr(Key::PersonaError)}</p>
                    </Show>
                    <div class="hjcp-radios">
                        {option(Persona::Applicant, "persona-applicant", Key::PersonaApplicant, Key::PersonaApplicantHint)}
                        {option(Persona::Staff, "persona-staff", Key::PersonaStaff, Key::PersonaStaffHint)}
                    </div>
                </fieldset>
            </div>
            <button type="submit" class="hjcp-button">{tr(Key::ContinueButton)}</button>
        </form>
    }
    .into_any()
}
