//! What a person has told the tool: ratings per competence, facts for entry requirements,
//! a chosen target, and dated snapshots.
//!
//! Answers are keyed by the competence's *string id*, not its index, so they survive a
//! framework update that adds, removes or reorders competences; `resolve` maps them onto a
//! framework and reports the ones that no longer match (orphans) instead of dropping them.
//! Time is passed in by the caller (milliseconds since the Unix epoch): the engine reads no clock.

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
    /// A step of the scale, chosen by the person.
    Rated,
    /// A step estimated from a quicker answer. No answer is of this kind yet: the quick-estimate
    /// work adds it, and only [`answer_kind`] needs to learn about it.
    Estimated,
    /// No answer, or "not sure".
    NotRated,
}

/// The one rule that classifies an answer: a step of the scale is rated; no answer and "not
/// sure" are not rated. Every count of rated competences (fit, confidence) goes through here.
pub fn answer_kind(rating: Option<Rating>) -> AnswerKind {
    match rating {
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

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Snapshot {
    pub taken_ms: u64,
    pub ratings: BTreeMap<String, Rating>,
}

/// Everything a person has answered for one framework.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    pub framework: String,
    pub persona: Persona,
    pub facts: Facts,
    pub target_role: Option<String>,
    pub answers: BTreeMap<String, Answer>,
    pub snapshots: Vec<Snapshot>,
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

    /// Records today's ratings as a dated snapshot.
    pub fn take_snapshot(&mut self, now_ms: u64) {
        let ratings =
            self.answers.iter().filter_map(|(id, a)| a.rating.map(|r| (id.clone(), r))).collect();
        self.snapshots.push(Snapshot { taken_ms: now_ms, ratings });
    }
}

/// Answers mapped onto one framework's indices, ready for scoring.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// One entry per competence of the framework, in framework order.
    pub ratings: Vec<Option<Rating>>,
    pub current_role: Option<RoleIx>,
    pub target_role: Option<RoleIx>,
    /// Answer keys that name no competence in this framework (renamed or removed since saved).
    pub orphans: Vec<String>,
}

impl Resolved {
    pub fn level(&self, c: CompetenceIx) -> Option<Proficiency> {
        match self.ratings.get(c.get()) {
            Some(Some(Rating::Level(p))) => Some(*p),
            _ => None,
        }
    }
}

/// Maps answers onto a framework. Ratings above the top of the scale are clamped to it,
/// so an answer file from an older, longer scale still loads.
pub fn resolve(framework: &Framework, answers: &Answers) -> Resolved {
    let top = framework.scale.len().saturating_sub(1) as Proficiency;
    let mut ratings = vec![None; framework.competences.len()];
    let mut orphans = Vec::new();
    for (id, answer) in &answers.answers {
        match framework.competence_ix(id) {
            Some(ix) => {
                ratings[ix.get()] = answer.rating.map(|r| match r {
                    Rating::Level(p) => Rating::Level(p.min(top)),
                    Rating::NotSure => Rating::NotSure,
                })
            }
            None if answer.rating.is_some() || !answer.note.is_empty() => orphans.push(id.clone()),
            None => {}
        }
    }
    let role = |id: &Option<String>| id.as_deref().and_then(|id| framework.role_ix(id));
    Resolved {
        ratings,
        current_role: role(&answers.facts.current_role),
        target_role: role(&answers.target_role),
        orphans,
    }
}
