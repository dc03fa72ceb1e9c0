//! Results: roles ranked by how well the person's ratings meet what each role needs.

use hjcp_engine::{resolve, Framework, Resolved, RoleIx};
use leptos::prelude::*;

use crate::components::{LocalText, ProvenanceTag};
use crate::i18n::{fill, Key};
use crate::session::{use_session, Screen};

// Replaced by the engine's fit module once it lands; kept minimal on purpose.
fn rank(framework: &Framework, resolved: &Resolved) -> Vec<(RoleIx, usize, usize)> {
    let mut ranked: Vec<_> = framework
        .roles
        .iter()
        .enumerate()
        .map(|(i, role)| {
            let met = role.requires.iter().filter(|r| resolved.level(r.competence).is_some_and(|p| p >= r.proficiency)).count();
            (RoleIx(i as u32), met, role.requires.len())
        })
        .collect();
    ranked.sort_by(|a, b| (b.1 * a.2.max(1)).cmp(&(a.1 * b.2.max(1))).then(a.0.cmp(&b.0)));
    ranked
}

#[component]
pub fn ResultsScreen() -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.go(Screen::Start);
        return ().into_any();
    };
    let t = move |k| session.t(k);
    let ranked = Memo::new(move |_| rank(framework, &resolve(framework, &session.current_answers())));
    view! {
        <h1 class="hjcp-heading-xl" tabindex="-1">{move || t(Key::ResultsHeading)}</h1>
        <p class="hjcp-lead">
            {move || fill(t(Key::ResultsIntro), &[("framework", framework.title.get(session.lang.get()).0)])}
        </p>
        <ol class="hjcp-role-list">
            {move || ranked.get().into_iter().map(|(ix, met, total)| {
                let role = framework.role(ix);
                let percent = if total == 0 { 0 } else { met * 100 / total };
                view! {
                    <li class="hjcp-role-card">
                        <h2 class="hjcp-heading-m"><LocalText text=&role.title /></h2>
                        <p class="hjcp-caption"><LocalText text=&role.family /> " · " <LocalText text=&framework.level(role.level).label /></p>
                        <p><strong>{move || fill(t(Key::FitPercent), &[("percent", &percent.to_string())])}</strong></p>
                        <p>{move || fill(t(Key::MetCount), &[("met", &met.to_string()), ("total", &total.to_string())])}</p>
                        <ProvenanceTag provenance=role.provenance />
                    </li>
                }
            }).collect_view()}
        </ol>
        <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| session.go(Screen::Rate(0))>
            {move || t(Key::ChangeAnswers)}
        </button>
    }
    .into_any()
}
