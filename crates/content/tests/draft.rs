//! The studio's view of one file: `draft::open` says what `validate` says (the same diagnostics
//! for every real framework and every fixture), recognises what is not a framework file, reads
//! CASE packages, never panics, and stays fast on the largest file it accepts; `diff` tells a
//! reviewer what a draft changes.

use std::path::{Path, PathBuf};
use std::time::Instant;

use hjcp_content::diff::{changes_text, diff, Change, ChangeKind, Thing};
use hjcp_content::draft::{
    open, problems_text, too_large, Checked, Format, NotAFramework, Opened, Outcome, MAX_BYTES,
};
use hjcp_content::{case, compile, Severity};
use hjcp_engine::model::{CompetenceIx, Framework, Route, RouteKind, Text};
use hjcp_engine::testgen;

fn here(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

fn frameworks() -> Vec<PathBuf> {
    toml_files(&here("../../frameworks"))
}

fn fixtures() -> Vec<PathBuf> {
    toml_files(&here("tests/fixtures"))
}

fn name_of(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().to_string()
}

fn checked(opened: &Opened) -> &Checked {
    match &opened.outcome {
        Outcome::Checked(c) => c,
        Outcome::NotAFramework(why) => panic!("{}: not a framework: {why}", opened.file),
    }
}

fn not_a_framework(bytes: &[u8]) -> NotAFramework {
    match open("file", bytes).outcome {
        Outcome::NotAFramework(why) => why,
        Outcome::Checked(c) => panic!("opened as a framework: {:?}", c.problems),
    }
}

fn compiled(path: &Path) -> Framework {
    let text = std::fs::read_to_string(path).unwrap();
    let c = compile(&name_of(path), &text);
    c.framework.unwrap_or_else(|| panic!("{} does not compile", path.display()))
}

#[test]
fn every_framework_and_fixture_gets_validates_diagnostics() {
    let files: Vec<PathBuf> = frameworks().into_iter().chain(fixtures()).collect();
    assert!(files.len() > 50, "the fixtures are missing");
    for path in files {
        let name = name_of(&path);
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();
        let expected = compile(&name, &text);
        let opened = open(&name, &bytes);
        assert_eq!(opened.file, name);
        let got = checked(&opened);
        assert_eq!(got.format, Format::Toml, "{name}");
        let diagnostics: Vec<_> = got.problems.iter().map(|p| p.diagnostic.clone()).collect();
        assert_eq!(diagnostics, expected.diagnostics, "{name}");
        assert_eq!(got.framework, expected.framework, "{name}");
        assert_eq!(got.welsh, expected.welsh, "{name}");
        assert_eq!(got.untranslated, expected.untranslated_lines, "{name}");
        assert_eq!(got.toml, text, "{name}");
        assert!(got.import_notes.is_empty(), "{name}");
        assert_eq!(got.case_json.is_some(), got.framework.is_some(), "{name}");
        if let Some(json) = &got.case_json {
            let framework = got.framework.as_ref().unwrap();
            let parsed: serde_json::Value = serde_json::from_str(json).unwrap();
            assert_eq!(parsed, case::export(framework), "{name}");
        }
    }
}

#[test]
fn a_problem_shows_its_own_line_among_the_context() {
    let mut seen = 0;
    for path in fixtures() {
        let name = name_of(&path);
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let opened = open(&name, text.as_bytes());
        for p in &checked(&opened).problems {
            let line = p.diagnostic.line;
            if line == 0 || line > lines.len() {
                assert!(p.context.is_empty(), "{name}:{line}");
                continue;
            }
            seen += 1;
            assert!(p.context.contains(&(line, lines[line - 1].to_string())), "{name}:{line}");
            assert!(p.context.len() <= 5, "{name}:{line}");
            let numbers: Vec<usize> = p.context.iter().map(|(n, _)| *n).collect();
            let expected: Vec<usize> =
                (line.saturating_sub(2).max(1)..=(line + 2).min(lines.len())).collect();
            assert_eq!(numbers, expected, "{name}:{line}");
        }
    }
    assert!(seen > 50);
    // One concrete case, to see what the owner sees.
    let opened = open(
        "unknown-area.toml",
        &std::fs::read(here("tests/fixtures/unknown-area.toml")).unwrap(),
    );
    let problem = &checked(&opened).problems[0];
    assert!(problem.context.iter().any(|(_, text)| text.contains("area")), "{problem:?}");
}

#[test]
fn problems_text_is_what_validate_prints() {
    for path in fixtures().into_iter().chain(frameworks()) {
        let name = name_of(&path);
        let text = std::fs::read_to_string(&path).unwrap();
        let compiled = compile(&name, &text);
        let mut expected: String = compiled.diagnostics.iter().map(|d| format!("{d}\n")).collect();
        let errors = compiled.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
        let warnings = compiled.diagnostics.len() - errors;
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        expected.push_str(&format!(
            "{}, {}\n",
            plural(errors, "error", "errors"),
            plural(warnings, "warning", "warnings")
        ));
        assert_eq!(problems_text(&open(&name, text.as_bytes())), expected, "{name}");
    }
    let text = problems_text(&open("logo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
    assert_eq!(text, "logo.png: error: this is not a text file: it looks like a PNG image\n1 error, 0 warnings\n");
}

#[test]
fn case_samples_open_as_case() {
    let dir = here("tests/case/samples");
    let mut samples: Vec<PathBuf> =
        std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
    samples.sort();
    assert_eq!(samples.len(), 4);
    for path in samples {
        let name = name_of(&path);
        let bytes = std::fs::read(&path).unwrap();
        let (toml, notes) = case::import(std::str::from_utf8(&bytes).unwrap()).unwrap();
        let opened = open(&name, &bytes);
        let got = checked(&opened);
        assert_eq!(got.format, Format::Case, "{name}");
        assert!(got.framework.is_some(), "{name}: {:?}", got.problems);
        assert_eq!(got.toml, toml, "{name}");
        assert_eq!(got.import_notes, notes, "{name}");
        assert_eq!(got.import_notes.is_empty(), notes.is_empty(), "{name}");
        assert!(got.case_json.is_none(), "{name}");
        let expected = compile(&name, &toml);
        let diagnostics: Vec<_> = got.problems.iter().map(|p| p.diagnostic.clone()).collect();
        assert_eq!(diagnostics, expected.diagnostics, "{name}");
    }
}

#[test]
fn a_case_export_of_each_framework_reopens_without_errors() {
    for path in frameworks() {
        let framework = compiled(&path);
        let json = serde_json::to_string_pretty(&case::export(&framework)).unwrap();
        // A byte order mark, as some Windows editors save, changes nothing.
        let with_bom = format!("\u{feff}{json}");
        for bytes in [json.as_bytes(), with_bom.as_bytes()] {
            let opened = open("export.json", bytes);
            let got = checked(&opened);
            assert_eq!(got.format, Format::Case, "{}", path.display());
            assert_eq!(got.errors(), 0, "{}: {:?}", path.display(), got.problems);
            let back = got.framework.as_ref().unwrap();
            assert_eq!(back.id, framework.id);
            assert!(diff(&framework, back).is_empty(), "{:?}", diff(&framework, back));
        }
    }
}

#[test]
fn what_is_not_a_framework_is_named() {
    assert_eq!(not_a_framework(b""), NotAFramework::Empty);
    assert_eq!(not_a_framework(b"  \n\t\r\n "), NotAFramework::Empty);
    assert_eq!(not_a_framework(b"\xef\xbb\xbf\n"), NotAFramework::Empty);
    let binary = |kind: &str| NotAFramework::Binary { kind: Some(kind.to_string()) };
    assert_eq!(not_a_framework(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), binary("PNG image"));
    assert_eq!(not_a_framework(b"\xff\xd8\xff\xe0\0\x10JFIF"), binary("JPEG image"));
    assert_eq!(not_a_framework(b"GIF89a\x01\0"), binary("GIF image"));
    assert_eq!(not_a_framework(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3"), binary("PDF document"));
    assert_eq!(not_a_framework(b"%PDF-1.4 all ascii"), binary("PDF document"));
    assert_eq!(
        not_a_framework(b"PK\x03\x04\x14\0\x06\0"),
        binary("ZIP archive (e.g. a Word or Excel file)")
    );
    assert_eq!(not_a_framework(b"id = \"x\xff\xfe\""), NotAFramework::Binary { kind: None });
    assert_eq!(not_a_framework(b"\xff\xfe[\0f\0"), NotAFramework::Binary { kind: None });
    assert!(matches!(not_a_framework(br#"{"name":"x"}"#), NotAFramework::OtherJson { .. }));
    assert!(matches!(not_a_framework(b"[1,2]"), NotAFramework::OtherJson { .. }));
    assert!(matches!(not_a_framework(b" [ ]"), NotAFramework::OtherJson { .. }));
    assert!(matches!(
        not_a_framework(br#"{"CFItems": []}"#),
        NotAFramework::OtherJson { why } if why.contains("no CFDocument")
    ));
    match not_a_framework(br#"{"CFDocument":"#) {
        NotAFramework::Json { line, column, message } => {
            assert_eq!(line, 1);
            assert!(column > 0);
            assert!(!message.is_empty());
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(not_a_framework(b"[1, 2"), NotAFramework::Json { .. }));
    assert!(matches!(
        not_a_framework(br#"{"CFDocument": {"title": "x"}, "CFItems": []}"#),
        NotAFramework::CaseUnreadable { why } if why.contains("CFDocument.identifier")
    ));
    let big = vec![b' '; MAX_BYTES + 1];
    assert_eq!(not_a_framework(&big), NotAFramework::TooLarge { bytes: MAX_BYTES as u64 + 1 });
    assert_eq!(too_large(MAX_BYTES as u64), None);
    assert_eq!(too_large(u64::MAX), Some(NotAFramework::TooLarge { bytes: u64::MAX }));
}

#[test]
fn a_toml_file_starting_with_a_table_header_is_toml() {
    let text = std::fs::read_to_string(here("tests/fixtures/valid.toml")).unwrap();
    let start = text.find("[framework]").unwrap();
    let bare = &text[start..];
    for variant in [bare.to_string(), format!("  [framework] # the framework\n{}", &bare[12..])] {
        let opened = open("valid.toml", variant.as_bytes());
        let got = checked(&opened);
        assert_eq!(got.format, Format::Toml);
        assert_eq!(got.errors(), 0, "{:?}", got.problems);
    }
    // Text that is neither JSON nor TOML gets validate's TOML error, not a guess.
    let opened = open("notes.txt", b"Dear reviewer, here is the framework.");
    let got = checked(&opened);
    assert_eq!(got.format, Format::Toml);
    assert_eq!(got.errors(), 1);
    assert_eq!(got.problems[0].diagnostic.line, 1);
}

#[test]
fn an_opened_framework_survives_postcard() {
    for path in frameworks() {
        let opened = open(&name_of(&path), &std::fs::read(&path).unwrap());
        let bytes = postcard::to_allocvec(&opened).unwrap();
        let back: Opened = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back, opened);
    }
    let opened =
        open("broken.toml", &std::fs::read(here("tests/fixtures/several-problems.toml")).unwrap());
    assert!(!checked(&opened).problems.is_empty());
    let back: Opened = postcard::from_bytes(&postcard::to_allocvec(&opened).unwrap()).unwrap();
    assert_eq!(back, opened);
    let opened = open("x.png", b"\x89PNG\r\n\x1a\n");
    let back: Opened = postcard::from_bytes(&postcard::to_allocvec(&opened).unwrap()).unwrap();
    assert_eq!(back, opened);
}

#[test]
fn no_input_makes_it_panic() {
    let mut rng = testgen::XorShift::new(7);
    let valid = std::fs::read(here("tests/fixtures/valid.toml")).unwrap();
    let package = std::fs::read(here("tests/case/samples/SequenceNumberFramework.json")).unwrap();
    let alphabet = b"{}[]\",:=#\n \\'abc01.\xc3\xa9\xff";
    for round in 0..300 {
        let len = rng.below(200) as usize;
        let mut bytes: Vec<u8> = match round % 3 {
            0 => (0..len).map(|_| rng.below(256) as u8).collect(),
            1 => (0..len).map(|_| alphabet[rng.below(alphabet.len() as u64) as usize]).collect(),
            // A real file cut short or with a byte changed.
            _ => {
                let base = if round % 2 == 0 { &valid } else { &package };
                let mut b = base[..rng.below(base.len() as u64) as usize].to_vec();
                if !b.is_empty() {
                    let i = rng.below(b.len() as u64) as usize;
                    b[i] = alphabet[rng.below(alphabet.len() as u64) as usize];
                }
                b
            }
        };
        if round % 5 == 0 {
            bytes.splice(0..0, b"\xef\xbb\xbf".iter().copied());
        }
        let opened = open("random", &bytes);
        let _ = problems_text(&opened);
    }
}

/// The generator aims at the engine's properties, not at every validation rule; what it draws
/// that validation would refuse is tidied away so the package imports.
fn valid_at_scale(mut f: Framework) -> Framework {
    for role in &mut f.roles {
        for e in &mut role.entry {
            for o in &mut e.any_of {
                if o.text.en.is_empty() {
                    o.text.en = "Something else the role asks for".into();
                }
            }
            if e.text.en.is_empty() {
                e.text = e.any_of[0].text.clone();
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    f.routes.retain(|r| {
        let needs_from =
            matches!(r.kind, RouteKind::FastTrack | RouteKind::Promotion | RouteKind::Lateral);
        (r.from.is_some() || !needs_from) && seen.insert((r.from, r.to, r.kind))
    });
    for l in &mut f.learning {
        let mut seen = std::collections::HashSet::new();
        l.builds.retain(|c| seen.insert(*c));
    }
    f
}

#[test]
fn a_ten_megabyte_case_package_opens() {
    let framework = valid_at_scale(testgen::generated_framework(1_700, 560, 1_100, 11));
    let json = serde_json::to_string_pretty(&case::export(&framework)).unwrap();
    assert!(json.len() > 8 * 1024 * 1024 && json.len() <= MAX_BYTES, "{} bytes", json.len());
    let started = Instant::now();
    let opened = open("large.json", json.as_bytes());
    let took = started.elapsed();
    let got = checked(&opened);
    println!(
        "opened a {:.1} MB CASE package in {took:?}: {} problems, {} lines of TOML",
        json.len() as f64 / 1_048_576.0,
        got.problems.len(),
        got.toml.lines().count()
    );
    assert_eq!(got.format, Format::Case);
    assert_eq!(got.errors(), 0, "{:?}", &got.problems[..got.problems.len().min(5)]);
    let back = got.framework.as_ref().unwrap();
    assert_eq!(back.competences.len(), 1_700);
    assert_eq!(back.roles.len(), 560);
}

// --- diff ---------------------------------------------------------------------------------

fn real() -> Framework {
    compiled(&frameworks()[0])
}

fn kinds(changes: &[Change]) -> Vec<(Thing, ChangeKind, &str, Vec<&str>)> {
    changes
        .iter()
        .map(|c| (c.thing, c.kind, c.id.as_str(), c.fields.iter().map(String::as_str).collect()))
        .collect()
}

#[test]
fn a_framework_has_no_changes_from_itself() {
    for path in frameworks() {
        let f = compiled(&path);
        assert_eq!(diff(&f, &f), Vec::new());
        let text = changes_text(&f, &f, &[]);
        assert!(text.contains("No changes"), "{text}");
        assert!(text.contains(&f.title.en), "{text}");
    }
    let f = testgen::fixture();
    assert_eq!(diff(&f, &f), Vec::new());
}

#[test]
fn reformatting_the_file_is_no_change() {
    let path = &frameworks()[0];
    let text = std::fs::read_to_string(path).unwrap();
    let reformatted: String =
        text.lines().map(|l| format!("{}  \n\n", l.trim_end())).collect::<String>();
    let draft = compile("draft.toml", &reformatted).framework.expect("still compiles");
    assert_eq!(diff(&compiled(path), &draft), Vec::new());
}

#[test]
fn rewording_a_competence_is_reworded() {
    let published = real();
    let mut draft = published.clone();
    draft.competences[1].title.en.push_str(" (revised)");
    draft.competences[1].description.cy = Some("Disgrifiad newydd".into());
    let changes = diff(&published, &draft);
    let id = draft.competences[1].id.as_str();
    assert_eq!(
        kinds(&changes),
        vec![(Thing::Competence, ChangeKind::Reworded, id, vec!["title", "description"])]
    );
    assert_eq!(changes[0].title, draft.competences[1].title.en);
}

#[test]
fn removing_a_role_is_removed() {
    let mut published = testgen::fixture();
    // A role nothing points at, so removing it leaves every index valid.
    let last = published.roles.len() - 1;
    published.routes.retain(|r| r.to.get() != last && r.from.is_none_or(|f| f.get() != last));
    for l in &mut published.learning {
        l.audience.roles.retain(|r| r.get() != last);
    }
    let mut draft = published.clone();
    let removed = draft.roles.pop().unwrap();
    let changes = diff(&published, &draft);
    assert_eq!(
        kinds(&changes),
        vec![(Thing::Role, ChangeKind::Removed, removed.id.as_str(), vec![])]
    );
    assert_eq!(changes[0].title, removed.title.en);
}

#[test]
fn adding_a_route_is_added() {
    let published = real();
    let mut draft = published.clone();
    let (from, to) = (0..draft.roles.len())
        .flat_map(|a| (0..draft.roles.len()).map(move |b| (a, b)))
        .find(|&(a, b)| {
            a != b
                && !draft.routes.iter().any(|r| {
                    r.kind == RouteKind::Lateral
                        && r.from.map(|f| f.get()) == Some(a)
                        && r.to.get() == b
                })
        })
        .unwrap();
    let mut route: Route = draft.routes[0].clone();
    route.from = Some(hjcp_engine::model::RoleIx(from as u32));
    route.to = hjcp_engine::model::RoleIx(to as u32);
    route.kind = RouteKind::Lateral;
    draft.routes.push(route);
    let changes = diff(&published, &draft);
    let id = format!("{} → {} (lateral)", draft.roles[from].id, draft.roles[to].id);
    assert_eq!(kinds(&changes), vec![(Thing::Route, ChangeKind::Added, id.as_str(), vec![])]);
    assert!(changes[0].title.contains(&draft.roles[to].title.en), "{}", changes[0].title);
}

#[test]
fn a_new_required_level_is_changed() {
    let published = real();
    let mut draft = published.clone();
    let (r, role) = draft.roles.iter().enumerate().find(|(_, r)| !r.requires.is_empty()).unwrap();
    let id = role.id.clone();
    let top = (draft.scale.len() - 1) as u8;
    let q = &mut draft.roles[r].requires[0];
    q.proficiency = if q.proficiency == top { top - 1 } else { top };
    let changes = diff(&published, &draft);
    assert_eq!(
        kinds(&changes),
        vec![(Thing::Role, ChangeKind::Changed, id.as_str(), vec!["requires"])]
    );
    // Reworded and changed at once: two entries, reworded first.
    draft.roles[r].scope.en.push_str(" More.");
    assert_eq!(
        kinds(&diff(&published, &draft)),
        vec![
            (Thing::Role, ChangeKind::Reworded, id.as_str(), vec!["scope"]),
            (Thing::Role, ChangeKind::Changed, id.as_str(), vec!["requires"]),
        ]
    );
}

/// The same framework with its competences in reverse order and every index remapped.
fn competences_reversed(f: &Framework) -> Framework {
    let n = f.competences.len() as u32;
    let flip = |c: CompetenceIx| CompetenceIx(n - 1 - c.0);
    let mut g = f.clone();
    g.competences.reverse();
    for role in &mut g.roles {
        for q in &mut role.requires {
            q.competence = flip(q.competence);
        }
    }
    for l in &mut g.learning {
        for c in &mut l.builds {
            *c = flip(*c);
        }
    }
    g
}

#[test]
fn reordering_competences_is_no_change() {
    for f in [real(), testgen::fixture()] {
        let g = competences_reversed(&f);
        assert_ne!(f, g);
        assert_eq!(diff(&f, &g), Vec::new());
    }
}

#[test]
fn changes_text_gives_counts_and_a_line_per_change() {
    let published = real();
    let mut draft = published.clone();
    draft.version = "9.9".into();
    draft.competences[0].title =
        Text { en: "A new title".into(), ..draft.competences[0].title.clone() };
    draft.areas.pop();
    let area = published.areas.last().unwrap();
    // Keep the draft consistent: nothing may point at the removed area.
    let last = draft.areas.len() as u32;
    for c in &mut draft.competences {
        if c.area.0 == last {
            c.area = hjcp_engine::model::AreaIx(0);
        }
    }
    let changes = diff(&published, &draft);
    let text = changes_text(&published, &draft, &changes);
    println!("{text}");
    assert!(text.contains(&published.title.en), "{text}");
    assert!(text.contains("9.9"), "{text}");
    let removed = changes.iter().filter(|c| c.kind == ChangeKind::Removed).count();
    let reworded = changes.iter().filter(|c| c.kind == ChangeKind::Reworded).count();
    let changed = changes.iter().filter(|c| c.kind == ChangeKind::Changed).count();
    assert!(
        text.contains(&format!(
            "0 added, {removed} removed, {reworded} reworded, {changed} changed"
        )),
        "{text}"
    );
    assert_eq!(changes[0].thing, Thing::Area);
    assert_eq!(changes[0].kind, ChangeKind::Removed);
    assert!(text.contains(&format!("Removed area \"{}\": {}", area.id, area.title.en)), "{text}");
    assert!(text.contains("A new title (title)"), "{text}");
    assert_eq!(text.lines().count(), 4 + changes.len(), "{text}");
}

#[test]
fn route_and_learning_facts_are_changes() {
    let published = real();
    let mut draft = published.clone();
    draft.routes[0].months += 6;
    let route_id = route_id_of(&draft, 0);
    let (l, offer) = draft.learning.iter().enumerate().find(|(_, l)| !l.builds.is_empty()).unwrap();
    let offer_id = offer.id.clone();
    draft.learning[l].builds.reverse();
    // Reversing what an offer builds is no change; building something else is.
    assert_eq!(
        kinds(&diff(&published, &draft)),
        vec![(Thing::Route, ChangeKind::Changed, route_id.as_str(), vec!["months"])]
    );
    let other = (0..draft.competences.len() as u32)
        .map(CompetenceIx)
        .find(|c| !draft.learning[l].builds.contains(c))
        .unwrap();
    draft.learning[l].builds.push(other);
    draft.learning[l].title.cy = Some("Teitl newydd".into());
    assert_eq!(
        kinds(&diff(&published, &draft)),
        vec![
            (Thing::Route, ChangeKind::Changed, route_id.as_str(), vec!["months"]),
            (Thing::Learning, ChangeKind::Reworded, offer_id.as_str(), vec!["title"]),
            (Thing::Learning, ChangeKind::Changed, offer_id.as_str(), vec!["builds"]),
        ]
    );
}

fn route_id_of(f: &Framework, i: usize) -> String {
    let r = &f.routes[i];
    let from = r.from.map_or("(outside)".to_string(), |ix| f.roles[ix.get()].id.clone());
    format!("{from} → {} ({})", f.roles[r.to.get()].id, r.kind.id())
}

/// Any CASE package imports whatever the depth of its `isChildOf` tree (a chain 5,000 items deep
/// here, walked without recursion), and statements holding Markdown, mathematics, a table or
/// markup come through as the same text, to be shown as text.
#[test]
fn a_deep_case_tree_with_markup_in_its_statements_opens() {
    let doc = "d0000000-0000-0000-0000-000000000000";
    let tricky = [
        "**Bold** and _italic_ with a [link](https://example.org)",
        "Solve $x^2 + y^2 = z^2$ and \\(\\frac{a}{b}\\)",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "<script>alert(1)</script> & <b>tags</b> \"quoted\" 'single' \\ backslash",
        "Tab\there, emoji 🧑‍⚕️, Welsh ŵ ŷ",
    ];
    let depth = 5_000;
    let id = |i: usize| format!("e0000000-0000-0000-0000-{i:012}");
    let items: Vec<serde_json::Value> = (0..depth)
        .map(|i| {
            serde_json::json!({
                "identifier": id(i),
                "uri": format!("urn:uuid:{}", id(i)),
                "fullStatement": format!("{} (item {i})", tricky[i % tricky.len()]),
                "humanCodingScheme": format!("D.{i}"),
                "lastChangeDateTime": "2024-01-01T00:00:00+00:00",
            })
        })
        .collect();
    let link = |key: &str| serde_json::json!({ "identifier": key, "uri": format!("urn:uuid:{key}"), "title": key });
    let associations: Vec<serde_json::Value> = (0..depth)
        .map(|i| {
            let parent = if i == 0 { doc.to_string() } else { id(i - 1) };
            serde_json::json!({
                "identifier": format!("a0000000-0000-0000-0000-{i:012}"),
                "uri": format!("urn:uuid:a0000000-0000-0000-0000-{i:012}"),
                "associationType": "isChildOf",
                "originNodeURI": link(&id(i)),
                "destinationNodeURI": link(&parent),
                "lastChangeDateTime": "2024-01-01T00:00:00+00:00",
            })
        })
        .collect();
    let package = serde_json::json!({
        "CFDocument": { "identifier": doc, "uri": format!("urn:uuid:{doc}"), "title": "Deep", "creator": "Test",
                        "lastChangeDateTime": "2024-01-01T00:00:00+00:00" },
        "CFItems": items,
        "CFAssociations": associations,
    });
    let opened = open("deep.json", package.to_string().as_bytes());
    let checked = checked(&opened);
    assert_eq!(checked.format, Format::Case);
    assert_eq!(checked.errors(), 0, "{:?}", checked.problems.first());
    let framework = checked.framework.as_ref().expect("compiles");
    assert_eq!(
        framework.competences.len(),
        depth - 1,
        "every item below the top one is a competence"
    );
    let texts: Vec<String> = framework
        .competences
        .iter()
        .map(|c| format!("{} {}", c.title.en, c.description.en))
        .collect();
    for t in tricky {
        assert!(texts.iter().any(|x| x.contains(t)), "{t:?} kept as written");
    }
}
