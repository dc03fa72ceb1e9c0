//! Plain-language explanations, as structured parts plus an English rendering.
//!
//! The engine never stores finished sentences: an [`Explanation`] is a list of [`Part`]s that
//! carry indices (roles, competences, learning offers, entry requirements) and numbers. The UI
//! shows [`Explanation::render_en`] verbatim today, and a Welsh renderer can later walk the same
//! parts without the engine changing, which is why no part holds English text of its own.
//!
//! Each part renders as one or two short sentences in plain English for a reader who does not
//! know the framework's jargon. Names come from the framework at render time; an index that
//! does not resolve renders as a neutral phrase ("this role") instead of panicking. Long lists
//! of competences are cut to three names and "N more", because the full list is on screen
//! next to the explanation anyway.

use crate::fit::RoleFit;
use crate::model::{CompetenceIx, Credential, Framework, LearningIx, RoleIx, RouteKind};
use crate::path::Position;
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
    /// The route for a move and how long it typically takes. `quickest` is set when other
    /// routes lead to the same role, so the sentence says "quickest" rather than "usual".
    Route { purpose: MoveKind, kind: RouteKind, months: u16, quickest: bool },
    /// The role can be applied for from outside without any listed route.
    OpenToApplicants { role: RoleIx },
    /// Other ways to the same role from the same place, best first: (kind, months).
    OtherRoutes { routes: Vec<(RouteKind, u16)> },
    /// A role's entry requirements, by index into `Role::entry`, grouped by status.
    Entry { role: RoleIx, met: Vec<usize>, not_met: Vec<usize>, unknown: Vec<usize> },
    /// What is different about a role compared with the person's current role.
    Changes { from: RoleIx, to: RoleIx, added: u32, raised: u32, lowered: u32, removed: u32 },
    /// The shape of a path: how many steps and how many months in all.
    PathSummary { from: Position, to: RoleIx, steps: u32, months: u32 },
    /// One step of a path and what the role it leads to would ask of the person.
    PathStep {
        number: u32,
        kind: RouteKind,
        to: RoleIx,
        months: u16,
        total: u32,
        unmet: Vec<CompetenceIx>,
    },
    /// The routes do not connect the person's position to the role.
    NoRoute { from: Position, to: RoleIx },
    /// The person already holds the role they chose as a target.
    AlreadyInRole { role: RoleIx },
    /// How many competences a plan has to build and how many learning offers help.
    PlanSummary { role: RoleIx, unmet: u32, offers: u32 },
    /// The learning offer to start with and how many of the unmet competences it builds.
    PlanFirstOffer { offer: LearningIx, builds: u32, of: u32 },
    /// Unmet competences no learning offer in the framework builds.
    Uncovered { competences: Vec<CompetenceIx> },
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

/// The entry part of a role, or `None` when the role lists no entry requirements (so nothing
/// is said rather than an empty sentence).
pub fn entry_part(fit: &RoleFit) -> Option<Part> {
    use crate::fit::EntryStatus as E;
    if fit.entry.is_empty() {
        return None;
    }
    let of = |s: E| fit.entry.iter().filter(|c| c.status == s).map(|c| c.index).collect();
    Some(Part::Entry {
        role: fit.role,
        met: of(E::Met),
        not_met: of(E::NotMet),
        unknown: of(E::Unknown),
    })
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
        Part::Route { purpose, kind, months: m, quickest } => {
            let how = route_phrase(*kind);
            let typically =
                if *m == 0 { String::new() } else { format!(", typically {}", months(*m)) };
            let which = if *quickest { "quickest" } else { "usual" };
            match purpose {
                MoveKind::Up => format!("To move up, the {which} route is {how}{typically}."),
                MoveKind::Across => format!("To move across, the {which} route is {how}{typically}."),
                MoveKind::ThroughRoute => format!("You can join through {how}{typically}."),
                MoveKind::ApplyNow if *m == 0 => {
                    "You can apply directly from outside the service.".to_string()
                }
                MoveKind::ApplyNow => format!(
                    "You can apply directly from outside the service; this route typically takes {}.",
                    months(*m)
                ),
            }
        }
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
        Part::Entry { role, met, not_met, unknown } => {
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
                out.push(if met.len() == 1 {
                    format!("You meet its entry requirement: {}.", entries(fw, *role, met))
                } else {
                    "You meet its entry requirements, from what you have told us.".to_string()
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
        Part::PathSummary { from, to, steps, months: m } => {
            let start = match from {
                Position::Outside => "From outside the service".to_string(),
                Position::InRole(r) => format!("From your current role, {}", role_title(fw, *r)),
            };
            let steps = plural(*steps, "step", "steps");
            let to = role_title(fw, *to);
            if *m == 0 {
                format!("{start}, the most likely way to {to} has {steps}.")
            } else {
                format!(
                    "{start}, the most likely way to {to} has {steps} and typically takes {}.",
                    plural(*m, "month", "months")
                )
            }
        }
        Part::PathStep { number, kind, to, months: m, total, unmet } => {
            let role = role_title(fw, *to);
            let mut out = match (kind, m) {
                (RouteKind::DirectEntry, 0) => format!("Step {number}: apply directly for {role}."),
                (RouteKind::DirectEntry, m) => {
                    format!("Step {number}: apply directly for {role}, typically {}.", months(*m))
                }
                (kind, 0) => format!("Step {number}: {} to {role}.", route_phrase(*kind)),
                (kind, m) => {
                    format!(
                        "Step {number}: {} to {role}, typically {}.",
                        route_phrase(*kind),
                        months(*m)
                    )
                }
            };
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
        Part::PlanFirstOffer { offer, builds, of } => {
            let offer = offer_name(fw, *offer);
            match (builds, of) {
                (1, 1) => format!("Start with {offer}, which builds it."),
                (b, o) if b == o => format!("Start with {offer}, which builds all of them."),
                (b, _) => format!("Start with {offer}, which builds {b} of them."),
            }
        }
        Part::Uncovered { competences: cs } => match cs.len() {
            0 => String::new(),
            1 => format!("No learning offer listed here builds {}.", competences(fw, cs)),
            n => format!(
                "No learning offer listed here builds {n} of them: {}.",
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
