//! CASE interchange: every export validates against the CFPackage schema, every sample package
//! imports into a framework file that compiles, and framework → CASE → framework keeps the
//! content. The schema and samples are copies kept in `tests/case/` (OpenSALT, MIT licence).

use std::path::{Path, PathBuf};

use expect_test::expect;
use hjcp_content::case::{export, export_with, import, ExportOptions, ImportError};
use hjcp_engine::model::Framework;
use serde_json::{json, Value};

fn here(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn compile_file(path: &Path) -> Framework {
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let compiled = hjcp_content::compile(&name, &read(path));
    let errors: Vec<String> = compiled.diagnostics.iter().map(|d| d.to_string()).collect();
    compiled.framework.unwrap_or_else(|| panic!("{name} does not compile:\n{}", errors.join("\n")))
}

fn fixture() -> Framework {
    compile_file(&here("tests/fixtures/valid.toml"))
}

/// Every `*.toml` in the repository's frameworks/ folder, whatever is there at test time.
fn repo_frameworks() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(here("../../frameworks"))
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn validator() -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_str(&read(&here("tests/case/case-v1p0-cfpackage-schema.json"))).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the CFPackage schema compiles")
}

fn schema_errors(package: &Value) -> Vec<String> {
    validator().iter_errors(package).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

fn assert_schema_valid(what: &str, package: &Value) {
    let errors = schema_errors(package);
    assert!(
        errors.is_empty(),
        "{what} does not validate against the CFPackage schema:\n{}",
        errors.join("\n")
    );
}

fn compiles(what: &str, toml: &str) -> Framework {
    let compiled = hjcp_content::compile("imported.toml", toml);
    let errors: Vec<String> = compiled
        .diagnostics
        .iter()
        .filter(|d| d.severity == hjcp_content::Severity::Error)
        .map(|d| d.to_string())
        .collect();
    compiled.framework.unwrap_or_else(|| {
        panic!("the import of {what} does not compile:\n{}\n\n{toml}", errors.join("\n"))
    })
}

/// Areas (id, title), competences (id, area id, title) and scale (id, label, descriptor).
type Outline =
    (Vec<(String, String)>, Vec<(String, String, String)>, Vec<(String, String, String)>);

/// The ids and English titles a round trip must keep.
fn outline(f: &Framework) -> Outline {
    (
        f.areas.iter().map(|a| (a.id.clone(), a.title.en.clone())).collect(),
        f.competences
            .iter()
            .map(|c| (c.id.clone(), f.area(c.area).id.clone(), c.title.en.clone()))
            .collect(),
        f.scale
            .iter()
            .map(|s| (s.id.clone(), s.label.en.clone(), s.descriptor.en.clone()))
            .collect(),
    )
}

// ----- export ------------------------------------------------------------------------------

#[test]
fn schema_accepts_the_sample_packages() {
    for sample in [
        "AdoptedTestFramework",
        "ItemTypeTestFramework",
        "SequenceNumberFramework",
        "Utf8TestFramework",
    ] {
        let package: Value =
            serde_json::from_str(&read(&here(&format!("tests/case/samples/{sample}.json"))))
                .unwrap();
        assert_schema_valid(sample, &package);
    }
}

#[test]
fn schema_check_is_not_vacuous() {
    let mut package = export(&fixture());
    package["CFFrameworks"] = json!([]);
    package["CFItems"][0]["identifier"] = json!("not-a-uuid");
    package["CFAssociations"][0]["associationType"] = json!("isParentOf");
    package["CFRubrics"][0]["colour"] = json!("red");
    assert_eq!(schema_errors(&package).len(), 4, "{:#?}", schema_errors(&package));
}

#[test]
fn export_of_the_fixture_validates() {
    let f = fixture();
    assert_schema_valid("valid.toml", &export(&f));
    assert_schema_valid(
        "valid.toml with a base URI",
        &export_with(&f, &ExportOptions { base_uri: Some("https://case.example.org/".into()) }),
    );
}

#[test]
fn export_of_every_repository_framework_validates() {
    for path in repo_frameworks() {
        let f = compile_file(&path);
        assert_schema_valid(&path.display().to_string(), &export(&f));
    }
}

#[test]
fn export_is_deterministic_with_unique_uuids() {
    let f = fixture();
    let a = serde_json::to_string(&export(&f)).unwrap();
    assert_eq!(a, serde_json::to_string(&export(&f)).unwrap());
    let package = export(&f);
    let mut ids = Vec::new();
    ids.push(package["CFDocument"]["identifier"].as_str().unwrap().to_string());
    for key in ["CFItems", "CFAssociations"] {
        ids.extend(
            package[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v["identifier"].as_str().unwrap().to_string()),
        );
    }
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "identifiers must be unique");
    // Name-based (version 5) UUIDs.
    assert!(ids.iter().all(|id| id.as_bytes()[14] == b'5'), "{ids:?}");
}

#[test]
fn export_maps_the_model_onto_case() {
    let f = fixture();
    let p = export(&f);
    let doc = &p["CFDocument"];
    assert_eq!(doc["title"], "Custody Care Pathways (test fixture)");
    assert_eq!(doc["creator"], "Fixture Health Board");
    assert_eq!(doc["version"], "2.1");
    assert_eq!(doc["language"], "en");
    assert_eq!(
        doc["adoptionStatus"], "Draft",
        "a framework with illustrative parts is not adopted wording"
    );
    assert_eq!(doc["lastChangeDateTime"], "2024-02-29T00:00:00+00:00");
    let notes = doc["notes"].as_str().unwrap();
    assert!(notes.contains("Provenance: illustrative"), "{notes}");
    assert!(
        notes.contains(
            "Source: Custody Care Competence Framework (Fixture Health Board, February 2024)."
        ),
        "{notes}"
    );
    assert!(notes.contains("Welsh title (Cymraeg): Llwybrau Gofal"), "{notes}");

    let items = p["CFItems"].as_array().unwrap();
    let by_code = |code: &str| {
        items
            .iter()
            .find(|i| i["humanCodingScheme"] == code)
            .unwrap_or_else(|| panic!("no item {code}"))
    };
    let area = by_code("safe-care");
    assert_eq!(area["CFItemType"], "Domain");
    let comp = by_code("risk-assessment");
    assert_eq!(comp["CFItemType"], "Competency");
    assert_eq!(comp["abbreviatedStatement"], "I assess risk when someone arrives in custody");
    assert_eq!(comp["fullStatement"], "I assess risk when someone arrives in custody. Covers physical health, mental health and substance use.");
    assert_eq!(comp["language"], "en");
    assert!(comp["notes"].as_str().unwrap().contains("Provenance: official"));
    assert!(comp["notes"].as_str().unwrap().contains("Welsh title (Cymraeg): Rwy'n asesu risg"));
    assert_eq!(by_code("custody-nurse")["CFItemType"], "Job Role");
    assert_eq!(by_code("screening-elearning")["CFItemType"], "Learning Offer");
    assert_eq!(items.len(), f.areas.len() + f.competences.len() + f.roles.len() + f.learning.len());

    let assoc = p["CFAssociations"].as_array().unwrap();
    let count = |kind: &str| assoc.iter().filter(|a| a["associationType"] == kind).count();
    assert_eq!(count("isChildOf"), f.areas.len() + f.competences.len());
    assert_eq!(count("precedes"), f.routes.iter().filter(|r| r.from.is_some()).count());
    let requirements: usize = f.roles.iter().map(|r| r.requires.len()).sum();
    let builds: usize = f.learning.iter().map(|l| l.builds.len()).sum();
    assert_eq!(count("isRelatedTo"), requirements + builds);
    // Competence → area → document.
    let parent_of = |child: &Value| {
        assoc
            .iter()
            .find(|a| {
                a["associationType"] == "isChildOf"
                    && a["originNodeURI"]["identifier"] == child["identifier"]
            })
            .unwrap()
    };
    assert_eq!(parent_of(comp)["destinationNodeURI"]["identifier"], area["identifier"]);
    assert_eq!(parent_of(area)["destinationNodeURI"]["identifier"], doc["identifier"]);

    let rubric = &p["CFRubrics"][0];
    let scale = &rubric["CFRubricCriteria"][0];
    let levels = scale["CFRubricCriterionLevels"].as_array().unwrap();
    assert_eq!(levels.len(), f.scale.len());
    assert_eq!(levels[1]["quality"], "Developing");
    assert_eq!(levels[1]["description"], "I do this sometimes and still need support.");
    assert_eq!(levels[1]["score"], 1.0);
    let risk = rubric["CFRubricCriteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["CFItemURI"]["identifier"] == comp["identifier"])
        .unwrap();
    assert_eq!(
        risk["CFRubricCriterionLevels"][2]["description"],
        "I screen people on my own and escalate concerns."
    );
}

// ----- import ------------------------------------------------------------------------------

#[test]
fn every_sample_package_imports_and_compiles() {
    for (sample, title, competences) in [
        ("AdoptedTestFramework", "Adopted Test", vec!["Item 1"]),
        ("ItemTypeTestFramework", "Item Type Test", vec!["Item 1"]),
        // sequenceNumber, not package order, decides the order.
        (
            "SequenceNumberFramework",
            "Sequence Number Test",
            vec!["Second added item, but should be first", "First Added Item"],
        ),
        ("Utf8TestFramework", "UTF8 𝑑 Test", vec!["Item 𝑑 1"]),
    ] {
        let (toml, notes) = import(&read(&here(&format!("tests/case/samples/{sample}.json"))))
            .unwrap_or_else(|e| panic!("{sample}: {e}"));
        let f = compiles(sample, &toml);
        assert_eq!(f.title.en, title);
        assert_eq!(
            f.competences.iter().map(|c| c.title.en.as_str()).collect::<Vec<_>>(),
            competences,
            "{sample}"
        );
        assert_eq!(f.areas.len(), 1, "{sample}: childless items go to one default area");
        assert_eq!(f.scale.len(), 4, "{sample}: no rubric, so the default scale");
        assert!(
            notes.iter().any(|n| n.contains("default four-step scale (illustrative)")),
            "{sample}: {notes:?}"
        );
        assert!(f.notes.en.contains("The proficiency scale is illustrative"), "{sample}");
        // And the import exports again to a valid package.
        assert_schema_valid(&format!("{sample} re-exported"), &export(&f));
    }
}

#[test]
fn sample_import_reads_as_a_framework_file() {
    let (toml, notes) =
        import(&read(&here("tests/case/samples/SequenceNumberFramework.json"))).unwrap();
    expect![[r##"
        # Imported from the CASE package "Sequence Number Test" (CFDocument d0000000-0000-0000-0000-000000000000).
        # Check the wording, add Welsh (`_cy` fields), levels, roles and routes, then run `validate`.

        [framework]
        id = "sequence-number-test"
        title = "Sequence Number Test"
        summary = "Sequence Number Test"
        owner = "OpenSALT Testing"
        version = "1"
        written = "2017-11-03"
        notes = "Imported from the CASE package \"Sequence Number Test\" (CFDocument d0000000-0000-0000-0000-000000000000). The proficiency scale is illustrative: the CASE package has none, so a default four-step scale written for this tool was added."
        provenance = "official"

        [[sources]]
        title = "Sequence Number Test"
        publisher = "OpenSALT Testing"
        date = "2017-11-03"

        [[scale]]
        id = "not-yet"
        label = "Not yet"
        descriptor = "I have not done this yet, or only with a lot of help."

        [[scale]]
        id = "developing"
        label = "Developing"
        descriptor = "I do this sometimes and still need support."

        [[scale]]
        id = "confident"
        label = "Confident"
        descriptor = "I do this well on my own in most situations."

        [[scale]]
        id = "leading"
        label = "Leading"
        descriptor = "I do this in hard situations and help others to do it."

        [[areas]]
        id = "all"
        title = "Sequence Number Test"
        provenance = "illustrative"

        [[competences]]
        id = "snt.2"
        area = "all"
        title = "Second added item, but should be first"

        [[competences]]
        id = "snt.1"
        area = "all"
        title = "First Added Item"
    "##]].assert_eq(&toml);
    expect![[r#"
        [
            "The package has no usable rubric: a default four-step scale (illustrative) was added. Replace it with the framework's own scale if it has one.",
            "CASE has no roles, career levels or routes: add [[levels]], [[roles]] and [[routes]] by hand.",
        ]
    "#]].assert_debug_eq(&notes);
}

/// A package built by hand: a four-deep hierarchy, a childless top-level item, an item
/// outside the tree, a rubric with levels out of order, and associations we do not use.
fn nested_package() -> Value {
    let id = |n: u32| format!("00000000-0000-0000-0000-{n:012}");
    let item = |n: u32, statement: &str, code: Option<&str>| {
        let mut v = json!({ "identifier": id(n), "uri": format!("urn:uuid:{}", id(n)), "fullStatement": statement, "lastChangeDateTime": "2020-01-01T00:00:00+00:00" });
        if let Some(code) = code {
            v["humanCodingScheme"] = json!(code);
        }
        v
    };
    let link =
        |n: u32| json!({ "identifier": id(n), "uri": format!("urn:uuid:{}", id(n)), "title": "t" });
    let doc = json!({ "identifier": id(0), "uri": "urn:uuid:doc", "title": "Nested Test", "title": "Nested Test", "creator": "Tester", "lastChangeDateTime": "2020-06-15T12:00:00+00:00", "version": "3" });
    let assoc = |n: u32, kind: &str, from: u32, to: Value, seq: Option<i64>| {
        let mut v = json!({ "identifier": id(100 + n), "uri": "urn:x", "associationType": kind, "originNodeURI": link(from), "destinationNodeURI": to, "lastChangeDateTime": "2020-01-01T00:00:00+00:00" });
        if let Some(s) = seq {
            v["sequenceNumber"] = json!(s);
        }
        v
    };
    let doc_link = json!({ "identifier": id(0), "uri": "urn:uuid:doc", "title": "Nested Test" });
    let level = |n: u32, pos: i64, quality: &str, description: &str| json!({ "identifier": id(200 + n), "uri": "urn:x", "lastChangeDateTime": "2020-01-01T00:00:00+00:00", "position": pos, "quality": quality, "description": description });
    json!({
        "CFDocument": doc,
        "CFItems": [
            item(1, "Domain A", Some("A")),
            item(2, "Cluster A.1", Some("A.1")),
            item(3, "Standard A.1.a", Some("A.1.a")),
            item(4, "Criterion A.1.a.i", Some("A.1.a.i")),
            item(5, "Standard A.2", None),
            item(6, "Domain B", None),
            item(7, "B one", None),
            item(8, "A lone top-level statement", None),
            item(9, "An item outside the tree", None),
        ],
        "CFAssociations": [
            assoc(1, "isChildOf", 1, doc_link.clone(), Some(1)),
            assoc(2, "isChildOf", 2, link(1), Some(1)),
            assoc(3, "isChildOf", 3, link(2), None),
            assoc(4, "isChildOf", 4, link(3), None),
            assoc(5, "isChildOf", 5, link(1), Some(2)),
            assoc(6, "isChildOf", 6, doc_link.clone(), Some(2)),
            assoc(7, "isChildOf", 7, link(6), None),
            assoc(8, "isChildOf", 8, doc_link.clone(), Some(3)),
            assoc(9, "exactMatchOf", 7, json!({ "identifier": "elsewhere", "uri": "https://elsewhere.example/x", "title": "x" }), None),
        ],
        "CFRubrics": [{
            "identifier": id(300), "uri": "urn:x", "lastChangeDateTime": "2020-01-01T00:00:00+00:00",
            "CFRubricCriteria": [
                { "identifier": id(301), "uri": "urn:x", "lastChangeDateTime": "2020-01-01T00:00:00+00:00",
                  "CFRubricCriterionLevels": [level(3, 3, "Secure", "Does it every time."), level(1, 1, "Emerging", "Does it with help."), level(2, 2, "Expected", "Does it alone.")] },
                { "identifier": id(302), "uri": "urn:x", "lastChangeDateTime": "2020-01-01T00:00:00+00:00", "CFItemURI": link(7),
                  "CFRubricCriterionLevels": [level(4, 1, "Emerging", "Does it with help."), level(5, 2, "Expected", "Names B one without prompting."), level(6, 3, "Secure", "Does it every time.")] }
            ]
        }]
    })
}

#[test]
fn nested_hierarchies_flatten_to_areas_and_competences() {
    let package = nested_package();
    assert_schema_valid("the nested test package", &package);
    let (toml, notes) = import(&package.to_string()).unwrap();
    let f = compiles("the nested package", &toml);
    let o = outline(&f);
    expect![[r#"
        (
            [
                (
                    "a",
                    "Domain A",
                ),
                (
                    "domain-b",
                    "Domain B",
                ),
                (
                    "other",
                    "Other competences",
                ),
            ],
            [
                (
                    "a.1",
                    "a",
                    "Cluster A.1",
                ),
                (
                    "a.1.a",
                    "a",
                    "Standard A.1.a",
                ),
                (
                    "a.1.a.i",
                    "a",
                    "Criterion A.1.a.i",
                ),
                (
                    "standard-a.2",
                    "a",
                    "Standard A.2",
                ),
                (
                    "b-one",
                    "domain-b",
                    "B one",
                ),
                (
                    "a-lone-top-level-statement",
                    "other",
                    "A lone top-level statement",
                ),
                (
                    "an-item-outside-the-tree",
                    "other",
                    "An item outside the tree",
                ),
            ],
            [
                (
                    "emerging",
                    "Emerging",
                    "Does it with help.",
                ),
                (
                    "expected",
                    "Expected",
                    "Does it alone.",
                ),
                (
                    "secure",
                    "Secure",
                    "Does it every time.",
                ),
            ],
        )
    "#]]
    .assert_debug_eq(&o);
    expect![[r#"
        [
            "Associations of type exactMatchOf have no place in a framework file and were left out.",
            "1 item(s) are not under the document in the isChildOf tree; they were put in the area \"Other competences\".",
            "1 item(s) directly under the document have no children; they were put in the area \"Other competences\".",
            "CASE has no roles, career levels or routes: add [[levels]], [[roles]] and [[routes]] by hand.",
        ]
    "#]].assert_debug_eq(&notes);
    let b_one = &f.competences[f.competence_ix("b-one").unwrap().get()];
    assert_eq!(b_one.indicators.len(), 1);
    assert_eq!(b_one.indicators[0].1.en, "Names B one without prompting.");
}

// ----- round trip --------------------------------------------------------------------------

#[test]
fn round_trip_keeps_the_fixture_whole() {
    let original = fixture();
    let package = export(&original);
    let (toml, notes) = import(&package.to_string()).unwrap();
    assert!(notes.is_empty(), "{notes:?}");
    let back = compiles("the fixture's export", &toml);
    assert_eq!(outline(&back), outline(&original));
    // Nothing CASE cannot hold is lost either: Welsh, provenance, roles, routes, learning.
    assert_eq!(back, original);
    assert_fixture_uses_every_advice_field(&original);
}

/// The whole-framework comparison only proves a field survives if the fixture gives it a
/// value other than its default; this keeps valid.toml doing so for each field the advice
/// issue added.
fn assert_fixture_uses_every_advice_field(f: &Framework) {
    use hjcp_engine::model::Credential as C;
    let kinds = |cs: &mut dyn Iterator<Item = C>| {
        let cs: Vec<C> = cs.collect();
        [
            cs.iter().any(|c| matches!(c, C::QualificationLevel(_))),
            cs.iter().any(|c| matches!(c, C::ExperienceYears(_))),
            cs.iter().any(|c| matches!(c, C::Registration(_))),
            cs.iter().any(|c| matches!(c, C::Other)),
        ]
    };
    let options =
        || f.roles.iter().flat_map(|r| &r.entry).chain(f.learning.iter().flat_map(|l| &l.entry));
    let texts = || {
        f.roles
            .iter()
            .flat_map(|r| [&r.title, &r.family, &r.scope])
            .chain(f.routes.iter().map(|r| &r.requirements))
            .chain(f.areas.iter().map(|a| &a.title))
            .chain(f.learning.iter().map(|l| &l.title))
            .chain(options().map(|e| &e.text))
    };
    let checks = [
        ("a source url", f.sources.iter().any(|s| s.url.is_some())),
        ("two registrations", f.registrations.len() >= 2),
        ("a lived-experience role", f.roles.iter().any(|r| r.lived_experience)),
        ("an operational role", f.roles.iter().any(|r| r.operational == Some(true))),
        ("a non-operational role", f.roles.iter().any(|r| r.operational == Some(false))),
        ("a role url", f.roles.iter().any(|r| r.url.is_some())),
        ("a requirement with several options", options().any(|e| e.any_of.len() > 1)),
        (
            "every kind of entry option",
            kinds(&mut options().flat_map(|e| &e.any_of).map(|o| o.credential)) == [true; 4],
        ),
        (
            "every kind of shorter length",
            kinds(
                &mut f.routes.iter().filter_map(|r| r.shorter.as_ref()).map(|s| s.when.credential),
            ) == [true; 4],
        ),
        (
            "a route giving each kind but other",
            kinds(&mut f.routes.iter().flat_map(|r| r.gives.iter().copied()))
                == [true, true, true, false],
        ),
        ("a route url", f.routes.iter().any(|r| r.url.is_some())),
        ("an offer for applicants only", f.learning.iter().any(|l| !l.audience.staff)),
        ("an employer-provided offer", f.learning.iter().any(|l| l.audience.employer_provided)),
        ("an offer for some staff", f.learning.iter().any(|l| l.audience.operational.is_some())),
        ("an offer for some roles", f.learning.iter().any(|l| !l.audience.roles.is_empty())),
        ("an offer for new starters", f.learning.iter().any(|l| l.audience.new_starters)),
        ("an offer with a level", f.learning.iter().any(|l| l.level.is_some())),
        ("an offer with entry requirements", f.learning.iter().any(|l| !l.entry.is_empty())),
        ("an offer url", f.learning.iter().any(|l| l.url.is_some())),
        ("a cited text", texts().any(|t| t.origin.source.is_some())),
        ("an uncited text", texts().any(|t| t.origin.source.is_none())),
    ];
    let missing: Vec<&str> = checks.iter().filter(|(_, ok)| !ok).map(|(what, _)| *what).collect();
    assert!(missing.is_empty(), "valid.toml no longer has: {}", missing.join(", "));
}

/// A place in a JSON value: object keys and list positions from the root.
type JsonPath = Vec<Result<String, usize>>;

/// Every leaf value (text, number, yes/no, null, empty list or object) under an
/// `extensions.hjcp` object anywhere in `v`.
fn extension_leaves(v: &Value, path: &mut JsonPath, inside: bool, out: &mut Vec<JsonPath>) {
    match v {
        Value::Object(o) if !o.is_empty() => {
            for (k, child) in o {
                path.push(Ok(k.clone()));
                let inside = inside
                    || (k == "hjcp" && path.iter().rev().nth(1) == Some(&Ok("extensions".into())));
                extension_leaves(child, path, inside, out);
                path.pop();
            }
        }
        Value::Array(a) if !a.is_empty() => {
            for (i, child) in a.iter().enumerate() {
                path.push(Err(i));
                extension_leaves(child, path, inside, out);
                path.pop();
            }
        }
        // Empty values and `false` say what the import assumes anyway.
        Value::Null | Value::Bool(false) => {}
        Value::String(t) if t.is_empty() => {}
        Value::Array(a) if a.is_empty() => {}
        _ if inside => out.push(path.clone()),
        _ => {}
    }
}

/// Takes the value at `path` out of its object or list.
fn remove_at(v: &mut Value, path: &[Result<String, usize>]) {
    let (last, parent) = path.split_last().unwrap();
    let mut v = v;
    for step in parent {
        v = match step {
            Ok(k) => &mut v[k.as_str()],
            Err(i) => &mut v[*i],
        };
    }
    match last {
        Ok(k) => {
            v.as_object_mut().unwrap().remove(k);
        }
        Err(i) => {
            v.as_array_mut().unwrap().remove(*i);
        }
    }
}

/// The round trip above compares whole frameworks, so it fails when the export drops a field
/// the fixture uses. This checks the other half: every value the export puts in
/// `extensions.hjcp` for the fixture is read back, so a field the import ignored fails here.
/// The values listed are those the import can do without because they repeat what it would
/// assume (the default provenance, the owner as provider, ids made from labels...).
#[test]
fn round_trip_needs_every_extension_value() {
    let original = fixture();
    let package = export(&original);
    let mut leaves = Vec::new();
    extension_leaves(&package, &mut Vec::new(), false, &mut leaves);
    assert!(leaves.len() > 100, "{}", leaves.len());
    let mut unused = Vec::new();
    for path in leaves {
        let mut p = package.clone();
        remove_at(&mut p, &path);
        let back = import(&p.to_string())
            .ok()
            .and_then(|(toml, _)| hjcp_content::compile("imported.toml", &toml).framework);
        if back.as_ref() == Some(&original) {
            let shown: Vec<String> = path
                .iter()
                .map(|s| match s {
                    Ok(k) => k.clone(),
                    Err(_) => "*".to_string(),
                })
                .collect();
            let mut value = &package;
            for s in &path {
                value = match s {
                    Ok(k) => &value[k.as_str()],
                    Err(i) => &value[*i],
                };
            }
            unused.push(format!("{} = {value}", shown.join(".")));
        }
    }
    unused.sort();
    unused.dedup();
    expect![[r#"
        CFAssociations.*.extensions.hjcp.kind = "builds"
        CFAssociations.*.extensions.hjcp.kind = "promotion"
        CFAssociations.*.extensions.hjcp.kind = "requires"
        CFAssociations.*.extensions.hjcp.position = 4
        CFAssociations.*.extensions.hjcp.provenance = "official"
        CFDocument.extensions.hjcp.provenance = "illustrative"
        CFDocument.extensions.hjcp.scale.*.id = "confident"
        CFDocument.extensions.hjcp.scale.*.id = "developing"
        CFDocument.extensions.hjcp.scale.*.id = "not-yet"
        CFItems.*.extensions.hjcp.format = "course"
        CFItems.*.extensions.hjcp.kind = "area"
        CFItems.*.extensions.hjcp.kind = "competence"
        CFItems.*.extensions.hjcp.provenance = "official"
        CFItems.*.extensions.hjcp.provider = "Fixture Health Board"
        CFItems.*.extensions.hjcp.routes_in.*.kind = "direct-entry"
        CFItems.*.extensions.hjcp.routes_in.*.months = 0
        CFItems.*.extensions.hjcp.routes_in.*.provenance = "official""#]]
    .assert_eq(&unused.join("\n"));
}

#[test]
fn round_trip_keeps_every_repository_framework() {
    for path in repo_frameworks() {
        let original = compile_file(&path);
        let (toml, _) = import(&export(&original).to_string())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let back = compiles(&path.display().to_string(), &toml);
        assert_eq!(outline(&back), outline(&original), "{}", path.display());
        assert_eq!(back, original, "{}", path.display());
    }
}

// ----- import errors -----------------------------------------------------------------------

fn import_error(json: &str) -> String {
    match import(json) {
        Ok(_) => panic!("expected an error for {json}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn import_errors_say_what_is_wrong_and_where() {
    let good = read(&here("tests/case/samples/AdoptedTestFramework.json"));
    let mut dangling_origin: Value = serde_json::from_str(&good).unwrap();
    dangling_origin["CFAssociations"][0]["originNodeURI"]["identifier"] =
        json!("00000000-0000-0000-0000-00000000dead");
    let mut dangling_destination: Value = serde_json::from_str(&good).unwrap();
    dangling_destination["CFAssociations"][0]["destinationNodeURI"]["identifier"] =
        json!("00000000-0000-0000-0000-00000000beef");
    let mut no_identifier: Value = serde_json::from_str(&good).unwrap();
    no_identifier["CFItems"][0].as_object_mut().unwrap().remove("identifier");
    let mut no_destination: Value = serde_json::from_str(&good).unwrap();
    no_destination["CFAssociations"][0].as_object_mut().unwrap().remove("destinationNodeURI");
    let mut no_document: Value = serde_json::from_str(&good).unwrap();
    no_document.as_object_mut().unwrap().remove("CFDocument");
    let messages = [
        import_error("{ \"CFDocument\": "),
        import_error("[1, 2, 3]"),
        import_error("{ \"name\": \"a framework\", \"items\": [] }"),
        import_error(&no_document.to_string()),
        import_error("{ \"CFDocument\": { \"title\": \"No id\" } }"),
        import_error(&no_identifier.to_string()),
        import_error(&no_destination.to_string()),
        import_error(&dangling_origin.to_string()),
        import_error(&dangling_destination.to_string()),
    ];
    expect![[r#"
        this is not valid JSON (line 1, column 16: EOF while parsing a value)
        this JSON is not a CASE CFPackage: the top level is a list, not an object with CFDocument and CFItems
        this JSON is not a CASE CFPackage: it has none of CFDocument, CFItems or CFAssociations (its keys are: items, name)
        the CASE package has no CFDocument: a CFPackage needs one CFDocument object beside its CFItems and CFAssociations
        CFDocument.identifier is missing
        CFItems[0].identifier is missing
        CFAssociations[0].destinationNodeURI is missing (it must be an object with identifier, uri and title)
        CFAssociations[0].originNodeURI.identifier names "00000000-0000-0000-0000-00000000dead", which is neither the CFDocument nor any item in CFItems: the association is dangling
        CFAssociations[0].destinationNodeURI.identifier names "00000000-0000-0000-0000-00000000beef", which is neither the CFDocument nor any item in CFItems: the association is dangling"#]].assert_eq(&messages.join("\n"));
    assert!(matches!(import("[]"), Err(ImportError::NotAPackage(_))));
}

// ----- the `case` command ------------------------------------------------------------------

fn case(args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_case")).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn case_command_exports_and_imports() {
    let dir = std::env::temp_dir().join(format!("hjcp-case-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let json = dir.join("out.json");
    let toml = dir.join("out.toml");
    let valid = here("tests/fixtures/valid.toml");
    let (code, stdout, stderr) =
        case(&["export", valid.to_str().unwrap(), "-o", json.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.is_empty());
    assert!(stderr.starts_with("wrote "), "{stderr}");
    let (code, _, stderr) = case(&["import", json.to_str().unwrap(), "-o", toml.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(compile_file(&toml), fixture());
    // Without -o, to standard output.
    let (code, stdout, _) = case(&["export", valid.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(serde_json::from_str::<Value>(&stdout).unwrap(), export(&fixture()));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn case_command_explains_problems() {
    let broken = here("tests/fixtures/unknown-area.toml");
    let (code, stdout, stderr) = case(&["export", broken.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("unknown-area.toml:45: error: unknown area \"caer\"\n  hint: "),
        "{stderr}"
    );
    assert!(stderr.contains("has errors; fix them and export again"), "{stderr}");

    let not_json = here("tests/fixtures/valid.toml");
    let (code, _, stderr) = case(&["import", not_json.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("cannot import")
            && stderr.contains("this is not valid JSON (line 1, column 1"),
        "{stderr}"
    );

    let (code, _, stderr) = case(&["publish", "x"]);
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("case: unknown command \"publish\": use export or import\nusage:"),
        "{stderr}"
    );
    let (code, _, stderr) = case(&["import"]);
    assert_eq!(code, 2);
    assert!(stderr.starts_with("case: name the CASE package (.json) file to read"), "{stderr}");
    let (code, _, stderr) = case(&["export", "/nonexistent.toml"]);
    assert_eq!(code, 2);
    assert!(stderr.starts_with("case: cannot read /nonexistent.toml:"), "{stderr}");
}

/// Malformed trees still import: a loop of isChildOf associations, an item that is its own
/// parent, a second parent, and a package wrapped in { "CFPackage": … }.
#[test]
fn broken_trees_import_without_looping() {
    let mut p = nested_package();
    let link = |n: u32| json!({ "identifier": format!("00000000-0000-0000-0000-{n:012}"), "uri": "urn:x", "title": "t" });
    let assoc = |n: u32, from: u32, to: u32| {
        json!({ "identifier": format!("00000000-0000-0000-0000-{:012}", 400 + n), "uri": "urn:x", "associationType": "isChildOf",
                "originNodeURI": link(from), "destinationNodeURI": link(to), "lastChangeDateTime": "2020-01-01T00:00:00+00:00" })
    };
    let list = p["CFAssociations"].as_array_mut().unwrap();
    list.push(assoc(1, 9, 9)); // its own parent
    list.push(assoc(2, 7, 5)); // B one gets a second parent
    let wrapped = json!({ "CFPackage": p });
    let (toml, notes) = import(&wrapped.to_string()).unwrap();
    let f = compiles("the broken tree", &toml);
    assert_eq!(f.competences.len(), 7);
    assert!(notes.iter().any(|n| n.contains("more than one parent")), "{notes:?}");

    // A loop: 1 → 2 → 1, cut off from the document.
    let mut p = nested_package();
    p["CFAssociations"][0]["destinationNodeURI"] = link(2);
    let (toml, _) = import(&p.to_string()).unwrap();
    let f = compiles("the loop", &toml);
    assert_eq!(
        f.competences.len(),
        8,
        "every item but the one area (Domain B) becomes a competence"
    );
}
