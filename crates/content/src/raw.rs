//! The framework file format exactly as owners write it (TOML), before any checking.
//!
//! Every field a check may complain about is `Spanned` so the message can name its line.
//! Unknown keys are rejected (`deny_unknown_fields`) so a typo such as `titel` is reported
//! instead of silently ignored. See `frameworks/README.md` for the annotated format.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

type S = Spanned<String>;

/// Official wording for some of a table's text fields: field name (`title`, `scope`, `text`...)
/// → the source it is quoted from. Fields not named here take the table's `provenance`.
pub type Cite = BTreeMap<S, CiteRef>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CiteRef {
    /// Index into `[[sources]]`, counting from 0.
    pub source: Spanned<i64>,
    /// The short passage of that source the wording is taken from.
    pub passage: S,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    pub framework: Meta,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub registrations: Vec<Registration>,
    #[serde(default)]
    pub scale: Vec<ScaleStep>,
    #[serde(default)]
    pub levels: Vec<Level>,
    #[serde(default)]
    pub areas: Vec<Area>,
    #[serde(default)]
    pub competences: Vec<Competence>,
    #[serde(default)]
    pub roles: Vec<Role>,
    #[serde(default)]
    pub routes: Vec<Route>,
    #[serde(default)]
    pub learning: Vec<Learning>,
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

/// A correction to an earlier version, told to a returning person it concerns.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// The framework version that made it.
    pub version: S,
    pub text: S,
    pub text_cy: Option<S>,
    /// Roles whose advice it changes (role ids); none for everyone's.
    #[serde(default)]
    pub roles: Vec<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub id: S,
    pub title: S,
    pub title_cy: Option<S>,
    pub summary: S,
    pub summary_cy: Option<S>,
    pub owner: S,
    pub owner_cy: Option<S>,
    pub version: S,
    /// The source's own date, as precisely as it gives it (YYYY, YYYY-MM or YYYY-MM-DD); left
    /// out when the source gives none.
    #[serde(default)]
    pub published: Option<S>,
    /// The date this version of the file was written (YYYY-MM-DD).
    #[serde(default)]
    pub written: Option<S>,
    #[serde(default)]
    pub notes: Option<S>,
    pub notes_cy: Option<S>,
    /// Where the framework applies (England, Wales, both…), as its source says or as written
    /// for this tool: shown on the start screen and the about page.
    #[serde(default)]
    pub applies: Option<S>,
    pub applies_cy: Option<S>,
    /// Provenance of every item that does not state its own: "official" or "illustrative".
    pub provenance: S,
    #[serde(default)]
    pub cite: Cite,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: S,
    pub publisher: S,
    #[serde(default)]
    pub date: Option<S>,
    pub url: Option<S>,
}

/// A professional register entry requirements and routes can name.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    pub id: S,
    pub title: S,
    pub title_cy: Option<S>,
    #[serde(default)]
    pub cite: Cite,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleStep {
    pub id: S,
    pub label: S,
    pub label_cy: Option<S>,
    pub descriptor: S,
    pub descriptor_cy: Option<S>,
    #[serde(default)]
    pub cite: Cite,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub id: S,
    pub label: S,
    pub label_cy: Option<S>,
    pub rank: Spanned<i64>,
    #[serde(default)]
    pub cite: Cite,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: S,
    pub title: S,
    pub title_cy: Option<S>,
    #[serde(default)]
    pub description: Option<S>,
    pub description_cy: Option<S>,
    pub provenance: Option<S>,
    #[serde(default)]
    pub cite: Cite,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competence {
    pub id: S,
    pub area: S,
    pub title: S,
    pub title_cy: Option<S>,
    #[serde(default)]
    pub description: Option<S>,
    pub description_cy: Option<S>,
    pub provenance: Option<S>,
    /// Scale step id → what the competence looks like at that step.
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    #[serde(default)]
    pub cite: Cite,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub level: S,
    pub text: S,
    pub text_cy: Option<S>,
    #[serde(default)]
    pub cite: Cite,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: S,
    pub title: S,
    pub title_cy: Option<S>,
    pub family: S,
    pub family_cy: Option<S>,
    pub level: S,
    pub scope: S,
    pub scope_cy: Option<S>,
    #[serde(default)]
    pub open_to_applicants: bool,
    /// The role's main requirement is lived experience (peer roles).
    #[serde(default)]
    pub lived_experience: bool,
    /// Operational (front line) or not; absent when the framework does not say.
    pub operational: Option<bool>,
    pub url: Option<S>,
    pub provenance: Option<S>,
    #[serde(default)]
    pub cite: Cite,
    #[serde(default)]
    pub entry: Vec<Spanned<Entry>>,
    #[serde(default)]
    pub training: Vec<S>,
    #[serde(default)]
    pub training_cy: Vec<S>,
    /// Competence id → scale step id the role needs.
    #[serde(default)]
    pub requires: BTreeMap<S, S>,
    /// Competence id → why this role, reached by a promotion or a fast track, needs less of it
    /// than the role the route starts from. Without a reason that is a warning.
    #[serde(default)]
    pub requires_reasons: BTreeMap<S, S>,
}

/// An entry requirement (`[[roles.entry]]`, `[[learning.entry]]`): either one option written
/// in the table itself (`text` and at most one kind), or `any_of` options, any one of which
/// meets it, with an optional `text` for the requirement as a whole.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub text: Option<S>,
    pub text_cy: Option<S>,
    pub qualification_level: Option<Spanned<i64>>,
    pub experience_years: Option<Spanned<i64>>,
    /// An id from `[[registrations]]`.
    pub registration: Option<S>,
    pub any_of: Option<Spanned<Vec<EntryOption>>>,
    #[serde(default)]
    pub cite: Cite,
}

/// One way of meeting an entry requirement: at most one kind; none means "check for yourself".
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryOption {
    pub text: S,
    pub text_cy: Option<S>,
    pub qualification_level: Option<Spanned<i64>>,
    pub experience_years: Option<Spanned<i64>>,
    pub registration: Option<S>,
    #[serde(default)]
    pub cite: Cite,
}

/// A route's shorter length and what a person must hold to take it (the same kinds as an
/// entry option).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shorter {
    pub months: Spanned<i64>,
    pub text: S,
    pub text_cy: Option<S>,
    pub qualification_level: Option<Spanned<i64>>,
    pub experience_years: Option<Spanned<i64>>,
    pub registration: Option<S>,
    #[serde(default)]
    pub cite: Cite,
}

/// What completing a route gives a person.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gives {
    pub qualification_level: Option<Spanned<i64>>,
    #[serde(default)]
    pub registrations: Vec<S>,
    pub experience_years: Option<Spanned<i64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    pub from: Option<S>,
    pub to: S,
    pub kind: S,
    pub months: Spanned<i64>,
    #[serde(default)]
    pub requirements: Option<S>,
    pub requirements_cy: Option<S>,
    pub shorter: Option<Shorter>,
    pub gives: Option<Gives>,
    pub url: Option<S>,
    pub provenance: Option<S>,
    #[serde(default)]
    pub cite: Cite,
    /// What a person needs before starting the route, in the same shape as a role's.
    #[serde(default)]
    pub entry: Vec<Spanned<Entry>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Learning {
    pub id: S,
    pub title: S,
    pub title_cy: Option<S>,
    #[serde(default)]
    pub description: Option<S>,
    pub description_cy: Option<S>,
    pub provider: S,
    pub provider_cy: Option<S>,
    pub format: S,
    pub builds: Vec<S>,
    /// Who can take it: "applicant", "staff" (default both).
    pub audience: Option<Spanned<Vec<S>>>,
    /// Only staff in operational (true) or non-operational (false) roles.
    pub operational: Option<Spanned<bool>>,
    /// Given by the employer to its own staff, so not open to applicants.
    pub employer_provided: Option<Spanned<bool>>,
    /// Only staff in these roles (role ids).
    #[serde(default)]
    pub roles: Vec<S>,
    /// Only for people new to their role (an induction).
    pub new_starters: Option<Spanned<bool>>,
    /// The qualification level it is at, if it leads to one.
    pub level: Option<Spanned<i64>>,
    pub url: Option<S>,
    pub provenance: Option<S>,
    #[serde(default)]
    pub entry: Vec<Spanned<Entry>>,
    #[serde(default)]
    pub cite: Cite,
}
