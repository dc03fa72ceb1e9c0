//! The quick estimate: one question per area ("your usual level in this area"). Each answer
//! stands for every competence of the area the person has not rated (an *estimate*, shown as
//! such and replaced by rating the competence), so someone short of time gets fit-ranked
//! results after one question per area. Answers are saved as they are given, as ratings are.

use hjcp_engine::Proficiency;
use leptos::prelude::*;

use crate::components::journey::{focus_errors, ErrorList};
use crate::components::tr;
use crate::components::{BackLink, LocalText};
use crate::i18n::Key;
use crate::session::{use_session, Screen};

#[component]
pub fn EstimateScreen() -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.redirect(Screen::Start);
        return ().into_any();
    };
    let t = move |k| session.t(k);
    let error = RwSignal::new(false);
    let errors = Signal::derive(move || {
        if error.get() {
            vec![(t(Key::EstimateError).to_string(), "estimate-first")]
        } else {
            vec![]
        }
    });
    let any_estimate = {
        let framework = framework.clone();
        move || {
            let answers = session.current_answers();
            framework.areas.iter().any(|a| answers.estimate(&a.id).is_some())
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !untrack(&any_estimate) {
            error.set(true);
            focus_errors();
            return;
        }
        session.go(Screen::Results);
    };
    let mut first = true;
    let questions = framework
        .areas
        .iter()
        .map(|area| {
            let steps = framework
                .scale
                .iter()
                .enumerate()
                .map(|(step, s)| {
                    let step = step as Proficiency;
                    let input_id = if std::mem::take(&mut first) {
                        "estimate-first".to_string()
                    } else {
                        format!("estimate-{}-{step}", area.id)
                    };
                    let hint_id = format!("estimate-{}-{step}-hint", area.id);
                    let checked = {
                        let id = area.id.clone();
                        move || session.current_answers().estimate(&id) == Some(step)
                    };
                    let choose = {
                        let id = area.id.clone();
                        move |_| {
                            error.set(false);
                            session.set_estimate(&id, Some(step));
                        }
                    };
                    view! {
                        <div class="hjcp-radios__item">
                            <input
                                class="hjcp-radios__input"
                                type="radio"
                                name=format!("estimate-{}", area.id)
                                id=input_id.clone()
                                value=step.to_string()
                                aria-describedby=hint_id.clone()
                                prop:checked=checked
                                on:change=choose
                            />
                            <label class="hjcp-radios__label" for=input_id>
                                <LocalText text=s.label.clone() />
                            </label>
                            <div class="hjcp-radios__hint" id=hint_id>
                                <LocalText text=s.descriptor.clone() />
                            </div>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <div class="hjcp-form-group">
                    <fieldset class="hjcp-fieldset">
                        <legend class="hjcp-fieldset__legend hjcp-fieldset__legend--m">
                            <h2 class="hjcp-heading-m"><LocalText text=area.title.clone() /></h2>
                        </legend>
                        <div class="hjcp-radios">{steps}</div>
                    </fieldset>
                </div>
            }
        })
        .collect_view();
    view! {
        <BackLink />
        <ErrorList errors />
        <span class="hjcp-caption"><LocalText text=framework.title.clone() /></span>
        <h1 class="hjcp-heading-l" tabindex="-1">{tr(Key::EstimateHeading)}</h1>
        <p>{tr(Key::EstimateIntro)}</p>
        <div class="hjcp-inset"><p>{tr(Key::EstimateReplace)}</p></div>
        <form on:submit=submit novalidate>
            <Show when=move || error.get()>
                <p class="hjcp-error-message">{tr(Key::EstimateError)}</p>
            </Show>
            {questions}
            <button type="submit" class="hjcp-button">{tr(Key::EstimateContinue)}</button>
        </form>
    }
    .into_any()
}
