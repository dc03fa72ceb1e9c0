//! Plain-language explanations, as structured parts plus a draft English rendering.
//!
//! The engine never stores finished sentences: an [`Explanation`] is a list of [`Part`]s that
//! carry indices (roles, competences, learning offers, routes, entry requirements), credentials
//! and numbers, never English. [`Explanation::render_en`] is the draft English wording the UI
//! shows today; the wording is to move to one set of templates in both languages (design note
//! `docs/design/advice.md`, section 3), which walks the same parts without the engine changing.
//!
//! Each part renders as one or two short sentences in plain English for a reader who does not
//! know the framework's jargon. Names come from the framework at render time; an index that
//! does not resolve renders as a neutral phrase ("this role") instead of panicking. Long lists
//! of competences are cut to three names and "N more", because the full list is on screen
//! next to the explanation anyway. Which parts an explanation holds is decided where it is
//! built: a move says how the person fits (and, when some competences are rated and not all met,
//! the fit percentage with the counts it is made of), how to get there, the other ways, what
//! changes, the entry requirements on arrival (met, given by the way there, to check) and, for a
//! peer role, that lived experience is its main requirement; a target says its best path step by
//! step and the other paths in one sentence each, or why there is none; a plan says what to build,
//! where to start, what is not covered and how many offers are not open to the person.

use crate::fit::{EntryStatus, Held, RoleFit};
use crate::model::{
    CompetenceIx, Credential, EntryRequirement, Framework, LearningIx, RoleIx, RouteKind,
};
use crate::path::{Position, RouteIx};
use crate::recommend::MoveKind;

/// At most this many names are listed in a sentence before "and N more".
pub const MAX_NAMES: usize = 3;

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

impl Explanation {
    /// The explanation in English, as the UI shows it: the parts' sentences joined by spaces.
    pub fn render_en(&self, framework: &Framework) -> String {
        let sentences: Vec<String> = self
            .parts
            .iter()
            .map(|p| render_part_en(framework, p))
            .filter(|s| !s.is_empty())
            .collect();
        sentences.join(" ")
    }
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

fn role_title(fw: &Framework, role: RoleIx) -> String {
    fw.roles.get(role.get()).map_or_else(|| "this role".to_string(), |r| r.title.en.clone())
}

fn competence_name(fw: &Framework, c: CompetenceIx) -> String {
    match fw.competences.get(c.get()) {
        Some(c) => format!("“{}”", c.title.en),
        None => "a competence no longer in this framework".to_string(),
    }
}

fn offer_name(fw: &Framework, o: LearningIx) -> String {
    match fw.learning.get(o.get()) {
        Some(o) => format!("“{}”", o.title.en),
        None => "a learning offer".to_string(),
    }
}

/// "A", "A and B", "A, B and C", "A, B, C and 2 more".
fn list(items: Vec<String>) -> String {
    let n = items.len();
    if n > MAX_NAMES {
        let shown = items[..MAX_NAMES].join(", ");
        return format!("{shown} and {} more", n - MAX_NAMES);
    }
    match n {
        0 => String::new(),
        1 => items.into_iter().next().unwrap_or_default(),
        _ => format!("{} and {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

fn competences(fw: &Framework, cs: &[CompetenceIx]) -> String {
    list(cs.iter().map(|c| competence_name(fw, *c)).collect())
}

fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn months(n: u16) -> String {
    plural(u32::from(n), "month", "months")
}

/// "15 months", or "15 to 21 months" when the length depends on something we do not know.
fn months_range(min: u32, max: u32) -> String {
    if min < max {
        format!("{min} to {max} months")
    } else {
        plural(max, "month", "months")
    }
}

/// ", typically 15 to 21 months", or nothing for a step that takes no time.
fn typically(min: u32, max: u32) -> String {
    if max == 0 {
        String::new()
    } else {
        format!(", typically {}", months_range(min, max))
    }
}

/// What a route gives, as a noun phrase ("a Level 6 qualification"), or `None` for `Other`.
fn credential_phrase(fw: &Framework, c: Credential) -> Option<String> {
    match c {
        Credential::QualificationLevel(l) => Some(format!("a Level {l} qualification")),
        Credential::ExperienceYears(y) => {
            Some(format!("{} of relevant experience", plural(u32::from(y), "year", "years")))
        }
        Credential::Registration(r) => Some(match fw.registrations.get(r.get()) {
            Some(reg) => format!("registration with the {}", reg.title.en),
            None => "a professional registration".to_string(),
        }),
        Credential::Other => None,
    }
}

/// "Prison Officer", "Prison Officer and Supervising Officer": the roles on a way, in order.
fn roles_in_order(fw: &Framework, roles: &[RoleIx]) -> String {
    let names: Vec<String> = roles.iter().map(|r| role_title(fw, *r)).collect();
    let n = names.len();
    match n {
        0 => String::new(),
        1 => names[0].clone(),
        _ => format!("{} and then {}", names[..n - 1].join(", then "), names[n - 1]),
    }
}

/// The sentence for a route's shorter length, from its condition's words.
fn shorter_sentence(fw: &Framework, route: Option<RouteIx>, min: u16) -> Option<String> {
    let shorter = route.and_then(|r| fw.routes.get(r.get())).and_then(|r| r.shorter.as_ref())?;
    let text = shorter.when.text.en.trim().trim_end_matches('.');
    if text.is_empty() {
        return Some(format!("It can take {} for some people.", months(min)));
    }
    let mut chars = text.chars();
    if text.len() > 3 && text[..3].eq_ignore_ascii_case("if ") {
        let first = chars.next().map(|c| c.to_lowercase().to_string()).unwrap_or_default();
        return Some(format!("It takes {} {}{}.", months(min), first, chars.as_str()));
    }
    Some(format!("It takes {} for people who already have this: {text}.", months(min)))
}

/// The route kind as a noun phrase that fits "the usual route is …" and "through …".
fn route_phrase(kind: RouteKind) -> &'static str {
    match kind {
        RouteKind::Promotion => "a promotion",
        RouteKind::FastTrack => "a fast-track scheme",
        RouteKind::Apprenticeship => "an apprenticeship",
        RouteKind::Qualification => "a qualification programme",
        RouteKind::Lateral => "a move at the same level",
        RouteKind::DirectEntry => "applying directly",
    }
}

/// The requirement as the person should read it; generated from its numbers when the
/// framework gives no wording, so a sentence never ends in an empty quote.
fn entry_text(fw: &Framework, role: RoleIx, index: usize) -> String {
    let Some(req) = fw.roles.get(role.get()).and_then(|r| r.entry.get(index)) else {
        return "a requirement no longer listed".to_string();
    };
    let text = req.text().en.trim().trim_end_matches('.').trim();
    if !text.is_empty() {
        return text.to_string();
    }
    match req.any_of.first().map(|o| o.credential) {
        Some(Credential::QualificationLevel(level)) => {
            format!("a qualification at level {level} or above")
        }
        Some(Credential::ExperienceYears(years)) => {
            format!("at least {} of relevant experience", plural(u32::from(years), "year", "years"))
        }
        _ => "a requirement set by the employer".to_string(),
    }
}

/// Entry requirements are often whole phrases with their own capitals and commas ("A level 5
/// qualification, such as a foundation degree"), so they are separated by semicolons rather
/// than joined with "and", which would read as one run-on requirement.
fn entries(fw: &Framework, role: RoleIx, ixs: &[usize]) -> String {
    ixs.iter().map(|i| entry_text(fw, role, *i)).collect::<Vec<_>>().join("; ")
}

fn render_part_en(fw: &Framework, part: &Part) -> String {
    match part {
        Part::Fit { total, met, partly, gaps, not_rated, .. } => {
            render_fit_en(fw, *total, *met, partly, gaps, not_rated)
        }
        Part::FitScore { score, met, partly, total, .. } => {
            let short = match partly {
                0 => String::new(),
                p => format!(
                    " and {p} one step short (which count{} as half)",
                    if *p == 1 { "s" } else { "" }
                ),
            };
            format!("That makes a fit of {score}%: {met} met{short}, out of {total}.")
        }
        Part::Route { purpose, kind, months_min, months_max, quickest } => {
            let how = route_phrase(*kind);
            let (min, max) = (u32::from(*months_min), u32::from(*months_max));
            let typically = typically(min, max);
            let which = if *quickest { "quickest" } else { "usual" };
            match purpose {
                MoveKind::Up => format!("To move up, the {which} route is {how}{typically}."),
                MoveKind::Across => format!("To move across, the {which} route is {how}{typically}."),
                MoveKind::ThroughRoute => format!("You can get there through {how}{typically}."),
                MoveKind::ApplyNow if max == 0 => {
                    "You can apply directly from outside the service.".to_string()
                }
                MoveKind::ApplyNow => format!(
                    "You can apply directly from outside the service; this route typically takes {}.",
                    months_range(min, max)
                ),
            }
        }
        Part::ThroughPath { via, steps, months_min, months_max, .. } => format!(
            "You can get there in {}, through {}{}.",
            plural(*steps, "step", "steps"),
            roles_in_order(fw, via),
            typically(*months_min, *months_max)
        ),
        Part::OpenToApplicants { .. } => {
            "This role is open to applicants, so you can apply now.".to_string()
        }
        Part::OtherRoutes { routes } => {
            if routes.is_empty() {
                return String::new();
            }
            let ways: Vec<String> = routes
                .iter()
                .map(|(kind, m)| match (kind, m) {
                    (RouteKind::DirectEntry, 0) => "by applying directly".to_string(),
                    (RouteKind::DirectEntry, m) => {
                        format!("by applying directly (typically {})", months(*m))
                    }
                    (kind, 0) => format!("through {}", route_phrase(*kind)),
                    (kind, m) => {
                        format!("through {} (typically {})", route_phrase(*kind), months(*m))
                    }
                })
                .collect();
            let ways = if ways.len() == 2 { ways.join(" or ") } else { list_or(ways) };
            format!("You could also get there {ways}.")
        }
        Part::Entry { role, met, given, not_met, unknown } => {
            let mut out = Vec::new();
            if !not_met.is_empty() {
                out.push(if not_met.len() == 1 {
                    format!(
                        "You do not yet meet its entry requirement: {}.",
                        entries(fw, *role, not_met)
                    )
                } else {
                    format!(
                        "You do not yet meet {} of its entry requirements: {}.",
                        not_met.len(),
                        entries(fw, *role, not_met)
                    )
                });
            }
            if !given.is_empty() {
                out.push(if given.len() == 1 {
                    format!(
                        "The way there gives you what its entry requirement asks for: {}.",
                        entries(fw, *role, given)
                    )
                } else {
                    format!(
                        "The way there gives you what {} of its entry requirements ask for: {}.",
                        given.len(),
                        entries(fw, *role, given)
                    )
                });
            }
            if !unknown.is_empty() {
                out.push(if unknown.len() == 1 {
                    format!(
                        "Check this entry requirement for yourself: {}.",
                        entries(fw, *role, unknown)
                    )
                } else {
                    format!(
                        "Check these entry requirements for yourself: {}.",
                        entries(fw, *role, unknown)
                    )
                });
            }
            if not_met.is_empty() && unknown.is_empty() && !met.is_empty() {
                out.push(match (met.len(), given.is_empty()) {
                    (1, true) => {
                        format!("You meet its entry requirement: {}.", entries(fw, *role, met))
                    }
                    (_, true) => {
                        "You meet its entry requirements, from what you have told us.".to_string()
                    }
                    (1, false) => format!(
                        "You already meet its other entry requirement: {}.",
                        entries(fw, *role, met)
                    ),
                    (_, false) => {
                        "You already meet its other entry requirements, from what you have told us."
                            .to_string()
                    }
                });
            }
            out.join(" ")
        }
        Part::Changes { added, raised, lowered, removed, .. } => {
            let mut asks = Vec::new();
            if *added > 0 {
                asks.push(plural(*added, "new competence", "new competences"));
            }
            if *raised > 0 {
                asks.push(format!("{raised} at a higher step"));
            }
            if *lowered > 0 {
                asks.push(format!("{lowered} at a lower step"));
            }
            let mut out = if asks.is_empty() {
                "Compared with your current role, it asks for nothing new.".to_string()
            } else {
                format!("Compared with your current role, it asks for {}.", list(asks))
            };
            if *removed > 0 {
                out.push_str(&format!(
                    " It no longer asks for {} your current role needs.",
                    plural(*removed, "competence", "competences")
                ));
            }
            out
        }
        Part::PathSummary { from, to, steps, months_min, months_max } => {
            let start = match from {
                Position::Outside => "From outside the service".to_string(),
                Position::InRole(r) => format!("From your current role, {}", role_title(fw, *r)),
            };
            let steps = plural(*steps, "step", "steps");
            let to = role_title(fw, *to);
            if *months_max == 0 {
                format!("{start}, the most likely way to {to} has {steps}.")
            } else {
                format!(
                    "{start}, the most likely way to {to} has {steps} and typically takes {}.",
                    months_range(*months_min, *months_max)
                )
            }
        }
        Part::PathStep {
            number,
            kind,
            to,
            route,
            months_min,
            months_max,
            gives,
            check,
            total,
            unmet,
        } => {
            let role = role_title(fw, *to);
            let typically = typically(u32::from(*months_min), u32::from(*months_max));
            let mut out = match kind {
                RouteKind::DirectEntry => format!("Step {number}: apply directly for {role}{typically}."),
                kind => format!("Step {number}: {} to {role}{typically}.", route_phrase(*kind)),
            };
            if months_min < months_max {
                if let Some(s) = shorter_sentence(fw, *route, *months_min) {
                    out.push(' ');
                    out.push_str(&s);
                }
            }
            let gives: Vec<String> =
                gives.iter().filter_map(|c| credential_phrase(fw, *c)).collect();
            if !gives.is_empty() {
                out.push_str(&format!(" It gives you {}.", list(gives)));
            }
            if !check.is_empty() {
                out.push_str(&format!(
                    " Check for yourself that you meet {}: {}.",
                    if check.len() == 1 { "its entry requirement" } else { "its entry requirements" },
                    entries(fw, *to, check)
                ));
            }
            if *total > 0 && unmet.is_empty() {
                out.push_str(&if *total == 1 {
                    " You already meet the one competence it needs.".to_string()
                } else {
                    format!(" You already meet all {total} competences it needs.")
                });
            } else if !unmet.is_empty() {
                let how_many = match (unmet.len() as u32, *total) {
                    (1, 1) => "the one competence it needs".to_string(),
                    (u, t) if u == t => format!("all {t} of its competences"),
                    (u, 1) => format!("{u} of its 1 competence"),
                    (u, t) => format!("{u} of its {t} competences"),
                };
                out.push_str(&format!(
                    " You would need to build {how_many}: {}.",
                    competences(fw, unmet)
                ));
            }
            out
        }
        Part::PathAlternative { to, via, steps, months_min, months_max, .. } => {
            let how = if via.is_empty() {
                format!("straight to {}", role_title(fw, *to))
            } else {
                format!("through {}", roles_in_order(fw, via))
            };
            let long = if *months_max == 0 {
                String::new()
            } else {
                format!(", typically {}", months_range(*months_min, *months_max))
            };
            format!("Another way: {how} ({}{long}).", plural(*steps, "step", "steps"))
        }
        Part::Blocked { from, to, at, missing } => {
            let here = match from {
                Position::Outside => "from outside the service".to_string(),
                Position::InRole(r) => format!("from your current role, {},", role_title(fw, *r)),
            };
            let to_name = role_title(fw, *to);
            let (needs, it) = match missing.len() {
                0 => (String::new(), "it"),
                1 => (format!("its entry requirement: {}", entries(fw, *at, missing)), "it"),
                n => (format!("{n} of its entry requirements: {}", entries(fw, *at, missing)), "them"),
            };
            match (at == to, missing.is_empty()) {
                (_, true) => format!(
                    "The routes lead {here} to {to_name}, but the entry requirements of the roles on the way close every one of them for now."
                ),
                (true, false) => format!(
                    "The routes lead {here} to {to_name}, but you do not meet {needs}. None of the ways there open to you gives {it}."
                ),
                (false, false) => format!(
                    "The routes {here} to {to_name} pass through {}, and you do not meet {needs}. None of the ways there open to you gives {it}.",
                    role_title(fw, *at)
                ),
            }
        }
        Part::Closed { from, role, missing } => {
            let name = role_title(fw, *role);
            let how = match from {
                Position::Outside => format!("You cannot apply for {name} yet"),
                Position::InRole(_) => format!("You cannot move to {name} yet"),
            };
            match missing.len() {
                0 => format!("{how}: its entry requirements close the way for now."),
                1 => format!(
                    "{how}: you do not meet its entry requirement: {}. None of the ways there open to you gives it.",
                    entries(fw, *role, missing)
                ),
                n => format!(
                    "{how}: you do not meet {n} of its entry requirements: {}. None of the ways there open to you gives them.",
                    entries(fw, *role, missing)
                ),
            }
        }
        Part::LivedExperience { .. } => "Its main requirement is your own lived experience, which this tool does not ask about: read the role's description to see whether it fits you.".to_string(),
        Part::Confidence {
            rated,
            estimated,
            total,
            needed_rated,
            needed_estimated,
            needed_total,
            rough,
        } => {
            let estimated_too = |e: u32| {
                if e == 0 {
                    String::new()
                } else {
                    format!(" (and estimated {e} more)")
                }
            };
            if *needed_total == 0 {
                return format!(
                    "You have rated {rated} of the {} in this framework{}.",
                    plural(*total, "competence", "competences"),
                    estimated_too(*estimated)
                );
            }
            let counts = format!(
                "you have rated {needed_rated} of the {} these results depend on{}",
                plural(*needed_total, "competence", "competences"),
                estimated_too(*needed_estimated)
            );
            if *rough {
                format!("These results are rough: {counts}. Rate more of them to make the results surer.")
            } else {
                let mut chars = counts.chars();
                let first = chars.next().map(|c| c.to_uppercase().to_string()).unwrap_or_default();
                format!("{first}{}.", chars.as_str())
            }
        }
        Part::NoRoute { from, to } => {
            let to = role_title(fw, *to);
            match from {
                Position::Outside => {
                    format!("This framework shows no way into {to} from outside the service.")
                }
                Position::InRole(r) => format!(
                    "This framework shows no route from your current role, {}, to {to}.",
                    role_title(fw, *r)
                ),
            }
        }
        Part::AlreadyInRole { role } => {
            format!("You already hold this role, {}.", role_title(fw, *role))
        }
        Part::PlanSummary { role, unmet, offers } => {
            let role = role_title(fw, *role);
            match (unmet, offers) {
                (0, _) => format!("You already meet every competence {role} needs."),
                (u, 0) => format!(
                    "To be ready for {role}, you have {} to build. No learning offer listed here covers {}.",
                    plural(*u, "competence", "competences"),
                    if *u == 1 { "it" } else { "them" }
                ),
                (u, o) => format!(
                    "To be ready for {role}, you have {} to build, and {} listed here can help.",
                    plural(*u, "competence", "competences"),
                    plural(*o, "learning offer", "learning offers")
                ),
            }
        }
        Part::PlanFirstOffer { offer, builds, of, at, .. } => {
            let offer = offer_name(fw, *offer);
            let start = match at {
                Some(r) => format!("When you reach {}, start with {offer}", role_title(fw, *r)),
                None => format!("Start with {offer}"),
            };
            match (builds, of) {
                (1, 1) => format!("{start}, which builds it."),
                (b, o) if b == o => format!("{start}, which builds all of them."),
                (b, _) => format!("{start}, which builds {b} of them."),
            }
        }
        Part::PlanDropped { offers } => match offers {
            0 => String::new(),
            1 => "1 other learning offer builds some of them, but it is not open to you along this way (it is for other staff or for applicants, or asks for more than you will hold).".to_string(),
            n => format!("{n} other learning offers build some of them, but they are not open to you along this way (they are for other staff or for applicants, or ask for more than you will hold)."),
        },
        Part::Uncovered { competences: cs } => match cs.len() {
            0 => String::new(),
            1 => format!("No learning offer open to you here builds {}.", competences(fw, cs)),
            n => format!(
                "No learning offer open to you here builds {n} of them: {}.",
                competences(fw, cs)
            ),
        },
    }
}

/// "A, B or C": like [`list`] but for alternatives.
fn list_or(items: Vec<String>) -> String {
    let n = items.len();
    match n {
        0 => String::new(),
        1 => items.into_iter().next().unwrap_or_default(),
        _ => format!("{} or {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

fn render_fit_en(
    fw: &Framework,
    total: u32,
    met: u32,
    partly: &[CompetenceIx],
    gaps: &[CompetenceIx],
    not_rated: &[CompetenceIx],
) -> String {
    let mut out = Vec::new();
    let none_rated = total > 0 && not_rated.len() as u32 == total;
    if none_rated {
        // Saying "you do not meet any" would claim more than we know.
        let them = if total == 1 {
            "the one competence it needs".to_string()
        } else {
            format!("the {total} competences it needs")
        };
        out.push(format!(
            "We cannot tell yet how well this role fits, because you have not rated {them} (or chose “not sure”): {}.",
            competences(fw, not_rated)
        ));
        return out.join(" ");
    }
    out.push(match (met, total) {
        (_, 0) => "This role does not list any competences to rate.".to_string(),
        (1, 1) => "You meet the one competence this role needs.".to_string(),
        (2, 2) => "You meet both competences this role needs.".to_string(),
        (m, t) if m == t => format!("You meet all {t} competences this role needs."),
        (0, 1) => "You do not yet meet the one competence this role needs.".to_string(),
        (0, t) => format!("You do not yet meet any of the {t} competences this role needs."),
        (m, t) => format!("You meet {m} of the {t} competences this role needs."),
    });
    match partly.len() {
        0 => {}
        1 => out.push(format!("You are one step short on {}.", competences(fw, partly))),
        n => {
            out.push(format!("You are one step short on {n} of them: {}.", competences(fw, partly)))
        }
    }
    match gaps.len() {
        0 => {}
        1 => out.push(format!("You have further to go on {}.", competences(fw, gaps))),
        n => out.push(format!("You have further to go on {n} of them: {}.", competences(fw, gaps))),
    }
    match not_rated.len() {
        0 => {}
        1 => out.push(format!(
            "You have not rated {} yet (or chose “not sure”).",
            competences(fw, not_rated)
        )),
        n => out.push(format!(
            "You have not rated {n} of them yet (or chose “not sure”): {}.",
            competences(fw, not_rated)
        )),
    }
    out.join(" ")
}
