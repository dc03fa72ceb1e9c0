//! What the person sees if the widget itself fails: a plain message and a way to keep a copy of
//! their answers, instead of a frozen page.
//!
//! The panic hook builds this with bare DOM calls, because after a panic the reactive runtime
//! cannot be trusted. The download is the stored record exactly as it is in `localStorage`,
//! read directly, so even a record the widget could not parse is not lost.

use wasm_bindgen::JsCast;

use crate::i18n::{Key, Lang};

/// Installs the hook; `record_key` is the localStorage key this widget instance writes.
pub fn install(record_key: String) {
    std::panic::set_hook(Box::new(move |info| {
        console_error_panic_hook::hook(info);
        show(&record_key);
    }));
}

/// Replaces the widget with the recovery message. Safe to call more than once.
pub fn show(record_key: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let lang = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let Some(root) =
        document.get_element_by_id("hjcp-root").or_else(|| document.body().map(Into::into))
    else {
        return;
    };
    let record = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(record_key).ok().flatten());

    let build = || -> Option<web_sys::Element> {
        let panel = document.create_element("div").ok()?;
        panel.set_class_name("hjcp hjcp-recovery");
        panel.set_attribute("role", "alert").ok()?;
        let heading = document.create_element("h1").ok()?;
        heading.set_class_name("hjcp-heading-l");
        heading.set_text_content(Some(Key::RecoveryHeading.text(lang)));
        panel.append_child(&heading).ok()?;
        let body = document.create_element("p").ok()?;
        body.set_text_content(Some(Key::RecoveryBody.text(lang)));
        panel.append_child(&body).ok()?;
        if let Some(record) = &record {
            let parts = js_sys::Array::of1(&record.into());
            let options = web_sys::BlobPropertyBag::new();
            options.set_type("application/json");
            let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
            let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
            let link: web_sys::HtmlAnchorElement =
                document.create_element("a").ok()?.dyn_into().ok()?;
            link.set_href(&url);
            link.set_download("my-career-pathways-answers.json");
            link.set_class_name("hjcp-button");
            link.set_text_content(Some(Key::RecoveryDownload.text(lang)));
            panel.append_child(&link).ok()?;
        }
        let reload = document.create_element("p").ok()?;
        reload.set_text_content(Some(Key::RecoveryReload.text(lang)));
        panel.append_child(&reload).ok()?;
        Some(panel)
    };
    if let Some(panel) = build() {
        root.set_inner_html("");
        let _ = root.append_child(&panel);
    }
}
