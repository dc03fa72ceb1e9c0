//! Results: the first screen after rating. A summary first, details one click away: how sure the
//! results are, the target and its path (if chosen), the moves the engine recommends for the
//! person's position (up, across and further ahead for staff in a role; apply now and through a
//! route for everyone else), the roles whose entry requirements close the way, what to work on,
//! and links to every other results screen. Before any rating it still lists the roles the
//! person's qualifications and experience open, from entry requirements alone. Everything shown
//! is computed by the engine and worded by hjcp-words; this file only lays it out.

use std::sync::Arc;

use hjcp_engine::{
    ClosedRole, Framework, MoveKind, Part, Position, Recommendation, Recommendations, RoleFit,
};
use leptos::prelude::*;

use crate::components::tr;
use crate::components::RequirementItem;
use crate::components::{
    ChangeFramework, EntryTag, ExplanationText, ExternalLink, FitCounts, LivedExperienceTag,
    LocalText, PartsText, PrintButton, PrintMore, PrintedOn, ResultsLinks, RoleLink, RouteSummary,
    WaySteps,
};
use crate::i18n::{fill, Key};
use crate::session::{use_session, Screen};

/// How many roles of a group show before "Show N more".
const SHOWN: usize = 3;

#[component]
pub fn ResultsScreen() -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.redirect(Screen::Start);
        return ().into_any();
    };
    let t = move |k| session.t(k);
    let recommendations = Memo::new(move |_| session.recommendations());
    let has_ratings = Memo::new(move |_| session.has_ratings());
    let title = framework.title.clone();
    let framework_title = move || title.get(session.lang()).0.to_string();

    view! {
        <span class="hjcp-caption"><LocalText text=framework.title.clone() /></span>
        {move || if !has_ratings.get() {
            view! {
                <h1 class="hjcp-heading-xl" tabindex="-1">{tr(Key::ScreenResults)}</h1>
                <p class="hjcp-lead">{tr(Key::ResultsEmptyLead)}</p>
                <p>{tr(Key::ResultsEmptyBody)}</p>
                <button type="button" class="hjcp-button" on:click=move |_| session.go(Screen::TaskList)>
                    {tr(Key::ResultsEmptyButton)}
                </button>
            }
            .into_any()
        } else {
            let framework_title = framework_title.clone();
            view! {
                <h1 class="hjcp-heading-xl" tabindex="-1">{tr(Key::ResultsHeading)}</h1>
                <p class="hjcp-lead">{move || fill(t(Key::ResultsIntro), &[("framework", &framework_title())])}</p>
            }
            .into_any()
        }}
        <ChangeFramework />
        <PrintedOn />
        {move || recommendations.get().map(|r| view! { <ResultsBody framework=framework.clone() recs=r rated=has_ratings.get() /> })}
        <Show when=move || has_ratings.get()>
            <div class="hjcp-button-group">
                <PrintButton label=Key::ResultsPrint />
            </div>
        </Show>
        <ResultsLinks current=Screen::Results />
    }
    .into_any()
}

/// What each group of moves is called, says when empty, and (optionally) hints.
struct Group {
    kind: MoveKind,
    heading: Key,
    hint: Option<Key>,
    none: Key,
}

#[component]
fn ResultsBody(framework: Arc<Framework>, recs: Recommendations, rated: bool) -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let orphans = recs.orphans.len();
    let position = match recs.position {
        Position::InRole(role) => view! {
            <p class="hjcp-position">
                {tr(Key::ResultsPositionInRole)} " " <strong><LocalText text=framework.role(role).title.clone() /></strong>
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
    let in_role = matches!(recs.position, Position::InRole(_));
    // Before any rating, only the moves entry requirements alone decide are listed: "through a
    // route" is ordered by fit, which cannot be told yet.
    let mut groups = if in_role {
        vec![
            Group {
                kind: MoveKind::Up,
                heading: Key::ResultsUpHeading,
                hint: None,
                none: Key::ResultsUpNone,
            },
            Group {
                kind: MoveKind::Across,
                heading: Key::ResultsAcrossHeading,
                hint: None,
                none: Key::ResultsAcrossNone,
            },
        ]
    } else {
        vec![Group {
            kind: MoveKind::ApplyNow,
            heading: Key::ResultsApplyHeading,
            hint: None,
            none: Key::ResultsApplyNone,
        }]
    };
    if rated {
        groups.push(if in_role {
            Group {
                kind: MoveKind::ThroughRoute,
                heading: Key::ResultsFurtherHeading,
                hint: Some(Key::ResultsFurtherHint),
                none: Key::ResultsFurtherNone,
            }
        } else {
            Group {
                kind: MoveKind::ThroughRoute,
                heading: Key::ResultsRouteHeading,
                hint: Some(Key::ResultsRouteHint),
                none: Key::ResultsRouteNone,
            }
        });
    }
    let groups = groups
        .into_iter()
        .map(|g| {
            let moves: Vec<(Recommendation, Option<RoleFit>)> = recs
                .of_kind(g.kind)
                .map(|m| (m.clone(), rated.then(|| recs.fit(m.role).cloned()).flatten()))
                .collect();
            view! { <MoveGroup kind=g.kind moves heading=g.heading hint=g.hint none=g.none /> }
        })
        .collect_view();
    let closed = (!recs.closed.is_empty()).then(|| {
        view! { <ClosedGroup closed=recs.closed.clone() in_role /> }
    });
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
    let confidence = rated.then(|| {
        let rough = recs.confidence.rough();
        let parts = recs.summary.parts.clone();
        let formula = move || hjcp_words::fit_formula(session.lang());
        if rough {
            view! {
                <div class="hjcp-inset hjcp-confidence hjcp-confidence--rough" data-rough="true">
                    <p><PartsText parts /></p>
                    <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| session.go(Screen::TaskList)>
                        {tr(Key::ResultsRateMore)}
                    </button>
                </div>
                <p class="hjcp-hint hjcp-fit-formula">{formula}</p>
            }
            .into_any()
        } else {
            view! {
                <p class="hjcp-confidence">
                    <PartsText parts />
                </p>
                <p class="hjcp-hint hjcp-fit-formula">{formula}</p>
            }
            .into_any()
        }
    });
    let rest = rated.then(|| {
        view! {
            <Gaps recs=recs.clone() />
            <details class="hjcp-disclosure hjcp-no-print">
                <summary class="hjcp-disclosure__summary">
                    <span>{move || fill(t(Key::ResultsAllRoles), &[("count", &roles_count.to_string())])}</span>
                </summary>
                <div class="hjcp-disclosure__text">
                    <p>{tr(Key::ResultsAllRolesHint)}</p>
                    <ol class="hjcp-ranked-list">{ranked}</ol>
                </div>
            </details>
        }
    });
    view! {
        {(orphans > 0).then(|| view! {
            <div class="hjcp-inset hjcp-orphans">
                <p>{move || fill(t(if orphans == 1 { Key::ResultsOrphansOne } else { Key::ResultsOrphansMany }), &[("count", &orphans.to_string())])}</p>
            </div>
        })}
        {confidence}
        {position}
        <TargetSummary recs=recs.clone() />
        {groups}
        {closed}
        {rest}
    }
}

/// The chosen target: the path in one sentence and the way to the details.
#[component]
fn TargetSummary(recs: Recommendations) -> impl IntoView {
    let session = use_session();
    let Some(target) = recs.target else {
        return view! {
            <div class="hjcp-inset">
                <p>{tr(Key::ResultsNoTarget)}</p>
                <button type="button" class="hjcp-link-button" on:click=move |_| session.change(Screen::Target)>
                    {tr(Key::ResultsChooseTarget)}
                </button>
            </div>
        }
        .into_any();
    };
    let summary: Vec<_> = target.explanation.parts.iter().take(1).cloned().collect();
    view! {
        <section class="hjcp-target" aria-labelledby="hjcp-target-heading">
            <h2 class="hjcp-heading-m" id="hjcp-target-heading">
                {tr(Key::ResultsTargetHeading)} " " <RoleLink role=target.role />
            </h2>
            <p><PartsText parts=summary /></p>
            <div class="hjcp-button-group">
                <button type="button" class="hjcp-button" on:click=move |_| session.go(Screen::Path)>{tr(Key::ResultsSeePath)}</button>
                <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| session.go(Screen::Plan)>{tr(Key::ResultsSeePlan)}</button>
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
    moves: Vec<(Recommendation, Option<RoleFit>)>,
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
        moves.by_ref().take(SHOWN).map(|(rec, fit)| view! { <MoveCard rec fit /> }).collect();
    let rest: Vec<_> = moves.map(|(rec, fit)| view! { <MoveCard rec fit /> }).collect();
    let more = total.saturating_sub(SHOWN);
    view! {
        <section class="hjcp-moves" aria-labelledby=labelled_by>
            <h2 class="hjcp-heading-l" id=id>{move || t(heading)}</h2>
            {hint.map(|h| view! { <p class="hjcp-hint">{move || t(h)}</p> })}
            {(total == 0).then(|| view! { <p>{move || t(none)}</p> })}
            <ul class="hjcp-role-list">{first}</ul>
            <ShowMore more rest=rest.into_any() />
        </section>
    }
}

/// One recommended role: fit with its counts (once something is rated), the way there (one
/// route, or the roles and routes on a longer path), other ways, entry status, lived
/// experience, the publisher's page; the explanation one click away.
#[component]
fn MoveCard(rec: Recommendation, fit: Option<RoleFit>) -> impl IntoView {
    let session = use_session();
    let framework =
        session.framework_untracked().expect("a framework is active on the results screen");
    let role = framework.role(rec.role);
    let role_ix = rec.role;
    let way = if rec.path.steps.len() > 1 {
        let through: Vec<Part> = rec
            .explanation
            .parts
            .iter()
            .filter(|p| matches!(p, Part::ThroughPath { .. }))
            .cloned()
            .collect();
        view! {
            <div>
                <dt>{tr(Key::ResultsWayLabel)}</dt>
                <dd>
                    <p class="hjcp-way__summary"><PartsText parts=through /></p>
                    <WaySteps path=rec.path.clone() />
                </dd>
            </div>
        }
        .into_any()
    } else {
        let first = rec.path.steps.first().map(|s| (s.step.kind, s.months_min, s.months_max));
        let (kind, min, max) = first.unwrap_or((rec.step.kind, rec.step.months, rec.step.months));
        view! {
            <div>
                <dt>{tr(Key::ResultsHowLabel)}</dt>
                <dd><RouteSummary kind months=max months_min=min /></dd>
            </div>
        }
        .into_any()
    };
    let other_ways = (!rec.alternatives.is_empty()).then(|| {
        let items = rec
            .alternatives
            .iter()
            .map(|s| view! { <li><RouteSummary kind=s.kind months=s.months /></li> })
            .collect_view();
        view! {
            <div>
                <dt>{tr(Key::ResultsOtherWaysLabel)}</dt>
                <dd><ul class="hjcp-plain-list">{items}</ul></dd>
            </div>
        }
    });
    view! {
        <li class="hjcp-role-card" data-role=role.id.clone()>
            <h3 class="hjcp-heading-m"><RoleLink role=rec.role /></h3>
            <p class="hjcp-caption"><LocalText text=role.family.clone() /> " · " <LocalText text=framework.level(role.level).label.clone() /></p>
            {rec.lived_experience.then(|| view! { <LivedExperienceTag /> })}
            {fit.map(|fit| view! { <FitCounts fit /> })}
            <dl class="hjcp-keyvals">
                {way}
                {other_ways}
                {(!role.entry.is_empty()).then(|| view! {
                    <div>
                        <dt>{tr(Key::ResultsEntryLabel)}</dt>
                        <dd><EntryTag status=rec.entry /></dd>
                    </div>
                })}
            </dl>
            {role.url.clone().map(|url| view! { <ExternalLink url label=Key::RolePublisherLink /> })}
            <details class="hjcp-disclosure hjcp-no-print">
                <summary class="hjcp-disclosure__summary">
                    <span>{tr(Key::ResultsWhy)}</span>
                    <span class="hjcp-visually-hidden">" " <LocalText text=role.title.clone() /></span>
                </summary>
                <div class="hjcp-disclosure__text">
                    <p class="hjcp-explanation"><ExplanationText explanation=rec.explanation /></p>
                    <button type="button" class="hjcp-link-button" on:click=move |_| session.go(Screen::Role(role_ix))>
                        {tr(Key::ResultsRoleDetails)}
                        <span class="hjcp-visually-hidden">" " <LocalText text=role.title.clone() /></span>
                    </button>
                </div>
            </details>
        </li>
    }
}

/// Roles a route leads to whose entry requirements close the way, each saying what is missing.
#[component]
fn ClosedGroup(closed: Vec<ClosedRole>, in_role: bool) -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let framework = session.framework_untracked().expect("framework");
    let heading = if in_role { Key::ResultsClosedHeadingStaff } else { Key::ResultsClosedHeading };
    let card = |c: ClosedRole| {
        let role = framework.role(c.role);
        view! {
            <li class="hjcp-role-card hjcp-role-card--closed" data-role=role.id.clone()>
                <h3 class="hjcp-heading-m"><RoleLink role=c.role /></h3>
                <p class="hjcp-caption"><LocalText text=role.family.clone() /> " · " <LocalText text=framework.level(role.level).label.clone() /></p>
                {role.lived_experience.then(|| view! { <LivedExperienceTag /> })}
                <p class="hjcp-explanation"><ExplanationText explanation=c.explanation /></p>
            </li>
        }
    };
    let total = closed.len();
    let more = total.saturating_sub(SHOWN);
    let mut closed = closed.into_iter();
    let first = closed.by_ref().take(SHOWN).map(card).collect_view();
    let rest = closed.map(card).collect_view();
    view! {
        <p class="hjcp-print-only hjcp-print-more">
            {move || fill(t(Key::PrintClosed), &[("count", &total.to_string())])}
        </p>
        <section class="hjcp-moves hjcp-moves--closed hjcp-no-print" aria-labelledby="hjcp-moves-closed">
            <h2 class="hjcp-heading-l" id="hjcp-moves-closed">{move || t(heading)}</h2>
            <p class="hjcp-hint">{tr(Key::ResultsClosedHint)}</p>
            <ul class="hjcp-role-list">{first}</ul>
            <ShowMore more rest=rest.into_any() />
        </section>
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
        let item = |&req: &hjcp_engine::RequirementFit| {
            let framework = session.framework_untracked().expect("framework");
            view! { <RequirementItem framework req /> }
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
                    <details class="hjcp-disclosure hjcp-no-print">
                        <summary class="hjcp-disclosure__summary">
                            <span>{move || fill(t(Key::ResultsShowMore), &[("count", &more.to_string())])}</span>
                        </summary>
                        <ul class="hjcp-req-list">{rest}</ul>
                    </details>
                })}
                <PrintMore count=more />
                <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| session.go(Screen::Plan)>
                    {tr(Key::ResultsSeePlan)}
                </button>
            </section>
        }
    })
}

/// The cards after the first few, behind "Show N more" (nothing when there are none); a printout
/// leaves them out and says how many the tool shows.
#[component]
fn ShowMore(more: usize, rest: AnyView) -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    (more > 0).then(|| {
        view! {
            <details class="hjcp-disclosure hjcp-no-print">
                <summary class="hjcp-disclosure__summary">
                    <span>{move || fill(t(Key::ResultsShowMore), &[("count", &more.to_string())])}</span>
                </summary>
                <ul class="hjcp-role-list">{rest}</ul>
            </details>
            <PrintMore count=more />
        }
    })
}
