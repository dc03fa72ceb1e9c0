//! Example-based tests of the engine's documented rules: the fit formula, entry checks,
//! positions, tie-breaking, plans, comparisons and the generator.

use hjcp_engine::testgen::{fixture, generated_answers, generated_framework};
use hjcp_engine::{
    compare, fit_score, recommend, role_fit, Answers, Credential, EntryRequirement, EntryStatus,
    Facts, Framework, MoveKind, Persona, PlanBasis, Position, Prepared, Rating, RequirementStatus,
    RoleIx, RouteKind, Text,
};

fn staff(current: &str, ratings: &[(&str, u8)]) -> Answers {
    let mut a = Answers::new("fixture");
    a.persona = Persona::Staff;
    a.facts.current_role = Some(current.to_string());
    for (id, p) in ratings {
        a.set_rating(id, Some(Rating::Level(*p)), 0);
    }
    a
}

#[test]
fn fit_score_formula() {
    assert_eq!(fit_score(4, 0, 5), 80);
    assert_eq!(fit_score(4, 1, 5), 90);
    assert_eq!(fit_score(0, 0, 3), 0);
    assert_eq!(fit_score(0, 1, 1), 50);
    assert_eq!(fit_score(2, 0, 3), 66, "rounded down");
    assert_eq!(fit_score(0, 0, 0), 100, "nothing required, nothing missing");
    assert_eq!(fit_score(199, 1, 200), 99, "only a role with everything met reaches 100");
}

#[test]
fn requirement_status_boundaries() {
    use RequirementStatus as S;
    assert_eq!(S::of(Some(Rating::Level(2)), 2), S::Met);
    assert_eq!(S::of(Some(Rating::Level(3)), 2), S::Met);
    assert_eq!(S::of(Some(Rating::Level(1)), 2), S::PartlyMet);
    assert_eq!(S::of(Some(Rating::Level(0)), 2), S::Gap);
    assert_eq!(S::of(Some(Rating::NotSure), 2), S::NotRated);
    assert_eq!(S::of(None, 0), S::NotRated);
    assert_eq!(S::of(Some(Rating::Level(0)), 0), S::Met);
    assert_eq!(S::of(Some(Rating::Level(255)), 255), S::Met);
    assert_eq!(S::of(Some(Rating::Level(254)), 255), S::PartlyMet);
}

#[test]
fn entry_requirements_against_facts() {
    let fw = fixture();
    let liaison = fw.role_ix("liaison-practitioner").unwrap();
    let prepared = Prepared::new(&fw);
    let mut a = Answers::new("fixture");
    let check = |a: &Answers| {
        let f = role_fit(&fw, &prepared.resolve(a), &a.facts, liaison);
        (f.entry.iter().map(|e| e.status).collect::<Vec<_>>(), f.entry_status)
    };
    assert_eq!(check(&a), (vec![EntryStatus::Unknown, EntryStatus::Unknown], EntryStatus::Unknown));
    a.facts = Facts { qualification_level: Some(5), experience_years: Some(2), current_role: None };
    assert_eq!(check(&a), (vec![EntryStatus::Met, EntryStatus::Met], EntryStatus::Met));
    a.facts.experience_years = Some(1);
    assert_eq!(check(&a), (vec![EntryStatus::NotMet, EntryStatus::Met], EntryStatus::NotMet));
    a.facts.experience_years = None;
    assert_eq!(check(&a), (vec![EntryStatus::Unknown, EntryStatus::Met], EntryStatus::Unknown));
    let other = EntryRequirement::single(Credential::Other, Text::en("Pass vetting"));
    assert_eq!(hjcp_engine::fit::entry_status(&other, &a.facts), EntryStatus::Unknown);
}

#[test]
fn empty_framework_and_empty_answers() {
    let fw = Framework::default();
    let recs = recommend(&fw, &Answers::default());
    assert!(recs.fits.is_empty() && recs.moves.is_empty() && recs.ranked.is_empty());
    assert!(recs.target.is_none() && recs.plan.is_none());
    assert_eq!(recs.position, Position::Outside);
}

#[test]
fn framework_without_routes_still_offers_open_roles() {
    let mut fw = fixture();
    fw.routes.clear();
    let mut a = staff("prison-officer", &[]);
    a.target_role = Some("custodial-manager".into());
    let recs = recommend(&fw, &a);
    assert!(recs.moves.is_empty(), "staff have nowhere to go without routes");
    assert!(recs.target.as_ref().unwrap().path.is_none());
    a.persona = Persona::Applicant;
    let recs = recommend(&fw, &a);
    let roles: Vec<&str> = recs.moves.iter().map(|m| fw.role(m.role).id.as_str()).collect();
    assert_eq!(roles, ["osg", "prison-officer"]);
    assert!(recs.moves.iter().all(|m| m.kind == MoveKind::ApplyNow && m.step.route.is_none()));
}

#[test]
fn position_needs_staff_persona_and_a_known_role() {
    let fw = fixture();
    let recs = recommend(&fw, &staff("prison-officer", &[]));
    assert_eq!(recs.position, Position::InRole(RoleIx(1)));
    let recs = recommend(&fw, &staff("no-such-role", &[]));
    assert_eq!(recs.position, Position::Outside);
    let mut a = staff("prison-officer", &[]);
    a.persona = Persona::Applicant;
    assert_eq!(recommend(&fw, &a).position, Position::Outside);
}

#[test]
fn staff_moves_are_up_or_across_and_keep_alternatives() {
    let fw = fixture();
    let recs = recommend(&fw, &staff("prison-officer", &[]));
    let so = recs.moves.iter().find(|m| fw.role(m.role).id == "supervising-officer").unwrap();
    assert_eq!(so.kind, MoveKind::Up);
    assert_eq!((so.step.kind, so.step.months), (RouteKind::FastTrack, 12), "quickest route first");
    assert_eq!(so.alternatives.len(), 1);
    assert_eq!((so.alternatives[0].kind, so.alternatives[0].months), (RouteKind::Promotion, 24));
    let liaison = recs.moves.iter().find(|m| fw.role(m.role).id == "liaison-practitioner").unwrap();
    assert_eq!(liaison.kind, MoveKind::Across);
    assert!(so.changes.is_some());
}

#[test]
fn ties_are_broken_by_level_then_months_then_id() {
    // Nothing rated: every fit is 0 and every entry status is what the facts give, so the
    // order shows the later keys of the rule.
    let fw = fixture();
    let mut a = Answers::new("fixture");
    a.facts.qualification_level = Some(8);
    a.facts.experience_years = Some(10);
    let recs = recommend(&fw, &a);
    let order: Vec<(&str, u8, EntryStatus)> =
        recs.moves.iter().map(|m| (fw.role(m.role).id.as_str(), m.fit, m.entry)).collect();
    assert_eq!(
        order,
        [
            // Same fit, entry and level: fewest months first (0, 15, 18).
            ("liaison-practitioner", 0, EntryStatus::Met),
            ("probation-officer", 0, EntryStatus::Met),
            ("healthcare-assistant", 0, EntryStatus::Met),
            ("osg", 0, EntryStatus::Unknown),
            ("prison-officer", 0, EntryStatus::Unknown),
        ]
    );
    // Same result on every call.
    assert_eq!(recs, recommend(&fw, &a));
}

#[test]
fn rank_order_ends_with_role_id_then_position() {
    use hjcp_engine::fit::{rank_order, RankKey};
    let key = |role_id, role| RankKey {
        score: 50,
        entry: EntryStatus::Met,
        level_rank: 1,
        months: 6,
        role_id,
        role: RoleIx(role),
    };
    let mut keys = [key("b", 0), key("a", 2), key("a", 1)];
    keys.sort_by(rank_order);
    let order: Vec<u32> = keys.iter().map(|k| k.role.0).collect();
    assert_eq!(order, [1, 2, 0]);
}

#[test]
fn plan_orders_offers_by_gaps_closed_then_id() {
    let fw = fixture();
    let mut a =
        staff("prison-officer", &[("develop-others", 0), ("planning", 0), ("de-escalation", 0)]);
    a.target_role = Some("supervising-officer".into());
    let plan = recommend(&fw, &a).plan.unwrap();
    assert_eq!(plan.basis, PlanBasis::Target);
    let ids: Vec<(&str, usize)> = plan
        .offers
        .iter()
        .map(|o| (fw.learning[o.offer.get()].id.as_str(), o.builds.len()))
        .collect();
    assert_eq!(
        ids,
        [("de-escalation-skills", 2), ("first-line-leadership", 2), ("coaching-conversations", 1)]
    );
    assert_eq!(plan.uncovered, [fw.competence_ix("self-awareness").unwrap()]);
}

#[test]
fn plan_falls_back_to_the_top_recommendation() {
    let fw = fixture();
    let recs = recommend(&fw, &staff("prison-officer", &[]));
    let plan = recs.plan.unwrap();
    assert_eq!(plan.basis, PlanBasis::TopRecommendation);
    assert_eq!(plan.role, recs.moves[0].role);
}

#[test]
fn compare_keeps_three_distinct_known_roles() {
    let fw = fixture();
    let a = Answers::new("fixture");
    let r = Prepared::new(&fw).resolve(&a);
    let c = compare(
        &fw,
        &[RoleIx(99), RoleIx(1), RoleIx(1), RoleIx(0), RoleIx(4), RoleIx(5)],
        &r,
        &a.facts,
    );
    let ids: Vec<&str> = c.roles.iter().map(|x| fw.role(x.role).id.as_str()).collect();
    assert_eq!(ids, ["prison-officer", "osg", "supervising-officer"]);
    let mut competences: Vec<u32> = c.rows.iter().map(|row| row.competence.0).collect();
    let sorted = {
        let mut s = competences.clone();
        s.sort();
        s
    };
    assert_eq!(competences, sorted, "rows in framework order");
    competences.dedup();
    assert_eq!(competences.len(), c.rows.len(), "each competence once");
}

#[test]
fn unknown_answers_become_orphans_and_ratings_are_clamped() {
    let fw = fixture();
    let mut a = staff("prison-officer", &[("renamed-competence", 2), ("communication", 250)]);
    a.set_note("gone-with-note", "I did this", 0);
    let prepared = Prepared::new(&fw);
    let r = prepared.resolve(&a);
    assert_eq!(r.orphans, ["gone-with-note", "renamed-competence"]);
    assert_eq!(r.level(fw.competence_ix("communication").unwrap()), Some(3));
    assert_eq!(recommend(&fw, &a).orphans, r.orphans);
}

#[test]
fn generator_is_deterministic_and_valid() {
    let a = generated_framework(100, 21, 40, 1);
    assert_eq!(a, generated_framework(100, 21, 40, 1));
    assert_ne!(a, generated_framework(100, 21, 40, 2));
    for fw in [a, generated_framework(10_000, 1_000, 5_000, 3), generated_framework(0, 0, 10, 4)] {
        let rank = |r: RoleIx| fw.levels[fw.role(r).level.get()].rank;
        for role in &fw.roles {
            assert!(role.level.get() < fw.levels.len());
            for q in &role.requires {
                assert!(q.competence.get() < fw.competences.len());
                assert!((q.proficiency as usize) < fw.scale.len());
            }
        }
        for route in &fw.routes {
            assert!(route.to.get() < fw.roles.len());
            if let Some(from) = route.from {
                assert_ne!(from, route.to);
                match route.kind {
                    RouteKind::Promotion | RouteKind::FastTrack => {
                        assert!(rank(route.to) > rank(from))
                    }
                    RouteKind::Lateral => assert_eq!(rank(route.to), rank(from)),
                    other => panic!("unexpected kind {other:?} between roles"),
                }
            }
        }
        for offer in &fw.learning {
            assert!(offer.builds.iter().all(|c| c.get() < fw.competences.len()));
        }
        let answers = generated_answers(&fw, 5);
        let _ = recommend(&fw, &answers);
    }
}

#[test]
fn realistic_generated_framework_gives_a_full_results_screen() {
    let fw = generated_framework(100, 21, 40, 42);
    let recs = recommend(&fw, &generated_answers(&fw, 7));
    assert_eq!(recs.fits.len(), 21);
    assert!(matches!(recs.position, Position::InRole(_)));
    assert!(recs.target.is_some() && recs.plan.is_some());
}
