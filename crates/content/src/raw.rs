//! The framework file format exactly as owners write it (TOML), before any checking.
//!
//! Every field a check may complain about is `Spanned` so the message can name its line.
//! Unknown keys are rejected (`deny_unknown_fields`) so a typo such as `titel` is reported
//! instead of silently ignored. See `frameworks/README.md` for the annotated format.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

type S = Spanned<String>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    pub framework: Meta,
    #[serde(default)]
    pub sources: Vec<Source>,
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
    pub published: S,
    #[serde(default)]
    pub notes: Option<S>,
    pub notes_cy: Option<S>,
    /// Provenance of every item that does not state its own: "official" or "illustrative".
    pub provenance: S,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: S,
    pub publisher: S,
    #[serde(default)]
    pub date: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleStep {
    pub id: S,
    pub label: S,
    pub label_cy: Option<S>,
    pub descriptor: S,
    pub descriptor_cy: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub id: S,
    pub label: S,
    pub label_cy: Option<S>,
    pub rank: Spanned<i64>,
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
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub level: S,
    pub text: S,
    pub text_cy: Option<S>,
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
    pub provenance: Option<S>,
    #[serde(default)]
    pub entry: Vec<Entry>,
    #[serde(default)]
    pub training: Vec<S>,
    #[serde(default)]
    pub training_cy: Vec<S>,
    /// Competence id → scale step id the role needs.
    #[serde(default)]
    pub requires: BTreeMap<S, S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub text: S,
    pub text_cy: Option<S>,
    pub qualification_level: Option<Spanned<i64>>,
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
    pub provenance: Option<S>,
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
    pub provenance: Option<S>,
}
