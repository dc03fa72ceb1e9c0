//! About this tool: what it is, who made it, where the answers are kept, where each framework
//! in the content comes from (its version and every source document), and how to report a
//! mistake. Needs no framework chosen: it lists them all.

use leptos::prelude::*;

use crate::components::tr;
use crate::components::{BackLink, ExternalLink, LocalText, ProvenanceLine};
use crate::i18n::{date_in_words, fill, Key};
use crate::session::use_session;

#[component]
pub fn AboutScreen() -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let frameworks = move || {
        session
            .frameworks()
            .into_iter()
            .map(|listed| {
                let framework = listed.framework;
                let version = framework.version.clone();
                let (published, written) = (framework.published.clone(), framework.written.clone());
                // "Version 2025.1. Written for this tool on 23 November 2026. The source gives
                // no date.": each date only as precise as it is known.
                let dates = move || {
                    let lang = session.lang();
                    let mut out = vec![fill(t(Key::AboutFrameworkVersion), &[("version", &version)])];
                    if let Some(w) = date_in_words(&written, lang) {
                        out.push(fill(t(Key::AboutFrameworkWritten), &[("written", &w)]));
                    }
                    out.push(match date_in_words(&published, lang) {
                        Some(p) => fill(t(Key::AboutFrameworkPublished), &[("published", &p)]),
                        None => t(Key::AboutFrameworkUndated).to_string(),
                    });
                    out.join(" ")
                };
                let sources = framework
                    .sources
                    .iter()
                    .map(|source| {
                        let (title, publisher, date) =
                            (source.title.clone(), source.publisher.clone(), source.date.clone());
                        // A source without a date is written without one (no dangling comma).
                        let key = if date.is_empty() {
                            Key::AboutSourceLineUndated
                        } else {
                            Key::AboutSourceLine
                        };
                        let line = move || {
                            fill(
                                t(key),
                                &[("title", &title), ("publisher", &publisher), ("date", &date)],
                            )
                        };
                        view! {
                            <li class="hjcp-about__source">
                                <span lang="en">{line}</span>
                                {source.url.clone().map(|url| view! { <ExternalLink url label=Key::AboutSourceLink /> })}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="hjcp-about__framework" data-framework=framework.id.clone()>
                        <h3 class="hjcp-heading-m"><LocalText text=framework.title.clone() /></h3>
                        <p class="hjcp-caption">
                            {dates}
                        </p>
                        {(!framework.applies.en.is_empty()).then(|| {
                            let applies = framework.applies.clone();
                            view! {
                                <div class="hjcp-about__applies">
                                    <p>{tr(Key::FrameworkApplies)}" "<LocalText text=applies.clone() /></p>
                                    <ProvenanceLine framework=framework.clone() fields=vec![(Key::ProvenanceFieldApplies, vec![applies.clone()])] />
                                </div>
                            }
                        })}
                        <ul class="hjcp-list hjcp-list--bullet">{sources}</ul>
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        <BackLink />
        <h1 class="hjcp-heading-xl" tabindex="-1">{tr(Key::AboutHeading)}</h1>
        <p class="hjcp-lead">{tr(Key::AboutIntro)}</p>
        <h2 class="hjcp-heading-l">{tr(Key::AboutWhoHeading)}</h2>
        <p>{tr(Key::AboutWhoBody)}</p>
        <h2 class="hjcp-heading-l">{tr(Key::AboutPrivacyHeading)}</h2>
        <p>{tr(Key::AboutPrivacyBody)}</p>
        <h2 class="hjcp-heading-l">{tr(Key::AboutTimeHeading)}</h2>
        <p>{tr(Key::AboutTimeBody)}</p>
        <h2 class="hjcp-heading-l">{tr(Key::AboutSourcesHeading)}</h2>
        <p>{tr(Key::AboutSourcesIntro)}</p>
        {frameworks}
        <h2 class="hjcp-heading-l">{tr(Key::AboutErrorsHeading)}</h2>
        <p>{tr(Key::AboutErrorsBody)}</p>
        <p>
            <button type="button" class="hjcp-link-button" on:click=move |_| session.back()>
                {tr(Key::AboutBackToTool)}
            </button>
        </p>
    }
}
