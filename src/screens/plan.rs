//! The development plan for the target role (or the top recommendation when none is chosen):
//! the way it follows (the same path the path screen shows), what to work on, the learning and
//! development offers in the engine's order grouped by the point of that way where each can
//! first be taken (now, once you reach a role on the way), how many offers are left out, the
//! competences no offer covers, and what changes compared with the current role, competence by
//! competence. Laid out to print cleanly for a development conversation.

use hjcp_engine::{ChangeKind, Explanation, Part, PlanBasis};
use leptos::prelude::*;

use crate::components::journey::TextWith;
use crate::components::RequirementItem;
use crate::components::{
    offer_provenance, BackLink, ExplanationText, ExternalLink, LocalText, PartsText, PrintButton,
    PrintMore, PrintedOn, ProvenanceLine, ResultsLinks, RoleLink, ScaleLabel, WaySteps,
};
use crate::i18n::{fill, Key};

/// How many learning offers show before "Show N more".
const OFFERS_SHOWN: usize = 5;
use crate::components::tr;
use crate::session::{use_session, Screen};

#[component]
pub fn PlanScreen() -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.redirect(Screen::Start);
        return ().into_any();
    };
    let t = move |k| session.t(k);
    let recommendations = Memo::new(move |_| session.recommendations());
    let plan = Memo::new(move |_| recommendations.get().and_then(|r| r.plan));

    let body_framework = framework.clone();
    let body = move || {
        let framework = &body_framework;
        let Some(plan) = plan.get() else {
            return view! {
                <p class="hjcp-lead">{tr(Key::PlanNone)}</p>
                <button type="button" class="hjcp-button" on:click=move |_| session.go(Screen::TaskList)>{tr(Key::ResultsEmptyButton)}</button>
            }
            .into_any();
        };
        let role = framework.role(plan.role);
        let basis = match plan.basis {
            PlanBasis::Target => Key::PlanBasisTarget,
            PlanBasis::TopRecommendation => Key::PlanBasisTop,
        };
        let unmet = plan
            .unmet
            .iter()
            .map(|&req| view! { <RequirementItem framework=framework.clone() req /> })
            .collect_view();
        let offer_view = |o: &hjcp_engine::PlanOffer| {
            let offer = &framework.learning[o.offer.get()];
            let builds = o
                .builds
                .iter()
                .map(|c| view! { <li><LocalText text=framework.competence(*c).title.clone() /></li> })
                .collect_view();
            let level = offer.level;
            let offer_framework = framework.clone();
            let format = format_key(&offer.format);
            view! {
                <li class="hjcp-offer" data-offer=offer.id.clone()>
                    <h4 class="hjcp-heading-s hjcp-offer__title"><LocalText text=offer.title.clone() /></h4>
                    <p class="hjcp-caption">
                        <LocalText text=offer.provider.clone() />
                        {(!offer.format.is_empty()).then(|| view! { " · " {move || t(format)} })}
                        {level.map(|l| view! { " · " {move || fill(t(Key::PlanOfferLevel), &[("level", &l.to_string())])} })}
                    </p>
                    {(!offer.description.en.is_empty()).then(|| view! { <p class="hjcp-offer__description"><LocalText text=offer.description.clone() /></p> })}
                    <p class="hjcp-offer__builds-label">{tr(Key::PlanBuilds)}</p>
                    <ul class="hjcp-list hjcp-list--bullet">{builds}</ul>
                    {offer.url.clone().map(|url| view! { <ExternalLink url label=Key::PlanOfferLink /> })}
                    <ProvenanceLine framework=offer_framework.clone() fields=offer_provenance(offer) />
                </li>
            }
        };
        // Offers in the engine's order, grouped by the point of the path where the person can
        // first take them: now, then once they reach each role on the way. In each group the
        // first few in full, the rest one click away (a printout leaves them out and says how
        // many the tool shows).
        let mut points: Vec<(u32, Vec<hjcp_engine::PlanOffer>)> = Vec::new();
        for o in &plan.offers {
            match points.last_mut() {
                Some((p, list)) if *p == o.point => list.push(o.clone()),
                _ => points.push((o.point, vec![o.clone()])),
            }
        }
        let point_role = |point: u32| {
            let k = point.checked_sub(1)? as usize;
            plan.path.as_ref().and_then(|p| p.steps.get(k)).map(|s| s.step.to)
        };
        let offer_groups = points
            .into_iter()
            .map(|(point, list)| {
                let heading = match point_role(point) {
                    Some(role) => view! {
                        <TextWith template=Key::PlanPointAt placeholder="role" text=framework.role(role).title.clone() />
                    }
                    .into_any(),
                    None => (move || t(Key::PlanPointNow)).into_any(),
                };
                let shown = list.iter().take(OFFERS_SHOWN).map(offer_view).collect_view();
                let rest = list.iter().skip(OFFERS_SHOWN).map(offer_view).collect_view();
                let more = list.len().saturating_sub(OFFERS_SHOWN);
                view! {
                    <div class="hjcp-plan__point" data-point=point.to_string()>
                        <h3 class="hjcp-heading-m hjcp-plan__point-heading">{heading}</h3>
                        <ol class="hjcp-offer-list">{shown}</ol>
                        {(more > 0).then(|| view! {
                            <details class="hjcp-disclosure hjcp-no-print">
                                <summary class="hjcp-disclosure__summary">
                                    <span>{move || fill(t(Key::PlanMoreOffers), &[("count", &more.to_string())])}</span>
                                </summary>
                                <ol class="hjcp-offer-list" start=(OFFERS_SHOWN + 1).to_string()>{rest}</ol>
                            </details>
                        })}
                        <PrintMore count=more />
                    </div>
                }
            })
            .collect_view();
        let has_offers = !plan.offers.is_empty();
        let dropped: Vec<Part> = plan
            .explanation
            .parts
            .iter()
            .filter(|p| matches!(p, Part::PlanDropped { .. }))
            .cloned()
            .collect();
        let summary = Explanation {
            parts: plan
                .explanation
                .parts
                .iter()
                .filter(|p| !matches!(p, Part::PlanDropped { .. }))
                .cloned()
                .collect(),
        };
        let way = plan.path.clone().filter(|p| !p.steps.is_empty()).map(|path| {
            let to_path = plan.basis == PlanBasis::Target;
            view! {
                <section class="hjcp-plan__section" aria-labelledby="hjcp-plan-way">
                    <h2 class="hjcp-heading-l" id="hjcp-plan-way">{tr(Key::PlanRouteHeading)}</h2>
                    <p class="hjcp-hint">{tr(Key::PlanRouteHint)}</p>
                    <WaySteps path />
                    {to_path.then(|| view! {
                        <p>
                            <button type="button" class="hjcp-link-button" on:click=move |_| session.go(Screen::Path)>{tr(Key::ResultsSeePath)}</button>
                        </p>
                    })}
                </section>
            }
        });
        let uncovered = plan
            .uncovered
            .iter()
            .map(|c| view! { <li><LocalText text=framework.competence(*c).title.clone() /></li> })
            .collect_view();
        let has_uncovered = !plan.uncovered.is_empty();
        let all_met = plan.unmet.is_empty();
        let changes = plan.changes.clone().map(|diff| {
            let from_role = framework.role(diff.from);
            let items = diff
                .changes
                .iter()
                .map(|c| {
                    let comp = framework.competence(c.competence);
                    let key = match c.kind {
                        ChangeKind::Added => Key::RoleChangeAdded,
                        ChangeKind::Removed => Key::RoleChangeRemoved,
                        ChangeKind::Raised => Key::RoleChangeRaised,
                        ChangeKind::Lowered => Key::RoleChangeLowered,
                    };
                    let (from, to) = (c.from, c.to);
                    view! {
                        <tr>
                            <th scope="row"><LocalText text=comp.title.clone() /></th>
                            <td data-label=move || t(Key::PlanColChange)>{move || t(key)}</td>
                            <td data-label=move || t(Key::PlanColNow)>{match from { Some(p) => view! { <ScaleLabel step=p /> }.into_any(), None => (move || t(Key::CompareNotNeeded)).into_any() }}</td>
                            <td data-label=move || t(Key::PlanColNext)>{match to { Some(p) => view! { <ScaleLabel step=p /> }.into_any(), None => (move || t(Key::CompareNotNeeded)).into_any() }}</td>
                        </tr>
                    }
                })
                .collect_view();
            let none = diff.changes.is_empty();
            view! {
                <p class="hjcp-print-only hjcp-print-more">{tr(Key::PrintChanges)}</p>
                <section class="hjcp-plan__section hjcp-plan__changes hjcp-no-print" aria-labelledby="hjcp-plan-changes">
                    <h2 class="hjcp-heading-l" id="hjcp-plan-changes">{tr(Key::PlanChangesHeading)}</h2>
                    <p>{tr(Key::RoleChangesIntro)} " " <strong><LocalText text=from_role.title.clone() /></strong></p>
                    {none.then(|| view! { <p>{tr(Key::RoleChangesNone)}</p> })}
                    {(!none).then(|| view! {
                        <div class="hjcp-scroll hjcp-scroll--table" role="region" tabindex="0" aria-labelledby="hjcp-plan-changes-caption">
                            <table class="hjcp-table hjcp-table--stack">
                                <caption class="hjcp-table__caption hjcp-visually-hidden" id="hjcp-plan-changes-caption">{tr(Key::PlanChangesHeading)}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{tr(Key::PlanColCompetence)}</th>
                                        <th scope="col">{tr(Key::PlanColChange)}</th>
                                        <th scope="col">{tr(Key::PlanColNow)}</th>
                                        <th scope="col">{tr(Key::PlanColNext)}</th>
                                    </tr>
                                </thead>
                                <tbody>{items}</tbody>
                            </table>
                        </div>
                    })}
                </section>
            }
        });
        view! {
            <p class="hjcp-plan__for">
                <span class="hjcp-caption">{move || t(basis)}</span>
                <span class="hjcp-heading-l"><RoleLink role=plan.role /></span>
            </p>
            <p class="hjcp-caption"><LocalText text=role.family.clone() /> " · " <LocalText text=framework.level(role.level).label.clone() /></p>
            <div class="hjcp-inset"><p class="hjcp-explanation"><ExplanationText explanation=summary /></p></div>

            {way}

            <section class="hjcp-plan__section" aria-labelledby="hjcp-plan-gaps">
                <h2 class="hjcp-heading-l" id="hjcp-plan-gaps">{tr(Key::PlanGapsHeading)}</h2>
                {all_met.then(|| view! { <p>{tr(Key::PlanNoGaps)}</p> })}
                <ul class="hjcp-req-list">{unmet}</ul>
            </section>

            {(!all_met).then(|| view! {
                <section class="hjcp-plan__section" aria-labelledby="hjcp-plan-offers">
                    <h2 class="hjcp-heading-l" id="hjcp-plan-offers">{tr(Key::PlanOffersHeading)}</h2>
                    {has_offers.then(|| view! { <p class="hjcp-hint">{tr(Key::PlanOffersHint)}</p> })}
                    {(!has_offers).then(|| view! { <p>{tr(Key::PlanOffersNone)}</p> })}
                    {offer_groups}
                    {(!dropped.is_empty()).then(|| view! { <p class="hjcp-hint hjcp-plan__dropped"><PartsText parts=dropped /></p> })}
                </section>
            })}

            {has_uncovered.then(|| view! {
                <section class="hjcp-plan__section" aria-labelledby="hjcp-plan-uncovered">
                    <h2 class="hjcp-heading-l" id="hjcp-plan-uncovered">{tr(Key::PlanUncoveredHeading)}</h2>
                    <p>{tr(Key::PlanUncoveredHint)}</p>
                    <ul class="hjcp-list hjcp-list--bullet">{uncovered}</ul>
                </section>
            })}

            {changes}

            <section class="hjcp-plan__section hjcp-print-only" aria-labelledby="hjcp-plan-notes">
                <h2 class="hjcp-heading-m" id="hjcp-plan-notes">{tr(Key::PlanNotesHeading)}</h2>
                <div class="hjcp-plan__lines">{(0..6).map(|_| view! { <div class="hjcp-plan__line"></div> }).collect_view()}</div>
            </section>
        }
        .into_any()
    };

    view! {
        <BackLink />
        <span class="hjcp-caption"><LocalText text=framework.title.clone() /></span>
        <h1 class="hjcp-heading-xl" tabindex="-1">{tr(Key::ScreenPlan)}</h1>
        <PrintedOn />
        {body}
        <div class="hjcp-button-group">
            <PrintButton label=Key::PlanPrint />
            <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| session.go(Screen::TakeAway)>
                {tr(Key::ResultsLinkTakeAway)}
            </button>
        </div>
        <ResultsLinks current=Screen::Plan />
    }
    .into_any()
}

/// The kind of learning offer in words.
fn format_key(format: &str) -> Key {
    match format {
        "e-learning" => Key::PlanFormatElearning,
        "apprenticeship" => Key::PlanFormatApprenticeship,
        "programme" => Key::PlanFormatProgramme,
        "coaching" => Key::PlanFormatCoaching,
        "course" => Key::PlanFormatCourse,
        "reference" => Key::PlanFormatReference,
        "support" => Key::PlanFormatSupport,
        _ => Key::PlanFormatOther,
    }
}
