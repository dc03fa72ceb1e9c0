//! Recommendations: everything the results screen shows, computed in one call.
//!
//! # Position
//!
//! A person is *in a role* when they chose the staff persona and named a role that exists in
//! the framework; everyone else (applicants, and staff who have not said which role they hold
//! or named one this framework no longer has) is *outside the service*. Applicants are not
//! placed in a role even if one is stored, because they told us they hold none.
//!
//! # Which moves are recommended
//!
//! Only moves the framework's routes allow are recommended, so every recommended role is
//! reachable from the person's position (the property tests check this):
//! - in a role: every role a route leads to directly from the current role. A role at a higher
//!   career level rank is a step **up**; any other is a move **across** (sideways, or the rare
//!   route to a lower rank, which the route kind makes clear);
//! - outside: every role that is open to applicants or has a route of kind `DirectEntry` from
//!   outside (**apply now**), and every other role with a route from outside, such as an
//!   apprenticeship, fast track or qualification programme (**through a route**).
//!
//! When several routes lead to the same role, the role is recommended once, through the best
//! route: for applicants a direct application first (they can act on it now), then fewest
//! months, then route kind in `RouteKind` order, then the earlier route in the file (a listed
//! route before the implicit "open to applicants" one). The others are kept as alternatives.
//!
//! # Order
//!
//! Moves are ranked by [`crate::fit::rank_order`]: fit score (highest first), entry status (met,
//! unknown, not met), career level rank (lowest first), months of the chosen route (fewest
//! first), role id, framework position. The ranking of all roles uses the same rule with months
//! taken as 0.
//!
//! # Plan
//!
//! The development plan is for the target role when one is set and exists, otherwise for the
//! top-ranked recommendation, so the results screen always has a next thing to work on when
//! there is any move at all.

use std::collections::HashMap;

use crate::answers::{Answers, Persona, Rating, Resolved};
use crate::explain::{entry_part, fit_part, Explanation, Part};
use crate::fit::{all_fits, level_rank, rank_order, rank_roles, EntryStatus, RankKey, RoleFit};
use crate::model::{CompetenceIx, Framework, LearningIx, Proficiency, RoleIx, RouteKind};
use crate::path::{shortest_path, Path, Position, RouteGraph, Step};
use crate::plan::{development_plan, role_diff, ChangeKind, Plan, PlanBasis, RoleDiff};

/// What kind of move a recommendation is, which decides how the UI groups it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MoveKind {
    /// From the current role to a role at a higher career level.
    Up,
    /// From the current role to a role at the same (or a lower) career level.
    Across,
    /// From outside: open to applicants, or a direct-entry route.
    ApplyNow,
    /// From outside through a route such as an apprenticeship or qualification programme.
    ThroughRoute,
}

/// One recommended role and how to get there from where the person is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub role: RoleIx,
    pub kind: MoveKind,
    /// The best way there: route kind, typical months, and which route (`None` = apply directly
    /// to a role open to applicants).
    pub step: Step,
    /// Other ways to the same role from the same place, best first.
    pub alternatives: Vec<Step>,
    pub fit: u8,
    pub entry: EntryStatus,
    /// What changes compared with the current role, for staff; `None` for people outside.
    pub changes: Option<RoleDiff>,
    pub explanation: Explanation,
}

/// The path to the person's chosen target role, or why there is none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TargetOutcome {
    pub role: RoleIx,
    /// `None` when the routes do not reach the role from the person's position; a path with no
    /// steps when the person already holds it.
    pub path: Option<Path>,
    pub explanation: Explanation,
}

/// Everything the results screen shows for one person and one framework.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendations {
    pub position: Position,
    /// The fit of every role, indexed by `RoleIx`.
    pub fits: Vec<RoleFit>,
    /// Every role, best fit first.
    pub ranked: Vec<RoleIx>,
    /// The persona-appropriate moves, ranked (see the module documentation).
    pub moves: Vec<Recommendation>,
    pub target: Option<TargetOutcome>,
    pub plan: Option<Plan>,
    /// Answer keys that name no competence in this framework, so the UI can say so.
    pub orphans: Vec<String>,
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
#[derive(Clone, Debug)]
pub struct Prepared<'f> {
    framework: &'f Framework,
    competence_ids: HashMap<&'f str, CompetenceIx>,
    role_ids: HashMap<&'f str, RoleIx>,
    graph: RouteGraph,
    /// `offer_ixs[offer_offsets[c]..offer_offsets[c + 1]]` build competence `c`, in file order.
    offer_offsets: Vec<u32>,
    offer_ixs: Vec<LearningIx>,
}

impl<'f> Prepared<'f> {
    pub fn new(framework: &'f Framework) -> Prepared<'f> {
        // The first of two equal ids wins, as in `Framework::competence_ix`.
        let mut competence_ids = HashMap::with_capacity(framework.competences.len());
        for (i, c) in framework.competences.iter().enumerate() {
            competence_ids.entry(c.id.as_str()).or_insert(CompetenceIx(i as u32));
        }
        let mut role_ids = HashMap::with_capacity(framework.roles.len());
        for (i, r) in framework.roles.iter().enumerate() {
            role_ids.entry(r.id.as_str()).or_insert(RoleIx(i as u32));
        }
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
        Prepared {
            framework,
            competence_ids,
            role_ids,
            graph: RouteGraph::new(framework),
            offer_offsets,
            offer_ixs,
        }
    }

    pub fn framework(&self) -> &'f Framework {
        self.framework
    }

    pub fn graph(&self) -> &RouteGraph {
        &self.graph
    }

    pub fn competence_ix(&self, id: &str) -> Option<CompetenceIx> {
        self.competence_ids.get(id).copied()
    }

    pub fn role_ix(&self, id: &str) -> Option<RoleIx> {
        self.role_ids.get(id).copied()
    }

    /// The learning offers that build a competence, in file order.
    pub fn offers_building(&self, c: CompetenceIx) -> &[LearningIx] {
        let (Some(&start), Some(&end)) =
            (self.offer_offsets.get(c.get()), self.offer_offsets.get(c.get() + 1))
        else {
            return &[];
        };
        &self.offer_ixs[start as usize..end as usize]
    }

    /// The same result as [`crate::answers::resolve`], with hashed id lookups instead of a scan
    /// per answer, so resolving stays linear for frameworks with thousands of competences.
    pub fn resolve(&self, answers: &Answers) -> Resolved {
        let framework = self.framework;
        let top = framework.scale.len().saturating_sub(1) as Proficiency;
        let mut ratings = vec![None; framework.competences.len()];
        let mut orphans = Vec::new();
        for (id, answer) in &answers.answers {
            match self.competence_ix(id) {
                Some(ix) => {
                    ratings[ix.get()] = answer.rating.map(|r| match r {
                        Rating::Level(p) => Rating::Level(p.min(top)),
                        Rating::NotSure => Rating::NotSure,
                    })
                }
                None if answer.rating.is_some() || !answer.note.is_empty() => {
                    orphans.push(id.clone())
                }
                None => {}
            }
        }
        let role = |id: &Option<String>| id.as_deref().and_then(|id| self.role_ix(id));
        Resolved {
            ratings,
            current_role: role(&answers.facts.current_role),
            target_role: role(&answers.target_role),
            orphans,
        }
    }

    /// Where the person stands (see the module documentation).
    pub fn position(&self, persona: Persona, resolved: &Resolved) -> Position {
        match (persona, resolved.current_role) {
            (Persona::Staff, Some(r)) if r.get() < self.framework.roles.len() => {
                Position::InRole(r)
            }
            _ => Position::Outside,
        }
    }

    /// Resolves the answers and computes everything.
    pub fn recommend(&self, answers: &Answers) -> Recommendations {
        let resolved = self.resolve(answers);
        self.recommend_resolved(answers, &resolved)
    }

    /// Computes everything from answers already resolved against this framework. The persona
    /// and facts come from `answers`; ratings and roles from `resolved`.
    pub fn recommend_resolved(&self, answers: &Answers, resolved: &Resolved) -> Recommendations {
        let framework = self.framework;
        let fits = all_fits(framework, resolved, &answers.facts);
        let ranked = rank_roles(framework, &fits);
        let position = self.position(answers.persona, resolved);
        let moves = self.moves(position, &fits);
        let target_role = resolved.target_role.filter(|t| t.get() < framework.roles.len());
        let target = target_role.map(|t| self.target(position, &fits, t));
        let plan = match (target_role, moves.first()) {
            (Some(t), _) => Some(development_plan(self, &fits, position, t, PlanBasis::Target)),
            (None, Some(top)) => Some(development_plan(
                self,
                &fits,
                position,
                top.role,
                PlanBasis::TopRecommendation,
            )),
            (None, None) => None,
        };
        Recommendations {
            position,
            fits,
            ranked,
            moves,
            target,
            plan,
            orphans: resolved.orphans.clone(),
        }
    }

    /// The ranked moves from a position (see the module documentation).
    pub fn moves(&self, position: Position, fits: &[RoleFit]) -> Vec<Recommendation> {
        let framework = self.framework;
        let current = match position {
            Position::InRole(r) => Some(r),
            Position::Outside => None,
        };
        let mut steps: Vec<Step> =
            self.graph.from(position).iter().filter(|s| Some(s.to) != current).copied().collect();
        let outside = current.is_none();
        let preference = |s: &Step| {
            (
                outside && s.kind != RouteKind::DirectEntry,
                s.months,
                s.kind,
                s.route.map_or(u32::MAX, |r| r.0),
            )
        };
        steps.sort_by_key(|s| (s.to, preference(s)));
        let mut moves: Vec<(RankKey<'f>, Recommendation)> = Vec::new();
        for group in steps.chunk_by(|a, b| a.to == b.to) {
            let step = group[0];
            let Some(fit) = fits.get(step.to.get()) else { continue };
            let kind = match current {
                None if step.kind == RouteKind::DirectEntry => MoveKind::ApplyNow,
                None => MoveKind::ThroughRoute,
                Some(cur) if level_rank(framework, step.to) > level_rank(framework, cur) => {
                    MoveKind::Up
                }
                Some(_) => MoveKind::Across,
            };
            let changes = current.map(|cur| role_diff(framework, cur, step.to));
            let alternatives = group[1..].to_vec();
            let explanation = move_explanation(kind, &step, &alternatives, fit, changes.as_ref());
            let key = RankKey::new(framework, fit, u32::from(step.months));
            moves.push((
                key,
                Recommendation {
                    role: step.to,
                    kind,
                    step,
                    alternatives,
                    fit: fit.score,
                    entry: fit.entry_status,
                    changes,
                    explanation,
                },
            ));
        }
        moves.sort_by(|a, b| rank_order(&a.0, &b.0));
        moves.into_iter().map(|(_, m)| m).collect()
    }

    /// The most plausible path to a target role, explained.
    pub fn target(&self, position: Position, fits: &[RoleFit], role: RoleIx) -> TargetOutcome {
        let path = shortest_path(&self.graph, fits, position, role);
        let parts = match &path {
            None => vec![Part::NoRoute { from: position, to: role }],
            Some(p) if p.steps.is_empty() => vec![Part::AlreadyInRole { role }],
            Some(p) => {
                let mut parts = vec![Part::PathSummary {
                    from: position,
                    to: role,
                    steps: p.steps.len() as u32,
                    months: p.months,
                }];
                parts.extend(p.steps.iter().enumerate().map(|(i, s)| Part::PathStep {
                    number: i as u32 + 1,
                    kind: s.step.kind,
                    to: s.step.to,
                    months: s.step.months,
                    total: s.total,
                    unmet: s.unmet.iter().map(|r| r.competence).collect(),
                }));
                parts
            }
        };
        TargetOutcome { role, path, explanation: Explanation { parts } }
    }
}

/// The explanation of one move: how the person fits, how to get there, what else is possible,
/// what changes, and the entry requirements, in that order (most useful first).
fn move_explanation(
    kind: MoveKind,
    step: &Step,
    alternatives: &[Step],
    fit: &RoleFit,
    changes: Option<&RoleDiff>,
) -> Explanation {
    let mut parts = vec![fit_part(fit)];
    if step.route.is_none() {
        parts.push(Part::OpenToApplicants { role: step.to });
    } else {
        parts.push(Part::Route {
            purpose: kind,
            kind: step.kind,
            months: step.months,
            quickest: !alternatives.is_empty(),
        });
    }
    if !alternatives.is_empty() {
        parts.push(Part::OtherRoutes {
            routes: alternatives.iter().map(|s| (s.kind, s.months)).collect(),
        });
    }
    if let Some(d) = changes {
        parts.push(changes_part(d));
    }
    parts.extend(entry_part(fit));
    Explanation { parts }
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
    Prepared::new(framework).recommend(answers)
}
