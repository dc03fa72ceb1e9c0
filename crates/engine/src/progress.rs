//! Progress through the questions: how far a person has got with each area of a framework (for
//! the task list), and what changed in their ratings since a snapshot (for the progress screen).
//!
//! A competence counts as answered when it has any rating, "not sure" included: the person has
//! been through it. (For fit and confidence "not sure" is not a rating; see [`crate::confidence`].)
//! An estimate for the area does not answer its competences here: the person has not been
//! through them. Changes since a snapshot compare ratings only, as snapshots keep no estimates.

use crate::answers::{Answers, Rating, Snapshot};
use crate::model::{AreaIx, Framework, RoleIx};

/// Progress through one area of a framework, for its status on the task list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AreaProgress {
    pub answered: usize,
    pub total: usize,
    /// The first competence (index in the framework) still without a rating.
    pub first_unanswered: Option<usize>,
    /// The area's first competence.
    pub first: Option<usize>,
    /// How many of the answers are "not sure", worth a second look.
    pub not_sure: usize,
    /// The first competence answered "not sure".
    pub first_not_sure: Option<usize>,
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

    /// Where the area's link goes: the first unrated competence; when all are answered, the
    /// first answered "not sure" (for a second look), or else its first one.
    pub fn link_target(&self) -> Option<usize> {
        self.first_unanswered.or(self.first_not_sure).or(self.first)
    }
}

/// How far the person has got with one area of a framework. An area with no competences (or
/// an index past the last area) has a total of 0 and counts as not started.
pub fn area_progress(framework: &Framework, area: AreaIx, answers: &Answers) -> AreaProgress {
    let mut progress = AreaProgress::default();
    for (ix, c) in framework.competences_in(area) {
        progress.total += 1;
        let rating = answers.rating(&c.id);
        if rating == Some(Rating::NotSure) {
            progress.not_sure += 1;
            progress.first_not_sure.get_or_insert(ix.get());
        }
        if rating.is_some() {
            progress.answered += 1;
        } else if progress.first_unanswered.is_none() {
            progress.first_unanswered = Some(ix.get());
        }
        progress.first.get_or_insert(ix.get());
    }
    progress
}

/// How far the person has got with the whole framework: (answered, total), counted as the task
/// list counts each area.
pub fn overall_progress(framework: &Framework, answers: &Answers) -> (usize, usize) {
    let answered = framework.competences.iter().filter(|c| answers.rating(&c.id).is_some()).count();
    (answered, framework.competences.len())
}

/// Where Continue goes after the question on competence `current`: the next question of the
/// same area, in order (answered or not, so going through an area again reviews it); after the
/// area's last question, the first question still without an answer in the next area that
/// has one (areas in order, coming round to the ones before); `None` when every question has
/// an answer (the task list then shows everything complete).
///
/// With `only` (a competence per index, e.g. the ones a target role needs), the person is
/// rating just those: Continue goes to the next of them without an answer, in framework
/// order and coming round, and `None` once all of them have one.
pub fn next_question(
    framework: &Framework,
    answers: &Answers,
    current: usize,
    only: Option<&[bool]>,
) -> Option<usize> {
    let unanswered = |ix: usize| answers.rating(&framework.competences[ix].id).is_none();
    let count = framework.competences.len();
    if let Some(only) = only {
        let wanted = |ix: usize| only.get(ix).copied().unwrap_or(false);
        return (1..=count)
            .map(|step| (current + step) % count)
            .find(|&ix| wanted(ix) && unanswered(ix) && ix != current);
    }
    let area = framework.competences.get(current)?.area;
    let mut in_area = framework.competences_in(area).map(|(c, _)| c.get());
    if let Some(next) = in_area.find(|&c| c == current).and(in_area.next()) {
        return Some(next);
    }
    let areas = framework.areas.len();
    (1..=areas)
        .map(|step| AreaIx(((area.get() + step) % areas) as u32))
        .find_map(|a| area_progress(framework, a, answers).first_unanswered)
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
/// framework order (index, change). Competences that stayed the same are left out, and so are
/// ids (in the snapshot or the answers) that name no competence of this framework.
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

/// Reading speed for the time a rating takes: adults read non-fiction silently at about 238
/// words a minute (Brysbaert, 2019, a meta-analysis of 190 studies); a person reading to judge
/// themselves reads more slowly, so this takes 200.
pub const READING_WORDS_PER_MINUTE: u32 = 200;
/// Choosing one answer and pressing Continue, besides the reading: two clicks with a moment's
/// thought between them.
pub const SECONDS_PER_ANSWER: u32 = 10;

/// How long a full rating and a quick estimate of a framework take, worked out from the words a
/// person reads on the way (counted in the language they read) at [`READING_WORDS_PER_MINUTE`],
/// plus [`SECONDS_PER_ANSWER`] for each answer. The scale's steps are read closely once (they
/// are the same on every question) and each question's own words every time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TimeNeeded {
    /// Questions in a full rating (one per competence).
    pub questions: usize,
    /// Questions on the quick estimate's one page (one per area with competences).
    pub areas: usize,
    /// Whole minutes, rounded up, never less than one.
    pub full_minutes: u32,
    pub estimate_minutes: u32,
}

pub fn time_needed(framework: &Framework, lang: crate::model::Lang) -> TimeNeeded {
    let words = |t: &crate::model::Text| t.get(lang).0.split_whitespace().count() as u32;
    let scale: u32 = framework.scale.iter().map(|s| words(&s.label) + words(&s.descriptor)).sum();
    let question_words: u32 = framework
        .competences
        .iter()
        .map(|c| {
            words(&c.title)
                + words(&c.description)
                + c.indicators.iter().map(|(_, t)| words(t)).sum::<u32>()
        })
        .sum();
    let areas = (0..framework.areas.len())
        .filter(|&a| framework.competences_in(AreaIx(a as u32)).next().is_some())
        .count();
    let area_words: u32 = framework.areas.iter().map(|a| words(&a.title)).sum();
    let minutes = |words: u32, answers: usize| {
        let seconds = words * 60 / READING_WORDS_PER_MINUTE + answers as u32 * SECONDS_PER_ANSWER;
        seconds.div_ceil(60).max(1)
    };
    TimeNeeded {
        questions: framework.competences.len(),
        areas,
        full_minutes: minutes(scale + question_words, framework.competences.len()),
        estimate_minutes: minutes(scale + area_words, areas),
    }
}

/// The corrections made since the version `answers` were last given against that change this
/// person's advice: those naming their current or target role, or naming no role. None when
/// they have seen this version; every correction when the answers predate versions being kept.
pub fn corrections_since<'f>(
    framework: &'f Framework,
    answers: &Answers,
) -> Vec<&'f crate::model::Correction> {
    if answers.seen_version.as_deref() == Some(framework.version.as_str()) {
        return Vec::new();
    }
    // Corrections up to the one made in the version seen are not news.
    let first_new = answers
        .seen_version
        .as_deref()
        .and_then(|seen| framework.corrections.iter().rposition(|c| c.version == seen))
        .map_or(0, |i| i + 1);
    let mine: Vec<RoleIx> = [answers.facts.current_role.as_deref(), answers.target_role.as_deref()]
        .into_iter()
        .flatten()
        .filter_map(|id| framework.role_ix(id))
        .collect();
    framework.corrections[first_new..]
        .iter()
        .filter(|c| c.roles.is_empty() || c.roles.iter().any(|r| mine.contains(r)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Persona;
    use crate::model::{Correction, Text};
    use crate::testgen::{fixture, fixture_answers};

    // The fixture's areas, by competence index:
    // 0 "leading-me": self-awareness 0, planning 6, change 7;
    // 1 "working-with-people": communication 1, develop-others 5;
    // 2 "keeping-safe": de-escalation 2, safeguarding 3, record-keeping 4.
    const LEADING_ME: AreaIx = AreaIx(0);
    const PEOPLE: AreaIx = AreaIx(1);
    const SAFE: AreaIx = AreaIx(2);

    fn answers(ratings: &[(&str, u8)]) -> Answers {
        fixture_answers(Persona::Staff, Some("prison-officer"), None, ratings)
    }

    #[test]
    fn an_area_with_no_answers_is_not_started_and_links_to_its_first_competence() {
        let fw = fixture();
        let p = area_progress(&fw, LEADING_ME, &answers(&[]));
        assert_eq!(
            p,
            AreaProgress {
                answered: 0,
                total: 3,
                first_unanswered: Some(0),
                first: Some(0),
                not_sure: 0,
                first_not_sure: None,
            }
        );
        assert_eq!(p.status(), AreaStatus::NotStarted);
        assert_eq!(p.link_target(), Some(0));
    }

    #[test]
    fn a_partly_answered_area_is_in_progress_and_links_to_the_first_unanswered() {
        let fw = fixture();
        // Answered: self-awareness (0) and change (7); planning (6) is not.
        let p = area_progress(&fw, LEADING_ME, &answers(&[("self-awareness", 1), ("change", 0)]));
        assert_eq!(
            p,
            AreaProgress {
                answered: 2,
                total: 3,
                first_unanswered: Some(6),
                first: Some(0),
                not_sure: 0,
                first_not_sure: None,
            }
        );
        assert_eq!(p.status(), AreaStatus::InProgress);
        assert_eq!(p.link_target(), Some(6));
        // Answers in other areas do not count here.
        let other = area_progress(&fw, PEOPLE, &answers(&[("self-awareness", 1), ("change", 0)]));
        assert_eq!(other.answered, 0);
        assert_eq!(other.status(), AreaStatus::NotStarted);
        assert_eq!(other.link_target(), Some(1));
    }

    #[test]
    fn a_fully_answered_area_is_completed_and_links_to_its_first_competence() {
        let fw = fixture();
        let a = answers(&[("de-escalation", 2), ("safeguarding", 0), ("record-keeping", 3)]);
        let p = area_progress(&fw, SAFE, &a);
        assert_eq!(
            p,
            AreaProgress {
                answered: 3,
                total: 3,
                first_unanswered: None,
                first: Some(2),
                not_sure: 0,
                first_not_sure: None,
            }
        );
        assert_eq!(p.status(), AreaStatus::Completed);
        assert_eq!(p.link_target(), Some(2));
    }

    #[test]
    fn not_sure_counts_as_answered_and_a_cleared_rating_or_a_note_does_not() {
        let fw = fixture();
        let mut a = answers(&[("communication", 2)]);
        a.set_rating("develop-others", Some(Rating::NotSure), 2);
        let p = area_progress(&fw, PEOPLE, &a);
        // Finished, with a "not sure" to look at again: the area opens at it.
        assert_eq!((p.answered, p.status(), p.link_target()), (2, AreaStatus::Completed, Some(5)));

        a.set_rating("develop-others", None, 3);
        a.set_note("develop-others", "Mentored a new officer", 4);
        let p = area_progress(&fw, PEOPLE, &a);
        assert_eq!((p.answered, p.status(), p.link_target()), (1, AreaStatus::InProgress, Some(5)));
    }

    #[test]
    fn an_area_without_competences_is_not_started_with_nowhere_to_link() {
        let fw = fixture();
        let p = area_progress(&fw, AreaIx(99), &answers(&[("communication", 2)]));
        assert_eq!(p, AreaProgress::default());
        assert_eq!(p.status(), AreaStatus::NotStarted);
        assert_eq!(p.link_target(), None);
    }

    #[test]
    fn changes_since_a_snapshot_in_framework_order() {
        use Rating::{Level, NotSure};
        let fw = fixture();
        let snapshot = Snapshot {
            taken_ms: 10,
            ratings: [
                ("self-awareness", Level(1)), // 0: the same now
                ("communication", Level(1)),  // 1: up
                ("de-escalation", Level(2)),  // 2: down
                ("safeguarding", NotSure),    // 3: not sure both times
                ("record-keeping", Level(1)), // 4: now not sure
                ("develop-others", Level(2)), // 5: cleared since
                ("planning", NotSure),        // 6: now a step
                ("gone", Level(1)),           // not in this framework
            ]
            .into_iter()
            .map(|(id, r)| (id.to_string(), r))
            .collect(),
        };
        let mut a = answers(&[
            ("self-awareness", 1),
            ("communication", 3),
            ("de-escalation", 0),
            ("planning", 2),
            ("change", 1),    // 7: new
            ("elsewhere", 2), // not in this framework
        ]);
        a.set_rating("safeguarding", Some(NotSure), 11);
        a.set_rating("record-keeping", Some(NotSure), 11);
        a.set_rating("develop-others", Some(Level(2)), 11);
        a.set_rating("develop-others", None, 12);
        assert_eq!(
            changes_since(&fw, &snapshot, &a),
            vec![
                (1, Change::Up { from: Level(1), to: Level(3) }),
                (2, Change::Down { from: Level(2), to: Level(0) }),
                (4, Change::Changed { from: Level(1), to: NotSure }),
                (5, Change::Removed(Level(2))),
                (6, Change::Changed { from: NotSure, to: Level(2) }),
                (7, Change::New(Level(1))),
            ]
        );
    }

    #[test]
    fn nothing_changed_since_a_snapshot_of_the_same_answers() {
        let fw = fixture();
        let mut a = answers(&[("communication", 2), ("planning", 0)]);
        a.set_rating("safeguarding", Some(Rating::NotSure), 1);
        a.take_snapshot(5);
        let snapshot = a.snapshots[0].clone();
        assert_eq!(changes_since(&fw, &snapshot, &a), vec![]);
        // An empty snapshot makes every rating new, "not sure" included.
        assert_eq!(
            changes_since(&fw, &Snapshot::default(), &a),
            vec![
                (1, Change::New(Rating::Level(2))),
                (3, Change::New(Rating::NotSure)),
                (6, Change::New(Rating::Level(0))),
            ]
        );
    }

    #[test]
    fn not_sure_answers_count_as_answered_and_are_flagged_for_a_second_look() {
        let fw = fixture();
        let mut a = answers(&[("self-awareness", 1)]);
        a.set_rating("change", Some(Rating::NotSure), 2);
        a.set_rating("planning", Some(Rating::NotSure), 3);
        let p = area_progress(&fw, LEADING_ME, &a);
        assert_eq!((p.answered, p.not_sure, p.first_not_sure), (3, 2, Some(6)));
        assert_eq!(p.status(), AreaStatus::Completed);
        assert_eq!(p.link_target(), Some(6), "the finished area opens its first 'not sure'");
        assert_eq!(overall_progress(&fw, &a), (3, 8));
    }

    #[test]
    fn continue_goes_through_the_area_then_to_the_next_unfinished_area() {
        let fw = fixture();
        let a = answers(&[("communication", 1), ("develop-others", 1)]);
        // Within "leading me": 0 → 6 → 7, answered or not.
        assert_eq!(next_question(&fw, &a, 0, None), Some(6));
        assert_eq!(next_question(&fw, &a, 6, None), Some(7));
        // After its last question: "working with people" is finished, so "keeping safe".
        assert_eq!(next_question(&fw, &a, 7, None), Some(2));
        // After "keeping safe", round to the first unanswered of "leading me".
        assert_eq!(next_question(&fw, &a, 4, None), Some(0));
        // Everything answered: back to the task list.
        let all: Vec<(&str, u8)> = fw.competences.iter().map(|c| (c.id.as_str(), 1)).collect();
        assert_eq!(next_question(&fw, &answers(&all), 4, None), None);
        // Out of range: nowhere.
        assert_eq!(next_question(&fw, &a, 99, None), None);
    }

    #[test]
    fn rating_only_some_competences_goes_to_the_next_of_them_without_an_answer() {
        let fw = fixture();
        let mut only = vec![false; fw.competences.len()];
        for ix in [1, 3, 6] {
            only[ix] = true;
        }
        let a = answers(&[("safeguarding", 2)]);
        assert_eq!(next_question(&fw, &a, 1, Some(&only)), Some(6), "3 is answered already");
        assert_eq!(next_question(&fw, &a, 6, Some(&only)), Some(1), "coming round");
        let done = answers(&[("communication", 1), ("safeguarding", 2), ("planning", 0)]);
        assert_eq!(next_question(&fw, &done, 6, Some(&only)), None);
    }
    #[test]
    fn a_full_rating_takes_longer_than_a_quick_estimate_and_both_count_what_is_read() {
        let fw = fixture();
        let time = time_needed(&fw, crate::model::Lang::En);
        assert_eq!((time.questions, time.areas), (8, 3));
        assert!(time.full_minutes > time.estimate_minutes, "{time:?}");
        // Eight answers at ten seconds each are 80 seconds before any reading: at least two minutes.
        assert!(time.full_minutes >= 2, "{time:?}");
        // More words to read, more time: a framework with ten times the questions takes longer.
        let mut bigger = fw.clone();
        for _ in 0..9 {
            bigger.competences.extend(fw.competences.iter().cloned());
        }
        let more = time_needed(&bigger, crate::model::Lang::En);
        assert!(more.full_minutes >= 8 * time.full_minutes, "{more:?} against {time:?}");
        assert_eq!(more.estimate_minutes, time.estimate_minutes);
    }

    fn corrected(fw: &mut Framework) {
        fw.version = "3".into();
        let role = |id: &str| fw.role_ix(id).unwrap();
        let (officer, manager) = (role("prison-officer"), role("custodial-manager"));
        fw.corrections = vec![
            Correction {
                version: "2".into(),
                text: Text::en("old, for officers"),
                roles: vec![officer],
            },
            Correction {
                version: "3".into(),
                text: Text::en("new, for managers"),
                roles: vec![manager],
            },
            Correction { version: "3".into(), text: Text::en("new, for everyone"), roles: vec![] },
        ];
    }

    fn texts(list: Vec<&Correction>) -> Vec<&str> {
        list.into_iter().map(|c| c.text.en.as_str()).collect()
    }

    #[test]
    fn a_returning_person_is_told_the_corrections_since_the_version_they_saw_that_concern_them() {
        let mut fw = fixture();
        corrected(&mut fw);
        let mut a =
            fixture_answers(Persona::Staff, Some("prison-officer"), Some("custodial-manager"), &[]);
        // Answers from before versions were kept: every correction for their roles.
        assert_eq!(
            texts(corrections_since(&fw, &a)),
            ["old, for officers", "new, for managers", "new, for everyone"]
        );
        a.seen_version = Some("2".into());
        assert_eq!(texts(corrections_since(&fw, &a)), ["new, for managers", "new, for everyone"]);
        a.seen_version = Some("3".into());
        assert!(corrections_since(&fw, &a).is_empty(), "nothing is news in the version they saw");
        // A version the list does not name (the first release) counts as before them all.
        a.seen_version = Some("1".into());
        assert_eq!(corrections_since(&fw, &a).len(), 3);
        // Someone aiming elsewhere hears only what concerns everyone.
        let b = fixture_answers(Persona::Applicant, None, Some("prison-officer"), &[]);
        let b = Answers { seen_version: Some("2".into()), ..b };
        assert_eq!(texts(corrections_since(&fw, &b)), ["new, for everyone"]);
    }
}
