//! Plain-language explanations, as structured parts.
//!
//! The engine never stores finished sentences: an [`Explanation`] is a list of [`Part`]s that
//! carry indices (roles, competences, learning offers, routes, entry requirements), credentials
//! and numbers, never words. Every sentence is worded once, in English and Welsh, by the
//! `hjcp-words` crate from `locales/*/advice.toml`; the engine cannot depend on it (it depends
//! on the engine), and needs no words of its own. Which parts an explanation holds is decided where it is
//! built: a move says how the person fits (and, when some competences are rated and not all met,
//! the fit percentage with the counts it is made of), how to get there, the other ways, what
//! changes, the entry requirements on arrival (met, given by the way there, to check) and, for a
//! peer role, that lived experience is its main requirement; a target says its best path step by
//! step and the other paths in one sentence each, or why there is none; a plan says what to build,
//! where to start, what is not covered and how many offers are not open to the person.

use crate::fit::{EntryStatus, Held, RoleFit};
use crate::model::{CompetenceIx, Credential, EntryRequirement, LearningIx, RoleIx, RouteKind};
use crate::path::{Position, RouteIx};
use crate::recommend::MoveKind;

/// One statement of an explanation. Each variant renders to whole sentences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// How the person's ratings compare with what a role needs.
    Fit {
        role: RoleIx,
        total: u32,
        met: u32,
        partly: Vec<CompetenceIx>,
        gaps: Vec<CompetenceIx>,
        not_rated: Vec<CompetenceIx>,
    },
    /// The fit percentage and the counts it is made of:
    /// `score = floor(100 × (2 × met + partly) / (2 × total))`.
    FitScore { role: RoleIx, score: u8, met: u32, partly: u32, total: u32 },
    /// The route for a one-step move and how long it typically takes (a range when a shorter
    /// length may apply). `quickest` is set when other routes lead to the same role, so the
    /// sentence says "quickest" rather than "usual".
    Route { purpose: MoveKind, kind: RouteKind, months_min: u16, months_max: u16, quickest: bool },
    /// A role reached through a path of several steps: the roles on the way, in order.
    ThroughPath { to: RoleIx, via: Vec<RoleIx>, steps: u32, months_min: u32, months_max: u32 },
    /// The role can be applied for from outside without any listed route.
    OpenToApplicants { role: RoleIx },
    /// Other ways to the same role from the same place, best first: (kind, typical months).
    OtherRoutes { routes: Vec<(RouteKind, u16)> },
    /// A role's entry requirements, by index into `Role::entry`, grouped by their status on
    /// arrival: met from the person's facts, `given` by the routes on the way (not met from
    /// facts alone), not met, unknown.
    Entry {
        role: RoleIx,
        met: Vec<usize>,
        given: Vec<usize>,
        not_met: Vec<usize>,
        unknown: Vec<usize>,
    },
    /// What is different about a role compared with the person's current role.
    Changes { from: RoleIx, to: RoleIx, added: u32, raised: u32, lowered: u32, removed: u32 },
    /// The shape of the best path: how many steps and how many months in all.
    PathSummary { from: Position, to: RoleIx, steps: u32, months_min: u32, months_max: u32 },
    /// One step of a path: the route (and its index, for its shorter length's wording), how long
    /// it takes, what it gives, the entry requirements of the role reached the person should
    /// check (`check`, indices into `Role::entry`), and what that role would ask of them.
    PathStep {
        number: u32,
        kind: RouteKind,
        to: RoleIx,
        route: Option<RouteIx>,
        months_min: u16,
        months_max: u16,
        gives: Vec<Credential>,
        check: Vec<usize>,
        total: u32,
        unmet: Vec<CompetenceIx>,
    },
    /// Another path to the same role (`number` 2 or 3), through other roles (`via`, in order).
    PathAlternative {
        number: u32,
        to: RoleIx,
        via: Vec<RoleIx>,
        steps: u32,
        months_min: u32,
        months_max: u32,
    },
    /// The routes do not connect the person's position to the role.
    NoRoute { from: Position, to: RoleIx },
    /// The routes connect, but the entry requirements of role `at` (the target, or a role on the
    /// way) close every way: `missing` are those not met (indices into its `Role::entry`).
    Blocked { from: Position, to: RoleIx, at: RoleIx, missing: Vec<usize> },
    /// A role a route from here leads to, closed by its entry requirements (`missing`).
    Closed { from: Position, role: RoleIx, missing: Vec<usize> },
    /// The role's main requirement is lived experience, which the tool does not ask about.
    LivedExperience { role: RoleIx },
    /// How sure the results are: competences rated overall and among those the results need.
    Confidence {
        rated: u32,
        estimated: u32,
        total: u32,
        needed_rated: u32,
        needed_estimated: u32,
        needed_total: u32,
        rough: bool,
    },
    /// The person already holds the role they chose as a target.
    AlreadyInRole { role: RoleIx },
    /// How many competences a plan has to build and how many learning offers help.
    PlanSummary { role: RoleIx, unmet: u32, offers: u32 },
    /// The learning offer to start with, how many of the unmet competences it builds, and the
    /// point of the path it can first be taken at (`at`: the role the person is in then, for a
    /// point after a step).
    PlanFirstOffer { offer: LearningIx, builds: u32, of: u32, point: u32, at: Option<RoleIx> },
    /// Unmet competences no learning offer the person can take builds.
    Uncovered { competences: Vec<CompetenceIx> },
    /// Learning offers that build an unmet competence but that the person cannot take anywhere
    /// along the path.
    PlanDropped { offers: u32 },
}

/// A whole explanation: parts in reading order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Explanation {
    pub parts: Vec<Part>,
}

/// The fit part of a role, listing the competences behind each number.
pub fn fit_part(fit: &RoleFit) -> Part {
    use crate::fit::RequirementStatus as S;
    Part::Fit {
        role: fit.role,
        total: fit.total(),
        met: fit.met,
        partly: fit.with_status(S::PartlyMet).collect(),
        gaps: fit.with_status(S::Gap).collect(),
        not_rated: fit.with_status(S::NotRated).collect(),
    }
}

/// The fit score part of a role, or `None` when it says nothing the fit part does not (a role
/// that lists no competences, none of whose competences are rated yet, or all met: 100%).
pub fn fit_score_part(fit: &RoleFit) -> Option<Part> {
    let total = fit.total();
    if total == 0 || fit.not_rated == total || fit.met == total {
        return None;
    }
    Some(Part::FitScore {
        role: fit.role,
        score: fit.score,
        met: fit.met,
        partly: fit.partly,
        total,
    })
}

/// The entry part of a role from the person's facts alone, or `None` when the role lists no
/// entry requirements (so nothing is said rather than an empty sentence).
pub fn entry_part(fit: &RoleFit) -> Option<Part> {
    if fit.entry.is_empty() {
        return None;
    }
    let of = |s: EntryStatus| fit.entry.iter().filter(|c| c.status == s).map(|c| c.index).collect();
    Some(Part::Entry {
        role: fit.role,
        met: of(EntryStatus::Met),
        given: Vec::new(),
        not_met: of(EntryStatus::NotMet),
        unknown: of(EntryStatus::Unknown),
    })
}

/// The entry part of a role on arrival, after a path from `start` that leaves the person
/// holding `arrival`: requirements met only thanks to the routes are `given`. `None` when the
/// role lists no entry requirements.
pub fn entry_part_on_arrival(
    role: RoleIx,
    entry: &[EntryRequirement],
    start: &Held,
    arrival: &Held,
) -> Option<Part> {
    if entry.is_empty() {
        return None;
    }
    let (mut met, mut given, mut not_met, mut unknown) = (vec![], vec![], vec![], vec![]);
    for (i, e) in entry.iter().enumerate() {
        match arrival.requirement_status(e) {
            EntryStatus::Met if start.requirement_status(e) == EntryStatus::Met => met.push(i),
            EntryStatus::Met => given.push(i),
            EntryStatus::NotMet => not_met.push(i),
            EntryStatus::Unknown => unknown.push(i),
        }
    }
    Some(Part::Entry { role, met, given, not_met, unknown })
}
