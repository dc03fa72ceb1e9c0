//! How far the person has got: per area of the task list, and since a snapshot.

use hjcp_engine::{Answers, AreaIx, Framework, Rating, Snapshot};

use super::Session;

impl Session {
    /// How far the person has got with one area of the active framework.
    pub fn area_progress(&self, area: AreaIx) -> AreaProgress {
        let Some(framework) = self.framework() else { return AreaProgress::default() };
        let answers = self.current_answers();
        let mut progress = AreaProgress::default();
        for (ix, c) in framework.competences_in(area) {
            progress.total += 1;
            if answers.rating(&c.id).is_some() {
                progress.answered += 1;
            } else if progress.first_unanswered.is_none() {
                progress.first_unanswered = Some(ix.get());
            }
            progress.first.get_or_insert(ix.get());
        }
        progress
    }
}

/// Progress through one area of a framework, for its status on the task list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AreaProgress {
    pub answered: usize,
    pub total: usize,
    /// The first competence (index in the framework) still without a rating.
    pub first_unanswered: Option<usize>,
    /// The area's first competence.
    pub first: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AreaStatus {
    NotStarted,
    InProgress,
    Completed,
}

impl AreaProgress {
    pub fn status(&self) -> AreaStatus {
        match self.answered {
            0 => AreaStatus::NotStarted,
            n if n >= self.total => AreaStatus::Completed,
            _ => AreaStatus::InProgress,
        }
    }

    /// Where the area's link goes: the first unrated competence, or its first one when done.
    pub fn link_target(&self) -> Option<usize> {
        self.first_unanswered.or(self.first)
    }
}

/// How one competence's rating changed between a snapshot and now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Rated now, not in the snapshot.
    New(Rating),
    /// A higher step on the scale than in the snapshot.
    Up {
        from: Rating,
        to: Rating,
    },
    Down {
        from: Rating,
        to: Rating,
    },
    /// Between a step and "not sure", either way.
    Changed {
        from: Rating,
        to: Rating,
    },
    /// Rated in the snapshot, not now.
    Removed(Rating),
}

/// What changed between a snapshot and the current answers, competence by competence in
/// framework order (index, change). Competences that stayed the same are left out.
pub fn changes_since(
    framework: &Framework,
    snapshot: &Snapshot,
    answers: &Answers,
) -> Vec<(usize, Change)> {
    framework
        .competences
        .iter()
        .enumerate()
        .filter_map(|(ix, c)| {
            let before = snapshot.ratings.get(&c.id).copied();
            let now = answers.rating(&c.id);
            let change = match (before, now) {
                (None, Some(to)) => Change::New(to),
                (Some(from), None) => Change::Removed(from),
                (Some(from), Some(to)) if from == to => return None,
                (Some(from @ Rating::Level(a)), Some(to @ Rating::Level(b))) => {
                    if b > a {
                        Change::Up { from, to }
                    } else {
                        Change::Down { from, to }
                    }
                }
                (Some(from), Some(to)) => Change::Changed { from, to },
                (None, None) => return None,
            };
            Some((ix, change))
        })
        .collect()
}
