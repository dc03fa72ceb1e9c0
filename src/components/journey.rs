//! Pieces shared by the journey screens: persona, current role, facts, target, task list,
//! rate, check answers, progress and save/share/print.

use std::sync::Arc;

use hjcp_engine::{Framework, Lang, Rating, Text};
use leptos::prelude::*;

use super::tr;
use super::{focus_selector, LocalText};
use crate::i18n::Key;
use crate::session::use_session;

/// The GOV.UK error summary for one or more problems, each (message, id of the field at
/// fault). It does not take focus by itself (a language switch re-renders it); the form
/// calls `focus_errors` when a submission fails, so the person hears what went wrong.
#[component]
pub fn ErrorList(errors: Signal<Vec<(String, &'static str)>>) -> impl IntoView {
    let session = use_session();
    Effect::new(move |_| session.showing_errors_changed(errors.with(|list| !list.is_empty())));
    on_cleanup(move || session.showing_errors_changed(false));
    move || {
        let list = errors.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|(message, target)| {
                    view! {
                        <li>
                            <a href=format!("#{target}") on:click=move |ev| {
                                ev.prevent_default();
                                focus_selector(&format!("#{target}"));
                            }>{message}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="hjcp-error-summary" role="alert" tabindex="-1">
                    <h2 class="hjcp-error-summary__title">{tr(Key::ErrorSummaryTitle)}</h2>
                    <ul class="hjcp-error-summary__list">{items}</ul>
                </div>
            }
        })
    }
}

/// Moves focus to the error summary once it has been drawn.
pub fn focus_errors() {
    request_animation_frame(|| focus_selector(".hjcp-error-summary"));
}

/// A rating in words: the label of the framework's scale step, or "Not sure".
#[component]
pub fn RatingWords(framework: Arc<Framework>, rating: Rating) -> impl IntoView {
    let session = use_session();
    match rating {
        Rating::Level(p) => {
            let top = framework.scale.len().saturating_sub(1);
            let step = &framework.scale[(p as usize).min(top)];
            view! { <LocalText text=step.label.clone() /> }.into_any()
        }
        Rating::NotSure => (move || session.t(Key::NotSure)).into_any(),
    }
}

/// A UI string with framework text in place of `{placeholder}`: the framework text keeps
/// its own `lang` marking, which a plain `fill` would lose.
#[component]
pub fn TextWith(template: Key, placeholder: &'static str, text: Text) -> impl IntoView {
    let session = use_session();
    let marker = format!("{{{placeholder}}}");
    let before = {
        let marker = marker.clone();
        move || {
            session.t(template).split_once(marker.as_str()).map_or(session.t(template), |(b, _)| b)
        }
    };
    let after = move || session.t(template).split_once(marker.as_str()).map_or("", |(_, a)| a);
    view! { {before}<LocalText text />{after} }
}

/// A moment as people write it: "3 March 2025 at 2:05pm" (local time), in the UI language.
pub fn plain_date(ms: u64, lang: Lang) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let hours = date.get_hours();
    let time = format!(
        "{}:{:02}{}",
        if hours % 12 == 0 { 12 } else { hours % 12 },
        date.get_minutes(),
        if hours < 12 { "am" } else { "pm" }
    );
    crate::i18n::fill(
        Key::ProgressDate.text(lang),
        &[
            ("day", &date.get_date().to_string()),
            ("month", month_key(&date).text(lang)),
            ("year", &date.get_full_year().to_string()),
            ("time", &time),
        ],
    )
}

/// A day as people write it: "2 December 2026" (local time), in the UI language.
pub fn plain_day(ms: u64, lang: Lang) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    crate::i18n::fill(
        Key::ProgressDay.text(lang),
        &[
            ("day", &date.get_date().to_string()),
            ("month", month_key(&date).text(lang)),
            ("year", &date.get_full_year().to_string()),
        ],
    )
}

/// The month of `date` (local time), as a UI string.
fn month_key(date: &js_sys::Date) -> Key {
    crate::i18n::MONTHS[(date.get_month() as usize).min(11)]
}

/// What a role question's radios hold: nothing chosen yet, "none of these" (`Some(None)`),
/// or a role id.
pub type RoleChoice = Option<Option<String>>;

/// Radios for choosing one role, grouped by job family into fieldsets (easier to scan than
/// one long list, and still one radio group for the keyboard), then "or" and a "none"
/// option. The first radio has the id `{name}-first` for the error summary to link to.
#[component]
pub fn RoleRadios(
    framework: Arc<Framework>,
    name: &'static str,
    choice: RwSignal<RoleChoice>,
    error: RwSignal<bool>,
    none_label: Key,
    none_hint: Key,
) -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let mut families: Vec<(&Text, Vec<usize>)> = Vec::new();
    for (ix, role) in framework.roles.iter().enumerate() {
        match families.iter_mut().find(|(f, _)| f.en == role.family.en) {
            Some((_, roles)) => roles.push(ix),
            None => families.push((&role.family, vec![ix])),
        }
    }
    let mut first = true;
    let groups = families
        .into_iter()
        .map(|(family, roles)| {
            let radios = roles
                .into_iter()
                .map(|ix| {
                    let role = &framework.roles[ix];
                    let input_id = if std::mem::take(&mut first) { format!("{name}-first") } else { format!("{name}-{}", role.id) };
                    let hint_id = format!("{name}-{}-hint", role.id);
                    let id = role.id.clone();
                    let checked = {
                        let id = id.clone();
                        move || choice.with(|c| matches!(c, Some(Some(x)) if *x == id))
                    };
                    view! {
                        <div class="hjcp-radios__item">
                            <input
                                class="hjcp-radios__input"
                                type="radio"
                                name=name
                                id=input_id.clone()
                                value=id.clone()
                                aria-describedby=hint_id.clone()
                                prop:checked=checked
                                on:change=move |_| {
                                    error.set(false);
                                    choice.set(Some(Some(id.clone())));
                                }
                            />
                            <label class="hjcp-radios__label" for=input_id><LocalText text=role.title.clone() /></label>
                            <div class="hjcp-radios__hint" id=hint_id><LocalText text=framework.level(role.level).label.clone() /></div>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="hjcp-fieldset hjcp-fieldset--group">
                    <legend class="hjcp-fieldset__legend hjcp-fieldset__legend--s"><LocalText text=family.clone() /></legend>
                    <div class="hjcp-radios">{radios}</div>
                </fieldset>
            }
        })
        .collect_view();
    let none_id = format!("{name}-none");
    let none_hint_id = format!("{name}-none-hint");
    view! {
        {groups}
        <div class="hjcp-radios">
            <p class="hjcp-radios__divider">{tr(Key::Or)}</p>
            <div class="hjcp-radios__item">
                <input
                    class="hjcp-radios__input"
                    type="radio"
                    name=name
                    id=none_id.clone()
                    value="none"
                    aria-describedby=none_hint_id.clone()
                    prop:checked=move || choice.with(|c| matches!(c, Some(None)))
                    on:change=move |_| {
                        error.set(false);
                        choice.set(Some(None));
                    }
                />
                <label class="hjcp-radios__label" for=none_id>{move || t(none_label)}</label>
                <div class="hjcp-radios__hint" id=none_hint_id>{move || t(none_hint)}</div>
            </div>
        </div>
    }
}
