//! Recommendations: everything the results screen shows, computed in one call.
//!
//! # Position
//!
//! A person is *in a role* when they chose the staff persona and named a role that exists in
//! the framework; everyone else (applicants, and staff who have not said which role they hold
//! or named one this framework no longer has) is *outside the service*. Applicants are not
//! placed in a role even if one is stored, because they told us they hold none. What they hold
//! at the start is their facts ([`crate::fit::Held::from_facts`]).
//!
//! # Which moves are recommended
//!
//! Every move obeys the entry constraint of [`crate::path`]: it never steps into a role whose
//! entry requirements are known not to be met on what the person holds on arrival (their facts
//! plus what the routes taken give). The kinds mean what they say:
//! - **apply now** (outside): roles open to applicants or with a direct-entry route from outside,
//!   whose entry status on arrival is met or unknown;
//! - **up** (in a role): a route from the current role that is not a lateral move, to a role at a
//!   higher career level rank;
//! - **across** (in a role): a lateral route from the current role;
//! - **through a route** (both): every other role whose best path from the person's position has
//!   at most [`MAX_THROUGH_STEPS`] steps (so at most two steps beyond a role open now), with that
//!   path. For applicants this includes a role whose direct entry is closed by an unmet
//!   requirement but that a route opens (an apprenticeship that gives the qualification).
//!
//! A role appears at most once. When several routes lead to the same role in one step, the best
//! allowed one is the move (for applicants a direct application first, then fewest months, then
//! route kind in `RouteKind` order, then the earlier route in the file, a listed route before the
//! implicit "open to applicants" one); the other allowed ones are kept as alternatives.
//!
//! A role that a route from the person's position leads to, but that the entry constraint closes
//! and no path opens, is listed in [`Recommendations::closed`] with the requirements that are not
//! met (on the approach leaving fewest unmet), never among the moves.
//!
//! # Order
//!
//! Moves are grouped by kind in `MoveKind` order (up, across, apply now, through a route), and
//! within a kind:
//! - apply now: entry met first, then unknown; among met roles, those whose stated requirements
//!   the person meets before those that state none; then fit (highest first); then the rest of
//!   [`crate::fit::rank_order`] (career level rank, months, role id, framework position);
//! - up and across: [`crate::fit::rank_order`] with the entry status on arrival and the months of
//!   the route;
//! - through a route: fit, then fewest steps, then fewest months, then level rank, role id and
//!   framework position.
//!
//! The top recommendation is the first move. The ranking of all roles (`ranked`) uses
//! [`crate::fit::rank_order`] with months taken as 0 and entry from facts. Closed roles are in
//! the same order as `ranked`.
//!
//! # Before any rating
//!
//! Nothing above needs a rating: with none, the moves are still listed from entry requirements
//! alone (apply now with entry met first), and [`Recommendations::confidence`] says how rough
//! that is.
//!
//! # Target and plan
//!
//! With a target, [`TargetOutcome`] carries every path offered to it ([`PathOutcome`]). The
//! development plan follows the best of them; with no target, it is for the top
//! recommendation and follows that move's path, so the path screen, the role page and the plan
//! always show the same route.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

use crate::answers::{Answers, Persona, Resolved};
use crate::confidence::Confidence;
use crate::explain::{entry_part_on_arrival, fit_part, fit_score_part, Explanation, Part};
use crate::fit::{
    all_fits, level_rank, rank_order, rank_roles, EntryStatus, Held, RankKey, RoleFit,
};
use crate::model::{CompetenceIx, Credential, Framework, LearningIx, RoleIx, RouteKind};
use crate::path::{Path, PathFinder, PathOutcome, Position, Reach, RouteGraph, Step, StepCheck};
use crate::plan::{plan_in, role_diff, ChangeKind, Plan, PlanBasis, RoleDiff};

/// The most steps a path listed under "through a route" may have.
pub const MAX_THROUGH_STEPS: u32 = 3;

/// What kind of move a recommendation is, which decides how the UI groups it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MoveKind {
    /// From the current role, along a route that is not lateral, to a higher career level.
    Up,
    /// From the current role along a lateral route.
    Across,
    /// From outside: open to applicants, or a direct-entry route, with entry met or unknown.
    ApplyNow,
    /// Any other role the best path reaches in at most three steps.
    ThroughRoute,
}

/// One recommended role and how to get there from where the person is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub role: RoleIx,
    pub kind: MoveKind,
    /// The first step of `path`: what to do now. `route: None` is applying directly to a role
    /// open to applicants.
    pub step: Step,
    /// The way there: one step for apply now, up and across; the best path for through a route.
    pub path: Path,
    /// Other allowed one-step ways to the same role from the same place, best first.
    pub alternatives: Vec<Step>,
    pub fit: u8,
    /// The role's entry status on arrival (after what the path gives): met or unknown.
    pub entry: EntryStatus,
    /// The role's main requirement is lived experience (a peer role), so the card says so.
    pub lived_experience: bool,
    /// What changes compared with the current role, for staff; `None` for people outside.
    pub changes: Option<RoleDiff>,
    pub explanation: Explanation,
}

/// A role a route from the person's position leads to, closed by its entry requirements.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClosedRole {
    pub role: RoleIx,
    /// Indices into `Role::entry` of the requirements not met on the nearest approach.
    pub missing: Vec<usize>,
    pub explanation: Explanation,
}

/// The paths to the person's chosen target role, or why there are none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TargetOutcome {
    pub role: RoleIx,
    pub outcome: PathOutcome,
    pub explanation: Explanation,
}

impl TargetOutcome {
    /// The best path, when one was found (the one the plan follows).
    pub fn path(&self) -> Option<&Path> {
        self.outcome.best()
    }
}

/// Everything the results screen shows for one person and one framework.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendations {
    pub position: Position,
    /// What the person holds now, from their facts.
    pub held: Held,
    /// The fit of every role, indexed by `RoleIx`.
    pub fits: Vec<RoleFit>,
    /// Every role, best fit first.
    pub ranked: Vec<RoleIx>,
    /// The moves, grouped by kind and ranked (see the module documentation).
    pub moves: Vec<Recommendation>,
    /// Roles a route leads to that entry requirements close and no path opens.
    pub closed: Vec<ClosedRole>,
    pub target: Option<TargetOutcome>,
    pub plan: Option<Plan>,
    /// How many competences are rated, overall and among those the results need.
    pub confidence: Confidence,
    /// What the screen says about the results as a whole (how sure they are).
    pub summary: Explanation,
    /// Answer keys that name no competence in this framework, so the UI can say so.
    pub orphans: Vec<String>,
    /// Estimate keys that name no area in this framework, so the UI can say so.
    pub orphan_estimates: Vec<String>,
}

impl Recommendations {
    /// The moves of one kind, still in ranked order.
    pub fn of_kind(&self, kind: MoveKind) -> impl Iterator<Item = &Recommendation> + '_ {
        self.moves.iter().filter(move |m| m.kind == kind)
    }

    pub fn fit(&self, role: RoleIx) -> Option<&RoleFit> {
        self.fits.get(role.get())
    }
}

/// A framework with its lookups built once: id maps, the route graph and the learning offers
/// per competence. Build it when the framework loads and reuse it for every recompute, so a
/// rating change costs one resolve and one pass over the roles, not a rebuild.
///
/// It owns its framework (behind an [`Arc`], so the caller can keep sharing it cheaply), so a
/// framework that arrives at run time can be prepared as well as one compiled in.
#[derive(Clone, Debug)]
pub struct Prepared {
    framework: Arc<Framework>,
    ids: Ids<Box<str>>,
    lookups: Lookups,
}

impl Prepared {
    pub fn new(framework: impl Into<Arc<Framework>>) -> Prepared {
        let framework = framework.into();
        let ids = Ids::new(&framework);
        let lookups = Lookups::new(&framework);
        Prepared { framework, ids, lookups }
    }

    pub fn framework(&self) -> &Framework {
        &self.framework
    }

    /// The shared framework, to clone cheaply.
    pub fn framework_arc(&self) -> &Arc<Framework> {
        &self.framework
    }

    pub fn graph(&self) -> &RouteGraph {
        &self.lookups.graph
    }

    pub fn competence_ix(&self, id: &str) -> Option<CompetenceIx> {
        self.ids.competence_ix(id)
    }

    pub fn role_ix(&self, id: &str) -> Option<RoleIx> {
        self.ids.role_ix(id)
    }

    /// The learning offers that build a competence, in file order.
    pub fn offers_building(&self, c: CompetenceIx) -> &[LearningIx] {
        self.lookups.offers_building(c)
    }

    /// The same result as [`crate::answers::resolve`], with hashed id lookups instead of a scan
    /// per answer, so resolving stays linear for frameworks with thousands of competences.
    pub fn resolve(&self, answers: &Answers) -> Resolved {
        self.ids.resolve(&self.framework, answers)
    }

    /// Where the person stands (see the module documentation).
    pub fn position(&self, persona: Persona, resolved: &Resolved) -> Position {
        self.view().position(persona, resolved)
    }

    /// Resolves the answers and computes everything.
    pub fn recommend(&self, answers: &Answers) -> Recommendations {
        self.recommend_resolved(answers, &self.resolve(answers))
    }

    /// Computes everything from answers already resolved against this framework. The persona
    /// and facts come from `answers`; ratings and roles from `resolved`.
    pub fn recommend_resolved(&self, answers: &Answers, resolved: &Resolved) -> Recommendations {
        self.view().recommend_resolved(answers, resolved)
    }

    /// The ranked moves and the closed roles from a position (see the module documentation).
    pub fn moves(
        &self,
        position: Position,
        held: &Held,
        fits: &[RoleFit],
    ) -> (Vec<Recommendation>, Vec<ClosedRole>) {
        self.view().moves(position, held, fits)
    }

    /// Every path offered to a target role, explained.
    pub fn target(
        &self,
        position: Position,
        fits: &[RoleFit],
        held: &Held,
        role: RoleIx,
    ) -> TargetOutcome {
        self.view().target(position, fits, held, role)
    }

    pub(crate) fn view(&self) -> View<'_> {
        View { framework: &self.framework, lookups: &self.lookups }
    }
}

/// The id maps of a framework: keyed by `Box<str>` in a [`Prepared`], which owns its framework,
/// and by `&str` borrowed from the framework in the free [`recommend`], which then copies no id.
#[derive(Clone, Debug)]
struct Ids<K> {
    competences: HashMap<K, CompetenceIx>,
    roles: HashMap<K, RoleIx>,
}

impl<'f, K: From<&'f str> + Borrow<str> + Hash + Eq> Ids<K> {
    fn new(framework: &'f Framework) -> Ids<K> {
        // The first of two equal ids wins, as in `Framework::competence_ix`.
        let mut competences = HashMap::with_capacity(framework.competences.len());
        for (i, c) in framework.competences.iter().enumerate() {
            competences.entry(K::from(c.id.as_str())).or_insert(CompetenceIx(i as u32));
        }
        let mut roles = HashMap::with_capacity(framework.roles.len());
        for (i, r) in framework.roles.iter().enumerate() {
            roles.entry(K::from(r.id.as_str())).or_insert(RoleIx(i as u32));
        }
        Ids { competences, roles }
    }
}

impl<K: Borrow<str> + Hash + Eq> Ids<K> {
    fn competence_ix(&self, id: &str) -> Option<CompetenceIx> {
        self.competences.get(id).copied()
    }

    fn role_ix(&self, id: &str) -> Option<RoleIx> {
        self.roles.get(id).copied()
    }

    /// The answers mapped onto the framework these ids were taken from.
    fn resolve(&self, framework: &Framework, answers: &Answers) -> Resolved {
        crate::answers::resolve_with(
            framework,
            answers,
            |id| self.competence_ix(id),
            |id| self.role_ix(id),
        )
    }
}

/// The route graph and the learning offers per competence: the lookups besides the id maps.
#[derive(Clone, Debug)]
struct Lookups {
    graph: RouteGraph,
    /// `offer_ixs[offer_offsets[c]..offer_offsets[c + 1]]` build competence `c`, in file order.
    offer_offsets: Vec<u32>,
    offer_ixs: Vec<LearningIx>,
}

impl Lookups {
    fn new(framework: &Framework) -> Lookups {
        let n = framework.competences.len();
        let mut pairs: Vec<(u32, LearningIx)> = Vec::new();
        for (o, offer) in framework.learning.iter().enumerate() {
            let mut builds: Vec<u32> =
                offer.builds.iter().map(|c| c.0).filter(|&c| (c as usize) < n).collect();
            builds.sort_unstable();
            builds.dedup();
            pairs.extend(builds.into_iter().map(|c| (c, LearningIx(o as u32))));
        }
        pairs.sort();
        let mut offer_offsets = vec![0u32; n + 1];
        for (c, _) in &pairs {
            offer_offsets[*c as usize + 1] += 1;
        }
        for c in 0..n {
            offer_offsets[c + 1] += offer_offsets[c];
        }
        let offer_ixs = pairs.into_iter().map(|(_, o)| o).collect();
        Lookups { graph: RouteGraph::new(framework), offer_offsets, offer_ixs }
    }

    fn offers_building(&self, c: CompetenceIx) -> &[LearningIx] {
        let (Some(&start), Some(&end)) =
            (self.offer_offsets.get(c.get()), self.offer_offsets.get(c.get() + 1))
        else {
            return &[];
        };
        &self.offer_ixs[start as usize..end as usize]
    }
}

/// A framework and its lookups, borrowed: what every computation reads, whether the framework
/// is owned by a [`Prepared`] or only lent to the free [`recommend`].
#[derive(Clone, Copy)]
pub(crate) struct View<'f> {
    pub(crate) framework: &'f Framework,
    lookups: &'f Lookups,
}

impl<'f> View<'f> {
    pub(crate) fn offers_building(&self, c: CompetenceIx) -> &'f [LearningIx] {
        self.lookups.offers_building(c)
    }

    /// Where the person stands (see the module documentation).
    fn position(&self, persona: Persona, resolved: &Resolved) -> Position {
        match (persona, resolved.current_role) {
            (Persona::Staff, Some(r)) if r.get() < self.framework.roles.len() => {
                Position::InRole(r)
            }
            _ => Position::Outside,
        }
    }

    /// Computes everything from answers already resolved against this framework. The persona
    /// and facts come from `answers`; ratings and roles from `resolved`.
    fn recommend_resolved(&self, answers: &Answers, resolved: &Resolved) -> Recommendations {
        let framework = self.framework;
        let fits = all_fits(framework, resolved, &answers.facts);
        let ranked = rank_roles(framework, &fits);
        let position = self.position(answers.persona, resolved);
        let held = Held::from_facts(&answers.facts);
        let finder = PathFinder::new(framework, &self.lookups.graph, &fits);
        let reach = finder.reach(position, &held);
        let (moves, closed) = self.moves_with(&finder, &reach, position, &held, &fits, &ranked);
        let target_role = resolved.target_role.filter(|t| t.get() < framework.roles.len());
        let target = target_role.map(|t| self.target_with(&finder, position, &held, t));
        let plan = match (&target, moves.first()) {
            (Some(t), _) => {
                Some(plan_in(*self, &fits, position, &held, t.role, t.path(), PlanBasis::Target))
            }
            // The path the person would be shown if they aimed for the top move (which may be
            // quicker through another role than the move's own route), so the plan never changes
            // its way when they do.
            (None, Some(top)) => {
                let best = finder.best(position, &held, top.role);
                Some(plan_in(
                    *self,
                    &fits,
                    position,
                    &held,
                    top.role,
                    Some(best.as_ref().unwrap_or(&top.path)),
                    PlanBasis::TopRecommendation,
                ))
            }
            (None, None) => None,
        };
        let needed = moves
            .iter()
            .map(|m| m.role)
            .chain(target_role)
            .filter_map(|r| framework.roles.get(r.get()))
            .flat_map(|r| r.requires.iter().map(|q| q.competence));
        let confidence = Confidence::of(resolved, needed);
        let summary = Explanation { parts: vec![confidence_part(&confidence)] };
        Recommendations {
            position,
            held,
            fits,
            ranked,
            moves,
            closed,
            target,
            plan,
            confidence,
            summary,
            orphans: resolved.orphans.clone(),
            orphan_estimates: resolved.orphan_estimates.clone(),
        }
    }

    /// The ranked moves and the closed roles from a position (see the module documentation).
    fn moves(
        &self,
        position: Position,
        held: &Held,
        fits: &[RoleFit],
    ) -> (Vec<Recommendation>, Vec<ClosedRole>) {
        let finder = PathFinder::new(self.framework, &self.lookups.graph, fits);
        let reach = finder.reach(position, held);
        let ranked = rank_roles(self.framework, fits);
        self.moves_with(&finder, &reach, position, held, fits, &ranked)
    }

    fn moves_with(
        &self,
        finder: &PathFinder<'_>,
        reach: &Reach<'_, '_>,
        position: Position,
        held: &Held,
        fits: &[RoleFit],
        ranked: &[RoleIx],
    ) -> (Vec<Recommendation>, Vec<ClosedRole>) {
        let framework = self.framework;
        let current = match position {
            Position::InRole(r) => Some(r),
            Position::Outside => None,
        };
        let outside = current.is_none();
        // One-step ways from here, best first within each role.
        let mut steps: Vec<(Step, StepCheck)> = self
            .lookups
            .graph
            .from(position)
            .iter()
            .filter(|s| Some(s.to) != current && s.to.get() < fits.len())
            .map(|s| (*s, finder.check(held, s)))
            .collect();
        let preference = |s: &(Step, StepCheck)| {
            (
                outside && s.0.kind != RouteKind::DirectEntry,
                s.1.months_max,
                s.1.months_min,
                s.0.kind,
                s.0.route.map_or(u32::MAX, |r| r.0),
            )
        };
        steps.sort_by_key(|s| (s.0.to, preference(s)));
        let mut listed = vec![false; fits.len()];
        let mut one_step: Vec<(MoveKind, Step, Vec<Step>)> = Vec::new();
        let mut closed_roles: Vec<(RoleIx, Vec<usize>)> = Vec::new();
        for group in steps.chunk_by(|a, b| a.0.to == b.0.to) {
            let to = group[0].0.to;
            let allowed: Vec<Step> = group.iter().filter(|s| s.1.allowed()).map(|s| s.0).collect();
            if allowed.is_empty() {
                if reach.steps(to).is_none() {
                    closed_roles.push((to, self.missing_on_nearest(group)));
                }
                continue;
            }
            let chosen = match current {
                None => allowed
                    .iter()
                    .find(|s| s.kind == RouteKind::DirectEntry)
                    .map(|s| (MoveKind::ApplyNow, *s)),
                Some(cur) => allowed
                    .iter()
                    .find(|s| {
                        s.kind != RouteKind::Lateral
                            && level_rank(framework, s.to) > level_rank(framework, cur)
                    })
                    .map(|s| (MoveKind::Up, *s))
                    .or_else(|| {
                        allowed
                            .iter()
                            .find(|s| s.kind == RouteKind::Lateral)
                            .map(|s| (MoveKind::Across, *s))
                    }),
            };
            if let Some((kind, step)) = chosen {
                let alternatives = allowed.into_iter().filter(|s| *s != step).collect();
                listed[to.get()] = true;
                one_step.push((kind, step, alternatives));
            }
        }
        let mut moves: Vec<Recommendation> = one_step
            .into_iter()
            .map(|(kind, step, alternatives)| {
                let path = finder.one_step(position, held, &step);
                self.recommendation(kind, path, alternatives, current, held, fits)
            })
            .collect();
        for (r, _) in fits.iter().enumerate() {
            let role = RoleIx(r as u32);
            if listed[r] || Some(role) == current {
                continue;
            }
            if reach.steps(role).is_none_or(|n| n > MAX_THROUGH_STEPS) {
                continue;
            }
            let Some(path) = reach.path(role) else { continue };
            let alternatives = if path.steps.len() == 1 {
                let first = path.steps[0].step;
                steps
                    .iter()
                    .filter(|s| s.0.to == role && s.1.allowed() && s.0 != first)
                    .map(|s| s.0)
                    .collect()
            } else {
                Vec::new()
            };
            moves.push(self.recommendation(
                MoveKind::ThroughRoute,
                path,
                alternatives,
                current,
                held,
                fits,
            ));
        }
        let key = |m: &Recommendation| {
            let fit = &fits[m.role.get()];
            RankKey {
                entry: m.entry,
                months: m.path.months_max,
                ..RankKey::new(framework, fit, m.path.months_max)
            }
        };
        let states_none = |m: &Recommendation| {
            framework.roles.get(m.role.get()).is_none_or(|r| r.entry.is_empty())
        };
        moves.sort_by(|a, b| {
            a.kind.cmp(&b.kind).then_with(|| {
                let (ka, kb) = (key(a), key(b));
                match a.kind {
                    // A role whose stated requirements the person meets comes before one that
                    // states none: someone who meets a team leader's requirements should not be
                    // told to start at a role anyone can apply for.
                    MoveKind::ApplyNow => ka
                        .entry
                        .cmp(&kb.entry)
                        .then(states_none(a).cmp(&states_none(b)))
                        .then_with(|| rank_order(&ka, &kb)),
                    MoveKind::Up | MoveKind::Across => rank_order(&ka, &kb),
                    MoveKind::ThroughRoute => through_order(a, b, &ka, &kb),
                }
            })
        });
        let position_in_ranked = {
            let mut p = vec![usize::MAX; fits.len()];
            for (i, r) in ranked.iter().enumerate() {
                if let Some(x) = p.get_mut(r.get()) {
                    *x = i;
                }
            }
            p
        };
        closed_roles.sort_by_key(|(r, _)| position_in_ranked[r.get()]);
        let closed = closed_roles
            .into_iter()
            .map(|(role, missing)| ClosedRole {
                role,
                explanation: Explanation {
                    parts: vec![Part::Closed { from: position, role, missing: missing.clone() }],
                },
                missing,
            })
            .collect();
        (moves, closed)
    }

    /// The requirements not met on the closed one-step approach that leaves fewest unmet.
    fn missing_on_nearest(&self, group: &[(Step, StepCheck)]) -> Vec<usize> {
        let Some(role) = group.first().and_then(|s| self.framework.roles.get(s.0.to.get())) else {
            return Vec::new();
        };
        group
            .iter()
            .map(|(_, c)| {
                c.held
                    .check(&role.entry)
                    .0
                    .into_iter()
                    .filter(|e| e.status == EntryStatus::NotMet)
                    .map(|e| e.index)
                    .collect::<Vec<usize>>()
            })
            .min_by_key(Vec::len)
            .unwrap_or_default()
    }

    fn recommendation(
        &self,
        kind: MoveKind,
        path: Path,
        alternatives: Vec<Step>,
        current: Option<RoleIx>,
        held: &Held,
        fits: &[RoleFit],
    ) -> Recommendation {
        let framework = self.framework;
        let role = path.to;
        let fit = &fits[role.get()];
        let last = path.steps.last().expect("a move has at least one step");
        let changes = current.map(|cur| role_diff(framework, cur, role));
        let lived_experience = framework.roles.get(role.get()).is_some_and(|r| r.lived_experience);
        let mut parts = vec![fit_part(fit)];
        parts.extend(fit_score_part(fit));
        if path.steps.len() == 1 {
            let s = &path.steps[0];
            if s.step.route.is_none() {
                parts.push(Part::OpenToApplicants { role });
            } else {
                parts.push(Part::Route {
                    purpose: kind,
                    kind: s.step.kind,
                    months_min: s.months_min,
                    months_max: s.months_max,
                    quickest: !alternatives.is_empty(),
                });
            }
        } else {
            parts.push(Part::ThroughPath {
                to: role,
                via: path.steps[..path.steps.len() - 1].iter().map(|s| s.step.to).collect(),
                steps: path.steps.len() as u32,
                months_min: path.months_min,
                months_max: path.months_max,
            });
        }
        if !alternatives.is_empty() {
            parts.push(Part::OtherRoutes {
                routes: alternatives.iter().map(|s| (s.kind, s.months)).collect(),
            });
        }
        if let Some(d) = &changes {
            parts.push(changes_part(d));
        }
        if let Some(r) = framework.roles.get(role.get()) {
            parts.extend(entry_part_on_arrival(role, &r.entry, held, &last.held));
        }
        if lived_experience {
            parts.push(Part::LivedExperience { role });
        }
        Recommendation {
            role,
            kind,
            step: path.steps[0].step,
            alternatives,
            fit: fit.score,
            entry: last.entry,
            lived_experience,
            changes,
            explanation: Explanation { parts },
            path,
        }
    }

    /// Every path offered to a target role, explained.
    fn target(
        &self,
        position: Position,
        fits: &[RoleFit],
        held: &Held,
        role: RoleIx,
    ) -> TargetOutcome {
        let finder = PathFinder::new(self.framework, &self.lookups.graph, fits);
        self.target_with(&finder, position, held, role)
    }

    fn target_with(
        &self,
        finder: &PathFinder<'_>,
        position: Position,
        held: &Held,
        role: RoleIx,
    ) -> TargetOutcome {
        let outcome = finder.paths(position, held, role);
        let parts = match &outcome {
            PathOutcome::NoRoute => vec![Part::NoRoute { from: position, to: role }],
            PathOutcome::AlreadyInRole => vec![Part::AlreadyInRole { role }],
            PathOutcome::Blocked { at, missing } => {
                vec![Part::Blocked { from: position, to: role, at: *at, missing: missing.clone() }]
            }
            PathOutcome::Found(paths) => {
                let best = &paths[0];
                let mut parts = vec![Part::PathSummary {
                    from: position,
                    to: role,
                    steps: best.steps.len() as u32,
                    months_min: best.months_min,
                    months_max: best.months_max,
                }];
                parts.extend(path_step_parts(self.framework, best));
                for (i, p) in paths.iter().enumerate().skip(1) {
                    parts.push(Part::PathAlternative {
                        number: i as u32 + 1,
                        to: role,
                        via: p.steps[..p.steps.len() - 1].iter().map(|s| s.step.to).collect(),
                        steps: p.steps.len() as u32,
                        months_min: p.months_min,
                        months_max: p.months_max,
                    });
                }
                parts
            }
        };
        TargetOutcome { role, outcome, explanation: Explanation { parts } }
    }
}

/// Through a route: fit, fewest steps, fewest months, then level rank, role id and position.
fn through_order(
    a: &Recommendation,
    b: &Recommendation,
    ka: &RankKey<'_>,
    kb: &RankKey<'_>,
) -> Ordering {
    kb.score
        .cmp(&ka.score)
        .then(a.path.steps.len().cmp(&b.path.steps.len()))
        .then(a.path.months_max.cmp(&b.path.months_max))
        .then(a.path.months_min.cmp(&b.path.months_min))
        .then(ka.level_rank.cmp(&kb.level_rank))
        .then(ka.role_id.cmp(kb.role_id))
        .then(ka.role.cmp(&kb.role))
}

/// One part per step of a path: the route, its length, what it gives that the person did not
/// hold already, the entry requirements to check, what the role asks.
pub(crate) fn path_step_parts<'p>(
    framework: &'p Framework,
    path: &'p Path,
) -> impl Iterator<Item = Part> + 'p {
    path.steps.iter().enumerate().map(move |(i, s)| {
        // What the step gives that the person did not hold already (experience always adds).
        let before = path.held_at(i);
        let gives = s
            .step
            .route
            .and_then(|r| framework.routes.get(r.get()))
            .map(|r| {
                r.gives
                    .iter()
                    .copied()
                    .filter(|c| {
                        matches!(c, Credential::ExperienceYears(_))
                            || before.status(*c) != EntryStatus::Met
                    })
                    .collect()
            })
            .unwrap_or_default();
        let unknown = framework
            .roles
            .get(s.step.to.get())
            .map(|r| {
                s.held
                    .check(&r.entry)
                    .0
                    .into_iter()
                    .filter(|c| c.status == EntryStatus::Unknown)
                    .map(|c| c.index)
                    .collect()
            })
            .unwrap_or_default();
        Part::PathStep {
            number: i as u32 + 1,
            kind: s.step.kind,
            to: s.step.to,
            route: s.step.route,
            months_min: s.months_min,
            months_max: s.months_max,
            gives,
            check: unknown,
            total: s.total,
            unmet: s.unmet.iter().map(|r| r.competence).collect(),
        }
    })
}

/// How sure the results are, as an explanation part.
fn confidence_part(c: &Confidence) -> Part {
    Part::Confidence {
        rated: c.rated,
        estimated: c.estimated,
        total: c.total,
        needed_rated: c.needed_rated,
        needed_estimated: c.needed_estimated,
        needed_total: c.needed_total,
        rough: c.rough(),
    }
}

/// The counts of a role difference as an explanation part.
pub(crate) fn changes_part(d: &RoleDiff) -> Part {
    Part::Changes {
        from: d.from,
        to: d.to,
        added: d.count(ChangeKind::Added),
        raised: d.count(ChangeKind::Raised),
        lowered: d.count(ChangeKind::Lowered),
        removed: d.count(ChangeKind::Removed),
    }
}

/// Everything the results screen shows, from a framework and a person's answers. Builds the
/// framework's lookups on every call; keep a [`Prepared`] to recompute cheaply after each change.
pub fn recommend(framework: &Framework, answers: &Answers) -> Recommendations {
    let resolved = Ids::<&str>::new(framework).resolve(framework, answers);
    View { framework, lookups: &Lookups::new(framework) }.recommend_resolved(answers, &resolved)
}
