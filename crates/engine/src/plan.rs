//! Development plans and "what changes at the next level".
//!
//! # Plan
//!
//! A plan works on the competences of one role the person has not met yet: partly met, gaps,
//! and unrated ones (an unrated competence may well be there, but the plan cannot assume so,
//! and listing it prompts the person to rate it). The learning offers that build any of those
//! competences are listed, ordered by how many of them each builds (most first), then by offer
//! id, then by position in the file, so the offer that does the most comes first and equal
//! offers always come in the same order. Competences no offer builds are listed separately so
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
use crate::fit::{RequirementFit, RoleFit};
use crate::model::{CompetenceIx, Framework, LearningIx, Proficiency, RoleIx};
use crate::path::Position;
use crate::recommend::{changes_part, Prepared};

/// Why a plan is for the role it is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanBasis {
    /// The person chose this role as their target.
    Target,
    /// No target is set; this is the top-ranked recommendation.
    TopRecommendation,
}

/// A learning offer and the unmet competences it builds, in the role's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanOffer {
    pub offer: LearningIx,
    pub builds: Vec<CompetenceIx>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub role: RoleIx,
    pub basis: PlanBasis,
    /// The role's requirements not met yet, in the role's order.
    pub unmet: Vec<RequirementFit>,
    /// Learning offers that build any unmet competence, best first.
    pub offers: Vec<PlanOffer>,
    /// Unmet competences no learning offer builds, in the role's order.
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

/// The learning offers for a set of unmet competences (given in the order to report them,
/// without repeats), ranked as the module documentation says, and the competences none covers.
pub fn learning_for(
    prepared: &Prepared<'_>,
    unmet: &[CompetenceIx],
) -> (Vec<PlanOffer>, Vec<CompetenceIx>) {
    let framework = prepared.framework();
    let mut by_offer: BTreeMap<LearningIx, Vec<CompetenceIx>> = BTreeMap::new();
    let mut uncovered = Vec::new();
    for &c in unmet {
        let offers = prepared.offers_building(c);
        if offers.is_empty() {
            uncovered.push(c);
        }
        for &o in offers {
            by_offer.entry(o).or_default().push(c);
        }
    }
    let mut offers: Vec<PlanOffer> =
        by_offer.into_iter().map(|(offer, builds)| PlanOffer { offer, builds }).collect();
    let id = |o: LearningIx| framework.learning.get(o.get()).map_or("", |l| l.id.as_str());
    offers.sort_by(|a, b| {
        b.builds
            .len()
            .cmp(&a.builds.len())
            .then_with(|| id(a.offer).cmp(id(b.offer)))
            .then(a.offer.cmp(&b.offer))
    });
    (offers, uncovered)
}

/// The development plan towards `role` for a person at `position`, from their role fits.
pub fn development_plan(
    prepared: &Prepared<'_>,
    fits: &[RoleFit],
    position: Position,
    role: RoleIx,
    basis: PlanBasis,
) -> Plan {
    let framework = prepared.framework();
    let unmet: Vec<RequirementFit> =
        fits.get(role.get()).map(|f| f.unmet().copied().collect()).unwrap_or_default();
    let mut seen = HashSet::with_capacity(unmet.len());
    let competences: Vec<CompetenceIx> =
        unmet.iter().map(|r| r.competence).filter(|c| seen.insert(*c)).collect();
    let (offers, uncovered) = learning_for(prepared, &competences);
    let changes = match position {
        Position::InRole(cur) if cur != role => Some(role_diff(framework, cur, role)),
        _ => None,
    };
    let n = competences.len() as u32;
    let mut parts = vec![Part::PlanSummary { role, unmet: n, offers: offers.len() as u32 }];
    if let Some(first) = offers.first() {
        parts.push(Part::PlanFirstOffer {
            offer: first.offer,
            builds: first.builds.len() as u32,
            of: n,
        });
        if !uncovered.is_empty() {
            parts.push(Part::Uncovered { competences: uncovered.clone() });
        }
    }
    if let Some(d) = &changes {
        parts.push(changes_part(d));
    }
    Plan { role, basis, unmet, offers, uncovered, changes, explanation: Explanation { parts } }
}
