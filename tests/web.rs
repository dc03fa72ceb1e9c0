//! Browser tests (wasm-bindgen-test in headless Chromium): the real components mounted in a
//! real DOM, with the store replaced by an in-memory one that can be made to fail.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use hjcp_widget::app::App;
use hjcp_widget::session::Session;
use hjcp_widget::storage::{MemoryStore, Store, StoreError};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn content() -> hjcp_widget::content::Content {
    hjcp_widget::content::Content::from_catalog(
        hjcp_widget::catalog::decode().expect("catalog decodes"),
    )
}

/// Waits for effects and the next animation frame to run.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn container() -> web_sys::HtmlElement {
    let document = document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

fn mount(store: Rc<dyn Store>) -> web_sys::HtmlElement {
    let root = container();
    let session = Session::load(content(), store, None);
    leptos::mount::mount_to(root.clone(), move || view! { <App session /> }).forget();
    root
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    let el: web_sys::HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into();
    el.click();
}

fn text(root: &web_sys::HtmlElement) -> String {
    root.text_content().unwrap_or_default()
}

/// From the start screen to the first question: framework, "exploring a career", "rather not
/// say" on qualifications, no target, then the first area of the task list.
async fn to_first_question(root: &web_sys::HtmlElement) {
    click(root, "#framework-first");
    click(root, "button[type=submit]");
    tick().await;
    click(root, "#persona-applicant");
    click(root, "button[type=submit]");
    tick().await;
    click(root, "#qualification-none");
    click(root, "button[type=submit]");
    tick().await;
    click(root, "button[type=submit]");
    tick().await;
    click(root, ".hjcp-task-list__link[aria-describedby^=area-]");
    tick().await;
}

#[wasm_bindgen_test]
async fn start_screen_shows_the_privacy_promise_and_every_framework() {
    let root = mount(Rc::new(MemoryStore::default()));
    tick().await;
    assert!(text(&root).contains("Your answers stay on this device"));
    let radios = root.query_selector_all("input[name=framework]").unwrap().length() as usize;
    assert_eq!(radios, content().frameworks().count());
}

#[wasm_bindgen_test]
async fn the_title_says_error_while_an_error_summary_is_shown_and_stops_once_it_is_fixed() {
    let root = mount(Rc::new(MemoryStore::default()));
    tick().await;
    let title = || document().title();
    assert!(title().starts_with("Start – "), "{}", title());
    click(&root, "button[type=submit]");
    tick().await;
    assert!(root.query_selector(".hjcp-error-summary").unwrap().is_some());
    assert!(title().starts_with("Error: Start – "), "{}", title());
    click(&root, "#framework-first");
    click(&root, "button[type=submit]");
    tick().await;
    assert!(root.query_selector(".hjcp-error-summary").unwrap().is_none());
    assert!(!title().starts_with("Error:"), "the next screen's title has no error: {}", title());
}

#[wasm_bindgen_test]
async fn a_rating_is_written_to_the_store_and_confirmed() {
    let store = Rc::new(MemoryStore::default());
    let root = mount(store.clone());
    tick().await;
    to_first_question(&root).await;
    click(&root, "#rating-1");
    tick().await;
    let saved = store.value.borrow().clone().expect("a record was written");
    assert!(saved.contains("\"app\":\"hjcp\""), "{saved}");
    assert!(text(&root).contains("Saved on this device"));
}

#[wasm_bindgen_test]
async fn unavailable_storage_is_explained_and_the_widget_still_works() {
    let store = Rc::new(MemoryStore {
        fail_reads: Some(StoreError::Unavailable),
        fail_writes: Some(StoreError::Unavailable),
        ..Default::default()
    });
    let root = mount(store);
    tick().await;
    assert!(text(&root).contains("storage is switched off"));
    to_first_question(&root).await;
    click(&root, "#rating-0");
    tick().await;
    assert!(!text(&root).contains("Saved on this device"));
    assert!(text(&root).contains("Question 1 of"));
}

#[wasm_bindgen_test]
async fn a_full_store_says_so_instead_of_claiming_to_have_saved() {
    let store = Rc::new(MemoryStore { fail_writes: Some(StoreError::Full), ..Default::default() });
    let root = mount(store);
    tick().await;
    to_first_question(&root).await;
    click(&root, "#rating-2");
    tick().await;
    assert!(text(&root).contains("storage is full"));
    assert!(!text(&root).contains("Saved on this device"));
}

#[wasm_bindgen_test]
async fn a_corrupt_record_still_gives_a_working_start_screen() {
    let store = Rc::new(MemoryStore::default());
    *store.value.borrow_mut() = Some("{definitely not json".into());
    let root = mount(store);
    tick().await;
    assert!(text(&root).contains("Start now"));
}

#[wasm_bindgen_test]
async fn the_recovery_message_offers_the_stored_record_for_download() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item("hjcp-career-pathways:recovery-test", "{\"app\":\"hjcp\",\"version\":1}")
        .unwrap();
    let root = document().create_element("div").unwrap();
    root.set_id("hjcp-root");
    document().body().unwrap().append_child(&root).unwrap();

    hjcp_widget::recovery::show("hjcp-career-pathways:recovery-test");

    let text = root.text_content().unwrap();
    assert!(text.contains("Sorry, something went wrong"), "{text}");
    assert!(text.contains("Your answers are still saved"), "{text}");
    let link: web_sys::HtmlAnchorElement =
        root.query_selector("a[download]").unwrap().expect("a download link").unchecked_into();
    assert!(link.href().starts_with("blob:"), "{}", link.href());
    root.remove();
    storage.remove_item("hjcp-career-pathways:recovery-test").unwrap();
}

#[wasm_bindgen_test]
async fn a_record_from_a_newer_version_is_never_overwritten_until_the_person_says_so() {
    let newer = r#"{"app":"hjcp","version":99,"frameworks":{}}"#;
    let store = Rc::new(MemoryStore::default());
    *store.value.borrow_mut() = Some(newer.into());
    let root = mount(store.clone());
    tick().await;
    assert!(text(&root).contains("saved by a newer version of this tool"));
    click(&root, "#framework-first");
    tick().await;
    assert_eq!(store.value.borrow().as_deref(), Some(newer), "the newer record was overwritten");
    let replace: web_sys::HtmlElement = root
        .query_selector_all(".hjcp-notices button")
        .unwrap()
        .get(0)
        .expect("a replace button")
        .unchecked_into();
    replace.click();
    tick().await;
    click(&root, "input[name=framework]:not(#framework-first)");
    tick().await;
    assert!(
        store.value.borrow().as_deref().is_some_and(|v| {
            v.contains(&format!("\"version\":{}", hjcp_engine::stored::CURRENT_VERSION))
        }),
        "a new record is written once the person chose to"
    );
}

#[wasm_bindgen_test]
async fn damaged_answers_are_reported_in_words_and_the_rest_kept() {
    let store = Rc::new(MemoryStore::default());
    *store.value.borrow_mut() =
        Some("{\"app\":\"hjcp\",\"version\":1,\"frameworks\":{\"x\":5}}".into());
    let root = mount(store);
    tick().await;
    assert!(text(&root).contains("could not be read and were left out"), "{}", text(&root));
}

#[wasm_bindgen_test]
async fn answers_changed_in_another_tab_are_merged_and_a_clear_there_clears_here() {
    use hjcp_engine::stored::{decode, encode, Decoded};
    use hjcp_engine::Rating;
    let store = Rc::new(MemoryStore::default());
    let root = container();
    let session = Session::load(content(), store.clone(), None);
    leptos::mount::mount_to(root.clone(), move || view! { <App session /> }).forget();
    tick().await;
    to_first_question(&root).await;
    click(&root, "#rating-1");
    tick().await;
    let framework = untrack(|| session.active_id()).expect("a framework is chosen");
    let ours = session.all_answers_untracked()[&framework].clone();
    let (rated, our_rating) = ours
        .answers
        .iter()
        .find_map(|(id, a)| a.rating.map(|r| (id.clone(), r)))
        .expect("one answer");
    let other = session
        .framework_untracked()
        .unwrap()
        .competences
        .iter()
        .map(|c| c.id.clone())
        .find(|id| *id != rated)
        .unwrap();

    // The other tab read the same record, answered the second question and saved.
    let Decoded::Loaded { mut state, .. } = decode(&store.value.borrow().clone().unwrap()) else {
        panic!("our record decodes")
    };
    state.frameworks.get_mut(&framework).unwrap().set_rating(
        &other,
        Some(Rating::Level(3)),
        u64::MAX / 2,
    );
    let theirs = encode(&state);
    *store.value.borrow_mut() = Some(theirs.clone());
    session.on_stored_elsewhere(Some(theirs));
    tick().await;

    let answers = session.all_answers_untracked()[&framework].clone();
    assert_eq!(answers.rating(&rated), Some(our_rating), "this tab's answer is kept");
    assert_eq!(answers.rating(&other), Some(Rating::Level(3)), "the other tab's answer is added");
    assert!(text(&root).contains("have been added to the answers here"), "{}", text(&root));

    // Saving here keeps both: nothing the other tab wrote is lost when this tab saves again.
    click(&root, "#rating-2");
    tick().await;
    let Decoded::Loaded { state, .. } = decode(&store.value.borrow().clone().unwrap()) else {
        panic!("our record decodes")
    };
    assert_eq!(state.frameworks[&framework].rating(&other), Some(Rating::Level(3)));

    // The other tab cleared everything.
    *store.value.borrow_mut() = None;
    session.on_stored_elsewhere(None);
    tick().await;
    assert!(session.all_answers_untracked().is_empty());
    assert!(text(&root).contains("cleared here too"), "{}", text(&root));
    assert_eq!(*store.value.borrow(), None, "the cleared answers are not written back");
}

fn heading(root: &web_sys::HtmlElement) -> String {
    root.query_selector("#hjcp-main h1").unwrap().and_then(|h| h.text_content()).unwrap_or_default()
}

/// Not connected to the browser's history (as in a frame, where the one entry is replaced),
/// the back link walks the trail of screens the person came through.
#[wasm_bindgen_test]
async fn the_back_link_walks_the_trail_the_person_came_through() {
    let root = mount(Rc::new(MemoryStore::default()));
    tick().await;
    to_first_question(&root).await;
    click(&root, "#rating-1");
    click(&root, "button[type=submit]");
    tick().await;
    assert!(text(&root).contains("Question 2 of"), "{}", text(&root));
    click(&root, ".hjcp-back-link");
    tick().await;
    assert!(text(&root).contains("Question 1 of"), "{}", text(&root));
    let checked = root.query_selector("#rating-1").unwrap().expect("the first question's choices");
    assert!(checked.unchecked_into::<web_sys::HtmlInputElement>().checked(), "its answer kept");
    click(&root, ".hjcp-back-link");
    tick().await;
    assert_eq!(heading(&root), "Rate yourself");
}

/// Moving between screens starts no record on the device; once there is one, it keeps the
/// screen the person is on, for a reload where the browser kept no history (a host page).
#[wasm_bindgen_test]
async fn moving_alone_writes_nothing_and_a_record_keeps_the_screen() {
    let store = Rc::new(MemoryStore::default());
    let root = mount(store.clone());
    tick().await;
    let load_file = root
        .query_selector_all("#hjcp-main button.hjcp-link-button")
        .unwrap()
        .item(0)
        .expect("the start screen's link to load a file");
    load_file.unchecked_into::<web_sys::HtmlElement>().click();
    tick().await;
    assert!(store.value.borrow().is_none(), "nothing written by moving between screens");
    click(&root, ".hjcp-back-link");
    tick().await;
    to_first_question(&root).await;
    click(&root, "#rating-1");
    tick().await;
    let saved = store.value.borrow().clone().expect("a record was written");
    assert!(saved.contains("\"place\":\"rate/"), "{saved}");
}

/// Content handed to the session at run time (as a framework studio would, on every edit)
/// replaces what it had: the chosen framework stays chosen while the new content has it, and
/// the frameworks replaced are freed, not kept for the life of the page.
#[wasm_bindgen_test]
async fn content_given_at_run_time_replaces_the_old_which_is_then_freed() {
    use hjcp_widget::content::Content;
    use std::sync::Arc;

    let fixture = hjcp_engine::testgen::fixture;
    let first = Content::new(vec![fixture()]);
    let old = Arc::clone(first.framework("fixture").unwrap());
    let session = Session::load(first, Rc::new(MemoryStore::default()), None);
    session.choose_framework("fixture");
    assert!(Arc::ptr_eq(&session.framework_untracked().unwrap(), &old));

    let mut draft = fixture();
    draft.title.en = "Edited".into();
    session.set_content(Content::new(vec![draft]));
    let now = session.framework_untracked().expect("the framework stays chosen");
    assert_eq!(now.title.en, "Edited");
    assert_eq!(Arc::strong_count(&old), 1, "the replaced framework is held only here");

    // A draft without the role on screen: the session falls back to the results and says why,
    // instead of keeping a position the new framework does not have.
    let last = now.roles.len() - 1;
    let last_id = now.roles[last].id.clone();
    session.go(hjcp_widget::session::Screen::Role(hjcp_engine::RoleIx(last as u32)));
    let mut smaller = fixture();
    smaller.routes.retain(|r| r.from.map(|f| f.get()) != Some(last) && r.to.get() != last);
    smaller.roles.truncate(last);
    session.set_content(Content::new(vec![smaller]));
    assert_eq!(session.screen_untracked(), hjcp_widget::session::Screen::Results);
    assert_eq!(
        untrack(|| session.notice()),
        Some(hjcp_widget::session::JourneyNotice::Gone(hjcp_widget::session::Gone::Role(last_id)))
    );

    let mut other = fixture();
    other.id = "other".into();
    session.set_content(Content::new(vec![other]));
    assert!(session.framework_untracked().is_none(), "a framework that left is not chosen");
    let ids: Vec<String> =
        untrack(|| session.frameworks()).iter().map(|f| f.framework.id.clone()).collect();
    assert_eq!(ids, ["other"]);
}

/// A person who saved answers before a correction is told, on the start screen of their next
/// visit, what was corrected that concerns their target; hiding it records the version they
/// have now seen, so the next visit is quiet.
#[wasm_bindgen_test]
async fn a_returning_person_is_told_once_what_a_correction_changed() {
    let store = Rc::new(MemoryStore::default());
    *store.value.borrow_mut() = Some(
        r#"{"app":"hjcp","version":2,"lang":"en","active":"hmpps-career-pathways","frameworks":{"hmpps-career-pathways":{"framework":"hmpps-career-pathways","persona":"Staff","facts":{"current_role":"hq-policy-project-officer"},"target_role":"head-of-function"}}}"#
            .into(),
    );
    let root = mount(store.clone());
    tick().await;
    let notice =
        root.query_selector(".hjcp-corrections").unwrap().expect("the corrections are told");
    let said = notice.text_content().unwrap_or_default();
    assert!(said.contains("Conversion to Operational Manager is no longer shown"), "{said}");
    assert!(
        said.contains("an estimated 36 months"),
        "the correction for everyone is told too: {said}"
    );
    assert!(!said.contains("Head of Probation Delivery Unit"), "not one for other roles: {said}");
    click(&root, ".hjcp-corrections button");
    tick().await;
    assert!(root.query_selector(".hjcp-corrections").unwrap().is_none(), "hidden once read");
    let saved = store.value.borrow().clone().expect("the version seen is kept");
    assert!(saved.contains("\"seen_version\":\"2026.12\""), "{saved}");
    // The next visit has nothing new to say.
    let again = mount(store);
    tick().await;
    assert!(again.query_selector(".hjcp-corrections").unwrap().is_none(), "told once");
}
