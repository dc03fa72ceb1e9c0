//! Example-based tests of the engine's documented rules: the fit formula, entry checks,
//! positions, tie-breaking, plans, comparisons and the generator.

use hjcp_engine::testgen::{fixture, generated_answers, generated_framework};
use hjcp_engine::{
    answer_kind, compare, fit_score, recommend, role_fit, AnswerKind, Answers, Credential,
    EntryRequirement, EntryStatus, Facts, Framework, Held, MoveKind, PathOutcome, Persona,
    PlanBasis, Position, Prepared, Rating, RegistrationIx, RequirementStatus, RoleIx, RouteKind,
    Text,
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
    let prepared = Prepared::new(fw.clone());
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
    assert_eq!(recs.target.as_ref().unwrap().outcome, PathOutcome::NoRoute);
    a.persona = Persona::Applicant;
    let recs = recommend(&fw, &a);
    let roles: Vec<&str> = recs.moves.iter().map(|m| fw.role(m.role).id.as_str()).collect();
    assert_eq!(roles, ["osg", "peer-mentor", "prison-officer"]);
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
    // Nothing rated: every fit is 0, so the order shows the later keys of each kind's rule.
    let fw = fixture();
    let mut a = Answers::new("fixture");
    a.facts.qualification_level = Some(8);
    a.facts.experience_years = Some(10);
    let recs = recommend(&fw, &a);
    let order: Vec<(MoveKind, &str, EntryStatus)> =
        recs.moves.iter().map(|m| (m.kind, fw.role(m.role).id.as_str(), m.entry)).collect();
    use MoveKind::{ApplyNow, ThroughRoute};
    assert_eq!(
        order,
        [
            // Apply now: entry met first, then (same fit) level rank, months, id.
            (ApplyNow, "probation-services-officer", EntryStatus::Met),
            (ApplyNow, "liaison-practitioner", EntryStatus::Met),
            (ApplyNow, "peer-mentor", EntryStatus::Unknown),
            (ApplyNow, "osg", EntryStatus::Unknown),
            (ApplyNow, "prison-officer", EntryStatus::Unknown),
            (ApplyNow, "registered-nurse", EntryStatus::Unknown),
            // Through a route: (same fit) fewest steps, then fewest months (the PQiP's shorter
            // 15 months applies: Level 8 is at least Level 5).
            (ThroughRoute, "probation-officer", EntryStatus::Met),
            (ThroughRoute, "healthcare-assistant", EntryStatus::Met),
            (ThroughRoute, "supervising-officer", EntryStatus::Met),
            (ThroughRoute, "custodial-manager", EntryStatus::Met),
        ]
    );
    let po = recs.moves.iter().find(|m| fw.role(m.role).id == "probation-officer").unwrap();
    assert_eq!((po.path.months_min, po.path.months_max), (15, 15));
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
    // All at point 0 (staff in their role); offers with no level first, then by level, so the
    // Level 7 apprenticeship comes last however much it builds.
    assert_eq!(
        ids,
        [
            ("de-escalation-skills", 2),
            ("first-line-leadership", 2),
            ("coaching-conversations", 1),
            ("operations-manager-apprenticeship", 2),
            ("senior-leader-apprenticeship", 1),
        ]
    );
    assert!(plan.offers.iter().all(|o| o.point == 0));
    assert_eq!(plan.uncovered, []);
    // The conversion scheme is for non-operational staff, the fast-track preparation for OSGs
    // and the induction for people joining the service: none for a prison officer staying put.
    assert_eq!(plan.dropped, 3);
}

#[test]
fn offers_for_one_role_for_new_starters_and_for_a_level_already_held() {
    let fw = fixture();
    let offer_ids = |a: &Answers| -> Vec<String> {
        let plan = recommend(&fw, a).plan.unwrap();
        plan.offers.iter().map(|o| fw.learning[o.offer.get()].id.clone()).collect()
    };
    // An OSG aiming for prison officer gets the preparation meant for OSGs, first of its point.
    let mut osg = staff("osg", &[("de-escalation", 0)]);
    osg.target_role = Some("prison-officer".into());
    assert_eq!(offer_ids(&osg).first().map(String::as_str), Some("osg-fast-track-preparation"));
    // An applicant joining as an OSG gets the induction once they have joined, not before.
    let mut joining = applicant(Some(3), Some(1));
    joining.target_role = Some("osg".into());
    joining.set_rating("communication", Some(Rating::Level(0)), 1);
    let plan = recommend(&fw, &joining).plan.unwrap();
    let induction = plan.offers.iter().find(|o| fw.learning[o.offer.get()].id == "induction");
    assert_eq!(induction.map(|o| o.point), Some(1));
    // Someone who holds a Level 5 qualification is not sent on a Level 5 apprenticeship.
    let mut graduate = staff("prison-officer", &[("develop-others", 0), ("planning", 0)]);
    graduate.target_role = Some("supervising-officer".into());
    graduate.facts.qualification_level = Some(4);
    assert!(offer_ids(&graduate).contains(&"operations-manager-apprenticeship".to_string()));
    graduate.facts.qualification_level = Some(5);
    assert!(!offer_ids(&graduate).contains(&"operations-manager-apprenticeship".to_string()));
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
    let r = Prepared::new(fw.clone()).resolve(&a);
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
    let prepared = Prepared::new(fw.clone());
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
                    RouteKind::Promotion | RouteKind::FastTrack | RouteKind::Apprenticeship => {
                        assert!(rank(route.to) > rank(from))
                    }
                    RouteKind::Lateral => assert_eq!(rank(route.to), rank(from)),
                    other => panic!("unexpected kind {other:?} between roles"),
                }
            }
        }
        for offer in &fw.learning {
            assert!(offer.builds.iter().all(|c| c.get() < fw.competences.len()));
            let a = &offer.audience;
            assert!(a.applicants || a.staff);
            assert!(!a.employer_provided || a.staff);
            assert!(a.operational.is_none() || a.staff);
        }
        assert!(fw.registrations.len() <= 64);
        let registration_ok = |c: &Credential| match c {
            Credential::Registration(r) => r.get() < fw.registrations.len(),
            _ => true,
        };
        for role in &fw.roles {
            for e in &role.entry {
                assert!(!e.any_of.is_empty());
                assert!(e.any_of.iter().all(|o| registration_ok(&o.credential)));
            }
        }
        for route in &fw.routes {
            assert!(route.gives.iter().all(registration_ok));
            if let Some(s) = &route.shorter {
                assert!(s.months < route.months);
                assert!(registration_ok(&s.when.credential));
            }
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

fn applicant(qualification: Option<u8>, experience: Option<u8>) -> Answers {
    let mut a = Answers::new("fixture");
    a.facts.qualification_level = qualification;
    a.facts.experience_years = experience;
    a
}

fn ids(fw: &Framework, roles: impl IntoIterator<Item = RoleIx>) -> Vec<&str> {
    roles.into_iter().map(|r| fw.role(r).id.as_str()).collect()
}

#[test]
fn held_gains_what_routes_give_and_statuses_follow() {
    let facts = Facts { qualification_level: Some(3), experience_years: None, current_role: None };
    let held = Held::from_facts(&facts);
    use Credential::{ExperienceYears as E, QualificationLevel as Q, Registration as R};
    use EntryStatus::{Met, NotMet, Unknown};
    assert_eq!(held.status(Q(3)), Met);
    assert_eq!(held.status(Q(6)), NotMet, "the level is known, so more is known not to be held");
    assert_eq!(held.status(E(1)), Unknown, "years of experience not given");
    assert_eq!(held.status(R(RegistrationIx(0))), Unknown, "never asked about");
    assert_eq!(held.status(Credential::Other), Unknown);
    let after = held.after(&[Q(6), R(RegistrationIx(0)), E(2)]);
    assert_eq!(after.status(Q(6)), Met);
    assert_eq!(after.status(Q(7)), NotMet);
    assert_eq!(after.status(R(RegistrationIx(0))), Met);
    assert_eq!(after.status(R(RegistrationIx(1))), Unknown);
    assert_eq!(after.status(E(2)), Met, "at least what the route gave");
    assert_eq!(after.status(E(3)), Unknown);
    assert_eq!(after.after(&[Q(4)]).qualification, 6, "a lower qualification takes nothing away");
    assert_eq!(after.after(&[E(2)]).experience, 4, "experience adds up");
    assert!(after.covers(&held) && !held.covers(&after));
    // Registrations past the 64th cannot be held, so they stay unknown.
    assert_eq!(held.after(&[R(RegistrationIx(64))]).status(R(RegistrationIx(64))), Unknown);
}

#[test]
fn level_3_applicant_is_not_told_to_apply_for_a_degree_role_but_routed_through_apprenticeships() {
    let fw = fixture();
    let nurse = fw.role_ix("registered-nurse").unwrap();
    let mut a = applicant(Some(3), Some(1));
    let recs = recommend(&fw, &a);
    let m = recs.moves.iter().find(|m| m.role == nurse).expect("listed through a route");
    assert_eq!(m.kind, MoveKind::ThroughRoute);
    assert_eq!(
        ids(&fw, m.path.steps.iter().map(|s| s.step.to)),
        ["healthcare-assistant", "registered-nurse"]
    );
    assert_eq!(m.step, m.path.steps[0].step, "the move starts with the apprenticeship");
    assert_eq!(m.path.steps[1].step.kind, RouteKind::Apprenticeship);
    assert_eq!(
        m.entry,
        EntryStatus::Met,
        "the degree apprenticeship gives the degree and the NMC registration"
    );
    // Level 3 is known, so the shorter length for Level 5 does not apply: 18 + 48 months.
    assert_eq!((m.path.months_min, m.path.months_max), (66, 66));
    assert!(recs.closed.iter().all(|c| c.role != nurse));

    // Not saying their level: the degree is unknown, so direct entry is open to check, and the
    // nursing degree apprenticeship may be the shorter one.
    let recs = recommend(&fw, &applicant(None, None));
    let m = recs.moves.iter().find(|m| m.role == nurse).unwrap();
    assert_eq!((m.kind, m.entry), (MoveKind::ApplyNow, EntryStatus::Unknown));
    a.target_role = Some("registered-nurse".into());
    a.facts.qualification_level = None;
    let recs = recommend(&fw, &a);
    let best = recs.target.as_ref().unwrap().path().unwrap();
    assert_eq!(best.steps.len(), 1, "applying directly is the quickest, to be checked");

    // Without the apprenticeship into nursing, nothing gives the degree: the role is closed,
    // with the degree (not the registration, which is only unknown) as what is missing.
    let mut fw2 = fw.clone();
    fw2.routes.retain(|r| !(r.to == nurse && r.from.is_some()));
    let mut a = applicant(Some(3), Some(1));
    a.target_role = Some("registered-nurse".into());
    let recs = recommend(&fw2, &a);
    assert!(recs.moves.iter().all(|m| m.role != nurse));
    let closed = recs.closed.iter().find(|c| c.role == nurse).expect("closed");
    assert_eq!(closed.missing, [0]);
    assert_eq!(
        recs.target.as_ref().unwrap().outcome,
        PathOutcome::Blocked { at: nurse, missing: vec![0] }
    );
}

#[test]
fn prison_officer_to_custodial_manager_offers_both_ways() {
    let fw = fixture();
    let mut a = staff("prison-officer", &[]);
    a.target_role = Some("custodial-manager".into());
    let recs = recommend(&fw, &a);
    let target = recs.target.as_ref().unwrap();
    let PathOutcome::Found(paths) = &target.outcome else { panic!("{:?}", target.outcome) };
    let ways: Vec<Vec<&str>> =
        paths.iter().map(|p| ids(&fw, p.steps.iter().map(|s| s.step.to))).collect();
    assert_eq!(ways, [vec!["custodial-manager"], vec!["supervising-officer", "custodial-manager"]]);
    assert!(paths[0].cost <= paths[1].cost);
    // The plan follows the best of them.
    let plan = recs.plan.as_ref().unwrap();
    assert_eq!(plan.path.as_ref(), Some(&paths[0]));
}

#[test]
fn conversion_scheme_for_non_operational_staff_is_not_offered_in_an_operational_role() {
    let fw = fixture();
    let conversion = fw.learning.iter().position(|l| l.id == "operational-conversion").unwrap();
    let offered = |current: &str, target: &str| {
        let mut a = staff(current, &[]);
        a.target_role = Some(target.into());
        let plan = recommend(&fw, &a).plan.unwrap();
        (plan.offers.iter().find(|o| o.offer.get() == conversion).map(|o| o.point), plan.dropped)
    };
    // A Prison Officer (operational) working towards Supervising Officer: dropped and counted.
    let (point, dropped) = offered("prison-officer", "supervising-officer");
    assert_eq!(point, None);
    assert!(dropped >= 1);
    // A Liaison and Diversion Practitioner (not operational) moving to Prison Officer: offered now.
    assert_eq!(offered("liaison-practitioner", "prison-officer").0, Some(0));
    // An applicant cannot take an employer's scheme for its own staff, and Prison Officer is
    // operational, so it is never open along the way.
    let mut a = applicant(Some(3), None);
    a.target_role = Some("prison-officer".into());
    let plan = recommend(&fw, &a).plan.unwrap();
    assert!(plan.offers.iter().all(|o| o.offer.get() != conversion));
}

#[test]
fn level_3_or_equivalent_experience_is_unknown_not_unmet() {
    let fw = fixture();
    let pso = fw.role_ix("probation-services-officer").unwrap();
    let recs = recommend(&fw, &applicant(Some(2), Some(0)));
    let fit = &recs.fits[pso.get()];
    assert_eq!(fit.entry[0].options, [EntryStatus::NotMet, EntryStatus::Unknown]);
    assert_eq!(fit.entry[0].status, EntryStatus::Unknown);
    assert_eq!(fit.entry_status, EntryStatus::Unknown);
    let m = recs.moves.iter().find(|m| m.role == pso).unwrap();
    assert_eq!((m.kind, m.entry), (MoveKind::ApplyNow, EntryStatus::Unknown));
    let recs = recommend(&fw, &applicant(Some(3), None));
    assert_eq!(recs.fits[pso.get()].entry[0].options, [EntryStatus::Met, EntryStatus::Unknown]);
    assert_eq!(recs.fits[pso.get()].entry_status, EntryStatus::Met);
}

#[test]
fn apply_now_never_lists_a_role_whose_entry_is_not_met() {
    let fw = fixture();
    let recs = recommend(&fw, &applicant(Some(3), Some(1)));
    let apply: Vec<&str> = ids(&fw, recs.of_kind(MoveKind::ApplyNow).map(|m| m.role));
    assert_eq!(apply, ["probation-services-officer", "peer-mentor", "osg", "prison-officer"]);
    assert_eq!(ids(&fw, recs.closed.iter().map(|c| c.role)), ["liaison-practitioner"]);
    assert_eq!(recs.closed[0].missing, [0, 1]);
    // Entry met first: the Probation Services Officer (Level 3 met) before roles to check.
    assert_eq!(recs.moves[0].entry, EntryStatus::Met);
}

#[test]
fn up_lists_only_higher_levels_and_across_only_lateral_routes() {
    let fw = fixture();
    let recs = recommend(&fw, &staff("prison-officer", &[]));
    let kinds: Vec<(MoveKind, &str)> =
        recs.moves.iter().map(|m| (m.kind, fw.role(m.role).id.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (MoveKind::Up, "supervising-officer"),
            (MoveKind::Up, "custodial-manager"),
            (MoveKind::Across, "liaison-practitioner"),
        ]
    );
    // A Custodial Manager has no route on: nothing to recommend, nothing closed.
    let recs = recommend(&fw, &staff("custodial-manager", &[]));
    assert!(recs.moves.is_empty() && recs.closed.is_empty());
    // A Healthcare Assistant's apprenticeship into nursing is at the same level: neither up nor
    // across, but a role reached through a route.
    let recs = recommend(&fw, &staff("healthcare-assistant", &[]));
    let m = &recs.moves[0];
    assert_eq!((m.kind, fw.role(m.role).id.as_str()), (MoveKind::ThroughRoute, "registered-nurse"));
}

#[test]
fn results_before_any_rating_and_confidence_counts() {
    let fw = fixture();
    let recs = recommend(&fw, &applicant(Some(3), None));
    assert!(recs.of_kind(MoveKind::ApplyNow).count() > 0, "results before any rating");
    assert_eq!(recs.moves[0].entry, EntryStatus::Met);
    let c = recs.confidence;
    assert_eq!((c.rated, c.estimated, c.total), (0, 0, 8));
    assert_eq!((c.needed_rated, c.needed_total), (0, 8));
    assert!(c.rough());
    let mut a = applicant(Some(3), None);
    for id in ["self-awareness", "communication", "de-escalation"] {
        a.set_rating(id, Some(Rating::Level(2)), 0);
    }
    a.set_rating("planning", Some(Rating::NotSure), 0);
    let c = recommend(&fw, &a).confidence;
    assert_eq!((c.rated, c.needed_rated, c.needed_total), (3, 3, 8));
    assert!(c.rough(), "3 of 8 is less than half");
    for id in ["safeguarding", "record-keeping"] {
        a.set_rating(id, Some(Rating::Level(1)), 0);
    }
    let c = recommend(&fw, &a).confidence;
    assert_eq!((c.rated, c.needed_rated), (5, 5));
    assert!(!c.rough());
    assert_eq!(answer_kind(Some(Rating::NotSure), false), AnswerKind::NotRated);
    assert_eq!(answer_kind(None, false), AnswerKind::NotRated);
    assert_eq!(answer_kind(Some(Rating::Level(0)), false), AnswerKind::Rated);
    assert_eq!(answer_kind(Some(Rating::Level(0)), true), AnswerKind::Estimated);
    assert_eq!(answer_kind(Some(Rating::NotSure), true), AnswerKind::NotRated);
}

#[test]
fn route_length_depends_on_what_is_held() {
    let fw = fixture();
    let po = fw.role_ix("probation-officer").unwrap();
    let months = |q: Option<u8>| {
        let recs = recommend(&fw, &applicant(q, None));
        let m = recs.moves.iter().find(|m| m.role == po).unwrap();
        (m.path.months_min, m.path.months_max)
    };
    assert_eq!(months(None), (15, 21), "unknown: a range");
    assert_eq!(months(Some(5)), (15, 15), "Level 5 study: the shorter programme");
    assert_eq!(months(Some(3)), (21, 21));
}

#[test]
fn a_route_needs_what_it_asks_for_before_it_starts() {
    // PQiP gives the Level 6 a Probation Officer needs, but only to people who can start it
    // (Level 3): its own requirement is judged before what it gives.
    let fw = fixture();
    let po = fw.role_ix("probation-officer").unwrap();
    let reaches =
        |q: Option<u8>| recommend(&fw, &applicant(q, None)).moves.iter().any(|m| m.role == po);
    assert!(reaches(Some(3)));
    assert!(reaches(None), "unknown: shown, to check for themselves");
    assert!(!reaches(Some(2)), "a Level 2 applicant cannot start the programme");
}

#[test]
fn plan_places_offers_at_the_first_point_of_the_path_they_can_be_taken() {
    let fw = fixture();
    let mut a = applicant(Some(3), Some(1));
    a.target_role = Some("supervising-officer".into());
    let recs = recommend(&fw, &a);
    let plan = recs.plan.unwrap();
    let path = plan.path.as_ref().unwrap();
    assert_eq!(Some(path), recs.target.as_ref().unwrap().path());
    assert_eq!(
        ids(&fw, path.steps.iter().map(|s| s.step.to)),
        ["prison-officer", "supervising-officer"]
    );
    let placed: Vec<(u32, &str)> =
        plan.offers.iter().map(|o| (o.point, fw.learning[o.offer.get()].id.as_str())).collect();
    // The first line leadership programme is the employer's own: once a Prison Officer.
    assert!(placed.contains(&(1, "first-line-leadership")));
    assert!(placed.windows(2).all(|w| w[0].0 <= w[1].0), "ordered by point");
    // The Level 7 apprenticeship needs a degree or five years: never open on this path.
    assert!(placed.iter().all(|(_, id)| *id != "senior-leader-apprenticeship"));
}

/// A quick estimate on the fixture: an area's estimate stands in for every competence of the
/// area without a rating of its own, counts in the fit as a rating would, and is counted apart
/// from ratings; an estimate for an area the framework does not have is kept and reported.
#[test]
fn estimates_fill_the_competences_left_unrated_in_their_area() {
    use hjcp_engine::{area_progress, resolve, AreaIx, AreaStatus, CompetenceIx};
    let fw = fixture();
    let mut a = applicant(Some(3), None);
    a.set_rating("self-awareness", Some(Rating::Level(2)), 1);
    a.set_rating("planning", Some(Rating::NotSure), 2);
    a.set_note("change", "Led the move to the new wing", 3);
    assert!(a.set_estimate("leading-me", Some(1), 4));
    assert!(a.set_estimate("keeping-safe", Some(9), 5), "above the scale: clamped when resolved");
    assert!(a.set_estimate("retired-area", Some(2), 6));
    assert!(!a.set_estimate("leading-me", Some(1), 7), "already so");
    assert_eq!(a.estimate("leading-me"), Some(1));

    let r = resolve(&fw, &a);
    let kinds: Vec<(&str, Option<Rating>, AnswerKind)> = fw
        .competences
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), r.ratings[i], r.kind(CompetenceIx(i as u32))))
        .collect();
    use AnswerKind::{Estimated as E, NotRated as N, Rated as R};
    let l = |p| Some(Rating::Level(p));
    assert_eq!(
        kinds,
        [
            ("self-awareness", l(2), R),
            ("communication", None, N),
            ("de-escalation", l(3), E),
            ("safeguarding", l(3), E),
            ("record-keeping", l(3), E),
            ("develop-others", None, N),
            ("planning", Some(Rating::NotSure), N),
            ("change", l(1), E),
        ]
    );
    assert_eq!(r.orphan_estimates, ["retired-area"]);
    assert!(r.orphans.is_empty());

    let recs = recommend(&fw, &a);
    let c = recs.confidence;
    assert_eq!((c.rated, c.estimated, c.total), (1, 4, 8));
    assert_eq!(recs.orphan_estimates, ["retired-area"]);
    // The fit reads the estimate as a step, and says it was estimated.
    let fit = &recs.fits[0];
    for req in &fit.requirements {
        assert_eq!(req.estimated, r.is_estimated(req.competence));
        assert_eq!(req.rating, r.ratings[req.competence.get()]);
    }
    // Estimates are not ratings for the task list or for snapshots.
    let safe = area_progress(&fw, AreaIx(2), &a);
    assert_eq!((safe.answered, safe.status()), (0, AreaStatus::NotStarted));
    a.take_snapshot(10);
    assert_eq!(
        a.snapshots[0].ratings.keys().map(String::as_str).collect::<Vec<_>>(),
        ["planning", "self-awareness"]
    );
    // Rating a competence replaces its estimate; clearing the estimate leaves the rating.
    a.set_rating("safeguarding", Some(Rating::Level(0)), 11);
    let r = resolve(&fw, &a);
    assert_eq!((r.ratings[3], r.is_estimated(CompetenceIx(3))), (l(0), false));
    assert!(a.set_estimate("keeping-safe", None, 12));
    let r = resolve(&fw, &a);
    assert_eq!((r.ratings[2], r.ratings[3]), (None, l(0)));
    assert_eq!(Prepared::new(fw.clone()).resolve(&a), r);
}
