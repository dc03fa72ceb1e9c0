//! The root component: page frame (skip link, header with language switch, footer), the
//! current screen, and the single-page duties a browser would otherwise do for us: the
//! document title, `<html lang>`, and moving focus to each new screen's heading.

use std::rc::Rc;

use hjcp_engine::Lang;
use leptos::prelude::*;

use crate::components::tr;
use crate::components::{LocalText, SaveMessage};
use crate::content::Content;
use crate::i18n::{fill, Key};
use crate::screens;
use crate::session::{in_frame, use_session, HistoryMode, JourneyNotice, Screen, Session, Stored};
use crate::storage::{LocalStore, MemoryStore, Store};

/// Performance marks (read by tests/e2e/perf.spec.mjs; their times count from navigation).
fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}

/// Entry point from `main`: installs the panic hook, reads the list of frameworks, fetches the
/// one the person was using (or the embedding page asks for), then mounts the app.
pub fn start() {
    mark("hjcp:start");
    // Until the launch parameters are read, recover with the default record key.
    crate::recovery::install(crate::storage::record_key(""));
    let index = match crate::catalog::index() {
        Ok(index) => index,
        Err(e) => {
            web_sys::console::error_1(&e.into());
            return;
        }
    };
    let query = window().location().search().unwrap_or_default();
    let listed = Content::from_index(index);
    let launch = crate::launch::parse_with(&query, |id| listed.whole_or_listed(id));
    let record_key = crate::storage::record_key(&launch.namespace);
    crate::recovery::install(record_key.clone());
    let persistent = local_storage_works();
    let store: Rc<dyn Store> = if persistent {
        Rc::new(LocalStore::new(&launch.namespace))
    } else {
        Rc::new(MemoryStore::default())
    };
    // Whole before the first screen: the framework the page asks for and the one the person
    // was using, so every screen they can return to has its content. A first visit fetches none.
    let mut wanted: Vec<(String, String)> = Vec::new();
    let stored = Stored::read(store.as_ref());
    for id in [launch.framework.as_deref(), stored.active()].into_iter().flatten() {
        if let Some(listing) = listed.listing(id) {
            if !wanted.iter().any(|(w, _)| w == id) {
                wanted.push((id.to_string(), listing.file.clone()));
            }
        }
    }
    wasm_bindgen_futures::spawn_local(async move {
        let mut content = listed;
        let mut failed = None;
        for (id, file) in wanted {
            match crate::session::fetch_framework(&file, &id).await {
                Ok(framework) => content = content.with_loaded(framework),
                Err(e) => {
                    web_sys::console::warn_1(&e.into());
                    failed = Some(id);
                }
            }
        }
        mark("hjcp:catalog");
        // Read again with the fetched frameworks whole, so a target role can be checked.
        let launch = crate::launch::parse_with(&query, |id| content.whole_or_listed(id));
        mount(content, store, stored, launch, record_key, persistent, failed);
    });
}

fn mount(
    content: Content,
    store: Rc<dyn Store>,
    stored: Stored,
    launch: crate::launch::Launch,
    record_key: String,
    persistent: bool,
    failed: Option<String>,
) {
    let session = Session::from_stored(content, store, stored, launch.lang);
    if let Some(id) = failed {
        session.fetch_failed_at_start(id);
    }
    if persistent {
        listen_for_other_tabs(session, record_key);
    }
    apply_launch(&session, &launch);
    // Inside a frame the host page's history is not the widget's to fill (`navigation`).
    session.open(
        if in_frame() { HistoryMode::Replace } else { HistoryMode::Push },
        launch.host_arrival,
    );
    // A shared link (`#hjcp-answers=…`) is offered on the start screen, never loaded silently.
    session.offer_link_from_location();
    session.listen_for_shared_links();
    if let Some(host) = launch.host_origin.clone() {
        crate::embed::report_height_to(host);
    }
    let launch_problems = launch.problems;
    let root = document().get_element_by_id("hjcp-root");
    match root.and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok()) {
        Some(root) => {
            // The static first screen served in index.html is replaced by the live one.
            root.set_inner_html("");
            leptos::mount::mount_to(root, move || view! { <App session launch_problems /> })
                .forget();
        }
        None => leptos::mount::mount_to_body(move || view! { <App session launch_problems /> }),
    }
    mark("hjcp:rendered");
}

/// Starts where the embedding page asked: these set answers in memory only, so nothing is
/// written to storage until the person does something themselves.
fn apply_launch(session: &Session, launch: &crate::launch::Launch) {
    if let Some(framework) = &launch.framework {
        session.choose_framework(framework);
    }
    if let Some(persona) = launch.persona {
        session.set_persona(persona);
    }
    if launch.target.is_some() {
        session.set_target(launch.target.clone());
    }
}

/// Another tab or window of this browser writing the same record fires a `storage` event here
/// (never for this page's own writes). `key` is null when the other page cleared all storage.
fn listen_for_other_tabs(session: Session, key: String) {
    let handle = window_event_listener(leptos::ev::storage, move |e: web_sys::StorageEvent| {
        let local = window().local_storage().ok().flatten();
        let is_local = match (e.storage_area(), local) {
            (Some(area), Some(local)) => js_sys::Object::is(&area, &local),
            _ => false,
        };
        match e.key() {
            _ if !is_local => {}
            Some(k) if k == key => session.on_stored_elsewhere(e.new_value()),
            None => session.on_stored_elsewhere(None),
            Some(_) => {}
        }
    });
    // Listens for the life of the page.
    std::mem::forget(handle);
}

fn local_storage_works() -> bool {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some()
}

#[component]
pub fn App(
    session: Session,
    #[prop(optional)] launch_problems: Vec<crate::launch::LaunchProblem>,
) -> impl IntoView {
    provide_context(session);
    session.persist();
    crate::results_half::fetch_in_background();

    // Keep <html lang> and the document title in step with the language and screen.
    Effect::new(move |_| {
        let lang = session.lang();
        let screen = session.screen();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        let name = screen_name(screen).text(lang);
        // Screens about one competence or one role say which, so each question has a title of
        // its own and is not mistaken for the task list (WCAG 2.4.2).
        let framework = session.framework_untracked();
        let subject = match screen {
            Screen::Rate(ix) => framework
                .as_deref()
                .and_then(|f| f.competences.get(ix))
                .map(|c| c.title.get(lang).0),
            Screen::Role(role) => framework
                .as_deref()
                .filter(|f| role.get() < f.roles.len())
                .map(|f| f.role(role).title.get(lang).0),
            _ => None,
        };
        let screen_text = match subject {
            Some(subject) => format!("{subject} – {name}"),
            None => name.to_string(),
        };
        let title = fill(Key::TitleSuffix.text(lang), &[("screen", &screen_text)]);
        if session.showing_errors() {
            document().set_title(&fill(Key::TitleError.text(lang), &[("title", &title)]));
        } else {
            document().set_title(&title);
        }
    });

    // Move focus to the new screen's heading so screen readers announce it, except on the
    // very first render, when the person has not navigated yet. A screen brought back by Back,
    // Forward or a reload is scrolled to where the person left it (the focus must not move it).
    Effect::new(move |previous: Option<Screen>| {
        let screen = session.screen();
        let moved = previous.is_some_and(|p| p != screen);
        let scroll = if previous.is_none() || moved { session.take_restore_scroll() } else { None };
        // The answer to a "Change" link returns to the row it was on, focused (and so in view).
        let row = if moved { session.take_return_row() } else { None };
        if let Some(row) = row.filter(|_| scroll.is_none()) {
            request_animation_frame(move || {
                let button = document().get_element_by_id(&format!("hjcp-change-{row}"));
                let button = button
                    .and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok());
                let target = button.or_else(|| {
                    let h1 = document().query_selector("#hjcp-main h1").ok().flatten();
                    h1.and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok())
                });
                if let Some(target) = target {
                    let _ = target.focus();
                }
            });
        } else if moved || scroll.is_some() {
            // A results screen waiting for its half is focused and scrolled once it is drawn.
            crate::results_half::when_drawn(screen, move || {
                let h1 = document().query_selector("#hjcp-main h1").ok().flatten();
                let h1 =
                    h1.and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok());
                match (h1, scroll) {
                    (Some(h1), Some(y)) => {
                        if moved {
                            let options = web_sys::FocusOptions::new();
                            options.set_prevent_scroll(true);
                            let _ = h1.focus_with_options(&options);
                        }
                        window().scroll_to_with_x_and_y(0.0, y);
                    }
                    // A new screen starts at its top, as a new page would: focusing the heading
                    // alone would leave it scrolled just enough to show the heading, with the
                    // back link and the caption above it out of sight.
                    (Some(h1), None) => {
                        window().scroll_to_with_x_and_y(0.0, 0.0);
                        let options = web_sys::FocusOptions::new();
                        options.set_prevent_scroll(true);
                        let _ = h1.focus_with_options(&options);
                    }
                    (None, Some(y)) => window().scroll_to_with_x_and_y(0.0, y),
                    (None, None) => {}
                }
            });
        }
        screen
    });

    view! {
        <div class="hjcp">
            <a href="#hjcp-main" class="hjcp-skip-link">{tr(Key::SkipToContent)}</a>
            <Header />
            <main id="hjcp-main" class="hjcp-main" tabindex="-1">
                <SaveMessage />
                <GoneNotice />
                <Show when=move || session.screen() == Screen::Start>
                    <LaunchProblems problems=launch_problems.clone() />
                </Show>
                <StoredNotices />
                <FetchProblem />
                <OtherTabNotice />
                <CorrectionsNotice />
                {move || {
                    // A screen holds its framework from when it was drawn: new content redraws it.
                    session.track_content();
                    match session.screen() {
                    Screen::Start => view! { <screens::start::StartScreen /> }.into_any(),
                    Screen::Persona => view! { <screens::persona::PersonaScreen /> }.into_any(),
                    Screen::CurrentRole => view! { <screens::current_role::CurrentRoleScreen /> }.into_any(),
                    Screen::Facts => view! { <screens::facts::FactsScreen /> }.into_any(),
                    Screen::Target => view! { <screens::target::TargetScreen /> }.into_any(),
                    Screen::TaskList => view! { <screens::task_list::TaskListScreen /> }.into_any(),
                    Screen::Rate(ix) => view! { <screens::rate::RateScreen ix /> }.into_any(),
                    Screen::Estimate => view! { <screens::estimate::EstimateScreen /> }.into_any(),
                    Screen::CheckAnswers => view! { <screens::check_answers::CheckAnswersScreen /> }.into_any(),
                    // The results half: a second wasm file in the release build.
                    screen @ (Screen::Results | Screen::Role(_) | Screen::Path | Screen::Map
                    | Screen::Compare | Screen::Plan | Screen::Browse | Screen::Progress) => {
                        crate::results_half::view(screen)
                    }
                    Screen::TakeAway => view! { <screens::take_away::TakeAwayScreen /> }.into_any(),
                    Screen::ConfirmClear => view! { <screens::clear::ClearScreen /> }.into_any(),
                    Screen::About => view! { <screens::about::AboutScreen /> }.into_any(),
                    Screen::Accessibility => view! { <screens::accessibility::AccessibilityScreen /> }.into_any(),
                }}}
            </main>
            // All the Welsh is a draft: said once on every Welsh page (and its print-out), not
            // beside each string.
            <Show when=move || session.lang() == Lang::Cy>
                <p class="hjcp-draft-note">{tr(Key::WelshDraftNote)}</p>
            </Show>
            <footer class="hjcp-footer">
                <ul class="hjcp-footer__links">
                    <li>
                        <button type="button" class="hjcp-link-button" on:click=move |_| session.go(Screen::About)>
                            {tr(Key::FooterAbout)}
                        </button>
                    </li>
                    <li>
                        <button type="button" class="hjcp-link-button" on:click=move |_| session.go(Screen::Accessibility)>
                            {tr(Key::FooterAccessibility)}
                        </button>
                    </li>
                    <li>
                        <button type="button" class="hjcp-link-button" on:click=move |_| session.go(Screen::ConfirmClear)>
                            {tr(Key::ClearLink)}
                        </button>
                    </li>
                </ul>
            </footer>
        </div>
    }
}

/// Settings in the address that could not be used, each in words saying what to fix.
#[component]
fn LaunchProblems(problems: Vec<crate::launch::LaunchProblem>) -> impl IntoView {
    use crate::launch::LaunchProblem as P;
    let session = use_session();
    (!problems.is_empty()).then(|| {
        let items = problems
            .into_iter()
            .map(|p| {
                let key = match p {
                    P::UnknownFramework(_) => Key::LaunchProblemFramework,
                    P::UnknownTarget(_) => Key::LaunchProblemTarget,
                    P::TargetWithoutFramework(_) => Key::LaunchProblemTargetWithoutFramework,
                    P::BadLang(_) => Key::LaunchProblemLang,
                    P::BadPersona(_) => Key::LaunchProblemPersona,
                    P::BadArrival(_) => Key::LaunchProblemArrival,
                    P::BadNamespace(_) => Key::LaunchProblemNs,
                    P::BadHost(_) => Key::LaunchProblemHost,
                };
                // The value is shown as text, never as markup.
                view! { <li>{move || fill(session.t(key), &[("value", p.value())])}</li> }
            })
            .collect_view();
        view! {
            <div class="hjcp-warning" role="status">
                <h2 class="hjcp-heading-m">{tr(Key::LaunchProblemHeading)}</h2>
                <ul class="hjcp-list">{items}</ul>
            </div>
        }
    })
}

/// What happened to answers saved earlier, in words, until the person hides it. Repeated
/// notices of one kind are counted rather than listed, so a damaged record cannot flood the page.
/// A chosen framework's content could not be fetched: said wherever the person is, with a
/// retry that also finishes what they asked for (`Session::when_loaded`).
#[component]
fn FetchProblem() -> impl IntoView {
    use crate::components::journey::TextWith;
    let session = use_session();
    move || {
        let id = session.fetch_failed()?;
        let title = session.listed_framework(&id)?.title.clone();
        Some(view! {
            <div class="hjcp-warning" role="alert" id="hjcp-fetch-problem" tabindex="-1">
                <p><TextWith template=Key::FetchFailed placeholder="framework" text=title /></p>
                <p>{tr(Key::HalfFailedSaved)}</p>
                <button type="button" class="hjcp-button" on:click=move |_| session.retry_fetch()>
                    {tr(Key::HalfFailedRetry)}
                </button>
            </div>
        })
    }
}

#[component]
fn StoredNotices() -> impl IntoView {
    use hjcp_engine::stored::Notice;
    let session = use_session();
    let t = move |k| session.t(k);
    let lines = move || {
        let notices = session.load_notices();
        let mut lines: Vec<String> = Vec::new();
        let (mut answers, mut fields) = (0usize, 0usize);
        for notice in &notices {
            let line = match notice {
                Notice::NotJson => {
                    Some(format!("{} {}", t(Key::NoticeUnreadable), t(Key::NoticeNotJson)))
                }
                Notice::NotOurs => {
                    Some(format!("{} {}", t(Key::NoticeUnreadable), t(Key::NoticeNotOurs)))
                }
                Notice::WrongShape { .. } => {
                    Some(format!("{} {}", t(Key::NoticeUnreadable), t(Key::NoticeWrongShape)))
                }
                Notice::TooLarge { bytes } => Some(format!(
                    "{} {}",
                    t(Key::NoticeUnreadable),
                    fill(t(Key::NoticeTooLarge), &[("bytes", &bytes.to_string())])
                )),
                Notice::SkippedFramework { id } => {
                    Some(fill(t(Key::NoticeSkippedFramework), &[("id", id)]))
                }
                Notice::Migrated { .. } => Some(t(Key::NoticeMigrated).to_string()),
                Notice::SkippedAnswer { .. } => {
                    answers += 1;
                    None
                }
                Notice::SkippedField { .. } => {
                    fields += 1;
                    None
                }
            };
            lines.extend(line);
        }
        if answers > 0 {
            lines.push(fill(t(Key::NoticeSkippedAnswers), &[("count", &answers.to_string())]));
        }
        if fields > 0 {
            lines.push(fill(t(Key::NoticeSkippedFields), &[("count", &fields.to_string())]));
        }
        lines
    };
    let newer = move || session.save_status() == crate::session::SaveStatus::ReadOnly;
    view! {
        <Show when=move || newer() || !lines().is_empty()>
            <div class="hjcp-warning hjcp-notices" role="status">
                <h2 class="hjcp-heading-m">{tr(Key::NoticesHeading)}</h2>
                <Show when=newer>
                    <p>{tr(Key::NoticeNewer)}</p>
                    <button type="button" class="hjcp-button hjcp-button--secondary"
                        on:click=move |_| session.overwrite_newer_record()>
                        {tr(Key::NoticeNewerReplace)}
                    </button>
                </Show>
                <ul class="hjcp-list">{move || lines().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                <Show when=move || !lines().is_empty()>
                    <button type="button" class="hjcp-link-button" on:click=move |_| session.dismiss_load_notices()>
                        {tr(Key::NoticesDismiss)}
                    </button>
                </Show>
            </div>
        </Show>
    }
}

/// What another tab or window did to the saved answers, until the person hides it.
#[component]
fn OtherTabNotice() -> impl IntoView {
    use crate::session::OtherTab;
    let session = use_session();
    move || {
        session.other_tab().map(|what| {
            let key = match what {
                OtherTab::Merged => Key::OtherTabMerged,
                OtherTab::Cleared => Key::OtherTabCleared,
                OtherTab::Restored => Key::OtherTabRestored,
            };
            view! {
                <div class="hjcp-inset hjcp-other-tab" role="status">
                    <p>{move || session.t(key)}</p>
                    <button type="button" class="hjcp-link-button" on:click=move |_| session.dismiss_other_tab()>
                        {tr(Key::NoticesDismiss)}
                    </button>
                </div>
            }
        })
    }
}

/// What was corrected in the framework since the person's last visit and concerns them, on
/// the screens that give advice (and the start screen, where a returning person arrives), until
/// they hide it. Not on the questions: a correction changes advice, not what is asked.
#[component]
fn CorrectionsNotice() -> impl IntoView {
    let session = use_session();
    let shown_here = move || {
        matches!(
            session.screen(),
            Screen::Start
                | Screen::TaskList
                | Screen::Results
                | Screen::Role(_)
                | Screen::Path
                | Screen::Map
                | Screen::Plan
                | Screen::Compare
        )
    };
    move || {
        let corrections = session.corrections();
        (shown_here() && !corrections.is_empty()).then(|| {
            let items = corrections
                .into_iter()
                .map(|c| view! { <li><LocalText text=c.text /></li> })
                .collect_view();
            view! {
                <div class="hjcp-inset hjcp-corrections hjcp-no-print" role="status">
                    <h2 class="hjcp-heading-s">{tr(Key::CorrectionsHeading)}</h2>
                    <p>{tr(Key::CorrectionsIntro)}</p>
                    <ul class="hjcp-list hjcp-list--bullet">{items}</ul>
                    <button type="button" class="hjcp-link-button" on:click=move |_| session.hide_corrections()>
                        {tr(Key::NoticesDismiss)}
                    </button>
                </div>
            }
        })
    }
}

/// The screen shown is not the one asked for: what was there has left the framework.
#[component]
fn GoneNotice() -> impl IntoView {
    let session = use_session();
    move || match session.notice() {
        Some(JourneyNotice::Gone(gone)) => {
            let (key, id) = match gone {
                crate::nav::Gone::Competence(id) => (Key::GoneCompetence, id),
                crate::nav::Gone::Role(id) => (Key::GoneRole, id),
            };
            // The id is shown as text, never as markup.
            Some(view! {
                <div class="hjcp-inset hjcp-gone" role="status">
                    <p>{move || fill(session.t(key), &[("id", &id)])}</p>
                </div>
            })
        }
        _ => None,
    }
}

/// The screen's name, used in the document title.
fn screen_name(screen: Screen) -> Key {
    match screen {
        Screen::Start => Key::ScreenStart,
        Screen::Persona => Key::ScreenPersona,
        Screen::CurrentRole => Key::ScreenCurrentRole,
        Screen::Facts => Key::ScreenFacts,
        Screen::Target => Key::ScreenTarget,
        Screen::TaskList => Key::ScreenTaskList,
        Screen::Rate(_) => Key::ScreenRate,
        Screen::Estimate => Key::ScreenEstimate,
        Screen::CheckAnswers => Key::ScreenCheckAnswers,
        Screen::Results => Key::ScreenResults,
        Screen::Role(_) => Key::ScreenRole,
        Screen::Path => Key::ScreenPath,
        Screen::Map => Key::ScreenMap,
        Screen::Compare => Key::ScreenCompare,
        Screen::Plan => Key::ScreenPlan,
        Screen::Browse => Key::ScreenBrowse,
        Screen::Progress => Key::ScreenProgress,
        Screen::TakeAway => Key::ScreenTakeAway,
        Screen::ConfirmClear => Key::ScreenClear,
        Screen::About => Key::ScreenAbout,
        Screen::Accessibility => Key::ScreenAccessibility,
    }
}

#[component]
fn Header() -> impl IntoView {
    let session = use_session();
    let other = move || match session.lang() {
        Lang::En => Lang::Cy,
        Lang::Cy => Lang::En,
    };
    view! {
        <header class="hjcp-header">
            <p class="hjcp-header__title">{tr(Key::AppTitle)}</p>
            // The visible name is part of the accessible name (WCAG 2.5.3), in its own language.
            <button type="button" class="hjcp-lang-switch" on:click=move |_| session.choose_lang(other())>
                <span class="hjcp-visually-hidden">{tr(Key::LangSwitchLabel)}</span>
                <span lang=move || other().code()>{tr(Key::LangSwitchTo)}</span>
            </button>
        </header>
    }
}
