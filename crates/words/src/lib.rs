//! Every sentence of advice, in English and Welsh.
//!
//! The engine explains its results as structured [`Part`]s that carry indices and numbers, never
//! words. This crate turns them into sentences from templates in `locales/en/advice.toml` and
//! `locales/cy/advice.toml`, which `build.rs` compiles in (a key missing in a language, different
//! placeholders, or a missing plural form fails the build). It is the only place advice is
//! worded: the widget shows what [`render_spans`] and [`parts_spans`] give, and the snapshot tests
//! in `tests/` read the same text in both languages.
//!
//! A template that changes with a number is chosen by its CLDR plural category
//! ([`plural_category`]): English has `one` and `other`, Welsh `zero`, `one`, `two`, `few`,
//! `many` and `other`, so "2 fis", "2 flynedd" and "3 chymhwysedd" are written in the files
//! rather than worked out in code.
//!
//! Names (roles, competences, learning offers, entry requirements) come from the framework in
//! the reader's language. When Welsh is asked for but a name exists only in English, the name
//! is kept in English and marked, so the UI can wrap it in `lang="en"` ([`Span::english`]).
//! An index that does not resolve reads as a neutral phrase ("this role") instead of panicking.

use hjcp_engine::{
    CompetenceIx, Credential, Explanation, Framework, LearningIx, MoveKind, Part, Position, RoleIx,
    RouteKind, Text,
};

pub use hjcp_engine::Lang;
pub use plural::{forms as plural_forms, plural_category, Category};

mod plural;

include!(concat!(env!("OUT_DIR"), "/advice.rs"));

/// At most this many names are listed in a sentence before "and N more": the full list is on
/// screen next to the sentence anyway.
pub const MAX_NAMES: usize = 3;

/// Marks the start and end of English text inside a Welsh sentence (private-use characters,
/// which framework text never contains).
const EN_START: char = '\u{E000}';
const EN_END: char = '\u{E001}';

/// A run of rendered text; `english` is set for framework text shown in English inside a Welsh
/// sentence (no translation yet), so the UI can mark it `lang="en"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub english: bool,
}

/// The whole explanation as plain text in `lang`: the parts' sentences joined by spaces.
pub fn render(explanation: &Explanation, framework: &Framework, lang: Lang) -> String {
    plain(&marked(&explanation.parts, framework, lang))
}

/// The whole explanation as runs of text, with English-only names marked.
pub fn render_spans(explanation: &Explanation, framework: &Framework, lang: Lang) -> Vec<Span> {
    split(&marked(&explanation.parts, framework, lang))
}

/// Some of the parts only (a path summary, one path step), as runs of text.
pub fn parts_spans(parts: &[Part], framework: &Framework, lang: Lang) -> Vec<Span> {
    split(&marked(parts, framework, lang))
}

/// A duration outside a sentence: "1 month", "18 months"; "2 fis", "18 mis".
pub fn months(n: u32, lang: Lang) -> String {
    count(Counted::Months, n, lang, &[])
}

/// A length of experience: "1 year", "5 years"; "1 flwyddyn", "2 flynedd", "5 o flynyddoedd".
pub fn years(n: u32, lang: Lang) -> String {
    count(Counted::Years, n, lang, &[])
}

/// A number of competences: "1 competence", "4 competences"; "2 gymhwysedd", "4 cymhwysedd".
pub fn competences(n: u32, lang: Lang) -> String {
    count(Counted::Competences, n, lang, &[])
}

/// A time to set aside: "1 minute", "16 minutes"; "2 funud", "16 munud".
pub fn minutes(n: u32, lang: Lang) -> String {
    count(Counted::Minutes, n, lang, &[])
}

/// A number of questions: "1 question", "8 questions"; "3 chwestiwn", "8 cwestiwn".
pub fn questions(n: u32, lang: Lang) -> String {
    count(Counted::Questions, n, lang, &[])
}

/// A length that may depend on what a person brings: "18 months", or "15 to 21 months" when it
/// is not known which applies.
pub fn months_range(min: u32, max: u32, lang: Lang) -> String {
    if min < max {
        count(Counted::MonthsRange, max, lang, &[("min", &min.to_string())])
    } else {
        months(max, lang)
    }
}

/// What a route gives, as a phrase ("a Level 6 qualification", "registration with the Nursing
/// and Midwifery Council"), with a register's name marked when it has no Welsh; `None` for a
/// credential with no words of its own (`Other`).
pub fn credential_spans(
    credential: Credential,
    framework: &Framework,
    lang: Lang,
) -> Option<Vec<Span>> {
    R { fw: framework, lang }.credential(credential).map(|s| split(&s))
}

/// How the fit percentage is worked out, in one plain sentence, for the results to say once.
pub fn fit_formula(lang: Lang) -> &'static str {
    Key::FitFormula.text(lang)
}

/// Replaces each `{name}` in `template` with its value, in one pass (so a value that happens to
/// contain braces is never filled again). A placeholder with no value is left as it is.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        out.push_str(&rest[..start]);
        match values.iter().find(|(name, _)| *name == &after[..end]) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[start..start + end + 2]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// A counted template for `n`: its form for `n`'s plural category, with `{n}` filled too.
fn count(key: Counted, n: u32, lang: Lang, values: &[(&str, &str)]) -> String {
    let n_text = n.to_string();
    let mut all = Vec::with_capacity(values.len() + 1);
    all.push(("n", n_text.as_str()));
    all.extend_from_slice(values);
    fill(key.text(lang, plural_category(lang, n)), &all)
}

fn marked(parts: &[Part], framework: &Framework, lang: Lang) -> String {
    let r = R { fw: framework, lang };
    let sentences: Vec<String> =
        parts.iter().map(|p| r.part(p)).filter(|s| !s.is_empty()).collect();
    sentences.join(" ")
}

fn plain(s: &str) -> String {
    s.chars().filter(|c| *c != EN_START && *c != EN_END).collect()
}

fn split(s: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut english = false;
    for ch in s.chars() {
        if ch == EN_START || ch == EN_END {
            if !current.is_empty() {
                out.push(Span { text: std::mem::take(&mut current), english });
            }
            english = ch == EN_START;
        } else {
            current.push(ch);
        }
    }
    if !current.is_empty() {
        out.push(Span { text: current, english });
    }
    out
}

/// Whether a name, past any opening quotation mark, starts with a vowel (Welsh vowels: a, e, i,
/// o, u, w, y, with or without a circumflex or other accent).
fn starts_with_vowel(name: &str) -> bool {
    name.trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .next()
        .and_then(|c| c.to_lowercase().next())
        .is_some_and(|c| "aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ".contains(c))
}

fn len(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A renderer for one framework and language.
struct R<'a> {
    fw: &'a Framework,
    lang: Lang,
}

impl R<'_> {
    fn t(&self, key: Key) -> &'static str {
        key.text(self.lang)
    }

    fn f(&self, key: Key, values: &[(&str, &str)]) -> String {
        fill(self.t(key), values)
    }

    fn c(&self, key: Counted, n: u32, values: &[(&str, &str)]) -> String {
        count(key, n, self.lang, values)
    }

    /// Framework text in the reader's language, marked when it is English in a Welsh sentence.
    fn name(&self, text: &Text) -> String {
        self.name_str(text, |s| s)
    }

    fn name_str(&self, text: &Text, edit: impl FnOnce(&str) -> &str) -> String {
        let (s, native) = text.get(self.lang);
        let s = edit(s);
        if native {
            s.to_string()
        } else {
            format!("{EN_START}{s}{EN_END}")
        }
    }

    fn role_title(&self, role: RoleIx) -> String {
        self.fw
            .roles
            .get(role.get())
            .map_or_else(|| self.t(Key::ThisRole).to_string(), |r| self.name(&r.title))
    }

    fn competence_name(&self, c: CompetenceIx) -> String {
        match self.fw.competences.get(c.get()) {
            Some(c) => self.f(Key::Quoted, &[("name", &self.name(&c.title))]),
            None => self.t(Key::MissingCompetence).to_string(),
        }
    }

    fn offer_name(&self, o: LearningIx) -> String {
        match self.fw.learning.get(o.get()) {
            Some(o) => self.f(Key::Quoted, &[("name", &self.name(&o.title))]),
            None => self.t(Key::MissingOffer).to_string(),
        }
    }

    /// "A", "A and B", "A, B and C", "A, B, C and 2 more".
    fn list(&self, items: Vec<String>) -> String {
        let n = items.len();
        if n > MAX_NAMES {
            let shown = items[..MAX_NAMES].join(", ");
            return self.c(Counted::ListMore, len(n - MAX_NAMES), &[("items", &shown)]);
        }
        match n {
            0 => String::new(),
            1 => items.into_iter().next().unwrap_or_default(),
            _ => {
                // Welsh "and" is "ac" before a vowel ("a “Chyfathrebu” ac “Arwain”").
                let key =
                    if starts_with_vowel(&items[n - 1]) { Key::ListAndVowel } else { Key::ListAnd };
                self.f(key, &[("items", &items[..n - 1].join(", ")), ("last", &items[n - 1])])
            }
        }
    }

    /// "A, B or C".
    fn list_or(&self, items: Vec<String>) -> String {
        let n = items.len();
        match n {
            0 => String::new(),
            1 => items.into_iter().next().unwrap_or_default(),
            _ => self
                .f(Key::ListOr, &[("items", &items[..n - 1].join(", ")), ("last", &items[n - 1])]),
        }
    }

    fn competences(&self, cs: &[CompetenceIx]) -> String {
        self.list(cs.iter().map(|c| self.competence_name(*c)).collect())
    }

    fn months(&self, n: u32) -> String {
        self.c(Counted::Months, n, &[])
    }

    fn months_range(&self, min: u32, max: u32) -> String {
        months_range(min, max, self.lang)
    }

    /// ", typically 15 to 21 months", or nothing for a step that takes no time.
    fn typically(&self, min: u32, max: u32) -> String {
        if max == 0 {
            String::new()
        } else {
            self.f(Key::Typically, &[("months", &self.months_range(min, max))])
        }
    }

    /// "Prison Officer, then Supervising Officer and then Custodial Manager": roles on a way.
    fn roles_in_order(&self, roles: &[RoleIx]) -> String {
        let names: Vec<String> = roles.iter().map(|r| self.role_title(*r)).collect();
        match names.len() {
            0 => String::new(),
            1 => names[0].clone(),
            n => self.f(
                Key::RolesThen,
                &[
                    ("items", &names[..n - 1].join(self.t(Key::RolesThenSep))),
                    ("last", &names[n - 1]),
                ],
            ),
        }
    }

    /// What a route gives, as a noun phrase ("a Level 6 qualification"), or `None` for `Other`.
    fn credential(&self, c: Credential) -> Option<String> {
        Some(match c {
            Credential::QualificationLevel(l) => {
                self.f(Key::CredentialQualification, &[("level", &l.to_string())])
            }
            Credential::ExperienceYears(y) => self.f(
                Key::CredentialExperience,
                &[("years", &self.c(Counted::Years, u32::from(y), &[]))],
            ),
            Credential::Registration(r) => match self.fw.registrations.get(r.get()) {
                Some(reg) => {
                    self.f(Key::CredentialRegistration, &[("register", &self.name(&reg.title))])
                }
                None => self.t(Key::CredentialRegistrationUnknown).to_string(),
            },
            Credential::Other => return None,
        })
    }

    /// Where a path starts, as the opening of a sentence.
    fn start(&self, from: &Position) -> String {
        match from {
            Position::Outside => self.t(Key::PathFromOutside).to_string(),
            Position::InRole(r) => self.f(Key::PathFromRole, &[("role", &self.role_title(*r))]),
        }
    }

    /// The sentence for a route's shorter length, in the route's own words for who it is for.
    fn shorter(&self, route: Option<hjcp_engine::RouteIx>, min: u32) -> Option<String> {
        let shorter =
            route.and_then(|r| self.fw.routes.get(r.get())).and_then(|r| r.shorter.as_ref())?;
        let months = self.months(min);
        fn trim(s: &str) -> &str {
            s.trim().trim_end_matches('.').trim()
        }
        if trim(shorter.when.text.get(self.lang).0).is_empty() {
            return Some(self.f(Key::StepShorterSome, &[("months", &months)]));
        }
        // The condition follows a colon, so it starts in lower case ("if you have…"), unless
        // its first word is an acronym or a name ("NMC registration").
        let (text, native) = shorter.when.text.get(self.lang);
        let text = trim(text);
        let mut chars = text.chars();
        let condition = match (chars.next(), chars.next()) {
            (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
                format!("{}{}", first.to_lowercase(), &text[first.len_utf8()..])
            }
            _ => text.to_string(),
        };
        let condition = if native { condition } else { format!("{EN_START}{condition}{EN_END}") };
        Some(self.f(Key::StepShorter, &[("months", &months), ("condition", &condition)]))
    }
    fn count_competences(&self, n: u32) -> String {
        self.c(Counted::Competences, n, &[])
    }

    /// The route kind as a noun phrase ("an apprenticeship").
    fn kind(&self, kind: RouteKind) -> &'static str {
        self.t(match kind {
            RouteKind::Promotion => Key::KindPromotion,
            RouteKind::FastTrack => Key::KindFastTrack,
            RouteKind::Apprenticeship => Key::KindApprenticeship,
            RouteKind::Qualification => Key::KindQualification,
            RouteKind::Lateral => Key::KindLateral,
            RouteKind::DirectEntry => Key::KindDirectEntry,
        })
    }

    /// "through an apprenticeship" (Welsh mutates after "drwy", so this is its own template).
    fn via(&self, kind: RouteKind) -> &'static str {
        self.t(match kind {
            RouteKind::Promotion => Key::ViaPromotion,
            RouteKind::FastTrack => Key::ViaFastTrack,
            RouteKind::Apprenticeship => Key::ViaApprenticeship,
            RouteKind::Qualification => Key::ViaQualification,
            RouteKind::Lateral => Key::ViaLateral,
            RouteKind::DirectEntry => Key::ViaDirectEntry,
        })
    }

    /// An entry requirement as the person should read it; generated from its numbers when the
    /// framework gives no wording, so a sentence never ends in an empty quote.
    fn entry_text(&self, role: RoleIx, index: usize) -> String {
        let Some(req) = self.fw.roles.get(role.get()).and_then(|r| r.entry.get(index)) else {
            return self.t(Key::EntryMissing).to_string();
        };
        fn trim(s: &str) -> &str {
            s.trim().trim_end_matches('.').trim()
        }
        // Framework wording in the reader's language, or in English when that is all there is;
        // generated wording only when there is none in either.
        if !trim(req.text().get(self.lang).0).is_empty() {
            return self.name_str(req.text(), trim);
        }
        match req.any_of.first().map(|o| o.credential) {
            Some(Credential::QualificationLevel(level)) => {
                self.f(Key::EntryQualification, &[("level", &level.to_string())])
            }
            Some(Credential::ExperienceYears(years)) => {
                let years = self.c(Counted::Years, u32::from(years), &[]);
                self.f(Key::EntryExperience, &[("years", &years)])
            }
            _ => self.t(Key::EntryOther).to_string(),
        }
    }

    /// Entry requirements are often whole phrases with their own capitals and commas ("A level 5
    /// qualification, such as a foundation degree"), so they are separated by semicolons rather
    /// than joined with "and", which would read as one run-on requirement.
    fn entries(&self, role: RoleIx, ixs: &[usize]) -> String {
        ixs.iter().map(|i| self.entry_text(role, *i)).collect::<Vec<_>>().join("; ")
    }

    fn part(&self, part: &Part) -> String {
        match part {
            Part::Fit { total, met, partly, gaps, not_rated, .. } => {
                self.fit(*total, *met, partly, gaps, not_rated)
            }
            Part::FitScore { score, met, partly, total, .. } => {
                let values = [
                    ("score", score.to_string()),
                    ("met", met.to_string()),
                    ("total", total.to_string()),
                ];
                let values: Vec<(&str, &str)> =
                    values.iter().map(|(k, v)| (*k, v.as_str())).collect();
                match partly {
                    0 => self.f(Key::FitScore, &values),
                    p => self.c(Counted::FitScorePartly, *p, &values),
                }
            }
            Part::ThroughPath { via, steps, months_min, months_max, .. } => self.c(
                Counted::ThroughPath,
                len(via.len()),
                &[
                    ("steps", &self.c(Counted::Steps, *steps, &[])),
                    ("roles", &self.roles_in_order(via)),
                    ("typically", &self.typically(*months_min, *months_max)),
                ],
            ),
            Part::PathAlternative { to, via, steps, months_min, months_max, .. } => {
                let steps = self.c(Counted::Steps, *steps, &[]);
                let typically = self.typically(*months_min, *months_max);
                if via.is_empty() {
                    self.f(
                        Key::PathAlternativeStraight,
                        &[
                            ("to", &self.role_title(*to)),
                            ("steps", &steps),
                            ("typically", &typically),
                        ],
                    )
                } else {
                    self.c(
                        Counted::PathAlternativeVia,
                        len(via.len()),
                        &[
                            ("roles", &self.roles_in_order(via)),
                            ("steps", &steps),
                            ("typically", &typically),
                        ],
                    )
                }
            }
            Part::Blocked { from, to, at, missing } => {
                let start = self.start(from);
                let to_name = self.role_title(*to);
                if missing.is_empty() {
                    return self.f(Key::BlockedVague, &[("start", &start), ("to", &to_name)]);
                }
                let entries = self.entries(*at, missing);
                if at == to {
                    self.c(
                        Counted::BlockedTarget,
                        len(missing.len()),
                        &[("start", &start), ("to", &to_name), ("entries", &entries)],
                    )
                } else {
                    self.c(
                        Counted::BlockedOnWay,
                        len(missing.len()),
                        &[
                            ("start", &start),
                            ("to", &to_name),
                            ("at", &self.role_title(*at)),
                            ("entries", &entries),
                        ],
                    )
                }
            }
            Part::Closed { from, role, missing } => {
                let name = self.role_title(*role);
                let outside = matches!(from, Position::Outside);
                if missing.is_empty() {
                    let key = if outside { Key::ClosedApply } else { Key::ClosedMove };
                    return self.f(key, &[("role", &name)]);
                }
                let key =
                    if outside { Counted::ClosedApplyMissing } else { Counted::ClosedMoveMissing };
                self.c(
                    key,
                    len(missing.len()),
                    &[("role", &name), ("entries", &self.entries(*role, missing))],
                )
            }
            Part::LivedExperience { .. } => self.t(Key::LivedExperience).to_string(),
            Part::Confidence {
                rated, estimated, total, needed_rated, needed_total, rough, ..
            } => {
                let estimated = match estimated {
                    0 => String::new(),
                    e => self.c(Counted::ConfidenceEstimated, *e, &[]),
                };
                let competences = self.count_competences(*total);
                let rated = rated.to_string();
                let mut out = if *needed_total == 0 {
                    self.f(
                        Key::ConfidenceFramework,
                        &[
                            ("rated", &rated),
                            ("competences", &competences),
                            ("estimated", &estimated),
                        ],
                    )
                } else {
                    self.f(
                        Key::ConfidenceNeeded,
                        &[
                            ("rated", &rated),
                            ("competences", &competences),
                            ("needed_rated", &needed_rated.to_string()),
                            ("needed_total", &needed_total.to_string()),
                            ("estimated", &estimated),
                        ],
                    )
                };
                if *rough {
                    out.push(' ');
                    out.push_str(self.t(Key::ConfidenceRough));
                }
                out
            }
            Part::PlanDropped { offers } => match offers {
                0 => String::new(),
                n => self.c(Counted::PlanDropped, *n, &[]),
            },
            Part::Route { purpose, kind, months_min, months_max, quickest } => {
                let (min, max) = (u32::from(*months_min), u32::from(*months_max));
                let typically = self.typically(min, max);
                let how = self.kind(*kind);
                let route = |usual: Key, quickest_key: Key| {
                    self.f(
                        if *quickest { quickest_key } else { usual },
                        &[("how", how), ("typically", &typically)],
                    )
                };
                match purpose {
                    MoveKind::Up => route(Key::RouteUpUsual, Key::RouteUpQuickest),
                    MoveKind::Across => route(Key::RouteAcrossUsual, Key::RouteAcrossQuickest),
                    MoveKind::ThroughRoute => self
                        .f(Key::RouteJoin, &[("via", self.via(*kind)), ("typically", &typically)]),
                    MoveKind::ApplyNow if max == 0 => self.t(Key::RouteApplyNow).to_string(),
                    MoveKind::ApplyNow => self
                        .f(Key::RouteApplyNowMonths, &[("months", &self.months_range(min, max))]),
                }
            }
            Part::OpenToApplicants { .. } => self.t(Key::OpenToApplicants).to_string(),
            Part::OtherRoutes { routes } => {
                if routes.is_empty() {
                    return String::new();
                }
                let ways: Vec<String> = routes
                    .iter()
                    .map(|(kind, m)| {
                        let way = match kind {
                            RouteKind::DirectEntry => self.t(Key::OtherDirect),
                            kind => self.via(*kind),
                        };
                        if *m == 0 {
                            way.to_string()
                        } else {
                            self.f(
                                Key::OtherMonths,
                                &[("way", way), ("months", &self.months(u32::from(*m)))],
                            )
                        }
                    })
                    .collect();
                self.f(Key::OtherRoutes, &[("ways", &self.list_or(ways))])
            }
            Part::Entry { role, met, given, not_met, unknown } => {
                let mut out = Vec::new();
                if !not_met.is_empty() {
                    let entries = self.entries(*role, not_met);
                    out.push(self.c(
                        Counted::EntryNotMet,
                        len(not_met.len()),
                        &[("entries", &entries)],
                    ));
                }
                if !given.is_empty() {
                    let entries = self.entries(*role, given);
                    out.push(self.c(
                        Counted::EntryGiven,
                        len(given.len()),
                        &[("entries", &entries)],
                    ));
                }
                if !unknown.is_empty() {
                    let entries = self.entries(*role, unknown);
                    out.push(self.c(
                        Counted::EntryUnknown,
                        len(unknown.len()),
                        &[("entries", &entries)],
                    ));
                }
                if not_met.is_empty() && unknown.is_empty() && !met.is_empty() {
                    let entries = self.entries(*role, met);
                    out.push(match (met.len(), given.is_empty()) {
                        (1, true) => self.f(Key::EntryMetOne, &[("entries", &entries)]),
                        (_, true) => self.t(Key::EntryMetAll).to_string(),
                        (1, false) => self.f(Key::EntryMetOtherOne, &[("entries", &entries)]),
                        (_, false) => self.t(Key::EntryMetOtherAll).to_string(),
                    });
                }
                out.join(" ")
            }
            Part::Changes { added, raised, lowered, removed, .. } => {
                let mut asks = Vec::new();
                if *added > 0 {
                    asks.push(self.c(Counted::NewCompetences, *added, &[]));
                }
                if *raised > 0 {
                    asks.push(self.c(Counted::ChangesRaised, *raised, &[]));
                }
                if *lowered > 0 {
                    asks.push(self.c(Counted::ChangesLowered, *lowered, &[]));
                }
                let mut out = if asks.is_empty() {
                    self.t(Key::ChangesNothingNew).to_string()
                } else {
                    self.f(Key::ChangesAsks, &[("asks", &self.list(asks))])
                };
                if *removed > 0 {
                    out.push(' ');
                    out.push_str(&self.c(
                        Counted::ChangesRemoved,
                        *removed,
                        &[("competences", &self.count_competences(*removed))],
                    ));
                }
                out
            }
            Part::PathSummary { from, to, steps, months_min, months_max } => {
                let start = self.start(from);
                let steps = self.c(Counted::Steps, *steps, &[]);
                let to = self.role_title(*to);
                if *months_max == 0 {
                    self.f(Key::PathSummary, &[("start", &start), ("to", &to), ("steps", &steps)])
                } else {
                    self.f(
                        Key::PathSummaryMonths,
                        &[
                            ("start", &start),
                            ("to", &to),
                            ("steps", &steps),
                            ("months", &self.months_range(*months_min, *months_max)),
                        ],
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
                let role = self.role_title(*to);
                let number = number.to_string();
                let (min, max) = (u32::from(*months_min), u32::from(*months_max));
                let months = self.months_range(min, max);
                let mut out = match (kind, max) {
                    (RouteKind::DirectEntry, 0) => {
                        self.f(Key::StepDirect, &[("number", &number), ("role", &role)])
                    }
                    (RouteKind::DirectEntry, _) => self.f(
                        Key::StepDirectMonths,
                        &[("number", &number), ("role", &role), ("months", &months)],
                    ),
                    (kind, 0) => self.f(
                        Key::StepRoute,
                        &[("number", &number), ("how", self.kind(*kind)), ("role", &role)],
                    ),
                    (kind, _) => self.f(
                        Key::StepRouteMonths,
                        &[
                            ("number", &number),
                            ("how", self.kind(*kind)),
                            ("role", &role),
                            ("months", &months),
                        ],
                    ),
                };
                if min < max {
                    if let Some(s) = self.shorter(*route, min) {
                        out.push(' ');
                        out.push_str(&s);
                    }
                }
                let gives: Vec<String> = gives.iter().filter_map(|c| self.credential(*c)).collect();
                if !gives.is_empty() {
                    out.push(' ');
                    let n = gives.len();
                    let list = if n == 1 {
                        gives[0].clone()
                    } else {
                        self.f(
                            Key::GivesList,
                            &[
                                ("items", &gives[..n - 1].join(self.t(Key::GivesSep))),
                                ("last", &gives[n - 1]),
                            ],
                        )
                    };
                    out.push_str(&self.f(Key::StepGives, &[("list", &list)]));
                }
                if !check.is_empty() {
                    out.push(' ');
                    out.push_str(&self.c(
                        Counted::StepCheck,
                        len(check.len()),
                        &[("entries", &self.entries(*to, check))],
                    ));
                }
                if *total > 0 && unmet.is_empty() {
                    out.push(' ');
                    out.push_str(&self.c(Counted::StepAllMet, *total, &[]));
                } else if !unmet.is_empty() {
                    let (u, t) = (len(unmet.len()), *total);
                    let how_many = if u == t {
                        self.c(Counted::StepHowManyAll, t, &[])
                    } else {
                        self.c(Counted::StepHowManySome, t, &[("count", &u.to_string())])
                    };
                    out.push(' ');
                    out.push_str(&self.f(
                        Key::StepBuild,
                        &[("how_many", &how_many), ("list", &self.competences(unmet))],
                    ));
                }
                out
            }
            Part::NoRoute { from, to } => {
                let to = self.role_title(*to);
                match from {
                    Position::Outside => self.f(Key::NoRouteOutside, &[("to", &to)]),
                    Position::InRole(r) => {
                        self.f(Key::NoRouteFromRole, &[("from", &self.role_title(*r)), ("to", &to)])
                    }
                }
            }
            Part::AlreadyInRole { role } => {
                self.f(Key::AlreadyInRole, &[("role", &self.role_title(*role))])
            }
            Part::PlanSummary { role, unmet, offers } => {
                let role = self.role_title(*role);
                let competences = self.count_competences(*unmet);
                match (unmet, offers) {
                    (0, _) => self.f(Key::PlanAllMet, &[("role", &role)]),
                    (u, 0) => self.c(
                        Counted::PlanNoOffers,
                        *u,
                        &[("role", &role), ("competences", &competences)],
                    ),
                    (_, o) => self.f(
                        Key::PlanOffers,
                        &[
                            ("role", &role),
                            ("competences", &competences),
                            ("offers", &self.c(Counted::Offers, *o, &[])),
                        ],
                    ),
                }
            }
            Part::PlanFirstOffer { offer, builds, of, at, .. } => {
                let offer = self.offer_name(*offer);
                let count = builds.to_string();
                match at {
                    None if builds == of => {
                        self.c(Counted::FirstOfferAll, *of, &[("offer", &offer)])
                    }
                    None => self.f(Key::FirstOfferSome, &[("offer", &offer), ("count", &count)]),
                    Some(r) => {
                        let role = self.role_title(*r);
                        if builds == of {
                            self.c(
                                Counted::FirstOfferAtAll,
                                *of,
                                &[("offer", &offer), ("role", &role)],
                            )
                        } else {
                            self.f(
                                Key::FirstOfferAtSome,
                                &[("offer", &offer), ("role", &role), ("count", &count)],
                            )
                        }
                    }
                }
            }
            Part::Uncovered { competences: cs } => match cs.len() {
                0 => String::new(),
                n => self.c(Counted::Uncovered, len(n), &[("list", &self.competences(cs))]),
            },
        }
    }

    fn fit(
        &self,
        total: u32,
        met: u32,
        partly: &[CompetenceIx],
        gaps: &[CompetenceIx],
        not_rated: &[CompetenceIx],
    ) -> String {
        if total > 0 && len(not_rated.len()) == total {
            // Saying "you do not meet any" would claim more than we know.
            let them = self.c(Counted::FitThem, total, &[]);
            return self
                .f(Key::FitNoneRated, &[("them", &them), ("list", &self.competences(not_rated))]);
        }
        let mut out = vec![match (met, total) {
            (_, 0) => self.t(Key::FitNoCompetences).to_string(),
            (m, t) if m == t => self.c(Counted::FitMetAll, t, &[]),
            (0, t) => self.c(Counted::FitMetNone, t, &[]),
            (m, t) => self.c(Counted::FitMetSome, t, &[("met", &m.to_string())]),
        }];
        let group = |cs: &[CompetenceIx], key: Counted| match cs.len() {
            0 => None,
            n => Some(self.c(key, len(n), &[("list", &self.competences(cs))])),
        };
        out.extend(group(partly, Counted::FitPartly));
        out.extend(group(gaps, Counted::FitGaps));
        out.extend(group(not_rated, Counted::FitNotRated));
        out.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_each_placeholder_once() {
        assert_eq!(fill("{n} of {total}", &[("n", "2"), ("total", "5")]), "2 of 5");
        // A value with braces in it is not filled again; an unknown placeholder stays.
        assert_eq!(fill("{a} {b} {c}", &[("a", "{b}"), ("b", "x")]), "{b} x {c}");
        assert_eq!(fill("no braces", &[("a", "b")]), "no braces");
        assert_eq!(fill("open { only", &[]), "open { only");
    }

    #[test]
    fn months_outside_sentences() {
        assert_eq!(months(1, Lang::En), "1 month");
        assert_eq!(months(18, Lang::En), "18 months");
        assert_eq!(months(1, Lang::Cy), "1 mis");
        assert_eq!(months(2, Lang::Cy), "2 fis");
        assert_eq!(months(18, Lang::Cy), "18 mis");
    }

    #[test]
    fn welsh_years_mutate_after_the_number() {
        let cy: Vec<String> = [0, 1, 2, 3, 5, 6, 10].iter().map(|n| years(*n, Lang::Cy)).collect();
        assert_eq!(
            cy,
            [
                "0 o flynyddoedd",
                "1 flwyddyn",
                "2 flynedd",
                "3 blynedd",
                "5 o flynyddoedd",
                "6 blynedd",
                "10 o flynyddoedd"
            ]
        );
        assert_eq!(years(1, Lang::En), "1 year");
        assert_eq!(years(5, Lang::En), "5 years");
    }

    #[test]
    fn welsh_competences_mutate_after_two_three_and_six() {
        let cy: Vec<String> = [1, 2, 3, 4, 6].iter().map(|n| competences(*n, Lang::Cy)).collect();
        assert_eq!(
            cy,
            ["1 cymhwysedd", "2 gymhwysedd", "3 chymhwysedd", "4 cymhwysedd", "6 chymhwysedd"]
        );
    }

    /// The counted phrases for the numbers that show every Welsh form, one line per number,
    /// for a reviewer to read down.
    #[test]
    fn counted_phrases_for_every_category() {
        let keys = [
            Counted::Months,
            Counted::Years,
            Counted::Steps,
            Counted::Competences,
            Counted::NewCompetences,
            Counted::Offers,
            Counted::ChangesRaised,
        ];
        let table = |lang: Lang| {
            [0, 1, 2, 3, 4, 5, 6, 8, 10, 11, 12, 18, 20]
                .iter()
                .map(|n| {
                    let row: Vec<String> = keys.iter().map(|k| count(*k, *n, lang, &[])).collect();
                    row.join(" | ")
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        expect_test::expect![[r#"
            0 months | 0 years | 0 steps | 0 competences | 0 new competences | 0 learning offers | 0 at a higher step
            1 month | 1 year | 1 step | 1 competence | 1 new competence | 1 learning offer | 1 at a higher step
            2 months | 2 years | 2 steps | 2 competences | 2 new competences | 2 learning offers | 2 at a higher step
            3 months | 3 years | 3 steps | 3 competences | 3 new competences | 3 learning offers | 3 at a higher step
            4 months | 4 years | 4 steps | 4 competences | 4 new competences | 4 learning offers | 4 at a higher step
            5 months | 5 years | 5 steps | 5 competences | 5 new competences | 5 learning offers | 5 at a higher step
            6 months | 6 years | 6 steps | 6 competences | 6 new competences | 6 learning offers | 6 at a higher step
            8 months | 8 years | 8 steps | 8 competences | 8 new competences | 8 learning offers | 8 at a higher step
            10 months | 10 years | 10 steps | 10 competences | 10 new competences | 10 learning offers | 10 at a higher step
            11 months | 11 years | 11 steps | 11 competences | 11 new competences | 11 learning offers | 11 at a higher step
            12 months | 12 years | 12 steps | 12 competences | 12 new competences | 12 learning offers | 12 at a higher step
            18 months | 18 years | 18 steps | 18 competences | 18 new competences | 18 learning offers | 18 at a higher step
            20 months | 20 years | 20 steps | 20 competences | 20 new competences | 20 learning offers | 20 at a higher step"#]].assert_eq(&table(Lang::En));
        expect_test::expect![[r#"
            0 mis | 0 o flynyddoedd | 0 cam | 0 cymhwysedd | 0 cymhwysedd newydd | 0 cyfle dysgu | lefel uwch mewn 0 cymhwysedd
            1 mis | 1 flwyddyn | 1 cam | 1 cymhwysedd | 1 cymhwysedd newydd | 1 cyfle dysgu | lefel uwch mewn 1 cymhwysedd
            2 fis | 2 flynedd | 2 gam | 2 gymhwysedd | 2 gymhwysedd newydd | 2 gyfle dysgu | lefel uwch mewn 2 gymhwysedd
            3 mis | 3 blynedd | 3 cham | 3 chymhwysedd | 3 chymhwysedd newydd | 3 chyfle dysgu | lefel uwch mewn 3 chymhwysedd
            4 mis | 4 o flynyddoedd | 4 cam | 4 cymhwysedd | 4 cymhwysedd newydd | 4 cyfle dysgu | lefel uwch mewn 4 cymhwysedd
            5 mis | 5 o flynyddoedd | 5 cam | 5 cymhwysedd | 5 cymhwysedd newydd | 5 cyfle dysgu | lefel uwch mewn 5 cymhwysedd
            6 mis | 6 blynedd | 6 cham | 6 chymhwysedd | 6 chymhwysedd newydd | 6 chyfle dysgu | lefel uwch mewn 6 chymhwysedd
            8 mis | 8 o flynyddoedd | 8 cam | 8 cymhwysedd | 8 cymhwysedd newydd | 8 cyfle dysgu | lefel uwch mewn 8 cymhwysedd
            10 mis | 10 o flynyddoedd | 10 cam | 10 cymhwysedd | 10 cymhwysedd newydd | 10 cyfle dysgu | lefel uwch mewn 10 cymhwysedd
            11 mis | 11 o flynyddoedd | 11 cam | 11 cymhwysedd | 11 cymhwysedd newydd | 11 cyfle dysgu | lefel uwch mewn 11 cymhwysedd
            12 mis | 12 o flynyddoedd | 12 cam | 12 cymhwysedd | 12 cymhwysedd newydd | 12 cyfle dysgu | lefel uwch mewn 12 cymhwysedd
            18 mis | 18 o flynyddoedd | 18 cam | 18 cymhwysedd | 18 cymhwysedd newydd | 18 cyfle dysgu | lefel uwch mewn 18 cymhwysedd
            20 mis | 20 o flynyddoedd | 20 cam | 20 cymhwysedd | 20 cymhwysedd newydd | 20 cyfle dysgu | lefel uwch mewn 20 cymhwysedd"#]].assert_eq(&table(Lang::Cy));
    }

    #[test]
    fn and_n_more_never_reads_a_1_arall() {
        let fw = hjcp_engine::testgen::fixture();
        let r = R { fw: &fw, lang: Lang::Cy };
        let names = |n: usize| (0..n).map(|i| format!("N{i}")).collect::<Vec<_>>();
        assert_eq!(r.list(names(4)), "N0, N1, N2 ac un arall");
        assert_eq!(r.list(names(5)), "N0, N1, N2 a dau arall");
        assert_eq!(r.list(names(6)), "N0, N1, N2 a thri arall");
        assert_eq!(r.list(names(7)), "N0, N1, N2 a'r 4 arall");
        assert_eq!(r.list(names(9)), "N0, N1, N2 a chwech arall");
        let r = R { fw: &fw, lang: Lang::En };
        assert_eq!(r.list(names(4)), "N0, N1, N2 and 1 more");
        assert_eq!(r.list(names(7)), "N0, N1, N2 and 4 more");
    }

    #[test]
    fn spans_mark_english_runs() {
        let s = format!("Cam 1: {EN_START}Prison Officer{EN_END}, drwy");
        assert_eq!(
            split(&s),
            [
                Span { text: "Cam 1: ".into(), english: false },
                Span { text: "Prison Officer".into(), english: true },
                Span { text: ", drwy".into(), english: false },
            ]
        );
        assert_eq!(plain(&s), "Cam 1: Prison Officer, drwy");
    }
}
