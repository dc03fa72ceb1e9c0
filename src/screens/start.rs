//! Start: what the tool is, the privacy promise, and the choice of framework. Also where a
//! shared link is offered for loading (never loaded without asking).

use hjcp_engine::link::LinkError;
use leptos::prelude::*;

use crate::components::journey::{focus_errors, ErrorList, TextWith};
use crate::components::tr;
use crate::components::LocalText;
use crate::i18n::{fill, Key};
use crate::session::{use_session, Screen};

#[component]
pub fn StartScreen() -> impl IntoView {
    let session = use_session();
    let frameworks = session.frameworks();
    let error = RwSignal::new(false);
    let t = move |k| session.t(k);
    let errors = Signal::derive(move || {
        if error.get() {
            vec![(t(Key::ErrorChooseFramework).to_string(), "framework-first")]
        } else {
            vec![]
        }
    });
    view! {
        <SharedLinkOffer />
        <h1 class="hjcp-heading-xl" tabindex="-1">{tr(Key::StartHeading)}</h1>
        <Show when=move || session.just_cleared()>
            <div class="hjcp-notification" role="status"><p>{tr(Key::Cleared)}</p></div>
        </Show>
        <p class="hjcp-lead">{tr(Key::StartIntro)}</p>
        <div class="hjcp-inset">
            <h2 class="hjcp-heading-m">{tr(Key::PrivacyHeading)}</h2>
            <p>{tr(Key::PrivacyBody)}</p>
            <p>{tr(Key::PrivacyShared)}</p>
        </div>
        <form on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if !session.has_active() {
                error.set(true);
                focus_errors();
                return;
            }
            session.start_journey();
        }>
            <ErrorList errors />
            <fieldset class=move || if error.get() { "hjcp-fieldset hjcp-form-group--error" } else { "hjcp-fieldset" }>
                <legend class="hjcp-fieldset__legend">{tr(Key::ChooseFramework)}</legend>
                <Show when=move || error.get()>
                    <p class="hjcp-error-message">{tr(Key::ErrorChooseFramework)}</p>
                </Show>
                <div class="hjcp-radios">
                    {frameworks
                        .into_iter()
                        .enumerate()
                        .map(|(i, listed)| {
                            let f = std::sync::Arc::clone(&listed.framework);
                            let id = f.id.clone();
                            // The first radio has a fixed id so the error summary can link to it.
                            let input_id = if i == 0 { "framework-first".to_string() } else { format!("framework-{}", f.id) };
                            let hint_id = format!("{input_id}-hint");
                            let owner = f.owner.clone();
                            let applies = (!f.applies.en.is_empty()).then(|| f.applies.clone());
                            let time = {
                                move || {
                                    let lang = session.lang();
                                    let time = listed.time(lang);
                                    fill(t(Key::StartTimeNeeded), &[
                                        ("full", &hjcp_words::minutes(time.full_minutes, lang)),
                                        ("questions", &hjcp_words::questions(time.questions as u32, lang)),
                                        ("estimate", &hjcp_words::minutes(time.estimate_minutes, lang)),
                                    ])
                                }
                            };
                            let checked = {
                                let id = id.clone();
                                move || session.active_id().as_deref() == Some(id.as_str())
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
                                        <LocalText text=f.title.clone() />
                                    </label>
                                    <div class="hjcp-radios__hint" id=hint_id>
                                        <LocalText text=f.summary.clone() />
                                        " "
                                        {move || fill(t(Key::FrameworkFrom), &[("owner", owner.get(session.lang()).0)])}
                                        {applies.map(|applies| view! {
                                            <span class="hjcp-start-applies">
                                                {tr(Key::FrameworkApplies)}" "<LocalText text=applies />
                                            </span>
                                        })}
                                        <span class="hjcp-start-time">{time}</span>
                                    </div>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <Show when=move || session.has_started()>
                <p class="hjcp-hint hjcp-start-resume">{tr(Key::StartResume)}</p>
            </Show>
            <button type="submit" class="hjcp-button hjcp-button--start">{tr(Key::StartButton)}</button>
            // A chosen framework's content is fetched when it is chosen; "Start now" pressed
            // before it has arrived goes on when it does.
            <p class="hjcp-loading" role="status">
                {move || (session.fetching() && session.fetch_failed().is_none()).then(|| t(Key::StartFetching))}
            </p>
        </form>
        <p>
            <button type="button" class="hjcp-link-button" on:click=move |_| session.go(Screen::TakeAway)>
                {tr(Key::StartLoadFile)}
            </button>
        </p>
    }
}

/// A link with answers in its fragment was opened: ask before loading them, and say plainly
/// when they would replace answers already on this device, or why the link cannot be used.
#[component]
fn SharedLinkOffer() -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let dismiss = move |_| session.dismiss_link();
    move || {
        let pending = session.pending_link()?;
        let problem = |message: String| {
            view! {
                <div class="hjcp-notification-banner hjcp-notification-banner--problem" role="region" aria-labelledby="link-offer-title">
                    <h2 class="hjcp-heading-m" id="link-offer-title">{tr(Key::LinkProblemHeading)}</h2>
                    <p>{message}</p>
                    <button type="button" class="hjcp-button hjcp-button--secondary" on:click=dismiss>{tr(Key::LinkDismiss)}</button>
                </div>
            }
            .into_any()
        };
        let answers = match pending {
            Err(e) => {
                let key = match e {
                    LinkError::TooLong { .. } => Key::LinkErrorTooLong,
                    LinkError::Damaged => Key::LinkErrorDamaged,
                    LinkError::Newer { .. } => Key::LinkErrorNewer,
                    LinkError::Invalid { .. } => Key::LinkErrorInvalid,
                };
                return Some(problem(t(key).to_string()));
            }
            Ok(answers) => answers,
        };
        let Some(framework) = session.listed_framework(&answers.framework) else {
            return Some(problem(fill(
                t(Key::LinkUnknownFramework),
                &[("framework", &answers.framework)],
            )));
        };
        let replaces = session.has_answers_for(&framework.id);
        let load = move |_| {
            session.accept_link();
        };
        Some(
            view! {
                <div class="hjcp-notification-banner" role="region" aria-labelledby="link-offer-title">
                    <h2 class="hjcp-heading-m" id="link-offer-title">{tr(Key::LinkHeading)}</h2>
                    <p><TextWith template=Key::LinkBody placeholder="framework" text=framework.title.clone() /></p>
                    {replaces.then(|| view! { <div class="hjcp-warning-text"><p>{tr(Key::LinkReplaceWarning)}</p></div> })}
                    <div class="hjcp-button-group">
                        <button type="button" class=if replaces { "hjcp-button hjcp-button--warning" } else { "hjcp-button" } on:click=load>
                            {move || t(if replaces { Key::LinkReplace } else { Key::LinkLoad })}
                        </button>
                        <button type="button" class="hjcp-link-button" on:click=dismiss>{tr(Key::LinkKeep)}</button>
                    </div>
                </div>
            }
            .into_any(),
        )
    }
}
