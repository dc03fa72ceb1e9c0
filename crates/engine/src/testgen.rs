//! Frameworks and answers built in code, for tests, property tests and benchmarks.
//!
//! This is a normal public module rather than test-only code because the benchmarks (a separate
//! crate target) and the widget's own tests need the same inputs, and it is small. Nothing here
//! is random in the runtime sense: a seeded xorshift generator makes every output a pure
//! function of its arguments, so a failing property test or a benchmark can be reproduced
//! exactly from its parameters, and no `rand` dependency is needed.

use crate::answers::{Answers, Facts, Persona, Rating};
use crate::model::{
    Area, AreaIx, Audience, CareerLevel, Competence, CompetenceIx, Credential, EntryRequirement,
    Framework, LearningOffer, LevelIx, Provenance, Requirement, Role, RoleIx, Route, RouteKind,
    ScaleStep, Text,
};

/// A xorshift64* generator: tiny, fast, and good enough to spread test data around.
#[derive(Clone, Debug)]
pub struct XorShift(u64);

impl XorShift {
    /// Seeds through splitmix64 so nearby seeds give unrelated streams (and seed 0 works).
    pub fn new(seed: u64) -> XorShift {
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        XorShift(if z == 0 { 0x2545_F491_4F6C_DD1D } else { z })
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (0 when `n` is 0). The slight modulo bias does not matter here.
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }

    /// True with probability 1 in `n`.
    pub fn one_in(&mut self, n: u64) -> bool {
        self.below(n) == 0
    }
}

const SCALE: [(&str, &str, &str); 4] = [
    ("not-yet", "Not yet", "I have not done this yet, or only with a lot of help."),
    ("developing", "Developing", "I do this sometimes and still need support."),
    ("confident", "Confident", "I do this well on my own in most situations."),
    ("leading", "Leading", "I do this in hard situations and help others to do it."),
];

fn scale() -> Vec<ScaleStep> {
    SCALE
        .iter()
        .map(|(id, label, descriptor)| ScaleStep {
            id: id.to_string(),
            label: Text::en(*label),
            descriptor: Text::en(*descriptor),
        })
        .collect()
}

fn competence(id: &str, area: u32, title: &str) -> Competence {
    Competence {
        id: id.to_string(),
        area: AreaIx(area),
        title: Text::en(title),
        description: Text::default(),
        indicators: Vec::new(),
        provenance: Provenance::Illustrative,
    }
}

/// A valid framework of the given size, the same for the same arguments.
///
/// Shape, chosen to look like the real frameworks: a four-step scale; about one career level
/// per three roles (at most nine); roles spread evenly over the levels in rank order; each
/// role requires three to eight distinct competences at steps that rise with the level; the
/// lowest level is open to applicants, plus about one role in ten elsewhere; routes are
/// promotions or fast tracks to a higher level, lateral moves within a level, and about one in
/// eight routes come in from outside. Promotions only go up, so they never form a cycle, as
/// validation requires. One learning offer per four competences builds one to four of them.
pub fn generated_framework(
    competences: usize,
    roles: usize,
    routes: usize,
    seed: u64,
) -> Framework {
    let mut rng = XorShift::new(seed);
    let levels = roles.div_ceil(3).clamp(1, 9);
    let areas = competences.div_ceil(10).clamp(1, 12);
    let level_of = |role: usize| (role * levels).checked_div(roles).unwrap_or(0);
    // The first role of each level, and one past the last (levels are contiguous ranges).
    let mut level_start = vec![roles; levels + 1];
    for r in (0..roles).rev() {
        level_start[level_of(r)] = r;
    }
    for l in (0..levels).rev() {
        level_start[l] = level_start[l].min(level_start[l + 1]);
    }

    let competence_list: Vec<Competence> = (0..competences)
        .map(|i| competence(&format!("c{i}"), (i % areas) as u32, &format!("Competence {i}")))
        .collect();

    let mut role_list = Vec::with_capacity(roles);
    for r in 0..roles {
        let level = level_of(r);
        let want = (3 + rng.below(6) as usize).min(competences);
        let mut picked: Vec<u32> = Vec::with_capacity(want);
        let mut tries = 0;
        while picked.len() < want && tries < 64 {
            tries += 1;
            let c = rng.below(competences as u64) as u32;
            if !picked.contains(&c) {
                picked.push(c);
            }
        }
        let base = 1 + (level * 2) / levels;
        let requires = picked
            .into_iter()
            .map(|c| Requirement {
                competence: CompetenceIx(c),
                proficiency: (base + rng.below(2) as usize).min(SCALE.len() - 1) as u8,
            })
            .collect();
        let mut entry = Vec::new();
        if rng.one_in(3) {
            let l = 2 + (level % 5) as u8;
            entry.push(EntryRequirement::single(
                Credential::QualificationLevel(l),
                Text::en(format!("A qualification at level {l}")),
            ));
        }
        if rng.one_in(4) {
            let years = 1 + rng.below(4) as u8;
            entry.push(EntryRequirement::single(
                Credential::ExperienceYears(years),
                Text::default(),
            ));
        }
        if rng.one_in(5) {
            entry.push(EntryRequirement::single(
                Credential::Other,
                Text::en("Pass the assessment day"),
            ));
        }
        role_list.push(Role {
            id: format!("r{r}"),
            title: Text::en(format!("Role {r}")),
            family: Text::en(format!("Family {}", r % 3)),
            level: LevelIx(level as u32),
            scope: Text::default(),
            entry,
            training: Vec::new(),
            requires,
            open_to_applicants: level == 0 || rng.one_in(10),
            lived_experience: false,
            operational: None,
            url: None,
            provenance: Provenance::Illustrative,
        });
    }

    let mut route_list = Vec::with_capacity(routes);
    if roles > 0 {
        for _ in 0..routes {
            let a = rng.below(roles as u64) as usize;
            let level = level_of(a);
            let same = (level_start[level], level_start[level + 1]);
            let higher = (level_start[(level + 1).min(levels)], roles);
            let (from, to, kind, months) = if rng.one_in(8) {
                let kinds = [
                    RouteKind::Apprenticeship,
                    RouteKind::Qualification,
                    RouteKind::DirectEntry,
                    RouteKind::FastTrack,
                ];
                let kind = kinds[rng.below(4) as usize];
                (None, a, kind, if kind == RouteKind::DirectEntry { 0 } else { 6 + rng.below(19) })
            } else if higher.0 < higher.1 && (rng.one_in(2) || same.1 - same.0 < 2) {
                // Mostly to the next level up, sometimes further.
                let next_end = level_start[(level + 2).min(levels)].max(higher.0 + 1);
                let to = if rng.one_in(4) {
                    higher.0 + rng.below((higher.1 - higher.0) as u64) as usize
                } else {
                    higher.0 + rng.below((next_end - higher.0) as u64) as usize
                };
                if rng.one_in(5) {
                    (Some(a), to, RouteKind::FastTrack, 6 + rng.below(13))
                } else {
                    (Some(a), to, RouteKind::Promotion, 12 + rng.below(25))
                }
            } else if same.1 - same.0 >= 2 {
                let mut to = same.0 + rng.below((same.1 - same.0 - 1) as u64) as usize;
                if to >= a {
                    to += 1;
                }
                (Some(a), to, RouteKind::Lateral, 3 + rng.below(10))
            } else {
                (None, a, RouteKind::DirectEntry, 0)
            };
            route_list.push(Route {
                from: from.map(|f| RoleIx(f as u32)),
                to: RoleIx(to as u32),
                kind,
                months: months as u16,
                shorter: None,
                requirements: Text::default(),
                entry: Vec::new(),
                gives: Vec::new(),
                url: None,
                provenance: Provenance::Illustrative,
            });
        }
    }

    let offers = competences / 4;
    let formats = ["e-learning", "course", "programme", "coaching", "apprenticeship"];
    let learning = (0..offers)
        .map(|o| {
            let n = 1 + rng.below(4) as usize;
            let builds =
                (0..n).map(|_| CompetenceIx(rng.below(competences as u64) as u32)).collect();
            LearningOffer {
                id: format!("l{o}"),
                title: Text::en(format!("Learning offer {o}")),
                description: Text::default(),
                provider: Text::en("Generated"),
                format: formats[o % formats.len()].to_string(),
                builds,
                audience: Audience::default(),
                level: None,
                entry: Vec::new(),
                url: None,
                provenance: Provenance::Illustrative,
            }
        })
        .collect();

    Framework {
        id: format!("generated-{competences}-{roles}-{routes}-{seed}"),
        title: Text::en("Generated framework"),
        version: "generated".to_string(),
        published: "2024-01-01".to_string(),
        scale: scale(),
        levels: (0..levels)
            .map(|l| CareerLevel {
                id: format!("level-{l}"),
                label: Text::en(format!("Level {}", l + 1)),
                rank: l as u16 + 1,
            })
            .collect(),
        areas: (0..areas)
            .map(|a| Area {
                id: format!("a{a}"),
                title: Text::en(format!("Area {a}")),
                description: Text::default(),
                provenance: Provenance::Illustrative,
            })
            .collect(),
        competences: competence_list,
        roles: role_list,
        routes: route_list,
        learning,
        ..Framework::default()
    }
}

/// Plausible answers for a framework: a member of staff in the first (lowest) role aiming for
/// the last (highest), who rated about nine competences in ten (a few "not sure").
pub fn generated_answers(framework: &Framework, seed: u64) -> Answers {
    let mut rng = XorShift::new(seed ^ 0xA11CE);
    let mut answers = Answers::new(framework.id.clone());
    answers.persona = Persona::Staff;
    answers.facts = Facts {
        qualification_level: Some(3),
        experience_years: Some(2),
        current_role: framework.roles.first().map(|r| r.id.clone()),
    };
    answers.target_role = framework.roles.last().map(|r| r.id.clone());
    let steps = framework.scale.len() as u64;
    for c in &framework.competences {
        if rng.one_in(10) {
            continue;
        }
        let rating =
            if rng.one_in(20) { Rating::NotSure } else { Rating::Level(rng.below(steps) as u8) };
        answers.set_rating(&c.id, Some(rating), 0);
    }
    answers
}

/// A small hand-written framework for readable tests: seven roles in prison and health
/// settings across four levels, with every kind of route the recommendations distinguish.
///
/// Competences (scale: 0 not yet, 1 developing, 2 confident, 3 leading):
/// 0 self-awareness, 1 communication, 2 de-escalation, 3 safeguarding, 4 record-keeping,
/// 5 develop-others, 6 planning, 7 change.
///
/// Roles: 0 Operational Support Grade (entry, open, and a listed 3-month direct-entry route),
/// 1 Prison Officer (practitioner, open),
/// 2 Healthcare Assistant (practitioner, apprenticeship from outside), 3 Liaison and Diversion
/// Practitioner (practitioner, direct entry from outside, lateral to and from Prison Officer),
/// 4 Supervising Officer (supervisor, promotion or fast track from Prison Officer),
/// 5 Custodial Manager (manager, promotion from Supervising Officer), 6 Probation Officer
/// (practitioner, qualification programme from outside only).
pub fn fixture() -> Framework {
    let competences = vec![
        competence("self-awareness", 0, "Knowing how I come across"),
        competence("communication", 1, "Talking with people in custody"),
        competence("de-escalation", 2, "Calming tense situations"),
        competence("safeguarding", 2, "Spotting and reporting risk"),
        competence("record-keeping", 2, "Keeping accurate records"),
        competence("develop-others", 1, "Helping colleagues grow"),
        competence("planning", 0, "Planning the team's work"),
        competence("change", 0, "Leading change"),
    ];
    let req = |c: u32, p: u8| Requirement { competence: CompetenceIx(c), proficiency: p };
    let role = |id: &str,
                title: &str,
                level: u32,
                open: bool,
                requires: Vec<Requirement>,
                entry: Vec<EntryRequirement>| Role {
        id: id.to_string(),
        title: Text::en(title),
        family: Text::en("Health and justice"),
        level: LevelIx(level),
        scope: Text::default(),
        entry,
        training: Vec::new(),
        requires,
        open_to_applicants: open,
        lived_experience: false,
        operational: None,
        url: None,
        provenance: Provenance::Illustrative,
    };
    let other = |t: &str| EntryRequirement::single(Credential::Other, Text::en(t));
    let roles = vec![
        role("osg", "Operational Support Grade", 0, true, vec![req(0, 1), req(1, 1), req(4, 1)], vec![other("Pass the online test for the role")]),
        role(
            "prison-officer",
            "Prison Officer",
            1,
            true,
            vec![req(0, 2), req(1, 2), req(2, 2), req(3, 2), req(4, 1)],
            vec![other("Pass the online test and the assessment day")],
        ),
        role(
            "healthcare-assistant",
            "Healthcare Assistant",
            1,
            false,
            vec![req(1, 2), req(3, 2), req(4, 2)],
            vec![EntryRequirement::single(Credential::QualificationLevel(2), Text::en("English and maths at level 2, such as GCSE grade 4 or above"))],
        ),
        role(
            "liaison-practitioner",
            "Liaison and Diversion Practitioner",
            1,
            false,
            vec![req(1, 2), req(3, 2), req(2, 1), req(4, 2)],
            vec![
                EntryRequirement::single(Credential::ExperienceYears(2), Text::en("Two years' experience of working with people in health or justice settings")),
                EntryRequirement::single(Credential::QualificationLevel(5), Text::en("A level 5 qualification in health or social care")),
            ],
        ),
        role(
            "supervising-officer",
            "Supervising Officer",
            2,
            false,
            vec![req(0, 2), req(1, 2), req(2, 3), req(5, 1), req(6, 1)],
            Vec::new(),
        ),
        role(
            "custodial-manager",
            "Custodial Manager",
            3,
            false,
            vec![req(0, 3), req(5, 2), req(6, 2), req(7, 1), req(3, 2)],
            Vec::new(),
        ),
        role(
            "probation-officer",
            "Probation Officer",
            1,
            false,
            vec![req(1, 2), req(3, 2), req(4, 2), req(0, 2)],
            vec![EntryRequirement::single(Credential::QualificationLevel(5), Text::en("A level 5 qualification, such as a foundation degree"))],
        ),
    ];
    let route = |from: Option<u32>, to: u32, kind: RouteKind, months: u16| Route {
        from: from.map(RoleIx),
        to: RoleIx(to),
        kind,
        months,
        shorter: None,
        requirements: Text::default(),
        entry: Vec::new(),
        gives: Vec::new(),
        url: None,
        provenance: Provenance::Illustrative,
    };
    let routes = vec![
        route(Some(0), 1, RouteKind::FastTrack, 6),
        route(None, 2, RouteKind::Apprenticeship, 18),
        route(None, 6, RouteKind::Qualification, 15),
        route(None, 3, RouteKind::DirectEntry, 0),
        route(Some(1), 3, RouteKind::Lateral, 6),
        route(Some(3), 1, RouteKind::Lateral, 6),
        route(Some(1), 4, RouteKind::Promotion, 24),
        route(Some(1), 4, RouteKind::FastTrack, 12),
        route(Some(4), 5, RouteKind::Promotion, 24),
        route(None, 0, RouteKind::DirectEntry, 3),
    ];
    let offer = |id: &str, title: &str, format: &str, builds: &[u32]| LearningOffer {
        id: id.to_string(),
        title: Text::en(title),
        description: Text::default(),
        provider: Text::en("HMPPS"),
        format: format.to_string(),
        builds: builds.iter().map(|&c| CompetenceIx(c)).collect(),
        audience: Audience::default(),
        level: None,
        entry: Vec::new(),
        url: None,
        provenance: Provenance::Illustrative,
    };
    let learning = vec![
        offer("de-escalation-skills", "De-escalation skills", "course", &[2, 1]),
        offer("first-line-leadership", "First line leadership programme", "programme", &[5, 6]),
        offer("safeguarding-essentials", "Safeguarding essentials", "e-learning", &[3]),
        offer("coaching-conversations", "Coaching conversations", "coaching", &[5]),
    ];
    let level = |id: &str, label: &str, rank: u16| CareerLevel {
        id: id.to_string(),
        label: Text::en(label),
        rank,
    };
    let area = |id: &str, title: &str| Area {
        id: id.to_string(),
        title: Text::en(title),
        description: Text::default(),
        provenance: Provenance::Illustrative,
    };
    Framework {
        id: "fixture".to_string(),
        title: Text::en("Health and justice test framework"),
        version: "test".to_string(),
        published: "2024-01-01".to_string(),
        scale: scale(),
        levels: vec![
            level("entry", "Entry", 1),
            level("practitioner", "Practitioner", 2),
            level("supervisor", "Supervisor", 3),
            level("manager", "Manager", 4),
        ],
        areas: vec![
            area("leading-me", "Leading me"),
            area("working-with-people", "Working with people"),
            area("keeping-safe", "Keeping people safe"),
        ],
        competences,
        roles,
        routes,
        learning,
        ..Framework::default()
    }
}
