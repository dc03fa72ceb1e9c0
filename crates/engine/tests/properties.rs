//! Property tests over generated frameworks and arbitrary answers, 1,000 cases each.
//!
//! Frameworks come from `testgen::generated_framework` with random sizes and seeds, so a
//! failure is reproducible from the four numbers proptest prints. Answers are drawn freely,
//! including ids that name nothing, ratings far above the scale, "not sure" and estimates per
//! area (for areas that exist and ones that do not).

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

use hjcp_engine::path::step_penalty;
use hjcp_engine::testgen::{generated_framework, XorShift};
use hjcp_engine::{
    all_fits, compare, recommend, resolve, role_diff, Answers, Credential, EntryRequirement,
    EntryStatus, Facts, Framework, Held, MoveKind, Path, PathFinder, PathOutcome, Persona,
    Position, Prepared, Rating, RequirementStatus, RoleIx, RouteKind, MAX_THROUGH_STEPS,
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
    /// (area key, step): a key below the area count names that area, others nothing.
    estimates: Vec<(u16, u8)>,
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
        prop::collection::vec((0u16..5, prop_oneof![4 => 0u8..4, 1 => any::<u8>()]), 0..4),
    )
        .prop_map(
            |(ratings, staff, current, target, qualification, experience, note_only, estimates)| {
                RawAnswers {
                    ratings,
                    staff,
                    current,
                    target,
                    qualification,
                    experience,
                    note_only,
                    estimates,
                }
            },
        )
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
    for (k, level) in &raw.estimates {
        let area =
            fw.areas.get(*k as usize).map_or_else(|| format!("gone-area-{k}"), |x| x.id.clone());
        a.set_estimate(&area, Some(*level), 8);
    }
    a
}

/// The answers with every estimate written out as the person's own rating of each competence
/// it stands for, and no estimates left.
fn estimates_as_ratings(fw: &Framework, a: &Answers) -> Answers {
    let mut out = a.clone();
    for c in &fw.competences {
        let area = &fw.areas[c.area.get()].id;
        if let (None, Some(level)) = (a.rating(&c.id), a.estimate(area)) {
            out.set_rating(&c.id, Some(Rating::Level(level)), 8);
        }
    }
    out.estimates.clear();
    out
}

/// Roles reachable from a position by the framework's routes, ignoring entry requirements,
/// computed independently of the engine's graph: a plain breadth-first search over
/// `framework.routes` (plus applying to roles open to applicants from outside).
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

/// What a person holds, for the reference model: written from the design's rules, without the
/// engine's `Held`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct H {
    q: u8,
    e: u8,
    regs: u64,
}

const MET: u8 = 0;
const UNKNOWN: u8 = 1;
const NOT_MET: u8 = 2;
/// Experience is counted up to this in the reference (more than any generated requirement).
const REF_CAP: u8 = 32;

/// One move of the reference graph: (from node, to role, route index, kind, months).
#[derive(Clone, Copy, Debug)]
struct Edge {
    from: usize,
    to: usize,
    route: Option<usize>,
    kind: RouteKind,
    months: u16,
}

struct Ref<'a> {
    fw: &'a Framework,
    q_known: bool,
    e_known: bool,
    start: H,
    edges: Vec<Edge>,
}

impl<'a> Ref<'a> {
    fn new(fw: &'a Framework, facts: &Facts) -> Ref<'a> {
        let n = fw.roles.len();
        let mut edges = Vec::new();
        for (i, r) in fw.routes.iter().enumerate() {
            if r.to.get() >= n || r.from.is_some_and(|f| f.get() >= n) {
                continue;
            }
            let from = r.from.map_or(n, |f| f.get());
            edges.push(Edge {
                from,
                to: r.to.get(),
                route: Some(i),
                kind: r.kind,
                months: r.months,
            });
        }
        for (i, role) in fw.roles.iter().enumerate() {
            let listed = fw
                .routes
                .iter()
                .any(|r| r.from.is_none() && r.kind == RouteKind::DirectEntry && r.to.get() == i);
            if role.open_to_applicants && !listed {
                edges.push(Edge {
                    from: n,
                    to: i,
                    route: None,
                    kind: RouteKind::DirectEntry,
                    months: 0,
                });
            }
        }
        Ref {
            fw,
            q_known: facts.qualification_level.is_some(),
            e_known: facts.experience_years.is_some(),
            start: H {
                q: facts.qualification_level.unwrap_or(0),
                e: facts.experience_years.unwrap_or(0).min(REF_CAP),
                regs: 0,
            },
            edges,
        }
    }

    fn node(&self, p: Position) -> usize {
        match p {
            Position::Outside => self.fw.roles.len(),
            Position::InRole(r) => r.get(),
        }
    }

    fn status(&self, h: H, c: Credential) -> u8 {
        let cmp = |have: u8, known: bool, need: u8| {
            if have >= need {
                MET
            } else if known {
                NOT_MET
            } else {
                UNKNOWN
            }
        };
        match c {
            Credential::QualificationLevel(l) => cmp(h.q, self.q_known, l),
            Credential::ExperienceYears(y) => cmp(h.e, self.e_known, y),
            Credential::Registration(r) if r.get() < 64 && h.regs >> r.0 & 1 == 1 => MET,
            Credential::Registration(_) | Credential::Other => UNKNOWN,
        }
    }

    fn requirement(&self, h: H, e: &EntryRequirement) -> u8 {
        e.any_of.iter().map(|o| self.status(h, o.credential)).min().unwrap_or(MET)
    }

    fn entry(&self, h: H, entry: &[EntryRequirement]) -> u8 {
        entry.iter().map(|e| self.requirement(h, e)).max().unwrap_or(MET)
    }

    fn after(&self, h: H, gives: &[Credential]) -> H {
        let mut h = h;
        for &c in gives {
            match c {
                Credential::QualificationLevel(l) => h.q = h.q.max(l),
                Credential::ExperienceYears(y) => h.e = h.e.saturating_add(y).min(REF_CAP),
                Credential::Registration(r) if r.get() < 64 => h.regs |= 1 << r.0,
                _ => {}
            }
        }
        h
    }

    /// A step from `h` along `e`: what is held after, the months range and the role's entry
    /// status on arrival.
    fn step(&self, h: H, e: &Edge) -> (H, u32, u32, u8) {
        let route = e.route.map(|i| &self.fw.routes[i]);
        let m = u32::from(e.months);
        let (min, max) = match route.and_then(|r| r.shorter.as_ref()) {
            None => (m, m),
            Some(s) => {
                let short = u32::from(s.months).min(m);
                match self.status(h, s.when.credential) {
                    MET => (short, short),
                    NOT_MET => (m, m),
                    _ => (short, m),
                }
            }
        };
        let after = self.after(h, route.map_or(&[][..], |r| &r.gives[..]));
        // A route's own requirements on what is held before it; the role's on arrival.
        let to_start = route.map_or(MET, |r| self.entry(h, &r.entry));
        (after, min, max, self.entry(after, &self.fw.roles[e.to].entry).max(to_start))
    }

    /// The cheapest cost to every (node, held) state from a position, by a plain label-correcting
    /// search with no pruning beyond equal states.
    fn costs(&self, from: Position, penalty: &[u64]) -> HashMap<(usize, H), u64> {
        let start = (self.node(from), self.start);
        let mut dist = HashMap::from([(start, 0u64)]);
        let mut queue = VecDeque::from([start]);
        while let Some((n, h)) = queue.pop_front() {
            let d = dist[&(n, h)];
            for e in self.edges.iter().filter(|e| e.from == n) {
                let (after, _, max, entry) = self.step(h, e);
                if entry == NOT_MET {
                    continue;
                }
                let nd = d + u64::from(max) + penalty[e.to];
                let key = (e.to, after);
                if dist.get(&key).is_none_or(|&x| nd < x) {
                    dist.insert(key, nd);
                    queue.push_back(key);
                }
            }
        }
        dist
    }

    /// Replays an engine path from the person's position: every step must be a real route (or
    /// applying to an open role) from where the previous one ended, allowed by the entry
    /// constraint, with the months and cost the engine says.
    fn replay(
        &self,
        path: &Path,
        from: Position,
        penalty: &[u64],
    ) -> Result<Vec<H>, TestCaseError> {
        let mut at = from;
        let mut h = self.start;
        let mut held = vec![h];
        let (mut min, mut max, mut cost) = (0u32, 0u32, 0u64);
        for s in &path.steps {
            prop_assert_eq!(s.step.from, at);
            let edge = self.edges.iter().find(|e| {
                e.from == self.node(at)
                    && e.to == s.step.to.get()
                    && e.route == s.step.route.map(|r| r.get())
            });
            let Some(edge) = edge else {
                return Err(TestCaseError::fail(format!("no such move: {:?}", s.step)));
            };
            prop_assert_eq!(edge.kind, s.step.kind);
            prop_assert_eq!(edge.months, s.step.months);
            let (after, lo, hi, entry) = self.step(h, edge);
            prop_assert!(entry != NOT_MET, "{:?} steps into a role whose entry is not met", s.step);
            prop_assert_eq!((u32::from(s.months_min), u32::from(s.months_max)), (lo, hi));
            let engine_entry = match s.entry {
                EntryStatus::Met => MET,
                EntryStatus::Unknown => UNKNOWN,
                EntryStatus::NotMet => NOT_MET,
            };
            prop_assert_eq!(engine_entry, entry);
            min += lo;
            max += hi;
            cost += u64::from(hi) + penalty[edge.to];
            h = after;
            held.push(h);
            at = Position::InRole(s.step.to);
        }
        prop_assert_eq!(at, Position::InRole(path.to));
        prop_assert_eq!((path.months_min, path.months_max, path.cost), (min, max, cost));
        Ok(held)
    }
}

fn rank(fw: &Framework, r: RoleIx) -> u16 {
    fw.levels.get(fw.role(r).level.get()).map_or(0, |l| l.rank)
}

/// Raw answers with sizes for a generated framework, shared by the properties below.
fn case() -> impl Strategy<Value = ((usize, usize, usize, u64), RawAnswers)> {
    (sizes(), raw_answers())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Raising one rating (from unrated, "not sure" or a lower step, the area's estimate
    /// included) never lowers the fit of any role, so a person is never punished for saying
    /// they are better at something.
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
        let resolved = resolve(&fw, &a);
        let before = all_fits(&fw, &resolved, &a.facts);
        let ix = which as usize % fw.competences.len();
        let id = fw.competences[ix].id.clone();
        // The step it stands at now: the person's rating, or the area's estimate.
        let raised = match resolved.ratings[ix] {
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
    /// a gap: in the ranking of all roles, and among the moves of one kind (for "apply now",
    /// among those with the same entry status, since entry met comes first there).
    #[test]
    fn fully_met_role_ranks_above_role_with_gaps_at_same_level(
        ((c, r, n, seed), raw) in case(),
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
        let full_above_gap = |x: RoleIx, y: RoleIx| {
            let (fx, fy) = (&recs.fits[x.get()], &recs.fits[y.get()]);
            fw.roles[x.get()].level == fw.roles[y.get()].level && fx.all_met()
                && fy.requirements.iter().any(|q| q.status == RequirementStatus::Gap)
        };
        for (i, &x) in recs.ranked.iter().enumerate() {
            for &y in &recs.ranked[..i] {
                prop_assert!(!full_above_gap(x, y), "{:?} (all met) ranked below {:?} (gap)", x, y);
            }
        }
        for (i, mx) in recs.moves.iter().enumerate() {
            for my in &recs.moves[..i] {
                // Apply now puts entry first, and met roles with stated requirements before
                // those that state none, so fit only orders roles alike in both.
                let states_none = |m: &hjcp_engine::Recommendation| fw.roles[m.role.get()].entry.is_empty();
                let comparable = mx.kind == my.kind
                    && (mx.kind != MoveKind::ApplyNow
                        || (mx.entry == my.entry && states_none(mx) == states_none(my)));
                prop_assert!(!(comparable && full_above_gap(mx.role, my.role)),
                    "{:?} (all met) listed below {:?} (gap)", mx.role, my.role);
            }
        }
        // The ranking of all roles is a permutation of the roles.
        let mut sorted: Vec<u32> = recs.ranked.iter().map(|r| r.0).collect();
        sorted.sort_unstable();
        prop_assert_eq!(sorted, (0..fw.roles.len() as u32).collect::<Vec<_>>());
    }

    /// Every move follows real routes from the person's position and never steps into a role
    /// whose entry requirements are known not to be met on what the person holds there; each
    /// kind means what it says; a role is listed once; closed roles are really closed and never
    /// listed; and the one-step kinds list every role they should.
    #[test]
    fn moves_follow_real_routes_and_respect_the_entry_constraint(((c, r, n, seed), raw) in case()) {
        let fw = generated_framework(c, r, n, seed);
        let a = build_answers(&fw, &raw);
        let recs = recommend(&fw, &a);
        let reference = Ref::new(&fw, &a.facts);
        let penalty: Vec<u64> = recs.fits.iter().map(step_penalty).collect();
        let costs = reference.costs(recs.position, &penalty);
        let reached: HashSet<usize> = costs.keys().map(|k| k.0).collect();
        let here = reference.node(recs.position);
        let current = match recs.position { Position::InRole(r) => Some(r), Position::Outside => None };
        let mut seen = HashSet::new();
        for m in &recs.moves {
            prop_assert!(seen.insert(m.role), "{:?} listed twice", m.role);
            prop_assert!(Some(m.role) != current);
            prop_assert_eq!(m.path.to, m.role);
            prop_assert_eq!(m.path.from, recs.position);
            prop_assert_eq!(m.step, m.path.steps[0].step);
            prop_assert_eq!(m.lived_experience, fw.roles[m.role.get()].lived_experience);
            let held = reference.replay(&m.path, recs.position, &penalty)?;
            prop_assert_eq!(m.entry, m.path.steps.last().unwrap().entry);
            let last = &m.path.steps.last().unwrap().step;
            match m.kind {
                MoveKind::ApplyNow => {
                    prop_assert_eq!(recs.position, Position::Outside);
                    prop_assert_eq!(m.path.steps.len(), 1);
                    prop_assert_eq!(last.kind, RouteKind::DirectEntry);
                    // Met or unknown from facts (and what a direct-entry route gives, if any).
                    prop_assert!(reference.entry(held[1], &fw.roles[m.role.get()].entry) != NOT_MET);
                }
                MoveKind::Up | MoveKind::Across => {
                    let cur = current.expect("staff moves need a current role");
                    prop_assert_eq!(m.path.steps.len(), 1);
                    if m.kind == MoveKind::Up {
                        prop_assert!(last.kind != RouteKind::Lateral);
                        prop_assert!(rank(&fw, m.role) > rank(&fw, cur));
                    } else {
                        prop_assert_eq!(last.kind, RouteKind::Lateral);
                    }
                }
                MoveKind::ThroughRoute => {
                    prop_assert!(m.path.steps.len() as u32 <= MAX_THROUGH_STEPS);
                    // The path is the best one: no state at the role is cheaper.
                    let best = costs.iter().filter(|(k, _)| k.0 == m.role.get()).map(|(_, v)| *v).min();
                    prop_assert_eq!(Some(m.path.cost), best);
                }
            }
            for alt in &m.alternatives {
                prop_assert_eq!(alt.to, m.role);
                prop_assert_eq!(alt.from, recs.position);
                let e = reference.edges.iter().find(|e| e.from == here && e.to == alt.to.get()
                    && e.route == alt.route.map(|r| r.get())).expect("a real move");
                prop_assert!(reference.step(reference.start, e).3 != NOT_MET, "closed alternative");
            }
        }
        // One-step kinds are complete, and a role listed through a route could not be listed
        // under another kind.
        for e in reference.edges.iter().filter(|e| e.from == here && Some(RoleIx(e.to as u32)) != current) {
            let open = reference.step(reference.start, e).3 != NOT_MET;
            let kind = match current {
                None if e.kind == RouteKind::DirectEntry => Some(MoveKind::ApplyNow),
                None => None,
                Some(cur) if e.kind != RouteKind::Lateral && rank(&fw, RoleIx(e.to as u32)) > rank(&fw, cur) => Some(MoveKind::Up),
                Some(_) if e.kind == RouteKind::Lateral => Some(MoveKind::Across),
                Some(_) => None,
            };
            if let (true, Some(kind)) = (open, kind) {
                let listed = recs.moves.iter().find(|m| m.role.get() == e.to).map(|m| m.kind);
                prop_assert!(listed == Some(kind) || (kind == MoveKind::Across && listed == Some(MoveKind::Up)),
                    "{:?} should be listed as {:?}, is {:?}", e, kind, listed);
            }
        }
        // Closed roles: a route from here leads there, every such step is closed, no path opens
        // the role, and the missing requirements are really not met on some closed approach.
        for closed in &recs.closed {
            let t = closed.role.get();
            prop_assert!(!seen.contains(&closed.role));
            let direct: Vec<&Edge> = reference.edges.iter().filter(|e| e.from == here && e.to == t).collect();
            prop_assert!(!direct.is_empty());
            prop_assert!(direct.iter().all(|e| reference.step(reference.start, e).3 == NOT_MET));
            prop_assert!(!reached.contains(&t), "a path opens {:?}", closed.role);
            prop_assert!(!closed.missing.is_empty());
            let entry = &fw.roles[t].entry;
            let really_missing = direct.iter().any(|e| {
                let h = reference.step(reference.start, e).0;
                closed.missing.iter().all(|&i| i < entry.len() && reference.requirement(h, &entry[i]) == NOT_MET)
            });
            prop_assert!(really_missing, "missing {:?} not unmet on any approach", closed.missing);
        }
        // Every role with a closed step from here and no path at all is listed as closed.
        for e in reference.edges.iter().filter(|e| e.from == here && Some(RoleIx(e.to as u32)) != current) {
            let all_closed = reference.edges.iter().filter(|x| x.from == here && x.to == e.to)
                .all(|x| reference.step(reference.start, x).3 == NOT_MET);
            if all_closed && !reached.contains(&e.to) {
                prop_assert!(recs.closed.iter().any(|c| c.role.get() == e.to), "{} not closed", e.to);
            }
        }
    }

    /// The target's outcome agrees with the reference: already there, no route at all, blocked by
    /// entry requirements, or found; the best path is as cheap as any (the pruning loses
    /// nothing), and the alternatives are real, allowed, at most three, no cheaper than the best,
    /// and differ from each other in at least one intermediate role.
    #[test]
    fn target_paths_match_the_reference(((c, r, n, seed), raw) in case()) {
        let fw = generated_framework(c, r, n, seed);
        let a = build_answers(&fw, &raw);
        let recs = recommend(&fw, &a);
        let Some(t) = &recs.target else { return Ok(()) };
        let reference = Ref::new(&fw, &a.facts);
        let penalty: Vec<u64> = recs.fits.iter().map(step_penalty).collect();
        let costs = reference.costs(recs.position, &penalty);
        let best = costs.iter().filter(|(k, _)| k.0 == t.role.get()).map(|(_, v)| *v).min();
        let connected = reachable(&fw, recs.position).contains(&t.role.0);
        match &t.outcome {
            PathOutcome::AlreadyInRole => prop_assert_eq!(recs.position, Position::InRole(t.role)),
            PathOutcome::NoRoute => {
                prop_assert!(recs.position != Position::InRole(t.role));
                prop_assert!(!connected);
            }
            PathOutcome::Blocked { at, missing } => {
                prop_assert!(connected && best.is_none());
                prop_assert!(!missing.is_empty());
                prop_assert!(missing.iter().all(|&i| i < fw.roles[at.get()].entry.len()));
            }
            PathOutcome::Found(found) => {
                prop_assert!(connected);
                prop_assert!(!found.is_empty() && found.len() <= hjcp_engine::MAX_PATHS);
                prop_assert_eq!(Some(found[0].cost), best);
                for (i, p) in found.iter().enumerate() {
                    prop_assert_eq!(p.to, t.role);
                    reference.replay(p, recs.position, &penalty)?;
                    prop_assert!(p.cost >= found[0].cost);
                    prop_assert!(p.steps.len() <= found[0].steps.len() + 1, "an alternative far longer than the best");
                    for q in &found[..i] {
                        prop_assert!(p.intermediates() != q.intermediates(), "same intermediate roles");
                        prop_assert!(p.approach() != q.approach(), "the same last step from the same role");
                    }
                }
                prop_assert_eq!(t.path(), found.first());
            }
        }
    }

    /// The plan follows the same path as the target (or the top recommendation), and every
    /// offer in it can be taken at its point (audience and entry on what is held there), at the
    /// earliest such point, in the documented order; offers not kept are exactly the ones counted
    /// as dropped.
    #[test]
    fn plan_follows_the_path_and_its_offers_can_be_taken(((c, r, n, seed), raw) in case()) {
        let fw = generated_framework(c, r, n, seed);
        let a = build_answers(&fw, &raw);
        let recs = recommend(&fw, &a);
        let Some(plan) = &recs.plan else {
            prop_assert!(recs.target.is_none() && recs.moves.is_empty());
            return Ok(());
        };
        match &recs.target {
            Some(t) => {
                prop_assert_eq!(plan.role, t.role);
                prop_assert_eq!(plan.path.as_ref(), t.path());
            }
            None => {
                // The plan for the top move follows the path the person would be shown if they
                // aimed for it, so aiming for it never changes the way.
                prop_assert_eq!(plan.role, recs.moves[0].role);
                let mut aimed = a.clone();
                aimed.target_role = Some(fw.role(plan.role).id.clone());
                let shown = recommend(&fw, &aimed);
                prop_assert_eq!(plan.path.as_ref(), shown.target.as_ref().and_then(|t| t.path()));
            }
        }
        let reference = Ref::new(&fw, &a.facts);
        let penalty: Vec<u64> = recs.fits.iter().map(step_penalty).collect();
        let (points, held): (Vec<Position>, Vec<H>) = match &plan.path {
            Some(p) => {
                let held = reference.replay(p, recs.position, &penalty)?;
                let mut points = vec![recs.position];
                points.extend(p.steps.iter().map(|s| Position::InRole(s.step.to)));
                (points, held)
            }
            None => (vec![recs.position], vec![reference.start]),
        };
        let takeable = |o: usize, k: usize| {
            let offer = &fw.learning[o];
            let au = &offer.audience;
            let admitted = match points[k] {
                Position::Outside => au.applicants && !au.employer_provided,
                Position::InRole(r) => au.staff
                    && au.operational.is_none_or(|op| fw.roles[r.get()].operational == Some(op))
                    && (au.roles.is_empty() || au.roles.contains(&r))
                    && (!au.new_starters
                        || plan.path.as_ref().is_some_and(|p| {
                            k > 0 && p.steps[k - 1].step.from == Position::Outside
                        })),
            };
            let holds_it = offer.level.is_some_and(|l| held[k].q >= l);
            admitted && !holds_it && reference.entry(held[k], &offer.entry) != NOT_MET
        };
        let unmet: HashSet<u32> = plan.unmet.iter().map(|q| q.competence.0).collect();
        for o in &plan.offers {
            let k = o.point as usize;
            prop_assert!(k < points.len());
            prop_assert!(takeable(o.offer.get(), k), "offer {:?} not takeable at {}", o.offer, k);
            prop_assert!((0..k).all(|j| !takeable(o.offer.get(), j)), "offer {:?} placed late", o.offer);
            prop_assert!(!o.builds.is_empty() && o.builds.iter().all(|c| unmet.contains(&c.0)));
        }
        let key = |o: &hjcp_engine::PlanOffer| {
            let l = &fw.learning[o.offer.get()];
            let reach = if l.audience.roles.is_empty() { usize::MAX } else { l.audience.roles.len() };
            (o.point, reach, l.level, std::cmp::Reverse(o.builds.len()), l.id.clone(), o.offer)
        };
        prop_assert!(plan.offers.windows(2).all(|w| key(&w[0]) <= key(&w[1])), "offers out of order");
        let building = fw.learning.iter().filter(|l| l.builds.iter().any(|c| unmet.contains(&c.0))).count();
        prop_assert_eq!(plan.offers.len() + plan.dropped as usize, building);
    }

    /// The confidence counts agree with the answers: rated competences are those with a step of
    /// the scale ("not sure" is not), estimated ones those with no rating at all in an area with
    /// an estimate, and the needed ones are the union of what the listed roles and the target
    /// require.
    #[test]
    fn confidence_counts_agree_with_the_answers(((c, r, n, seed), raw) in case()) {
        let fw = generated_framework(c, r, n, seed);
        let a = build_answers(&fw, &raw);
        let recs = recommend(&fw, &a);
        let rated: HashSet<usize> = fw.competences.iter().enumerate()
            .filter(|(_, comp)| matches!(a.rating(&comp.id), Some(Rating::Level(_))))
            .map(|(i, _)| i).collect();
        let estimated: HashSet<usize> = fw.competences.iter().enumerate()
            .filter(|(_, comp)| a.rating(&comp.id).is_none() && a.estimate(&fw.areas[comp.area.get()].id).is_some())
            .map(|(i, _)| i).collect();
        let mut needed: HashSet<usize> = HashSet::new();
        let roles = recs.moves.iter().map(|m| m.role).chain(recs.target.as_ref().map(|t| t.role));
        for role in roles {
            needed.extend(fw.roles[role.get()].requires.iter().map(|q| q.competence.get()));
        }
        let conf = recs.confidence;
        prop_assert_eq!(conf.total as usize, fw.competences.len());
        prop_assert_eq!(conf.rated as usize, rated.len());
        prop_assert_eq!(conf.estimated as usize, estimated.len());
        prop_assert_eq!(conf.needed_estimated as usize, needed.intersection(&estimated).count());
        prop_assert_eq!(conf.needed_total as usize, needed.len());
        prop_assert_eq!(conf.needed_rated as usize, needed.intersection(&rated).count());
        prop_assert_eq!(conf.rough(), 2 * needed.intersection(&rated).count() < needed.len());
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
                match rng.below(10) {
                    0 => fw.scale.clear(),
                    1 => fw.levels.clear(),
                    2 => if let Some(role) = fw.roles.first_mut() {
                        if let Some(q) = role.requires.first_mut() { q.competence.0 = 10_000; q.proficiency = 250; }
                        role.level.0 = 99;
                    },
                    3 => if let Some(route) = fw.routes.first_mut() { route.to.0 = 5_000; },
                    4 => if let Some(route) = fw.routes.last_mut() { route.from = Some(RoleIx(7_777)); },
                    5 => if let Some(offer) = fw.learning.first_mut() { offer.builds.push(hjcp_engine::CompetenceIx(123_456)); },
                    6 => if let Some(role) = fw.roles.last_mut() {
                        role.entry.push(EntryRequirement::single(Credential::Registration(hjcp_engine::RegistrationIx(900)), Default::default()));
                        role.entry.push(EntryRequirement { any_of: vec![], text: Default::default() });
                    },
                    7 => if let Some(route) = fw.routes.first_mut() {
                        route.gives.push(Credential::Registration(hjcp_engine::RegistrationIx(70)));
                        route.gives.push(Credential::ExperienceYears(255));
                        route.shorter = Some(hjcp_engine::ShorterLength { months: u16::MAX, when: hjcp_engine::EntryOption { credential: Credential::ExperienceYears(250), text: Default::default() } });
                    },
                    8 => if let Some(offer) = fw.learning.last_mut() { offer.audience = hjcp_engine::Audience { applicants: false, staff: false, operational: Some(true), employer_provided: true, roles: vec![RoleIx(9999)], new_starters: true }; },
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
        let prepared = Prepared::new(fw.clone());
        let resolved = prepared.resolve(&a);
        let roles: Vec<RoleIx> = compared.iter().map(|&x| RoleIx(x)).collect();
        let cmp = compare(&fw, &roles, &resolved, &a.facts);
        prop_assert!(cmp.roles.len() <= 3);
        for row in &cmp.rows { prop_assert_eq!(row.required.len(), cmp.roles.len()); }
        if roles.len() >= 2 { let _ = role_diff(&fw, roles[0], roles[1]); }
        let fits = all_fits(&fw, &resolved, &a.facts);
        if let Some(&x) = compared.first() {
            let held = Held::from_facts(&a.facts);
            let _ = PathFinder::new(&fw, prepared.graph(), &fits).best(Position::InRole(RoleIx(x)), &held, RoleIx(x / 2));
            let half = PathFinder::new(&fw, prepared.graph(), &fits[..fits.len() / 2]);
            let _ = half.best(Position::Outside, &held, RoleIx(x));
            let _ = half.paths(Position::InRole(RoleIx(x / 3)), &held, RoleIx(x));
        }
        for f in &recs.fits { prop_assert!(f.score <= 100); }
    }

    /// An estimate counts in the fit, the moves, the target's paths and the plan exactly as
    /// the same step rated competence by competence would; only the confidence counts tell the
    /// two apart. A rating of its own (even "not sure") always goes before the area's estimate.
    #[test]
    fn estimates_count_as_ratings_everywhere_but_in_confidence(((c, r, n, seed), raw) in case()) {
        let fw = generated_framework(c, r, n, seed);
        let a = build_answers(&fw, &raw);
        let rated = estimates_as_ratings(&fw, &a);
        let (with, without) = (recommend(&fw, &a), recommend(&fw, &rated));
        let scores = |recs: &hjcp_engine::Recommendations| -> Vec<(u8, u32, u32, u32, u32)> {
            recs.fits.iter().map(|f| (f.score, f.met, f.partly, f.gaps, f.not_rated)).collect()
        };
        prop_assert_eq!(scores(&with), scores(&without));
        // Requirements carry `estimated` for the UI; apart from it, everything is the same.
        let same = |x: &dyn std::fmt::Debug| format!("{x:?}").replace("estimated: true", "estimated: false");
        prop_assert_eq!(same(&with.fits), same(&without.fits));
        prop_assert_eq!(same(&with.moves), same(&without.moves));
        prop_assert_eq!(same(&with.target), same(&without.target));
        prop_assert_eq!(same(&with.plan), same(&without.plan));
        prop_assert_eq!(with.confidence.rated + with.confidence.estimated, without.confidence.rated);
        prop_assert_eq!(without.confidence.estimated, 0);
        let resolved = resolve(&fw, &a);
        for (i, comp) in fw.competences.iter().enumerate() {
            if let Some(own) = a.rating(&comp.id) {
                let top = fw.scale.len().saturating_sub(1) as u8;
                let own = match own { Rating::Level(p) => Rating::Level(p.min(top)), r => r };
                prop_assert_eq!(resolved.ratings[i], Some(own));
                prop_assert!(!resolved.estimated[i]);
            }
        }
        let gone: Vec<&String> = a.estimates.keys().filter(|k| !fw.areas.iter().any(|x| &x.id == *k)).collect();
        prop_assert_eq!(resolved.orphan_estimates.iter().collect::<Vec<_>>(), gone);
    }

    /// The prepared, hashed resolve gives exactly what `answers::resolve` gives.
    #[test]
    fn prepared_resolve_matches_resolve((c, r, n, seed) in sizes(), raw in raw_answers()) {
        let fw = generated_framework(c, r, n, seed);
        let a = build_answers(&fw, &raw);
        prop_assert_eq!(Prepared::new(fw.clone()).resolve(&a), resolve(&fw, &a));
    }
}
