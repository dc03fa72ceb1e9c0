//! The Health & Justice Career Pathways widget: Leptos components over the pure engine.
//!
//! `catalog`, `content`, `i18n`, `launch`, `map_layout`, `nav` and `provenance` compile natively too, so their tests run with
//! `cargo test`; the UI (`app`, `screens`, `components`) and `storage` exist only on wasm32,
//! where the browser is.

pub mod catalog;
pub mod content;
pub mod i18n;
pub mod launch;
pub mod map_layout;
pub mod nav;
pub mod provenance;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod embed;
#[cfg(target_arch = "wasm32")]
pub mod recovery;
#[cfg(target_arch = "wasm32")]
mod results_half;
#[cfg(target_arch = "wasm32")]
mod screens;
#[cfg(target_arch = "wasm32")]
pub mod session;
#[cfg(target_arch = "wasm32")]
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub use app::start;
