//! Save, share or print: download the answers as a file, load them back from one, copy a link
//! that carries them in its fragment (never sent to a server), or print a summary.

use hjcp_engine::stored::{self, ImportError};
use hjcp_engine::Answers;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::components::journey::{focus_errors, ErrorList, TextWith};
use crate::components::tr;
use crate::components::{BackLink, LocalText};
use crate::i18n::{fill, Key};
use crate::screens::check_answers::AnswersSummary;
use crate::session::{use_session, Screen, Session};

/// Why a chosen file was not loaded: a message key and, for an unknown framework, its id.
type FileProblem = (Key, Option<String>);

fn import_error_key(e: &ImportError) -> Key {
    match e {
        ImportError::TooLarge { .. } => Key::TakeErrorTooLarge,
        ImportError::NotJson => Key::TakeErrorNotJson,
        ImportError::NotAnswersFile => Key::TakeErrorNotAnswers,
        ImportError::Newer { .. } => Key::TakeErrorNewer,
        ImportError::WrongShape { .. } => Key::TakeErrorWrongShape,
    }
}

/// Shows why the file was not loaded, and moves focus to the error summary.
fn report(problem: RwSignal<Option<FileProblem>>, why: FileProblem) {
    problem.set(Some(why));
    focus_errors();
}

/// Today's date as YYYY-MM-DD (local time), for the file name.
fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// Offers `text` as a file download through a temporary object URL. Nothing leaves the browser.
fn download(file_name: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.set_hidden(true);
    document().body().ok_or(JsValue::NULL)?.append_child(&a)?;
    a.click();
    a.remove();
    // Revoke once the browser has started the download.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_millis(1000),
    );
    Ok(())
}

/// The address of this page with the answers in its fragment.
fn link_for(answers: &Answers) -> String {
    let location = window().location();
    format!(
        "{}{}{}#{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        hjcp_engine::link::FRAGMENT_PREFIX,
        hjcp_engine::link::encode(answers)
    )
}

#[component]
pub fn TakeAwayScreen() -> impl IntoView {
    let session = use_session();
    let framework = session.framework_untracked();
    let has_answers = {
        let framework = framework.clone();
        move || framework.as_ref().is_some_and(|f| session.has_answers_for(&f.id))
    };
    let sections = move || {
        match framework.clone() {
        None => view! {
            <div class="hjcp-inset"><p>{tr(Key::JourneyNoFramework)}</p></div>
        }
        .into_any(),
        Some(framework) => view! {
            <Show
                when=has_answers.clone()
                fallback=move || view! {
                    <div class="hjcp-inset">
                        <p>{tr(Key::TakeNothingYet)}</p>
                        <p><button type="button" class="hjcp-link-button" on:click=move |_| session.go(Screen::TaskList)>{tr(Key::JourneyReturnTaskList)}</button></p>
                    </div>
                }
            >
                <DownloadSection />
                <LinkSection />
                <PrintSection />
            </Show>
            <div class="hjcp-print-summary">
                <h1 class="hjcp-heading-l">{tr(Key::TakePrintTitle)}</h1>
                <p class="hjcp-lead"><LocalText text=framework.title.clone() /></p>
                <AnswersSummary framework change_links=false />
            </div>
        }
        .into_any(),
    }
    };
    view! {
        <div class="hjcp-no-print">
            <BackLink />
            <h1 class="hjcp-heading-l" tabindex="-1">{tr(Key::TakeHeading)}</h1>
            <p>{tr(Key::TakeIntro)}</p>
        </div>
        {sections}
        <LoadSection />
    }
}

#[component]
fn DownloadSection() -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let done = RwSignal::new(None::<String>);
    let click = move |_| {
        let Some(framework) = session.framework_untracked() else { return };
        let answers = session.current_answers();
        let name = format!("career-pathways-answers-{}-{}.json", framework.id, today());
        if download(&name, &stored::export_answers(&answers, &framework.version)).is_ok() {
            done.set(Some(name));
        }
    };
    view! {
        <section class="hjcp-section hjcp-no-print" aria-labelledby="take-download">
            <h2 class="hjcp-heading-m" id="take-download">{tr(Key::TakeDownloadHeading)}</h2>
            <p>{tr(Key::TakeDownloadBody)}</p>
            <button type="button" class="hjcp-button hjcp-button--secondary" on:click=click>{tr(Key::TakeDownloadButton)}</button>
            <div role="status">
                {move || done.get().map(|name| view! { <p class="hjcp-confirmation">{move || fill(t(Key::TakeDownloadDone), &[("file", &name)])}</p> })}
            </div>
        </section>
    }
}

#[component]
fn LinkSection() -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let link = RwSignal::new(None::<String>);
    // None: not tried yet; Some(true) copied; Some(false) the browser refused.
    let copied = RwSignal::new(None::<bool>);
    let create = move |_| {
        copied.set(None);
        link.set(Some(link_for(&session.current_answers())));
        request_animation_frame(|| crate::components::focus_selector("#share-link"));
    };
    let copy = move |_| {
        let Some(url) = link.get_untracked() else { return };
        let promise = window().navigator().clipboard().write_text(&url);
        type Callback = wasm_bindgen::closure::Closure<dyn FnMut(JsValue)>;
        let ok = Callback::new(move |_: JsValue| copied.set(Some(true)));
        let failed = Callback::new(move |_: JsValue| copied.set(Some(false)));
        let _ = promise.then2(&ok, &failed);
        // Each runs at most once, after this function returns; the two small closures are kept.
        ok.forget();
        failed.forget();
    };
    let select_all = move |ev: leptos::ev::FocusEvent| {
        if let Some(input) =
            ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    };
    view! {
        <section class="hjcp-section hjcp-no-print" aria-labelledby="take-link">
            <h2 class="hjcp-heading-m" id="take-link">{tr(Key::TakeLinkHeading)}</h2>
            <p>{tr(Key::TakeLinkBody)}</p>
            <div class="hjcp-warning-text"><p>{tr(Key::TakeLinkWarning)}</p></div>
            <p class="hjcp-hint">{tr(Key::TakeLinkPrivate)}</p>
            {move || match link.get() {
                None => view! {
                    <button type="button" class="hjcp-button hjcp-button--secondary" on:click=create>{tr(Key::TakeLinkCreate)}</button>
                }
                .into_any(),
                Some(url) => view! {
                    <div class="hjcp-form-group">
                        <label class="hjcp-field-label hjcp-field-label--s" for="share-link">{tr(Key::TakeLinkLabel)}</label>
                        <input class="hjcp-input hjcp-input--link" id="share-link" type="text" readonly spellcheck="false" prop:value=url on:focus=select_all />
                    </div>
                    <button type="button" class="hjcp-button hjcp-button--secondary" on:click=copy>{tr(Key::TakeLinkCopy)}</button>
                }
                .into_any(),
            }}
            <div role="status">
                {move || copied.get().map(|ok| view! {
                    <p class=if ok { "hjcp-confirmation" } else { "hjcp-warning-text" }>
                        {move || t(if ok { Key::TakeLinkCopied } else { Key::TakeLinkCopyFailed })}
                    </p>
                })}
            </div>
        </section>
    }
}

#[component]
fn PrintSection() -> impl IntoView {
    view! {
        <section class="hjcp-section hjcp-no-print" aria-labelledby="take-print">
            <h2 class="hjcp-heading-m" id="take-print">{tr(Key::TakePrintHeading)}</h2>
            <p>{tr(Key::TakePrintBody)}</p>
            <button type="button" class="hjcp-button hjcp-button--secondary" on:click=move |_| {
                let _ = window().print();
            }>{tr(Key::TakePrintButton)}</button>
        </section>
    }
}

/// Reads the chosen file on this device and loads it, asking first if it would replace answers.
#[component]
fn LoadSection() -> impl IntoView {
    let session = use_session();
    let t = move |k| session.t(k);
    let reading = RwSignal::new(false);
    let problem = RwSignal::new(None::<FileProblem>);
    let pending = RwSignal::new(None::<Answers>);
    let message = move |(key, framework): FileProblem| {
        fill(t(key), &[("framework", framework.as_deref().unwrap_or(""))])
    };
    let errors = Signal::derive(move || {
        problem.get().map(|p| vec![(message(p), "answers-file")]).unwrap_or_default()
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        pending.set(None);
        let file = document()
            .get_element_by_id("answers-file")
            .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        let Some(file) = file else {
            report(problem, (Key::TakeErrorNoFile, None));
            return;
        };
        // A file that is too large is refused before it is read.
        if file.size() > stored::MAX_BYTES as f64 {
            report(problem, (Key::TakeErrorTooLarge, None));
            return;
        }
        let Ok(reader) = web_sys::FileReader::new() else {
            report(problem, (Key::TakeErrorRead, None));
            return;
        };
        problem.set(None);
        reading.set(true);
        let done = {
            let reader = reader.clone();
            wasm_bindgen::closure::Closure::once_into_js(move |_: JsValue| {
                reading.set(false);
                match reader.result().ok().and_then(|v| v.as_string()) {
                    Some(text) => read_answers(session, &text, problem, pending),
                    None => report(problem, (Key::TakeErrorRead, None)),
                }
            })
        };
        let failed = wasm_bindgen::closure::Closure::once_into_js(move |_: JsValue| {
            reading.set(false);
            report(problem, (Key::TakeErrorRead, None));
        });
        reader.set_onload(Some(done.unchecked_ref()));
        reader.set_onerror(Some(failed.unchecked_ref()));
        if reader.read_as_text(&file).is_err() {
            reading.set(false);
            report(problem, (Key::TakeErrorRead, None));
        }
    };
    let confirm = move |_| {
        if let Some(answers) = pending.get_untracked() {
            pending.set(None);
            session.load_answers(answers, false);
        }
    };
    view! {
        <section class="hjcp-section hjcp-no-print" aria-labelledby="take-load">
            <h2 class="hjcp-heading-m" id="take-load">{tr(Key::TakeLoadHeading)}</h2>
            <ErrorList errors />
            <form on:submit=submit novalidate>
                <div class=move || if problem.get().is_some() { "hjcp-form-group hjcp-form-group--error" } else { "hjcp-form-group" }>
                    <label class="hjcp-field-label hjcp-field-label--s" for="answers-file">{tr(Key::TakeLoadLabel)}</label>
                    <p class="hjcp-hint" id="answers-file-hint">{tr(Key::TakeLoadHint)}</p>
                    {move || problem.get().map(|p| view! { <p class="hjcp-error-message" id="answers-file-error">{message(p)}</p> })}
                    <input
                        class="hjcp-file-upload"
                        id="answers-file"
                        name="answers-file"
                        type="file"
                        accept=".json,application/json"
                        aria-describedby=move || if problem.get().is_some() { "answers-file-hint answers-file-error" } else { "answers-file-hint" }
                        on:change=move |_| {
                            problem.set(None);
                            pending.set(None);
                        }
                    />
                </div>
                <button type="submit" class="hjcp-button hjcp-button--secondary">{tr(Key::TakeLoadButton)}</button>
                <div role="status">
                    <Show when=move || reading.get()>
                        <p class="hjcp-loading">{tr(Key::TakeReading)}</p>
                    </Show>
                </div>
            </form>
            {move || pending.get().and_then(|answers| session.listed_framework(&answers.framework)).map(|framework| view! {
                <div class="hjcp-confirm" role="region" aria-labelledby="take-confirm">
                    <h3 class="hjcp-heading-m" id="take-confirm" tabindex="-1">{tr(Key::TakeConfirmHeading)}</h3>
                    <div class="hjcp-warning-text">
                        <p><TextWith template=Key::TakeConfirmBody placeholder="framework" text=framework.title.clone() /></p>
                    </div>
                    <div class="hjcp-button-group">
                        <button type="button" class="hjcp-button hjcp-button--warning" on:click=confirm>{tr(Key::TakeConfirmButton)}</button>
                        <button type="button" class="hjcp-link-button" on:click=move |_| pending.set(None)>{tr(Key::Cancel)}</button>
                    </div>
                </div>
            })}
        </section>
    }
}

/// Checks a file's text and either loads it, asks to confirm the replacement, or says why not.
fn read_answers(
    session: Session,
    text: &str,
    problem: RwSignal<Option<FileProblem>>,
    pending: RwSignal<Option<Answers>>,
) {
    let answers = match stored::import_answers(text) {
        Ok(answers) => answers,
        Err(e) => {
            report(problem, (import_error_key(&e), None));
            return;
        }
    };
    if session.listed_framework(&answers.framework).is_none() {
        let id: String = answers.framework.chars().take(100).collect();
        report(problem, (Key::TakeErrorUnknownFramework, Some(id)));
        return;
    }
    if session.has_answers_for(&answers.framework) {
        pending.set(Some(answers));
        request_animation_frame(|| crate::components::focus_selector("#take-confirm"));
    } else {
        session.load_answers(answers, false);
    }
}
