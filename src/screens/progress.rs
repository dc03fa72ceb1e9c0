//! Progress over time: save a dated snapshot of today's ratings, and see what changed since
//! the last one, competence by competence, in words (up, down, new), never by colour alone.

use leptos::prelude::*;

use crate::components::journey::{focus_errors, plain_date, ErrorList, RatingWords};
use crate::components::{BackLink, LocalText};
use crate::i18n::{fill, Key};
use hjcp_engine::{changes_since, Change};

use crate::components::tr;
use crate::session::{use_session, Screen};

#[component]
pub fn ProgressScreen() -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let Some(framework) = session.framework_untracked() else {
        return view! {
            <BackLink />
            <h1 class="hjcp-heading-l" tabindex="-1">{tr(Key::ProgressHeading)}</h1>
            <p>{tr(Key::JourneyNoFramework)}</p>
            <button type="button" class="hjcp-button" on:click=move |_| session.go(Screen::Start)>{tr(Key::JourneyGoStart)}</button>
        }
        .into_any();
    };
    let answers = Memo::new(move |_| session.current_answers());
    let saved_at = RwSignal::new(None::<u64>);
    let error = RwSignal::new(false);
    let errors = Signal::derive(move || {
        if error.get() {
            vec![(t(Key::ProgressErrorNothingRated).to_string(), "save-snapshot")]
        } else {
            vec![]
        }
    });
    let save = move |_| {
        let rated = answers.with_untracked(|a| a.answers.values().any(|x| x.rating.is_some()));
        if !rated {
            error.set(true);
            saved_at.set(None);
            focus_errors();
            return;
        }
        error.set(false);
        session.take_snapshot();
        saved_at.set(answers.with_untracked(|a| a.snapshots.last().map(|s| s.taken_ms)));
    };
    let changes_framework = framework.clone();
    let changes = move || {
        let framework = &changes_framework;
        let a = answers.get();
        let last = a.snapshots.last()?.clone();
        let list = changes_since(framework, &last, &a);
        let since = move || {
            fill(t(Key::ProgressSince), &[("date", &plain_date(last.taken_ms, session.lang()))])
        };
        let body = if list.is_empty() {
            view! { <p>{tr(Key::ProgressNoChanges)}</p> }.into_any()
        } else {
            let items = list
                .into_iter()
                .map(|(ix, change)| {
                    let competence = &framework.competences[ix];
                    let (key, class, from, to) = match change {
                        Change::Up { from, to } => (Key::ProgressUp, "hjcp-change hjcp-change--up", Some(from), Some(to)),
                        Change::Down { from, to } => (Key::ProgressDown, "hjcp-change hjcp-change--down", Some(from), Some(to)),
                        Change::Changed { from, to } => (Key::ProgressChanged, "hjcp-change", Some(from), Some(to)),
                        Change::New(to) => (Key::ProgressNew, "hjcp-change hjcp-change--new", None, Some(to)),
                        Change::Removed(from) => (Key::ProgressRemoved, "hjcp-change", Some(from), None),
                    };
                    let words = |rating: Option<hjcp_engine::Rating>| match rating {
                        Some(rating) => view! { <RatingWords framework=framework.clone() rating /> }.into_any(),
                        None => (move || t(Key::ProgressNotRated)).into_any(),
                    };
                    view! {
                        <li class="hjcp-change-list__item">
                            <p class="hjcp-change-list__title"><LocalText text=competence.title.clone() /></p>
                            <p class="hjcp-change-list__detail">
                                <strong class=class>{move || t(key)}</strong>
                                <span class="hjcp-change-list__then">{tr(Key::ProgressThen)} " " {words(from)}</span>
                                <span class="hjcp-change-list__now">{tr(Key::ProgressNow)} " " {words(to)}</span>
                            </p>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="hjcp-change-list">{items}</ul> }.into_any()
        };
        Some(view! {
            <h2 class="hjcp-heading-m">{tr(Key::ProgressChangesHeading)}</h2>
            <p class="hjcp-hint">{since}</p>
            {body}
        })
    };
    let history = move || {
        let snapshots = answers.with(|a| a.snapshots.clone());
        if snapshots.is_empty() {
            return view! { <div class="hjcp-inset"><p>{tr(Key::ProgressNone)}</p></div> }
                .into_any();
        }
        let items = snapshots
            .into_iter()
            .rev()
            .map(|s| {
                let count = s.ratings.len();
                view! {
                    <li>{move || fill(t(Key::ProgressSnapshotItem), &[("date", &plain_date(s.taken_ms, session.lang())), ("count", &count.to_string())])}</li>
                }
            })
            .collect_view();
        view! {
            <h2 class="hjcp-heading-m">{tr(Key::ProgressHistoryHeading)}</h2>
            <ul class="hjcp-bullets">{items}</ul>
        }
        .into_any()
    };
    view! {
        <BackLink />
        <ErrorList errors />
        <span class="hjcp-caption"><LocalText text=framework.title.clone() /></span>
        <h1 class="hjcp-heading-l" tabindex="-1">{tr(Key::ProgressHeading)}</h1>
        {move || saved_at.get().map(|ms| view! {
            <div class="hjcp-notification" role="status">
                <p>{move || fill(t(Key::ProgressSaved), &[("date", &plain_date(ms, session.lang()))])}</p>
            </div>
        })}
        <p>{tr(Key::ProgressIntro)}</p>
        <div class=move || if error.get() { "hjcp-form-group hjcp-form-group--error" } else { "hjcp-form-group" }>
            <Show when=move || error.get()>
                <p class="hjcp-error-message">{tr(Key::ProgressErrorNothingRated)}</p>
            </Show>
            <button type="button" class="hjcp-button" id="save-snapshot" on:click=save>{tr(Key::ProgressSave)}</button>
        </div>
        {changes}
        {history}
    }
    .into_any()
}
