//! Property tests over generated frameworks and arbitrary answers, 1,000 cases each.
//!
//! Frameworks come from `testgen::generated_framework` with random sizes and seeds, so a
//! failure is reproducible from the four numbers proptest prints. Answers are drawn freely,
//! including ids that name nothing, ratings far above the scale and "not sure".

use std::collections::{BTreeSet, VecDeque};

use hjcp_engine::path::step_penalty;
use hjcp_engine::testgen::{generated_framework, XorShift};
use hjcp_engine::{
    all_fits, compare, recommend, resolve, role_diff, shortest_path, Answers, Facts, Framework,
    Persona, Position, Prepared, Rating, RequirementStatus, RoleIx, RouteGraph,
};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum RawRating {
    Unrated,
    NotSure,
    Level(u8),
}

#[derive(Clone, Debug)]
struct RawAnswers {
    /// (key, rating): a key below the competence count names that competence, others nothing.
    ratings: Vec<(u16, RawRating)>,
    staff: bool,
    current: Option<u16>,
    target: Option<u16>,
    qualification: Option<u8>,
    experience: Option<u8>,
    note_only: Option<u16>,
}

fn raw_rating() -> impl Strategy<Value = RawRating> {
    prop_oneof![
        1 => Just(RawRating::Unrated),
        1 => Just(RawRating::NotSure),
        6 => (0u8..4).prop_map(RawRating::Level),
        1 => any::<u8>().prop_map(RawRating::Level),
    ]
}

fn raw_answers() -> impl Strategy<Value = RawAnswers> {
    (
        prop::collection::vec((0u16..40, raw_rating()), 0..40),
        any::<bool>(),
        prop::option::of(0u16..20),
        prop::option::of(0u16..20),
        prop::option::of(0u8..10),
        prop::option::of(0u8..10),
        prop::option::of(0u16..40),
    )
        .prop_map(|(ratings, staff, current, target, qualification, experience, note_only)| {
            RawAnswers { ratings, staff, current, target, qualification, experience, note_only }
        })
}

/// (competences, roles, routes, seed) for `generated_framework`.
fn sizes() -> impl Strategy<Value = (usize, usize, usize, u64)> {
    (0usize..25, 0usize..14, 0usize..40, any::<u64>())
}

fn competence_key(fw: &Framework, k: u16) -> String {
    fw.competences.get(k as usize).map_or_else(|| format!("unknown-{k}"), |c| c.id.clone())
}

fn role_key(fw: &Framework, k: u16) -> String {
    fw.roles.get(k as usize).map_or_else(|| format!("ghost-role-{k}"), |r| r.id.clone())
}

fn build_answers(fw: &Framework, raw: &RawAnswers) -> Answers {
    let mut a = Answers::new(fw.id.clone());
    a.persona = if raw.staff { Persona::Staff } else { Persona::Applicant };
    a.facts = Facts {
        qualification_level: raw.qualification,
        experience_years: raw.experience,
        current_role: raw.current.map(|k| role_key(fw, k)),
    };
    a.target_role = raw.target.map(|k| role_key(fw, k));
    for (k, r) in &raw.ratings {
        let rating = match r {
            RawRating::Unrated => None,
            RawRating::NotSure => Some(Rating::NotSure),
            RawRating::Level(p) => Some(Rating::Level(*p)),
        };
        a.set_rating(&competence_key(fw, *k), rating, 7);
    }
    if let Some(k) = raw.note_only {
        a.set_note(&competence_key(fw, k), "evidence", 9);
    }
    a
}

/// Roles reachable from a position by the framework's routes, computed independently of the
/// engine's graph: a plain breadth-first search over `framework.routes`.
fn reachable(fw: &Framework, from: Position) -> BTreeSet<u32> {
    let mut seen = BTreeSet::new();
    let mut queue = VecDeque::new();
    match from {
        Position::Outside => {
            for (i, r) in fw.roles.iter().enumerate() {
                if r.open_to_applicants {
                    queue.push_back(i as u32);
                }
            }
            for route in &fw.routes {
                if route.from.is_none() {
                    queue.push_back(route.to.0);
                }
            }
        }
        Position::InRole(r) => {
            for route in &fw.routes {
                if route.from == Some(r) {
                    queue.push_back(route.to.0);
                }
            }
        }
    }
    while let Some(r) = queue.pop_front() {
        if !seen.insert(r) {
            continue;
        }
        for route in &fw.routes {
            if route.from == Some(RoleIx(r)) {
                queue.push_back(route.to.0);
            }
        }
    }
    seen
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Raising one rating (from unrated, "not sure" or a lower step) never lowers the fit of
    /// any role, so a person is never punished for saying they are better at something.
    #[test]
    fn raising_a_rating_never_lowers_any_fit(
        (c, r, n, seed) in sizes(),
        raw in raw_answers(),
        which in any::<u16>(),
        raise in 1u8..4,
    ) {
        let fw = generated_framework(c, r, n, seed);
        prop_assume!(!fw.competences.is_empty());
        let mut a = build_answers(&fw, &raw);
        let before = all_fits(&fw, &resolve(&fw, &a), &a.facts);
        let id = fw.competences[which as usize % fw.competences.len()].id.clone();
        let raised = match a.rating(&id) {
            Some(Rating::Level(p)) => Rating::Level(p.saturating_add(raise)),
            _ => Rating::Level(raise - 1),
        };
        a.set_rating(&id, Some(raised), 8);
        let after = all_fits(&fw, &resolve(&fw, &a), &a.facts);
        for (b, f) in before.iter().zip(&after) {
            prop_assert!(f.score >= b.score, "role {:?}: {} -> {}", b.role, b.score, f.score);
            prop_assert!(f.met >= b.met);
            prop_assert!(f.met + f.partly >= b.met + b.partly);
        }
    }

    /// At the same career level, a role whose every requirement is met ranks above a role with
    /// a gap, both in the ranking of all roles and among the recommended moves.
    #[test]
    fn fully_met_role_ranks_above_role_with_gaps_at_same_level(
        (c, r, n, seed) in sizes(),
        raw in raw_answers(),
        masks in prop::option::of((any::<u64>(), any::<u64>())),
    ) {
        let fw = generated_framework(c, r, n, seed);
        let mut a = build_answers(&fw, &raw);
        // Half the time, rate about three competences in four at the top of the scale and the
        // rest at the bottom, so fully met roles next to roles with gaps are common.
        if let Some((m1, m2)) = masks {
            for (i, comp) in fw.competences.iter().enumerate() {
                let top = (m1 | m2) >> (i % 64) & 1 == 1;
                a.set_rating(&comp.id, Some(Rating::Level(if top { 3 } else { 0 })), 3);
            }
        }
        let recs = recommend(&fw, &a);
        let position_in = |order: &[RoleIx], role: RoleIx| order.iter().position(|x| *x == role);
        let check = |order: &[RoleIx]| -> Result<(), TestCaseError> {
            for &x in order {
                for &y in order {
                    let (fx, fy) = (&recs.fits[x.get()], &recs.fits[y.get()]);
                    if fw.roles[x.get()].level == fw.roles[y.get()].level && fx.all_met()
                        && fy.requirements.iter().any(|q| q.status == RequirementStatus::Gap)
                    {
                        prop_assert!(position_in(order, x) < position_in(order, y),
                            "{:?} (all met) ranked below {:?} (gap)", x, y);
                    }
                }
            }
            Ok(())
        };
        check(&recs.ranked)?;
        let moves: Vec<RoleIx> = recs.moves.iter().map(|m| m.role).collect();
        check(&moves)?;
        // The ranking of all roles is a permutation of the roles.
        let mut sorted: Vec<u32> = recs.ranked.iter().map(|r| r.0).collect();
        sorted.sort_unstable();
        prop_assert_eq!(sorted, (0..fw.roles.len() as u32).collect::<Vec<_>>());
    }

    /// Every recommended role is reachable by the framework's routes from the person's
    /// position, through a route that really exists; the target path is a chain of real
    /// routes, exists exactly when the target is reachable, and is as cheap as any path.
    #[test]
    fn recommendations_and_paths_follow_real_routes(
        (c, r, n, seed) in sizes(),
        raw in raw_answers(),
    ) {
        let fw = generated_framework(c, r, n, seed);
        let a = build_answers(&fw, &raw);
        let recs = recommend(&fw, &a);
        let reach = reachable(&fw, recs.position);
        for m in &recs.moves {
            prop_assert!(reach.contains(&m.role.0), "{:?} not reachable from {:?}", m.role, recs.position);
            prop_assert_eq!(m.step.to, m.role);
            prop_assert_eq!(m.step.from, recs.position);
            match m.step.route {
                Some(ix) => {
                    let route = &fw.routes[ix.get()];
                    prop_assert_eq!(route.to, m.role);
                    let from = route.from.map_or(Position::Outside, Position::InRole);
                    prop_assert_eq!(from, recs.position);
                }
                None => {
                    prop_assert_eq!(recs.position, Position::Outside);
                    prop_assert!(fw.roles[m.role.get()].open_to_applicants);
                }
            }
        }
        if let Some(t) = &recs.target {
            let already = recs.position == Position::InRole(t.role);
            prop_assert_eq!(t.path.is_some(), already || reach.contains(&t.role.0));
            if let Some(p) = &t.path {
                let mut at = recs.position;
                for s in &p.steps {
                    prop_assert_eq!(s.step.from, at);
                    if let Some(ix) = s.step.route {
                        let route = &fw.routes[ix.get()];
                        prop_assert_eq!(route.from.map_or(Position::Outside, Position::InRole), at);
                        prop_assert_eq!(route.to, s.step.to);
                        prop_assert_eq!(route.months, s.step.months);
                    } else {
                        prop_assert!(fw.roles[s.step.to.get()].open_to_applicants);
                    }
                    at = Position::InRole(s.step.to);
                }
                prop_assert_eq!(at, if p.steps.is_empty() { recs.position } else { Position::InRole(t.role) });
                // Bellman-Ford over the same weights finds nothing cheaper.
                let graph = RouteGraph::new(&fw);
                let node = |p: Position| match p { Position::Outside => fw.roles.len(), Position::InRole(r) => r.get() };
                let mut best = vec![u64::MAX; fw.roles.len() + 1];
                best[node(recs.position)] = 0;
                for _ in 0..=fw.roles.len() {
                    for s in graph.steps() {
                        let (f, t) = (node(s.from), s.to.get());
                        if best[f] != u64::MAX {
                            let w = best[f] + u64::from(s.months) + step_penalty(&recs.fits[t]);
                            if w < best[t] { best[t] = w; }
                        }
                    }
                }
                prop_assert_eq!(p.cost, best[t.role.get()]);
            }
        }
    }

    /// Nothing panics for any input: unknown ids, ratings above the scale, empty and tiny
    /// frameworks, and frameworks whose indices were corrupted after generation (which
    /// validation would normally reject). The same input also gives the same output.
    #[test]
    fn no_panic_for_any_input(
        (c, r, n, seed) in sizes(),
        raw in raw_answers(),
        corrupt in any::<u64>(),
        junk_keys in prop::collection::vec(".{0,12}", 0..4),
        compared in prop::collection::vec(0u32..20, 0..6),
    ) {
        let mut fw = generated_framework(c, r, n, seed);
        let mut rng = XorShift::new(corrupt);
        if corrupt % 3 == 0 {
            for _ in 0..4 {
                match rng.below(7) {
                    0 => fw.scale.clear(),
                    1 => fw.levels.clear(),
                    2 => if let Some(role) = fw.roles.first_mut() {
                        if let Some(q) = role.requires.first_mut() { q.competence.0 = 10_000; q.proficiency = 250; }
                        role.level.0 = 99;
                    },
                    3 => if let Some(route) = fw.routes.first_mut() { route.to.0 = 5_000; },
                    4 => if let Some(route) = fw.routes.last_mut() { route.from = Some(RoleIx(7_777)); },
                    5 => if let Some(offer) = fw.learning.first_mut() { offer.builds.push(hjcp_engine::CompetenceIx(123_456)); },
                    _ => fw.competences.truncate(fw.competences.len() / 2),
                }
            }
        }
        let mut a = build_answers(&fw, &raw);
        for k in &junk_keys {
            a.set_rating(k, Some(Rating::Level(200)), 1);
        }
        let recs = recommend(&fw, &a);
        prop_assert_eq!(&recs, &recommend(&fw, &a.clone()));
        for m in &recs.moves {
            let _ = m.explanation.render_en(&fw);
        }
        if let Some(t) = &recs.target { let _ = t.explanation.render_en(&fw); }
        if let Some(p) = &recs.plan { let _ = p.explanation.render_en(&fw); }
        let prepared = Prepared::new(&fw);
        let resolved = prepared.resolve(&a);
        let roles: Vec<RoleIx> = compared.iter().map(|&x| RoleIx(x)).collect();
        let cmp = compare(&fw, &roles, &resolved, &a.facts);
        prop_assert!(cmp.roles.len() <= 3);
        for row in &cmp.rows { prop_assert_eq!(row.required.len(), cmp.roles.len()); }
        if roles.len() >= 2 { let _ = role_diff(&fw, roles[0], roles[1]); }
        let fits = all_fits(&fw, &resolved, &a.facts);
        if let Some(&x) = compared.first() {
            let _ = shortest_path(prepared.graph(), &fits, Position::InRole(RoleIx(x)), RoleIx(x / 2));
            let _ = shortest_path(prepared.graph(), &fits[..fits.len() / 2], Position::Outside, RoleIx(x));
        }
        for f in &recs.fits { prop_assert!(f.score <= 100); }
    }

    /// The prepared, hashed resolve gives exactly what `answers::resolve` gives.
    #[test]
    fn prepared_resolve_matches_resolve((c, r, n, seed) in sizes(), raw in raw_answers()) {
        let fw = generated_framework(c, r, n, seed);
        let a = build_answers(&fw, &raw);
        prop_assert_eq!(Prepared::new(&fw).resolve(&a), resolve(&fw, &a));
    }
}
