//! Merging answers changed in two places at once: this page and another tab or window of the
//! same browser, which share one stored record.
//!
//! A three-way merge against `base`, the record as this page last read or wrote it: whatever the
//! other tab changed since then is taken, whatever this page changed is kept. When both changed
//! the same answer, the later change wins (answers carry the time they changed); when both
//! changed the same setting (persona, facts, target role), which carry no time, the other
//! tab's, as it was saved last. Nothing answered on either side is dropped: a framework or an
//! answer missing from one side is kept from the other, and dated snapshots are the union.
//!
//! Estimates (one per area) merge the same way, area by area, except that clearing one removes
//! it (where clearing a rating keeps the answer, with its time): so an estimate missing from one
//! side is taken as cleared there when `base` had it, and as never given otherwise. An estimate
//! cleared in one tab and left alone in the other stays cleared; cleared in one and changed in the
//! other, the change is kept (a clear carries no time, and nothing answered is dropped); changed
//! in both, the later change wins.

use std::collections::{BTreeMap, BTreeSet};

use crate::answers::{Answer, Answers, Estimate};

/// Merges answers for every framework. See the module documentation for the rules.
pub fn merge_frameworks(
    base: &BTreeMap<String, Answers>,
    ours: &BTreeMap<String, Answers>,
    theirs: &BTreeMap<String, Answers>,
) -> BTreeMap<String, Answers> {
    merge_map(base, ours, theirs, |id, base, our, their| match base {
        Some(base) => merge_answers(base, our, their),
        None => merge_answers(&Answers::new(id.to_string()), our, their),
    })
}

/// Merges one framework's answers.
pub fn merge_answers(base: &Answers, ours: &Answers, theirs: &Answers) -> Answers {
    Answers {
        framework: ours.framework.clone(),
        persona: pick(&base.persona, &ours.persona, &theirs.persona),
        facts: crate::answers::Facts {
            qualification_level: pick(
                &base.facts.qualification_level,
                &ours.facts.qualification_level,
                &theirs.facts.qualification_level,
            ),
            experience_years: pick(
                &base.facts.experience_years,
                &ours.facts.experience_years,
                &theirs.facts.experience_years,
            ),
            current_role: pick(
                &base.facts.current_role,
                &ours.facts.current_role,
                &theirs.facts.current_role,
            ),
        },
        target_role: pick(&base.target_role, &ours.target_role, &theirs.target_role),
        seen_version: pick(&base.seen_version, &ours.seen_version, &theirs.seen_version),
        answers: merge_answer_map(&base.answers, &ours.answers, &theirs.answers),
        estimates: merge_estimates(&base.estimates, &ours.estimates, &theirs.estimates),
        snapshots: {
            let mut all = ours.snapshots.clone();
            all.extend(theirs.snapshots.iter().filter(|s| !ours.snapshots.contains(s)).cloned());
            all.sort_by_key(|s| s.taken_ms);
            all
        },
    }
}

/// Theirs if the other tab changed it since `base`, otherwise ours.
fn pick<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> T {
    if theirs != base {
        theirs.clone()
    } else {
        ours.clone()
    }
}

fn merge_answer_map(
    base: &BTreeMap<String, Answer>,
    ours: &BTreeMap<String, Answer>,
    theirs: &BTreeMap<String, Answer>,
) -> BTreeMap<String, Answer> {
    merge_map(base, ours, theirs, |_, base, our, their| {
        let they_changed = base != Some(their);
        let we_changed = base != Some(our);
        match (we_changed, they_changed) {
            (_, false) => our.clone(),
            (false, true) => their.clone(),
            // Both changed it: the later change wins; on a tie, the one saved last.
            (true, true) if our.changed_ms > their.changed_ms => our.clone(),
            (true, true) => their.clone(),
        }
    })
}

/// Estimates merged area by area, three ways (see the module documentation).
fn merge_estimates(
    base: &BTreeMap<String, Estimate>,
    ours: &BTreeMap<String, Estimate>,
    theirs: &BTreeMap<String, Estimate>,
) -> BTreeMap<String, Estimate> {
    let areas: BTreeSet<&String> = base.keys().chain(ours.keys()).chain(theirs.keys()).collect();
    areas
        .into_iter()
        .filter_map(|area| {
            let (b, o, t) = (base.get(area), ours.get(area), theirs.get(area));
            let merged = match (o, t) {
                _ if t == b => o,
                _ if o == b => t,
                // Both changed it: the later change wins; on a tie, the one saved last.
                (Some(o), Some(t)) if o.changed_ms > t.changed_ms => Some(o),
                (Some(_), Some(t)) => Some(t),
                // One cleared it, the other changed it: the change is kept.
                (Some(e), None) | (None, Some(e)) => Some(e),
                (None, None) => None,
            };
            merged.map(|e| (area.clone(), *e))
        })
        .collect()
}

/// Everything in `ours`, plus every entry of `theirs`: taken as it is where `ours` has no such
/// key, otherwise `both(key, base's entry, ours, theirs)`. Nothing is removed from either side.
fn merge_map<V: Clone>(
    base: &BTreeMap<String, V>,
    ours: &BTreeMap<String, V>,
    theirs: &BTreeMap<String, V>,
    both: impl Fn(&str, Option<&V>, &V, &V) -> V,
) -> BTreeMap<String, V> {
    let mut merged = ours.clone();
    for (id, their) in theirs {
        let value = match ours.get(id) {
            None => their.clone(),
            Some(our) => both(id, base.get(id), our, their),
        };
        merged.insert(id.clone(), value);
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Persona, Rating};

    fn with(ratings: &[(&str, u8, u64)]) -> Answers {
        let mut a = Answers::new("f");
        for &(id, level, at) in ratings {
            a.set_rating(id, Some(Rating::Level(level)), at);
        }
        a
    }

    #[test]
    fn answers_given_in_each_tab_are_all_kept() {
        let base = with(&[("a", 1, 10)]);
        let ours = with(&[("a", 1, 10), ("b", 2, 20)]);
        let theirs = with(&[("a", 1, 10), ("c", 3, 30)]);
        let merged = merge_answers(&base, &ours, &theirs);
        assert_eq!(merged, with(&[("a", 1, 10), ("b", 2, 20), ("c", 3, 30)]));
    }

    #[test]
    fn the_later_of_two_changes_to_one_answer_wins() {
        let base = with(&[("a", 1, 10)]);
        let early = with(&[("a", 2, 20)]);
        let late = with(&[("a", 3, 30)]);
        assert_eq!(merge_answers(&base, &early, &late), late);
        assert_eq!(merge_answers(&base, &late, &early), late);
    }

    #[test]
    fn a_setting_changed_in_the_other_tab_is_taken_and_one_changed_here_kept() {
        let base = Answers::new("f");
        let mut ours = base.clone();
        ours.target_role = Some("nurse".into());
        let mut theirs = base.clone();
        theirs.persona = Persona::Staff;
        let merged = merge_answers(&base, &ours, &theirs);
        assert_eq!(merged.persona, Persona::Staff);
        assert_eq!(merged.target_role.as_deref(), Some("nurse"));
    }

    fn estimated(estimates: &[(&str, u8, u64)]) -> Answers {
        let mut a = Answers::new("f");
        for &(area, level, at) in estimates {
            a.set_estimate(area, Some(level), at);
        }
        a
    }

    #[test]
    fn estimates_given_in_each_tab_are_all_kept() {
        let base = estimated(&[("a", 1, 10)]);
        let ours = estimated(&[("a", 1, 10), ("b", 2, 20)]);
        let theirs = estimated(&[("a", 1, 10), ("c", 3, 30)]);
        let merged = merge_answers(&base, &ours, &theirs);
        assert_eq!(merged, estimated(&[("a", 1, 10), ("b", 2, 20), ("c", 3, 30)]));
    }

    #[test]
    fn the_later_of_two_changes_to_one_estimate_wins() {
        let base = estimated(&[("a", 1, 10)]);
        let early = estimated(&[("a", 2, 20)]);
        let late = estimated(&[("a", 3, 30)]);
        assert_eq!(merge_answers(&base, &early, &late), late);
        assert_eq!(merge_answers(&base, &late, &early), late);
        // Changed in the other tab only: taken, even if this tab's copy is "later".
        assert_eq!(merge_answers(&late, &late, &early), early);
    }

    #[test]
    fn an_estimate_cleared_in_one_tab_stays_cleared_unless_the_other_changed_it() {
        let base = estimated(&[("a", 1, 10), ("b", 2, 10)]);
        let mut cleared = base.clone();
        cleared.set_estimate("a", None, 20);
        assert_eq!(merge_answers(&base, &cleared, &base), estimated(&[("b", 2, 10)]));
        assert_eq!(merge_answers(&base, &base, &cleared), estimated(&[("b", 2, 10)]));
        let changed = estimated(&[("a", 3, 15), ("b", 2, 10)]);
        assert_eq!(merge_answers(&base, &cleared, &changed), changed);
        assert_eq!(merge_answers(&base, &changed, &cleared), changed);
    }

    #[test]
    fn an_estimate_and_a_rating_in_its_area_from_two_tabs_are_both_kept() {
        let base = Answers::new("f");
        let ours = estimated(&[("area", 2, 20)]);
        let theirs = with(&[("c1", 4, 30)]);
        let merged = merge_answers(&base, &ours, &theirs);
        assert_eq!(merged.estimate("area"), Some(2));
        assert_eq!(merged.rating("c1"), Some(Rating::Level(4)));
    }

    #[test]
    fn a_framework_started_in_the_other_tab_is_added() {
        let ours = BTreeMap::from([("f".to_string(), with(&[("a", 1, 10)]))]);
        let mut g = Answers::new("g");
        g.set_rating("x", Some(Rating::NotSure), 5);
        let theirs = BTreeMap::from([("g".to_string(), g.clone())]);
        let merged = merge_frameworks(&BTreeMap::new(), &ours, &theirs);
        assert_eq!(merged.len(), 2);
        assert_eq!(merged["g"], g);
    }
}
