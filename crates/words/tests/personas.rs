//! Persona scenarios: does the advice read as a careers adviser would sign it?
//!
//! Each scenario in `tests/personas/` is a person (`NAME.answers.json`, exactly what the widget's
//! "download your answers" writes), three to five statements of the advice an adviser would
//! expect (`NAME.expect.toml`, written before the engine changes of issue 12), and the whole
//! advice rendered as text in English and Welsh (`NAME.en.txt`, `NAME.cy.txt`), compared as
//! snapshots: `UPDATE_EXPECT=1 cargo test -p hjcp-words --test personas` rewrites them, and the
//! diff is read as prose. `tests/personas/README.md` lists the scenarios and the vocabulary.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use hjcp_engine::stored::import_answers;
use hjcp_engine::{
    Answers, Catalog, Framework, MoveKind, PathOutcome, Position, Prepared, Recommendations,
    RouteKind,
};
use hjcp_words::{months_range, render, Lang};

fn personas_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/personas")
}

fn catalog() -> Catalog {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frameworks");
    let build = hjcp_content::compile_dir(&dir, "frameworks/").expect("frameworks/ is readable");
    assert!(!build.has_errors(), "{:#?}", build.diagnostics);
    build.catalog
}

/// The scenario names, from the answers files present.
fn scenarios() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(personas_dir())
        .expect("tests/personas exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter_map(|n| n.strip_suffix(".answers.json").map(str::to_string))
        .collect();
    names.sort();
    names
}

fn title(fw: &Framework, role: hjcp_engine::RoleIx, lang: Lang) -> String {
    fw.role(role).title.get(lang).0.to_string()
}

fn heading(kind: MoveKind) -> &'static str {
    match kind {
        MoveKind::Up => "Up",
        MoveKind::Across => "Across",
        MoveKind::ApplyNow => "Apply now",
        MoveKind::ThroughRoute => "Through a route",
    }
}

/// Everything the results, path and plan screens say for this person, in one language: the
/// sentences through hjcp-words, the structure (which list, which role, which offer) as short
/// labels so a reviewer can find their way.
fn advice(fw: &Framework, recs: &Recommendations, lang: Lang) -> String {
    let mut out = String::new();
    let r = |e: &hjcp_engine::Explanation| render(e, fw, lang);
    let _ = writeln!(out, "{}\n", r(&recs.summary));
    let _ = writeln!(out, "{}\n", hjcp_words::fit_formula(lang));
    for kind in [MoveKind::Up, MoveKind::Across, MoveKind::ApplyNow, MoveKind::ThroughRoute] {
        let moves: Vec<_> = recs.of_kind(kind).collect();
        if moves.is_empty() {
            continue;
        }
        let _ = writeln!(out, "== {} ==", heading(kind));
        for m in moves {
            let months = months_range(m.path.months_min, m.path.months_max, lang);
            let lived = if m.lived_experience { " [lived experience]" } else { "" };
            let _ = writeln!(
                out,
                "* {} — {}% — {:?} — {months}{lived}\n  {}",
                title(fw, m.role, lang),
                m.fit,
                m.entry,
                r(&m.explanation)
            );
        }
        out.push('\n');
    }
    if !recs.closed.is_empty() {
        let _ = writeln!(out, "== Closed ==");
        for c in &recs.closed {
            let _ = writeln!(out, "* {}\n  {}", title(fw, c.role, lang), r(&c.explanation));
        }
        out.push('\n');
    }
    if let Some(t) = &recs.target {
        let _ = writeln!(out, "== Target: {} ==\n{}\n", title(fw, t.role, lang), r(&t.explanation));
    }
    if let Some(p) = &recs.plan {
        let _ = writeln!(out, "== Plan: {} ==\n{}", title(fw, p.role, lang), r(&p.explanation));
        for o in &p.offers {
            let offer = &fw.learning[o.offer.get()];
            let _ = writeln!(out, "- [{}] {}", o.point, offer.title.get(lang).0);
        }
    }
    out
}

fn ids(fw: &Framework, roles: impl Iterator<Item = hjcp_engine::RoleIx>) -> Vec<&str> {
    roles.map(|r| fw.role(r).id.as_str()).collect()
}

fn strings(v: &toml::Value) -> Vec<String> {
    match v {
        toml::Value::Array(a) => a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect(),
        toml::Value::String(s) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// Checks one statement; `Err` says what the advice did instead.
fn holds(
    fw: &Framework,
    recs: &Recommendations,
    english: &str,
    key: &str,
    value: &toml::Value,
) -> Result<(), String> {
    // An id the framework does not have would make an exclusion pass for nothing.
    let offer_key = key.starts_with("plan_");
    for id in strings(value).iter().filter(|_| key != "advice_contains" && key != "advice_excludes")
    {
        let known = if offer_key {
            fw.learning.iter().any(|l| &l.id == id)
        } else {
            fw.role_ix(id).is_some()
        };
        if !known {
            return Err(format!("{id} is not an id in {}", fw.id));
        }
    }
    let list = |kind: MoveKind| ids(fw, recs.of_kind(kind).map(|m| m.role));
    let includes = |have: Vec<&str>| {
        let missing: Vec<String> =
            strings(value).into_iter().filter(|id| !have.contains(&id.as_str())).collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(format!("missing {missing:?}; list is {have:?}"))
        }
    };
    let excludes = |have: Vec<&str>| {
        let present: Vec<String> =
            strings(value).into_iter().filter(|id| have.contains(&id.as_str())).collect();
        if present.is_empty() {
            Ok(())
        } else {
            Err(format!("listed {present:?}"))
        }
    };
    let paths = || match recs.target.as_ref().map(|t| &t.outcome) {
        Some(PathOutcome::Found(paths)) => paths.clone(),
        _ => Vec::new(),
    };
    let offers: Vec<&str> = recs
        .plan
        .iter()
        .flat_map(|p| p.offers.iter().map(|o| fw.learning[o.offer.get()].id.as_str()))
        .collect();
    match key {
        "apply_now_includes" => includes(list(MoveKind::ApplyNow)),
        "apply_now_excludes" => excludes(list(MoveKind::ApplyNow)),
        "apply_now_first" => match list(MoveKind::ApplyNow).first() {
            Some(first) if Some(*first) == value.as_str() => Ok(()),
            other => Err(format!("first is {other:?}")),
        },
        "reachable_includes" => includes(list(MoveKind::ThroughRoute)),
        "reachable_excludes" => excludes(list(MoveKind::ThroughRoute)),
        "up_includes" => includes(list(MoveKind::Up)),
        "up_excludes" => excludes(list(MoveKind::Up)),
        "across_includes" => includes(list(MoveKind::Across)),
        "target_path_not_direct" => match paths().first() {
            Some(p) => {
                let direct = p.from == Position::Outside
                    && p.steps.len() == 1
                    && p.steps[0].step.kind == RouteKind::DirectEntry;
                if direct {
                    Err("the first path is a direct application".into())
                } else {
                    Ok(())
                }
            }
            None => Err(format!("no path: {:?}", recs.target.as_ref().map(|t| &t.outcome))),
        },
        "target_path_via" => {
            let want = strings(value);
            let vias: Vec<Vec<&str>> =
                paths().iter().map(|p| ids(fw, p.steps.iter().map(|s| s.step.to))).collect();
            if vias.iter().any(|v| want.iter().all(|w| v.contains(&w.as_str()))) {
                Ok(())
            } else {
                Err(format!("paths go through {vias:?}"))
            }
        }
        "target_paths_at_least" => {
            let n = paths().len();
            if n as i64 >= value.as_integer().unwrap_or(0) {
                Ok(())
            } else {
                Err(format!("{n} paths"))
            }
        }
        "target_no_route" => match recs.target.as_ref().map(|t| &t.outcome) {
            Some(PathOutcome::NoRoute) => Ok(()),
            other => Err(format!("outcome {other:?}")),
        },
        "target_blocked" => match recs.target.as_ref().map(|t| &t.outcome) {
            Some(PathOutcome::Blocked { .. }) => Ok(()),
            other => Err(format!("outcome {other:?}")),
        },
        "plan_first_offer" => match offers.first() {
            Some(first) if Some(*first) == value.as_str() => Ok(()),
            other => Err(format!("first offer is {other:?}; offers {offers:?}")),
        },
        "plan_excludes_offers" => excludes(offers.clone()),
        "plan_offer_before" => {
            let want = strings(value);
            let at = |id: &str| offers.iter().position(|o| *o == id);
            match (at(&want[0]), at(&want[1])) {
                (Some(a), Some(b)) if a < b => Ok(()),
                other => Err(format!("positions {other:?} in {offers:?}")),
            }
        }
        "rough_guide" => {
            let rough = recs.confidence.rough();
            if Some(rough) == value.as_bool() {
                Ok(())
            } else {
                Err(format!("rough is {rough}"))
            }
        }
        "lived_experience_flagged" => {
            let flagged = ids(fw, recs.moves.iter().filter(|m| m.lived_experience).map(|m| m.role));
            includes(flagged)
        }
        "advice_contains" => {
            let missing: Vec<String> =
                strings(value).into_iter().filter(|p| !english.contains(p.as_str())).collect();
            if missing.is_empty() {
                Ok(())
            } else {
                Err(format!("no {missing:?}"))
            }
        }
        "advice_excludes" => {
            let present: Vec<String> =
                strings(value).into_iter().filter(|p| english.contains(p.as_str())).collect();
            if present.is_empty() {
                Ok(())
            } else {
                Err(format!("says {present:?}"))
            }
        }
        other => Err(format!("unknown assertion {other}")),
    }
}

fn load(name: &str) -> (Answers, toml::Table) {
    let dir = personas_dir();
    let answers = std::fs::read_to_string(dir.join(format!("{name}.answers.json"))).unwrap();
    let answers = import_answers(&answers).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    let expect = std::fs::read_to_string(dir.join(format!("{name}.expect.toml"))).unwrap();
    (answers, expect.parse().unwrap_or_else(|e| panic!("{name}.expect.toml: {e}")))
}

/// Compares `text` with the snapshot file, or rewrites it under `UPDATE_EXPECT=1`.
fn snapshot(path: &Path, text: &str, stale: &mut Vec<String>) {
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(path, text).unwrap();
    } else if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        stale.push(path.file_name().unwrap().to_string_lossy().into_owned());
    }
}

#[test]
fn every_persona_gets_the_advice_an_adviser_expects() {
    let catalog = catalog();
    let names = scenarios();
    assert!(names.len() >= 12, "issue 12 asks for at least twelve scenarios");
    let mut failures = Vec::new();
    let mut stale = Vec::new();
    let mut per_framework: BTreeMap<String, usize> = BTreeMap::new();
    for name in &names {
        let (answers, expect) = load(name);
        let fw = catalog.framework(&answers.framework).expect("the scenario's framework exists");
        *per_framework.entry(fw.id.clone()).or_default() += 1;
        let recs = Prepared::new(fw.clone()).recommend(&answers);
        let en = advice(fw, &recs, Lang::En);
        let cy = advice(fw, &recs, Lang::Cy);
        let statements =
            expect.get("expect").and_then(|v| v.as_array()).cloned().unwrap_or_default();
        assert!((3..=5).contains(&statements.len()), "{name}: 3 to 5 statements");
        for s in &statements {
            let table = s.as_table().expect("[[expect]] is a table");
            let says = table.get("says").and_then(|v| v.as_str()).unwrap_or("?");
            let checks: Vec<(&String, &toml::Value)> =
                table.iter().filter(|(k, _)| k.as_str() != "says").collect();
            assert_eq!(checks.len(), 1, "{name}: one assertion per statement ({says})");
            let (key, value) = checks[0];
            if let Err(why) = holds(fw, &recs, &en, key, value) {
                failures.push(format!("{name}: {says}\n    {key}: {why}"));
            }
        }
        let dir = personas_dir();
        snapshot(&dir.join(format!("{name}.en.txt")), &en, &mut stale);
        snapshot(&dir.join(format!("{name}.cy.txt")), &cy, &mut stale);
    }
    assert_eq!(per_framework.len(), 4, "scenarios cover all four frameworks: {per_framework:?}");
    assert!(failures.is_empty(), "{} statements fail:\n{}", failures.len(), failures.join("\n"));
    assert!(
        stale.is_empty(),
        "advice changed (UPDATE_EXPECT=1 to accept, then read the diff): {stale:?}"
    );
}
