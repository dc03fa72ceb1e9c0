//! Facts for entry requirements: the highest qualification level (RQF / CQFW, in plain words)
//! and years of relevant experience. Nothing sensitive is asked; both can be left unsaid.

use hjcp_engine::link::{MAX_EXPERIENCE_YEARS, MAX_QUALIFICATION_LEVEL};
use leptos::prelude::*;

use crate::components::journey::{focus_errors, ErrorList};
use crate::components::tr;
use crate::components::BackLink;
use crate::i18n::Key;
use crate::session::{use_session, Screen};

/// Label and hint for each qualification level, from "entry level" (0) to doctorate (8).
const LEVELS: [(Key, Key); 9] = [
    (Key::FactsLevel0, Key::FactsLevel0Hint),
    (Key::FactsLevel1, Key::FactsLevel1Hint),
    (Key::FactsLevel2, Key::FactsLevel2Hint),
    (Key::FactsLevel3, Key::FactsLevel3Hint),
    (Key::FactsLevel4, Key::FactsLevel4Hint),
    (Key::FactsLevel5, Key::FactsLevel5Hint),
    (Key::FactsLevel6, Key::FactsLevel6Hint),
    (Key::FactsLevel7, Key::FactsLevel7Hint),
    (Key::FactsLevel8, Key::FactsLevel8Hint),
];

/// The words for a stored qualification level (check answers uses them too).
pub fn level_key(level: u8) -> Key {
    LEVELS[(level.min(MAX_QUALIFICATION_LEVEL)) as usize].0
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum YearsError {
    NotNumber,
    Negative,
    TooMany,
}

/// Reads the years field: empty means "rather not say"; otherwise a whole number 0–50.
fn parse_years(text: &str) -> Result<Option<u8>, YearsError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.trim()),
        None => (false, text),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(YearsError::NotNumber);
    }
    if negative && digits.chars().any(|c| c != '0') {
        return Err(YearsError::Negative);
    }
    match digits.parse::<u32>() {
        Ok(n) if n <= u32::from(MAX_EXPERIENCE_YEARS) => Ok(Some(n as u8)),
        _ => Err(YearsError::TooMany),
    }
}

#[component]
pub fn FactsScreen() -> impl IntoView {
    let session = use_session();
    if session.framework_untracked().is_none() {
        session.redirect(Screen::Start);
        return ().into_any();
    }
    let t = move |k| session.t(k);
    let facts = session.current_answers().facts;
    // `Some(None)` is "I'd rather not say"; shown as chosen once the person has been past here.
    let qualification = RwSignal::new(match facts.qualification_level {
        Some(level) => Some(Some(level.min(MAX_QUALIFICATION_LEVEL))),
        None if session.has_started() => Some(None),
        None => None,
    });
    let years = RwSignal::new(facts.experience_years.map(|y| y.to_string()).unwrap_or_default());
    let qualification_error = RwSignal::new(false);
    let years_error = RwSignal::new(None::<YearsError>);
    let years_key = move |e: YearsError| match e {
        YearsError::NotNumber => Key::FactsErrorExperienceNumber,
        YearsError::Negative => Key::FactsErrorExperienceNegative,
        YearsError::TooMany => Key::FactsErrorExperienceMax,
    };
    let errors = Signal::derive(move || {
        let mut list = Vec::new();
        if qualification_error.get() {
            list.push((t(Key::FactsErrorQualification).to_string(), "qualification-first"));
        }
        if let Some(e) = years_error.get() {
            list.push((t(years_key(e)).to_string(), "experience-years"));
        }
        list
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let level = qualification.get_untracked();
        let parsed = parse_years(&years.get_untracked());
        qualification_error.set(level.is_none());
        years_error.set(parsed.err());
        let (Some(level), Ok(experience)) = (level, parsed) else {
            focus_errors();
            return;
        };
        let mut facts = session.current_answers().facts;
        facts.qualification_level = level;
        facts.experience_years = experience;
        session.set_facts(facts);
        session.continue_to(Screen::Target);
    };
    let radio = move |value: Option<u8>, id: String, label: Key, hint: Key| {
        let hint_id = format!("{id}-hint");
        view! {
            <div class="hjcp-radios__item">
                <input
                    class="hjcp-radios__input"
                    type="radio"
                    name="qualification"
                    id=id.clone()
                    aria-describedby=hint_id.clone()
                    prop:checked=move || qualification.get() == Some(value)
                    on:change=move |_| {
                        qualification_error.set(false);
                        qualification.set(Some(value));
                    }
                />
                <label class="hjcp-radios__label" for=id>{move || t(label)}</label>
                <div class="hjcp-radios__hint" id=hint_id>{move || t(hint)}</div>
            </div>
        }
    };
    let levels = LEVELS
        .iter()
        .enumerate()
        .map(|(level, &(label, hint))| {
            let id = if level == 0 {
                "qualification-first".to_string()
            } else {
                format!("qualification-{level}")
            };
            radio(Some(level as u8), id, label, hint)
        })
        .collect_view();
    view! {
        <BackLink />
        <ErrorList errors />
        <h1 class="hjcp-heading-l" tabindex="-1">{tr(Key::FactsHeading)}</h1>
        <p>{tr(Key::FactsIntro)}</p>
        <form on:submit=submit novalidate>
            <div class=move || if qualification_error.get() { "hjcp-form-group hjcp-form-group--error" } else { "hjcp-form-group" }>
                <fieldset class="hjcp-fieldset" aria-describedby="qualification-hint">
                    <legend class="hjcp-fieldset__legend hjcp-fieldset__legend--m">{tr(Key::FactsQualificationLegend)}</legend>
                    <p class="hjcp-hint" id="qualification-hint">{tr(Key::FactsQualificationHint)}</p>
                    <Show when=move || qualification_error.get()>
                        <p class="hjcp-error-message">{tr(Key::FactsErrorQualification)}</p>
                    </Show>
                    <div class="hjcp-radios">
                        {levels}
                        <p class="hjcp-radios__divider">{tr(Key::Or)}</p>
                        {radio(None, "qualification-none".to_string(), Key::FactsRatherNotSay, Key::FactsRatherNotSayHint)}
                    </div>
                </fieldset>
            </div>
            <div class=move || if years_error.get().is_some() { "hjcp-form-group hjcp-form-group--error" } else { "hjcp-form-group" }>
                <label class="hjcp-field-label hjcp-field-label--m" for="experience-years">{tr(Key::FactsExperienceLabel)}</label>
                <p class="hjcp-hint" id="experience-years-hint">{tr(Key::FactsExperienceHint)}</p>
                {move || years_error.get().map(|e| view! {
                    <p class="hjcp-error-message" id="experience-years-error">{t(years_key(e))}</p>
                })}
                <div class="hjcp-input-wrapper">
                    <input
                        class=move || if years_error.get().is_some() { "hjcp-input hjcp-input--width-3 hjcp-input--error" } else { "hjcp-input hjcp-input--width-3" }
                        id="experience-years"
                        name="experience-years"
                        type="text"
                        inputmode="numeric"
                        spellcheck="false"
                        autocomplete="off"
                        aria-describedby=move || if years_error.get().is_some() { "experience-years-hint experience-years-error" } else { "experience-years-hint" }
                        prop:value=move || years.get()
                        on:input=move |ev| years.set(event_target_value(&ev))
                    />
                    <span class="hjcp-input__suffix" aria-hidden="true">{tr(Key::FactsExperienceSuffix)}</span>
                </div>
            </div>
            <button type="submit" class="hjcp-button">{tr(Key::ContinueButton)}</button>
        </form>
    }
    .into_any()
}
