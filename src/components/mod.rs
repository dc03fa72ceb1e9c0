//! Small pieces shared by several screens: here the ones any screen may use; `results` holds
//! those of the results screens and `journey` those of the questions, re-exported here.

pub mod journey;
mod results;

pub use results::*;

use hjcp_engine::Text;
use leptos::prelude::*;

use crate::i18n::{fill, Key};
use crate::session::{use_session, SaveStatus, Screen};

/// Framework text in the person's language; English shown in a Welsh UI is marked
/// `lang="en"` so screen readers pronounce it correctly.
#[component]
pub fn LocalText(text: Text) -> impl IntoView {
    let session = use_session();
    move || {
        let (s, native) = text.get(session.lang());
        let lang = (!native).then_some("en");
        view! { <span lang=lang>{s.to_string()}</span> }
    }
}

/// One compact line saying where the wording on screen comes from (a question, a role, an
/// offer), field by field, with the sources on demand: a disclosure rather than a box, so a
/// question and its first choice stay on a phone's first screen. An official title over a
/// description written for this tool is "partly written for this tool", never "official".
/// Empty fields are left out; with nothing to say, nothing is shown.
#[component]
pub fn ProvenanceLine(
    framework: std::sync::Arc<hjcp_engine::Framework>,
    /// Each field shown, with the key of its name ("Title", "Description"...) and its texts.
    fields: Vec<(Key, Vec<Text>)>,
) -> impl IntoView {
    use crate::provenance::{FieldOrigin, Summary};
    let session = use_session();
    move || {
        let lang = session.lang();
        let origins: Vec<(Key, FieldOrigin)> = fields
            .iter()
            .filter_map(|(name, texts)| {
                let shown = texts.iter().filter(|t| !t.en.is_empty());
                Some((*name, FieldOrigin::of_all(shown, lang)?))
            })
            .collect();
        if origins.is_empty() {
            return None;
        }
        let all: Vec<FieldOrigin> = origins.iter().map(|(_, o)| *o).collect();
        let (summary, class) = match Summary::of(&all) {
            Summary::Official => {
                (Key::ProvenanceLineOfficial, "hjcp-provenance hjcp-provenance--official")
            }
            Summary::Translated => {
                (Key::ProvenanceLineTranslated, "hjcp-provenance hjcp-provenance--official")
            }
            Summary::Written => {
                (Key::ProvenanceLineWritten, "hjcp-provenance hjcp-provenance--illustrative")
            }
            Summary::Mixed => {
                (Key::ProvenanceLineMixed, "hjcp-provenance hjcp-provenance--illustrative")
            }
        };
        let source = |ix: Option<u16>| -> Option<String> {
            ix.and_then(|i| framework.sources.get(usize::from(i))).map(|s| {
                let detail = source_detail(s);
                if detail.is_empty() {
                    s.title.clone()
                } else {
                    format!("{} ({detail})", s.title)
                }
            })
        };
        // Source titles are the publisher's, in English: marked so, inside a Welsh sentence.
        let with_source = |key: Key, ix: Option<u16>| {
            let template = session.t(key);
            let (before, after) = template.split_once("{source}").unwrap_or((template, ""));
            let named = match source(ix) {
                Some(title) => view! { <span lang="en">{title}</span> }.into_any(),
                None => session.t(Key::ProvenanceUnnamedSource).into_any(),
            };
            view! { {before}{named}{after} }.into_any()
        };
        // Fields with the same origin share one line: "Title, Job family, Training: written…".
        let mut groups: Vec<(FieldOrigin, Vec<Key>)> = Vec::new();
        for (name, origin) in &origins {
            match groups.iter_mut().find(|(o, _)| o == origin) {
                Some((_, names)) => names.push(*name),
                None => groups.push((*origin, vec![*name])),
            }
        }
        // The passages official fields quote, in the source's English, so a reader can find them.
        let passages = |names: &[Key]| {
            let mut quoted: Vec<String> = Vec::new();
            for (_, texts) in fields.iter().filter(|(n, _)| names.contains(n)) {
                for passage in texts.iter().filter_map(|t| t.origin.passage.as_ref()) {
                    if !quoted.contains(passage) {
                        quoted.push(passage.clone());
                    }
                }
            }
            (!quoted.is_empty()).then(|| {
                let quoted =
                    quoted.into_iter().map(|p| view! { " " <q lang="en">{p}</q> }).collect_view();
                view! { " " {session.t(Key::ProvenancePassage)} {quoted} }
            })
        };
        let items = groups
            .iter()
            .map(|(origin, names)| {
                let quoted = match origin {
                    FieldOrigin::Written => None,
                    _ => passages(names),
                };
                let names = names.iter().map(|n| session.t(*n)).collect::<Vec<_>>().join(", ");
                let said = match origin {
                    FieldOrigin::Official { source: s } => {
                        with_source(Key::ProvenanceFieldOfficial, *s)
                    }
                    FieldOrigin::Translated { source: s } => {
                        with_source(Key::ProvenanceFieldTranslated, *s)
                    }
                    FieldOrigin::Written => session.t(Key::ProvenanceFieldWritten).into_any(),
                };
                view! { <li><strong>{names}</strong>": " {said}{quoted}</li> }
            })
            .collect_view();
        Some(view! {
            <details class=format!("hjcp-disclosure {class}")>
                <summary class="hjcp-disclosure__summary"><span>{session.t(summary)}</span></summary>
                <div class="hjcp-disclosure__text">
                    <ul class="hjcp-list">{items}</ul>
                </div>
            </details>
        })
    }
}

/// A UI string that follows the chosen language. Every such binding goes through this one
/// function, so they all have the same type and the renderer is compiled once for them all,
/// not once per call site (issue 16: about 330 call sites).
pub fn tr(key: Key) -> impl IntoView {
    let session = use_session();
    move || session.t(key)
}

/// A source's publisher and date, as far as they are known: "HM Prison and Probation Service,
/// July 2020" (empty when neither is).
pub fn source_detail(source: &hjcp_engine::Source) -> String {
    [source.publisher.as_str(), source.date.as_str()]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The fields of a competence for its [`ProvenanceLine`]: its title, its description and the
/// examples of each step, wherever a competence is shown.
pub fn competence_provenance(c: &hjcp_engine::Competence) -> Vec<(Key, Vec<Text>)> {
    vec![
        (Key::ProvenanceFieldTitle, vec![c.title.clone()]),
        (Key::ProvenanceFieldDescription, vec![c.description.clone()]),
        (Key::ProvenanceFieldExamples, c.indicators.iter().map(|(_, t)| t.clone()).collect()),
    ]
}

/// The fields of a learning offer for its [`ProvenanceLine`], wherever an offer is shown.
pub fn offer_provenance(o: &hjcp_engine::LearningOffer) -> Vec<(Key, Vec<Text>)> {
    vec![
        (Key::ProvenanceFieldTitle, vec![o.title.clone()]),
        (Key::ProvenanceFieldProvider, vec![o.provider.clone()]),
        (Key::ProvenanceFieldDescription, vec![o.description.clone()]),
    ]
}

/// "Saved on this device" only after a write succeeded; a plain warning when it failed.
#[component]
pub fn SaveMessage() -> impl IntoView {
    let session = use_session();
    move || match session.save_status() {
        SaveStatus::Idle | SaveStatus::ReadOnly => ().into_any(),
        SaveStatus::Saved => view! {
            <p class="hjcp-saved" role="status">{session.t(Key::Saved)}</p>
        }
        .into_any(),
        SaveStatus::Failed(e) => {
            let key = match e {
                crate::storage::StoreError::Full => Key::NotSavedFull,
                crate::storage::StoreError::Unavailable => Key::NotSavedUnavailable,
            };
            view! {
                <div class="hjcp-warning" role="alert">
                    <p>{session.t(key)}</p>
                </div>
            }
            .into_any()
        }
    }
}

/// Moves keyboard focus to the first element matching `selector`, if any.
pub fn focus_selector(selector: &str) {
    if let Some(el) = document().query_selector(selector).ok().flatten() {
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    }
}

/// The in-page back link: the browser's Back at top level, a step back along the trail in a
/// frame (`Session::back`), so the two always agree.
#[component]
pub fn BackLink() -> impl IntoView {
    let session = use_session();
    view! {
        <button type="button" class="hjcp-back-link" on:click=move |_| session.back()>
            {tr(Key::Back)}
        </button>
    }
}

/// "Change framework": back to the start screen, where the framework is chosen. The answers
/// for each framework are kept apart, so nothing is lost, and the hint says so.
#[component]
pub fn ChangeFramework() -> impl IntoView {
    let session = use_session();
    view! {
        <p class="hjcp-change-framework">
            <button
                type="button"
                class="hjcp-link-button"
                id="hjcp-change-framework"
                aria-describedby="hjcp-change-framework-hint"
                on:click=move |_| session.go(Screen::Start)
            >
                {tr(Key::ChangeFramework)}
            </button>
            <span class="hjcp-hint hjcp-change-framework__hint" id="hjcp-change-framework-hint">
                {tr(Key::ChangeFrameworkHint)}
            </span>
        </p>
    }
}

/// "Printed on 2 December 2026", shown only in a printout (results, path, plan), so a
/// printed page says when it was true. Today's date when the screen was drawn.
#[component]
pub fn PrintedOn() -> impl IntoView {
    let session = use_session();
    let now = js_sys::Date::now() as u64;
    view! {
        <p class="hjcp-print-only hjcp-printed-on">
            {move || fill(session.t(Key::PrintedOn), &[("date", &journey::plain_day(now, session.lang()))])}
        </p>
    }
}

/// Asks the browser to print the page (the print stylesheet hides the controls).
#[component]
pub fn PrintButton(label: Key) -> impl IntoView {
    let session = use_session();
    view! {
        <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| {
            let _ = window().print();
        }>{move || session.t(label)}</button>
    }
}
