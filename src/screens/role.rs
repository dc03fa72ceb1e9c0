//! One role in detail: what it is, how the person fits it competence by competence (from the
//! engine's role fit), entry requirements (each option of an "any one of" requirement with its
//! own status), training, the routes in and out (length or range of lengths, what each gives,
//! its own entry requirements, the publisher's page), and what changes compared with the
//! person's current role. From here the person can aim for the role or add
//! it to the comparison.

use std::sync::Arc;

use hjcp_engine::{role_diff, ChangeKind, Credential, Framework, Held, Position, RoleIx, Route};
use leptos::prelude::*;

use crate::components::tr;
use crate::components::{spans_view, RequirementItem};
use crate::components::{
    BackLink, EntryList, ExternalLink, FitCounts, LivedExperienceTag, LocalText, ProvenanceLine,
    ResultsLinks, RoleLink, RouteSummary, ScaleLabel,
};
use crate::i18n::{fill, Key};
use crate::session::{use_session, Screen};

#[component]
pub fn RoleScreen(role: RoleIx) -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.redirect(Screen::Start);
        return ().into_any();
    };
    let Some(r) = framework.roles.get(role.get()) else {
        session.redirect(Screen::Results);
        return ().into_any();
    };
    let t = move |k| session.t(k);
    let recommendations = Memo::new(move |_| session.recommendations());
    let fit = Memo::new(move |_| recommendations.get().and_then(|recs| recs.fit(role).cloned()));
    let position =
        Memo::new(move |_| recommendations.get().map(|r| r.position).unwrap_or(Position::Outside));
    let is_target = Memo::new(move |_| session.target_role() == Some(role));
    let in_compare = Memo::new(move |_| session.compared().contains(&role));
    let compare_full = Memo::new(move |_| session.compared().len() >= hjcp_engine::MAX_COMPARED);
    let aimed = RwSignal::new(false);
    let added = RwSignal::new(false);

    let requirements_framework = framework.clone();
    let requirements = move || {
        fit.get().map(|fit| {
            fit.requirements
                .iter()
                .map(|&req| view! { <RequirementItem framework=requirements_framework.clone() req /> })
                .collect_view()
        })
    };
    let entry_requirements = r.entry.clone();
    let entry = move || {
        fit.get()
            .map(|fit| view! { <EntryList entry=entry_requirements.clone() checks=fit.entry /> })
    };
    let training = r
        .training
        .iter()
        .map(|text| view! { <li><LocalText text=text.clone() /></li> })
        .collect_view();
    // What the person holds now, to check each route's own entry requirements against.
    let held = Memo::new(move |_| Held::from_facts(&session.current_answers().facts));
    let route_item = |other: Option<RoleIx>, route: &Route| {
        let gives = route
            .gives
            .iter()
            .filter_map(|c| gives_item(framework.clone(), *c))
            .collect::<Vec<_>>();
        let entry = route.entry.clone();
        let has_gives = !gives.is_empty();
        let shorter = route.shorter.as_ref().filter(|s| s.months < route.months);
        view! {
            <li class="hjcp-route">
                <span class="hjcp-route__role">
                    {match other {
                        Some(o) => view! { <RoleLink role=o /> }.into_any(),
                        None => (move || t(Key::RoleFromOutside)).into_any(),
                    }}
                </span>
                <span class="hjcp-route__kind">
                    {match shorter {
                        Some(s) => view! { <RouteSummary kind=route.kind months=route.months months_min=s.months /> }.into_any(),
                        None => view! { <RouteSummary kind=route.kind months=route.months /> }.into_any(),
                    }}
                </span>
                {(!route.requirements.en.trim().is_empty()).then(|| view! { <span class="hjcp-route__text"><LocalText text=route.requirements.clone() /></span> })}
                {shorter.map(|s| {
                    let months = s.months;
                    view! {
                        <span class="hjcp-route__text">
                            {move || fill(t(Key::RoleRouteShorter), &[("months", &hjcp_words::months(u32::from(months), session.lang()))])}
                            " " <LocalText text=s.when.text.clone() />
                        </span>
                    }
                })}
                {has_gives.then(|| view! {
                    <div class="hjcp-route__detail">
                        <p class="hjcp-route__label">{tr(Key::RoleRouteGives)}</p>
                        <ul class="hjcp-list hjcp-list--bullet">{gives}</ul>
                    </div>
                })}
                {(!route.entry.is_empty()).then(|| view! {
                    <div class="hjcp-route__detail">
                        <p class="hjcp-route__label">{tr(Key::RoleRouteEntry)}</p>
                        {move || view! { <EntryList entry=entry.clone() checks=held.get().check(&entry).0 /> }}
                    </div>
                })}
                {route.url.clone().map(|url| view! { <div class="hjcp-route__detail"><ExternalLink url label=Key::RoutePublisherLink /></div> })}
            </li>
        }
    };
    let routes_in: Vec<_> =
        framework.routes.iter().filter(|x| x.to == role).map(|x| route_item(x.from, x)).collect();
    let routes_out: Vec<_> = framework
        .routes
        .iter()
        .filter(|x| x.from == Some(role))
        .map(|x| route_item(Some(x.to), x))
        .collect();
    let (has_in, has_out) = (!routes_in.is_empty(), !routes_out.is_empty());

    // What changes compared with the current role, competence by competence (engine role_diff).
    let changes_framework = framework.clone();
    let changes = move || match position.get() {
        Position::InRole(current) if current != role => {
            let framework = &changes_framework;
            let diff = role_diff(framework, current, role);
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
                        <li class="hjcp-diff">
                            <span class="hjcp-req__title"><LocalText text=comp.title.clone() /></span>
                            <span class="hjcp-diff__kind">{move || t(key)}</span>
                            <span class="hjcp-needs">
                                {from.map(|p| view! { <span class="hjcp-needs__item">{tr(Key::RoleNowLabel)} " " <strong><ScaleLabel step=p /></strong></span> " " })}
                                {to.map(|p| view! { <span class="hjcp-needs__item">{tr(Key::RoleThenLabel)} " " <strong><ScaleLabel step=p /></strong></span> })}
                            </span>
                        </li>
                    }
                })
                .collect_view();
            let unchanged = diff.unchanged;
            let current_role = framework.role(current);
            Some(view! {
                <section aria-labelledby="hjcp-changes-heading">
                    <h2 class="hjcp-heading-l" id="hjcp-changes-heading">{tr(Key::RoleChangesHeading)}</h2>
                    <p>{tr(Key::RoleChangesIntro)} " " <strong><LocalText text=current_role.title.clone() /></strong></p>
                    {diff.changes.is_empty().then(|| view! { <p>{tr(Key::RoleChangesNone)}</p> })}
                    <ul class="hjcp-req-list">{items}</ul>
                    {(unchanged > 0).then(|| view! {
                        <p>{move || fill(t(Key::RoleChangesUnchanged), &[("count", &unchanged.to_string())])}</p>
                    })}
                </section>
            })
        }
        _ => None,
    };

    let aim = move |_| {
        session.aim_for(role);
        aimed.set(true);
    };
    let add = move |_| {
        if session.add_to_compare(role) {
            added.set(true);
        }
    };
    let level = framework.level(r.level);

    // Where the page's wording comes from, field by field: a role's name may be the
    // publisher's while its scope, entry wording and training were written for this tool.
    let mut provenance_fields = vec![
        (Key::ProvenanceFieldTitle, vec![r.title.clone()]),
        (Key::ProvenanceFieldFamily, vec![r.family.clone()]),
        // A band or career level is the framework's claim too: most bands are not in a source.
        (Key::RoleLevelLabel, vec![level.label.clone()]),
    ];
    if !r.scope.en.is_empty() {
        provenance_fields.push((Key::ProvenanceFieldScope, vec![r.scope.clone()]));
    }
    let entry_texts: Vec<_> = r
        .entry
        .iter()
        .flat_map(|e| {
            std::iter::once(e.text.clone()).chain(e.any_of.iter().map(|o| o.text.clone()))
        })
        .filter(|t| !t.en.is_empty())
        .collect();
    if !entry_texts.is_empty() {
        provenance_fields.push((Key::ProvenanceFieldEntry, entry_texts));
    }
    if !r.training.is_empty() {
        provenance_fields.push((Key::ProvenanceFieldTraining, r.training.clone()));
    }
    view! {
        <BackLink />
        <span class="hjcp-caption"><LocalText text=r.family.clone() /> " · " <LocalText text=level.label.clone() /></span>
        <h1 class="hjcp-heading-xl" tabindex="-1"><LocalText text=r.title.clone() /></h1>
        <ProvenanceLine framework=framework.clone() fields=provenance_fields />
        {r.lived_experience.then(|| view! { <LivedExperienceTag /> })}
        {(!r.scope.en.is_empty()).then(|| view! { <p class="hjcp-lead"><LocalText text=r.scope.clone() /></p> })}
        <dl class="hjcp-keyvals hjcp-keyvals--wide">
            <div><dt>{tr(Key::RoleFamilyLabel)}</dt><dd><LocalText text=r.family.clone() /></dd></div>
            <div><dt>{tr(Key::RoleLevelLabel)}</dt><dd><LocalText text=level.label.clone() /></dd></div>
            <div>
                <dt>{tr(Key::RoleFitLabel)}</dt>
                <dd>{move || fit.get().map(|fit| view! { <FitCounts fit /> })}</dd>
            </div>
            {r.open_to_applicants.then(|| view! {
                <div><dt>{tr(Key::RoleApplyLabel)}</dt><dd>{tr(Key::RoleOpenToApplicants)}</dd></div>
            })}
        </dl>
        {r.url.clone().map(|url| view! { <ExternalLink url label=Key::RolePublisherLink /> })}
        {move || match position.get() {
            Position::InRole(c) if c == role => Some(view! { <p class="hjcp-inset">{tr(Key::RoleIsCurrent)}</p> }),
            _ => None,
        }}

        <div class="hjcp-button-group hjcp-role-actions">
            {move || if is_target.get() {
                view! {
                    <p class="hjcp-notification hjcp-notification--inline" role="status">
                        {tr(Key::RoleIsTarget)} " "
                        <button type="button" class="hjcp-link-button" on:click=move |_| session.go(Screen::Path)>{tr(Key::RoleSeePath)}</button>
                    </p>
                }.into_any()
            } else {
                view! { <button type="button" class="hjcp-button" on:click=aim>{tr(Key::RoleAimButton)}</button> }.into_any()
            }}
            {move || if in_compare.get() {
                view! {
                    <p class="hjcp-compare-state" role=move || added.get().then_some("status")>
                        {tr(Key::RoleInCompare)} " "
                        <button type="button" class="hjcp-link-button" on:click=move |_| session.go(Screen::Compare)>
                            {move || fill(t(Key::RoleSeeCompare), &[("count", &session.compared().len().to_string())])}
                        </button>
                    </p>
                }.into_any()
            } else if compare_full.get() {
                view! {
                    <p class="hjcp-compare-state">
                        {tr(Key::RoleCompareFull)} " "
                        <button type="button" class="hjcp-link-button" on:click=move |_| session.go(Screen::Compare)>{tr(Key::RoleOpenCompare)}</button>
                    </p>
                }.into_any()
            } else {
                view! { <button type="button" class="hjcp-button hjcp-button--secondary" on:click=add>{tr(Key::RoleCompareButton)}</button> }.into_any()
            }}
        </div>
        <Show when=move || aimed.get() && is_target.get()>
            <span class="hjcp-visually-hidden" role="status">{tr(Key::RoleAimedStatus)}</span>
        </Show>

        <section aria-labelledby="hjcp-needs-heading">
            <h2 class="hjcp-heading-l" id="hjcp-needs-heading">{tr(Key::RoleNeedsHeading)}</h2>
            <p class="hjcp-hint">{tr(Key::RoleNeedsHint)}</p>
            <ul class="hjcp-req-list">{requirements}</ul>
        </section>

        {changes}

        <section aria-labelledby="hjcp-entry-heading">
            <h2 class="hjcp-heading-l" id="hjcp-entry-heading">{tr(Key::RoleEntryHeading)}</h2>
            {r.entry.is_empty().then(|| view! { <p>{tr(Key::RoleEntryNone)}</p> })}
            {entry}
            {(!r.entry.is_empty()).then(|| view! { <p class="hjcp-hint">{tr(Key::RoleEntryHint)}</p> })}
        </section>

        <section aria-labelledby="hjcp-training-heading">
            <h2 class="hjcp-heading-l" id="hjcp-training-heading">{tr(Key::RoleTrainingHeading)}</h2>
            {r.training.is_empty().then(|| view! { <p>{tr(Key::RoleTrainingNone)}</p> })}
            <ul class="hjcp-list hjcp-list--bullet">{training}</ul>
        </section>

        <section aria-labelledby="hjcp-routes-in-heading">
            <h2 class="hjcp-heading-l" id="hjcp-routes-in-heading">{tr(Key::RoleRoutesInHeading)}</h2>
            {(!has_in && !r.open_to_applicants).then(|| view! { <p>{tr(Key::RoleRoutesInNone)}</p> })}
            {(!has_in && r.open_to_applicants).then(|| view! { <p>{tr(Key::RoleOpenToApplicants)}</p> })}
            <ul class="hjcp-route-list">{routes_in}</ul>
        </section>
        <section aria-labelledby="hjcp-routes-out-heading">
            <h2 class="hjcp-heading-l" id="hjcp-routes-out-heading">{tr(Key::RoleRoutesOutHeading)}</h2>
            {(!has_out).then(|| view! { <p>{tr(Key::RoleRoutesOutNone)}</p> })}
            <ul class="hjcp-route-list">{routes_out}</ul>
        </section>

        <ResultsLinks current=Screen::Role(role) />
    }
    .into_any()
}

/// One thing a route gives, as a list item ("a Level 6 qualification"), worded by hjcp-words as
/// in the path's sentences; nothing for `Other`, which has no words of its own.
fn gives_item(framework: Arc<Framework>, credential: Credential) -> Option<AnyView> {
    let session = use_session();
    hjcp_words::credential_spans(credential, &framework, hjcp_words::Lang::En)?;
    let spans = move || {
        spans_view(
            hjcp_words::credential_spans(credential, &framework, session.lang())
                .unwrap_or_default(),
        )
    };
    Some(view! { <li>{spans}</li> }.into_any())
}
