//! The results half: the screens a person reaches after rating (results, a role, the path, the
//! map, compare, the plan, browse, progress) and the recommendation engine they call.
//!
//! Built with the `split` feature (`scripts/build.sh`), this half is a second wasm file that
//! `wasm-split` cuts off at `results_screen`: the first load holds the start screen, the
//! questions, storage, notices and "download my answers", and this half is fetched in the
//! background as soon as the first screen has painted ([`fetch_in_background`]), so it is
//! normally there before anyone asks for results. If the fetch fails (offline, blocked), a
//! results screen says so with a retry; answers are never touched by any of this.
//!
//! Without the feature (`cargo test`, `wasm-bindgen-test`) the same functions run in one module
//! and the half counts as loaded from the start.

use leptos::prelude::*;

use crate::components::{tr, BackLink};
use crate::i18n::Key;
use crate::screens;
use crate::session::Screen;

/// Whether the results half is in this page yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HalfState {
    Loading,
    Ready,
    Failed,
}

/// The results half could not be fetched or instantiated.
#[derive(Debug)]
pub struct NotLoaded;

impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> NotLoaded {
        NotLoaded
    }
}

/// The split point: everything reachable only from here goes into the second wasm file.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        results_half,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(preload_results_half)
    )
)]
fn results_screen(screen: Screen) -> Result<AnyView, NotLoaded> {
    Ok(match screen {
        Screen::Results => view! { <screens::results::ResultsScreen /> }.into_any(),
        Screen::Role(role) => view! { <screens::role::RoleScreen role /> }.into_any(),
        Screen::Path => view! { <screens::path::PathScreen /> }.into_any(),
        Screen::Map => view! { <screens::map::MapScreen /> }.into_any(),
        Screen::Compare => view! { <screens::compare::CompareScreen /> }.into_any(),
        Screen::Plan => view! { <screens::plan::PlanScreen /> }.into_any(),
        Screen::Browse => view! { <screens::browse::BrowseScreen /> }.into_any(),
        _ => view! { <screens::progress::ProgressScreen /> }.into_any(),
    })
}

/// The half's state and what waits for it, one per page (like the half itself).
#[derive(Clone, Copy)]
struct Half {
    state: RwSignal<HalfState>,
    /// Run once a results screen is drawn (or its failure is): the focus and scroll a new
    /// screen gets, which must not land on the line that said it was loading.
    waiting: StoredValue<Vec<Box<dyn FnOnce()>>, LocalStorage>,
    /// A failed background fetch is tried again once, when a results screen is asked for.
    retried: StoredValue<bool>,
}

fn half() -> Half {
    match use_context::<Half>() {
        Some(half) => half,
        None => {
            let initial =
                if cfg!(feature = "split") { HalfState::Loading } else { HalfState::Ready };
            let half = Half {
                state: RwSignal::new(initial),
                waiting: StoredValue::new_local(Vec::new()),
                retried: StoredValue::new(false),
            };
            provide_context(half);
            half
        }
    }
}

/// Called once by the root component: keeps the state in context and, in a split build,
/// starts fetching the half once the first screen has painted.
pub fn fetch_in_background() {
    let half = half();
    if half.state.get_untracked() == HalfState::Ready {
        return;
    }
    // After the next frame, so the fetch never competes with the first paint.
    request_animation_frame(move || set_timeout(move || fetch(half), Default::default()));
}

fn fetch(half: Half) {
    // Focus on the "Try again" button (about to be replaced) moves to the heading drawn next.
    let on_placeholder = document()
        .active_element()
        .is_some_and(|el| el.closest(".hjcp-half").ok().flatten().is_some());
    half.state.set(HalfState::Loading);
    leptos::task::spawn_local(async move {
        let loaded = load().await.is_ok();
        half.state.set(if loaded { HalfState::Ready } else { HalfState::Failed });
        let mut waiting = half.waiting.try_update_value(std::mem::take).unwrap_or_default();
        if on_placeholder && waiting.is_empty() {
            waiting.push(Box::new(focus_heading));
        }
        if !waiting.is_empty() {
            request_animation_frame(move || waiting.into_iter().for_each(|f| f()));
        }
    });
}

fn focus_heading() {
    let h1 = document().query_selector("#hjcp-main h1").ok().flatten();
    if let Some(h1) =
        h1.and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok())
    {
        let _ = h1.focus();
    }
}

/// Runs `then` after the next frame, or, for a results screen whose half is still loading,
/// after the frame in which the screen (or the message that it failed) is drawn.
pub fn when_drawn(screen: Screen, then: impl FnOnce() + 'static) {
    let half = half();
    if is_results_screen(screen) && half.state.get_untracked() == HalfState::Loading {
        half.waiting.update_value(|waiting| waiting.push(Box::new(then)));
    } else {
        request_animation_frame(then);
    }
}

/// The screens `results_screen` draws (the same list as the root component's screen switch).
fn is_results_screen(screen: Screen) -> bool {
    matches!(
        screen,
        Screen::Results
            | Screen::Role(_)
            | Screen::Path
            | Screen::Map
            | Screen::Compare
            | Screen::Plan
            | Screen::Browse
            | Screen::Progress
    )
}

#[cfg(feature = "split")]
async fn load() -> Result<(), NotLoaded> {
    Ok(preload_results_half().await?)
}

#[cfg(not(feature = "split"))]
async fn load() -> Result<(), NotLoaded> {
    Ok(())
}

/// A results screen: drawn at once when the half is here, otherwise a line saying it is on its
/// way, or that it could not be fetched, with a retry.
pub fn view(screen: Screen) -> AnyView {
    let half = half();
    match half.state.get() {
        HalfState::Ready => match drawn(screen) {
            Some(Ok(view)) => view,
            // Loaded means the call resolves at once; anything else is treated as a failure.
            _ => failed(half),
        },
        HalfState::Failed if !half.retried.get_value() => {
            // Asked for after the background fetch failed: tried again at once, and the
            // outcome's heading is focused, as a new screen's would be.
            half.retried.set_value(true);
            half.waiting.update_value(|waiting| waiting.push(Box::new(focus_heading)));
            queue_microtask(move || fetch(half));
            loading()
        }
        HalfState::Loading => loading(),
        HalfState::Failed => failed(half),
    }
}

fn loading() -> AnyView {
    view! {
        <div class="hjcp-half">
            <BackLink />
            <h1 class="hjcp-heading-l" tabindex="-1">{tr(Key::HalfLoadingHeading)}</h1>
            <p class="hjcp-loading" role="status">{tr(Key::HalfLoadingBody)}</p>
        </div>
    }
    .into_any()
}

fn failed(half: Half) -> AnyView {
    view! {
        <div class="hjcp-half">
            <BackLink />
            <h1 class="hjcp-heading-l" tabindex="-1">{tr(Key::HalfFailedHeading)}</h1>
            <div class="hjcp-warning" role="alert">
                <p>{tr(Key::HalfFailedBody)}</p>
                <p>{tr(Key::HalfFailedSaved)}</p>
            </div>
            <button type="button" class="hjcp-button" on:click=move |_| fetch(half)>
                {tr(Key::HalfFailedRetry)}
            </button>
        </div>
    }
    .into_any()
}

#[cfg(feature = "split")]
fn drawn(screen: Screen) -> Option<Result<AnyView, NotLoaded>> {
    ready_now(results_screen(screen))
}

#[cfg(not(feature = "split"))]
fn drawn(screen: Screen) -> Option<Result<AnyView, NotLoaded>> {
    Some(results_screen(screen))
}

/// The output of `future` if it is ready on its first poll: a loaded half's function is.
#[cfg(feature = "split")]
fn ready_now<F: std::future::Future>(future: F) -> Option<F::Output> {
    let mut future = std::pin::pin!(future);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    match future.as_mut().poll(&mut context) {
        std::task::Poll::Ready(output) => Some(output),
        std::task::Poll::Pending => None,
    }
}
