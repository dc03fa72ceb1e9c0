//! Framework file → validated `hjcp_engine::Framework`, with every problem reported as a
//! `Diagnostic` naming the file and line and saying what to change.
//!
//! Checks, in the order an owner would meet them: TOML syntax, missing and unknown keys,
//! wrong types; id spelling; duplicate ids; references to things that do not exist (areas,
//! scale steps, levels, competences, roles); numbers out of range; promotion cycles among
//! routes; and, as warnings, strings with no Welsh translation (counted).

use std::collections::{HashMap, HashSet};

use hjcp_engine::model::{self as m, Proficiency, Text};
use toml::Spanned;

use crate::diagnostic::{Diagnostic, Sink};
use crate::raw;

/// How many user-facing strings a framework has, and how many of those have Welsh.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WelshCount {
    pub total: usize,
    pub translated: usize,
}

#[derive(Debug)]
pub struct Compiled {
    /// Present only when there were no errors.
    pub framework: Option<m::Framework>,
    pub diagnostics: Vec<Diagnostic>,
    pub welsh: WelshCount,
}

/// Parses and validates one framework file. `file` is the path shown in messages.
pub fn compile(file: &str, source: &str) -> Compiled {
    let mut sink = Sink::new(file, source);
    let raw: raw::File = match toml::from_str(source) {
        Ok(raw) => raw,
        Err(err) => {
            let offset = err.span().map(|s| s.start).unwrap_or(0);
            let message = err.message().trim().to_string();
            let hint = toml_hint(&message);
            sink.error(offset, message, hint);
            return Compiled { framework: None, diagnostics: sink.diagnostics, welsh: WelshCount::default() };
        }
    };
    let mut builder = Builder { sink, welsh: WelshCount::default() };
    let framework = builder.framework(&raw);
    let Builder { sink, welsh } = builder;
    let framework = if sink.has_errors() { None } else { Some(framework) };
    Compiled { framework, diagnostics: sink.diagnostics, welsh }
}

fn toml_hint(message: &str) -> String {
    if message.starts_with("missing field") {
        "Add the field named above to this table; frameworks/README.md lists which fields each table needs.".into()
    } else if message.starts_with("unknown field") {
        "Check the spelling of this key against the list of expected keys above, or remove it.".into()
    } else if message.starts_with("invalid type") {
        "Give this value the type shown above: text in \"quotes\", whole numbers without quotes, lists in [brackets].".into()
    } else {
        "Fix the TOML syntax on this line: text values need \"quotes\", and each [[table]] header needs its own line.".into()
    }
}

struct Builder<'a> {
    sink: Sink<'a>,
    welsh: WelshCount,
}

fn start<T>(s: &Spanned<T>) -> usize {
    s.span().start
}

impl Builder<'_> {
    fn text(&mut self, en: &Spanned<String>, cy: &Option<Spanned<String>>) -> Text {
        if en.get_ref().trim().is_empty() {
            self.sink.error(start(en), "this text is empty", "Write the text between the quotes, or remove the optional field.");
        }
        self.welsh.total += 1;
        let cy = cy.as_ref().map(|c| c.get_ref().trim().to_string()).filter(|c| !c.is_empty());
        if cy.is_some() {
            self.welsh.translated += 1;
        }
        Text { en: en.get_ref().trim().to_string(), cy }
    }

    fn optional_text(&mut self, en: &Option<Spanned<String>>, cy: &Option<Spanned<String>>) -> Text {
        match en {
            Some(en) => self.text(en, cy),
            None => Text::default(),
        }
    }

    fn id(&mut self, id: &Spanned<String>, what: &str) -> String {
        let value = id.get_ref();
        let ok = !value.is_empty()
            && value.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            && value.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.');
        if !ok {
            self.sink.error(
                start(id),
                format!("{what} id \"{value}\" is not a valid id"),
                "Use lowercase letters, digits, hyphens and dots only, starting with a letter or digit, e.g. \"band-3\".",
            );
        }
        value.clone()
    }

    fn provenance(&mut self, p: &Option<Spanned<String>>, default: m::Provenance) -> m::Provenance {
        match p {
            None => default,
            Some(p) => match p.get_ref().as_str() {
                "official" => m::Provenance::Official,
                "illustrative" => m::Provenance::Illustrative,
                other => {
                    self.sink.error(
                        start(p),
                        format!("provenance \"{other}\" is not known"),
                        "Write provenance = \"official\" for the source document's own wording, or \"illustrative\" for a summary written for this tool.",
                    );
                    default
                }
            },
        }
    }

    fn number(&mut self, n: &Spanned<i64>, what: &str, range: std::ops::RangeInclusive<i64>) -> i64 {
        let v = *n.get_ref();
        if !range.contains(&v) {
            self.sink.error(
                start(n),
                format!("{what} {v} is out of range"),
                format!("Use a whole number from {} to {}.", range.start(), range.end()),
            );
            return *range.start();
        }
        v
    }

    /// Builds an id → index map, reporting duplicates at the second occurrence.
    fn index<'r, T>(&mut self, items: &'r [T], id: impl Fn(&'r T) -> &'r Spanned<String>, what: &str) -> HashMap<&'r str, u32> {
        let mut map = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            let id = id(item);
            if map.insert(id.get_ref().as_str(), i as u32).is_some() {
                self.sink.error(
                    start(id),
                    format!("duplicate {what} id \"{}\"", id.get_ref()),
                    format!("Give each {what} its own id; ids must be unique within a framework."),
                );
            }
        }
        map
    }

    fn lookup(&mut self, map: &HashMap<&str, u32>, key: &Spanned<String>, what: &str, hint: &str) -> u32 {
        match map.get(key.get_ref().as_str()) {
            Some(&i) => i,
            None => {
                let mut known: Vec<&str> = map.keys().copied().collect();
                known.sort_unstable();
                let suggestion = closest(key.get_ref(), &known)
                    .map(|s| format!(" Did you mean \"{s}\"?"))
                    .unwrap_or_default();
                self.sink.error(
                    start(key),
                    format!("unknown {what} \"{}\"", key.get_ref()),
                    format!("{hint}{suggestion}"),
                );
                0
            }
        }
    }

    fn framework(&mut self, raw: &raw::File) -> m::Framework {
        let meta = &raw.framework;
        let id = self.id(&meta.id, "framework");
        let default_provenance = self.provenance(&Some(meta.provenance.clone()), m::Provenance::Illustrative);
        let published = meta.published.get_ref().clone();
        if !is_iso_date(&published) {
            self.sink.error(start(&meta.published), format!("published date \"{published}\" is not a date"), "Write the date as YYYY-MM-DD, e.g. \"2025-05-08\".");
        }
        let title = self.text(&meta.title, &meta.title_cy);
        let summary = self.text(&meta.summary, &meta.summary_cy);
        let owner = self.text(&meta.owner, &meta.owner_cy);
        let notes = self.optional_text(&meta.notes, &meta.notes_cy);
        if raw.sources.is_empty() {
            self.sink.error(start(&meta.id), "the framework names no source documents", "Add at least one [[sources]] table with the title and publisher of the document this content comes from.");
        }
        let sources = raw
            .sources
            .iter()
            .map(|s| m::Source {
                title: s.title.get_ref().clone(),
                publisher: s.publisher.get_ref().clone(),
                date: s.date.as_ref().map(|d| d.get_ref().clone()).unwrap_or_default(),
            })
            .collect();

        // Scale.
        if raw.scale.len() < 2 {
            self.sink.error(start(&meta.id), format!("the proficiency scale has {} step(s)", raw.scale.len()), "Add at least two [[scale]] steps, from least to most proficient, each with a plain-language descriptor.");
        }
        if raw.scale.len() > 10 {
            self.sink.error(start(&raw.scale[10].id), "the proficiency scale has more than 10 steps", "Keep the scale to at most 10 steps so people can tell them apart.");
        }
        let scale_ix = self.index(&raw.scale, |s| &s.id, "scale step");
        let scale = raw
            .scale
            .iter()
            .map(|s| m::ScaleStep {
                id: self.id(&s.id, "scale step"),
                label: self.text(&s.label, &s.label_cy),
                descriptor: self.text(&s.descriptor, &s.descriptor_cy),
            })
            .collect();

        // Levels.
        let level_ix = self.index(&raw.levels, |l| &l.id, "level");
        let levels = raw
            .levels
            .iter()
            .map(|l| m::CareerLevel {
                id: self.id(&l.id, "level"),
                label: self.text(&l.label, &l.label_cy),
                rank: self.number(&l.rank, "level rank", 0..=1000) as u16,
            })
            .collect::<Vec<_>>();

        // Areas.
        let area_ix = self.index(&raw.areas, |a| &a.id, "area");
        let areas = raw
            .areas
            .iter()
            .map(|a| m::Area {
                id: self.id(&a.id, "area"),
                title: self.text(&a.title, &a.title_cy),
                description: self.optional_text(&a.description, &a.description_cy),
                provenance: self.provenance(&a.provenance, default_provenance),
            })
            .collect::<Vec<_>>();

        // Competences.
        let competence_ix = self.index(&raw.competences, |c| &c.id, "competence");
        let mut competences = Vec::with_capacity(raw.competences.len());
        for c in &raw.competences {
            let area = self.lookup(&area_ix, &c.area, "area", "Use the id of one of the [[areas]] in this file.");
            let mut indicators = Vec::new();
            for ind in &c.indicators {
                let step = self.lookup(&scale_ix, &ind.level, "scale step", "Use the id of one of the [[scale]] steps in this file.");
                indicators.push((step as Proficiency, self.text(&ind.text, &ind.text_cy)));
            }
            indicators.sort_by_key(|(p, _)| *p);
            competences.push(m::Competence {
                id: self.id(&c.id, "competence"),
                area: m::AreaIx(area),
                title: self.text(&c.title, &c.title_cy),
                description: self.optional_text(&c.description, &c.description_cy),
                indicators,
                provenance: self.provenance(&c.provenance, default_provenance),
            });
        }
        for (i, a) in raw.areas.iter().enumerate() {
            if !competences.iter().any(|c| c.area.0 == i as u32) {
                self.sink.error(start(&a.id), format!("area \"{}\" has no competences", a.id.get_ref()), "Add competences with area = this id, or remove the area.");
            }
        }

        // Roles.
        let role_ix = self.index(&raw.roles, |r| &r.id, "role");
        let mut roles = Vec::with_capacity(raw.roles.len());
        for r in &raw.roles {
            let level = self.lookup(&level_ix, &r.level, "level", "Use the id of one of the [[levels]] in this file.");
            let mut requires = Vec::new();
            for (comp, step) in &r.requires {
                let c = self.lookup(&competence_ix, comp, "competence", "A role can only require competences defined in this file's [[competences]].");
                let p = self.lookup(&scale_ix, step, "scale step", "Use the id of one of the [[scale]] steps, e.g. the step the role needs.");
                requires.push(m::Requirement { competence: m::CompetenceIx(c), proficiency: p as Proficiency });
            }
            requires.sort_by_key(|q| q.competence);
            if requires.is_empty() {
                self.sink.warning(start(&r.id), format!("role \"{}\" requires no competences", r.id.get_ref()), "Add a [roles.requires] table so people can see how well they fit this role.");
            }
            let mut entry = Vec::new();
            for e in &r.entry {
                let text = self.text(&e.text, &e.text_cy);
                entry.push(match (&e.qualification_level, &e.experience_years) {
                    (Some(_), Some(y)) => {
                        self.sink.error(start(y), "an entry requirement has both qualification_level and experience_years", "Split it into two [[roles.entry]] tables, one for each.");
                        m::EntryRequirement::Other { text }
                    }
                    (Some(q), None) => m::EntryRequirement::QualificationLevel { level: self.number(q, "qualification level", 1..=8) as u8, text },
                    (None, Some(y)) => m::EntryRequirement::ExperienceYears { years: self.number(y, "years of experience", 0..=50) as u8, text },
                    (None, None) => m::EntryRequirement::Other { text },
                });
            }
            if !r.training_cy.is_empty() && r.training_cy.len() != r.training.len() {
                self.sink.error(start(&r.training_cy[0]), format!("training_cy has {} items but training has {}", r.training_cy.len(), r.training.len()), "Give one Welsh item for each English training item, in the same order.");
            }
            let training = r
                .training
                .iter()
                .enumerate()
                .map(|(i, t)| self.text(t, &r.training_cy.get(i).cloned()))
                .collect();
            roles.push(m::Role {
                id: self.id(&r.id, "role"),
                title: self.text(&r.title, &r.title_cy),
                family: self.text(&r.family, &r.family_cy),
                level: m::LevelIx(level),
                scope: self.text(&r.scope, &r.scope_cy),
                entry,
                training,
                requires,
                open_to_applicants: r.open_to_applicants,
                provenance: self.provenance(&r.provenance, default_provenance),
            });
        }

        // Routes.
        let mut routes = Vec::with_capacity(raw.routes.len());
        let mut seen_routes = HashSet::new();
        for r in &raw.routes {
            let from = r.from.as_ref().map(|f| self.lookup(&role_ix, f, "role", "Use the id of one of the [[roles]] in this file, or leave out `from` for a route in from outside."));
            let to = self.lookup(&role_ix, &r.to, "role", "Use the id of one of the [[roles]] in this file.");
            let kind = match m::RouteKind::from_id(r.kind.get_ref()) {
                Some(k) => k,
                None => {
                    let kinds: Vec<&str> = m::RouteKind::ALL.iter().map(|k| k.id()).collect();
                    self.sink.error(start(&r.kind), format!("route kind \"{}\" is not known", r.kind.get_ref()), format!("Use one of: {}.", kinds.join(", ")));
                    m::RouteKind::Promotion
                }
            };
            if from == Some(to) && r.from.is_some() {
                self.sink.error(start(&r.to), format!("route leads from \"{}\" to itself", r.to.get_ref()), "A route must lead to a different role; remove it or change `to`.");
            }
            if from.is_none() && kind == m::RouteKind::Lateral {
                self.sink.error(start(&r.kind), "a lateral move needs a `from` role", "Add from = \"role-id\", or use kind = \"direct-entry\" for a route in from outside.");
            }
            if !seen_routes.insert((from, to, kind)) {
                self.sink.error(start(&r.to), format!("this {} route to \"{}\" is listed twice", kind.id(), r.to.get_ref()), "Remove one of the two identical routes.");
            }
            routes.push(m::Route {
                from: from.map(m::RoleIx),
                to: m::RoleIx(to),
                kind,
                months: self.number(&r.months, "route duration in months", 0..=600) as u16,
                requirements: self.optional_text(&r.requirements, &r.requirements_cy),
                provenance: self.provenance(&r.provenance, default_provenance),
            });
        }
        if !self.sink.has_errors() {
            self.check_route_cycles(raw, &routes, &roles);
        }

        // Learning offers.
        let _ = self.index(&raw.learning, |l| &l.id, "learning offer");
        let mut learning = Vec::with_capacity(raw.learning.len());
        for l in &raw.learning {
            let builds = l
                .builds
                .iter()
                .map(|b| m::CompetenceIx(self.lookup(&competence_ix, b, "competence", "A learning offer can only build competences defined in this file.")))
                .collect();
            learning.push(m::LearningOffer {
                id: self.id(&l.id, "learning offer"),
                title: self.text(&l.title, &l.title_cy),
                description: self.optional_text(&l.description, &l.description_cy),
                provider: self.text(&l.provider, &l.provider_cy),
                format: l.format.get_ref().clone(),
                builds,
                provenance: self.provenance(&l.provenance, default_provenance),
            });
        }

        if self.welsh.translated < self.welsh.total {
            let missing = self.welsh.total - self.welsh.translated;
            self.sink.warning(
                start(&meta.id),
                format!("{missing} of {} strings have no Welsh translation", self.welsh.total),
                "Add a `_cy` field beside each English string (e.g. title_cy); until then the English text is shown, marked as English.",
            );
        }

        let all_official = areas.iter().map(|a| a.provenance)
            .chain(competences.iter().map(|c| c.provenance))
            .chain(roles.iter().map(|r| r.provenance))
            .all(|p| p == m::Provenance::Official);
        m::Framework {
            id,
            title,
            summary,
            owner,
            version: meta.version.get_ref().clone(),
            published,
            sources,
            notes,
            provenance: if all_official && default_provenance == m::Provenance::Official { m::Provenance::Official } else { m::Provenance::Illustrative },
            scale,
            levels,
            areas,
            competences,
            roles,
            routes,
            learning,
        }
    }

    /// Routes other than lateral moves must not lead back to where they started, or
    /// "next step" would have no meaning. Reports the first route found on each cycle.
    fn check_route_cycles(&mut self, raw: &raw::File, routes: &[m::Route], roles: &[m::Role]) {
        let n = roles.len();
        let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, r) in routes.iter().enumerate() {
            if let (Some(from), false) = (r.from, r.kind == m::RouteKind::Lateral) {
                out[from.get()].push(i);
            }
        }
        // Iterative three-colour depth-first search.
        let mut colour = vec![0u8; n];
        for root in 0..n {
            if colour[root] != 0 {
                continue;
            }
            let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
            colour[root] = 1;
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                if let Some(&route) = out[node].get(*next) {
                    *next += 1;
                    let to = routes[route].to.get();
                    match colour[to] {
                        0 => {
                            colour[to] = 1;
                            stack.push((to, 0));
                        }
                        1 => {
                            let r = &raw.routes[route];
                            self.sink.error(
                                start(&r.to),
                                format!("routes form a cycle: \"{}\" leads back to \"{}\"", roles[node].id, roles[to].id),
                                "Promotions, fast tracks, apprenticeships and qualifications must lead upwards; use kind = \"lateral\" for a move between roles at the same level.",
                            );
                        }
                        _ => {}
                    }
                } else {
                    colour[node] = 2;
                    stack.pop();
                }
            }
        }
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u8>().unwrap_or(0))
}

/// The known id with the smallest edit distance, if it is close enough to be a likely typo.
fn closest<'k>(wanted: &str, known: &[&'k str]) -> Option<&'k str> {
    known
        .iter()
        .map(|k| (edit_distance(wanted, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min()
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push((prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}
