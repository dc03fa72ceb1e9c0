//! What a draft changes in the published framework with the same id, for the reviewer who
//! signs it off.
//!
//! Both sides are compiled models, so an edit that only moves or reformats lines of the file is
//! no change. Items are matched by their stable string id, and everything an item points at
//! (a role's required competences and scale steps, its level, a learning offer's competences,
//! a registration) is compared by id too: the model's indexes shift whenever something is added
//! or reordered, which changes nothing for a person using the framework. Lists whose order
//! means nothing (a role's requirements, what a route gives, what an offer builds) are compared
//! as sets.
//!
//! Routes have no id in the model; a route is the route from one role to another of one kind
//! (validation allows only one), so changing a route's `from`, `to` or `kind` shows as one route
//! removed and another added.
//!
//! An item whose words and facts both changed gets two entries, one [`ChangeKind::Reworded`] and
//! one [`ChangeKind::Changed`], each naming its own fields, so counts per kind stay simple.
//! Framework-wide content (title, scale, levels, registrations, sources, corrections) is not
//! compared here: the reviewer sees it in the file's own diff.

use std::collections::HashMap;
use std::fmt::Write as _;

use hjcp_engine::model::{Credential, EntryRequirement, Framework, Proficiency, Text};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Thing {
    Area,
    Competence,
    Role,
    Route,
    Learning,
}

impl Thing {
    const ALL: [Thing; 5] =
        [Thing::Area, Thing::Competence, Thing::Role, Thing::Route, Thing::Learning];

    /// The word a reviewer reads, in lower case.
    pub fn noun(self) -> &'static str {
        match self {
            Thing::Area => "area",
            Thing::Competence => "competence",
            Thing::Role => "role",
            Thing::Route => "route",
            Thing::Learning => "learning offer",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ChangeKind {
    Added,
    Removed,
    /// Some English or Welsh wording of it changed.
    Reworded,
    /// Something other than wording changed: what it requires, leads to, builds, its level,
    /// length, address, audience or provenance.
    Changed,
}

impl ChangeKind {
    /// The past participle a reviewer reads, in lower case.
    pub fn word(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Reworded => "reworded",
            ChangeKind::Changed => "changed",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub thing: Thing,
    pub kind: ChangeKind,
    /// The item's id; for a route, `from → to (kind)` with role ids, `(outside)` for a route in
    /// from outside the service.
    pub id: String,
    /// English title in the draft, or in the published framework when removed.
    pub title: String,
    /// Which fields, as named in the framework file (e.g. ["title", "description"],
    /// ["requires"]); empty for Added and Removed.
    pub fields: Vec<String>,
}

/// The changes from `published` to `draft`: by [`Thing`] (areas first), then removed (in the
/// published order), added, reworded and changed (in the draft's order).
pub fn diff(published: &Framework, draft: &Framework) -> Vec<Change> {
    let mut changes = Vec::new();
    for thing in Thing::ALL {
        let before = items(published, thing);
        let after = items(draft, thing);
        let before_at: HashMap<&str, usize> =
            before.iter().enumerate().map(|(i, item)| (item.id.as_str(), i)).collect();
        let after_ids: HashMap<&str, ()> =
            after.iter().map(|item| (item.id.as_str(), ())).collect();
        let change = |kind, item: &Item, fields: Vec<String>| Change {
            thing,
            kind,
            id: item.id.clone(),
            title: item.title.clone(),
            fields,
        };
        for item in before.iter().filter(|item| !after_ids.contains_key(item.id.as_str())) {
            changes.push(change(ChangeKind::Removed, item, Vec::new()));
        }
        for item in after.iter().filter(|item| !before_at.contains_key(item.id.as_str())) {
            changes.push(change(ChangeKind::Added, item, Vec::new()));
        }
        let pairs: Vec<(&Item, &Item)> = after
            .iter()
            .filter_map(|a| before_at.get(a.id.as_str()).map(|&i| (&before[i], a)))
            .collect();
        for (b, a) in &pairs {
            let fields = differing(&b.words, &a.words);
            if !fields.is_empty() {
                changes.push(change(ChangeKind::Reworded, a, fields));
            }
        }
        for (b, a) in &pairs {
            let fields = differing(&b.facts, &a.facts);
            if !fields.is_empty() {
                changes.push(change(ChangeKind::Changed, a, fields));
            }
        }
    }
    changes
}

/// A plain English summary for a reviewer: which framework and versions, how many changes of
/// each kind, then one line per change.
pub fn changes_text(published: &Framework, draft: &Framework, changes: &[Change]) -> String {
    let version = |v: &str| {
        if v.is_empty() {
            "no version number".to_string()
        } else {
            format!("version {v}")
        }
    };
    let mut out = format!(
        "Changes to {} ({}): published {} → draft {}\n\n",
        draft.title.en,
        draft.id,
        version(&published.version),
        version(&draft.version)
    );
    if changes.is_empty() {
        out.push_str("No changes.\n");
        return out;
    }
    let counts: Vec<String> =
        [ChangeKind::Added, ChangeKind::Removed, ChangeKind::Reworded, ChangeKind::Changed]
            .into_iter()
            .map(|kind| {
                format!("{} {}", changes.iter().filter(|c| c.kind == kind).count(), kind.word())
            })
            .collect();
    let _ = writeln!(out, "{}.\n", counts.join(", "));
    for c in changes {
        let kind = c.kind.word();
        let mut word = kind[..1].to_uppercase();
        word.push_str(&kind[1..]);
        let _ = write!(out, "{word} {} \"{}\": {}", c.thing.noun(), c.id, c.title);
        if !c.fields.is_empty() {
            let _ = write!(out, " ({})", c.fields.join(", "));
        }
        out.push('\n');
    }
    out
}

/// One item reduced to what a person would notice, with every reference spelled as an id.
struct Item {
    id: String,
    title: String,
    /// (field, every English and Welsh string of it).
    words: Vec<(&'static str, Vec<String>)>,
    /// (field, its value written out).
    facts: Vec<(&'static str, Vec<String>)>,
}

fn differing(
    before: &[(&'static str, Vec<String>)],
    after: &[(&'static str, Vec<String>)],
) -> Vec<String> {
    after
        .iter()
        .filter(|(name, value)| {
            before.iter().find(|(n, _)| n == name).map(|(_, v)| v) != Some(value)
        })
        .map(|(name, _)| name.to_string())
        .collect()
}

fn items(f: &Framework, thing: Thing) -> Vec<Item> {
    let r = Refs(f);
    match thing {
        Thing::Area => f
            .areas
            .iter()
            .map(|a| Item {
                id: a.id.clone(),
                title: a.title.en.clone(),
                words: vec![("title", words(&a.title)), ("description", words(&a.description))],
                facts: vec![(
                    "provenance",
                    r.origins(format!("{:?}", a.provenance), [&a.title, &a.description]),
                )],
            })
            .collect(),
        Thing::Competence => f
            .competences
            .iter()
            .map(|c| {
                let mut indicators: Vec<&(Proficiency, Text)> = c.indicators.iter().collect();
                indicators.sort_by_key(|(step, _)| *step);
                Item {
                    id: c.id.clone(),
                    title: c.title.en.clone(),
                    words: vec![
                        ("title", words(&c.title)),
                        ("description", words(&c.description)),
                        ("indicators", indicators.iter().flat_map(|(_, t)| words(t)).collect()),
                    ],
                    facts: vec![
                        ("area", vec![r.area(c.area.get())]),
                        ("indicators", indicators.iter().map(|(s, _)| r.step(*s)).collect()),
                        (
                            "provenance",
                            r.origins(
                                format!("{:?}", c.provenance),
                                [&c.title, &c.description]
                                    .into_iter()
                                    .chain(indicators.iter().map(|(_, t)| t)),
                            ),
                        ),
                    ],
                }
            })
            .collect(),
        Thing::Role => f
            .roles
            .iter()
            .map(|role| {
                let mut requires: Vec<String> = role
                    .requires
                    .iter()
                    .map(|q| {
                        format!("{} at {}", r.competence(q.competence.get()), r.step(q.proficiency))
                    })
                    .collect();
                requires.sort();
                Item {
                    id: role.id.clone(),
                    title: role.title.en.clone(),
                    words: vec![
                        ("title", words(&role.title)),
                        ("family", words(&role.family)),
                        ("scope", words(&role.scope)),
                        ("entry", entry_words(&role.entry)),
                        ("training", role.training.iter().flat_map(words).collect()),
                    ],
                    facts: vec![
                        ("level", vec![r.level(role.level.get())]),
                        ("requires", requires),
                        ("entry", r.entry(&role.entry)),
                        ("open_to_applicants", vec![role.open_to_applicants.to_string()]),
                        ("lived_experience", vec![role.lived_experience.to_string()]),
                        ("operational", vec![format!("{:?}", role.operational)]),
                        ("url", vec![format!("{:?}", role.url)]),
                        (
                            "provenance",
                            r.origins(
                                format!("{:?}", role.provenance),
                                [&role.title, &role.family, &role.scope]
                                    .into_iter()
                                    .chain(entry_texts(&role.entry))
                                    .chain(&role.training),
                            ),
                        ),
                    ],
                }
            })
            .collect(),
        Thing::Route => f
            .routes
            .iter()
            .map(|route| {
                let from_id = route.from.map_or("(outside)".to_string(), |ix| r.role(ix.get()));
                let from_title = route.from.map_or("outside the service".to_string(), |ix| {
                    f.roles.get(ix.get()).map_or_else(|| r.role(ix.get()), |x| x.title.en.clone())
                });
                let to = f.roles.get(route.to.get());
                let kind = route.kind.id();
                let mut gives: Vec<String> = route.gives.iter().map(|g| r.credential(g)).collect();
                gives.sort();
                let shorter_text = route.shorter.iter().map(|s| &s.when.text);
                Item {
                    id: format!("{from_id} → {} ({kind})", r.role(route.to.get())),
                    title: format!(
                        "{from_title} to {} ({})",
                        to.map_or_else(|| r.role(route.to.get()), |x| x.title.en.clone()),
                        kind.replace('-', " ")
                    ),
                    words: vec![
                        ("requirements", words(&route.requirements)),
                        ("entry", entry_words(&route.entry)),
                        ("shorter", shorter_text.clone().flat_map(words).collect()),
                    ],
                    facts: vec![
                        ("months", vec![route.months.to_string()]),
                        (
                            "shorter",
                            route
                                .shorter
                                .iter()
                                .map(|s| {
                                    format!(
                                        "{} months with {}",
                                        s.months,
                                        r.credential(&s.when.credential)
                                    )
                                })
                                .collect(),
                        ),
                        ("entry", r.entry(&route.entry)),
                        ("gives", gives),
                        ("url", vec![format!("{:?}", route.url)]),
                        (
                            "provenance",
                            r.origins(
                                format!("{:?}", route.provenance),
                                std::iter::once(&route.requirements)
                                    .chain(entry_texts(&route.entry))
                                    .chain(shorter_text),
                            ),
                        ),
                    ],
                }
            })
            .collect(),
        Thing::Learning => f
            .learning
            .iter()
            .map(|l| {
                let mut builds: Vec<String> =
                    l.builds.iter().map(|c| r.competence(c.get())).collect();
                builds.sort();
                let a = &l.audience;
                let mut roles: Vec<String> = a.roles.iter().map(|ix| r.role(ix.get())).collect();
                roles.sort();
                Item {
                    id: l.id.clone(),
                    title: l.title.en.clone(),
                    words: vec![
                        ("title", words(&l.title)),
                        ("description", words(&l.description)),
                        ("provider", words(&l.provider)),
                        ("entry", entry_words(&l.entry)),
                    ],
                    facts: vec![
                        ("format", vec![l.format.clone()]),
                        ("builds", builds),
                        (
                            "audience",
                            vec![
                                format!("applicants {}", a.applicants),
                                format!("staff {}", a.staff),
                                format!("operational {:?}", a.operational),
                                format!("employer provided {}", a.employer_provided),
                                format!("new starters {}", a.new_starters),
                                format!("roles {}", roles.join(" ")),
                            ],
                        ),
                        ("level", vec![format!("{:?}", l.level)]),
                        ("entry", r.entry(&l.entry)),
                        ("url", vec![format!("{:?}", l.url)]),
                        (
                            "provenance",
                            r.origins(
                                format!("{:?}", l.provenance),
                                [&l.title, &l.description, &l.provider]
                                    .into_iter()
                                    .chain(entry_texts(&l.entry)),
                            ),
                        ),
                    ],
                }
            })
            .collect(),
    }
}

/// English, then Welsh: a Welsh translation added or removed is a rewording too.
fn words(t: &Text) -> Vec<String> {
    vec![t.en.clone(), t.cy.clone().unwrap_or_default()]
}

fn entry_texts(entry: &[EntryRequirement]) -> impl Iterator<Item = &Text> {
    entry.iter().flat_map(|e| std::iter::once(&e.text).chain(e.any_of.iter().map(|o| &o.text)))
}

fn entry_words(entry: &[EntryRequirement]) -> Vec<String> {
    entry_texts(entry).flat_map(words).collect()
}

/// Spells the indexes of one framework as ids, so two frameworks can be compared.
struct Refs<'f>(&'f Framework);

impl Refs<'_> {
    fn area(&self, i: usize) -> String {
        self.0.areas.get(i).map_or_else(|| format!("#{i}"), |x| x.id.clone())
    }
    fn competence(&self, i: usize) -> String {
        self.0.competences.get(i).map_or_else(|| format!("#{i}"), |x| x.id.clone())
    }
    fn role(&self, i: usize) -> String {
        self.0.roles.get(i).map_or_else(|| format!("#{i}"), |x| x.id.clone())
    }
    fn level(&self, i: usize) -> String {
        self.0.levels.get(i).map_or_else(|| format!("#{i}"), |x| x.id.clone())
    }
    fn step(&self, p: Proficiency) -> String {
        self.0.scale.get(usize::from(p)).map_or_else(|| format!("#{p}"), |x| x.id.clone())
    }
    fn credential(&self, c: &Credential) -> String {
        match c {
            Credential::QualificationLevel(n) => format!("qualification at level {n}"),
            Credential::ExperienceYears(n) => format!("{n} years' experience"),
            Credential::Registration(ix) => format!(
                "registration {}",
                self.0
                    .registrations
                    .get(ix.get())
                    .map_or_else(|| format!("#{}", ix.get()), |x| x.id.clone())
            ),
            Credential::Other => "other".to_string(),
        }
    }
    /// What each entry requirement accepts; its words are compared separately.
    fn entry(&self, entry: &[EntryRequirement]) -> Vec<String> {
        entry
            .iter()
            .map(|e| {
                e.any_of
                    .iter()
                    .map(|o| self.credential(&o.credential))
                    .collect::<Vec<_>>()
                    .join(" or ")
            })
            .collect()
    }
    /// The item's provenance and, for each of its texts, whether it is official wording and
    /// which source and passage it quotes.
    fn origins<'t>(
        &self,
        provenance: String,
        texts: impl IntoIterator<Item = &'t Text>,
    ) -> Vec<String> {
        std::iter::once(provenance)
            .chain(texts.into_iter().map(|t| {
                let source = t.origin.source.map(|s| {
                    self.0
                        .sources
                        .get(usize::from(s))
                        .map_or_else(|| format!("#{s}"), |x| x.title.clone())
                });
                format!("{:?} {:?} {:?}", t.origin.provenance, source, t.origin.passage)
            }))
            .collect()
    }
}
