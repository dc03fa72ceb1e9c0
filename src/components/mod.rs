//! Small pieces shared by several screens.

use hjcp_engine::{Provenance, Text};
use leptos::prelude::*;

use crate::i18n::Key;
use crate::session::{use_session, SaveStatus};

/// Framework text in the person's language; English shown in a Welsh UI is marked
/// `lang="en"` so screen readers pronounce it correctly.
#[component]
pub fn LocalText(text: &'static Text) -> impl IntoView {
    let session = use_session();
    move || {
        let (s, native) = text.get(session.lang.get());
        let lang = (!native).then_some("en");
        view! { <span lang=lang>{s}</span> }
    }
}

/// Says whether content is the source's own wording or written for this tool.
#[component]
pub fn ProvenanceTag(provenance: Provenance) -> impl IntoView {
    let session = use_session();
    let (key, class) = match provenance {
        Provenance::Official => (Key::ProvenanceOfficial, "hjcp-tag hjcp-tag--official"),
        Provenance::Illustrative => {
            (Key::ProvenanceIllustrative, "hjcp-tag hjcp-tag--illustrative")
        }
    };
    view! { <p class=class>{move || session.t(key)}</p> }
}

/// "Saved on this device" only after a write succeeded; a plain warning when it failed.
#[component]
pub fn SaveMessage() -> impl IntoView {
    let session = use_session();
    move || match session.save_status.get() {
        SaveStatus::Idle | SaveStatus::ReadOnly => ().into_any(),
        SaveStatus::Saved => view! {
            <p class="hjcp-saved" role="status">{session.t(Key::Saved)}</p>
        }
        .into_any(),
        SaveStatus::Failed(e) => {
            let key = match e {
                crate::storage::StoreError::Full => Key::NotSavedFull,
                crate::storage::StoreError::Unavailable => Key::NotSavedUnavailable,
            };
            view! {
                <div class="hjcp-warning" role="alert">
                    <p>{session.t(key)}</p>
                </div>
            }
            .into_any()
        }
    }
}

/// Moves keyboard focus to the first element matching `selector`, if any.
pub fn focus_selector(selector: &str) {
    if let Some(el) = document().query_selector(selector).ok().flatten() {
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    }
}

// ---------------------------------------------------------------------------------------
// Results screens: pieces shared by results, role, path, map, compare, plan and browse.
// ---------------------------------------------------------------------------------------

use std::cell::RefCell;

use hjcp_engine::{
    EntryCheck, EntryRequirement, EntryStatus, Explanation, Framework, Part, Path, Proficiency,
    Rating, RequirementFit, RequirementStatus, RoleFit, RoleIx, RouteKind,
};

use crate::i18n::fill;
use crate::session::{Screen, Session};

thread_local! {
    /// Where "Back" goes on the results screens: the screens the person came through, most
    /// recent last. Cleared whenever the results screen is shown.
    static BACK: RefCell<Vec<Screen>> = const { RefCell::new(Vec::new()) };
}

/// Goes to `to`, remembering the current screen for the back link.
pub fn go_forward(session: Session, to: Screen) {
    let here = session.screen.get_untracked();
    if here != to {
        BACK.with(|b| b.borrow_mut().push(here));
    }
    session.go(to);
}

/// Forgets the back trail (the results screen is where every trail starts).
pub fn reset_back_trail() {
    BACK.with(|b| b.borrow_mut().clear());
}

/// The "Back" link of a results screen: to the screen the person came from, or `fallback`.
#[component]
pub fn BackLink(#[prop(default = Screen::Results)] fallback: Screen) -> impl IntoView {
    let session = use_session();
    let back = move |_| {
        let here = session.screen.get_untracked();
        let to = BACK.with(|b| {
            let mut b = b.borrow_mut();
            while let Some(s) = b.pop() {
                if s != here {
                    return Some(s);
                }
            }
            None
        });
        session.go(to.unwrap_or(fallback));
    };
    view! { <button type="button" class="hjcp-back-link" on:click=back>{move || session.t(Key::Back)}</button> }
}

/// A role's title as a link-styled button that opens the role's details.
#[component]
pub fn RoleLink(role: RoleIx) -> impl IntoView {
    let session = use_session();
    let framework = session.framework_untracked();
    framework.and_then(|f| f.roles.get(role.get())).map(|r| {
        view! {
            <button type="button" class="hjcp-link-button hjcp-role-link" on:click=move |_| go_forward(session, Screen::Role(role))>
                <LocalText text=&r.title />
            </button>
        }
    })
}

/// An explanation from the engine, in the person's language (worded by hjcp-words). Names
/// that exist only in English are marked `lang="en"` inside a Welsh sentence.
#[component]
pub fn ExplanationText(explanation: Explanation) -> impl IntoView {
    view! { <PartsText parts=explanation.parts /> }
}

/// Some parts of an explanation (a path summary, one step).
#[component]
pub fn PartsText(parts: Vec<Part>) -> impl IntoView {
    let session = use_session();
    let framework = session.framework_untracked();
    move || {
        let Some(framework) = framework else { return Vec::new() };
        spans_view(hjcp_words::parts_spans(&parts, framework, session.lang.get()))
    }
}

/// Text from hjcp-words as nodes: framework names with no Welsh yet are marked `lang="en"`.
pub fn spans_view(spans: Vec<hjcp_words::Span>) -> Vec<AnyView> {
    spans
        .into_iter()
        .map(|s| {
            if s.english {
                view! { <span lang="en">{s.text}</span> }.into_any()
            } else {
                s.text.into_any()
            }
        })
        .collect()
}

/// One competence a role needs, with its status and the step needed against the person's.
#[component]
pub fn RequirementItem(framework: &'static Framework, req: RequirementFit) -> impl IntoView {
    let c = framework.competence(req.competence);
    view! {
        <li class="hjcp-req">
            <span class="hjcp-req__title"><LocalText text=&c.title /></span>
            <RequirementTag status=req.status />
            <NeedsVersusYou required=req.required rating=req.rating />
        </li>
    }
}

/// A small icon drawn in SVG, hidden from assistive technology: the text beside it says the
/// same thing, so status never depends on the icon or its colour.
#[component]
pub fn StatusIcon(shape: &'static str) -> impl IntoView {
    let d = match shape {
        "tick" => "M3.5 8.5l3 3 6-7",
        "half" => "M8 2a6 6 0 1 0 0 12z",
        "cross" => "M4 4l8 8M12 4l-8 8",
        "question" => "M5.8 6.2a2.3 2.3 0 1 1 3.2 2.1c-.7.3-1 .8-1 1.5v.6M8 12.4v.2",
        _ => "M3 8h10",
    };
    let filled = shape == "half";
    view! {
        <svg class="hjcp-status__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" />
            <path d=d fill=if filled { "currentColor" } else { "none" } stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}

/// Met / Partly met / Gap / Not rated, as an icon and words.
#[component]
pub fn RequirementTag(status: RequirementStatus) -> impl IntoView {
    let session = use_session();
    let (key, class, shape) = match status {
        RequirementStatus::Met => (Key::ResultsStatusMet, "hjcp-status hjcp-status--met", "tick"),
        RequirementStatus::PartlyMet => {
            (Key::ResultsStatusPartly, "hjcp-status hjcp-status--partly", "half")
        }
        RequirementStatus::Gap => (Key::ResultsStatusGap, "hjcp-status hjcp-status--gap", "cross"),
        RequirementStatus::NotRated => {
            (Key::ResultsStatusNotRated, "hjcp-status hjcp-status--unknown", "question")
        }
    };
    view! { <span class=class><StatusIcon shape /><span>{move || session.t(key)}</span></span> }
}

/// Entry requirement met / not met / check for yourself, as an icon and words.
#[component]
pub fn EntryTag(status: EntryStatus) -> impl IntoView {
    let session = use_session();
    let (key, class, shape) = match status {
        EntryStatus::Met => (Key::ResultsEntryMet, "hjcp-status hjcp-status--met", "tick"),
        EntryStatus::NotMet => (Key::ResultsEntryNotMet, "hjcp-status hjcp-status--gap", "cross"),
        EntryStatus::Unknown => {
            (Key::ResultsEntryUnknown, "hjcp-status hjcp-status--unknown", "question")
        }
    };
    view! { <span class=class><StatusIcon shape /><span>{move || session.t(key)}</span></span> }
}

/// A step of the proficiency scale in words ("Confident"), from the framework.
#[component]
pub fn ScaleLabel(step: Proficiency) -> impl IntoView {
    let session = use_session();
    session
        .framework_untracked()
        .and_then(|f| f.scale.get(step as usize))
        .map(|s| view! { <LocalText text=&s.label /> })
}

/// The person's own rating in words: a scale step, "not sure", or "not rated yet".
#[component]
pub fn RatingLabel(rating: Option<Rating>) -> impl IntoView {
    let session = use_session();
    match rating {
        Some(Rating::Level(p)) => view! { <ScaleLabel step=p /> }.into_any(),
        Some(Rating::NotSure) => (move || session.t(Key::ResultsRatingNotSure)).into_any(),
        None => (move || session.t(Key::ResultsRatingNone)).into_any(),
    }
}

/// "Needs: Confident. You: Developing." for one requirement.
#[component]
pub fn NeedsVersusYou(required: Proficiency, rating: Option<Rating>) -> impl IntoView {
    let session = use_session();
    view! {
        <span class="hjcp-needs">
            <span class="hjcp-needs__item">{move || session.t(Key::ResultsNeedsLabel)} " " <strong><ScaleLabel step=required /></strong></span>
            " "
            <span class="hjcp-needs__item">{move || session.t(Key::ResultsYouLabel)} " " <strong><RatingLabel rating /></strong></span>
        </span>
    }
}

/// The route kind as a short label ("Apprenticeship").
pub fn route_kind_key(kind: RouteKind) -> Key {
    match kind {
        RouteKind::Promotion => Key::ResultsKindPromotion,
        RouteKind::FastTrack => Key::ResultsKindFastTrack,
        RouteKind::Apprenticeship => Key::ResultsKindApprenticeship,
        RouteKind::Qualification => Key::ResultsKindQualification,
        RouteKind::Lateral => Key::ResultsKindLateral,
        RouteKind::DirectEntry => Key::ResultsKindDirectEntry,
    }
}

/// "Apprenticeship, typically 18 months", or "Qualification programme, typically 15 to 21
/// months" when the length depends on something we do not know (without months when none are
/// given).
#[component]
pub fn RouteSummary(
    kind: RouteKind,
    months: u16,
    /// The shorter end of the length, when it may be shorter than `months`.
    #[prop(optional)]
    months_min: Option<u16>,
) -> impl IntoView {
    let session = use_session();
    let min = months_min.unwrap_or(months).min(months);
    move || {
        let lang = session.lang.get();
        let kind = session.t(route_kind_key(kind));
        if months == 0 {
            kind.to_string()
        } else {
            let length = hjcp_words::months_range(u32::from(min), u32::from(months), lang);
            fill(session.t(Key::ResultsKindMonths), &[("kind", kind), ("months", &length)])
        }
    }
}

/// A role's fit: the percentage, then the four counts it is made of, so the percentage never
/// stands alone beside a different ratio. Nothing for a role that lists no competences.
#[component]
pub fn FitCounts(fit: RoleFit) -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let score = fit.score;
    // With none of its competences rated, 0% would claim a poor fit we cannot know.
    let known = fit.not_rated < fit.total();
    let counts = [
        (Key::FitCountMet, fit.met),
        (Key::FitCountPartly, fit.partly),
        (Key::FitCountGaps, fit.gaps),
        (Key::FitCountNotRated, fit.not_rated),
    ];
    (fit.total() > 0).then(|| {
        let items = counts
            .into_iter()
            .map(|(key, n)| view! { <li>{move || fill(t(key), &[("n", &n.to_string())])}</li> })
            .collect_view();
        view! {
            <div class="hjcp-fit-block">
                <p class="hjcp-fit"><strong>{move || if known { fill(t(Key::FitPercent), &[("percent", &score.to_string())]) } else { t(Key::FitUnknown).to_string() }}</strong></p>
                <ul class="hjcp-fit-counts">{items}</ul>
            </div>
        }
    })
}

/// A role's (or a route's) entry requirements with their status for the person. A requirement
/// met by any one of several options lists them after "Any one of:", each with its own status,
/// so the person can see which one they meet.
#[component]
pub fn EntryList(entry: &'static [EntryRequirement], checks: Vec<EntryCheck>) -> impl IntoView {
    let session = use_session();
    let items = checks
        .into_iter()
        .filter_map(|check| entry.get(check.index).map(|e| (e, check)))
        .map(|(e, check)| {
            let options = (e.any_of.len() > 1).then(|| {
                let items = e
                    .any_of
                    .iter()
                    .zip(check.options.iter().copied())
                    .map(|(o, status)| {
                        view! {
                            <li class="hjcp-entry-option">
                                <span class="hjcp-entry-option__text"><LocalText text=&o.text /></span>
                                <EntryTag status />
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="hjcp-entry-options">
                        <p class="hjcp-entry-options__label">{move || session.t(Key::EntryAnyOf)}</p>
                        <ul class="hjcp-plain-list">{items}</ul>
                    </div>
                }
            });
            view! {
                <li class="hjcp-req hjcp-entry">
                    <span class="hjcp-req__title"><LocalText text=e.text() /></span>
                    <EntryTag status=check.status />
                    {options}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="hjcp-req-list">{items}</ul> }
}

/// "Asks for lived experience": peer roles, whose main requirement is the person's own
/// experience, which the tool never asks about.
#[component]
pub fn LivedExperienceTag() -> impl IntoView {
    let session = use_session();
    view! { <p class="hjcp-tag hjcp-tag--lived">{move || session.t(Key::LivedExperienceTag)}</p> }
}

/// A link to a publisher's page, which opens in a new tab and says that it leaves this tool.
/// Only `https://` addresses are shown (the content compiler checks this too).
#[component]
pub fn ExternalLink(url: &'static str, label: Key) -> impl IntoView {
    let session = use_session();
    url.starts_with("https://").then(|| {
        view! {
            <p class="hjcp-external">
                <a class="hjcp-link--external" href=url target="_blank" rel="noopener noreferrer">
                    {move || session.t(label)}
                    " "
                    <span class="hjcp-external__note">{move || session.t(Key::ExternalLinkNote)}</span>
                </a>
            </p>
        }
    })
}

/// The steps of a path in brief, in order: each route with its length, and the role it leads
/// to. The path screen shows the same steps in full.
#[component]
pub fn WaySteps(path: Path) -> impl IntoView {
    let items = path
        .steps
        .iter()
        .map(|s| {
            view! {
                <li class="hjcp-way__step">
                    <span class="hjcp-way__role"><RoleLink role=s.step.to /></span>
                    <span class="hjcp-visually-hidden">", "</span>
                    <span class="hjcp-way__how"><RouteSummary kind=s.step.kind months=s.months_max months_min=s.months_min /></span>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="hjcp-way">{items}</ol> }
}

/// The onward links every results screen offers, except the one it is on.
#[component]
pub fn ResultsLinks(current: Screen) -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let links: Vec<(Screen, Key)> = vec![
        (Screen::Results, Key::ResultsLinkResults),
        (Screen::Path, Key::ResultsLinkPath),
        (Screen::Plan, Key::ResultsLinkPlan),
        (Screen::Map, Key::ResultsLinkMap),
        (Screen::Compare, Key::ResultsLinkCompare),
        (Screen::Browse, Key::ResultsLinkBrowse),
        (Screen::TakeAway, Key::ResultsLinkTakeAway),
        (Screen::TaskList, Key::ResultsLinkChange),
    ];
    let items = links
        .into_iter()
        .filter(|(s, _)| *s != current)
        .map(|(screen, key)| {
            let count = move || {
                let n = session.compare.get().len();
                (screen == Screen::Compare && n > 0).then(|| format!(" ({n})"))
            };
            view! {
                <li>
                    <button type="button" class="hjcp-link-button" on:click=move |_| go_forward(session, screen)>
                        {move || t(key)}{count}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="hjcp-related" aria-labelledby="hjcp-related-heading">
            <h2 class="hjcp-heading-m" id="hjcp-related-heading">{move || t(Key::ResultsRelatedHeading)}</h2>
            <ul class="hjcp-link-list">{items}</ul>
        </nav>
    }
}

/// Asks the browser to print the page (the print stylesheet hides the controls).
#[component]
pub fn PrintButton(label: Key) -> impl IntoView {
    let session = use_session();
    view! {
        <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| {
            let _ = window().print();
        }>{move || session.t(label)}</button>
    }
}

// ---------------------------------------------------------------------------------------
// Journey screens: pieces shared by persona, current role, facts, target, task list, rate,
// check answers, progress and save/share/print. In their own module so names cannot clash.
// ---------------------------------------------------------------------------------------

pub mod journey {
    use hjcp_engine::{Framework, Lang, Rating, Text};
    use leptos::prelude::*;

    use super::{focus_selector, LocalText};
    use crate::i18n::Key;
    use crate::session::use_session;

    /// The GOV.UK error summary for one or more problems, each (message, id of the field at
    /// fault). It does not take focus by itself (a language switch re-renders it); the form
    /// calls `focus_errors` when a submission fails, so the person hears what went wrong.
    #[component]
    pub fn ErrorList(errors: Signal<Vec<(String, &'static str)>>) -> impl IntoView {
        let session = use_session();
        Effect::new(move |_| session.showing_errors.set(errors.with(|list| !list.is_empty())));
        on_cleanup(move || session.showing_errors.set(false));
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
                        <h2 class="hjcp-error-summary__title">{move || session.t(Key::ErrorSummaryTitle)}</h2>
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
    pub fn RatingWords(framework: &'static Framework, rating: Rating) -> impl IntoView {
        let session = use_session();
        match rating {
            Rating::Level(p) => {
                let top = framework.scale.len().saturating_sub(1);
                let step = &framework.scale[(p as usize).min(top)];
                view! { <LocalText text=&step.label /> }.into_any()
            }
            Rating::NotSure => (move || session.t(Key::NotSure)).into_any(),
        }
    }

    /// A UI string with framework text in place of `{placeholder}`: the framework text keeps
    /// its own `lang` marking, which a plain `fill` would lose.
    #[component]
    pub fn TextWith(
        template: Key,
        placeholder: &'static str,
        text: &'static Text,
    ) -> impl IntoView {
        let session = use_session();
        let marker = format!("{{{placeholder}}}");
        let before = {
            let marker = marker.clone();
            move || {
                session
                    .t(template)
                    .split_once(marker.as_str())
                    .map_or(session.t(template), |(b, _)| b)
            }
        };
        let after = move || session.t(template).split_once(marker.as_str()).map_or("", |(_, a)| a);
        view! { {before}<LocalText text />{after} }
    }

    /// A moment as people write it: "3 March 2025 at 2:05pm" (local time), in the UI language.
    pub fn plain_date(ms: u64, lang: Lang) -> String {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
        let month = match date.get_month() {
            0 => Key::ProgressMonth1,
            1 => Key::ProgressMonth2,
            2 => Key::ProgressMonth3,
            3 => Key::ProgressMonth4,
            4 => Key::ProgressMonth5,
            5 => Key::ProgressMonth6,
            6 => Key::ProgressMonth7,
            7 => Key::ProgressMonth8,
            8 => Key::ProgressMonth9,
            9 => Key::ProgressMonth10,
            10 => Key::ProgressMonth11,
            _ => Key::ProgressMonth12,
        };
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
                ("month", month.text(lang)),
                ("year", &date.get_full_year().to_string()),
                ("time", &time),
            ],
        )
    }

    /// What a role question's radios hold: nothing chosen yet, "none of these" (`Some(None)`),
    /// or a role id.
    pub type RoleChoice = Option<Option<String>>;

    /// Radios for choosing one role, grouped by job family into fieldsets (easier to scan than
    /// one long list, and still one radio group for the keyboard), then "or" and a "none"
    /// option. The first radio has the id `{name}-first` for the error summary to link to.
    #[component]
    pub fn RoleRadios(
        framework: &'static Framework,
        name: &'static str,
        choice: RwSignal<RoleChoice>,
        error: RwSignal<bool>,
        none_label: Key,
        none_hint: Key,
    ) -> impl IntoView {
        let session = use_session();
        let t = move |k| session.t(k);
        let mut families: Vec<(&'static Text, Vec<usize>)> = Vec::new();
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
                                <label class="hjcp-radios__label" for=input_id><LocalText text=&role.title /></label>
                                <div class="hjcp-radios__hint" id=hint_id><LocalText text=&framework.level(role.level).label /></div>
                            </div>
                        }
                    })
                    .collect_view();
                view! {
                    <fieldset class="hjcp-fieldset hjcp-fieldset--group">
                        <legend class="hjcp-fieldset__legend hjcp-fieldset__legend--s"><LocalText text=family /></legend>
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
                <p class="hjcp-radios__divider">{move || t(Key::Or)}</p>
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
}
// End of journey screens.
