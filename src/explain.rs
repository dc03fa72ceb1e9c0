//! The engine's explanations in English and Welsh.
//!
//! The engine gives an [`Explanation`] as structured [`Part`]s and renders them in English
//! itself ([`Explanation::render_en`]). This module walks the same parts with sentence
//! templates from the locale files (`explain_*` keys), so the widget can show the explanation
//! in the person's language. The English templates reproduce `render_en` exactly (the tests
//! below check every kind of part against it), so in English the screen shows the engine's own
//! wording, word for word.
//!
//! Names (roles, competences, learning offers, entry requirements) come from the framework in
//! the person's language. When Welsh is asked for but a name exists only in English, the name
//! is kept in English and marked, so the UI can wrap it in `lang="en"` ([`render_spans`]).
//!
//! Compiles natively (no Leptos), so `cargo test -p hjcp-widget` runs these tests.

use hjcp_engine::explain::MAX_NAMES;
use hjcp_engine::{
    CompetenceIx, Credential, Explanation, Framework, Lang, LearningIx, MoveKind, Part, Position,
    RoleIx, RouteKind, Text,
};

use crate::i18n::{fill, Key};

/// Marks the start and end of English text inside a Welsh sentence (private-use characters,
/// which framework text never contains).
const EN_START: char = '\u{E000}';
const EN_END: char = '\u{E001}';

/// A run of a rendered sentence; `english` is set for framework text shown in English inside
/// a Welsh sentence (no translation yet), so it can be marked `lang="en"`.
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

/// "1 month", "6 months" ("6 mis") for durations shown outside sentences.
pub fn months(n: u32, lang: Lang) -> String {
    plural(lang, n, Key::ExplainMonthsOne, Key::ExplainMonthsMany)
}

/// "1 month" / "{n} months": the singular only for exactly one, as the engine says it.
fn plural(lang: Lang, n: u32, one: Key, many: Key) -> String {
    if n == 1 {
        one.text(lang).to_string()
    } else {
        fill(many.text(lang), &[("n", &n.to_string())])
    }
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

    /// Framework text in the person's language, marked when it is English in a Welsh sentence.
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
            .map_or_else(|| self.t(Key::ExplainThisRole).to_string(), |r| self.name(&r.title))
    }

    fn competence_name(&self, c: CompetenceIx) -> String {
        match self.fw.competences.get(c.get()) {
            Some(c) => self.f(Key::ExplainQuoted, &[("name", &self.name(&c.title))]),
            None => self.t(Key::ExplainMissingCompetence).to_string(),
        }
    }

    fn offer_name(&self, o: LearningIx) -> String {
        match self.fw.learning.get(o.get()) {
            Some(o) => self.f(Key::ExplainQuoted, &[("name", &self.name(&o.title))]),
            None => self.t(Key::ExplainMissingOffer).to_string(),
        }
    }

    /// "A", "A and B", "A, B and C", "A, B, C and 2 more".
    fn list(&self, items: Vec<String>) -> String {
        let n = items.len();
        if n > MAX_NAMES {
            let shown = items[..MAX_NAMES].join(", ");
            return self.f(
                Key::ExplainListMore,
                &[("items", &shown), ("count", &(n - MAX_NAMES).to_string())],
            );
        }
        match n {
            0 => String::new(),
            1 => items.into_iter().next().unwrap_or_default(),
            _ => self.f(
                Key::ExplainListAnd,
                &[("items", &items[..n - 1].join(", ")), ("last", &items[n - 1])],
            ),
        }
    }

    /// "A, B or C".
    fn list_or(&self, items: Vec<String>) -> String {
        let n = items.len();
        match n {
            0 => String::new(),
            1 => items.into_iter().next().unwrap_or_default(),
            _ => self.f(
                Key::ExplainListOr,
                &[("items", &items[..n - 1].join(", ")), ("last", &items[n - 1])],
            ),
        }
    }

    fn competences(&self, cs: &[CompetenceIx]) -> String {
        self.list(cs.iter().map(|c| self.competence_name(*c)).collect())
    }

    fn plural(&self, n: u32, one: Key, many: Key) -> String {
        plural(self.lang, n, one, many)
    }

    fn months(&self, n: u32) -> String {
        self.plural(n, Key::ExplainMonthsOne, Key::ExplainMonthsMany)
    }

    fn count_competences(&self, n: u32) -> String {
        self.plural(n, Key::ExplainCompetencesOne, Key::ExplainCompetencesMany)
    }

    /// The route kind as a noun phrase ("an apprenticeship").
    fn kind(&self, kind: RouteKind) -> &'static str {
        self.t(match kind {
            RouteKind::Promotion => Key::ExplainKindPromotion,
            RouteKind::FastTrack => Key::ExplainKindFastTrack,
            RouteKind::Apprenticeship => Key::ExplainKindApprenticeship,
            RouteKind::Qualification => Key::ExplainKindQualification,
            RouteKind::Lateral => Key::ExplainKindLateral,
            RouteKind::DirectEntry => Key::ExplainKindDirectEntry,
        })
    }

    /// "through an apprenticeship" (Welsh mutates after "drwy", so this is its own string).
    fn via(&self, kind: RouteKind) -> &'static str {
        self.t(match kind {
            RouteKind::Promotion => Key::ExplainViaPromotion,
            RouteKind::FastTrack => Key::ExplainViaFastTrack,
            RouteKind::Apprenticeship => Key::ExplainViaApprenticeship,
            RouteKind::Qualification => Key::ExplainViaQualification,
            RouteKind::Lateral => Key::ExplainViaLateral,
            RouteKind::DirectEntry => Key::ExplainViaDirectEntry,
        })
    }

    /// An entry requirement as the person should read it; generated from its numbers when the
    /// framework gives no wording.
    fn entry_text(&self, role: RoleIx, index: usize) -> String {
        let Some(req) = self.fw.roles.get(role.get()).and_then(|r| r.entry.get(index)) else {
            return self.t(Key::ExplainEntryMissing).to_string();
        };
        let trimmed = |s: &str| s.trim().trim_end_matches('.').trim().is_empty();
        if !trimmed(req.text().get(self.lang).0) {
            return self.name_str(req.text(), |s| s.trim().trim_end_matches('.').trim());
        }
        match req.any_of.first().map(|o| o.credential) {
            Some(Credential::QualificationLevel(level)) => {
                self.f(Key::ExplainEntryQualification, &[("level", &level.to_string())])
            }
            Some(Credential::ExperienceYears(years)) => {
                let years =
                    self.plural(u32::from(years), Key::ExplainYearsOne, Key::ExplainYearsMany);
                self.f(Key::ExplainEntryExperience, &[("years", &years)])
            }
            _ => self.t(Key::ExplainEntryOther).to_string(),
        }
    }

    fn entries(&self, role: RoleIx, ixs: &[usize]) -> String {
        ixs.iter().map(|i| self.entry_text(role, *i)).collect::<Vec<_>>().join("; ")
    }

    fn part(&self, part: &Part) -> String {
        match part {
            Part::Fit { total, met, partly, gaps, not_rated, .. } => {
                self.fit(*total, *met, partly, gaps, not_rated)
            }
            Part::Route { purpose, kind, months: m, quickest } => {
                let typically = if *m == 0 {
                    String::new()
                } else {
                    self.f(Key::ExplainTypically, &[("months", &self.months(u32::from(*m)))])
                };
                let how = self.kind(*kind);
                let route = |usual: Key, quickest_key: Key| {
                    self.f(
                        if *quickest { quickest_key } else { usual },
                        &[("how", how), ("typically", &typically)],
                    )
                };
                match purpose {
                    MoveKind::Up => route(Key::ExplainRouteUpUsual, Key::ExplainRouteUpQuickest),
                    MoveKind::Across => {
                        route(Key::ExplainRouteAcrossUsual, Key::ExplainRouteAcrossQuickest)
                    }
                    MoveKind::ThroughRoute => self.f(
                        Key::ExplainRouteJoin,
                        &[("via", self.via(*kind)), ("typically", &typically)],
                    ),
                    MoveKind::ApplyNow if *m == 0 => self.t(Key::ExplainRouteApplyNow).to_string(),
                    MoveKind::ApplyNow => self.f(
                        Key::ExplainRouteApplyNowMonths,
                        &[("months", &self.months(u32::from(*m)))],
                    ),
                }
            }
            Part::OpenToApplicants { .. } => self.t(Key::ExplainOpenToApplicants).to_string(),
            Part::OtherRoutes { routes } => {
                if routes.is_empty() {
                    return String::new();
                }
                let ways: Vec<String> = routes
                    .iter()
                    .map(|(kind, m)| {
                        let way = match kind {
                            RouteKind::DirectEntry => self.t(Key::ExplainOtherDirect),
                            kind => self.via(*kind),
                        };
                        if *m == 0 {
                            way.to_string()
                        } else {
                            self.f(
                                Key::ExplainOtherMonths,
                                &[("way", way), ("months", &self.months(u32::from(*m)))],
                            )
                        }
                    })
                    .collect();
                self.f(Key::ExplainOtherRoutes, &[("ways", &self.list_or(ways))])
            }
            Part::Entry { role, met, not_met, unknown } => {
                let mut out = Vec::new();
                let count = |v: &[usize]| v.len().to_string();
                if !not_met.is_empty() {
                    let entries = self.entries(*role, not_met);
                    out.push(if not_met.len() == 1 {
                        self.f(Key::ExplainEntryNotMetOne, &[("entries", &entries)])
                    } else {
                        self.f(
                            Key::ExplainEntryNotMetMany,
                            &[("count", &count(not_met)), ("entries", &entries)],
                        )
                    });
                }
                if !unknown.is_empty() {
                    let entries = self.entries(*role, unknown);
                    out.push(if unknown.len() == 1 {
                        self.f(Key::ExplainEntryUnknownOne, &[("entries", &entries)])
                    } else {
                        self.f(Key::ExplainEntryUnknownMany, &[("entries", &entries)])
                    });
                }
                if not_met.is_empty() && unknown.is_empty() && !met.is_empty() {
                    out.push(if met.len() == 1 {
                        self.f(Key::ExplainEntryMetOne, &[("entries", &self.entries(*role, met))])
                    } else {
                        self.t(Key::ExplainEntryMetMany).to_string()
                    });
                }
                out.join(" ")
            }
            Part::Changes { added, raised, lowered, removed, .. } => {
                let mut asks = Vec::new();
                if *added > 0 {
                    asks.push(self.plural(
                        *added,
                        Key::ExplainNewCompetencesOne,
                        Key::ExplainNewCompetencesMany,
                    ));
                }
                if *raised > 0 {
                    asks.push(self.f(Key::ExplainChangesRaised, &[("count", &raised.to_string())]));
                }
                if *lowered > 0 {
                    asks.push(
                        self.f(Key::ExplainChangesLowered, &[("count", &lowered.to_string())]),
                    );
                }
                let mut out = if asks.is_empty() {
                    self.t(Key::ExplainChangesNothingNew).to_string()
                } else {
                    self.f(Key::ExplainChangesAsks, &[("asks", &self.list(asks))])
                };
                if *removed > 0 {
                    out.push(' ');
                    out.push_str(&self.f(
                        Key::ExplainChangesRemoved,
                        &[("competences", &self.count_competences(*removed))],
                    ));
                }
                out
            }
            Part::PathSummary { from, to, steps, months: m } => {
                let start = match from {
                    Position::Outside => self.t(Key::ExplainPathFromOutside).to_string(),
                    Position::InRole(r) => {
                        self.f(Key::ExplainPathFromRole, &[("role", &self.role_title(*r))])
                    }
                };
                let steps = self.plural(*steps, Key::ExplainStepsOne, Key::ExplainStepsMany);
                let to = self.role_title(*to);
                if *m == 0 {
                    self.f(
                        Key::ExplainPathSummary,
                        &[("start", &start), ("to", &to), ("steps", &steps)],
                    )
                } else {
                    self.f(
                        Key::ExplainPathSummaryMonths,
                        &[
                            ("start", &start),
                            ("to", &to),
                            ("steps", &steps),
                            ("months", &self.months(*m)),
                        ],
                    )
                }
            }
            Part::PathStep { number, kind, to, months: m, total, unmet } => {
                let role = self.role_title(*to);
                let number = number.to_string();
                let months = self.months(u32::from(*m));
                let mut out = match (kind, m) {
                    (RouteKind::DirectEntry, 0) => {
                        self.f(Key::ExplainStepDirect, &[("number", &number), ("role", &role)])
                    }
                    (RouteKind::DirectEntry, _) => self.f(
                        Key::ExplainStepDirectMonths,
                        &[("number", &number), ("role", &role), ("months", &months)],
                    ),
                    (kind, 0) => self.f(
                        Key::ExplainStepRoute,
                        &[("number", &number), ("how", self.kind(*kind)), ("role", &role)],
                    ),
                    (kind, _) => self.f(
                        Key::ExplainStepRouteMonths,
                        &[
                            ("number", &number),
                            ("how", self.kind(*kind)),
                            ("role", &role),
                            ("months", &months),
                        ],
                    ),
                };
                if *total > 0 && unmet.is_empty() {
                    out.push(' ');
                    out.push_str(&if *total == 1 {
                        self.t(Key::ExplainStepAllMetOne).to_string()
                    } else {
                        self.f(Key::ExplainStepAllMet, &[("total", &total.to_string())])
                    });
                } else if !unmet.is_empty() {
                    let (u, t) = (unmet.len() as u32, *total);
                    let (u_s, t_s) = (u.to_string(), t.to_string());
                    let how_many = match (u, t) {
                        (1, 1) => self.t(Key::ExplainStepHowManyOneOfOne).to_string(),
                        (u, t) if u == t => self.f(Key::ExplainStepHowManyAll, &[("total", &t_s)]),
                        (_, 1) => self.f(Key::ExplainStepHowManyOfOne, &[("count", &u_s)]),
                        _ => {
                            self.f(Key::ExplainStepHowManySome, &[("count", &u_s), ("total", &t_s)])
                        }
                    };
                    out.push(' ');
                    out.push_str(&self.f(
                        Key::ExplainStepBuild,
                        &[("how_many", &how_many), ("list", &self.competences(unmet))],
                    ));
                }
                out
            }
            Part::NoRoute { from, to } => {
                let to = self.role_title(*to);
                match from {
                    Position::Outside => self.f(Key::ExplainNoRouteOutside, &[("to", &to)]),
                    Position::InRole(r) => self.f(
                        Key::ExplainNoRouteFromRole,
                        &[("from", &self.role_title(*r)), ("to", &to)],
                    ),
                }
            }
            Part::AlreadyInRole { role } => {
                self.f(Key::ExplainAlreadyInRole, &[("role", &self.role_title(*role))])
            }
            Part::PlanSummary { role, unmet, offers } => {
                let role = self.role_title(*role);
                match (unmet, offers) {
                    (0, _) => self.f(Key::ExplainPlanAllMet, &[("role", &role)]),
                    (u, 0) => self.f(
                        if *u == 1 {
                            Key::ExplainPlanNoOffersOne
                        } else {
                            Key::ExplainPlanNoOffersMany
                        },
                        &[("role", &role), ("competences", &self.count_competences(*u))],
                    ),
                    (u, o) => self.f(
                        Key::ExplainPlanOffers,
                        &[
                            ("role", &role),
                            ("competences", &self.count_competences(*u)),
                            (
                                "offers",
                                &self.plural(*o, Key::ExplainOffersOne, Key::ExplainOffersMany),
                            ),
                        ],
                    ),
                }
            }
            Part::PlanFirstOffer { offer, builds, of } => {
                let offer = self.offer_name(*offer);
                match (builds, of) {
                    (1, 1) => self.f(Key::ExplainFirstOfferOne, &[("offer", &offer)]),
                    (b, o) if b == o => self.f(Key::ExplainFirstOfferAll, &[("offer", &offer)]),
                    (b, _) => self.f(
                        Key::ExplainFirstOfferSome,
                        &[("offer", &offer), ("count", &b.to_string())],
                    ),
                }
            }
            Part::Uncovered { competences: cs } => match cs.len() {
                0 => String::new(),
                1 => self.f(Key::ExplainUncoveredOne, &[("list", &self.competences(cs))]),
                n => self.f(
                    Key::ExplainUncoveredMany,
                    &[("count", &n.to_string()), ("list", &self.competences(cs))],
                ),
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
        if total > 0 && not_rated.len() as u32 == total {
            let them = if total == 1 {
                self.t(Key::ExplainFitThemOne).to_string()
            } else {
                self.f(Key::ExplainFitThemMany, &[("total", &total.to_string())])
            };
            return self.f(
                Key::ExplainFitNoneRated,
                &[("them", &them), ("list", &self.competences(not_rated))],
            );
        }
        let t = total.to_string();
        let mut out = vec![match (met, total) {
            (_, 0) => self.t(Key::ExplainFitNoCompetences).to_string(),
            (1, 1) => self.t(Key::ExplainFitMetOneOfOne).to_string(),
            (m, t2) if m == t2 => self.f(Key::ExplainFitMetAll, &[("total", &t)]),
            (0, 1) => self.t(Key::ExplainFitMetNoneOfOne).to_string(),
            (0, _) => self.f(Key::ExplainFitMetNone, &[("total", &t)]),
            (m, _) => self.f(Key::ExplainFitMetSome, &[("met", &m.to_string()), ("total", &t)]),
        }];
        let group = |cs: &[CompetenceIx], one: Key, many: Key| match cs.len() {
            0 => None,
            1 => Some(self.f(one, &[("list", &self.competences(cs))])),
            n => Some(self.f(many, &[("count", &n.to_string()), ("list", &self.competences(cs))])),
        };
        out.extend(group(partly, Key::ExplainFitPartlyOne, Key::ExplainFitPartlyMany));
        out.extend(group(gaps, Key::ExplainFitGapsOne, Key::ExplainFitGapsMany));
        out.extend(group(not_rated, Key::ExplainFitNotRatedOne, Key::ExplainFitNotRatedMany));
        out.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use hjcp_engine::explain::{entry_part, fit_part};
    use hjcp_engine::testgen::{fixture, generated_answers, generated_framework};
    use hjcp_engine::{Answers, Facts, Persona, Prepared, Rating, Recommendations};

    use super::*;

    /// Every explanation a set of recommendations carries, plus the fit and entry parts of
    /// every role (which the results screen shows for roles that are not moves).
    fn explanations(fw: &Framework, recs: &Recommendations) -> Vec<Explanation> {
        let mut out: Vec<Explanation> = recs.moves.iter().map(|m| m.explanation.clone()).collect();
        out.extend(recs.target.iter().map(|t| t.explanation.clone()));
        out.extend(recs.plan.iter().map(|p| p.explanation.clone()));
        for fit in &recs.fits {
            let mut parts = vec![fit_part(fit)];
            parts.extend(entry_part(fit));
            out.push(Explanation { parts });
        }
        let _ = fw;
        out
    }

    fn part_name(p: &Part) -> &'static str {
        match p {
            Part::Fit { .. } => "Fit",
            Part::Route { .. } => "Route",
            Part::OpenToApplicants { .. } => "OpenToApplicants",
            Part::OtherRoutes { .. } => "OtherRoutes",
            Part::Entry { .. } => "Entry",
            Part::Changes { .. } => "Changes",
            Part::PathSummary { .. } => "PathSummary",
            Part::PathStep { .. } => "PathStep",
            Part::NoRoute { .. } => "NoRoute",
            Part::AlreadyInRole { .. } => "AlreadyInRole",
            Part::PlanSummary { .. } => "PlanSummary",
            Part::PlanFirstOffer { .. } => "PlanFirstOffer",
            Part::Uncovered { .. } => "Uncovered",
        }
    }

    /// English equals the engine's rendering; Welsh has no leftover placeholder and no marker.
    fn check(fw: &Framework, e: &Explanation) {
        let en = render(e, fw, Lang::En);
        assert_eq!(en, e.render_en(fw), "English rendering differs from the engine for {e:?}");
        let cy = render(e, fw, Lang::Cy);
        assert!(!cy.contains('{') && !cy.contains('}'), "leftover placeholder in Welsh: {cy}");
        assert!(!cy.contains(EN_START) && !cy.contains(EN_END), "marker left in: {cy}");
        assert_eq!(
            cy.is_empty(),
            en.is_empty(),
            "Welsh and English disagree on emptiness: {en} / {cy}"
        );
        let spans: String = render_spans(e, fw, Lang::Cy).into_iter().map(|s| s.text).collect();
        assert_eq!(spans, cy, "spans join to the plain text");
        for p in &e.parts {
            let one = Explanation { parts: vec![p.clone()] };
            assert_eq!(render(&one, fw, Lang::En), one.render_en(fw));
        }
    }

    fn fixture_answers() -> Vec<Answers> {
        let fw = fixture();
        let patterns: Vec<Box<dyn Fn(usize) -> Option<Rating>>> = vec![
            Box::new(|_| None),
            Box::new(|_| Some(Rating::Level(0))),
            Box::new(|_| Some(Rating::Level(1))),
            Box::new(|_| Some(Rating::Level(2))),
            Box::new(|_| Some(Rating::Level(3))),
            Box::new(|i| {
                Some(if i % 3 == 0 { Rating::NotSure } else { Rating::Level((i % 4) as u8) })
            }),
            Box::new(|i| if i % 2 == 0 { None } else { Some(Rating::Level(((i + 1) % 4) as u8)) }),
        ];
        let facts = [
            Facts::default(),
            Facts { qualification_level: Some(6), experience_years: Some(5), current_role: None },
            Facts { qualification_level: Some(1), experience_years: Some(0), current_role: None },
            Facts { qualification_level: Some(5), experience_years: None, current_role: None },
        ];
        let mut roles: Vec<Option<String>> = vec![None];
        roles.extend(fw.roles.iter().map(|r| Some(r.id.clone())));
        let mut out = Vec::new();
        for persona in [Persona::Staff, Persona::Applicant] {
            for current in &roles {
                for target in &roles {
                    for (pi, pattern) in patterns.iter().enumerate() {
                        let fact = &facts[pi % facts.len()];
                        let mut a = Answers::new(fw.id.clone());
                        a.persona = persona;
                        a.facts = Facts { current_role: current.clone(), ..fact.clone() };
                        a.target_role = target.clone();
                        for (i, c) in fw.competences.iter().enumerate() {
                            if let Some(r) = pattern(i) {
                                a.set_rating(&c.id, Some(r), 0);
                            }
                        }
                        out.push(a);
                    }
                }
            }
        }
        out
    }

    #[test]
    fn english_matches_the_engine_for_every_kind_of_part_on_the_fixture() {
        let fw = fixture();
        let prepared = Prepared::new(&fw);
        let mut parts_seen = BTreeSet::new();
        let mut moves_seen = BTreeSet::new();
        for answers in fixture_answers() {
            let recs = prepared.recommend(&answers);
            moves_seen.extend(recs.moves.iter().map(|m| format!("{:?}", m.kind)));
            for e in explanations(&fw, &recs) {
                parts_seen.extend(e.parts.iter().map(part_name));
                check(&fw, &e);
            }
        }
        let all = [
            "Fit",
            "Route",
            "OpenToApplicants",
            "OtherRoutes",
            "Entry",
            "Changes",
            "PathSummary",
            "PathStep",
            "NoRoute",
            "AlreadyInRole",
            "PlanSummary",
            "PlanFirstOffer",
            "Uncovered",
        ];
        for name in all {
            assert!(parts_seen.contains(name), "the fixture answers never produced a {name} part");
        }
        for kind in ["Up", "Across", "ApplyNow", "ThroughRoute"] {
            assert!(moves_seen.contains(kind), "no {kind} move seen");
        }
    }

    #[test]
    fn english_matches_the_engine_on_generated_frameworks() {
        for seed in 0..40 {
            let fw = generated_framework(40, 18, 40, seed);
            let prepared = Prepared::new(&fw);
            let mut answers = generated_answers(&fw, seed);
            for persona in [Persona::Staff, Persona::Applicant] {
                answers.persona = persona;
                let recs = prepared.recommend(&answers);
                for e in explanations(&fw, &recs) {
                    check(&fw, &e);
                }
            }
        }
    }

    #[test]
    fn english_matches_the_engine_for_edge_cases_built_by_hand() {
        let fw = fixture();
        let c = |i: u32| CompetenceIx(i);
        let missing_role = RoleIx(99);
        let parts = vec![
            Part::Fit {
                role: RoleIx(0),
                total: 0,
                met: 0,
                partly: vec![],
                gaps: vec![],
                not_rated: vec![],
            },
            Part::Fit {
                role: RoleIx(0),
                total: 1,
                met: 0,
                partly: vec![],
                gaps: vec![],
                not_rated: vec![c(0)],
            },
            Part::Fit {
                role: RoleIx(0),
                total: 1,
                met: 0,
                partly: vec![c(0)],
                gaps: vec![],
                not_rated: vec![],
            },
            Part::Fit {
                role: RoleIx(0),
                total: 8,
                met: 0,
                partly: vec![c(0), c(1)],
                gaps: vec![c(2), c(3), c(4), c(5), c(99)],
                not_rated: vec![c(6)],
            },
            Part::Route {
                purpose: MoveKind::ThroughRoute,
                kind: RouteKind::DirectEntry,
                months: 0,
                quickest: false,
            },
            Part::Route {
                purpose: MoveKind::ApplyNow,
                kind: RouteKind::DirectEntry,
                months: 1,
                quickest: true,
            },
            Part::Route {
                purpose: MoveKind::Across,
                kind: RouteKind::Lateral,
                months: 0,
                quickest: true,
            },
            Part::Route {
                purpose: MoveKind::Up,
                kind: RouteKind::Qualification,
                months: 1,
                quickest: false,
            },
            Part::OtherRoutes { routes: vec![] },
            Part::OtherRoutes { routes: vec![(RouteKind::Promotion, 0)] },
            Part::OtherRoutes {
                routes: vec![
                    (RouteKind::DirectEntry, 0),
                    (RouteKind::DirectEntry, 2),
                    (RouteKind::Apprenticeship, 0),
                    (RouteKind::Lateral, 1),
                ],
            },
            Part::Entry { role: RoleIx(3), met: vec![0, 1], not_met: vec![], unknown: vec![] },
            Part::Entry { role: RoleIx(3), met: vec![], not_met: vec![0, 1], unknown: vec![7] },
            Part::Entry { role: missing_role, met: vec![0], not_met: vec![], unknown: vec![] },
            Part::Entry { role: RoleIx(0), met: vec![], not_met: vec![], unknown: vec![] },
            Part::Changes {
                from: RoleIx(0),
                to: RoleIx(1),
                added: 0,
                raised: 0,
                lowered: 0,
                removed: 0,
            },
            Part::Changes {
                from: RoleIx(0),
                to: RoleIx(1),
                added: 1,
                raised: 0,
                lowered: 0,
                removed: 1,
            },
            Part::Changes {
                from: RoleIx(0),
                to: RoleIx(1),
                added: 2,
                raised: 3,
                lowered: 1,
                removed: 2,
            },
            Part::PathSummary {
                from: Position::InRole(missing_role),
                to: missing_role,
                steps: 1,
                months: 0,
            },
            Part::PathSummary { from: Position::Outside, to: RoleIx(5), steps: 3, months: 1 },
            Part::PathStep {
                number: 1,
                kind: RouteKind::DirectEntry,
                to: RoleIx(0),
                months: 1,
                total: 1,
                unmet: vec![],
            },
            Part::PathStep {
                number: 2,
                kind: RouteKind::Lateral,
                to: RoleIx(0),
                months: 0,
                total: 1,
                unmet: vec![c(1)],
            },
            Part::PathStep {
                number: 2,
                kind: RouteKind::Lateral,
                to: RoleIx(0),
                months: 0,
                total: 0,
                unmet: vec![],
            },
            Part::PathStep {
                number: 3,
                kind: RouteKind::FastTrack,
                to: RoleIx(0),
                months: 4,
                total: 1,
                unmet: vec![c(1), c(2)],
            },
            Part::PathStep {
                number: 3,
                kind: RouteKind::FastTrack,
                to: RoleIx(0),
                months: 4,
                total: 3,
                unmet: vec![c(1), c(2), c(3)],
            },
            Part::NoRoute { from: Position::InRole(RoleIx(6)), to: RoleIx(0) },
            Part::PlanSummary { role: RoleIx(0), unmet: 1, offers: 0 },
            Part::PlanSummary { role: RoleIx(0), unmet: 2, offers: 0 },
            Part::PlanSummary { role: RoleIx(0), unmet: 1, offers: 1 },
            Part::PlanFirstOffer { offer: LearningIx(42), builds: 1, of: 1 },
            Part::PlanFirstOffer { offer: LearningIx(0), builds: 2, of: 2 },
            Part::PlanFirstOffer { offer: LearningIx(0), builds: 1, of: 2 },
            Part::Uncovered { competences: vec![] },
            Part::Uncovered { competences: vec![c(7)] },
        ];
        for p in parts {
            check(&fw, &Explanation { parts: vec![p] });
        }
    }

    #[test]
    fn built_in_frameworks_render_in_both_languages_with_english_names_marked() {
        let catalog = crate::catalog::decode().unwrap();
        let mut marked_any = false;
        for fw in &catalog.frameworks {
            let prepared = Prepared::new(fw);
            for seed in 0..6 {
                let mut answers = generated_answers(fw, seed);
                answers.persona = if seed % 2 == 0 { Persona::Staff } else { Persona::Applicant };
                let recs = prepared.recommend(&answers);
                for e in explanations(fw, &recs) {
                    check(fw, &e);
                    marked_any |= render_spans(&e, fw, Lang::Cy).iter().any(|s| s.english);
                    assert!(render_spans(&e, fw, Lang::En).iter().all(|s| !s.english));
                }
            }
        }
        // The built-in frameworks are only partly in Welsh, so some names stay English.
        assert!(marked_any, "English-only names in a Welsh sentence are marked");
    }

    #[test]
    fn welsh_sentences_use_welsh_names_where_the_framework_has_them() {
        let mut fw = fixture();
        fw.roles[1].title.cy = Some("Swyddog Carchar".to_string());
        let e = Explanation { parts: vec![Part::AlreadyInRole { role: RoleIx(1) }] };
        assert_eq!(render(&e, &fw, Lang::Cy), "Rydych eisoes yn y swydd hon, Swyddog Carchar.");
        let e = Explanation { parts: vec![Part::AlreadyInRole { role: RoleIx(0) }] };
        let spans = render_spans(&e, &fw, Lang::Cy);
        assert!(
            spans.iter().any(|s| s.english && s.text == "Operational Support Grade"),
            "{spans:?}"
        );
    }

    #[test]
    fn months_outside_sentences() {
        assert_eq!(months(1, Lang::En), "1 month");
        assert_eq!(months(18, Lang::En), "18 months");
        assert_eq!(months(18, Lang::Cy), "18 mis");
    }
}
