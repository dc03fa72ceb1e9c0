//! Explore the framework: what it is and where it comes from (owner, version, sources, notes),
//! then a drill-down from area to competence to what each step of the scale looks like, and
//! the roles and learning it lists. Disclosures keep the first view short; every item shows
//! whether it is official wording or written for this tool.

use hjcp_engine::{AreaIx, RoleIx};
use leptos::prelude::*;

use crate::components::tr;
use crate::components::{
    competence_provenance, offer_provenance, source_detail, BackLink, LocalText, ProvenanceLine,
    ResultsLinks, RoleLink,
};
use crate::i18n::{date_in_words, fill, Key};
use crate::session::{use_session, Screen};

#[component]
pub fn BrowseScreen() -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.redirect(Screen::Start);
        return ().into_any();
    };
    let t = move |k| session.t(k);

    let sources = framework
        .sources
        .iter()
        .map(|s| {
            let detail = source_detail(s);
            view! {
                <li lang="en">
                    <cite>{s.title.clone()}</cite>
                    {(!detail.is_empty()).then(|| format!(" ({detail})"))}
                </li>
            }
        })
        .collect_view();
    let scale = framework
        .scale
        .iter()
        .map(|s| view! { <div><dt><LocalText text=s.label.clone() /></dt><dd><LocalText text=s.descriptor.clone() /></dd></div> })
        .collect_view();

    let areas = framework
        .areas
        .iter()
        .enumerate()
        .map(|(ai, area)| {
            let competences: Vec<_> = framework.competences_in(AreaIx(ai as u32)).collect();
            let count = competences.len();
            let items = competences
                .into_iter()
                .map(|(_, c)| {
                    let indicators = framework
                        .scale
                        .iter()
                        .enumerate()
                        .map(|(step, s)| {
                            let indicator = c.indicators.iter().find(|(p, _)| *p as usize == step).map(|(_, text)| text);
                            view! {
                                <div>
                                    <dt><LocalText text=s.label.clone() /></dt>
                                    <dd>
                                        {match indicator {
                                            Some(text) => view! { <LocalText text=text.clone() /> }.into_any(),
                                            None => view! { <span class="hjcp-hint">{tr(Key::BrowseNoIndicator)}</span> " " <LocalText text=s.descriptor.clone() /> }.into_any(),
                                        }}
                                    </dd>
                                </div>
                            }
                        })
                        .collect_view();
                    view! {
                        <li>
                            <details class="hjcp-disclosure hjcp-disclosure--competence">
                                <summary class="hjcp-disclosure__summary"><span><LocalText text=c.title.clone() /></span></summary>
                                <div class="hjcp-disclosure__text">
                                    {(!c.description.en.is_empty()).then(|| view! { <p><LocalText text=c.description.clone() /></p> })}
                                    <ProvenanceLine framework=framework.clone() fields=competence_provenance(c) />
                                    <h3 class="hjcp-heading-s">{tr(Key::BrowseLooksLike)}</h3>
                                    <dl class="hjcp-keyvals hjcp-keyvals--stacked">{indicators}</dl>
                                </div>
                            </details>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <details class="hjcp-disclosure hjcp-disclosure--area">
                    <summary class="hjcp-disclosure__summary">
                        <span><LocalText text=area.title.clone() /></span>
                        <span class="hjcp-disclosure__count">{move || fill(t(Key::BrowseCompetenceCount), &[("count", &count.to_string())])}</span>
                    </summary>
                    <div class="hjcp-disclosure__text">
                        {(!area.description.en.is_empty()).then(|| view! { <p><LocalText text=area.description.clone() /></p> })}
                        <ProvenanceLine framework=framework.clone() fields=vec![
                            (Key::ProvenanceFieldTitle, vec![area.title.clone()]),
                            (Key::ProvenanceFieldDescription, vec![area.description.clone()]),
                        ] />
                        <ul class="hjcp-browse-list">{items}</ul>
                    </div>
                </details>
            }
        })
        .collect_view();

    // Roles by level, most senior last, as the framework lists its levels.
    let mut levels: Vec<usize> = (0..framework.levels.len()).collect();
    levels.sort_by_key(|&l| framework.levels[l].rank);
    let roles = levels
        .into_iter()
        .filter_map(|l| {
            let in_level: Vec<_> = framework
                .roles
                .iter()
                .enumerate()
                .filter(|(_, r)| r.level.get() == l)
                .map(|(i, r)| {
                    view! {
                        <li>
                            <RoleLink role=RoleIx(i as u32) />
                            <span class="hjcp-caption"><LocalText text=r.family.clone() /></span>
                        </li>
                    }
                })
                .collect();
            (!in_level.is_empty()).then(|| {
                view! {
                    <div>
                        <dt><LocalText text=framework.levels[l].label.clone() /></dt>
                        <dd><ul class="hjcp-link-list">{in_level}</ul></dd>
                    </div>
                }
            })
        })
        .collect_view();

    let learning = framework
        .learning
        .iter()
        .map(|o| {
            let builds = o.builds.iter().map(|c| view! { <li><LocalText text=framework.competence(*c).title.clone() /></li> }).collect_view();
            view! {
                <li>
                    <details class="hjcp-disclosure">
                        <summary class="hjcp-disclosure__summary"><span><LocalText text=o.title.clone() /></span></summary>
                        <div class="hjcp-disclosure__text">
                            <p class="hjcp-caption"><LocalText text=o.provider.clone() /></p>
                            {(!o.description.en.is_empty()).then(|| view! { <p><LocalText text=o.description.clone() /></p> })}
                            <p class="hjcp-offer__builds-label">{tr(Key::PlanBuilds)}</p>
                            <ul class="hjcp-list hjcp-list--bullet">{builds}</ul>
                            <ProvenanceLine framework=framework.clone() fields=offer_provenance(o) />
                        </div>
                    </details>
                </li>
            }
        })
        .collect_view();
    let has_learning = !framework.learning.is_empty();
    let notes = framework.notes.clone();

    view! {
        <BackLink />
        <span class="hjcp-caption">{tr(Key::ScreenBrowse)}</span>
        <h1 class="hjcp-heading-xl" tabindex="-1"><LocalText text=framework.title.clone() /></h1>
        <p class="hjcp-lead"><LocalText text=framework.summary.clone() /></p>
        <ProvenanceLine framework=framework.clone() fields=vec![
            (Key::ProvenanceFieldTitle, vec![framework.title.clone()]),
            (Key::ProvenanceFieldSummary, vec![framework.summary.clone()]),
        ] />
        <dl class="hjcp-keyvals hjcp-keyvals--wide">
            <div><dt>{tr(Key::BrowseOwner)}</dt><dd><LocalText text=framework.owner.clone() /></dd></div>
            <div><dt>{tr(Key::BrowseVersion)}</dt><dd>{framework.version.clone()}</dd></div>
            <div><dt>{tr(Key::BrowsePublished)}</dt><dd>{
                let published = framework.published.clone();
                move || date_in_words(&published, session.lang()).unwrap_or_else(|| t(Key::BrowseUndated).to_string())
            }</dd></div>
            {(!framework.written.is_empty()).then(|| {
                let written = framework.written.clone();
                view! {
                    <div><dt>{tr(Key::BrowseWritten)}</dt><dd>{move || date_in_words(&written, session.lang()).unwrap_or_else(|| written.clone())}</dd></div>
                }
            })}
        </dl>
        <h2 class="hjcp-heading-m">{tr(Key::BrowseSources)}</h2>
        <ul class="hjcp-list hjcp-list--bullet">{sources}</ul>
        {(!notes.en.is_empty()).then(|| view! {
            <details class="hjcp-disclosure">
                <summary class="hjcp-disclosure__summary"><span>{tr(Key::BrowseNotes)}</span></summary>
                <div class="hjcp-disclosure__text hjcp-notes">{move || {
                    let (notes, native) = notes.get(session.lang());
                    notes
                        .split("\n\n")
                        .map(|p| view! { <p lang=(!native).then_some("en")>{p.to_string()}</p> })
                        .collect_view()
                }}</div>
            </details>
        })}

        <h2 class="hjcp-heading-l">{tr(Key::BrowseScaleHeading)}</h2>
        <p class="hjcp-hint">{tr(Key::BrowseScaleHint)}</p>
        <dl class="hjcp-keyvals hjcp-keyvals--stacked">{scale}</dl>

        <h2 class="hjcp-heading-l">{tr(Key::BrowseAreasHeading)}</h2>
        <p class="hjcp-hint">{tr(Key::BrowseAreasHint)}</p>
        <div class="hjcp-browse">{areas}</div>

        <h2 class="hjcp-heading-l">{tr(Key::BrowseRolesHeading)}</h2>
        <dl class="hjcp-keyvals hjcp-keyvals--stacked">{roles}</dl>

        {has_learning.then(|| view! {
            <h2 class="hjcp-heading-l">{tr(Key::BrowseLearningHeading)}</h2>
            <ul class="hjcp-browse-list">{learning}</ul>
        })}
        <ResultsLinks current=Screen::Browse />
    }
    .into_any()
}
