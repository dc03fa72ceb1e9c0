//! The engine of Health & Justice Career Pathways: the framework model, a person's answers,
//! and everything computed from them (role fit, recommendations, paths, plans, comparisons),
//! plus the versioned formats answers are stored and exported in.
//!
//! Values in, values out: nothing here touches the DOM, storage, the network or a clock.
//! The crate has no web dependency, which the workspace layout enforces (see ARCHITECTURE.md).

pub mod answers;
pub mod compare;
pub mod confidence;
pub mod explain;
pub mod fit;
pub mod link;
pub mod merge;
pub mod model;
pub mod path;
pub mod plan;
pub mod progress;
pub mod recommend;
pub mod stored;
pub mod testgen;

pub use answers::{
    answer_kind, resolve, Answer, AnswerKind, Answers, Estimate, Facts, Persona, Rating, Resolved,
    Snapshot,
};
pub use compare::{compare, ComparedRole, Comparison, ComparisonRow, MAX_COMPARED};
pub use confidence::Confidence;
pub use explain::{Explanation, Part};
pub use fit::{
    all_fits, fit_score, rank_roles, role_fit, EntryCheck, EntryStatus, Held, RequirementFit,
    RequirementStatus, RoleFit,
};
pub use model::*;
pub use path::{
    Path, PathFinder, PathOutcome, PathStep, Position, Reach, RouteGraph, RouteIx, Step, StepCheck,
    MAX_PATHS,
};
pub use plan::{role_diff, ChangeKind, CompetenceChange, Plan, PlanBasis, PlanOffer, RoleDiff};
pub use progress::{
    area_progress, changes_since, corrections_since, next_question, overall_progress, time_needed,
    AreaProgress, AreaStatus, Change, TimeNeeded,
};
pub use recommend::{
    recommend, ClosedRole, MoveKind, Prepared, Recommendation, Recommendations, TargetOutcome,
    MAX_THROUGH_STEPS,
};
