//! The framework studio: a page where a framework owner opens a draft framework file (TOML, or
//! a CASE 1.0 package), sees every problem `validate` would report, previews the draft in the
//! widget's own screens, and takes it away converted, with a summary of what changed against
//! the published framework. Nothing leaves the browser.
//!
//! The checking (`report`) compiles natively and is tested with `cargo test`; the page (`app`)
//! exists only on wasm32. The same wasm module runs twice: on the page (`start`) and in a Web
//! Worker (`check`), so a large file is parsed without freezing the page.

pub mod i18n;
pub mod report;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod worker;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::wasm_bindgen;

/// Called by the page's loader: mounts the studio. `worker_url` is the hashed name of the
/// worker script beside the page (the loader knows it; the wasm does not).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn start(worker_url: String) {
    app::start(worker_url);
}

/// Called in the Web Worker: the file checked, as postcard bytes of `hjcp_content::draft::Opened`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn check(file_name: &str, bytes: &[u8]) -> Vec<u8> {
    console_error_panic_hook::set_once();
    report::encode(&hjcp_content::draft::open(file_name, bytes))
}
