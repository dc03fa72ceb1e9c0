//! Results: roles ranked by the engine's fit, each with its plain-language explanation.

use leptos::prelude::*;

use crate::components::{LocalText, ProvenanceTag};
use crate::i18n::{fill, Key};
use crate::session::{use_session, Screen};

#[component]
pub fn ResultsScreen() -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.go(Screen::Start);
        return ().into_any();
    };
    let t = move |k| session.t(k);
    let recommendations = Memo::new(move |_| session.recommendations());
    view! {
        <h1 class="hjcp-heading-xl" tabindex="-1">{move || t(Key::ResultsHeading)}</h1>
        <p class="hjcp-lead">
            {move || fill(t(Key::ResultsIntro), &[("framework", framework.title.get(session.lang.get()).0)])}
        </p>
        <ol class="hjcp-role-list">
            {move || recommendations.get().map(|r| r.ranked.iter().filter_map(|&ix| r.fit(ix).cloned()).map(|fit| {
                let role = framework.role(fit.role);
                let (met, total, percent) = (fit.met, fit.total(), fit.score);
                view! {
                    <li class="hjcp-role-card">
                        <h2 class="hjcp-heading-m"><LocalText text=&role.title /></h2>
                        <p class="hjcp-caption"><LocalText text=&role.family /> " · " <LocalText text=&framework.level(role.level).label /></p>
                        <p><strong>{move || fill(t(Key::FitPercent), &[("percent", &percent.to_string())])}</strong></p>
                        <p>{move || fill(t(Key::MetCount), &[("met", &met.to_string()), ("total", &total.to_string())])}</p>
                        <ProvenanceTag provenance=role.provenance />
                    </li>
                }
            }).collect_view())}
        </ol>
        <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| session.go(Screen::Rate(0))>
            {move || t(Key::ChangeAnswers)}
        </button>
    }
    .into_any()
}
