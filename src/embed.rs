//! Running inside a host page's iframe: tell the host how tall the widget is, so the iframe
//! can be sized to its content without a scrollbar. Messages go only to the host origin the
//! embed snippet named (`host=` parameter); without one, nothing is posted.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The message type the host-side `embed.js` listens for.
pub const HEIGHT_MESSAGE: &str = "hjcp:height";

pub fn report_height_to(host_origin: String) {
    let window = window();
    let in_frame = window.parent().ok().flatten().is_some_and(|p| p != window);
    if !in_frame {
        return;
    }
    let post = move || {
        let Some(body) = document().body() else { return };
        let height = body
            .scroll_height()
            .max(document().document_element().map(|e| e.scroll_height()).unwrap_or(0));
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
        if let Ok(Some(parent)) = web_sys::window().unwrap().parent() {
            // A wrong origin makes postMessage drop the message silently, never leak it.
            let _ = parent.post_message(&message, &host_origin);
        }
    };
    post();
    let callback = Closure::<dyn FnMut()>::new(post);
    let observe = || -> Result<(), JsValue> {
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref())?;
        if let Some(body) = document().body() {
            observer.observe(&body);
        }
        Ok(())
    };
    if observe().is_err() {
        web_sys::console::warn_1(
            &"ResizeObserver is unavailable; the host iframe will not resize".into(),
        );
    }
    // The observer lives as long as the page.
    callback.forget();
}
