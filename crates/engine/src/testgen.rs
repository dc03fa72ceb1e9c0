//! Frameworks and answers built in code, for tests, property tests and benchmarks.
//!
//! This is a normal public module rather than test-only code because the benchmarks (a separate
//! crate target) and the widget's own tests need the same inputs, and it is small. Nothing here
//! is random in the runtime sense: a seeded xorshift generator makes every output a pure
//! function of its arguments, so a failing property test or a benchmark can be reproduced
//! exactly from its parameters, and no `rand` dependency is needed.

use crate::answers::{Answers, Facts, Persona, Rating};
use crate::model::{
    Area, AreaIx, Audience, CareerLevel, Competence, CompetenceIx, Credential, EntryOption,
    EntryRequirement, Framework, LearningOffer, LevelIx, Provenance, Registration, RegistrationIx,
    Requirement, Role, RoleIx, Route, RouteKind, ScaleStep, ShorterLength, Text,
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
/// promotions, fast tracks or apprenticeships to a higher level, lateral moves within a level,
/// and about one in eight routes come in from outside. Promotions only go up, so they never form
/// a cycle, as validation requires. One learning offer per four competences builds one to four
/// of them.
///
/// So that properties meet every rule of the entry constraint, the generator also draws: zero to
/// three registrations; entry requirements of one option (a qualification level, years of
/// experience, a registration or free text) and any-of groups of two or three options; what
/// routes give (a qualification, a registration, experience) and shorter lengths with a
/// condition; lived-experience and operational flags on roles; and learning offers with
/// audiences (applicants, staff, operational or not, employer provided), levels and entry
/// requirements.
pub fn generated_framework(
    competences: usize,
    roles: usize,
    routes: usize,
    seed: u64,
) -> Framework {
    let mut rng = XorShift::new(seed);
    let registrations = rng.below(4) as usize;
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
        if rng.one_in(4) {
            let n = 2 + rng.below(2) as usize;
            let any_of: Vec<EntryOption> = (0..n)
                .map(|_| EntryOption {
                    credential: random_credential(&mut rng, registrations),
                    text: Text::en("One way to meet it"),
                })
                .collect();
            entry.push(EntryRequirement { any_of, text: Text::en("One of several ways") });
        }
        if registrations > 0 && rng.one_in(6) {
            let r = rng.below(registrations as u64) as u32;
            entry.push(EntryRequirement::single(
                Credential::Registration(RegistrationIx(r)),
                Text::en(format!("Registration {r}")),
            ));
        }
        let lived_experience = rng.one_in(12);
        let operational = match rng.below(3) {
            0 => None,
            1 => Some(true),
            _ => Some(false),
        };
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
            lived_experience,
            operational,
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
                } else if rng.one_in(6) {
                    (Some(a), to, RouteKind::Apprenticeship, 12 + rng.below(37))
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
            let mut gives = Vec::new();
            let giving = matches!(kind, RouteKind::Apprenticeship | RouteKind::Qualification);
            if rng.one_in(if giving { 2 } else { 6 }) {
                gives.push(Credential::QualificationLevel(3 + rng.below(5) as u8));
            }
            if registrations > 0 && rng.one_in(if giving { 3 } else { 10 }) {
                let r = rng.below(registrations as u64) as u32;
                gives.push(Credential::Registration(RegistrationIx(r)));
            }
            if rng.one_in(6) {
                gives.push(Credential::ExperienceYears(1 + rng.below(3) as u8));
            }
            let shorter = (months > 1 && rng.one_in(5)).then(|| ShorterLength {
                months: (months / 2) as u16,
                when: EntryOption {
                    credential: random_credential(&mut rng, registrations),
                    text: Text::en("If you already hold something"),
                },
            });
            route_list.push(Route {
                from: from.map(|f| RoleIx(f as u32)),
                to: RoleIx(to as u32),
                kind,
                months: months as u16,
                shorter,
                requirements: Text::default(),
                entry: Vec::new(),
                gives,
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
            // Valid audiences only: someone can take it, an employer's own offer is for staff,
            // and only staff offers say operational or not.
            let (applicants, staff) = match rng.below(4) {
                0 => (true, false),
                1 => (false, true),
                _ => (true, true),
            };
            let employer_provided = staff && rng.one_in(4);
            let operational = match (staff, rng.below(4)) {
                (true, 0) => Some(true),
                (true, 1) => Some(false),
                _ => None,
            };
            let level = rng.one_in(2).then(|| 2 + rng.below(6) as u8);
            let for_roles = if staff && roles > 0 && rng.one_in(5) {
                vec![RoleIx(rng.below(roles as u64) as u32)]
            } else {
                Vec::new()
            };
            let new_starters = staff && rng.one_in(6);
            let entry = if rng.one_in(3) {
                vec![EntryRequirement::single(
                    random_credential(&mut rng, registrations),
                    Text::en("Needed to start"),
                )]
            } else {
                Vec::new()
            };
            LearningOffer {
                id: format!("l{o}"),
                title: Text::en(format!("Learning offer {o}")),
                description: Text::default(),
                provider: Text::en("Generated"),
                format: formats[o % formats.len()].to_string(),
                builds,
                audience: Audience {
                    applicants,
                    staff,
                    operational,
                    employer_provided,
                    roles: for_roles,
                    new_starters,
                },
                level,
                entry,
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
        written: "2024-01-01".to_string(),
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
        registrations: (0..registrations)
            .map(|r| Registration {
                id: format!("reg{r}"),
                title: Text::en(format!("Register {r}")),
            })
            .collect(),
        ..Framework::default()
    }
}

/// One way of meeting a requirement, of any kind.
fn random_credential(rng: &mut XorShift, registrations: usize) -> Credential {
    match rng.below(4) {
        0 => Credential::QualificationLevel(2 + rng.below(6) as u8),
        1 => Credential::ExperienceYears(1 + rng.below(5) as u8),
        2 if registrations > 0 => {
            Credential::Registration(RegistrationIx(rng.below(registrations as u64) as u32))
        }
        _ => Credential::Other,
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

/// A small hand-written framework for readable tests: ten roles in prison, probation and health
/// settings across four levels, with every kind of route the recommendations distinguish and the
/// entry constraint at work. Its facts are illustrative, not official.
///
/// Competences (scale: 0 not yet, 1 developing, 2 confident, 3 leading):
/// 0 self-awareness, 1 communication, 2 de-escalation, 3 safeguarding, 4 record-keeping,
/// 5 develop-others, 6 planning, 7 change.
///
/// Roles:
/// - 0 Operational Support Grade (entry, operational; open, and a listed 3-month direct-entry
///   route; fast track to Prison Officer);
/// - 1 Prison Officer (practitioner, operational, open; lateral to and from Liaison and
///   Diversion; to Supervising Officer by promotion or fast track; straight to Custodial Manager
///   by a longer promotion);
/// - 2 Healthcare Assistant (practitioner, not operational; an apprenticeship from outside that
///   gives a Level 3 qualification; needs Level 2);
/// - 3 Liaison and Diversion Practitioner (practitioner, not operational; direct entry, but needs
///   two years' experience and a Level 5 qualification, which no route gives);
/// - 4 Supervising Officer (supervisor, operational), 5 Custodial Manager (manager, operational,
///   promotion from Supervising Officer or from Prison Officer);
/// - 6 Probation Officer (practitioner, operational not said; needs the Level 6 PQiP, which the
///   21-month qualification programme gives, 15 months with Level 5 study, from outside or from
///   Probation Services Officer);
/// - 7 Probation Services Officer (entry; direct entry; "a Level 3 qualification or equivalent
///   relevant experience", a group whose second option the person checks themselves);
/// - 8 Registered Nurse (practitioner, not operational; direct entry needs a nursing degree and
///   NMC registration; the 48-month nursing degree apprenticeship from Healthcare Assistant gives
///   both, 24 months with a Level 5 qualification);
/// - 9 Peer Mentor (entry, not operational, open; lived experience is its main requirement).
///
/// Learning offers: de-escalation skills (anyone), first line leadership (employer's own, for
/// staff), safeguarding essentials (anyone), coaching conversations (staff), an operational
/// conversion scheme (employer's own, for non-operational staff only), an operations manager
/// apprenticeship at Level 5 (needs Level 3) and a senior leader apprenticeship at Level 7 (needs a
/// degree or five years' experience).
/// A prison officer's ratings in the [`fixture`] framework: confident in the prison work,
/// developing as a manager. Shared by the snapshot tests that follow the same person.
pub const PRISON_OFFICER_RATINGS: &[(&str, u8)] = &[
    ("self-awareness", 2),
    ("communication", 2),
    ("de-escalation", 2),
    ("safeguarding", 2),
    ("record-keeping", 1),
    ("develop-others", 1),
    ("planning", 1),
];

/// Answers for the hand-written [`fixture`]: a person with a Level 3 qualification and a year of
/// experience, in `current` (for staff) and aiming for `target`, with ratings as (competence id,
/// step of the scale). The snapshot tests of several crates read the same people this way.
pub fn fixture_answers(
    persona: Persona,
    current: Option<&str>,
    target: Option<&str>,
    ratings: &[(&str, u8)],
) -> Answers {
    let mut a = Answers::new("fixture");
    a.persona = persona;
    a.facts = Facts {
        qualification_level: Some(3),
        experience_years: Some(1),
        current_role: current.map(str::to_string),
    };
    a.target_role = target.map(str::to_string);
    for (id, level) in ratings {
        a.set_rating(id, Some(Rating::Level(*level)), 1);
    }
    a
}

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
                operational: Option<bool>,
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
        operational,
        url: None,
        provenance: Provenance::Illustrative,
    };
    let other = |t: &str| EntryRequirement::single(Credential::Other, Text::en(t));
    let qualification =
        |l: u8, t: &str| EntryRequirement::single(Credential::QualificationLevel(l), Text::en(t));
    let option = |credential: Credential, t: &str| EntryOption { credential, text: Text::en(t) };
    let mut roles = vec![
        role(
            "osg",
            "Operational Support Grade",
            0,
            true,
            Some(true),
            vec![req(0, 1), req(1, 1), req(4, 1)],
            vec![other("Pass the online test for the role")],
        ),
        role(
            "prison-officer",
            "Prison Officer",
            1,
            true,
            Some(true),
            vec![req(0, 2), req(1, 2), req(2, 2), req(3, 2), req(4, 1)],
            vec![other("Pass the online test and the assessment day")],
        ),
        role(
            "healthcare-assistant",
            "Healthcare Assistant",
            1,
            false,
            Some(false),
            vec![req(1, 2), req(3, 2), req(4, 2)],
            vec![qualification(2, "English and maths at level 2, such as GCSE grade 4 or above")],
        ),
        role(
            "liaison-practitioner",
            "Liaison and Diversion Practitioner",
            1,
            false,
            Some(false),
            vec![req(1, 2), req(3, 2), req(2, 1), req(4, 2)],
            vec![
                EntryRequirement::single(
                    Credential::ExperienceYears(2),
                    Text::en(
                        "Two years' experience of working with people in health or justice settings",
                    ),
                ),
                qualification(5, "A level 5 qualification in health or social care"),
            ],
        ),
        role(
            "supervising-officer",
            "Supervising Officer",
            2,
            false,
            Some(true),
            vec![req(0, 2), req(1, 2), req(2, 3), req(5, 1), req(6, 1)],
            Vec::new(),
        ),
        role(
            "custodial-manager",
            "Custodial Manager",
            3,
            false,
            Some(true),
            vec![req(0, 3), req(5, 2), req(6, 2), req(7, 1), req(3, 2)],
            Vec::new(),
        ),
        role(
            "probation-officer",
            "Probation Officer",
            1,
            false,
            None,
            vec![req(1, 2), req(3, 2), req(4, 2), req(0, 2)],
            vec![qualification(
                6,
                "The Professional Qualification in Probation (PQiP), a Level 6 qualification",
            )],
        ),
        role(
            "probation-services-officer",
            "Probation Services Officer",
            0,
            false,
            None,
            vec![req(1, 1), req(3, 1), req(4, 2)],
            vec![EntryRequirement {
                any_of: vec![
                    option(Credential::QualificationLevel(3), "A Level 3 qualification, such as A levels"),
                    option(Credential::Other, "Equivalent relevant experience"),
                ],
                text: Text::en("A Level 3 qualification, such as A levels, or equivalent relevant experience"),
            }],
        ),
        role(
            "registered-nurse",
            "Registered Nurse",
            1,
            false,
            Some(false),
            vec![req(1, 2), req(3, 3), req(4, 2)],
            vec![
                qualification(6, "A nursing degree (Level 6)"),
                EntryRequirement::single(
                    Credential::Registration(RegistrationIx(0)),
                    Text::en("Registration with the Nursing and Midwifery Council"),
                ),
            ],
        ),
        role(
            "peer-mentor",
            "Peer Mentor",
            0,
            true,
            Some(false),
            vec![req(0, 1), req(1, 1)],
            vec![other("Your own experience of the justice system, and being ready to share it")],
        ),
    ];
    roles[9].lived_experience = true;
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
    let pqip = |from: Option<u32>| Route {
        shorter: Some(ShorterLength {
            months: 15,
            when: option(
                Credential::QualificationLevel(5),
                "If you have already studied the core modules at Level 5",
            ),
        }),
        requirements: Text::en("A Level 3 qualification, such as A levels"),
        entry: vec![EntryRequirement::single(
            Credential::QualificationLevel(3),
            Text::en("A Level 3 qualification, such as A levels"),
        )],
        gives: vec![Credential::QualificationLevel(6)],
        ..route(from, 6, RouteKind::Qualification, 21)
    };
    let routes = vec![
        route(Some(0), 1, RouteKind::FastTrack, 6),
        Route {
            gives: vec![Credential::QualificationLevel(3)],
            ..route(None, 2, RouteKind::Apprenticeship, 18)
        },
        pqip(None),
        route(None, 3, RouteKind::DirectEntry, 0),
        route(Some(1), 3, RouteKind::Lateral, 6),
        route(Some(3), 1, RouteKind::Lateral, 6),
        route(Some(1), 4, RouteKind::Promotion, 24),
        route(Some(1), 4, RouteKind::FastTrack, 12),
        route(Some(4), 5, RouteKind::Promotion, 24),
        route(None, 0, RouteKind::DirectEntry, 3),
        route(Some(1), 5, RouteKind::Promotion, 36),
        route(None, 7, RouteKind::DirectEntry, 0),
        pqip(Some(7)),
        route(None, 8, RouteKind::DirectEntry, 0),
        Route {
            shorter: Some(ShorterLength {
                months: 24,
                when: option(
                    Credential::QualificationLevel(5),
                    "A Level 5 qualification in health care, such as a nursing associate foundation degree",
                ),
            }),
            gives: vec![
                Credential::QualificationLevel(6),
                Credential::Registration(RegistrationIx(0)),
            ],
            ..route(Some(2), 8, RouteKind::Apprenticeship, 48)
        },
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
    let staff = Audience { applicants: false, ..Audience::default() };
    let employer = Audience { employer_provided: true, ..staff.clone() };
    let learning = vec![
        offer("de-escalation-skills", "De-escalation skills", "course", &[2, 1]),
        LearningOffer {
            audience: employer.clone(),
            ..offer(
                "first-line-leadership",
                "First line leadership programme",
                "programme",
                &[5, 6],
            )
        },
        offer("safeguarding-essentials", "Safeguarding essentials", "e-learning", &[3]),
        LearningOffer {
            audience: staff.clone(),
            ..offer("coaching-conversations", "Coaching conversations", "coaching", &[5])
        },
        // For OSGs only, and an induction for people new to a role.
        LearningOffer {
            audience: Audience { roles: vec![RoleIx(0)], ..employer.clone() },
            ..offer(
                "osg-fast-track-preparation",
                "Preparing for the OSG fast track",
                "course",
                &[2],
            )
        },
        LearningOffer {
            audience: Audience { new_starters: true, ..employer.clone() },
            ..offer("induction", "Induction for new staff", "course", &[1, 3])
        },
        LearningOffer {
            audience: Audience { operational: Some(false), ..employer.clone() },
            ..offer(
                "operational-conversion",
                "Operational conversion scheme for non-operational staff",
                "programme",
                &[2],
            )
        },
        LearningOffer {
            level: Some(5),
            entry: vec![qualification(3, "A Level 3 qualification, such as A levels")],
            ..offer(
                "operations-manager-apprenticeship",
                "Operations manager apprenticeship (Level 5)",
                "apprenticeship",
                &[5, 6, 7],
            )
        },
        LearningOffer {
            level: Some(7),
            entry: vec![EntryRequirement {
                any_of: vec![
                    option(Credential::QualificationLevel(6), "A degree"),
                    option(Credential::ExperienceYears(5), "Five years of management experience"),
                ],
                text: Text::en("A degree, or five years of management experience"),
            }],
            ..offer(
                "senior-leader-apprenticeship",
                "Senior leader apprenticeship (Level 7)",
                "apprenticeship",
                &[0, 7],
            )
        },
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
        written: "2024-01-01".to_string(),
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
        registrations: vec![Registration {
            id: "nmc".to_string(),
            title: Text::en("Nursing and Midwifery Council"),
        }],
        ..Framework::default()
    }
}
