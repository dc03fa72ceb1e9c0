//! Development plans and "what changes at the next level".
//!
//! # Plan
//!
//! A plan works on the competences of one role the person has not met yet: partly met, gaps,
//! and unrated ones (an unrated competence may well be there, but the plan cannot assume so,
//! and listing it prompts the person to rate it). It follows the best path to the role, the
//! same path the path screen and the role page show.
//!
//! The learning offers are those that build any of those competences and that the person can
//! take at some *point* of the path: point 0 is now (outside for an applicant, in their role for
//! staff), point k is after step k, in the role that step leads to. An offer is takeable at a
//! point when
//! - its audience admits the person there: outside, it must be open to applicants and not
//!   provided by an employer to its own staff; in a role, it must be open to staff and, when it
//!   is only for operational (or only for non-operational) staff, the role must say it is one
//!   (a role that does not say is not assumed to be either: such schemes are the employer's own
//!   and offering one to the wrong staff is the mistake this rule exists to prevent);
//!   when it is only for staff in some roles, the role must be one of them; when it is for new
//!   starters (an induction), the person must have just joined the service along the path;
//! - the person does not already hold a qualification at or above its `level`, on what they
//!   hold at that point (see [`already_holds`]);
//! - its entry status, on what the person holds at that point, is met or unknown.
//!
//! Each offer is placed at the earliest point it is takeable; offers never takeable along the
//! path are dropped and counted (`dropped`), so the screen can say so. Offers are ordered by
//! point, then the most specific first (an offer for fewer roles before one for more, and one
//! open to every role last), then by
//! level (offers with no level first, then the lowest), then by how many unmet
//! competences each builds (most first), then by offer id, then by position in the file, so the
//! nearest, most accessible offer that does the most comes first and equal offers always come in
//! the same order. Unmet competences no kept offer builds are listed separately (`uncovered`) so
//! the UI can say so instead of silently dropping them.
//!
//! # Role difference
//!
//! [`role_diff`] compares two roles competence by competence, in framework order: a competence
//! required only by the second role is *added*, only by the first *removed*, and one required by
//! both at a different step is *raised* or *lowered*. If a role lists a competence twice, the
//! higher step counts.

use std::collections::{BTreeMap, HashSet};

use crate::explain::{Explanation, Part};
use crate::fit::{EntryStatus, Held, RequirementFit, RoleFit};
use crate::model::{Audience, CompetenceIx, Framework, LearningIx, Proficiency, RoleIx};
use crate::path::{Path, Position};
use crate::recommend::{changes_part, Prepared, View};

/// Why a plan is for the role it is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanBasis {
    /// The person chose this role as their target.
    Target,
    /// No target is set; this is the top-ranked recommendation.
    TopRecommendation,
}

/// A learning offer, the unmet competences it builds (in the role's order), and the point of
/// the path where the person can first take it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanOffer {
    pub offer: LearningIx,
    pub builds: Vec<CompetenceIx>,
    /// 0: now; k: after step k of the plan's path.
    pub point: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub role: RoleIx,
    pub basis: PlanBasis,
    /// The path the plan follows; `None` when the person holds the role or no path opens it (then
    /// only point 0, now, is considered).
    pub path: Option<Path>,
    /// The role's requirements not met yet, in the role's order.
    pub unmet: Vec<RequirementFit>,
    /// Learning offers that build an unmet competence and can be taken along the path, best first.
    pub offers: Vec<PlanOffer>,
    /// Offers that build an unmet competence but that the person can take at no point of the
    /// path (for other staff, for applicants only, or with entry requirements not met).
    pub dropped: u32,
    /// Unmet competences no kept offer builds, in the role's order.
    pub uncovered: Vec<CompetenceIx>,
    /// What changes compared with the current role, for staff moving to another role.
    pub changes: Option<RoleDiff>,
    pub explanation: Explanation,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChangeKind {
    Added,
    Removed,
    Raised,
    Lowered,
}

/// One competence whose requirement differs between two roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompetenceChange {
    pub competence: CompetenceIx,
    /// The step the first role requires, if any.
    pub from: Option<Proficiency>,
    /// The step the second role requires, if any.
    pub to: Option<Proficiency>,
    pub kind: ChangeKind,
}

/// The difference between two roles' requirements.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleDiff {
    pub from: RoleIx,
    pub to: RoleIx,
    /// Only the competences that differ, in framework order.
    pub changes: Vec<CompetenceChange>,
    /// How many competences both roles require at the same step.
    pub unchanged: u32,
}

impl RoleDiff {
    pub fn count(&self, kind: ChangeKind) -> u32 {
        self.changes.iter().filter(|c| c.kind == kind).count() as u32
    }
}

/// A role's requirements as (competence, highest required step), sorted by competence.
pub(crate) fn requirement_map(
    framework: &Framework,
    role: RoleIx,
) -> Vec<(CompetenceIx, Proficiency)> {
    let mut reqs: Vec<(CompetenceIx, Proficiency)> = framework
        .roles
        .get(role.get())
        .map(|r| r.requires.iter().map(|q| (q.competence, q.proficiency)).collect())
        .unwrap_or_default();
    // Highest step last within a competence, then keep that one.
    reqs.sort();
    let mut out: Vec<(CompetenceIx, Proficiency)> = Vec::with_capacity(reqs.len());
    for (c, p) in reqs {
        match out.last_mut() {
            Some(last) if last.0 == c => last.1 = p,
            _ => out.push((c, p)),
        }
    }
    out
}

/// What changes from one role to another, competence by competence (see the module docs).
pub fn role_diff(framework: &Framework, from: RoleIx, to: RoleIx) -> RoleDiff {
    let a = requirement_map(framework, from);
    let b = requirement_map(framework, to);
    let (mut i, mut j) = (0, 0);
    let mut changes = Vec::new();
    let mut unchanged = 0;
    while i < a.len() || j < b.len() {
        let left = a.get(i).copied();
        let right = b.get(j).copied();
        let (competence, f, t) = match (left, right) {
            (Some(l), Some(r)) if l.0 == r.0 => {
                i += 1;
                j += 1;
                (l.0, Some(l.1), Some(r.1))
            }
            (Some(l), Some(r)) if l.0 < r.0 => {
                i += 1;
                (l.0, Some(l.1), None)
            }
            (Some(l), None) => {
                i += 1;
                (l.0, Some(l.1), None)
            }
            (_, Some(r)) => {
                j += 1;
                (r.0, None, Some(r.1))
            }
            (None, None) => break,
        };
        let kind = match (f, t) {
            (None, Some(_)) => ChangeKind::Added,
            (Some(_), None) => ChangeKind::Removed,
            (Some(x), Some(y)) if y > x => ChangeKind::Raised,
            (Some(x), Some(y)) if y < x => ChangeKind::Lowered,
            _ => {
                unchanged += 1;
                continue;
            }
        };
        changes.push(CompetenceChange { competence, from: f, to: t, kind });
    }
    RoleDiff { from, to, changes, unchanged }
}

/// True when an offer's audience admits a person at a position (see the module documentation);
/// `joined` is true at a point where the person has just joined the service along a path.
pub fn admits(framework: &Framework, audience: &Audience, at: Position, joined: bool) -> bool {
    match at {
        Position::Outside => audience.applicants && !audience.employer_provided,
        Position::InRole(r) => {
            let operational = framework.roles.get(r.get()).and_then(|r| r.operational);
            audience.staff
                && match audience.operational {
                    Some(wanted) => operational == Some(wanted),
                    None => true,
                }
                && (audience.roles.is_empty() || audience.roles.contains(&r))
                && (!audience.new_starters || joined)
        }
    }
}

/// True when the person already holds a qualification at or above the level an offer leads to
/// (a registered nurse and the nursing degree apprenticeship, a care worker with a Level 3 and
/// the Level 3 support worker apprenticeship), so it adds no qualification. The subject can
/// differ (a history graduate and the nursing degree apprenticeship), which the tool cannot
/// know: the plan then leaves out an offer that might still help, never one that cannot.
pub fn already_holds(held: &Held, level: Option<u8>) -> bool {
    level.is_some_and(|l| held.qualification >= l)
}

/// One point of a path (or of standing still): where the person is, what they hold, and
/// whether they have just joined the service there (a step in from outside).
pub(crate) struct Point {
    at: Position,
    held: Held,
    joined: bool,
}

fn points(position: Position, held: &Held, path: Option<&Path>) -> Vec<Point> {
    match path {
        Some(p) => (0..=p.steps.len())
            .map(|k| Point {
                at: p.position_at(k),
                held: p.held_at(k),
                joined: k > 0 && p.steps[k - 1].step.from == Position::Outside,
            })
            .collect(),
        None => vec![Point { at: position, held: *held, joined: false }],
    }
}

/// The learning offers for a set of unmet competences (given in the order to report them,
/// without repeats), each at the first point it can be taken, ranked as the module
/// documentation says; the number of offers dropped; and the competences no kept offer builds.
pub(crate) fn learning_for(
    view: View<'_>,
    unmet: &[CompetenceIx],
    points: &[Point],
) -> (Vec<PlanOffer>, u32, Vec<CompetenceIx>) {
    let framework = view.framework;
    let mut by_offer: BTreeMap<LearningIx, Vec<CompetenceIx>> = BTreeMap::new();
    for &c in unmet {
        for &o in view.offers_building(c) {
            by_offer.entry(o).or_default().push(c);
        }
    }
    let mut dropped = 0;
    let mut offers: Vec<PlanOffer> = Vec::with_capacity(by_offer.len());
    for (offer, builds) in by_offer {
        let Some(l) = framework.learning.get(offer.get()) else { continue };
        let point = points.iter().position(|p| {
            admits(framework, &l.audience, p.at, p.joined)
                && !already_holds(&p.held, l.level)
                && p.held.entry_status(&l.entry) != EntryStatus::NotMet
        });
        match point {
            Some(point) => offers.push(PlanOffer { offer, builds, point: point as u32 }),
            None => dropped += 1,
        }
    }
    let learning = |o: LearningIx| framework.learning.get(o.get());
    let id = |o: LearningIx| learning(o).map_or("", |l| l.id.as_str());
    // No level first, then the lowest: `None < Some(_)`.
    let level = |o: LearningIx| learning(o).and_then(|l| l.level);
    // An offer meant for fewer roles is more specific to the person's: the scheme for their
    // role first, an offer open to every role last.
    let reach = |o: LearningIx| {
        learning(o).map_or(usize::MAX, |l| match l.audience.roles.len() {
            0 => usize::MAX,
            n => n,
        })
    };
    offers.sort_by(|a, b| {
        a.point
            .cmp(&b.point)
            .then_with(|| reach(a.offer).cmp(&reach(b.offer)))
            .then_with(|| level(a.offer).cmp(&level(b.offer)))
            .then_with(|| b.builds.len().cmp(&a.builds.len()))
            .then_with(|| id(a.offer).cmp(id(b.offer)))
            .then(a.offer.cmp(&b.offer))
    });
    let covered: HashSet<CompetenceIx> =
        offers.iter().flat_map(|o| o.builds.iter().copied()).collect();
    let uncovered = unmet.iter().copied().filter(|c| !covered.contains(c)).collect();
    (offers, dropped, uncovered)
}

/// The development plan towards `role` for a person at `position` holding `held`, along `path`
/// (the best path to the role, when there is one), from their role fits.
pub fn development_plan(
    prepared: &Prepared,
    fits: &[RoleFit],
    position: Position,
    held: &Held,
    role: RoleIx,
    path: Option<&Path>,
    basis: PlanBasis,
) -> Plan {
    plan_in(prepared.view(), fits, position, held, role, path, basis)
}

/// [`development_plan`] over a framework and its lookups however they are held.
pub(crate) fn plan_in(
    view: View<'_>,
    fits: &[RoleFit],
    position: Position,
    held: &Held,
    role: RoleIx,
    path: Option<&Path>,
    basis: PlanBasis,
) -> Plan {
    let framework = view.framework;
    let unmet: Vec<RequirementFit> =
        fits.get(role.get()).map(|f| f.unmet().copied().collect()).unwrap_or_default();
    let mut seen = HashSet::with_capacity(unmet.len());
    let competences: Vec<CompetenceIx> =
        unmet.iter().map(|r| r.competence).filter(|c| seen.insert(*c)).collect();
    let points = points(position, held, path);
    let (offers, dropped, uncovered) = learning_for(view, &competences, &points);
    let changes = match position {
        Position::InRole(cur) if cur != role => Some(role_diff(framework, cur, role)),
        _ => None,
    };
    let n = competences.len() as u32;
    let mut parts = vec![Part::PlanSummary { role, unmet: n, offers: offers.len() as u32 }];
    if let Some(first) = offers.first() {
        let at = match points.get(first.point as usize) {
            Some(Point { at: Position::InRole(r), .. }) if first.point > 0 => Some(*r),
            _ => None,
        };
        parts.push(Part::PlanFirstOffer {
            offer: first.offer,
            builds: first.builds.len() as u32,
            of: n,
            point: first.point,
            at,
        });
        if !uncovered.is_empty() {
            parts.push(Part::Uncovered { competences: uncovered.clone() });
        }
    }
    if dropped > 0 {
        parts.push(Part::PlanDropped { offers: dropped });
    }
    if let Some(d) = &changes {
        parts.push(changes_part(d));
    }
    Plan {
        role,
        basis,
        path: path.cloned(),
        unmet,
        offers,
        dropped,
        uncovered,
        changes,
        explanation: Explanation { parts },
    }
}
