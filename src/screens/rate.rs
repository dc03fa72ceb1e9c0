//! Rating one competence: the scale's plain-language descriptors as radios, or "Not sure",
//! and an optional evidence note with a character count. Answers are saved as soon as they
//! are given; Continue only moves on, through the area and back to the task list.

use hjcp_engine::answers::NOTE_MAX_CHARS;
use hjcp_engine::Rating;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;

use crate::components::journey::{focus_errors, ErrorList, TextWith};
use crate::components::tr;
use crate::components::{competence_provenance, BackLink, LocalText, ProvenanceLine};
use crate::i18n::{fill, Key};
use crate::session::{use_session, Screen};

/// How long typing must pause before the remaining characters are announced to screen readers.
const ANNOUNCE_AFTER_MS: u64 = 1000;

/// "You have 12 characters remaining" / "You have 3 characters too many".
fn count_message(key_one: Key, key_many: Key, n: usize, lang: hjcp_engine::Lang) -> String {
    if n == 1 {
        key_one.text(lang).to_string()
    } else {
        fill(key_many.text(lang), &[("count", &n.to_string())])
    }
}

#[component]
pub fn RateScreen(ix: usize) -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.redirect(Screen::Start);
        return ().into_any();
    };
    let Some(competence) = framework.competences.get(ix) else {
        session.redirect(Screen::TaskList);
        return ().into_any();
    };
    let area = framework.area(competence.area);
    // Questions are asked area by area: where this one sits in its area decides the caption,
    // the back link and where Continue goes.
    let in_area: Vec<usize> =
        framework.competences_in(competence.area).map(|(c, _)| c.get()).collect();
    let position = in_area.iter().position(|&c| c == ix).unwrap_or(0);
    let in_area_total = in_area.len();

    let id = competence.id.clone();
    let current = {
        let id = id.clone();
        Memo::new(move |_| session.current_answers().rating(&id))
    };
    let stored_note =
        session.current_answers().answers.get(&id).map(|a| a.note.clone()).unwrap_or_default();
    let has_note = !stored_note.is_empty();
    let note = RwSignal::new(stored_note);
    let note_len = Memo::new(move |_| note.with(|n| n.chars().count()));
    let announced = RwSignal::new(String::new());
    let announce_timer = StoredValue::new_local(None::<TimeoutHandle>);

    let rating_error = RwSignal::new(false);
    let note_error = RwSignal::new(false);
    let t = move |k| session.t(k);
    let errors = Signal::derive(move || {
        let mut list = Vec::new();
        if rating_error.get() {
            list.push((t(Key::ErrorChooseRating).to_string(), "rating-0"));
        }
        if note_error.get() {
            list.push((
                fill(t(Key::RateErrorNoteLong), &[("max", &NOTE_MAX_CHARS.to_string())]),
                "evidence",
            ));
        }
        list
    });
    let count_text = move || {
        let lang = session.lang();
        let n = note_len.get();
        if n > NOTE_MAX_CHARS {
            count_message(
                Key::RateNoteTooManyOne,
                Key::RateNoteTooManyMany,
                n - NOTE_MAX_CHARS,
                lang,
            )
        } else {
            count_message(
                Key::RateNoteRemainingOne,
                Key::RateNoteRemainingMany,
                NOTE_MAX_CHARS - n,
                lang,
            )
        }
    };

    let count_class = move || {
        if note_len.get() > NOTE_MAX_CHARS {
            "hjcp-character-count__message hjcp-error-text"
        } else {
            "hjcp-character-count__message hjcp-hint"
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        rating_error.set(current.get_untracked().is_none());
        note_error.set(note_len.get_untracked() > NOTE_MAX_CHARS);
        if rating_error.get_untracked() || note_error.get_untracked() {
            focus_errors();
            return;
        }
        session.continue_to(session.after_question(ix));
    };
    let choose = {
        let id = id.clone();
        move |rating: Rating| {
            rating_error.set(false);
            session.set_rating(&id, Some(rating));
        }
    };
    let on_note = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            let len = value.chars().count();
            // A note over the limit is not saved (the engine would cut it); the count says why.
            if len <= NOTE_MAX_CHARS {
                session.set_note(&id, &value);
                note_error.set(false);
            }
            note.set(value);
            // Screen readers hear the count once typing pauses, not after every key.
            if let Some(handle) = announce_timer.get_value() {
                handle.clear();
            }
            let handle = set_timeout_with_handle(
                move || announced.set(count_text()),
                std::time::Duration::from_millis(ANNOUNCE_AFTER_MS),
            )
            .ok();
            announce_timer.set_value(handle);
        }
    };
    on_cleanup(move || {
        if let Some(handle) = announce_timer.try_get_value().flatten() {
            handle.clear();
        }
    });
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
                        <LocalText text=s.label.clone() />
                    </label>
                    // On a phone a choice shows only the competence's own example for its step:
                    // the scale's general words, the same on every question, are one tap away
                    // in "What each level means" (widget.css), so Continue is within two screens.
                    <div class="hjcp-radios__hint" id=hint_id>
                        <span class="hjcp-descriptor"><LocalText text=s.descriptor.clone() /></span>
                        {indicator.map(|text| view! { <span class="hjcp-indicator"> " " <LocalText text=text.clone() /></span> })}
                    </div>
                </div>
            }
        })
        .collect_view();
    let levels = framework
        .scale
        .iter()
        .map(|s| view! { <div><dt><LocalText text=s.label.clone() /></dt><dd><LocalText text=s.descriptor.clone() /></dd></div> })
        .collect_view();
    let choose_not_sure = choose.clone();
    // Until the person rates it, the competence counts at the area's quick estimate: say so.
    let estimated_note = {
        let id = id.clone();
        let area_id = area.id.clone();
        let scale = framework.scale.clone();
        move || {
            let answers = session.current_answers();
            if answers.rating(&id).is_some() {
                return None;
            }
            let label = scale.get(usize::from(answers.estimate(&area_id)?))?.label.clone();
            Some(view! {
                <div class="hjcp-inset hjcp-estimated">
                    <p><TextWith template=Key::RateEstimated placeholder="level" text=label /></p>
                </div>
            })
        }
    };
    // How far through the whole framework, or through what the target role needs while the
    // person is rating just that.
    let overall = move || {
        let count = |(done, total): (usize, usize)| {
            [("answered", done.to_string()), ("total", total.to_string())]
        };
        let (key, values) = match session.rating_for() {
            Some(_) => (Key::RateScopeProgress, count(session.target_needs_progress())),
            None => (Key::RateOverallProgress, count(session.overall_progress())),
        };
        let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        fill(t(key), &values)
    };
    let provenance_fields = competence_provenance(competence);
    view! {
        <BackLink />
        <ErrorList errors />
        <form on:submit=submit novalidate>
            <div class=move || if rating_error.get() { "hjcp-form-group hjcp-form-group--error" } else { "hjcp-form-group" }>
                <fieldset class="hjcp-fieldset" aria-describedby="rate-hint">
                    <legend class="hjcp-fieldset__legend">
                        <span class="hjcp-caption">
                            <LocalText text=area.title.clone() />
                            " · "
                            <span>{move || fill(t(Key::RateQuestionInArea), &[("n", &(position + 1).to_string()), ("total", &in_area_total.to_string())])}</span>
                            " · "
                            <span class="hjcp-caption--progress">{overall}</span>
                        </span>
                        <h1 class="hjcp-heading-l" tabindex="-1"><LocalText text=competence.title.clone() /></h1>
                    </legend>
                    {(!competence.description.en.is_empty()).then(|| view! { <p><LocalText text=competence.description.clone() /></p> })}
                    {estimated_note}
                    <p class="hjcp-hint" id="rate-hint">{tr(Key::RateHint)}</p>
                    <Show when=move || rating_error.get()>
                        <p class="hjcp-error-message">{tr(Key::ErrorChooseRating)}</p>
                    </Show>
                    <div class="hjcp-radios">
                        {options}
                        <p class="hjcp-radios__divider">{tr(Key::Or)}</p>
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
                            <label class="hjcp-radios__label" for="rating-not-sure">{tr(Key::NotSure)}</label>
                            <div class="hjcp-radios__hint" id="rating-not-sure-hint">{tr(Key::NotSureHint)}</div>
                        </div>
                    </div>
                    <details class="hjcp-disclosure hjcp-levels">
                        <summary class="hjcp-disclosure__summary"><span>{tr(Key::RateLevelsOpen)}</span></summary>
                        <div class="hjcp-disclosure__text">
                            <dl class="hjcp-keyvals hjcp-keyvals--stacked">{levels}</dl>
                        </div>
                    </details>
                </fieldset>
            </div>
            // The note is optional and most people skip it: one line until opened (open from
            // the start when there is a note already).
            <details class="hjcp-disclosure hjcp-evidence" open=has_note>
                <summary class="hjcp-disclosure__summary"><span>{tr(Key::RateNoteOpen)}</span></summary>
                <div class=move || if note_error.get() { "hjcp-form-group hjcp-form-group--error hjcp-character-count" } else { "hjcp-form-group hjcp-character-count" }>
                    <label class="hjcp-field-label hjcp-field-label--s" for="evidence">{tr(Key::RateNoteLabel)}</label>
                    <p class="hjcp-hint" id="evidence-hint">{tr(Key::RateNoteHint)}</p>
                    <Show when=move || note_error.get()>
                        <p class="hjcp-error-message" id="evidence-error">
                            {move || fill(t(Key::RateErrorNoteLong), &[("max", &NOTE_MAX_CHARS.to_string())])}
                        </p>
                    </Show>
                    <textarea
                        class=move || if note_error.get() { "hjcp-textarea hjcp-textarea--error" } else { "hjcp-textarea" }
                        id="evidence"
                        name="evidence"
                        rows="5"
                        aria-describedby=move || if note_error.get() { "evidence-hint evidence-count evidence-error" } else { "evidence-hint evidence-count" }
                        prop:value=move || note.get()
                        on:input=on_note
                    ></textarea>
                    // The visible count is not a live region (it would speak after every key); the
                    // hidden one below is updated once typing pauses.
                    <p
                        id="evidence-count"
                        class=count_class
                    >{count_text}</p>
                    <p class="hjcp-visually-hidden" aria-live="polite">{move || announced.get()}</p>
                </div>
            </details>
            <div class="hjcp-button-group">
                <button type="submit" class="hjcp-button">{tr(Key::ContinueButton)}</button>
                <button type="button" class="hjcp-link-button" on:click=move |_| {
                    session.go(Screen::TaskList);
                }>{tr(Key::JourneyReturnTaskList)}</button>
            </div>
        </form>
        // Where the title, the description and the examples come from: last, as it is about
        // the whole question, and so a phone shows the first choice on its first screen and
        // Continue within two.
        <ProvenanceLine framework=framework.clone() fields=provenance_fields />
    }
    .into_any()
}
