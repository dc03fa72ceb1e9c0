//! Pieces shared by the results screens: results, role, path, map, compare, plan and browse.

use std::sync::Arc;

use leptos::prelude::*;

use super::LocalText;
use crate::i18n::Key;

use hjcp_engine::{
    EntryCheck, EntryRequirement, EntryStatus, Explanation, Framework, Part, Path, Proficiency,
    Rating, RequirementFit, RequirementStatus, RoleFit, RoleIx, RouteKind,
};

use super::tr;
use crate::i18n::fill;
use crate::session::{use_session, Screen};

/// A role's title as a link-styled button that opens the role's details.
#[component]
pub fn RoleLink(role: RoleIx) -> impl IntoView {
    let session = use_session();
    let framework = session.framework_untracked();
    framework.as_deref().and_then(|f| f.roles.get(role.get())).map(|r| {
        view! {
            <button type="button" class="hjcp-link-button hjcp-role-link" on:click=move |_| session.go(Screen::Role(role))>
                <LocalText text=r.title.clone() />
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
        let Some(framework) = &framework else { return Vec::new() };
        spans_view(hjcp_words::parts_spans(&parts, framework, session.lang()))
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
pub fn RequirementItem(framework: Arc<Framework>, req: RequirementFit) -> impl IntoView {
    let c = framework.competence(req.competence);
    view! {
        <li class="hjcp-req">
            <span class="hjcp-req__title"><LocalText text=c.title.clone() /></span>
            <RequirementTag status=req.status />
            <NeedsVersusYou required=req.required rating=req.rating estimated=req.estimated />
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
    let framework = session.framework_untracked();
    framework
        .as_deref()
        .and_then(|f| f.scale.get(step as usize))
        .map(|s| view! { <LocalText text=s.label.clone() /> })
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
pub fn NeedsVersusYou(
    required: Proficiency,
    rating: Option<Rating>,
    /// The person's level is their quick estimate for the area, not a rating.
    #[prop(optional)]
    estimated: bool,
) -> impl IntoView {
    let estimated = estimated.then(|| view! { " " {tr(Key::ResultsEstimated)} });
    view! {
        <span class="hjcp-needs">
            <span class="hjcp-needs__item">{tr(Key::ResultsNeedsLabel)} " " <strong><ScaleLabel step=required /></strong></span>
            " "
            <span class="hjcp-needs__item">{tr(Key::ResultsYouLabel)} " " <strong><RatingLabel rating /></strong>{estimated}</span>
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
        let lang = session.lang();
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
pub fn EntryList(entry: Vec<EntryRequirement>, checks: Vec<EntryCheck>) -> impl IntoView {
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
                                <span class="hjcp-entry-option__text"><LocalText text=o.text.clone() /></span>
                                <EntryTag status />
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="hjcp-entry-options">
                        <p class="hjcp-entry-options__label">{tr(Key::EntryAnyOf)}</p>
                        <ul class="hjcp-plain-list">{items}</ul>
                    </div>
                }
            });
            view! {
                <li class="hjcp-req hjcp-entry">
                    <span class="hjcp-req__title"><LocalText text=e.text().clone() /></span>
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
    view! { <p class="hjcp-tag hjcp-tag--lived">{tr(Key::LivedExperienceTag)}</p> }
}

/// A link to a publisher's page, which opens in a new tab and says that it leaves this tool.
/// Only `https://` addresses are shown (the content compiler checks this too).
#[component]
pub fn ExternalLink(url: String, label: Key) -> impl IntoView {
    let session = use_session();
    url.starts_with("https://").then(|| {
        view! {
            <p class="hjcp-external">
                <a class="hjcp-link--external" href=url target="_blank" rel="noopener noreferrer">
                    {move || session.t(label)}
                    " "
                    <span class="hjcp-external__note">{tr(Key::ExternalLinkNote)}</span>
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

/// In a printout only, where a list stops: how many more the tool shows (nothing when none).
#[component]
pub fn PrintMore(count: usize) -> impl IntoView {
    let session = use_session();
    (count > 0).then(|| {
        view! {
            <p class="hjcp-print-only hjcp-print-more">
                {move || fill(session.t(Key::PrintMore), &[("count", &count.to_string())])}
            </p>
        }
    })
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
                let n = session.compared().len();
                (screen == Screen::Compare && n > 0).then(|| format!(" ({n})"))
            };
            view! {
                <li>
                    <button type="button" class="hjcp-link-button" on:click=move |_| session.go(screen)>
                        {move || t(key)}{count}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="hjcp-related" aria-labelledby="hjcp-related-heading">
            <h2 class="hjcp-heading-m" id="hjcp-related-heading">{tr(Key::ResultsRelatedHeading)}</h2>
            <ul class="hjcp-link-list">{items}</ul>
        </nav>
    }
}
