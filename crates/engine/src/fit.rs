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
//! A competence without a rating of its own takes the person's estimate for its area, if they
//! gave one (see [`crate::answers`]): it counts exactly as a rating at that step would, and
//! [`RequirementFit::estimated`] says it was estimated.
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
//! # What a person holds
//!
//! Entry requirements are checked against a [`Held`]: what the person holds at one point of a
//! path. At the start it is their facts ([`Held::from_facts`]); each route taken adds what the
//! route gives ([`Held::after`]): a qualification raises the level held to at least the one given,
//! experience adds its years, and a registration is added to the registrations held.
//!
//! Each way of meeting a requirement (an option, a [`Credential`]) gets one status:
//! - qualification level or years of experience: *met* when what is held reaches it; otherwise
//!   *not met* when the person told us that fact (so we know they hold no more than that, plus
//!   what routes gave), and *unknown* when they did not;
//! - registration: *met* when a route on the path gave it, otherwise *unknown* (the tool never
//!   asks about registrations);
//! - anything else (`Other`): *unknown*, the person checks it for themselves.
//!
//! An entry requirement is *met* when any of its options is met, else *unknown* when any is
//! unknown, else *not met*. A role's overall entry status is *not met* if any requirement is not
//! met, else *unknown* if any is unknown, else *met*. [`EntryCheck`] keeps every option's status
//! as well, so a screen can say which option the person meets.
//!
//! More held never makes a status worse, which the path search relies on to prune.
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
    CompetenceIx, Credential, EntryRequirement, Framework, Proficiency, RegistrationIx, Role,
    RoleIx,
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
    /// True when `rating` is the person's estimate for the competence's area, not a rating of
    /// their own (it counts the same in the fit; the UI can say it is estimated).
    pub estimated: bool,
    pub status: RequirementStatus,
}

/// Whether an entry requirement is satisfied by what the person holds. Ordered from best to
/// worst, so the status of "any of" is the minimum and the status of "all of" the maximum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntryStatus {
    Met,
    /// The person has not given the fact needed, or the requirement is one they check themselves.
    Unknown,
    NotMet,
}

/// One entry requirement of a role (or learning offer), by its position in the `entry` list,
/// with its status and the status of each of its options (in `any_of` order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryCheck {
    pub index: usize,
    pub status: EntryStatus,
    pub options: Vec<EntryStatus>,
}

/// What a person holds at one point of a path: their facts plus what the routes taken so far
/// gave (see the module documentation).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Held {
    /// The qualification level held at least (0: none known).
    pub qualification: u8,
    /// True when the person told us their qualification level, so a level above `qualification`
    /// is known not to be held.
    pub qualification_known: bool,
    /// Years of relevant experience held at least.
    pub experience: u8,
    /// True when the person told us their years of experience.
    pub experience_known: bool,
    /// Registrations gained from routes, one bit per `RegistrationIx` (0 to 63).
    pub registrations: u64,
}

impl Held {
    /// What the person holds now, from the facts they gave.
    pub fn from_facts(facts: &Facts) -> Held {
        Held {
            qualification: facts.qualification_level.unwrap_or(0),
            qualification_known: facts.qualification_level.is_some(),
            experience: facts.experience_years.unwrap_or(0),
            experience_known: facts.experience_years.is_some(),
            registrations: 0,
        }
    }

    /// What the person holds after a route that gives `gives`: the higher qualification level,
    /// the years of experience added, the registrations added. `Other` gives nothing checkable.
    pub fn after(&self, gives: &[Credential]) -> Held {
        let mut held = *self;
        for &c in gives {
            match c {
                Credential::QualificationLevel(l) => held.qualification = held.qualification.max(l),
                Credential::ExperienceYears(y) => {
                    held.experience = held.experience.saturating_add(y)
                }
                Credential::Registration(r) => {
                    if r.get() < 64 {
                        held.registrations |= 1 << r.0;
                    }
                }
                Credential::Other => {}
            }
        }
        held
    }

    /// The same holding with experience counted up to `years` at most. Statuses are unchanged
    /// as long as no requirement asks for more than `years`; the path search uses this so that a
    /// cycle of routes that each give experience cannot grow what is held forever.
    pub fn capped(self, years: u8) -> Held {
        Held { experience: self.experience.min(years), ..self }
    }

    /// True when a route gave this registration.
    pub fn has_registration(&self, r: RegistrationIx) -> bool {
        r.get() < 64 && self.registrations & (1 << r.0) != 0
    }

    /// True when this holding is at least `other` in every respect (same facts known), so any
    /// requirement `other` meets, this meets too.
    pub fn covers(&self, other: &Held) -> bool {
        self.qualification >= other.qualification
            && self.experience >= other.experience
            && self.registrations & other.registrations == other.registrations
            && self.qualification_known == other.qualification_known
            && self.experience_known == other.experience_known
    }

    /// The status of one way of meeting a requirement (see the module documentation).
    pub fn status(&self, credential: Credential) -> EntryStatus {
        let compare = |have: u8, known: bool, need: u8| {
            if have >= need {
                EntryStatus::Met
            } else if known {
                EntryStatus::NotMet
            } else {
                EntryStatus::Unknown
            }
        };
        match credential {
            Credential::QualificationLevel(l) => {
                compare(self.qualification, self.qualification_known, l)
            }
            Credential::ExperienceYears(y) => compare(self.experience, self.experience_known, y),
            Credential::Registration(r) if self.has_registration(r) => EntryStatus::Met,
            Credential::Registration(_) | Credential::Other => EntryStatus::Unknown,
        }
    }

    /// The status of one requirement: met when any option is met, else unknown when any is
    /// unknown, else not met. A requirement with no options (never valid) counts as met.
    pub fn requirement_status(&self, requirement: &EntryRequirement) -> EntryStatus {
        requirement
            .any_of
            .iter()
            .map(|o| self.status(o.credential))
            .min()
            .unwrap_or(EntryStatus::Met)
    }

    /// The overall status of a list of requirements, without building the checks.
    pub fn entry_status(&self, entry: &[EntryRequirement]) -> EntryStatus {
        entry.iter().map(|e| self.requirement_status(e)).max().unwrap_or(EntryStatus::Met)
    }

    /// Every requirement of a list with its options' statuses, and the overall status.
    pub fn check(&self, entry: &[EntryRequirement]) -> (Vec<EntryCheck>, EntryStatus) {
        let checks: Vec<EntryCheck> = entry
            .iter()
            .enumerate()
            .map(|(index, e)| {
                let options: Vec<EntryStatus> =
                    e.any_of.iter().map(|o| self.status(o.credential)).collect();
                let status = options.iter().copied().min().unwrap_or(EntryStatus::Met);
                EntryCheck { index, status, options }
            })
            .collect();
        let overall = checks.iter().map(|c| c.status).max().unwrap_or(EntryStatus::Met);
        (checks, overall)
    }
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
    /// One entry per `Role::entry`, in the role's order, checked against the person's facts.
    pub entry: Vec<EntryCheck>,
    /// The overall entry status from facts: not met if any is not met, else unknown if any is
    /// unknown, else met. Moves and paths judge entry on what the person holds on arrival.
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

/// Checks one way of meeting a requirement against the person's facts alone
/// ([`Held::status`] on [`Held::from_facts`]).
pub fn credential_status(credential: Credential, facts: &Facts) -> EntryStatus {
    Held::from_facts(facts).status(credential)
}

/// Checks one entry requirement against the person's facts alone.
pub fn entry_status(requirement: &EntryRequirement, facts: &Facts) -> EntryStatus {
    Held::from_facts(facts).requirement_status(requirement)
}

/// Checks every entry requirement of a role against the person's facts alone, returning the
/// checks and the overall status.
pub fn entry_checks(role: &Role, facts: &Facts) -> (Vec<EntryCheck>, EntryStatus) {
    Held::from_facts(facts).check(&role.entry)
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
            RequirementFit {
                competence: req.competence,
                required: req.proficiency,
                rating,
                estimated: resolved.is_estimated(req.competence),
                status,
            }
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
