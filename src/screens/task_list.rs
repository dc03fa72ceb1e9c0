//! The task list: "about you", then one task per area of the framework with its status in
//! words (Not started / In progress / Completed), then check answers and results.

use hjcp_engine::AreaIx;
use leptos::prelude::*;

use crate::components::journey::TextWith;
use crate::components::{ChangeFramework, LocalText};
use crate::i18n::{fill, Key};
use hjcp_engine::AreaStatus;

use crate::components::tr;
use crate::session::{use_session, Screen};

#[component]
pub fn TaskListScreen() -> impl IntoView {
    let session = use_session();
    let Some(framework) = session.framework_untracked() else {
        session.redirect(Screen::Start);
        return ().into_any();
    };
    let t = move |k| session.t(k);
    let area_count = framework.areas.len();
    let progress = Memo::new(move |_| {
        (0..area_count).map(|i| session.area_progress(AreaIx(i as u32))).collect::<Vec<_>>()
    });
    // What the target role needs, worked out once for every area's count.
    let needed = Memo::new(move |_| session.needed_by_target());
    let done =
        move || progress.with(|p| p.iter().filter(|a| a.status() == AreaStatus::Completed).count());
    let nothing_yet =
        move || progress.with(|p| p.iter().all(|a| a.status() == AreaStatus::NotStarted));
    let areas = framework
        .areas
        .iter()
        .enumerate()
        .map(|(i, area)| {
            let p = move || progress.with(|p| p[i]);
            let status_id = format!("area-{}-status", area.id);
            let hint_id = format!("area-{}-hint", area.id);
            let open = move |_| {
                if let Some(ix) = p().link_target() {
                    session.open_area_at(ix);
                }
            };
            let area_ix = AreaIx(i as u32);
            let needed_here = {
                let framework = framework.clone();
                move || {
                    let count = needed.with(|needed| {
                        framework
                            .competences_in(area_ix)
                            .filter(|(c, _)| needed.get(c.get()).copied().unwrap_or(false))
                            .count()
                    });
                    (count > 0).then(|| {
                        view! {
                            <span class="hjcp-task-list__needed">
                                {fill(t(Key::TaskAreaNeeded), &[("count", &count.to_string())])}
                            </span>
                        }
                    })
                }
            };
            let estimated = {
                let framework = framework.clone();
                let id = area.id.clone();
                move || {
                    let level = session.current_answers().estimate(&id)?;
                    let label = framework.scale.get(usize::from(level))?.label.clone();
                    Some(view! {
                        <span class="hjcp-task-list__estimated">
                            <TextWith template=Key::TaskAreaEstimated placeholder="level" text=label />
                        </span>
                    })
                }
            };
            let not_sure = move || {
                let n = p().not_sure;
                (n > 0).then(|| view! {
                    <span class="hjcp-task-list__not-sure">{fill(t(Key::TaskAreaNotSure), &[("count", &n.to_string())])}</span>
                })
            };
            view! {
                <li class="hjcp-task-list__item">
                    <div class="hjcp-task-list__name">
                        <button
                            type="button"
                            class="hjcp-link-button hjcp-task-list__link"
                            aria-describedby=format!("{hint_id} {status_id}")
                            on:click=open
                        >
                            <LocalText text=area.title.clone() />
                        </button>
                        <div class="hjcp-task-list__hint" id=hint_id.clone()>
                            {move || fill(t(Key::TaskAreaCount), &[("answered", &p().answered.to_string()), ("total", &p().total.to_string())])}
                            {estimated}
                            {not_sure}
                            {needed_here}
                        </div>
                    </div>
                    <div class="hjcp-task-list__status" id=status_id>
                        {move || match p().status() {
                            AreaStatus::NotStarted => view! { <strong class="hjcp-task-tag hjcp-task-tag--grey">{t(Key::TaskNotStarted)}</strong> }.into_any(),
                            AreaStatus::InProgress => view! { <strong class="hjcp-task-tag hjcp-task-tag--blue">{t(Key::TaskInProgress)}</strong> }.into_any(),
                            AreaStatus::Completed => view! { <span class="hjcp-task-done">{t(Key::TaskCompleted)}</span> }.into_any(),
                        }}
                    </div>
                </li>
            }
        })
        .collect_view();
    let total = framework.areas.len();
    let link = move |screen: Screen, key: Key| {
        view! {
            <li class="hjcp-task-list__item hjcp-task-list__item--plain">
                <div class="hjcp-task-list__name">
                    <button type="button" class="hjcp-link-button hjcp-task-list__link" on:click=move |_| {
                        session.go(screen);
                    }>{move || t(key)}</button>
                </div>
            </li>
        }
    };
    view! {
        <span class="hjcp-caption"><LocalText text=framework.title.clone() /></span>
        <h1 class="hjcp-heading-l" tabindex="-1">{tr(Key::TaskHeading)}</h1>
        <p>{tr(Key::TaskIntro)}</p>
        <ChangeFramework />
        <p class="hjcp-task-summary">
            <strong>{move || fill(t(Key::TaskSummary), &[("done", &done().to_string()), ("total", &total.to_string())])}</strong>
            <br />
            {move || {
                let (answered, all) = session.overall_progress();
                fill(t(Key::TaskOverall), &[("answered", &answered.to_string()), ("total", &all.to_string())])
            }}
        </p>
        {move || {
            let (answered, needed) = session.target_needs_progress();
            (needed > answered).then(|| view! {
                <div class="hjcp-inset hjcp-rate-needed">
                    <button type="button" class="hjcp-button hjcp-button--secondary" aria-describedby="rate-needed-hint"
                        on:click=move |_| session.rate_what_target_needs()>
                        {tr(Key::TaskRateNeeded)}
                    </button>
                    <p class="hjcp-hint" id="rate-needed-hint">
                        {fill(t(Key::TaskRateNeededHint), &[("count", &(needed - answered).to_string()), ("total", &needed.to_string())])}
                    </p>
                </div>
            })
        }}
        <Show when=nothing_yet>
            <div class="hjcp-inset"><p>{tr(Key::TaskEmpty)}</p></div>
        </Show>
        <p class="hjcp-estimate-offer">
            <button type="button" class="hjcp-link-button" aria-describedby="estimate-offer-hint" on:click=move |_| session.go(Screen::Estimate)>
                {tr(Key::TaskEstimateLink)}
            </button>
            <span class="hjcp-hint" id="estimate-offer-hint">
                " " {move || fill(t(Key::TaskEstimateHint), &[("count", &total.to_string())])}
            </span>
        </p>
        <ol class="hjcp-task-sections">
            <li>
                <h2 class="hjcp-heading-m">{tr(Key::TaskAboutHeading)}</h2>
                <ul class="hjcp-task-list">
                    <li class="hjcp-task-list__item">
                        <div class="hjcp-task-list__name">
                            <button type="button" class="hjcp-link-button hjcp-task-list__link" aria-describedby="task-about-status" on:click=move |_| {
                                session.go(Screen::Persona);
                            }>{tr(Key::TaskAbout)}</button>
                        </div>
                        <div class="hjcp-task-list__status" id="task-about-status">
                            <span class="hjcp-task-done">{tr(Key::TaskCompleted)}</span>
                        </div>
                    </li>
                </ul>
            </li>
            <li>
                <h2 class="hjcp-heading-m">{tr(Key::TaskAreasHeading)}</h2>
                <ul class="hjcp-task-list">{areas}</ul>
            </li>
            <li>
                <h2 class="hjcp-heading-m">{tr(Key::TaskFinishHeading)}</h2>
                <ul class="hjcp-task-list">
                    {link(Screen::CheckAnswers, Key::TaskCheck)}
                    {link(Screen::Results, Key::TaskResults)}
                </ul>
            </li>
        </ol>
        <h2 class="hjcp-heading-m">{tr(Key::TaskMoreHeading)}</h2>
        <ul class="hjcp-more-links">
            <li><button type="button" class="hjcp-link-button" on:click=move |_| session.go(Screen::Progress)>{tr(Key::TaskProgressLink)}</button></li>
            <li><button type="button" class="hjcp-link-button" on:click=move |_| session.go(Screen::TakeAway)>{tr(Key::TaskTakeAwayLink)}</button></li>
        </ul>
    }
    .into_any()
}
