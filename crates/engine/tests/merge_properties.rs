//! Properties of merging answers changed in two tabs at once (`hjcp_engine::merge`), 2,000
//! cases each. Two tabs start from one stored record (`base`) and each makes its own changes;
//! the merge must keep every answer and estimate either tab gave, take the later of two changes
//! to one answer or estimate, keep an estimate cleared in one tab cleared if the other left it
//! alone, and settle at once: when the other tab merges the result back, nothing changes, so
//! the tabs never write back and forth.

use std::collections::BTreeMap;

use hjcp_engine::merge::{merge_answers, merge_frameworks};
use hjcp_engine::{Answers, Persona, Rating};
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig { cases: 2_000, ..ProptestConfig::default() }
}

#[derive(Clone, Debug)]
enum Edit {
    Rate(String, Option<Rating>),
    Note(String, String),
    Estimate(String, Option<u8>),
    Persona(bool),
    Target(Option<String>),
    Snapshot,
}

fn rating() -> impl Strategy<Value = Option<Rating>> {
    proptest::option::of(prop_oneof![Just(Rating::NotSure), (0u8..6).prop_map(Rating::Level)])
}

fn edit() -> impl Strategy<Value = Edit> {
    // Few competence ids, so the two tabs often touch the same answer.
    let id = "[a-e]";
    prop_oneof![
        5 => (id, rating()).prop_map(|(id, r)| Edit::Rate(id, r)),
        2 => (id, "[xy]{0,2}").prop_map(|(id, n)| Edit::Note(id, n)),
        3 => ("[uv]", proptest::option::of(0u8..4)).prop_map(|(area, e)| Edit::Estimate(area, e)),
        1 => any::<bool>().prop_map(Edit::Persona),
        1 => proptest::option::of("[pq]").prop_map(Edit::Target),
        1 => Just(Edit::Snapshot),
    ]
}

/// Applies edits at the times `start`, `start + step`, …, as a tab would.
fn apply(answers: &Answers, edits: &[Edit], start: u64, step: u64) -> Answers {
    let mut a = answers.clone();
    for (i, edit) in edits.iter().enumerate() {
        let now = start + step * i as u64;
        match edit {
            Edit::Rate(id, r) => {
                a.set_rating(id, *r, now);
            }
            Edit::Note(id, n) => {
                a.set_note(id, n, now);
            }
            Edit::Estimate(area, e) => {
                a.set_estimate(area, *e, now);
            }
            Edit::Persona(staff) => {
                a.persona = if *staff { Persona::Staff } else { Persona::Applicant }
            }
            Edit::Target(t) => a.target_role = t.clone(),
            Edit::Snapshot => a.take_snapshot(now),
        }
    }
    a
}

/// A stored record and the two tabs' versions of it.
fn three() -> impl Strategy<Value = (Answers, Answers, Answers)> {
    let edits = || proptest::collection::vec(edit(), 0..8);
    (edits(), edits(), edits()).prop_map(|(before, ours, theirs)| {
        let base = apply(&Answers::new("fw"), &before, 1, 1);
        // Interleaved times, so either tab's change can be the later one.
        let o = apply(&base, &ours, 100, 2);
        let t = apply(&base, &theirs, 101, 2);
        (base, o, t)
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn every_answer_given_in_either_tab_is_kept((base, ours, theirs) in three()) {
        let merged = merge_answers(&base, &ours, &theirs);
        for (id, answer) in ours.answers.iter().chain(&theirs.answers) {
            let kept = merged.answers.get(id);
            prop_assert!(kept.is_some(), "{id} was dropped");
            let kept = kept.unwrap();
            prop_assert!(Some(kept) == ours.answers.get(id) || Some(kept) == theirs.answers.get(id));
            // The later change wins.
            prop_assert!(kept.changed_ms >= answer.changed_ms || base.answers.get(id) == Some(answer));
        }
        for snapshot in ours.snapshots.iter().chain(&theirs.snapshots) {
            prop_assert!(merged.snapshots.contains(snapshot));
        }
    }

    #[test]
    fn every_estimate_given_in_either_tab_is_kept_and_a_clear_is_kept_when_the_other_left_it((base, ours, theirs) in three()) {
        let merged = merge_answers(&base, &ours, &theirs);
        for (side, other) in [(&ours, &theirs), (&theirs, &ours)] {
            for (area, e) in &side.estimates {
                if base.estimates.get(area) == Some(e) {
                    continue;
                }
                let kept = merged.estimates.get(area);
                prop_assert!(kept.is_some(), "the estimate for {area} was dropped");
                let kept = kept.unwrap();
                prop_assert!(kept == e || Some(kept) == other.estimates.get(area));
                // The later change wins.
                prop_assert!(kept.changed_ms >= e.changed_ms);
            }
            for area in base.estimates.keys() {
                if !side.estimates.contains_key(area) && other.estimates.get(area) == base.estimates.get(area) {
                    prop_assert!(!merged.estimates.contains_key(area), "the clear of {area} was undone");
                }
            }
        }
    }

    #[test]
    fn when_only_one_tab_changed_anything_its_answers_are_the_result((base, ours, theirs) in three()) {
        prop_assert_eq!(merge_answers(&base, &ours, &base), ours);
        prop_assert_eq!(merge_answers(&base, &base, &theirs), theirs);
    }

    #[test]
    fn the_tabs_settle_after_one_exchange((base, ours, theirs) in three()) {
        // This tab merges what the other wrote and saves the result; the other tab, whose last
        // write was `theirs` and which has changed nothing since, merges that back.
        let merged = merge_answers(&base, &ours, &theirs);
        prop_assert_eq!(merge_answers(&theirs, &theirs, &merged), merged.clone());
        // Merging again changes nothing.
        prop_assert_eq!(merge_answers(&theirs, &merged, &theirs), merged);
    }

    #[test]
    fn frameworks_on_either_side_are_all_kept((base, ours, theirs) in three()) {
        let b = BTreeMap::from([("fw".to_string(), base)]);
        let o = BTreeMap::from([("fw".to_string(), ours.clone()), ("only-ours".to_string(), Answers::new("only-ours"))]);
        let t = BTreeMap::from([("fw".to_string(), theirs.clone()), ("only-theirs".to_string(), Answers::new("only-theirs"))]);
        let merged = merge_frameworks(&b, &o, &t);
        prop_assert_eq!(merged.keys().collect::<Vec<_>>(), vec!["fw", "only-ours", "only-theirs"]);
        prop_assert_eq!(&merged["fw"], &merge_answers(&b["fw"], &ours, &theirs));
    }
}
