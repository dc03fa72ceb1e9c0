//! The path to the person's target role, in each state the engine can give: the best path step
//! by step (the route, its length or range of lengths, what it gives, what to check, the gaps at
//! each step) and up to two other ways there, each with its steps one click away; "blocked" with
//! what is missing; "no route"; "already in this role"; and "no target yet".

use hjcp_engine::{Part, Path, PathOutcome, Recommendations, RoleFit, RoleIx};
use leptos::prelude::*;

use crate::components::tr;
use crate::components::RequirementItem;
use crate::components::{
    BackLink, ExternalLink, FitCounts, LocalText, PartsText, PrintButton, PrintedOn, ResultsLinks,
    RoleLink, RouteSummary, WaySteps,
};
use crate::i18n::{fill, Key};
use crate::session::{use_session, Screen};

#[component]
pub fn PathScreen() -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.redirect(Screen::Start);
        return ().into_any();
    };
    let t = move |k| session.t(k);
    let recommendations = Memo::new(move |_| session.recommendations());
    let heading_framework = framework.clone();
    let heading = move || {
        let target = recommendations.get().and_then(|r| r.target.map(|t| t.role));
        match target {
            Some(role) => {
                let (title, native) = heading_framework.role(role).title.get(session.lang());
                let title = title.to_string();
                view! {
                    {t(Key::PathHeadingTo)} " "
                    <span lang=(!native).then_some("en")>{title}</span>
                }
                .into_any()
            }
            None => t(Key::ScreenPath).into_any(),
        }
    };
    view! {
        <BackLink />
        <span class="hjcp-caption"><LocalText text=framework.title.clone() /></span>
        <h1 class="hjcp-heading-xl" tabindex="-1">{heading}</h1>
        <PrintedOn />
        {move || recommendations.get().map(|recs| view! { <PathBody recs /> })}
        <div class="hjcp-button-group">
            <PrintButton label=Key::PathPrint />
        </div>
        <ResultsLinks current=Screen::Path />
    }
    .into_any()
}

#[component]
fn PathBody(recs: Recommendations) -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let framework = session.framework_untracked().expect("framework");
    let fits = recs.fits.clone();
    let Some(target) = recs.target else {
        // No target yet: offer the top recommendations as targets.
        let offers = recs
            .moves
            .iter()
            .take(3)
            .map(|m| {
                let role = m.role;
                let title = framework.role(role).title.clone();
                view! {
                    <li>
                        <button type="button" class="hjcp-link-button" on:click=move |_| session.aim_for(role)>
                            {tr(Key::PathAimFor)} " " <LocalText text=title />
                        </button>
                    </li>
                }
            })
            .collect_view();
        return view! {
            <p class="hjcp-lead">{tr(Key::PathNoTarget)}</p>
            {(!recs.moves.is_empty()).then(|| view! {
                <h2 class="hjcp-heading-m">{tr(Key::PathSuggested)}</h2>
                <ul class="hjcp-link-list">{offers}</ul>
            })}
            <p>
                <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| session.change(Screen::Target)>
                    {tr(Key::ResultsChooseTarget)}
                </button>
            </p>
        }
        .into_any();
    };
    let target_role = target.role;
    let parts = target.explanation.parts;
    let paths = match target.outcome {
        PathOutcome::Found(paths) if !paths.is_empty() => paths,
        PathOutcome::AlreadyInRole => {
            return view! {
                <div class="hjcp-inset hjcp-path-state" data-state="already">
                    <p><strong><PartsText parts /></strong></p>
                    <p>{tr(Key::PathAlreadyHelp)}</p>
                </div>
                <button type="button" class="hjcp-button" on:click=move |_| session.go(Screen::Plan)>{tr(Key::ResultsSeePlan)}</button>
            }
            .into_any();
        }
        PathOutcome::Blocked { .. } => {
            return view! {
                <div class="hjcp-inset hjcp-path-state" data-state="blocked">
                    <p><strong><PartsText parts /></strong></p>
                    <p>{tr(Key::PathBlockedHelp)}</p>
                </div>
                <div class="hjcp-button-group">
                    <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| session.go(Screen::Role(target_role))>{tr(Key::ResultsRoleDetails)}</button>
                    <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| session.go(Screen::Map)>{tr(Key::ResultsLinkMap)}</button>
                </div>
            }
            .into_any();
        }
        PathOutcome::NoRoute | PathOutcome::Found(_) => {
            return view! {
                <div class="hjcp-inset hjcp-path-state" data-state="no-route">
                    <p><strong><PartsText parts /></strong></p>
                    <p>{tr(Key::PathNoRouteHelp)}</p>
                </div>
                <div class="hjcp-button-group">
                    <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| session.go(Screen::Map)>{tr(Key::ResultsLinkMap)}</button>
                    <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| session.go(Screen::Role(target_role))>{tr(Key::ResultsRoleDetails)}</button>
                </div>
            }
            .into_any();
        }
    };
    let summary: Vec<Part> =
        parts.iter().filter(|p| matches!(p, Part::PathSummary { .. })).cloned().collect();
    let step_parts: Vec<Part> =
        parts.iter().filter(|p| matches!(p, Part::PathStep { .. })).cloned().collect();
    let alternative_parts: Vec<Part> =
        parts.into_iter().filter(|p| matches!(p, Part::PathAlternative { .. })).collect();
    let mut paths = paths.into_iter();
    let best = paths.next().expect("a found outcome has a path");
    let alternatives: Vec<(Path, Part)> = paths.zip(alternative_parts).collect();
    let fit_of = move |role: RoleIx| fits.get(role.get()).cloned();
    let total_steps = best.steps.len();
    let steps = best
        .steps
        .into_iter()
        .zip(step_parts)
        .enumerate()
        .map(|(i, (step, part))| {
            let role = framework.role(step.step.to);
            let route = step.step.route.and_then(|r| framework.routes.get(r.get()));
            let route_text = route.map(|r| r.requirements.clone());
            let route_url = route.and_then(|r| r.url.clone());
            let number = i + 1;
            let unmet = step
                .unmet
                .iter()
                .map(|&req| view! { <RequirementItem framework=framework.clone() req /> })
                .collect_view();
            let has_unmet = !step.unmet.is_empty();
            let fit: Option<RoleFit> = fit_of(step.step.to);
            view! {
                <li class="hjcp-step">
                    <h2 class="hjcp-heading-m hjcp-step__title">
                        <span class="hjcp-step__number">
                            {move || fill(t(Key::PathStepOf), &[("n", &number.to_string()), ("total", &total_steps.to_string())])}
                        </span>
                        <RoleLink role=step.step.to />
                    </h2>
                    <p class="hjcp-caption"><LocalText text=role.family.clone() /> " · " <LocalText text=framework.level(role.level).label.clone() /></p>
                    <dl class="hjcp-keyvals">
                        <div><dt>{tr(Key::ResultsHowLabel)}</dt><dd><RouteSummary kind=step.step.kind months=step.months_max months_min=step.months_min /></dd></div>
                        <div><dt>{tr(Key::RoleFitLabel)}</dt><dd>{fit.map(|fit| view! { <FitCounts fit /> })}</dd></div>
                    </dl>
                    {route_text.filter(|x| !x.en.trim().is_empty()).map(|text| view! { <p class="hjcp-hint"><LocalText text=text.clone() /></p> })}
                    {route_url.map(|url| view! { <ExternalLink url label=Key::RoutePublisherLink /> })}
                    <p class="hjcp-explanation"><PartsText parts=vec![part] /></p>
                    {has_unmet.then(|| view! {
                        <h3 class="hjcp-heading-s">{tr(Key::PathGapsAtStep)}</h3>
                        <ul class="hjcp-req-list">{unmet}</ul>
                    })}
                </li>
            }
        })
        .collect_view();
    let other_ways = (!alternatives.is_empty()).then(|| {
        let items = alternatives
            .into_iter()
            .map(|(path, part)| {
                view! {
                    <li>
                        <details class="hjcp-disclosure hjcp-alternative">
                            <summary class="hjcp-disclosure__summary"><span><PartsText parts=vec![part] /></span></summary>
                            <div class="hjcp-disclosure__text"><WaySteps path /></div>
                        </details>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="hjcp-other-ways" aria-labelledby="hjcp-other-ways-heading">
                <h2 class="hjcp-heading-l" id="hjcp-other-ways-heading">{tr(Key::PathOtherWaysHeading)}</h2>
                <p class="hjcp-hint">{tr(Key::PathOtherWaysHint)}</p>
                <ul class="hjcp-plain-list">{items}</ul>
            </section>
        }
    });
    view! {
        <p class="hjcp-lead"><PartsText parts=summary /></p>
        <ol class="hjcp-step-list">{steps}</ol>
        <p class="hjcp-hint">{tr(Key::PathHowChosen)}</p>
        {other_ways}
        <div class="hjcp-button-group">
            <button type="button" class="hjcp-button" on:click=move |_| session.go(Screen::Plan)>{tr(Key::ResultsSeePlan)}</button>
            <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| session.go(Screen::Map)>{tr(Key::PathSeeOnMap)}</button>
        </div>
    }
    .into_any()
}
