//! Role fit: how a person's ratings and facts compare with what each role asks for.
//!
//! # Requirement status
//!
//! Each competence a role requires gets one status, from the person's rating of it:
//! - **met**: rated at or above the required step of the scale;
//! - **partly met**: rated exactly one step below the required step;
//! - **gap**: rated two or more steps below;
//! - **not rated**: no rating, or the person chose "not sure". We cannot tell whether it is
//!   met, so it earns nothing towards the score rather than being guessed.
//!
//! # Fit score
//!
//! `score = floor(100 × (2 × met + partly) / (2 × requirements))`, an integer from 0 to 100:
//! a met requirement counts 1, a partly met one ½, a gap or an unrated one 0, averaged over the
//! role's requirements. Rounding *down* keeps 100 for roles where every requirement is met, so
//! a role with any shortfall always scores below a role with none, however long its list is.
//! A role that lists no competences scores 100: nothing it asks for is missing.
//!
//! The score can only rise when a rating rises (a higher rating never moves a requirement to a
//! worse status), which the property tests check.
//!
//! # Entry requirements
//!
//! Structured entry requirements are checked against the person's facts: a qualification level
//! at or above the one asked for, or at least the years of experience asked for, is *met*; below
//! it is *not met*; a fact the person has not given is *unknown*. Free-text requirements
//! (`Other`) are always *unknown*: the person checks them for themselves. A role's overall entry
//! status is *not met* if any requirement is not met, else *unknown* if any is unknown, else *met*.
//!
//! # Ranking
//!
//! Roles are ranked by [`rank_order`]: fit score (highest first), then overall entry status
//! (met, unknown, not met), then career level rank (lowest first, so the nearer step comes
//! first), then typical months (fewest first), then role id (alphabetical), then position in the
//! framework file. The last key makes the order total, so the same input always gives the same
//! ranking.

use std::cmp::Ordering;

use crate::answers::{Facts, Rating, Resolved};
use crate::model::{
    CompetenceIx, Credential, EntryRequirement, Framework, Proficiency, Role, RoleIx,
};

/// How one requirement of a role compares with the person's rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RequirementStatus {
    /// Rated at or above the required step.
    Met,
    /// Rated exactly one step below the required step.
    PartlyMet,
    /// Rated two or more steps below the required step.
    Gap,
    /// Not rated, or rated "not sure".
    NotRated,
}

impl RequirementStatus {
    /// Compares a rating with a required step. Kept separate so every part of the engine
    /// (fit, paths, plans) classifies a rating the same way.
    pub fn of(rating: Option<Rating>, required: Proficiency) -> RequirementStatus {
        match rating {
            Some(Rating::Level(p)) if p >= required => RequirementStatus::Met,
            Some(Rating::Level(p)) if p.saturating_add(1) == required => {
                RequirementStatus::PartlyMet
            }
            Some(Rating::Level(_)) => RequirementStatus::Gap,
            Some(Rating::NotSure) | None => RequirementStatus::NotRated,
        }
    }

    /// True for everything short of met: these are what a development plan works on.
    pub fn is_unmet(self) -> bool {
        self != RequirementStatus::Met
    }
}

/// One requirement of a role, with the person's rating and the resulting status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RequirementFit {
    pub competence: CompetenceIx,
    pub required: Proficiency,
    /// The person's rating as resolved (clamped to the scale), kept so the UI can tell
    /// "not rated" from "not sure".
    pub rating: Option<Rating>,
    pub status: RequirementStatus,
}

/// Whether an entry requirement is satisfied by what the person has told us.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntryStatus {
    Met,
    /// The person has not given the fact needed, or the requirement is free text.
    Unknown,
    NotMet,
}

/// One entry requirement of a role, by its position in `Role::entry`, with its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryCheck {
    pub index: usize,
    pub status: EntryStatus,
}

/// Everything the results screen shows about one role for one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleFit {
    pub role: RoleIx,
    /// 0–100, see the module documentation for the formula.
    pub score: u8,
    pub met: u32,
    pub partly: u32,
    pub gaps: u32,
    pub not_rated: u32,
    /// One entry per `Role::requires`, in the role's order.
    pub requirements: Vec<RequirementFit>,
    /// One entry per `Role::entry`, in the role's order.
    pub entry: Vec<EntryCheck>,
    /// The overall entry status: not met if any is not met, else unknown if any is unknown.
    pub entry_status: EntryStatus,
}

impl RoleFit {
    /// The number of competences the role requires.
    pub fn total(&self) -> u32 {
        self.met + self.partly + self.gaps + self.not_rated
    }

    /// The requirements not yet met (partly met, gap, or not rated), in the role's order.
    pub fn unmet(&self) -> impl Iterator<Item = &RequirementFit> + '_ {
        self.requirements.iter().filter(|r| r.status.is_unmet())
    }

    /// Competences with the given status, in the role's order.
    pub fn with_status(
        &self,
        status: RequirementStatus,
    ) -> impl Iterator<Item = CompetenceIx> + '_ {
        self.requirements.iter().filter(move |r| r.status == status).map(|r| r.competence)
    }

    /// True when every requirement is met (vacuously true for a role that lists none).
    pub fn all_met(&self) -> bool {
        self.met == self.total()
    }
}

/// The fit score formula on its own, so the UI and tests can quote it:
/// `floor(100 × (2 × met + partly) / (2 × total))`, and 100 when `total` is 0.
pub fn fit_score(met: u32, partly: u32, total: u32) -> u8 {
    if total == 0 {
        return 100;
    }
    let points = 2 * u64::from(met) + u64::from(partly);
    let score = 100 * points / (2 * u64::from(total));
    score.min(100) as u8
}

/// Checks one way of meeting a requirement against the person's facts. Registrations are
/// never asked about, so they are unknown from facts alone.
pub fn credential_status(credential: Credential, facts: &Facts) -> EntryStatus {
    let compare = |have: Option<u8>, need: u8| match have {
        Some(have) if have >= need => EntryStatus::Met,
        Some(_) => EntryStatus::NotMet,
        None => EntryStatus::Unknown,
    };
    match credential {
        Credential::QualificationLevel(level) => compare(facts.qualification_level, level),
        Credential::ExperienceYears(years) => compare(facts.experience_years, years),
        Credential::Registration(_) | Credential::Other => EntryStatus::Unknown,
    }
}

/// Checks one entry requirement against the person's facts: met when any option is met, else
/// unknown when any option is unknown, else not met.
pub fn entry_status(requirement: &EntryRequirement, facts: &Facts) -> EntryStatus {
    requirement
        .any_of
        .iter()
        .map(|o| credential_status(o.credential, facts))
        .min()
        .unwrap_or(EntryStatus::Met)
}

/// Checks every entry requirement of a role, returning the checks and the overall status.
pub fn entry_checks(role: &Role, facts: &Facts) -> (Vec<EntryCheck>, EntryStatus) {
    let checks: Vec<EntryCheck> = role
        .entry
        .iter()
        .enumerate()
        .map(|(index, e)| EntryCheck { index, status: entry_status(e, facts) })
        .collect();
    let overall = checks.iter().map(|c| c.status).max().unwrap_or(EntryStatus::Met);
    (checks, overall)
}

/// The fit of one role. Out-of-range indices (only possible in an unvalidated framework) are
/// treated as "not rated" rather than panicking, because the engine must survive any input.
pub fn role_fit(
    framework: &Framework,
    resolved: &Resolved,
    facts: &Facts,
    role: RoleIx,
) -> RoleFit {
    let Some(r) = framework.roles.get(role.get()) else {
        return RoleFit {
            role,
            score: 100,
            met: 0,
            partly: 0,
            gaps: 0,
            not_rated: 0,
            requirements: Vec::new(),
            entry: Vec::new(),
            entry_status: EntryStatus::Met,
        };
    };
    let (mut met, mut partly, mut gaps, mut not_rated) = (0u32, 0u32, 0u32, 0u32);
    let requirements: Vec<RequirementFit> = r
        .requires
        .iter()
        .map(|req| {
            let rating = resolved.ratings.get(req.competence.get()).copied().flatten();
            let status = RequirementStatus::of(rating, req.proficiency);
            match status {
                RequirementStatus::Met => met += 1,
                RequirementStatus::PartlyMet => partly += 1,
                RequirementStatus::Gap => gaps += 1,
                RequirementStatus::NotRated => not_rated += 1,
            }
            RequirementFit { competence: req.competence, required: req.proficiency, rating, status }
        })
        .collect();
    let (entry, entry_status) = entry_checks(r, facts);
    RoleFit {
        role,
        score: fit_score(met, partly, met + partly + gaps + not_rated),
        met,
        partly,
        gaps,
        not_rated,
        requirements,
        entry,
        entry_status,
    }
}

/// The fit of every role, indexed by `RoleIx` (framework order).
pub fn all_fits(framework: &Framework, resolved: &Resolved, facts: &Facts) -> Vec<RoleFit> {
    (0..framework.roles.len())
        .map(|i| role_fit(framework, resolved, facts, RoleIx(i as u32)))
        .collect()
}

/// The career level rank of a role, or 0 if the role or its level is missing, so ranking
/// never panics on an unvalidated framework.
pub fn level_rank(framework: &Framework, role: RoleIx) -> u16 {
    framework
        .roles
        .get(role.get())
        .and_then(|r| framework.levels.get(r.level.get()))
        .map_or(0, |l| l.rank)
}

/// The keys roles are ranked by, gathered once so sorting does no lookups.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RankKey<'a> {
    pub score: u8,
    pub entry: EntryStatus,
    pub level_rank: u16,
    pub months: u32,
    pub role_id: &'a str,
    pub role: RoleIx,
}

impl<'a> RankKey<'a> {
    /// The rank key of a role with the given fit and typical months to get there.
    pub fn new(framework: &'a Framework, fit: &RoleFit, months: u32) -> RankKey<'a> {
        RankKey {
            score: fit.score,
            entry: fit.entry_status,
            level_rank: level_rank(framework, fit.role),
            months,
            role_id: framework.roles.get(fit.role.get()).map_or("", |r| r.id.as_str()),
            role: fit.role,
        }
    }
}

/// The documented ranking: fit desc, entry status (met, unknown, not met), level rank asc,
/// months asc, role id asc, framework position asc.
pub fn rank_order(a: &RankKey<'_>, b: &RankKey<'_>) -> Ordering {
    b.score
        .cmp(&a.score)
        .then(a.entry.cmp(&b.entry))
        .then(a.level_rank.cmp(&b.level_rank))
        .then(a.months.cmp(&b.months))
        .then(a.role_id.cmp(b.role_id))
        .then(a.role.cmp(&b.role))
}

/// Every role, best fit first, by [`rank_order`] with months taken as 0.
pub fn rank_roles(framework: &Framework, fits: &[RoleFit]) -> Vec<RoleIx> {
    let mut keys: Vec<RankKey<'_>> = fits.iter().map(|f| RankKey::new(framework, f, 0)).collect();
    keys.sort_by(rank_order);
    keys.into_iter().map(|k| k.role).collect()
}
