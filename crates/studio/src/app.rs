//! The studio page: open a file, see what `validate` says about it, preview it in the widget's
//! screens, take it away converted. Components draw the state and send events; the checking is
//! `hjcp_content::draft` (in the worker), the comparison `report::against`.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Arc, OnceLock};

use hjcp_content::draft::{self, Format, NotAFramework, Opened, Outcome, Problem};
use hjcp_content::Severity;
use hjcp_engine::model::{Catalog, Framework};
use hjcp_engine::Lang;
use hjcp_widget::app::App;
use hjcp_widget::content::Content;
use hjcp_widget::i18n::fill;
use hjcp_widget::session::{Screen, Session};
use hjcp_widget::storage::MemoryStore;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::Key;
use crate::report::{self, Against};
use crate::worker::{Checker, Failure};

/// More problems than this are counted, not drawn: the downloaded list has them all.
const SHOWN_AT_MOST: usize = 300;

#[derive(Clone)]
enum Stage {
    Empty,
    Reading(String),
    Opened(Arc<Shown>),
    Failed { file: String, failure: Failure },
}

struct Shown {
    opened: Opened,
    /// Against the published framework with the draft's id (only for a draft without errors).
    against: Option<Against>,
}

#[derive(Clone, Copy)]
struct Studio {
    lang: RwSignal<Lang>,
    stage: RwSignal<Stage>,
    /// The draft shown in the widget's screens, when previewing.
    preview: RwSignal<Option<Arc<Framework>>>,
}

fn use_studio() -> Studio {
    expect_context::<Studio>()
}

/// A string of the interface in the language chosen, as a reactive text.
fn tr(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let studio = use_studio();
    move || key.text(studio.lang.get())
}

/// A string with its placeholders filled, in the language chosen, as a reactive text.
fn tr_fill(
    key: Key,
    values: Vec<(&'static str, String)>,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let studio = use_studio();
    move || {
        let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        fill(key.text(studio.lang.get()), &values)
    }
}

/// "N more are not shown here", under a list stopped at `SHOWN_AT_MOST`.
fn more_note(key: Key, more: usize) -> Option<impl IntoView> {
    (more > 0).then(|| view! { <p>{tr_fill(key, vec![("count", more.to_string())])}</p> })
}

thread_local! {
    static CHECKER: RefCell<Option<Rc<Checker>>> = const { RefCell::new(None) };
}

fn published() -> &'static Catalog {
    static PUBLISHED: OnceLock<Catalog> = OnceLock::new();
    PUBLISHED.get_or_init(|| hjcp_widget::catalog::decode().unwrap_or_default())
}

pub fn start(worker_url: String) {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_stopped();
    }));
    CHECKER.with(|c| *c.borrow_mut() = Some(Rc::new(Checker::new(worker_url))));
    let query = window().location().search().unwrap_or_default();
    let lang = if query.split(['?', '&']).any(|p| p == "lang=cy") { Lang::Cy } else { Lang::En };
    let studio = Studio {
        lang: RwSignal::new(lang),
        stage: RwSignal::new(Stage::Empty),
        preview: RwSignal::new(None),
    };
    let root = document()
        .get_element_by_id("hjcp-root")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            root.set_inner_html("");
            leptos::mount::mount_to(root, move || {
                provide_context(studio);
                view! { <StudioPage /> }
            })
            .forget();
        }
        None => leptos::mount::mount_to_body(move || {
            provide_context(studio);
            view! { <StudioPage /> }
        }),
    }
}

/// After a panic the wasm cannot run again: say so in plain DOM, in both languages.
fn show_stopped() {
    if let Some(root) = document().get_element_by_id("hjcp-root") {
        root.set_inner_html("");
        if let Ok(p) = document().create_element("p") {
            p.set_class_name("hjcp-warning");
            p.set_text_content(Some(&format!(
                "{} {}",
                Key::StoppedMessage.text(Lang::En),
                Key::StoppedMessage.text(Lang::Cy)
            )));
            let _ = root.append_child(&p);
        }
    }
}

#[component]
fn StudioPage() -> impl IntoView {
    let studio = use_studio();
    // The widget in the preview keeps the title and <html lang> while it is shown.
    Effect::new(move |_| {
        let lang = studio.lang.get();
        let previewing = studio.preview.with(Option::is_some);
        let errors = studio.stage.with(|stage| match stage {
            Stage::Opened(shown) => report::has_errors(&shown.opened),
            Stage::Failed { .. } => true,
            _ => false,
        });
        if previewing {
            return;
        }
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        let title = Key::PageTitle.text(lang);
        document().set_title(&if errors {
            fill(Key::PageTitleError.text(lang), &[("title", title)])
        } else {
            title.to_string()
        });
    });
    move || match studio.preview.get() {
        Some(draft) => view! { <Preview draft /> }.into_any(),
        None => view! { <CheckPage /> }.into_any(),
    }
}

#[component]
fn LangSwitch() -> impl IntoView {
    let studio = use_studio();
    let other = move || match studio.lang.get() {
        Lang::En => Lang::Cy,
        Lang::Cy => Lang::En,
    };
    view! {
        <button type="button" class="hjcp-lang-switch" on:click=move |_| studio.lang.set(other())>
            <span class="hjcp-visually-hidden">{tr(Key::LangSwitchLabel)}</span>
            <span lang=move || other().code()>{tr(Key::LangSwitchTo)}</span>
        </button>
    }
}

/// The studio's own page: the file, then what was found in it.
#[component]
fn CheckPage() -> impl IntoView {
    view! {
        <div class="hjcp hjcp-studio">
            <a href="#hjcp-main" class="hjcp-skip-link">{tr(Key::SkipToContent)}</a>
            <header class="hjcp-header">
                <p class="hjcp-header__title">{tr(Key::StudioName)}</p>
                <LangSwitch />
            </header>
            <main id="hjcp-main" class="hjcp-main" tabindex="-1">
                <h1 class="hjcp-heading-xl">{tr(Key::Heading)}</h1>
                <p class="hjcp-lead">{tr(Key::Lead)}</p>
                <div class="hjcp-inset">
                    <p>{tr(Key::Private)}</p>
                </div>
                <OpenFile />
                <Found />
            </main>
            <footer class="hjcp-footer">
                <p>{tr(Key::Footer)}</p>
            </footer>
        </div>
    }
}

fn open(studio: Studio, file: web_sys::File) {
    let name = file.name();
    if let Some(why) = draft::too_large(file.size() as u64) {
        let opened = Opened { file: name, outcome: Outcome::NotAFramework(why) };
        show(studio, opened);
        return;
    }
    studio.stage.set(Stage::Reading(name.clone()));
    let Some(checker) = CHECKER.with(|c| c.borrow().clone()) else { return };
    let again = Rc::clone(&checker);
    checker.check(file, move |answer| match answer {
        Ok(opened) => show(studio, opened),
        Err(failure) => {
            again.reset();
            studio.stage.set(Stage::Failed { file: name, failure });
            focus_after_draw("#studio-outcome");
        }
    });
}

fn show(studio: Studio, opened: Opened) {
    let against = report::checked(&opened)
        .and_then(|c| c.framework.as_ref())
        .map(|framework| report::against(published(), framework));
    let errors = report::has_errors(&opened);
    studio.stage.set(Stage::Opened(Arc::new(Shown { opened, against })));
    // As an error summary does, the summary of what was found takes focus.
    focus_after_draw(if errors { "#studio-outcome" } else { "#studio-checked" });
}

fn focus_after_draw(selector: &'static str) {
    request_animation_frame(move || {
        let target = document().query_selector(selector).ok().flatten();
        if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

#[component]
fn OpenFile() -> impl IntoView {
    let studio = use_studio();
    let over = RwSignal::new(false);
    let input = NodeRef::<leptos::html::Input>::new();
    let opened_any = move || !matches!(studio.stage.get(), Stage::Empty);
    view! {
        <div
            class="hjcp-form-group hjcp-studio-drop"
            class:hjcp-studio-drop--over=move || over.get()
            on:dragover=move |e: web_sys::DragEvent| {
                e.prevent_default();
                over.set(true);
            }
            on:dragleave=move |_| over.set(false)
            on:drop=move |e: web_sys::DragEvent| {
                e.prevent_default();
                over.set(false);
                let file = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0));
                if let Some(file) = file {
                    open(studio, file);
                }
            }
        >
            <label class="hjcp-field-label hjcp-field-label--m" for="studio-file">{tr(Key::FileLabel)}</label>
            <p class="hjcp-hint" id="studio-file-hint">{tr(Key::FileHint)}</p>
            <input
                class="hjcp-file-upload"
                id="studio-file"
                name="studio-file"
                type="file"
                accept=".toml,.json,application/json,text/plain"
                aria-describedby="studio-file-hint"
                node_ref=input
                on:change=move |e| {
                    let input: web_sys::HtmlInputElement = event_target(&e);
                    let file = input.files().and_then(|f| f.get(0));
                    // Choosing the same file again must check it again (after an edit on disk).
                    input.set_value("");
                    if let Some(file) = file {
                        open(studio, file);
                    }
                }
            />
            <Show when=opened_any>
                <p class="hjcp-hint hjcp-studio-again">{tr(Key::AgainHint)}</p>
                <button
                    type="button"
                    class="hjcp-button hjcp-button--secondary"
                    id="studio-again"
                    on:click=move |_| {
                        if let Some(input) = input.get() {
                            input.click();
                        }
                    }
                >
                    {tr(Key::Again)}
                </button>
            </Show>
        </div>
        <p class="hjcp-studio-status" role="status">
            {move || {
                let lang = studio.lang.get();
                match studio.stage.get() {
                    Stage::Reading(file) => fill(Key::Reading.text(lang), &[("file", &file)]),
                    Stage::Opened(shown) => fill(Key::Checked.text(lang), &[("file", &shown.opened.file)]),
                    _ => String::new(),
                }
            }}
        </p>
    }
}

/// What was found in the file.
#[component]
fn Found() -> impl IntoView {
    let studio = use_studio();
    move || match studio.stage.get() {
        Stage::Empty | Stage::Reading(_) => ().into_any(),
        Stage::Failed { file, failure } => view! { <Failed file failure /> }.into_any(),
        Stage::Opened(shown) => match &shown.opened.outcome {
            Outcome::NotAFramework(why) => {
                view! { <NotFramework file=shown.opened.file.clone() why=why.clone() /> }.into_any()
            }
            Outcome::Checked(_) => view! { <CheckedFile shown=Arc::clone(&shown) /> }.into_any(),
        },
    }
}

#[component]
fn Failed(file: String, failure: Failure) -> impl IntoView {
    let studio = use_studio();
    let text = move || {
        let lang = studio.lang.get();
        match &failure {
            Failure::Unreadable(_) => Key::FailedUnreadable.text(lang).to_string(),
            Failure::Stopped(message) => {
                fill(Key::FailedStopped.text(lang), &[("message", message)])
            }
        }
    };
    view! {
        <div class="hjcp-error-summary" id="studio-outcome" role="alert" tabindex="-1">
            <h2 class="hjcp-error-summary__title">
                {tr_fill(Key::FailedTitle, vec![("file", file.clone())])}
            </h2>
            <p>{text}</p>
        </div>
    }
}

#[component]
fn NotFramework(file: String, why: NotAFramework) -> impl IntoView {
    let studio = use_studio();
    let reason = move || {
        let lang = studio.lang.get();
        match &why {
            NotAFramework::Empty => Key::NotEmpty.text(lang).to_string(),
            NotAFramework::TooLarge { bytes } => fill(
                Key::NotTooLarge.text(lang),
                &[("size", &format!("{:.1}", *bytes as f64 / (1024.0 * 1024.0)))],
            ),
            NotAFramework::Binary { kind: Some(kind) } => {
                // The kinds hjcp-content recognises, in the page's language.
                let named = match kind.as_str() {
                    "PNG image" => Some(Key::BinaryPng),
                    "JPEG image" => Some(Key::BinaryJpeg),
                    "GIF image" => Some(Key::BinaryGif),
                    "PDF document" => Some(Key::BinaryPdf),
                    k if k.starts_with("ZIP archive") => Some(Key::BinaryZip),
                    _ => None,
                };
                let kind = named.map_or(kind.as_str(), |key| key.text(lang));
                fill(Key::NotBinaryKind.text(lang), &[("kind", kind)])
            }
            NotAFramework::Binary { kind: None } => Key::NotBinary.text(lang).to_string(),
            NotAFramework::Json { line, column, message } => fill(
                Key::NotJson.text(lang),
                &[
                    ("line", &line.to_string()),
                    ("column", &column.to_string()),
                    ("message", message),
                ],
            ),
            NotAFramework::OtherJson { why } => fill(Key::NotCase.text(lang), &[("why", why)]),
            NotAFramework::CaseUnreadable { why } => {
                fill(Key::NotCaseReadable.text(lang), &[("why", why)])
            }
        }
    };
    view! {
        <div class="hjcp-error-summary" id="studio-outcome" role="alert" tabindex="-1">
            <h2 class="hjcp-error-summary__title">
                {tr_fill(Key::NotTitle, vec![("file", file.clone())])}
            </h2>
            <p class="hjcp-studio-reason">{reason}</p>
            <p>{tr(Key::NotWhat)}</p>
        </div>
    }
}

#[component]
fn CheckedFile(shown: Arc<Shown>) -> impl IntoView {
    let studio = use_studio();
    let Some(checked) = report::checked(&shown.opened) else { return ().into_any() };
    let file = shown.opened.file.clone();
    // Numbered in validate's order, which the links and the downloaded list keep.
    let (errors, warnings): (Vec<_>, Vec<_>) = checked
        .problems
        .iter()
        .cloned()
        .enumerate()
        .partition(|(_, p)| p.diagnostic.severity == Severity::Error);
    let (error_count, warning_count) = (errors.len(), warnings.len());
    let counts = move || {
        let lang = studio.lang.get();
        fill(
            Key::Counts.text(lang),
            &[
                ("errors", &count(lang, error_count, Key::ErrorOne, Key::ErrorMany)),
                ("warnings", &count(lang, warning_count, Key::WarningOne, Key::WarningMany)),
            ],
        )
    };
    let kind = match checked.format {
        Format::Toml => Key::KindToml,
        Format::Case => Key::KindCase,
    };
    let framework = checked.framework.clone();
    let framework_row = framework.as_ref().map(|f| {
        let text = format!("{} ({}, {})", f.title.en, f.id, f.version);
        view! {
            <div class="hjcp-summary-list__row">
                <dt class="hjcp-summary-list__key">{tr(Key::RowFramework)}</dt>
                <dd class="hjcp-summary-list__value" lang="en">{text}</dd>
            </div>
        }
    });
    let summary = (error_count > 0).then(|| {
        let links = errors
            .iter()
            .take(SHOWN_AT_MOST)
            .map(|(i, p)| {
                let target = format!("studio-problem-{i}");
                let href = format!("#{target}");
                let line = p.diagnostic.line;
                let message = p.diagnostic.message.clone();
                view! {
                    <li>
                        <a href=href on:click=move |ev| {
                            ev.prevent_default();
                            focus_id(&target);
                        }>
                            {tr_fill(Key::LineN, vec![("line", line.to_string())])}
                            ": "
                            <span lang="en">{message.clone()}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="hjcp-error-summary" id="studio-outcome" role="alert" tabindex="-1">
                <h2 class="hjcp-error-summary__title">{tr(Key::ErrorsTitle)}</h2>
                <p>{tr(Key::ErrorsBuild)}</p>
                <ul class="hjcp-error-summary__list">{links}</ul>
            </div>
        }
    });
    let ready = (error_count == 0).then(|| {
        view! {
            <div class="hjcp-inset hjcp-studio-ready">
                <p>{tr(Key::NoErrors)}</p>
            </div>
        }
    });
    let welsh = checked.welsh;
    let untranslated = checked.untranslated.clone();
    let missing = welsh.total - welsh.translated;
    let import_notes = checked.import_notes.clone();
    let is_case = checked.format == Format::Case;
    view! {
        {summary}
        <div class="hjcp-studio-checked">
            <h2 class="hjcp-heading-l" id="studio-checked" tabindex="-1">{tr(Key::FoundHeading)}</h2>
            <dl class="hjcp-summary-list">
                <div class="hjcp-summary-list__row">
                    <dt class="hjcp-summary-list__key">{tr(Key::RowFile)}</dt>
                    <dd class="hjcp-summary-list__value">{file.clone()}</dd>
                </div>
                <div class="hjcp-summary-list__row">
                    <dt class="hjcp-summary-list__key">{tr(Key::RowKind)}</dt>
                    <dd class="hjcp-summary-list__value">{tr(kind)}</dd>
                </div>
                {framework_row}
                <div class="hjcp-summary-list__row">
                    <dt class="hjcp-summary-list__key">{tr(Key::RowResult)}</dt>
                    <dd class="hjcp-summary-list__value" id="studio-counts">{counts}</dd>
                </div>
                <div class="hjcp-summary-list__row">
                    <dt class="hjcp-summary-list__key">{tr(Key::RowWelsh)}</dt>
                    <dd class="hjcp-summary-list__value" id="studio-welsh">
                        {tr_fill(Key::WelshCount, vec![
                            ("translated", welsh.translated.to_string()),
                            ("total", welsh.total.to_string()),
                        ])}
                    </dd>
                </div>
            </dl>
            {ready}
        </div>
        {(error_count > 0).then(|| view! { <ProblemList heading=Key::ErrorsHeading problems=errors.clone() /> })}
        {(warning_count > 0).then(|| view! { <ProblemList heading=Key::WarningsHeading problems=warnings.clone() /> })}
        {(missing > 0).then(|| view! { <MissingWelsh missing untranslated=untranslated.clone() /> })}
        {is_case.then(|| view! { <ImportNotes notes=import_notes.clone() /> })}
        {shown.against.clone().zip(framework.as_ref().map(|f| f.id.clone())).map(|(against, id)| view! { <Changes against id /> })}
        <TakeAway shown=Arc::clone(&shown) />
        {framework.map(|draft| view! { <PreviewStart draft /> })}
    }
    .into_any()
}

fn count(lang: Lang, n: usize, one: Key, many: Key) -> String {
    fill(if n == 1 { one.text(lang) } else { many.text(lang) }, &[("count", &n.to_string())])
}

fn focus_id(id: &str) {
    if let Some(el) =
        document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Problems of one severity, each with its line, message, hint and the file around it.
#[component]
fn ProblemList(heading: Key, problems: Vec<(usize, Problem)>) -> impl IntoView {
    let more = problems.len().saturating_sub(SHOWN_AT_MOST);
    let items = problems
        .into_iter()
        .take(SHOWN_AT_MOST)
        .map(|(i, p)| {
            let d = p.diagnostic;
            let (tag, tag_class) = match d.severity {
                Severity::Error => (Key::TagError, "hjcp-task-tag hjcp-studio-tag--error"),
                Severity::Warning => (Key::TagWarning, "hjcp-task-tag hjcp-studio-tag--warning"),
            };
            let severity = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let line = d.line;
            let context = p
                .context
                .iter()
                .map(|(n, text)| {
                    let mark = if *n == line { "> " } else { "  " };
                    format!("{mark}{n:>5} | {text}")
                })
                .collect::<Vec<_>>()
                .join("\n");
            let hint = (!d.hint.is_empty()).then(|| {
                let hint = d.hint.clone();
                view! {
                    <p class="hjcp-studio-hint-line">
                        <strong>{tr(Key::HowToFix)}</strong>" "
                        <span class="hjcp-studio-hint" lang="en">{hint}</span>
                    </p>
                }
            });
            let has_context = !context.is_empty();
            view! {
                <li class="hjcp-studio-problem" id=format!("studio-problem-{i}") tabindex="-1"
                    data-severity=severity data-line=line.to_string()>
                    <h3 class="hjcp-heading-s">
                        <strong class=tag_class>{tr(tag)}</strong>" "
                        {tr_fill(Key::LineN, vec![("line", line.to_string())])}
                    </h3>
                    <p class="hjcp-studio-message" lang="en">{d.message.clone()}</p>
                    {hint}
                    {has_context.then(|| view! {
                        <pre class="hjcp-studio-context" tabindex="0"
                            aria-label=tr_fill(Key::ContextLabel, vec![("line", line.to_string())])>
                            <code lang="en">{context.clone()}</code>
                        </pre>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="hjcp-section" aria-labelledby=format!("studio-{heading:?}")>
            <h2 class="hjcp-heading-m" id=format!("studio-{heading:?}")>{tr(heading)}</h2>
            <ol class="hjcp-studio-problems">{items}</ol>
            {more_note(Key::MoreProblems, more)}
        </section>
    }
}

#[component]
fn MissingWelsh(missing: usize, untranslated: Vec<(usize, String)>) -> impl IntoView {
    let more = untranslated.len().saturating_sub(SHOWN_AT_MOST);
    let lines = untranslated
        .into_iter()
        .take(SHOWN_AT_MOST)
        .map(|(line, text)| {
            view! {
                <li>
                    {tr_fill(Key::LineN, vec![("line", line.to_string())])}
                    ": "<code lang="en">{text.trim().to_string()}</code>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="hjcp-section" aria-labelledby="studio-welsh-heading">
            <h2 class="hjcp-heading-m" id="studio-welsh-heading">{tr(Key::WelshHeading)}</h2>
            <div class="hjcp-warning">
                <p>{tr_fill(Key::WelshMissing, vec![("count", missing.to_string())])}</p>
            </div>
            <details class="hjcp-disclosure">
                <summary class="hjcp-disclosure__summary">{tr(Key::WelshLines)}</summary>
                <ul class="hjcp-list--bullet hjcp-studio-lines">{lines}</ul>
                {more_note(Key::MoreLines, more)}
            </details>
        </section>
    }
}

#[component]
fn ImportNotes(notes: Vec<String>) -> impl IntoView {
    let body = if notes.is_empty() {
        view! { <p>{tr(Key::ImportNone)}</p> }.into_any()
    } else {
        let items = notes.into_iter().map(|n| view! { <li lang="en">{n}</li> }).collect_view();
        view! {
            <p>{tr(Key::ImportLead)}</p>
            <ul class="hjcp-list--bullet" id="studio-import-notes">{items}</ul>
        }
        .into_any()
    };
    view! {
        <section class="hjcp-section" aria-labelledby="studio-import-heading">
            <h2 class="hjcp-heading-m" id="studio-import-heading">{tr(Key::ImportHeading)}</h2>
            {body}
        </section>
    }
}

#[component]
fn Changes(against: Against, id: String) -> impl IntoView {
    use hjcp_content::diff::{ChangeKind, Thing};
    let body = match against {
        Against::New => view! {
            <p>{tr_fill(Key::ChangesNew, vec![("id", id.clone())])}</p>
        }
        .into_any(),
        Against::Published { version, changes, .. } if changes.is_empty() => view! {
            <p>{tr_fill(Key::ChangesNone, vec![("version", version.clone())])}</p>
        }
        .into_any(),
        Against::Published { version, changes, .. } => {
            let n = changes.len();
            let more = n.saturating_sub(SHOWN_AT_MOST);
            let rows = changes
                .into_iter()
                .take(SHOWN_AT_MOST)
                .map(|c| {
                    let thing = match c.thing {
                        Thing::Area => Key::ThingArea,
                        Thing::Competence => Key::ThingCompetence,
                        Thing::Role => Key::ThingRole,
                        Thing::Route => Key::ThingRoute,
                        Thing::Learning => Key::ThingLearning,
                    };
                    let kind = match c.kind {
                        ChangeKind::Added => Key::KindAdded,
                        ChangeKind::Removed => Key::KindRemoved,
                        ChangeKind::Reworded => Key::KindReworded,
                        ChangeKind::Changed => Key::KindChanged,
                    };
                    let fields = c.fields.join(", ");
                    view! {
                        <tr class="hjcp-studio-change">
                            <td>{tr(thing)}</td>
                            <td>{tr(kind)}</td>
                            <td lang="en">{c.title.clone()}<br /><code>{c.id.clone()}</code></td>
                            <td><code>{fields}</code></td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <p>{tr_fill(Key::ChangesSome, vec![("version", version), ("count", n.to_string())])}</p>
                <div class="hjcp-scroll" tabindex="0" role="region" aria-labelledby="studio-changes-heading">
                    <table class="hjcp-table" id="studio-changes">
                        <thead>
                            <tr>
                                <th scope="col">{tr(Key::ColThing)}</th>
                                <th scope="col">{tr(Key::ColChange)}</th>
                                <th scope="col">{tr(Key::ColWhich)}</th>
                                <th scope="col">{tr(Key::ColFields)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                {more_note(Key::MoreChanges, more)}
            }
            .into_any()
        }
    };
    view! {
        <section class="hjcp-section" aria-labelledby="studio-changes-heading">
            <h2 class="hjcp-heading-m" id="studio-changes-heading">{tr(Key::ChangesHeading)}</h2>
            {body}
        </section>
    }
}

#[component]
fn TakeAway(shown: Arc<Shown>) -> impl IntoView {
    let Some(checked) = report::checked(&shown.opened) else { return ().into_any() };
    let file = shown.opened.file.clone();
    let problems = {
        let file = file.clone();
        let text = draft::problems_text(&shown.opened);
        move |_| download(&report::download_name(&file, "-problems", "txt"), &text, "text/plain")
    };
    let as_toml = (checked.format == Format::Case).then(|| {
        let (file, text) = (file.clone(), checked.toml.clone());
        view! {
            <li>
                <button type="button" class="hjcp-link-button" id="studio-download-toml"
                    on:click=move |_| download(&report::download_name(&file, "", "toml"), &text, "application/toml")>
                    {tr(Key::DownloadToml)}
                </button>
            </li>
        }
    });
    let as_case = checked.case_json.clone().map(|json| {
        let file = file.clone();
        view! {
            <li>
                <button type="button" class="hjcp-link-button" id="studio-download-case"
                    on:click=move |_| download(&report::download_name(&file, "-case", "json"), &json, "application/json")>
                    {tr(Key::DownloadCase)}
                </button>
            </li>
        }
    });
    let changes = match &shown.against {
        Some(Against::Published { text, .. }) => {
            let (file, text) = (file.clone(), text.clone());
            Some(view! {
                <li>
                    <button type="button" class="hjcp-link-button" id="studio-download-changes"
                        on:click=move |_| download(&report::download_name(&file, "-changes", "txt"), &text, "text/plain")>
                        {tr(Key::DownloadChanges)}
                    </button>
                </li>
            })
        }
        _ => None,
    };
    view! {
        <section class="hjcp-section" aria-labelledby="studio-take-heading">
            <h2 class="hjcp-heading-m" id="studio-take-heading">{tr(Key::TakeHeading)}</h2>
            <ul class="hjcp-link-list">
                <li>
                    <button type="button" class="hjcp-link-button" id="studio-download-problems" on:click=problems>
                        {tr(Key::DownloadProblems)}
                    </button>
                </li>
                {as_toml}
                {as_case}
                {changes}
            </ul>
            <p class="hjcp-hint">{tr(Key::TakeEnglish)}</p>
        </section>
    }
    .into_any()
}

/// Offers `text` as a file through a temporary object URL. Nothing leaves the browser.
fn download(file_name: &str, text: &str, mime: &str) {
    let made = (|| -> Result<(), wasm_bindgen::JsValue> {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let a: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
        a.set_href(&url);
        a.set_download(file_name);
        a.set_hidden(true);
        document().body().ok_or(wasm_bindgen::JsValue::NULL)?.append_child(&a)?;
        a.click();
        a.remove();
        set_timeout(
            move || {
                let _ = web_sys::Url::revoke_object_url(&url);
            },
            std::time::Duration::from_millis(1000),
        );
        Ok(())
    })();
    if let Err(e) = made {
        web_sys::console::warn_1(&e);
    }
}

#[component]
fn PreviewStart(draft: Framework) -> impl IntoView {
    let studio = use_studio();
    let draft = StoredValue::new(draft);
    view! {
        <section class="hjcp-section" aria-labelledby="studio-preview-heading">
            <h2 class="hjcp-heading-m" id="studio-preview-heading">{tr(Key::PreviewHeading)}</h2>
            <p>{tr(Key::PreviewLead)}</p>
            <button type="button" class="hjcp-button" id="studio-preview"
                on:click=move |_| preview(studio, draft.get_value())>
                {tr(Key::PreviewButton)}
            </button>
        </section>
    }
}

fn preview(studio: Studio, draft: Framework) {
    studio.preview.set(Some(Arc::new(draft)));
    window().scroll_to_with_x_and_y(0.0, 0.0);
    focus_after_draw("#studio-preview-title");
}

/// The draft in the widget's screens, with answers kept in memory only: the published
/// frameworks' saved answers (in `localStorage`) are never read or written here. The session
/// belongs to this component, so leaving the preview drops it and its answers.
#[component]
fn Preview(draft: Arc<Framework>) -> impl IntoView {
    let studio = use_studio();
    let id = draft.id.clone();
    let session = Session::load(
        Content::new(vec![Framework::clone(&draft)]),
        Rc::new(MemoryStore::default()),
        Some(studio.lang.get_untracked()),
    );
    session.choose_framework(&id);
    let framework = session.framework_untracked();
    let title = framework.as_ref().map(|f| f.title.en.clone()).unwrap_or_default();
    let has_roles = framework.as_ref().is_some_and(|f| !f.roles.is_empty());
    let back = move |_| {
        studio.lang.set(session.lang_untracked());
        studio.preview.set(None);
        focus_after_draw("#studio-preview");
    };
    let jump = move |screen: Screen| {
        move |_| {
            session.go(screen);
        }
    };
    // The widget is mounted as on its own page, in a root of its own: it keeps page-wide state
    // in context (its session, the results half's state), which must not outlive the preview
    // it was made for. Leaving the preview unmounts it, before the session it draws is dropped.
    let host = NodeRef::<leptos::html::Div>::new();
    let mounted = StoredValue::new_local(None);
    Effect::new(move |_| {
        if let Some(el) = host.get() {
            if mounted.with_value(Option::is_none) {
                let el: web_sys::HtmlElement = el.into();
                mounted.set_value(Some(leptos::mount::mount_to(
                    el,
                    move || view! { <App session /> },
                )));
            }
        }
    });
    on_cleanup(move || drop(mounted.try_update_value(Option::take)));
    let role_jumps = has_roles.then(|| {
        view! {
            <li><button type="button" class="hjcp-link-button" on:click=jump(Screen::Role(hjcp_engine::RoleIx(0)))>{tr(Key::JumpRole)}</button></li>
            <li><button type="button" class="hjcp-link-button" on:click=jump(Screen::Map)>{tr(Key::JumpMap)}</button></li>
            <li><button type="button" class="hjcp-link-button" on:click=jump(Screen::Compare)>{tr(Key::JumpCompare)}</button></li>
        }
    });
    view! {
        <section class="hjcp-studio-preview" aria-labelledby="studio-preview-title">
            <p class="hjcp-studio-preview__title" id="studio-preview-title" tabindex="-1">
                <strong>{tr(Key::PreviewBanner)}</strong>": "<span lang="en">{title}</span>
            </p>
            <p>{tr(Key::PreviewNotSaved)}</p>
            {(!has_roles).then(|| view! { <p class="hjcp-warning" id="studio-no-roles">{tr(Key::PreviewNoRoles)}</p> })}
            <nav aria-label=tr(Key::JumpLabel)>
                <ul class="hjcp-link-list hjcp-studio-jumps">
                    <li><button type="button" class="hjcp-link-button" on:click=jump(Screen::Start)>{tr(Key::JumpStart)}</button></li>
                    <li><button type="button" class="hjcp-link-button" on:click=jump(Screen::Rate(0))>{tr(Key::JumpRate)}</button></li>
                    <li><button type="button" class="hjcp-link-button" on:click=jump(Screen::Results)>{tr(Key::JumpResults)}</button></li>
                    {role_jumps}
                </ul>
            </nav>
            <button type="button" class="hjcp-button hjcp-button--secondary" id="studio-back" on:click=back>
                {tr(Key::PreviewBack)}
            </button>
        </section>
        // Its "Saved on this device" is hidden (studio.css): nothing is saved here.
        <div class="hjcp-studio-previewed" node_ref=host></div>
    }
}
