//! Check your answers: a GOV.UK summary list of everything answered, "about you" first and
//! then area by area, each row with a Change link that returns here once the answer is changed.
//! Also shows what loading a file or link brought in, including answers it could not place.

use std::sync::Arc;

use hjcp_engine::{Framework, Persona};
use leptos::prelude::*;

use crate::components::journey::{RatingWords, TextWith};
use crate::components::tr;
use crate::components::{BackLink, LocalText};
use crate::i18n::{fill, Key};
use crate::session::{use_session, JourneyNotice, Screen};

#[component]
pub fn CheckAnswersScreen() -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.redirect(Screen::Start);
        return ().into_any();
    };
    // A competence counts as answered here when it is rated or has its area's quick estimate.
    let counts = {
        let framework = framework.clone();
        Memo::new(move |_| {
            let answers = session.current_answers();
            let (mut open, mut estimated) = (0, 0);
            for c in &framework.competences {
                if answers.rating(&c.id).is_none() {
                    match answers.estimate(&framework.area(c.area).id) {
                        Some(_) => estimated += 1,
                        None => open += 1,
                    }
                }
            }
            (open, estimated, framework.competences.len())
        })
    };
    let unrated = move || counts.get().0 > 0;
    let nothing_rated = move || {
        let (open, _, total) = counts.get();
        open == total
    };
    let estimated = move || counts.get().1 > 0;
    view! {
        <BackLink />
        <LoadedNotice />
        <span class="hjcp-caption"><LocalText text=framework.title.clone() /></span>
        <h1 class="hjcp-heading-l" tabindex="-1">{tr(Key::CheckHeading)}</h1>
        <p>{tr(Key::CheckIntro)}</p>
        <Show when=estimated>
            <div class="hjcp-inset"><p>{tr(Key::CheckEstimated)}</p></div>
        </Show>
        <AnswersSummary framework=framework.clone() change_links=true />
        <Show
            when=nothing_rated
            fallback=move || view! {
                <Show when=unrated>
                    <div class="hjcp-inset"><p>{tr(Key::CheckUnrated)}</p></div>
                </Show>
            }
        >
            <div class="hjcp-inset"><p>{tr(Key::CheckEmpty)}</p></div>
        </Show>
        <div class="hjcp-button-group">
            <button type="button" class="hjcp-button" on:click=move |_| session.go(Screen::Results)>{tr(Key::CheckContinue)}</button>
            <button type="button" class="hjcp-link-button" on:click=move |_| session.go(Screen::TaskList)>{tr(Key::JourneyReturnTaskList)}</button>
        </div>
    }
    .into_any()
}

/// The confirmation after answers were loaded from a file or a link, and any answers for
/// competences the framework no longer has (kept, not used, never silently dropped). Those are
/// listed here whenever there are some, not only straight after loading: a framework update
/// can leave answers saved on this device without a competence too.
#[component]
fn LoadedNotice() -> impl IntoView {
    let session = use_session();
    move || {
        let framework = session.framework()?;
        let (loaded, orphans) = match session.notice() {
            Some(JourneyNotice::LinkLoaded { orphans }) => (Some(Key::LinkLoaded), orphans),
            Some(JourneyNotice::FileLoaded { orphans }) => (Some(Key::TakeLoaded), orphans),
            _ => (None, hjcp_engine::resolve(&framework, &session.current_answers()).orphans),
        };
        let orphans = (!orphans.is_empty()).then(|| {
            view! {
                <p>{tr(Key::LinkOrphans)}</p>
                <ul class="hjcp-bullets">
                    {orphans.into_iter().map(|id| view! { <li><code>{id}</code></li> }).collect_view()}
                </ul>
            }
        });
        match loaded {
            Some(key) => Some(
                view! {
                    <div class="hjcp-notification" role="status">
                        <p><TextWith template=key placeholder="framework" text=framework.title.clone() /></p>
                        {orphans}
                    </div>
                }
                .into_any(),
            ),
            None => orphans.map(|orphans| view! { <div class="hjcp-inset">{orphans}</div> }.into_any()),
        }
    }
}

/// A row's Change button: its row id (`hjcp-change-<row>` is the button's id, so the answer
/// can return to it) and what it does.
type Change = Option<(String, Box<dyn Fn() + Send + Sync>)>;

/// One row of a summary list: a key, a value and (optionally) a Change button.
fn row(
    key: impl IntoView + 'static,
    hidden_name: impl IntoView + 'static,
    value: impl IntoView + 'static,
    change: Change,
    change_label: impl Fn() -> &'static str + Send + Sync + 'static,
) -> impl IntoView {
    let action = change.map(|(row, f)| {
        view! {
            <dd class="hjcp-summary-list__actions">
                <button type="button" class="hjcp-link-button" id=format!("hjcp-change-{row}") on:click=move |_| f()>
                    {change_label}<span class="hjcp-visually-hidden">" " {hidden_name}</span>
                </button>
            </dd>
        }
    });
    view! {
        <div class="hjcp-summary-list__row">
            <dt class="hjcp-summary-list__key">{key}</dt>
            <dd class="hjcp-summary-list__value">{value}</dd>
            {action}
        </div>
    }
}

/// Everything the person answered for `framework`, as summary lists. With `change_links` each
/// row can be changed and Continue on that screen comes back here; without (the printed
/// summary) it is read-only.
#[component]
pub fn AnswersSummary(framework: Arc<Framework>, change_links: bool) -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let answers = Memo::new(move |_| session.current_answers());
    let change = move |screen: Screen, row: String| -> Change {
        change_links.then(|| {
            let id = row.clone();
            let go = Box::new(move || session.change_row(screen, &id));
            (row, go as Box<dyn Fn() + Send + Sync>)
        })
    };
    let change_label = move || t(Key::CheckChange);
    let role_title = {
        let framework = framework.clone();
        move |id: Option<String>, none: Key| match id.and_then(|id| framework.role_ix(&id)) {
            Some(ix) => view! { <LocalText text=framework.role(ix).title.clone() /> }.into_any(),
            None => (move || t(none)).into_any(),
        }
    };

    let about = move || {
        let a = answers.get();
        let staff = a.persona == Persona::Staff;
        let persona_key = if staff { Key::PersonaStaff } else { Key::PersonaApplicant };
        let qualification = a.facts.qualification_level;
        let years = a.facts.experience_years;
        let current = staff.then(|| {
            row(
                move || t(Key::CheckCurrentRole),
                move || t(Key::CheckCurrentRole),
                role_title(a.facts.current_role.clone(), Key::CurrentNotListed),
                change(Screen::CurrentRole, "current-role".into()),
                change_label,
            )
        });
        view! {
            {row(move || t(Key::CheckPersona), move || t(Key::CheckPersona), move || t(persona_key), change(Screen::Persona, "persona".into()), change_label)}
            {current}
            {row(
                move || t(Key::CheckQualification),
                move || t(Key::CheckQualification),
                move || match qualification {
                    Some(level) => t(crate::screens::facts::level_key(level)),
                    None => t(Key::FactsRatherNotSay),
                },
                change(Screen::Facts, "qualification".into()),
                change_label,
            )}
            {row(
                move || t(Key::CheckExperience),
                move || t(Key::CheckExperience),
                move || match years {
                    Some(1) => t(Key::CheckExperienceOne).to_string(),
                    Some(n) => fill(t(Key::CheckExperienceMany), &[("years", &n.to_string())]),
                    None => t(Key::CheckNotAnswered).to_string(),
                },
                change(Screen::Facts, "experience".into()),
                change_label,
            )}
            {row(
                move || t(Key::CheckTarget),
                move || t(Key::CheckTarget),
                role_title(a.target_role.clone(), Key::TargetDontKnow),
                change(Screen::Target, "target".into()),
                change_label,
            )}
        }
    };

    let areas = framework
        .areas
        .iter()
        .enumerate()
        .map(|(area_ix, area)| {
            let rows = framework
                .competences_in(hjcp_engine::AreaIx(area_ix as u32))
                .map(|(cix, competence)| {
                    let ix = cix.get();
                    let id = competence.id.clone();
                    let area_id = area.id.clone();
                    let framework = framework.clone();
                    let value = move || {
                        let a = answers.get();
                        let answer = a.answers.get(&id).cloned().unwrap_or_default();
                        // Not rated, but counted at the area's quick estimate: shown as such.
                        let rating = match (answer.rating, a.estimate(&area_id)) {
                            (Some(r), _) => view! { <RatingWords framework=framework.clone() rating=r /> }.into_any(),
                            (None, Some(step)) => view! {
                                <RatingWords framework=framework.clone() rating=hjcp_engine::Rating::Level(step) />
                                " "
                                <span class="hjcp-summary-list__estimated">{tr(Key::ResultsEstimated)}</span>
                            }
                            .into_any(),
                            (None, None) => view! { <span class="hjcp-summary-list__missing">{tr(Key::CheckNotAnswered)}</span> }.into_any(),
                        };
                        let note = (!answer.note.is_empty()).then(|| {
                            view! {
                                <p class="hjcp-summary-list__note">
                                    <span class="hjcp-summary-list__note-label">{tr(Key::CheckEvidence)}</span>
                                    " "
                                    {answer.note.clone()}
                                </p>
                            }
                        });
                        view! { <p class="hjcp-summary-list__rating">{rating}</p> {note} }
                    };
                    row(
                        view! { <LocalText text=competence.title.clone() /> },
                        view! { <LocalText text=competence.title.clone() /> },
                        value,
                        change(Screen::Rate(ix), format!("c-{}", competence.id)),
                        change_label,
                    )
                })
                .collect_view();
            view! {
                <h2 class="hjcp-heading-m"><LocalText text=area.title.clone() /></h2>
                <dl class="hjcp-summary-list">{rows}</dl>
            }
        })
        .collect_view();

    view! {
        <h2 class="hjcp-heading-m">{tr(Key::CheckAboutHeading)}</h2>
        <dl class="hjcp-summary-list">{about}</dl>
        {areas}
    }
}
