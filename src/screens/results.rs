//! Results: the first screen after rating. A summary first, details one click away:
//! the target and its path (if chosen), the moves the engine recommends for the person's
//! position (up and across for staff in a role; apply now and through a route for everyone
//! else), what to work on, and links to every other results screen. Everything shown is
//! computed by the engine; this file only lays it out.

use hjcp_engine::{
    Framework, MoveKind, Position, Recommendation, Recommendations, RouteKind, Step,
};
use leptos::prelude::*;

use crate::components::{
    go_forward, reset_back_trail, EntryTag, ExplanationText, LocalText, NeedsVersusYou, PartsText,
    RequirementTag, ResultsLinks, RoleLink, RouteSummary,
};
use crate::i18n::{fill, Key};
use crate::session::{use_session, Screen};

/// How many moves of a kind show before "Show N more".
const SHOWN: usize = 3;

#[component]
pub fn ResultsScreen() -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.go(Screen::Start);
        return ().into_any();
    };
    reset_back_trail();
    let t = move |k| session.t(k);
    let recommendations = Memo::new(move |_| session.recommendations());
    let has_ratings = Memo::new(move |_| session.has_ratings());
    let framework_title = move || framework.title.get(session.lang.get()).0.to_string();

    view! {
        <span class="hjcp-caption"><LocalText text=&framework.title /></span>
        {move || if !has_ratings.get() {
            view! {
                <h1 class="hjcp-heading-xl" tabindex="-1">{move || t(Key::ScreenResults)}</h1>
                <p class="hjcp-lead">{move || t(Key::ResultsEmptyLead)}</p>
                <p>{move || t(Key::ResultsEmptyBody)}</p>
                <button type="button" class="hjcp-button" on:click=move |_| session.go(Screen::TaskList)>
                    {move || t(Key::ResultsEmptyButton)}
                </button>
                <ResultsLinks current=Screen::Results />
            }
            .into_any()
        } else {
            view! {
                <h1 class="hjcp-heading-xl" tabindex="-1">{move || t(Key::ResultsHeading)}</h1>
                <p class="hjcp-lead">{move || fill(t(Key::ResultsIntro), &[("framework", &framework_title())])}</p>
                {move || recommendations.get().map(|r| view! { <ResultsBody framework recs=r /> })}
                <ResultsLinks current=Screen::Results />
            }
            .into_any()
        }}
    }
    .into_any()
}

#[component]
fn ResultsBody(framework: &'static Framework, recs: Recommendations) -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let orphans = recs.orphans.len();
    let position = match recs.position {
        Position::InRole(role) => view! {
            <p class="hjcp-position">
                {move || t(Key::ResultsPositionInRole)} " " <strong><LocalText text=&framework.role(role).title /></strong>
            </p>
        }
        .into_any(),
        Position::Outside => {
            let staff = session.current_answers().persona == hjcp_engine::Persona::Staff;
            view! {
                <p class="hjcp-position">{move || t(if staff { Key::ResultsPositionStaffNoRole } else { Key::ResultsPositionOutside })}</p>
            }
            .into_any()
        }
    };
    let groups: Vec<(MoveKind, Key, Option<Key>, Key)> = match recs.position {
        Position::InRole(_) => vec![
            (MoveKind::Up, Key::ResultsUpHeading, None, Key::ResultsUpNone),
            (MoveKind::Across, Key::ResultsAcrossHeading, None, Key::ResultsAcrossNone),
        ],
        Position::Outside => vec![
            (MoveKind::ApplyNow, Key::ResultsApplyHeading, None, Key::ResultsApplyNone),
            (
                MoveKind::ThroughRoute,
                Key::ResultsRouteHeading,
                Some(Key::ResultsRouteHint),
                Key::ResultsRouteNone,
            ),
        ],
    };
    let groups = groups
        .into_iter()
        .map(|(kind, heading, hint, none)| {
            // Frameworks often list a direct application beside an apprenticeship or a
            // qualification route to the same role; the engine recommends the direct one and
            // keeps the other as an alternative. The "through a route" group shows those routes
            // too, still in the engine's order, so an applicant sees every training route in.
            let moves: Vec<(Recommendation, Option<Step>)> = recs
                .moves
                .iter()
                .filter_map(|m| match (kind, m.kind) {
                    (k, mk) if k == mk => Some((m.clone(), None)),
                    (MoveKind::ThroughRoute, MoveKind::ApplyNow) => m
                        .alternatives
                        .iter()
                        .find(|s| s.kind != RouteKind::DirectEntry)
                        .map(|s| (m.clone(), Some(*s))),
                    _ => None,
                })
                .collect();
            view! { <MoveGroup kind moves heading hint none /> }
        })
        .collect_view();
    let ranked = recs
        .ranked
        .iter()
        .filter_map(|&ix| recs.fit(ix).cloned())
        .map(|fit| {
            let score = fit.score;
            view! {
                <li>
                    <RoleLink role=fit.role />
                    " "
                    <span class="hjcp-fit-inline">{move || fill(t(Key::FitPercent), &[("percent", &score.to_string())])}</span>
                </li>
            }
        })
        .collect_view();
    let roles_count = recs.ranked.len();
    view! {
        {(orphans > 0).then(|| view! {
            <div class="hjcp-inset hjcp-orphans">
                <p>{move || fill(t(if orphans == 1 { Key::ResultsOrphansOne } else { Key::ResultsOrphansMany }), &[("count", &orphans.to_string())])}</p>
            </div>
        })}
        {position}
        <TargetSummary recs=recs.clone() />
        {groups}
        <Gaps recs=recs.clone() />
        <details class="hjcp-disclosure">
            <summary class="hjcp-disclosure__summary">
                <span>{move || fill(t(Key::ResultsAllRoles), &[("count", &roles_count.to_string())])}</span>
            </summary>
            <div class="hjcp-disclosure__text">
                <p>{move || t(Key::ResultsAllRolesHint)}</p>
                <ol class="hjcp-ranked-list">{ranked}</ol>
            </div>
        </details>
    }
}

/// The chosen target: the path in one sentence and the way to the details.
#[component]
fn TargetSummary(recs: Recommendations) -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let Some(target) = recs.target else {
        return view! {
            <div class="hjcp-inset">
                <p>{move || t(Key::ResultsNoTarget)}</p>
                <button type="button" class="hjcp-link-button" on:click=move |_| go_forward(session, Screen::Target)>
                    {move || t(Key::ResultsChooseTarget)}
                </button>
            </div>
        }
        .into_any();
    };
    let summary: Vec<_> = target.explanation.parts.iter().take(1).cloned().collect();
    view! {
        <section class="hjcp-target" aria-labelledby="hjcp-target-heading">
            <h2 class="hjcp-heading-m" id="hjcp-target-heading">
                {move || t(Key::ResultsTargetHeading)} " " <RoleLink role=target.role />
            </h2>
            <p><PartsText parts=summary /></p>
            <div class="hjcp-button-group">
                <button type="button" class="hjcp-button" on:click=move |_| go_forward(session, Screen::Path)>{move || t(Key::ResultsSeePath)}</button>
                <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| go_forward(session, Screen::Plan)>{move || t(Key::ResultsSeePlan)}</button>
            </div>
        </section>
    }
    .into_any()
}

/// One kind of move (up, across, apply now, through a route): the best few, the rest behind
/// a disclosure.
#[component]
fn MoveGroup(
    kind: MoveKind,
    moves: Vec<(Recommendation, Option<Step>)>,
    heading: Key,
    hint: Option<Key>,
    none: Key,
) -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let id = format!("hjcp-moves-{}", format!("{kind:?}").to_lowercase());
    let labelled_by = id.clone();
    let total = moves.len();
    let mut moves = moves.into_iter();
    let first: Vec<_> =
        moves.by_ref().take(SHOWN).map(|(rec, via)| view! { <MoveCard rec via /> }).collect();
    let rest: Vec<_> = moves.map(|(rec, via)| view! { <MoveCard rec via /> }).collect();
    let more = total.saturating_sub(SHOWN);
    view! {
        <section class="hjcp-moves" aria-labelledby=labelled_by>
            <h2 class="hjcp-heading-l" id=id>{move || t(heading)}</h2>
            {hint.map(|h| view! { <p class="hjcp-hint">{move || t(h)}</p> })}
            {(total == 0).then(|| view! { <p>{move || t(none)}</p> })}
            <ul class="hjcp-role-list">{first}</ul>
            {(more > 0).then(|| view! {
                <details class="hjcp-disclosure">
                    <summary class="hjcp-disclosure__summary">
                        <span>{move || fill(t(Key::ResultsShowMore), &[("count", &more.to_string())])}</span>
                    </summary>
                    <ul class="hjcp-role-list">{rest}</ul>
                </details>
            })}
        </section>
    }
}

/// One recommended role: fit, how to get there (and other ways), entry status; the
/// explanation one click away. `via` shows one of the alternative routes first instead of the
/// engine's preferred one (see the "through a route" group).
#[component]
fn MoveCard(rec: Recommendation, via: Option<Step>) -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let framework =
        session.framework_untracked().expect("a framework is active on the results screen");
    let role = framework.role(rec.role);
    let score = rec.fit;
    let role_ix = rec.role;
    let primary = via.unwrap_or(rec.step);
    let others: Vec<Step> = std::iter::once(rec.step)
        .chain(rec.alternatives.iter().copied())
        .filter(|s| *s != primary)
        .collect();
    let other_ways = (!others.is_empty()).then(|| {
        let items = others
            .into_iter()
            .map(|s| view! { <li><RouteSummary kind=s.kind months=s.months /></li> })
            .collect_view();
        view! {
            <div>
                <dt>{move || t(Key::ResultsOtherWaysLabel)}</dt>
                <dd><ul class="hjcp-plain-list">{items}</ul></dd>
            </div>
        }
    });
    view! {
        <li class="hjcp-role-card">
            <h3 class="hjcp-heading-m"><RoleLink role=rec.role /></h3>
            <p class="hjcp-caption"><LocalText text=&role.family /> " · " <LocalText text=&framework.level(role.level).label /></p>
            <p class="hjcp-fit"><strong>{move || fill(t(Key::FitPercent), &[("percent", &score.to_string())])}</strong></p>
            <dl class="hjcp-keyvals">
                <div>
                    <dt>{move || t(Key::ResultsHowLabel)}</dt>
                    <dd><RouteSummary kind=primary.kind months=primary.months /></dd>
                </div>
                {other_ways}
                {(!role.entry.is_empty()).then(|| view! {
                    <div>
                        <dt>{move || t(Key::ResultsEntryLabel)}</dt>
                        <dd><EntryTag status=rec.entry /></dd>
                    </div>
                })}
            </dl>
            <details class="hjcp-disclosure">
                <summary class="hjcp-disclosure__summary">
                    <span>{move || t(Key::ResultsWhy)}</span>
                    <span class="hjcp-visually-hidden">" " <LocalText text=&role.title /></span>
                </summary>
                <div class="hjcp-disclosure__text">
                    <p class="hjcp-explanation"><ExplanationText explanation=rec.explanation /></p>
                    <button type="button" class="hjcp-link-button" on:click=move |_| go_forward(session, Screen::Role(role_ix))>
                        {move || t(Key::ResultsRoleDetails)}
                        <span class="hjcp-visually-hidden">" " <LocalText text=&role.title /></span>
                    </button>
                </div>
            </details>
        </li>
    }
}

/// What to work on: the unmet competences of the plan's role (the target, or the top move).
#[component]
fn Gaps(recs: Recommendations) -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    recs.plan.map(|plan| {
        let summary: Vec<_> = plan.explanation.parts.iter().take(1).cloned().collect();
        let heading = match plan.basis {
            hjcp_engine::PlanBasis::Target => Key::ResultsGapsHeadingTarget,
            hjcp_engine::PlanBasis::TopRecommendation => Key::ResultsGapsHeadingTop,
        };
        let more = plan.unmet.len().saturating_sub(SHOWN);
        let item = |req: &hjcp_engine::RequirementFit| {
                let framework = session.framework_untracked().expect("framework");
                let c = framework.competence(req.competence);
                view! {
                    <li class="hjcp-req">
                        <span class="hjcp-req__title"><LocalText text=&c.title /></span>
                        <RequirementTag status=req.status />
                        <NeedsVersusYou required=req.required rating=req.rating />
                    </li>
                }
        };
        let items = plan.unmet.iter().take(SHOWN).map(item).collect_view();
        let rest = plan.unmet.iter().skip(SHOWN).map(item).collect_view();
        view! {
            <section class="hjcp-gaps" aria-labelledby="hjcp-gaps-heading">
                <h2 class="hjcp-heading-l" id="hjcp-gaps-heading">
                    {move || t(heading)} " " <RoleLink role=plan.role />
                </h2>
                <p><PartsText parts=summary /></p>
                <ul class="hjcp-req-list">{items}</ul>
                {(more > 0).then(|| view! {
                    <details class="hjcp-disclosure">
                        <summary class="hjcp-disclosure__summary">
                            <span>{move || fill(t(Key::ResultsShowMore), &[("count", &more.to_string())])}</span>
                        </summary>
                        <ul class="hjcp-req-list">{rest}</ul>
                    </details>
                })}
                <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| go_forward(session, Screen::Plan)>
                    {move || t(Key::ResultsSeePlan)}
                </button>
            </section>
        }
    })
}
