//! Start: what the tool is, the privacy promise, and the choice of framework.

use leptos::prelude::*;

use crate::components::LocalText;
use crate::i18n::{fill, Key};
use crate::session::{use_session, Screen};

#[component]
pub fn StartScreen() -> impl IntoView {
    let session = use_session();
    let frameworks = &session.catalog.frameworks;
    let error = RwSignal::new(false);
    let t = move |k| session.t(k);
    view! {
        <h1 class="hjcp-heading-xl" tabindex="-1">{move || t(Key::StartHeading)}</h1>
        <Show when=move || session.just_cleared.get()>
            <div class="hjcp-notification" role="status"><p>{move || t(Key::Cleared)}</p></div>
        </Show>
        <p class="hjcp-lead">{move || t(Key::StartIntro)}</p>
        <div class="hjcp-inset">
            <h2 class="hjcp-heading-m">{move || t(Key::PrivacyHeading)}</h2>
            <p>{move || t(Key::PrivacyBody)}</p>
            <p>{move || t(Key::PrivacyShared)}</p>
        </div>
        <form on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if session.active.get_untracked().is_none() {
                error.set(true);
                request_animation_frame(|| crate::components::focus_selector(".hjcp-error-summary"));
                return;
            }
            session.just_cleared.set(false);
            session.go(Screen::Rate(0));
        }>
            <Show when=move || error.get()>
                <crate::components::ErrorSummary message=Key::ErrorChooseFramework target="framework-first" />
            </Show>
            <fieldset class=move || if error.get() { "hjcp-fieldset hjcp-form-group--error" } else { "hjcp-fieldset" }>
                <legend class="hjcp-fieldset__legend">{move || t(Key::ChooseFramework)}</legend>
                <Show when=move || error.get()>
                    <p class="hjcp-error-message">{move || t(Key::ErrorChooseFramework)}</p>
                </Show>
                <div class="hjcp-radios">
                    {frameworks
                        .iter()
                        .enumerate()
                        .map(|(i, f)| {
                            let id = f.id.clone();
                            // The first radio has a fixed id so the error summary can link to it.
                            let input_id = if i == 0 { "framework-first".to_string() } else { format!("framework-{}", f.id) };
                            let hint_id = format!("{input_id}-hint");
                            let checked = {
                                let id = id.clone();
                                move || session.active.get().as_deref() == Some(id.as_str())
                            };
                            view! {
                                <div class="hjcp-radios__item">
                                    <input
                                        class="hjcp-radios__input"
                                        type="radio"
                                        name="framework"
                                        id=input_id.clone()
                                        value=id.clone()
                                        aria-describedby=hint_id.clone()
                                        prop:checked=checked
                                        on:change=move |_| {
                                            error.set(false);
                                            session.choose_framework(&id)
                                        }
                                    />
                                    <label class="hjcp-radios__label" for=input_id>
                                        <LocalText text=&f.title />
                                    </label>
                                    <div class="hjcp-radios__hint" id=hint_id>
                                        <LocalText text=&f.summary />
                                        " "
                                        {move || fill(t(Key::FrameworkFrom), &[("owner", f.owner.get(session.lang.get()).0)])}
                                    </div>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <button type="submit" class="hjcp-button hjcp-button--start">{move || t(Key::StartButton)}</button>
        </form>
    }
}
