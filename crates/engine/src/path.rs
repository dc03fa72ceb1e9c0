//! The route graph and the most plausible path from where a person is to a target role.
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
//! built once per framework in compressed form (one offset table, one edge array), so finding
//! the ways out of a role never scans the route list.
//!
//! # Path cost
//!
//! The path search is Dijkstra's algorithm with the cost of a step into role R being
//! `months + 6 × (gaps + not rated in R) + 3 × (partly met in R)`: typical months on the route,
//! plus six months of development for every competence of R the person has yet to build and
//! three for every one they are a step short on. A route that is quick on paper but leads to a
//! role the person is far from is therefore not preferred over a slightly slower one they are
//! ready for. All costs are whole numbers, so there is no floating-point tie to worry about.
//!
//! # Ties
//!
//! Among paths of equal cost the one with fewer steps wins; among those, the one found first,
//! which is the one using earlier routes in the framework file (edges are kept in file order
//! and the search only replaces a best path with a strictly better one).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::fit::{RequirementFit, RoleFit};
use crate::model::{Framework, RoleIx, RouteKind};

/// Months of development counted for each competence a role needs that the person has not met
/// (a gap, or not rated: we do not assume an unrated competence is there).
pub const GAP_PENALTY_MONTHS: u64 = 6;
/// Months of development counted for each competence the person is one step short on.
pub const PARTLY_PENALTY_MONTHS: u64 = 3;

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
    pub months: u16,
}

/// The routes of a framework as an adjacency structure, built once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RouteGraph {
    roles: usize,
    /// `edges[offsets[n]..offsets[n + 1]]` leave node `n`; node `roles` is outside.
    offsets: Vec<u32>,
    edges: Vec<Step>,
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
        RouteGraph { roles, offsets, edges }
    }

    fn node(&self, position: Position) -> Option<usize> {
        match position {
            Position::Outside => Some(self.roles),
            Position::InRole(r) if r.get() < self.roles => Some(r.get()),
            Position::InRole(_) => None,
        }
    }

    fn out(&self, node: usize) -> &[Step] {
        let start = self.offsets[node] as usize;
        let end = self.offsets[node + 1] as usize;
        &self.edges[start..end]
    }

    /// The ways out of a position, in framework file order (implicit open applications last).
    pub fn from(&self, position: Position) -> &[Step] {
        self.node(position).map_or(&[], |n| self.out(n))
    }

    /// Every step in the graph, grouped by source node.
    pub fn steps(&self) -> &[Step] {
        &self.edges
    }
}

/// One step of a path, with how ready the person is for the role it leads to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathStep {
    pub step: Step,
    /// The person's fit for the role this step leads to.
    pub fit: u8,
    /// The requirements of that role the person has not met yet, in the role's order.
    pub unmet: Vec<RequirementFit>,
    /// How many competences that role requires, so "2 of 5" can be said.
    pub total: u32,
}

/// The most plausible way from a position to a role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    pub from: Position,
    pub to: RoleIx,
    /// Empty when the person already holds the role.
    pub steps: Vec<PathStep>,
    /// Typical months, summed over the steps.
    pub months: u32,
    /// The search cost (months plus development penalties), see the module documentation.
    pub cost: u64,
}

/// The development penalty of moving into a role, in months (see the module documentation).
pub fn step_penalty(fit: &RoleFit) -> u64 {
    GAP_PENALTY_MONTHS * u64::from(fit.gaps + fit.not_rated)
        + PARTLY_PENALTY_MONTHS * u64::from(fit.partly)
}

/// The cheapest path from `from` to `to`, or `None` when the routes do not connect them.
/// `fits` must be indexed by role, as [`crate::fit::all_fits`] returns it; a missing entry
/// counts as no penalty rather than a panic.
pub fn shortest_path(
    graph: &RouteGraph,
    fits: &[RoleFit],
    from: Position,
    to: RoleIx,
) -> Option<Path> {
    let start = graph.node(from)?;
    if to.get() >= graph.roles {
        return None;
    }
    if start == to.get() {
        return Some(Path { from, to, steps: Vec::new(), months: 0, cost: 0 });
    }
    let nodes = graph.roles + 1;
    let penalty: Vec<u64> = (0..graph.roles).map(|r| fits.get(r).map_or(0, step_penalty)).collect();
    const NONE: u32 = u32::MAX;
    let mut best = vec![(u64::MAX, u32::MAX); nodes];
    let mut pred = vec![NONE; nodes];
    let mut heap = BinaryHeap::new();
    best[start] = (0, 0);
    heap.push(Reverse((0u64, 0u32, start)));
    while let Some(Reverse((cost, hops, node))) = heap.pop() {
        if (cost, hops) > best[node] {
            continue;
        }
        if node == to.get() {
            break;
        }
        let base = graph.offsets[node];
        for (k, step) in graph.out(node).iter().enumerate() {
            let next = step.to.get();
            let candidate = (cost + u64::from(step.months) + penalty[next], hops + 1);
            if candidate < best[next] {
                best[next] = candidate;
                pred[next] = base + k as u32;
                heap.push(Reverse((candidate.0, candidate.1, next)));
            }
        }
    }
    if pred[to.get()] == NONE {
        return None;
    }
    let mut steps = Vec::new();
    let mut node = to.get();
    while node != start {
        let step = graph.edges[pred[node] as usize];
        let fit = fits.get(step.to.get());
        steps.push(PathStep {
            step,
            fit: fit.map_or(0, |f| f.score),
            unmet: fit.map(|f| f.unmet().copied().collect()).unwrap_or_default(),
            total: fit.map_or(0, RoleFit::total),
        });
        node = match step.from {
            Position::Outside => graph.roles,
            Position::InRole(r) => r.get(),
        };
    }
    steps.reverse();
    let months = steps.iter().map(|s| u32::from(s.step.months)).sum();
    Some(Path { from, to, steps, months, cost: best[to.get()].0 })
}
