//! Rating one competence: the scale's plain-language descriptors as radios, or "Not sure".
//! The answer is saved as soon as it is chosen; Continue only moves on.

use hjcp_engine::Rating;
use leptos::prelude::*;

use crate::components::{LocalText, ProvenanceTag};
use crate::i18n::{fill, Key};
use crate::session::{use_session, Screen};

#[component]
pub fn RateScreen(ix: usize) -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.go(Screen::Start);
        return ().into_any();
    };
    let Some(competence) = framework.competences.get(ix) else {
        session.go(Screen::Results);
        return ().into_any();
    };
    let total = framework.competences.len();
    let area = framework.area(competence.area);
    let id = competence.id.clone();
    let current = {
        let id = id.clone();
        Memo::new(move |_| session.current_answers().rating(&id))
    };
    let error = RwSignal::new(false);
    let t = move |k| session.t(k);
    let back = move |_| {
        session.go(if ix == 0 { Screen::Start } else { Screen::Rate(ix - 1) });
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if current.get_untracked().is_none() {
            error.set(true);
            request_animation_frame(|| crate::components::focus_selector(".hjcp-error-summary"));
            return;
        }
        session.go(if ix + 1 < total { Screen::Rate(ix + 1) } else { Screen::Results });
    };
    let choose = {
        let id = id.clone();
        move |rating: Rating| {
            error.set(false);
            session.set_rating(&id, Some(rating));
        }
    };
    let options = framework
        .scale
        .iter()
        .enumerate()
        .map(|(step, s)| {
            let choose = choose.clone();
            let input_id = format!("rating-{step}");
            let hint_id = format!("{input_id}-hint");
            let indicator = competence.indicators.iter().find(|(p, _)| *p as usize == step).map(|(_, text)| text);
            view! {
                <div class="hjcp-radios__item">
                    <input
                        class="hjcp-radios__input"
                        type="radio"
                        name="rating"
                        id=input_id.clone()
                        aria-describedby=hint_id.clone()
                        prop:checked=move || current.get() == Some(Rating::Level(step as u8))
                        on:change=move |_| choose(Rating::Level(step as u8))
                    />
                    <label class="hjcp-radios__label" for=input_id>
                        <LocalText text=&s.label />
                    </label>
                    <div class="hjcp-radios__hint" id=hint_id>
                        <LocalText text=&s.descriptor />
                        {indicator.map(|text| view! { <span class="hjcp-indicator"> " " <LocalText text /></span> })}
                    </div>
                </div>
            }
        })
        .collect_view();
    let choose_not_sure = choose.clone();
    view! {
        <button type="button" class="hjcp-back-link" on:click=back>{move || t(Key::Back)}</button>
        <Show when=move || error.get()>
            <crate::components::ErrorSummary message=Key::ErrorChooseRating target="rating-0" />
        </Show>
        <form on:submit=submit novalidate>
            <div class=move || if error.get() { "hjcp-form-group hjcp-form-group--error" } else { "hjcp-form-group" }>
                <fieldset class="hjcp-fieldset" aria-describedby="rate-hint">
                    <legend class="hjcp-fieldset__legend">
                        <span class="hjcp-caption">
                            {move || fill(t(Key::QuestionOf), &[("n", &(ix + 1).to_string()), ("total", &total.to_string())])}
                            " · "
                            <LocalText text=&area.title />
                        </span>
                        <h1 class="hjcp-heading-l" tabindex="-1"><LocalText text=&competence.title /></h1>
                    </legend>
                    {(!competence.description.en.is_empty()).then(|| view! { <p><LocalText text=&competence.description /></p> })}
                    <ProvenanceTag provenance=competence.provenance />
                    <p class="hjcp-hint" id="rate-hint">{move || t(Key::RateHint)}</p>
                    <Show when=move || error.get()>
                        <p class="hjcp-error-message">{move || t(Key::ErrorChooseRating)}</p>
                    </Show>
                    <div class="hjcp-radios">
                        {options}
                        <p class="hjcp-radios__divider">{move || t(Key::Or)}</p>
                        <div class="hjcp-radios__item">
                            <input
                                class="hjcp-radios__input"
                                type="radio"
                                name="rating"
                                id="rating-not-sure"
                                aria-describedby="rating-not-sure-hint"
                                prop:checked=move || current.get() == Some(Rating::NotSure)
                                on:change=move |_| choose_not_sure(Rating::NotSure)
                            />
                            <label class="hjcp-radios__label" for="rating-not-sure">{move || t(Key::NotSure)}</label>
                            <div class="hjcp-radios__hint" id="rating-not-sure-hint">{move || t(Key::NotSureHint)}</div>
                        </div>
                    </div>
                </fieldset>
            </div>
            <button type="submit" class="hjcp-button">{move || t(Key::ContinueButton)}</button>
        </form>
    }
    .into_any()
}
