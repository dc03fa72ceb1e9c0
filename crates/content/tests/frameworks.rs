//! Registry invariants over the real content: every framework file in the repository's
//! `frameworks/` folder compiles without errors, and the compiled catalog holds together the
//! way the widget assumes. Each failure names the framework and the item at fault.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use hjcp_content::{compile_dir, Severity};
use hjcp_engine::model::{Catalog, Framework};

fn catalog() -> Catalog {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frameworks");
    let build = compile_dir(&dir, "frameworks/").expect("frameworks/ is readable");
    let errors: Vec<String> = build
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.to_string())
        .collect();
    assert!(
        errors.is_empty(),
        "framework files have errors (run `cargo run -p hjcp-content --bin validate`):\n\n{}",
        errors.join("\n\n")
    );
    build.catalog
}

/// Runs `check` on every framework and reports all failures together.
fn each(check: impl Fn(&Framework, &mut Vec<String>)) {
    let mut problems = Vec::new();
    for f in &catalog().frameworks {
        let mut found = Vec::new();
        check(f, &mut found);
        problems.extend(found.into_iter().map(|p| format!("{}: {p}", f.id)));
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

fn duplicates<'a>(what: &str, ids: impl Iterator<Item = &'a str>, out: &mut Vec<String>) {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            out.push(format!("{what} id \"{id}\" is used twice"));
        }
    }
}

#[test]
fn there_is_at_least_one_framework() {
    assert!(!catalog().frameworks.is_empty(), "frameworks/ has no framework that compiles");
}

#[test]
fn framework_ids_are_unique_and_ids_unique_within_each() {
    let catalog = catalog();
    let mut problems = Vec::new();
    duplicates("framework", catalog.frameworks.iter().map(|f| f.id.as_str()), &mut problems);
    for f in &catalog.frameworks {
        let mut found = Vec::new();
        duplicates("scale step", f.scale.iter().map(|s| s.id.as_str()), &mut found);
        duplicates("level", f.levels.iter().map(|l| l.id.as_str()), &mut found);
        duplicates("area", f.areas.iter().map(|a| a.id.as_str()), &mut found);
        duplicates("competence", f.competences.iter().map(|c| c.id.as_str()), &mut found);
        duplicates("role", f.roles.iter().map(|r| r.id.as_str()), &mut found);
        duplicates("learning offer", f.learning.iter().map(|l| l.id.as_str()), &mut found);
        problems.extend(found.into_iter().map(|p| format!("{}: {p}", f.id)));
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

/// Levels form one ladder: distinct ranks, listed in the file from least to most senior (so
/// the file reads as the ladder does), and every level holds at least one role (an empty rung
/// would show as a step nobody can take). Ranks may skip numbers: they often mirror band
/// numbers, and "Bands 7–8" followed by "Band 9" is no gap in the ladder.
#[test]
fn levels_are_contiguous() {
    each(|f, out| {
        let mut ranks: BTreeMap<u16, Vec<&str>> = BTreeMap::new();
        for l in &f.levels {
            ranks.entry(l.rank).or_default().push(&l.id);
        }
        for (rank, ids) in &ranks {
            if ids.len() > 1 {
                out.push(format!("levels {ids:?} share rank {rank}"));
            }
        }
        for pair in f.levels.windows(2) {
            if pair[1].rank < pair[0].rank {
                out.push(format!(
                    "level \"{}\" (rank {}) is listed after the more senior \"{}\" (rank {}): list levels from least to most senior",
                    pair[1].id, pair[1].rank, pair[0].id, pair[0].rank
                ));
            }
        }
        for (i, l) in f.levels.iter().enumerate() {
            if !f.roles.iter().any(|r| r.level.get() == i) {
                out.push(format!("level \"{}\" has no roles", l.id));
            }
        }
    });
}

#[test]
fn every_index_points_at_something_real() {
    each(|f, out| {
        for c in &f.competences {
            if c.area.get() >= f.areas.len() {
                out.push(format!("competence \"{}\" is in a missing area", c.id));
            }
            for (p, _) in &c.indicators {
                if *p as usize >= f.scale.len() {
                    out.push(format!("competence \"{}\" has an indicator off the scale", c.id));
                }
            }
        }
        for r in &f.roles {
            if r.level.get() >= f.levels.len() {
                out.push(format!("role \"{}\" is at a missing level", r.id));
            }
            for q in &r.requires {
                if q.competence.get() >= f.competences.len()
                    || q.proficiency as usize >= f.scale.len()
                {
                    out.push(format!("role \"{}\" requires something that is not there", r.id));
                }
            }
        }
        for (i, route) in f.routes.iter().enumerate() {
            let from_ok = route.from.is_none_or(|r| r.get() < f.roles.len());
            if !from_ok || route.to.get() >= f.roles.len() {
                out.push(format!("route {} does not point at real roles", i + 1));
            }
        }
        for l in &f.learning {
            if l.builds.iter().any(|c| c.get() >= f.competences.len()) {
                out.push(format!("learning offer \"{}\" builds a missing competence", l.id));
            }
        }
    });
}

/// Someone can get to every role: it is open to applicants, or a route leads to it (in from
/// outside, or from a role that can itself be reached).
#[test]
fn every_role_is_reachable_or_open_to_applicants() {
    each(|f, out| {
        let mut reached: Vec<bool> = f.roles.iter().map(|r| r.open_to_applicants).collect();
        for route in f.routes.iter().filter(|r| r.from.is_none()) {
            reached[route.to.get()] = true;
        }
        loop {
            let mut changed = false;
            for route in &f.routes {
                if let Some(from) = route.from {
                    if reached[from.get()] && !reached[route.to.get()] {
                        reached[route.to.get()] = true;
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
        for (r, ok) in f.roles.iter().zip(reached) {
            if !ok {
                out.push(format!("role \"{}\" cannot be reached: it is not open to applicants and no route leads to it", r.id));
            }
        }
    });
}

#[test]
fn every_area_has_competences_and_every_role_requirements() {
    each(|f, out| {
        for (i, a) in f.areas.iter().enumerate() {
            if f.competences_in(hjcp_engine::model::AreaIx(i as u32)).next().is_none() {
                out.push(format!("area \"{}\" has no competences", a.id));
            }
        }
        for r in &f.roles {
            if r.requires.is_empty() {
                out.push(format!(
                    "role \"{}\" requires no competences, so nobody can see how well they fit it",
                    r.id
                ));
            }
        }
        if f.scale.len() < 2 {
            out.push("the scale has fewer than two steps".into());
        }
    });
}

/// Every text field of a framework, with a name for the report.
fn texts(f: &Framework) -> Vec<(String, &hjcp_engine::model::Text)> {
    let mut out = vec![
        ("framework title".to_string(), &f.title),
        ("framework summary".into(), &f.summary),
        ("framework owner".into(), &f.owner),
        ("framework notes".into(), &f.notes),
        ("where the framework applies".into(), &f.applies),
    ];
    fn entries<'a>(
        what: &str,
        e: &'a [hjcp_engine::model::EntryRequirement],
        out: &mut Vec<(String, &'a hjcp_engine::model::Text)>,
    ) {
        for r in e {
            out.push((format!("{what} entry"), &r.text));
            out.extend(r.any_of.iter().map(|o| (format!("{what} entry option"), &o.text)));
        }
    }
    for s in &f.scale {
        out.push((format!("scale step {}", s.id), &s.label));
        out.push((format!("scale step {} descriptor", s.id), &s.descriptor));
    }
    out.extend(f.levels.iter().map(|l| (format!("level {}", l.id), &l.label)));
    for a in &f.areas {
        out.push((format!("area {} title", a.id), &a.title));
        out.push((format!("area {} description", a.id), &a.description));
    }
    for c in &f.competences {
        out.push((format!("competence {} title", c.id), &c.title));
        out.push((format!("competence {} description", c.id), &c.description));
        out.extend(c.indicators.iter().map(|(_, t)| (format!("competence {} indicator", c.id), t)));
    }
    for r in &f.roles {
        out.push((format!("role {} title", r.id), &r.title));
        out.push((format!("role {} family", r.id), &r.family));
        out.push((format!("role {} scope", r.id), &r.scope));
        out.extend(r.training.iter().map(|t| (format!("role {} training", r.id), t)));
        entries(&format!("role {}", r.id), &r.entry, &mut out);
    }
    for (i, r) in f.routes.iter().enumerate() {
        out.push((format!("route {i} requirements"), &r.requirements));
        if let Some(s) = &r.shorter {
            out.push((format!("route {i} shorter"), &s.when.text));
        }
        entries(&format!("route {i}"), &r.entry, &mut out);
    }
    for l in &f.learning {
        out.push((format!("learning {} title", l.id), &l.title));
        out.push((format!("learning {} description", l.id), &l.description));
        out.push((format!("learning {} provider", l.id), &l.provider));
        entries(&format!("learning {}", l.id), &l.entry, &mut out);
    }
    out.extend(f.registrations.iter().map(|r| (format!("register {}", r.id), &r.title)));
    out
}

/// No text is shown as official wording unless it cites a source and the passage it quotes,
/// that passage is in the source document (the seeds the frameworks were written from, kept
/// beside the repository in `../shared/seeds/`), and the text is the passage's own words
/// (its case, or a plural made singular, aside).
#[test]
fn official_wording_is_only_what_a_cited_source_says() {
    let seeds_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    // The seeds sit beside the repository, not in it; a checkout without them cannot run this
    // check, and says so rather than failing on something it cannot see.
    let Ok(dir) = std::fs::read_dir(&seeds_dir) else {
        eprintln!("SKIPPED: the source documents are not at {}", seeds_dir.display());
        return;
    };
    let seeds: Vec<String> = dir
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    assert!(!seeds.is_empty(), "no source documents in {}", seeds_dir.display());
    each(|f, out| {
        for (what, text) in texts(f) {
            let origin = &text.origin;
            if origin.provenance != hjcp_engine::model::Provenance::Official || text.en.is_empty() {
                continue;
            }
            let (Some(source), Some(passage)) = (origin.source, origin.passage.as_deref()) else {
                out.push(format!(
                    "{what} (\"{}\") is shown as official but cites no source and passage",
                    text.en
                ));
                continue;
            };
            if usize::from(source) >= f.sources.len() {
                out.push(format!("{what} cites source {source}, which does not exist"));
            }
            if !seeds.iter().any(|s| hjcp_content::quotes(s, passage)) {
                out.push(format!("{what}: the passage \"{passage}\" is in no source document"));
            }
            if !hjcp_content::quotes(passage, &text.en) {
                out.push(format!(
                    "{what} (\"{}\") is not the words of its passage (\"{passage}\")",
                    text.en
                ));
            }
        }
    });
}

/// A Welsh user needs to know whether a framework covers Wales: the start screen and the about
/// page say where each applies, in both languages.
#[test]
fn every_framework_says_where_it_applies() {
    each(|f, out| {
        if f.applies.en.is_empty() || f.applies.cy.is_none() {
            out.push(
                "does not say where it applies, in English and Welsh (applies, applies_cy)".into(),
            );
        }
    });
}

/// Welsh is a first-class language: every string of every framework shipped here has its Welsh,
/// so a new English string needs its `_cy` in the same change. The lines still missing one are
/// listed by `cargo run -p hjcp-content --bin validate -- --missing-welsh`.
#[test]
fn every_framework_string_has_welsh() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frameworks");
    let build = compile_dir(&dir, "frameworks/").expect("frameworks/ is readable");
    let missing: Vec<String> = build
        .untranslated
        .iter()
        .flat_map(|(file, lines)| {
            lines.iter().map(move |(line, text)| format!("{file}:{line}: {text}"))
        })
        .collect();
    assert!(missing.is_empty(), "English strings without Welsh:\n{}", missing.join("\n"));
    assert_eq!(build.welsh.len(), 4, "all four frameworks were counted");
    for (id, count) in &build.welsh {
        assert_eq!(count.translated, count.total, "{id}");
    }
}
