//! The engine of Health & Justice Career Pathways: the framework model, a person's answers,
//! and everything computed from them (role fit, recommendations, paths, plans, comparisons),
//! plus the versioned formats answers are stored and exported in.
//!
//! Values in, values out: nothing here touches the DOM, storage, the network or a clock.
//! The crate has no web dependency, which the workspace layout enforces (see ARCHITECTURE.md).

pub mod answers;
pub mod model;
pub mod stored;

pub use answers::{resolve, Answer, Answers, Facts, Persona, Rating, Resolved, Snapshot};
pub use model::*;
