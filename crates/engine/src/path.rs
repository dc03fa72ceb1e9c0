//! The route graph, and the paths from where a person is to a role, under the entry constraint.
//!
//! # Graph
//!
//! Nodes are the framework's roles plus one node for "outside the service". Edges are the
//! framework's routes (a route with `from: None` leaves the outside node), plus one implicit
//! edge from outside to every role that is `open_to_applicants` but has no direct-entry route
//! from outside listed (kind `DirectEntry`, 0 months, no route index), because such a role can
//! be applied for without any listed route. A listed direct-entry route is preferred to the
//! implicit edge because it carries the framework's own months and wording. Routes
//! whose indices point outside the framework are left out rather than trusted. The graph is
//! built once per framework in compressed form (one offset table, one edge array, and the same
//! for the edges into each role), so finding the ways in or out of a role never scans the route
//! list.
//!
//! # The entry constraint
//!
//! A step along a route into a role is allowed only when that role's entry status, judged on
//! what the person holds *after* the route (their facts plus everything the routes so far gave,
//! see [`crate::fit::Held`]), is met or unknown. This applies to applying from outside and to
//! moves between roles alike, so no path ever steps into a role whose entry requirements are
//! known not to be met there. What the person holds accumulates along a path.
//!
//! # Length of a step
//!
//! A route takes `months`, or `shorter.months` when the person meets the shorter length's
//! condition on what they hold when they start the route. When that is unknown, the step takes
//! a range, from the shorter length to the full one; paths add up `months_min` and `months_max`.
//!
//! # Path cost
//!
//! The cost of a step into role R is `months_max + 6 × (gaps + not rated in R) + 3 × (partly
//! met in R)`: the months the route can be counted on to take, plus six months of development for
//! every competence of R the person has yet to build and three for every one they are a step
//! short on. A route that is quick on paper but leads to a role the person is far from is
//! therefore not preferred over a slightly slower one they are ready for. All costs are whole
//! numbers, so there is no floating-point tie to worry about.
//!
//! # Search
//!
//! Because what a person holds changes what they may enter, the search runs over states
//! (role, what is held), not roles: a label-setting version of Dijkstra's algorithm (A* towards
//! one role, with the cost of the same graph without the constraint as its lower bound). A state
//! is dropped when another state at the same role, reached no more expensively, holds at least
//! as much (more held never makes an entry status or a route length worse), so the search stays
//! close to the plain shortest path when routes give nothing, and registrations are a 64-bit set.
//! Experience is counted up to the most any requirement of the framework asks for, so routes that
//! give experience around a cycle cannot make the states grow for ever. A path may pass a role
//! twice only if it holds more the second time (a move away to gain experience and back).
//!
//! # Ties
//!
//! Among paths of equal cost the one with fewer steps wins; among those, the one found first,
//! which is the one using earlier routes in the framework file (edges are kept in file order and
//! the search only replaces a best path with a strictly better one).
//!
//! # Outcomes for a target
//!
//! [`PathFinder::paths`] gives one [`PathOutcome`]:
//! - `AlreadyInRole` when the person holds the role;
//! - `NoRoute` when the routes do not connect their position to the role at all, whatever they
//!   held;
//! - `Blocked` when they do, but every way is closed by an entry requirement: `at` is the role
//!   whose entry requirements stand in the way (the target itself, or a role every way passes
//!   through) and `missing` the indices of those requirements (into `Role::entry`) that are not
//!   met on the nearest approach the person can make (the one leaving fewest unmet, then the
//!   cheapest), so the screen can say what is missing;
//! - `Found` with up to [`MAX_PATHS`] paths, best first, each reaching the role from a different
//!   role (its *approach*: the role the last step leaves from), so no alternative is the best
//!   path with a detour in front, and none with more than one step more than the best path (a
//!   prison officer is not offered a way to custodial manager through three probation roles).
//!   They are found as: the best path; then the best path through each first role the best path
//!   does not take; then the best path through each other route into the role; then the best
//!   path avoiding each intermediate role of the paths kept so far; the cheapest three with
//!   distinct approaches are kept (a candidate whose lower bound cannot beat the third is not
//!   searched).

use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap};

use crate::fit::{EntryStatus, Held, RequirementFit, RoleFit};
use crate::model::{Credential, Framework, RoleIx, RouteKind};

/// Months of development counted for each competence a role needs that the person has not met
/// (a gap, or not rated: we do not assume an unrated competence is there).
pub const GAP_PENALTY_MONTHS: u64 = 6;
/// Months of development counted for each competence the person is one step short on.
pub const PARTLY_PENALTY_MONTHS: u64 = 3;
/// The most paths offered to one role.
pub const MAX_PATHS: usize = 3;

/// An index into `Framework::routes`. The model has no route index type, so this one lives
/// with the code that needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RouteIx(pub u32);

impl RouteIx {
    pub fn get(self) -> usize {
        self.0 as usize
    }
}

/// Where a person stands: in a role (staff), or outside the service (applicants, and staff who
/// have not said which role they hold).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Position {
    Outside,
    InRole(RoleIx),
}

/// One move along the graph: a listed route, or (with `route: None`) applying directly to a
/// role that is open to applicants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub from: Position,
    pub to: RoleIx,
    pub route: Option<RouteIx>,
    pub kind: RouteKind,
    /// The route's typical (full) length in months.
    pub months: u16,
}

/// The routes of a framework as an adjacency structure, built once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RouteGraph {
    roles: usize,
    /// `edges[offsets[n]..offsets[n + 1]]` leave node `n`; node `roles` is outside.
    offsets: Vec<u32>,
    edges: Vec<Step>,
    /// `edges[into[into_offsets[r]..into_offsets[r + 1]]]` lead into role `r`.
    into_offsets: Vec<u32>,
    into: Vec<u32>,
    /// The most years of experience any requirement, shorter length or learning offer of the
    /// framework asks for: more than this never changes a status.
    experience_cap: u8,
}

impl RouteGraph {
    /// Builds the graph in one pass over routes and roles (a counting sort by source node,
    /// which keeps file order within each node).
    pub fn new(framework: &Framework) -> RouteGraph {
        let roles = framework.roles.len();
        let valid = |r: RoleIx| r.get() < roles;
        let mut all: Vec<(usize, Step)> = Vec::with_capacity(framework.routes.len() + roles);
        for (i, route) in framework.routes.iter().enumerate() {
            if !valid(route.to) || route.from.is_some_and(|f| !valid(f)) {
                continue;
            }
            let from = route.from.map_or(Position::Outside, Position::InRole);
            let step = Step {
                from,
                to: route.to,
                route: Some(RouteIx(i as u32)),
                kind: route.kind,
                months: route.months,
            };
            all.push((route.from.map_or(roles, RoleIx::get), step));
        }
        let mut listed_direct = vec![false; roles];
        for route in &framework.routes {
            if route.from.is_none() && route.kind == RouteKind::DirectEntry {
                if let Some(d) = listed_direct.get_mut(route.to.get()) {
                    *d = true;
                }
            }
        }
        for (i, role) in framework.roles.iter().enumerate() {
            if role.open_to_applicants && !listed_direct[i] {
                let step = Step {
                    from: Position::Outside,
                    to: RoleIx(i as u32),
                    route: None,
                    kind: RouteKind::DirectEntry,
                    months: 0,
                };
                all.push((roles, step));
            }
        }
        let mut offsets = vec![0u32; roles + 2];
        for (node, _) in &all {
            offsets[node + 1] += 1;
        }
        for n in 0..=roles {
            offsets[n + 1] += offsets[n];
        }
        let mut fill = offsets.clone();
        let mut edges = vec![
            Step {
                from: Position::Outside,
                to: RoleIx(0),
                route: None,
                kind: RouteKind::DirectEntry,
                months: 0
            };
            all.len()
        ];
        for (node, step) in all {
            edges[fill[node] as usize] = step;
            fill[node] += 1;
        }
        let mut into_offsets = vec![0u32; roles + 1];
        for e in &edges {
            into_offsets[e.to.get() + 1] += 1;
        }
        for r in 0..roles {
            into_offsets[r + 1] += into_offsets[r];
        }
        let mut fill = into_offsets.clone();
        let mut into = vec![0u32; edges.len()];
        for (i, e) in edges.iter().enumerate() {
            into[fill[e.to.get()] as usize] = i as u32;
            fill[e.to.get()] += 1;
        }
        RouteGraph {
            roles,
            offsets,
            edges,
            into_offsets,
            into,
            experience_cap: experience_cap(framework),
        }
    }

    fn node(&self, position: Position) -> Option<usize> {
        match position {
            Position::Outside => Some(self.roles),
            Position::InRole(r) if r.get() < self.roles => Some(r.get()),
            Position::InRole(_) => None,
        }
    }

    fn out_range(&self, node: usize) -> std::ops::Range<usize> {
        self.offsets[node] as usize..self.offsets[node + 1] as usize
    }

    fn out(&self, node: usize) -> &[Step] {
        &self.edges[self.out_range(node)]
    }

    /// The ways out of a position, in framework file order (implicit open applications last).
    pub fn from(&self, position: Position) -> &[Step] {
        self.node(position).map_or(&[], |n| self.out(n))
    }

    /// Every step in the graph, grouped by source node.
    pub fn steps(&self) -> &[Step] {
        &self.edges
    }

    /// Every step that leads into a role, in file order within each source.
    pub fn into(&self, role: RoleIx) -> impl Iterator<Item = &Step> + '_ {
        let r = role.get();
        let range = match (self.into_offsets.get(r), self.into_offsets.get(r + 1)) {
            (Some(&a), Some(&b)) => a as usize..b as usize,
            _ => 0..0,
        };
        self.into[range].iter().filter_map(|&e| self.edges.get(e as usize))
    }

    /// The most years of experience anything in the framework asks for.
    pub fn experience_cap(&self) -> u8 {
        self.experience_cap
    }
}

/// The most years of experience any entry option, shorter length or learning offer asks for.
fn experience_cap(framework: &Framework) -> u8 {
    let years = |c: &Credential| match c {
        Credential::ExperienceYears(y) => *y,
        _ => 0,
    };
    let entry = framework
        .roles
        .iter()
        .flat_map(|r| &r.entry)
        .chain(framework.learning.iter().flat_map(|l| &l.entry))
        .flat_map(|e| &e.any_of)
        .map(|o| years(&o.credential));
    let shorter = framework
        .routes
        .iter()
        .filter_map(|r| r.shorter.as_ref())
        .map(|s| years(&s.when.credential));
    entry.chain(shorter).max().unwrap_or(0)
}

/// One step of a path, with what it takes and how ready the person is for the role it leads to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathStep {
    pub step: Step,
    /// The step's length: the shorter length when its condition is met on what the person holds
    /// when starting it, the full length when not, and the range between when unknown.
    pub months_min: u16,
    pub months_max: u16,
    /// What the person holds after this step (experience counted up to the most the framework
    /// asks for).
    pub held: Held,
    /// The entry status of the role reached, judged on `held`: met or unknown, never not met.
    pub entry: EntryStatus,
    /// The person's fit for the role this step leads to.
    pub fit: u8,
    /// The requirements of that role the person has not met yet, in the role's order.
    pub unmet: Vec<RequirementFit>,
    /// How many competences that role requires, so "2 of 5" can be said.
    pub total: u32,
}

/// A way from a position to a role, step by step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    pub from: Position,
    pub to: RoleIx,
    /// What the person holds at the start.
    pub held: Held,
    pub steps: Vec<PathStep>,
    /// Months in all, summed over the steps (equal unless a step's shorter length is unknown).
    pub months_min: u32,
    pub months_max: u32,
    /// The search cost (months plus development penalties), see the module documentation.
    pub cost: u64,
}

impl Path {
    /// The role the last step leaves from: how the person finally reaches the role (`None` for a
    /// one-step path).
    pub fn approach(&self) -> Option<RoleIx> {
        let n = self.steps.len();
        (n >= 2).then(|| self.steps[n - 2].step.to)
    }

    /// The roles passed through before the target, sorted, each once.
    pub fn intermediates(&self) -> Vec<RoleIx> {
        let n = self.steps.len().saturating_sub(1);
        let set: BTreeSet<RoleIx> = self.steps[..n].iter().map(|s| s.step.to).collect();
        set.into_iter().collect()
    }

    /// Where the person is at point `k` of the path: 0 is the start, `k` is after step `k`.
    pub fn position_at(&self, k: usize) -> Position {
        match k.checked_sub(1).and_then(|i| self.steps.get(i)) {
            Some(s) => Position::InRole(s.step.to),
            None => self.from,
        }
    }

    /// What the person holds at point `k` of the path (see [`Path::position_at`]).
    pub fn held_at(&self, k: usize) -> Held {
        match k.checked_sub(1).and_then(|i| self.steps.get(i)) {
            Some(s) => s.held,
            None => self.held,
        }
    }
}

/// The paths to a target role, or why there are none (see the module documentation).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathOutcome {
    AlreadyInRole,
    /// One to [`MAX_PATHS`] paths, best first, each reaching the role from a different role and
    /// none more than one step longer than the best (see the module documentation).
    Found(Vec<Path>),
    /// The routes connect, but entry requirements close every way: those of role `at` (indices
    /// into its `Role::entry`) are not met on the nearest approach.
    Blocked {
        at: RoleIx,
        missing: Vec<usize>,
    },
    NoRoute,
}

impl PathOutcome {
    /// The best path, when one was found.
    pub fn best(&self) -> Option<&Path> {
        match self {
            PathOutcome::Found(paths) => paths.first(),
            _ => None,
        }
    }

    /// Every path found (none unless `Found`).
    pub fn paths(&self) -> &[Path] {
        match self {
            PathOutcome::Found(paths) => paths,
            _ => &[],
        }
    }
}

/// The development penalty of moving into a role, in months (see the module documentation).
pub fn step_penalty(fit: &RoleFit) -> u64 {
    GAP_PENALTY_MONTHS * u64::from(fit.gaps + fit.not_rated)
        + PARTLY_PENALTY_MONTHS * u64::from(fit.partly)
}

/// One step checked against what the person holds when starting it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepCheck {
    pub months_min: u16,
    pub months_max: u16,
    /// What the person holds after the step.
    pub held: Held,
    /// The entry status of the role reached, on `held`.
    pub entry: EntryStatus,
}

impl StepCheck {
    /// The entry constraint: a step is allowed unless the role's entry is known not to be met.
    pub fn allowed(&self) -> bool {
        self.entry != EntryStatus::NotMet
    }
}

const NONE: u32 = u32::MAX;
const FAR: u64 = u64::MAX;

/// One state of the search: a node reached holding something, at a cost.
#[derive(Clone, Copy, Debug)]
struct Label {
    node: u32,
    held: Held,
    cost: u64,
    hops: u32,
    min: u32,
    max: u32,
    /// The label this one was reached from, and the edge taken (`NONE` for the start).
    pred: u32,
    edge: u32,
    /// The next label settled at the same node.
    next: u32,
}

/// What one search leaves behind.
struct Run {
    labels: Vec<Label>,
    /// The first (best) settled label at each node.
    best: Vec<u32>,
    /// The nearest closed step seen (only when asked for): the key it was chosen by, the label it
    /// left from and the edge.
    closed: Option<((bool, usize, u64), u32, u32)>,
}

/// Restrictions on one search.
#[derive(Clone, Copy, Default)]
struct Limits<'h> {
    /// Stop as soon as this node is settled.
    target: Option<usize>,
    /// A lower bound on the cost from each node to the target; nodes at `FAR` are skipped.
    bound: Option<&'h [u64]>,
    /// The first step must lead to this role.
    first: Option<usize>,
    /// Never enter this role.
    banned: Option<usize>,
    /// Remember the nearest closed step, preferring one into this role.
    closed: bool,
    goal: Option<usize>,
}

/// Paths over one framework for one person's fits: the route graph with each role's development
/// penalty, ready to search.
pub struct PathFinder<'a> {
    framework: &'a Framework,
    graph: &'a RouteGraph,
    fits: &'a [RoleFit],
    penalty: Vec<u64>,
}

impl<'a> PathFinder<'a> {
    /// `fits` must be indexed by role, as [`crate::fit::all_fits`] returns it; a missing entry
    /// counts as no penalty rather than a panic.
    pub fn new(framework: &'a Framework, graph: &'a RouteGraph, fits: &'a [RoleFit]) -> Self {
        let penalty = (0..graph.roles).map(|r| fits.get(r).map_or(0, step_penalty)).collect();
        PathFinder { framework, graph, fits, penalty }
    }

    pub fn graph(&self) -> &RouteGraph {
        self.graph
    }

    /// Checks one step from what the person holds (see the module documentation).
    pub fn check(&self, held: &Held, step: &Step) -> StepCheck {
        let route = step.route.and_then(|r| self.framework.routes.get(r.get()));
        let m = step.months;
        let (months_min, months_max) = match route.and_then(|r| r.shorter.as_ref()) {
            None => (m, m),
            Some(s) => {
                let short = s.months.min(m);
                match held.status(s.when.credential) {
                    EntryStatus::Met => (short, short),
                    EntryStatus::NotMet => (m, m),
                    EntryStatus::Unknown => (short, m),
                }
            }
        };
        let gives = route.map_or(&[][..], |r| &r.gives[..]);
        let after = held.after(gives).capped(self.graph.experience_cap);
        // The route's own requirements are judged on what the person holds when they start it;
        // the role's, on what they hold once the route has given what it gives.
        let to_start = route.map_or(EntryStatus::Met, |r| held.entry_status(&r.entry));
        let on_arrival = self
            .framework
            .roles
            .get(step.to.get())
            .map_or(EntryStatus::Met, |r| after.entry_status(&r.entry));
        let entry = to_start.max(on_arrival);
        StepCheck { months_min, months_max, held: after, entry }
    }

    fn start(&self, from: Position, held: &Held) -> Option<(usize, Held)> {
        Some((self.graph.node(from)?, held.capped(self.graph.experience_cap)))
    }

    /// The best path from `from` to `to` under the entry constraint, or `None` (no path, or the
    /// person already holds the role: then see [`PathFinder::paths`]).
    pub fn best(&self, from: Position, held: &Held, to: RoleIx) -> Option<Path> {
        let (start, held) = self.start(from, held)?;
        if to.get() >= self.graph.roles || start == to.get() {
            return None;
        }
        let bound = self.bound(to.get());
        let limits = Limits { target: Some(to.get()), bound: Some(&bound), ..Limits::default() };
        let run = self.run(start, held, limits);
        self.path(&run, start, from, held, to.get())
    }

    /// The one-step path along `step` from `from`, whether or not the step is allowed (check it
    /// with [`PathFinder::check`] first).
    pub fn one_step(&self, from: Position, held: &Held, step: &Step) -> Path {
        let held = held.capped(self.graph.experience_cap);
        let check = self.check(&held, step);
        let penalty = self.penalty.get(step.to.get()).copied().unwrap_or(0);
        Path {
            from,
            to: step.to,
            held,
            steps: vec![self.path_step(step, &check)],
            months_min: u32::from(check.months_min),
            months_max: u32::from(check.months_max),
            cost: u64::from(check.months_max) + penalty,
        }
    }

    /// One step of a path as the screens show it: the route, its length, what is held after
    /// it, the entry status, and how ready the person is for the role it leads to.
    fn path_step(&self, step: &Step, check: &StepCheck) -> PathStep {
        let fit = self.fits.get(step.to.get());
        PathStep {
            step: *step,
            months_min: check.months_min,
            months_max: check.months_max,
            held: check.held,
            entry: check.entry,
            fit: fit.map_or(0, |f| f.score),
            unmet: fit.map(|f| f.unmet().copied().collect()).unwrap_or_default(),
            total: fit.map_or(0, RoleFit::total),
        }
    }

    /// `path` followed by one more step, when the entry constraint allows it and the path does not
    /// already pass through the role the step leads to.
    fn extend(&self, mut path: Path, step: &Step) -> Option<Path> {
        if path.steps.iter().any(|s| s.step.to == step.to) {
            return None;
        }
        let before = path.steps.last().map_or(path.held, |s| s.held);
        let check = self.check(&before, step);
        if !check.allowed() {
            return None;
        }
        path.steps.push(self.path_step(step, &check));
        path.to = step.to;
        path.months_min += u32::from(check.months_min);
        path.months_max += u32::from(check.months_max);
        path.cost +=
            u64::from(check.months_max) + self.penalty.get(step.to.get()).copied().unwrap_or(0);
        Some(path)
    }

    /// Every path worth offering to a role, or why there is none (see the module documentation).
    pub fn paths(&self, from: Position, held: &Held, to: RoleIx) -> PathOutcome {
        let Some((start, held)) = self.start(from, held) else { return PathOutcome::NoRoute };
        if to.get() >= self.graph.roles {
            return PathOutcome::NoRoute;
        }
        if start == to.get() {
            return PathOutcome::AlreadyInRole;
        }
        let t = to.get();
        let bound = self.bound(t);
        if bound[start] == FAR {
            return PathOutcome::NoRoute;
        }
        let search = |first: Option<usize>, banned: Option<usize>| {
            let limits =
                Limits { target: Some(t), bound: Some(&bound), first, banned, ..Limits::default() };
            let run = self.run(start, held, limits);
            self.path(&run, start, from, held, t)
        };
        let Some(best) = search(None, None) else {
            return self.blocked(start, held, t, &bound);
        };
        // (path, approach, order found), kept sorted by (cost, steps, order). Paths that end with
        // the same last step from the same role are one way with a detour in front (care
        // navigator, then support worker, then practitioner, beside support worker then
        // practitioner), so only the cheapest of them is kept: the alternatives differ in how
        // the person finally gets there.
        let mut kept: Vec<(Path, Option<RoleIx>, usize)> = Vec::with_capacity(MAX_PATHS + 1);
        let mut found = 0usize;
        let most_steps = best.steps.len() + 1;
        let mut offer = |kept: &mut Vec<(Path, Option<RoleIx>, usize)>, path: Path| {
            if path.steps.len() > most_steps {
                return;
            }
            let set = path.approach();
            found += 1;
            let key = |p: &Path, order: usize| (p.cost, p.steps.len(), order);
            if let Some(same) = kept.iter_mut().find(|k| k.1 == set) {
                if key(&path, found) < key(&same.0, same.2) {
                    *same = (path, set, found);
                }
            } else {
                kept.push((path, set, found));
            }
            kept.sort_by_key(|k| key(&k.0, k.2));
            kept.truncate(MAX_PATHS);
        };
        let third = |kept: &Vec<(Path, Option<RoleIx>, usize)>| {
            if kept.len() == MAX_PATHS {
                kept[MAX_PATHS - 1].0.cost
            } else {
                FAR
            }
        };
        let first_role = best.steps[0].step.to.get();
        offer(&mut kept, best);
        // The best path through each other first role, most promising first.
        let mut firsts: Vec<(u64, usize)> = Vec::new();
        for e in self.graph.out(start) {
            let r = e.to.get();
            if r == first_role || bound[r] == FAR {
                continue;
            }
            let lower = u64::from(self.check(&held, e).months_min) + self.penalty[r] + bound[r];
            match firsts.iter_mut().find(|f| f.1 == r) {
                Some(f) => f.0 = f.0.min(lower),
                None => firsts.push((lower, r)),
            }
        }
        firsts.sort_unstable();
        for (lower, r) in firsts {
            if lower > third(&kept) {
                break;
            }
            if let Some(p) = search(Some(r), None) {
                offer(&mut kept, p);
            }
        }
        // The best path through each other route into the role.
        let approaches: Vec<Step> = self.graph.into(to).copied().collect();
        for e in approaches {
            let Position::InRole(q) = e.from else { continue };
            if kept.iter().any(|k| k.1 == Some(q)) || q.get() == start || bound[q.get()] == FAR {
                continue;
            }
            if let Some(p) = self.best(from, &held, q).and_then(|p| self.extend(p, &e)) {
                offer(&mut kept, p);
            }
        }
        // The best path avoiding each intermediate role of the paths kept.
        let mut banned_done: BTreeSet<RoleIx> = BTreeSet::new();
        while let Some(m) =
            kept.iter().flat_map(|k| k.0.intermediates()).find(|m| !banned_done.contains(m))
        {
            banned_done.insert(m);
            if bound[start] > third(&kept) {
                continue;
            }
            if let Some(p) = search(None, Some(m.get())) {
                offer(&mut kept, p);
            }
        }
        PathOutcome::Found(kept.into_iter().map(|k| k.0).collect())
    }

    /// Every role reachable from a position under the entry constraint, with its best path.
    pub fn reach(&self, from: Position, held: &Held) -> Reach<'_, 'a> {
        let run = self
            .start(from, held)
            .map(|(start, held)| (start, held, self.run(start, held, Limits::default())));
        Reach { finder: self, from, run }
    }

    /// Why no path opens `t` although the routes connect to it (see the module documentation).
    fn blocked(&self, start: usize, held: Held, t: usize, bound: &[u64]) -> PathOutcome {
        let limits =
            Limits { bound: Some(bound), closed: true, goal: Some(t), ..Limits::default() };
        let run = self.run(start, held, limits);
        let Some((_, label, edge)) = run.closed else { return PathOutcome::NoRoute };
        let step = self.graph.edges[edge as usize];
        let check = self.check(&run.labels[label as usize].held, &step);
        let missing = self
            .framework
            .roles
            .get(step.to.get())
            .map(|r| {
                check
                    .held
                    .check(&r.entry)
                    .0
                    .into_iter()
                    .filter(|c| c.status == EntryStatus::NotMet)
                    .map(|c| c.index)
                    .collect()
            })
            .unwrap_or_default();
        PathOutcome::Blocked { at: step.to, missing }
    }

    /// The cost of the cheapest way from every node to `t` in the graph without the entry
    /// constraint and with every shorter length granted: a lower bound on the real cost, and
    /// `FAR` where the routes do not lead to `t` at all.
    fn bound(&self, t: usize) -> Vec<u64> {
        let g = self.graph;
        let mut dist = vec![FAR; g.roles + 1];
        let mut heap = BinaryHeap::new();
        dist[t] = 0;
        heap.push(Reverse((0u64, t)));
        while let Some(Reverse((d, n))) = heap.pop() {
            if d > dist[n] || n == g.roles {
                continue;
            }
            let ins = &g.into[g.into_offsets[n] as usize..g.into_offsets[n + 1] as usize];
            for &e in ins {
                let step = &g.edges[e as usize];
                let shortest = step
                    .route
                    .and_then(|r| self.framework.routes.get(r.get()))
                    .and_then(|r| r.shorter.as_ref())
                    .map_or(step.months, |s| s.months.min(step.months));
                let from = match step.from {
                    Position::Outside => g.roles,
                    Position::InRole(r) => r.get(),
                };
                let w = d + u64::from(shortest) + self.penalty[n];
                if w < dist[from] {
                    dist[from] = w;
                    heap.push(Reverse((w, from)));
                }
            }
        }
        dist
    }

    /// The label-setting search (see the module documentation).
    fn run(&self, start: usize, held: Held, limits: Limits<'_>) -> Run {
        let g = self.graph;
        let nodes = g.roles + 1;
        let mut labels: Vec<Label> = Vec::new();
        let mut head = vec![NONE; nodes];
        let mut best = vec![NONE; nodes];
        let mut closed = None;
        let mut heap = BinaryHeap::new();
        let h = |n: usize| limits.bound.map_or(0, |b| b[n]);
        labels.push(Label {
            node: start as u32,
            held,
            cost: 0,
            hops: 0,
            min: 0,
            max: 0,
            pred: NONE,
            edge: NONE,
            next: NONE,
        });
        heap.push(Reverse((h(start), 0u32, 0u32)));
        // True when a settled label at `node` holds at least `held` (settled labels are never
        // more expensive than one still waiting, by the order labels leave the heap).
        let dominated = |labels: &[Label], head: &[u32], node: usize, held: &Held| {
            let mut s = head[node];
            while s != NONE {
                let l = &labels[s as usize];
                if l.held.covers(held) {
                    return true;
                }
                s = l.next;
            }
            false
        };
        while let Some(Reverse((_, _, li))) = heap.pop() {
            let label = labels[li as usize];
            let node = label.node as usize;
            if dominated(&labels, &head, node, &label.held) {
                continue;
            }
            labels[li as usize].next = head[node];
            head[node] = li;
            if best[node] == NONE {
                best[node] = li;
            }
            if limits.target == Some(node) {
                break;
            }
            for e in g.out_range(node) {
                let step = &g.edges[e];
                let q = step.to.get();
                if label.pred == NONE && limits.first.is_some_and(|f| f != q) {
                    continue;
                }
                if limits.banned == Some(q) || h(q) == FAR {
                    continue;
                }
                let check = self.check(&label.held, step);
                let cost = label.cost + u64::from(check.months_max) + self.penalty[q];
                if !check.allowed() {
                    if limits.closed {
                        let unmet = self.framework.roles.get(q).map_or(0, |r| {
                            r.entry
                                .iter()
                                .filter(|e| check.held.requirement_status(e) == EntryStatus::NotMet)
                                .count()
                        });
                        // A closed step into the goal itself first, then the fewest unmet, then
                        // the cheapest; the first seen wins a tie.
                        let key = (limits.goal != Some(q), unmet, cost.saturating_add(h(q)));
                        if closed.as_ref().is_none_or(|(k, _, _)| key < *k) {
                            closed = Some((key, li, e as u32));
                        }
                    }
                    continue;
                }
                if dominated(&labels, &head, q, &check.held) {
                    continue;
                }
                let next = Label {
                    node: q as u32,
                    held: check.held,
                    cost,
                    hops: label.hops + 1,
                    min: label.min + u32::from(check.months_min),
                    max: label.max + u32::from(check.months_max),
                    pred: li,
                    edge: e as u32,
                    next: NONE,
                };
                let ix = labels.len() as u32;
                labels.push(next);
                heap.push(Reverse((cost.saturating_add(h(q)), next.hops, ix)));
            }
        }
        Run { labels, best, closed }
    }

    /// The path ending at the best label at node `t`.
    fn path(&self, run: &Run, start: usize, from: Position, held: Held, t: usize) -> Option<Path> {
        let li = *run.best.get(t)?;
        if li == NONE || t == start {
            return None;
        }
        Some(self.path_to_label(run, from, held, li))
    }

    fn path_to_label(&self, run: &Run, from: Position, held: Held, li: u32) -> Path {
        let end = run.labels[li as usize];
        let mut chain = Vec::with_capacity(end.hops as usize);
        let mut at = li;
        while run.labels[at as usize].pred != NONE {
            chain.push(at);
            at = run.labels[at as usize].pred;
        }
        chain.reverse();
        let steps = chain
            .into_iter()
            .map(|l| {
                let label = run.labels[l as usize];
                let before = run.labels[label.pred as usize].held;
                let step = self.graph.edges[label.edge as usize];
                PathStep { held: label.held, ..self.path_step(&step, &self.check(&before, &step)) }
            })
            .collect();
        Path {
            from,
            to: RoleIx(end.node),
            held,
            steps,
            months_min: end.min,
            months_max: end.max,
            cost: end.cost,
        }
    }
}

/// The best path to every role reachable from one position (one search for all of them).
pub struct Reach<'f, 'a> {
    finder: &'f PathFinder<'a>,
    from: Position,
    run: Option<(usize, Held, Run)>,
}

impl Reach<'_, '_> {
    /// The best path to a role, `None` when no path opens it (or it is where the person is).
    pub fn path(&self, to: RoleIx) -> Option<Path> {
        let (start, held, run) = self.run.as_ref()?;
        self.finder.path(run, *start, self.from, *held, to.get())
    }

    /// The number of steps of the best path to a role.
    pub fn steps(&self, to: RoleIx) -> Option<u32> {
        let (start, _, run) = self.run.as_ref()?;
        let li = *run.best.get(to.get())?;
        (li != NONE && to.get() != *start).then(|| run.labels[li as usize].hops)
    }
}
