//! One-time proof that moving the wording here changed no English word: hjcp-words' English
//! equals the engine's `Explanation::render_en` for every explanation the engine gives on the
//! fixture (every kind of part and move), on generated frameworks, on the built-in frameworks,
//! and on hand-built edge cases. Welsh renders with no placeholder or marker left over.
//!
//! Deleted in the commit after the one that adds it: from then on the snapshots in
//! `tests/explanations.rs` are the reference, and `render_en` goes at integration.

use std::collections::BTreeSet;

use hjcp_engine::explain::{entry_part, fit_part};
use hjcp_engine::testgen::{fixture, generated_answers, generated_framework};
use hjcp_engine::{
    Answers, CompetenceIx, Explanation, Facts, Framework, LearningIx, MoveKind, Part, Persona,
    Position, Prepared, Rating, Recommendations, RoleIx, RouteKind,
};
use hjcp_words::{render, render_spans, Lang};

/// Every explanation a set of recommendations carries, plus the fit and entry parts of every
/// role (which the results screen shows for roles that are not moves).
fn explanations(recs: &Recommendations) -> Vec<Explanation> {
    let mut out: Vec<Explanation> = recs.moves.iter().map(|m| m.explanation.clone()).collect();
    out.extend(recs.target.iter().map(|t| t.explanation.clone()));
    out.extend(recs.plan.iter().map(|p| p.explanation.clone()));
    for fit in &recs.fits {
        let mut parts = vec![fit_part(fit)];
        parts.extend(entry_part(fit));
        out.push(Explanation { parts });
    }
    out
}

fn part_name(p: &Part) -> &'static str {
    match p {
        Part::Fit { .. } => "Fit",
        Part::Route { .. } => "Route",
        Part::OpenToApplicants { .. } => "OpenToApplicants",
        Part::OtherRoutes { .. } => "OtherRoutes",
        Part::Entry { .. } => "Entry",
        Part::Changes { .. } => "Changes",
        Part::PathSummary { .. } => "PathSummary",
        Part::PathStep { .. } => "PathStep",
        Part::NoRoute { .. } => "NoRoute",
        Part::AlreadyInRole { .. } => "AlreadyInRole",
        Part::PlanSummary { .. } => "PlanSummary",
        Part::PlanFirstOffer { .. } => "PlanFirstOffer",
        Part::Uncovered { .. } => "Uncovered",
    }
}

/// English equals the engine's rendering, whole and part by part; Welsh has no leftover
/// placeholder and no marker, and its spans join to its plain text.
fn check(fw: &Framework, e: &Explanation) -> usize {
    let en = render(e, fw, Lang::En);
    assert_eq!(en, e.render_en(fw), "English differs from the engine for {e:?}");
    let cy = render(e, fw, Lang::Cy);
    assert!(!cy.contains('{') && !cy.contains('}'), "leftover placeholder in Welsh: {cy}");
    assert!(!cy.contains('\u{E000}') && !cy.contains('\u{E001}'), "marker left in: {cy}");
    assert_eq!(
        cy.is_empty(),
        en.is_empty(),
        "Welsh and English disagree on emptiness: {en} / {cy}"
    );
    let spans: String = render_spans(e, fw, Lang::Cy).into_iter().map(|s| s.text).collect();
    assert_eq!(spans, cy, "spans join to the plain text");
    assert!(render_spans(e, fw, Lang::En).iter().all(|s| !s.english));
    for p in &e.parts {
        let one = Explanation { parts: vec![p.clone()] };
        assert_eq!(render(&one, fw, Lang::En), one.render_en(fw));
    }
    e.parts.len()
}

fn fixture_answers() -> Vec<Answers> {
    let fw = fixture();
    let patterns: Vec<Box<dyn Fn(usize) -> Option<Rating>>> = vec![
        Box::new(|_| None),
        Box::new(|_| Some(Rating::Level(0))),
        Box::new(|_| Some(Rating::Level(1))),
        Box::new(|_| Some(Rating::Level(2))),
        Box::new(|_| Some(Rating::Level(3))),
        Box::new(|i| Some(if i % 3 == 0 { Rating::NotSure } else { Rating::Level((i % 4) as u8) })),
        Box::new(|i| if i % 2 == 0 { None } else { Some(Rating::Level(((i + 1) % 4) as u8)) }),
    ];
    let facts = [
        Facts::default(),
        Facts { qualification_level: Some(6), experience_years: Some(5), current_role: None },
        Facts { qualification_level: Some(1), experience_years: Some(0), current_role: None },
        Facts { qualification_level: Some(5), experience_years: None, current_role: None },
    ];
    let mut roles: Vec<Option<String>> = vec![None];
    roles.extend(fw.roles.iter().map(|r| Some(r.id.clone())));
    let mut out = Vec::new();
    for persona in [Persona::Staff, Persona::Applicant] {
        for current in &roles {
            for target in &roles {
                for (pi, pattern) in patterns.iter().enumerate() {
                    let fact = &facts[pi % facts.len()];
                    let mut a = Answers::new(fw.id.clone());
                    a.persona = persona;
                    a.facts = Facts { current_role: current.clone(), ..fact.clone() };
                    a.target_role = target.clone();
                    for (i, c) in fw.competences.iter().enumerate() {
                        if let Some(r) = pattern(i) {
                            a.set_rating(&c.id, Some(r), 0);
                        }
                    }
                    out.push(a);
                }
            }
        }
    }
    out
}

#[test]
fn english_matches_the_engine_for_every_kind_of_part_on_the_fixture() {
    let fw = fixture();
    let prepared = Prepared::new(&fw);
    let mut parts_seen = BTreeSet::new();
    let mut moves_seen = BTreeSet::new();
    let mut checked = 0;
    for answers in fixture_answers() {
        let recs = prepared.recommend(&answers);
        moves_seen.extend(recs.moves.iter().map(|m| format!("{:?}", m.kind)));
        for e in explanations(&recs) {
            parts_seen.extend(e.parts.iter().map(part_name));
            checked += check(&fw, &e);
        }
    }
    for name in [
        "Fit",
        "Route",
        "OpenToApplicants",
        "OtherRoutes",
        "Entry",
        "Changes",
        "PathSummary",
        "PathStep",
        "NoRoute",
        "AlreadyInRole",
        "PlanSummary",
        "PlanFirstOffer",
        "Uncovered",
    ] {
        assert!(parts_seen.contains(name), "the fixture answers never produced a {name} part");
    }
    for kind in ["Up", "Across", "ApplyNow", "ThroughRoute"] {
        assert!(moves_seen.contains(kind), "no {kind} move seen");
    }
    eprintln!("fixture: {checked} parts compared");
}

#[test]
fn english_matches_the_engine_on_generated_frameworks() {
    let mut checked = 0;
    for seed in 0..40 {
        let fw = generated_framework(40, 18, 40, seed);
        let prepared = Prepared::new(&fw);
        let mut answers = generated_answers(&fw, seed);
        for persona in [Persona::Staff, Persona::Applicant] {
            answers.persona = persona;
            let recs = prepared.recommend(&answers);
            for e in explanations(&recs) {
                checked += check(&fw, &e);
            }
        }
    }
    eprintln!("generated: {checked} parts compared");
}

#[test]
fn english_matches_the_engine_on_the_built_in_frameworks() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frameworks");
    let build = hjcp_content::compile_dir(&dir, "frameworks/").unwrap();
    assert!(!build.has_errors());
    let mut marked_any = false;
    let mut checked = 0;
    for fw in &build.catalog.frameworks {
        let prepared = Prepared::new(fw);
        for seed in 0..6 {
            let mut answers = generated_answers(fw, seed);
            answers.persona = if seed % 2 == 0 { Persona::Staff } else { Persona::Applicant };
            let recs = prepared.recommend(&answers);
            for e in explanations(&recs) {
                checked += check(fw, &e);
                marked_any |= render_spans(&e, fw, Lang::Cy).iter().any(|s| s.english);
            }
        }
    }
    assert!(marked_any, "English-only names in a Welsh sentence are marked");
    eprintln!("built-in: {checked} parts compared");
}

#[test]
fn english_matches_the_engine_for_edge_cases_built_by_hand() {
    let fw = fixture();
    let c = |i: u32| CompetenceIx(i);
    let missing_role = RoleIx(99);
    let fit = |total, met, partly: Vec<CompetenceIx>, gaps: Vec<CompetenceIx>, not_rated| {
        Part::Fit { role: RoleIx(0), total, met, partly, gaps, not_rated }
    };
    let route = |purpose, kind, months, quickest| Part::Route { purpose, kind, months, quickest };
    let changes = |added, raised, lowered, removed| Part::Changes {
        from: RoleIx(0),
        to: RoleIx(1),
        added,
        raised,
        lowered,
        removed,
    };
    let step = |number, kind, months, total, unmet| Part::PathStep {
        number,
        kind,
        to: RoleIx(0),
        months,
        total,
        unmet,
    };
    let mut parts = vec![
        fit(0, 0, vec![], vec![], vec![]),
        fit(1, 0, vec![], vec![], vec![c(0)]),
        fit(1, 0, vec![c(0)], vec![], vec![]),
        fit(0, 0, vec![c(0)], vec![], vec![]),
        fit(8, 0, vec![c(0), c(1)], vec![c(2), c(3), c(4), c(5), c(99)], vec![c(6)]),
        route(MoveKind::ThroughRoute, RouteKind::DirectEntry, 0, false),
        route(MoveKind::ApplyNow, RouteKind::DirectEntry, 1, true),
        route(MoveKind::Across, RouteKind::Lateral, 0, true),
        route(MoveKind::Up, RouteKind::Qualification, 1, false),
        Part::OtherRoutes { routes: vec![] },
        Part::OtherRoutes { routes: vec![(RouteKind::Promotion, 0)] },
        Part::OtherRoutes {
            routes: vec![
                (RouteKind::DirectEntry, 0),
                (RouteKind::DirectEntry, 2),
                (RouteKind::Apprenticeship, 0),
                (RouteKind::Lateral, 1),
            ],
        },
        Part::Entry { role: RoleIx(3), met: vec![0, 1], not_met: vec![], unknown: vec![] },
        Part::Entry { role: RoleIx(3), met: vec![], not_met: vec![0, 1], unknown: vec![7] },
        Part::Entry { role: missing_role, met: vec![0], not_met: vec![], unknown: vec![] },
        Part::Entry { role: RoleIx(0), met: vec![], not_met: vec![], unknown: vec![] },
        changes(0, 0, 0, 0),
        changes(1, 0, 0, 1),
        changes(2, 3, 1, 2),
        changes(0, 1, 0, 0),
        Part::PathSummary {
            from: Position::InRole(missing_role),
            to: missing_role,
            steps: 1,
            months: 0,
        },
        Part::PathSummary { from: Position::Outside, to: RoleIx(5), steps: 3, months: 1 },
        step(1, RouteKind::DirectEntry, 1, 1, vec![]),
        step(2, RouteKind::Lateral, 0, 1, vec![c(1)]),
        step(2, RouteKind::Lateral, 0, 0, vec![]),
        step(2, RouteKind::Lateral, 0, 0, vec![c(1)]),
        step(3, RouteKind::FastTrack, 4, 1, vec![c(1), c(2)]),
        step(3, RouteKind::FastTrack, 4, 3, vec![c(1), c(2), c(3)]),
        Part::NoRoute { from: Position::InRole(RoleIx(6)), to: RoleIx(0) },
        Part::NoRoute { from: Position::Outside, to: missing_role },
        Part::AlreadyInRole { role: missing_role },
        Part::PlanSummary { role: RoleIx(0), unmet: 0, offers: 3 },
        Part::PlanSummary { role: RoleIx(0), unmet: 1, offers: 0 },
        Part::PlanSummary { role: RoleIx(0), unmet: 2, offers: 0 },
        Part::PlanSummary { role: RoleIx(0), unmet: 1, offers: 1 },
        Part::PlanFirstOffer { offer: LearningIx(42), builds: 1, of: 1 },
        Part::PlanFirstOffer { offer: LearningIx(0), builds: 2, of: 2 },
        Part::PlanFirstOffer { offer: LearningIx(0), builds: 1, of: 2 },
        Part::PlanFirstOffer { offer: LearningIx(0), builds: 0, of: 0 },
        Part::Uncovered { competences: vec![] },
        Part::Uncovered { competences: vec![c(7)] },
    ];
    // Every count the templates choose a form by, from 0 to 25 (all the Welsh categories).
    for n in 0..=25u32 {
        let cs: Vec<CompetenceIx> = (0..n).map(c).collect();
        parts.push(fit(n, n, vec![], vec![], vec![]));
        parts.push(fit(n, 0, vec![], vec![], vec![]));
        parts.push(fit(n + 1, 1, vec![], vec![], vec![]));
        parts.push(fit(n, 0, vec![], vec![], cs.clone()));
        parts.push(fit(n + 1, 1, cs.clone(), cs.clone(), cs.clone()));
        parts.push(route(MoveKind::Up, RouteKind::Promotion, n as u16, false));
        parts.push(changes(n, n, n, n));
        parts.push(Part::PathSummary {
            from: Position::Outside,
            to: RoleIx(1),
            steps: n,
            months: n,
        });
        parts.push(step(1, RouteKind::Apprenticeship, n as u16, n, cs.clone()));
        parts.push(step(1, RouteKind::Apprenticeship, n as u16, n + 1, cs.clone()));
        parts.push(step(1, RouteKind::Apprenticeship, n as u16, n, vec![]));
        parts.push(Part::PlanSummary { role: RoleIx(1), unmet: n, offers: 0 });
        parts.push(Part::PlanSummary { role: RoleIx(1), unmet: n, offers: n });
        parts.push(Part::PlanFirstOffer { offer: LearningIx(0), builds: n, of: n });
        parts.push(Part::PlanFirstOffer { offer: LearningIx(0), builds: n, of: n + 1 });
        parts.push(Part::Uncovered { competences: cs.clone() });
        let ixs: Vec<usize> = (0..n as usize).collect();
        parts.push(Part::Entry {
            role: RoleIx(3),
            met: ixs.clone(),
            not_met: vec![],
            unknown: vec![],
        });
        parts.push(Part::Entry {
            role: RoleIx(3),
            met: vec![],
            not_met: ixs.clone(),
            unknown: ixs,
        });
    }
    for p in parts {
        check(&fw, &Explanation { parts: vec![p] });
    }
}
