//! What a person has told the tool: ratings per competence, estimates per area, facts for entry
//! requirements, a chosen target, and dated snapshots.
//!
//! Answers are keyed by the competence's *string id*, not its index, so they survive a
//! framework update that adds, removes or reorders competences; `resolve` maps them onto a
//! framework and reports the ones that no longer match (orphans) instead of dropping them.
//! Time is passed in by the caller (milliseconds since the Unix epoch): the engine reads no clock.
//!
//! # Estimates
//!
//! A person who wants a rough answer quickly answers one question per area of the framework
//! ("your usual level in this area") instead of one per competence. That answer is an
//! [`Estimate`], kept per area id in [`Answers::estimates`]. [`resolve`] gives it to every
//! competence of the area that has no rating of its own, as a step of the scale marked as
//! estimated ([`Resolved::estimated`]), so fit, paths and plans use it as they use a rating.
//! Any rating of a competence, "not sure" included, replaces the estimate for that competence;
//! a note alone does not. An estimate is never a rating: the task list's progress, snapshots and
//! "changes since" count only what the person rated, and how sure the results are
//! ([`crate::confidence`]) counts estimated competences apart from rated ones.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{CompetenceIx, Framework, Proficiency, RoleIx};

/// Longest evidence note kept, in characters; the UI shows a count against it.
pub const NOTE_MAX_CHARS: usize = 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rating {
    /// A step on the framework's scale.
    Level(Proficiency),
    /// The person chose "not sure": counted as not rated for fit, but remembered.
    NotSure,
}

/// What kind of answer a person gave for one competence, for counting how sure the results are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AnswerKind {
    /// A step of the scale, chosen by the person for this competence.
    Rated,
    /// A step of the scale taken from the person's estimate for the competence's area.
    Estimated,
    /// No answer, or "not sure".
    NotRated,
}

/// The one rule that classifies a resolved answer: a step of the scale is rated, or estimated
/// when it came from the area's estimate (`estimated`, as [`Resolved::estimated`] records it);
/// no answer and "not sure" are not rated. Every count of rated competences (confidence) goes
/// through here, usually by [`Resolved::kind`].
pub fn answer_kind(rating: Option<Rating>, estimated: bool) -> AnswerKind {
    match rating {
        Some(Rating::Level(_)) if estimated => AnswerKind::Estimated,
        Some(Rating::Level(_)) => AnswerKind::Rated,
        Some(Rating::NotSure) | None => AnswerKind::NotRated,
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answer {
    pub rating: Option<Rating>,
    pub note: String,
    /// When the rating or note last changed, in ms since the Unix epoch.
    pub changed_ms: u64,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Persona {
    /// Exploring a career in health and justice; holds no role in the framework.
    #[default]
    Applicant,
    /// Works in health and justice; may have a current role.
    Staff,
}

/// Facts a person may state so entry requirements can be checked. Nothing sensitive:
/// no vetting, health or right-to-work questions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Facts {
    /// Highest qualification held, as an RQF / CQFW level (1–8).
    pub qualification_level: Option<u8>,
    /// Years of relevant experience, paid or voluntary.
    pub experience_years: Option<u8>,
    /// Role id in the framework, for staff.
    pub current_role: Option<String>,
}

/// The person's ratings on one day, to show what changed since. A snapshot records what the
/// person rated, competence by competence, and never estimates: an estimate says how the person
/// sees a whole area, not a step they chose for the competence.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Snapshot {
    pub taken_ms: u64,
    pub ratings: BTreeMap<String, Rating>,
}

/// A person's quick answer for a whole area: their usual step of the scale in it (see the
/// module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Estimate {
    /// A step on the framework's scale.
    pub level: Proficiency,
    /// When the estimate last changed, in ms since the Unix epoch.
    #[serde(default)]
    pub changed_ms: u64,
}

/// Everything a person has answered for one framework.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    pub framework: String,
    pub persona: Persona,
    pub facts: Facts,
    pub target_role: Option<String>,
    /// The person's own answers, by competence id.
    pub answers: BTreeMap<String, Answer>,
    /// Estimates by area id, for the competences of the area without a rating of their own.
    pub estimates: BTreeMap<String, Estimate>,
    pub snapshots: Vec<Snapshot>,
    /// The framework version these answers were last given or looked at against, so a later
    /// visit can say which corrections came since ([`crate::corrections_since`]). Absent from
    /// records written before it existed (every correction is then new) and not written when
    /// unknown, so such records keep their exact bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seen_version: Option<String>,
}

impl Answers {
    pub fn new(framework: impl Into<String>) -> Answers {
        Answers { framework: framework.into(), ..Answers::default() }
    }

    pub fn rating(&self, competence_id: &str) -> Option<Rating> {
        self.answers.get(competence_id).and_then(|a| a.rating)
    }

    /// Sets or clears a rating. Returns false (and changes nothing) if it was already so.
    pub fn set_rating(&mut self, competence_id: &str, rating: Option<Rating>, now_ms: u64) -> bool {
        let answer = self.answers.entry(competence_id.to_string()).or_default();
        if answer.rating == rating {
            return false;
        }
        answer.rating = rating;
        answer.changed_ms = now_ms;
        true
    }

    /// Sets the evidence note, cut to `NOTE_MAX_CHARS` characters.
    pub fn set_note(&mut self, competence_id: &str, note: &str, now_ms: u64) -> bool {
        let note: String = note.chars().take(NOTE_MAX_CHARS).collect();
        let answer = self.answers.entry(competence_id.to_string()).or_default();
        if answer.note == note {
            return false;
        }
        answer.note = note;
        answer.changed_ms = now_ms;
        true
    }

    /// The estimate for an area, if the person gave one.
    pub fn estimate(&self, area_id: &str) -> Option<Proficiency> {
        self.estimates.get(area_id).map(|e| e.level)
    }

    /// Sets or clears (`None`) the estimate for an area. Returns false (and changes nothing) if
    /// it was already so. The competences of the area keep their own ratings, which go before it.
    pub fn set_estimate(&mut self, area_id: &str, level: Option<Proficiency>, now_ms: u64) -> bool {
        if self.estimate(area_id) == level {
            return false;
        }
        match level {
            Some(level) => {
                self.estimates.insert(area_id.to_string(), Estimate { level, changed_ms: now_ms });
            }
            None => {
                self.estimates.remove(area_id);
            }
        }
        true
    }

    /// Records today's ratings as a dated snapshot: the person's own ratings only, never
    /// estimates (see [`Snapshot`]).
    pub fn take_snapshot(&mut self, now_ms: u64) {
        let ratings =
            self.answers.iter().filter_map(|(id, a)| a.rating.map(|r| (id.clone(), r))).collect();
        self.snapshots.push(Snapshot { taken_ms: now_ms, ratings });
    }
}

/// Answers mapped onto one framework's indices, ready for scoring.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// One entry per competence of the framework, in framework order: the person's rating, or
    /// their estimate for the competence's area when they gave the competence no rating (then
    /// `estimated` says so). Fit, paths and plans read this, so estimates count as ratings there.
    pub ratings: Vec<Option<Rating>>,
    /// Parallel to `ratings`: true where the entry is the area's estimate, not a rating.
    pub estimated: Vec<bool>,
    pub current_role: Option<RoleIx>,
    pub target_role: Option<RoleIx>,
    /// Answer keys that name no competence in this framework (renamed or removed since saved).
    pub orphans: Vec<String>,
    /// Estimate keys that name no area in this framework (renamed or removed since saved):
    /// kept in the answers, used for nothing, reported like `orphans`.
    pub orphan_estimates: Vec<String>,
}

impl Resolved {
    pub fn level(&self, c: CompetenceIx) -> Option<Proficiency> {
        match self.ratings.get(c.get()) {
            Some(Some(Rating::Level(p))) => Some(*p),
            _ => None,
        }
    }

    /// True if the entry for `c` is an estimate rather than the person's rating.
    pub fn is_estimated(&self, c: CompetenceIx) -> bool {
        self.estimated.get(c.get()).copied().unwrap_or(false)
    }

    /// What kind of answer competence `c` has ([`answer_kind`]); not rated outside the framework.
    pub fn kind(&self, c: CompetenceIx) -> AnswerKind {
        answer_kind(self.ratings.get(c.get()).copied().flatten(), self.is_estimated(c))
    }
}

/// Maps answers onto a framework. Ratings and estimates above the top of the scale are
/// clamped to it, so an answer file from an older, longer scale still loads.
pub fn resolve(framework: &Framework, answers: &Answers) -> Resolved {
    resolve_with(framework, answers, |id| framework.competence_ix(id), |id| framework.role_ix(id))
}

/// [`resolve`], with the id lookups given (so `recommend::Prepared` can use its maps).
pub(crate) fn resolve_with(
    framework: &Framework,
    answers: &Answers,
    competence_ix: impl Fn(&str) -> Option<CompetenceIx>,
    role_ix: impl Fn(&str) -> Option<RoleIx>,
) -> Resolved {
    let top = framework.scale.len().saturating_sub(1) as Proficiency;
    let n = framework.competences.len();
    let mut ratings = vec![None; n];
    let mut orphans = Vec::new();
    for (id, answer) in &answers.answers {
        match competence_ix(id) {
            Some(ix) if ix.get() < n => {
                ratings[ix.get()] = answer.rating.map(|r| match r {
                    Rating::Level(p) => Rating::Level(p.min(top)),
                    Rating::NotSure => Rating::NotSure,
                })
            }
            _ if answer.rating.is_some() || !answer.note.is_empty() => orphans.push(id.clone()),
            _ => {}
        }
    }
    // The estimate of each area, by area index; the first of two equal area ids wins.
    let mut by_area: Vec<Option<Proficiency>> = vec![None; framework.areas.len()];
    let mut orphan_estimates = Vec::new();
    for (id, estimate) in &answers.estimates {
        match framework.areas.iter().position(|a| a.id == *id) {
            Some(a) => by_area[a] = Some(estimate.level.min(top)),
            None => orphan_estimates.push(id.clone()),
        }
    }
    let mut estimated = vec![false; n];
    if !answers.estimates.is_empty() {
        for (c, competence) in framework.competences.iter().enumerate() {
            let area_level = by_area.get(competence.area.get()).copied().flatten();
            if let (None, Some(level)) = (ratings[c], area_level) {
                ratings[c] = Some(Rating::Level(level));
                estimated[c] = true;
            }
        }
    }
    let role = |id: &Option<String>| id.as_deref().and_then(&role_ix);
    Resolved {
        ratings,
        estimated,
        current_role: role(&answers.facts.current_role),
        target_role: role(&answers.target_role),
        orphans,
        orphan_estimates,
    }
}
