//! One test per validation rule: a minimal broken file in `tests/fixtures/` and a snapshot of
//! every diagnostic it produces, exactly as an owner sees it (`file:line: error: message` and
//! the hint). Refresh the snapshots after a deliberate wording change with
//! `UPDATE_EXPECT=1 cargo test -p hjcp-content --test validation`.

use std::path::Path;

use expect_test::{expect, Expect};

fn fixtures() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))
}

/// Compiles `tests/fixtures/<name>.toml` and compares all its diagnostics, rendered, with `expected`.
/// Also checks the two promises every rule keeps: no message is reported twice, and a file
/// compiles to a framework exactly when it has no errors.
fn check(name: &str, expected: Expect) {
    let file = format!("{name}.toml");
    let source = std::fs::read_to_string(fixtures().join(&file)).unwrap();
    let compiled = hjcp_content::compile(&file, &source);
    let rendered: Vec<String> = compiled.diagnostics.iter().map(|d| d.to_string()).collect();
    let mut unique = rendered.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        rendered.len(),
        "a diagnostic was reported twice:\n{}",
        rendered.join("\n")
    );
    for d in &compiled.diagnostics {
        assert!(
            d.line >= 1 && d.line <= source.lines().count(),
            "line {} is outside the file: {d}",
            d.line
        );
        assert!(!d.hint.is_empty(), "every message needs a hint: {d}");
    }
    let has_errors =
        compiled.diagnostics.iter().any(|d| d.severity == hjcp_content::Severity::Error);
    assert_eq!(compiled.framework.is_some(), !has_errors);
    expected.assert_eq(&rendered.join("\n"));
}

#[test]
fn area_without_competences() {
    check(
        "area-without-competences",
        expect![[r#"
        area-without-competences.toml:44: error: area "safety" has no competences
          hint: Add competences with area = this id, or remove the area."#]],
    );
}

#[test]
fn bad_date_format() {
    check(
        "bad-date-format",
        expect![[r#"
            bad-date-format.toml:11: error: published date "31 January 2025" is not a date
              hint: Write the source's own date as precisely as it gives it: YYYY-MM-DD ("2025-05-08"), YYYY-MM ("2023-02") or YYYY ("2020"); leave published out when the source gives no date."#]],
    );
}

#[test]
fn bad_date() {
    check(
        "bad-date",
        expect![[r#"
            bad-date.toml:11: error: published date "2025-02-30" is not a date
              hint: Write the source's own date as precisely as it gives it: YYYY-MM-DD ("2025-05-08"), YYYY-MM ("2023-02") or YYYY ("2020"); leave published out when the source gives no date."#]],
    );
}

#[test]
fn bad_provenance() {
    check(
        "bad-provenance",
        expect![[r#"
        bad-provenance.toml:12: error: provenance "offical" is not known
          hint: Write provenance = "official" for the source document's own wording, or "illustrative" for a summary written for this tool."#]],
    );
}

#[test]
fn bad_route_kind() {
    check(
        "bad-route-kind",
        expect![[r#"
        bad-route-kind.toml:77: error: route kind "promotoin" is not known
          hint: Did you mean "promotion"? Use one of: promotion, fast-track, apprenticeship, qualification, lateral, direct-entry."#]],
    );
}

#[test]
fn cycle_with_other_errors() {
    check(
        "cycle-with-other-errors",
        expect![[r#"
        cycle-with-other-errors.toml:4: error: this text is empty
          hint: Write the text between the quotes, or remove the optional field.
        cycle-with-other-errors.toml:76: error: routes form a cycle: "worker" → "lead" → "worker"
          hint: Promotions, fast tracks, apprenticeships and qualifications must lead upwards; use kind = "lateral" for a move between roles at the same level.
        cycle-with-other-errors.toml:88: error: unknown role "nobody"
          hint: Use the id of one of the [[roles]] in this file. Known ids: "lead", "worker"."#]],
    );
}

#[test]
fn duplicate_area() {
    check(
        "duplicate-area",
        expect![[r#"
        duplicate-area.toml:44: error: duplicate area id "care" (first used on line 39)
          hint: Give each area its own id; ids must be unique within a framework."#]],
    );
}

#[test]
fn duplicate_competence() {
    check(
        "duplicate-competence",
        expect![[r#"
        duplicate-competence.toml:63: error: duplicate competence id "listening" (first used on line 44)
          hint: Give each competence its own id; ids must be unique within a framework."#]],
    );
}

#[test]
fn duplicate_indicator() {
    check(
        "duplicate-indicator",
        expect![[r#"
        duplicate-indicator.toml:53: error: competence "listening" has two indicators for scale step "skilled"
          hint: Give at most one [[competences.indicators]] table per scale step; merge the two texts."#]],
    );
}

#[test]
fn duplicate_key() {
    check(
        "duplicate-key",
        expect![[r#"
        duplicate-key.toml:11: error: duplicate key `version`
          hint: Each key may appear once in a table; remove or rename the second one."#]],
    );
}

#[test]
fn duplicate_learning() {
    check(
        "duplicate-learning",
        expect![[r#"
        duplicate-learning.toml:72: error: duplicate learning offer id "course" (first used on line 63)
          hint: Give each learning offer its own id; ids must be unique within a framework."#]],
    );
}

#[test]
fn duplicate_level() {
    check(
        "duplicate-level",
        expect![[r#"
        duplicate-level.toml:63: error: duplicate level id "entry" (first used on line 33)
          hint: Give each level its own id; ids must be unique within a framework."#]],
    );
}

#[test]
fn duplicate_rank() {
    check(
        "duplicate-rank",
        expect![[r#"
        duplicate-rank.toml:66: error: levels "entry" and "senior" both have rank 1
          hint: Give each level its own rank; a higher rank means a more senior level."#]],
    );
}

#[test]
fn duplicate_role() {
    check(
        "duplicate-role",
        expect![[r#"
        duplicate-role.toml:63: error: duplicate role id "worker" (first used on line 50)
          hint: Give each role its own id; ids must be unique within a framework."#]],
    );
}

#[test]
fn duplicate_route() {
    check(
        "duplicate-route",
        expect![[r#"
        duplicate-route.toml:82: error: the promotion route from "worker" to "lead" is listed twice
          hint: Remove one of the two identical routes."#]],
    );
}

#[test]
fn duplicate_scale_step() {
    check(
        "duplicate-scale-step",
        expect![[r#"
        duplicate-scale-step.toml:26: error: duplicate scale step id "learning" (first used on line 19)
          hint: Give each scale step its own id; ids must be unique within a framework."#]],
    );
}

#[test]
fn empty_text() {
    check(
        "empty-text",
        expect![[r#"
        empty-text.toml:46: error: this text is empty
          hint: Write the text between the quotes, or remove the optional field."#]],
    );
}

#[test]
fn empty_welsh() {
    check(
        "empty-welsh",
        expect![[r#"
        empty-welsh.toml:3: warning: 1 of 13 strings have no Welsh translation; the first is on line 40
          hint: Add a `_cy` field beside each English string (e.g. title_cy); until then the English text is shown, marked as English.
        empty-welsh.toml:41: error: this Welsh text is empty
          hint: Write the Welsh text between the quotes, or remove the `_cy` field until there is a translation."#]],
    );
}

#[test]
fn entry_both_kinds() {
    check(
        "entry-both-kinds",
        expect![[r#"
        entry-both-kinds.toml:66: error: an entry requirement has both qualification_level and experience_years
          hint: Split it into two [[roles.entry]] tables if both are needed, or into two [[roles.entry.any_of]] options if either will do."#]],
    );
}

#[test]
fn experience_years_out_of_range() {
    check(
        "experience-years-out-of-range",
        expect![[r#"
        experience-years-out-of-range.toml:65: error: years of experience 99 is out of range
          hint: Use a whole number from 0 to 50."#]],
    );
}

#[test]
fn invalid_id() {
    check(
        "invalid-id",
        expect![[r#"
        invalid-id.toml:44: error: competence id "Listening Skills" is not a valid id
          hint: Use lowercase letters, digits, hyphens and dots only, starting with a letter or digit, e.g. "band-3"."#]],
    );
}

#[test]
fn lateral_without_from() {
    check(
        "lateral-without-from",
        expect![[r#"
        lateral-without-from.toml:76: error: a lateral move needs a `from` role
          hint: Add from = "role-id", or use kind = "direct-entry" for a route in from outside."#]],
    );
}

#[test]
fn learning_builds_nothing() {
    check(
        "learning-builds-nothing",
        expect![[r#"
        learning-builds-nothing.toml:63: warning: learning offer "course" builds no competences
          hint: List the competences it helps with in `builds`, or people will never be shown it."#]],
    );
}

#[test]
fn learning_builds_twice() {
    check(
        "learning-builds-twice",
        expect![[r#"
        learning-builds-twice.toml:69: error: learning offer "course" lists competence "listening" twice
          hint: Remove the second mention from `builds`."#]],
    );
}

#[test]
fn level_rank_out_of_range() {
    check(
        "level-rank-out-of-range",
        expect![[r#"
        level-rank-out-of-range.toml:36: error: level rank -1 is out of range
          hint: Use a whole number from 0 to 1000."#]],
    );
}

#[test]
fn missing_field() {
    check(
        "missing-field",
        expect![[r#"
        missing-field.toml:2: error: missing field `owner`
          hint: Add the field named above to this table; frameworks/README.md lists which fields each table needs."#]],
    );
}

#[test]
fn no_scale() {
    check(
        "no-scale",
        expect![[r#"
        no-scale.toml:3: error: the framework has no proficiency scale
          hint: Add at least two [[scale]] steps, from least to most proficient, each with a plain-language descriptor.
        no-scale.toml:36: warning: role "worker" requires no competences
          hint: Add a [roles.requires] table so people can see how well they fit this role."#]],
    );
}

#[test]
fn no_sources() {
    check(
        "no-sources",
        expect![[r#"
        no-sources.toml:3: error: the framework names no source documents
          hint: Add at least one [[sources]] table with the title and publisher of the document this content comes from."#]],
    );
}

#[test]
fn promotion_cycle() {
    check(
        "promotion-cycle",
        expect![[r#"
        promotion-cycle.toml:100: error: routes form a cycle: "worker" → "lead" → "manager" → "worker"
          hint: Promotions, fast tracks, apprenticeships and qualifications must lead upwards; use kind = "lateral" for a move between roles at the same level."#]],
    );
}

#[test]
fn qualification_level_out_of_range() {
    check(
        "qualification-level-out-of-range",
        expect![[r#"
        qualification-level-out-of-range.toml:65: error: qualification level 9 is out of range
          hint: Use a whole number from 1 to 8."#]],
    );
}

#[test]
fn requires_step_not_on_scale() {
    check(
        "requires-step-not-on-scale",
        expect![[r#"
        requires-step-not-on-scale.toml:60: error: unknown scale step "master"
          hint: Use the id of the [[scale]] step the role needs. Known ids: "learning", "skilled"."#]],
    );
}

#[test]
fn role_requires_nothing() {
    check(
        "role-requires-nothing",
        expect![[r#"
        role-requires-nothing.toml:50: warning: role "worker" requires no competences
          hint: Add a [roles.requires] table so people can see how well they fit this role."#]],
    );
}

#[test]
fn route_months_out_of_range() {
    check(
        "route-months-out-of-range",
        expect![[r#"
        route-months-out-of-range.toml:78: error: route duration in months 1200 is out of range
          hint: Use a whole number from 0 to 600."#]],
    );
}

#[test]
fn route_to_itself() {
    check(
        "route-to-itself",
        expect![[r#"
        route-to-itself.toml:64: error: route leads from "worker" to itself
          hint: A route must lead to a different role; remove it or change `to`."#]],
    );
}

#[test]
fn scale_one_step() {
    check(
        "scale-one-step",
        expect![[r#"
        scale-one-step.toml:19: error: the proficiency scale has only 1 step
          hint: Add at least one more [[scale]] step: a scale runs from least to most proficient."#]],
    );
}

#[test]
fn scale_too_long() {
    check(
        "scale-too-long",
        expect![[r#"
        scale-too-long.toml:119: error: the proficiency scale has 11 steps; at most 10 are allowed
          hint: Keep the scale to at most 10 steps so people can tell them apart."#]],
    );
}

#[test]
fn several_problems() {
    check(
        "several-problems",
        expect![[r#"
            several-problems.toml:11: error: published date "2025-1-31" is not a date
              hint: Write the source's own date as precisely as it gives it: YYYY-MM-DD ("2025-05-08"), YYYY-MM ("2023-02") or YYYY ("2020"); leave published out when the source gives no date.
            several-problems.toml:46: error: unknown area "caer"
              hint: Use the id of one of the [[areas]] in this file. Did you mean "care"?
            several-problems.toml:56: error: unknown level "senior"
              hint: Use the id of one of the [[levels]] in this file. Known ids: "entry"."#]],
    );
}

#[test]
fn syntax_error() {
    check(
        "syntax-error",
        expect![[r#"
        syntax-error.toml:4: error: the value of `title` is text without quotes (TOML says: invalid boolean, expected `false`)
          hint: Put text in double quotes: title = "Fixture"."#]],
    );
}

#[test]
fn training_cy_mismatch() {
    check(
        "training-cy-mismatch",
        expect![[r#"
        training-cy-mismatch.toml:3: warning: 1 of 15 strings have no Welsh translation; the first is on line 59
          hint: Add a `_cy` field beside each English string (e.g. title_cy); until then the English text is shown, marked as English.
        training-cy-mismatch.toml:60: error: training_cy has 1 item but training has 2 items
          hint: Give one Welsh item for each English training item, in the same order."#]],
    );
}

#[test]
fn unknown_area_unrelated() {
    check(
        "unknown-area-unrelated",
        expect![[r#"
        unknown-area-unrelated.toml:45: error: unknown area "x"
          hint: Use the id of one of the [[areas]] in this file. Known ids: "c"."#]],
    );
}

#[test]
fn unknown_area() {
    check(
        "unknown-area",
        expect![[r#"
        unknown-area.toml:45: error: unknown area "caer"
          hint: Use the id of one of the [[areas]] in this file. Did you mean "care"?"#]],
    );
}

#[test]
fn unknown_competence() {
    check(
        "unknown-competence",
        expect![[r#"
        unknown-competence.toml:61: error: unknown competence "listenin"
          hint: A role can only require competences defined in this file's [[competences]]. Did you mean "listening"?"#]],
    );
}

#[test]
fn unknown_key() {
    check(
        "unknown-key",
        expect![[r#"
        unknown-key.toml:46: error: unknown field `titel`, expected one of `id`, `area`, `title`, `title_cy`, `description`, `description_cy`, `provenance`, `indicators`, `cite`
          hint: Did you mean `title`? Otherwise remove the key: only the keys listed above are read."#]],
    );
}

#[test]
fn unknown_level() {
    check(
        "unknown-level",
        expect![[r#"
        unknown-level.toml:55: error: unknown level "entyr"
          hint: Use the id of one of the [[levels]] in this file. Did you mean "entry"?"#]],
    );
}

#[test]
fn unknown_role() {
    check(
        "unknown-role",
        expect![[r#"
        unknown-role.toml:76: error: unknown role "laed"
          hint: Use the id of one of the [[roles]] in this file. Did you mean "lead"?"#]],
    );
}

#[test]
fn unknown_route_ends() {
    check(
        "unknown-route-ends",
        expect![[r#"
        unknown-route-ends.toml:63: error: unknown role "nobody"
          hint: Use the id of one of the [[roles]] in this file, or leave out `from` for a route in from outside. Known ids: "worker".
        unknown-route-ends.toml:64: error: unknown role "nobody"
          hint: Use the id of one of the [[roles]] in this file. Known ids: "worker"."#]],
    );
}

#[test]
fn unknown_scale_step() {
    check(
        "unknown-scale-step",
        expect![[r#"
        unknown-scale-step.toml:49: error: unknown scale step "expert"
          hint: Use the id of one of the [[scale]] steps in this file. Known ids: "learning", "skilled"."#]],
    );
}

#[test]
fn unknown_table() {
    check(
        "unknown-table",
        expect![[r#"
            unknown-table.toml:43: error: unknown field `competence`, expected one of `framework`, `sources`, `registrations`, `scale`, `levels`, `areas`, `competences`, `roles`, `routes`, `learning`, `corrections`
              hint: Did you mean `competences`? Otherwise remove the key: only the keys listed above are read."#]],
    );
}

#[test]
fn unreachable_role() {
    check(
        "unreachable-role",
        expect![[r#"
        unreachable-role.toml:63: warning: role "lead" cannot be reached: it is not open to applicants and no route leads to it from a role that can be
          hint: Set open_to_applicants = true, or add a [[routes]] table whose `to` is this role."#]],
    );
}

#[test]
fn valid() {
    check("valid", expect![[""]]);
}

/// What the valid fixture compiles to for the parts of the format the advice issue added, one
/// line per value, so a field the compiler stops reading (or reads wrongly) shows here.
fn render_advice_fields(f: &hjcp_engine::model::Framework) -> String {
    use hjcp_engine::model::{Credential, EntryRequirement, Provenance, Text};
    fn origin(t: &Text) -> String {
        match (&t.origin.provenance, t.origin.source, &t.origin.passage) {
            (Provenance::Official, Some(s), Some(p)) => format!("official, source {s}: {p:?}"),
            (p, None, None) => format!("{p:?}").to_lowercase(),
            other => panic!("an origin is either cited or not: {other:?}"),
        }
    }
    fn text(t: &Text) -> String {
        format!("{:?} / {:?} ({})", t.en, t.cy.as_deref().unwrap_or("-"), origin(t))
    }
    let credential = |c: &Credential| match c {
        Credential::QualificationLevel(q) => format!("qualification level {q}"),
        Credential::ExperienceYears(y) => format!("{y} years of experience"),
        Credential::Registration(r) => format!("registration {}", f.registrations[r.get()].id),
        Credential::Other => "other".into(),
    };
    let entry = |out: &mut Vec<String>, e: &EntryRequirement| {
        out.push(format!("    entry {}", text(&e.text)));
        for o in &e.any_of {
            out.push(format!("      or {}: {}", credential(&o.credential), text(&o.text)));
        }
    };
    let mut out = Vec::new();
    out.push(format!("framework title {}", text(&f.title)));
    out.push(format!("framework summary {}", text(&f.summary)));
    for s in &f.sources {
        out.push(format!("source {:?} url {:?}", s.title, s.url));
    }
    for g in &f.registrations {
        out.push(format!("registration {} {}", g.id, text(&g.title)));
    }
    out.push(format!("scale label {}", text(&f.scale[0].label)));
    out.push(format!("level label {}", text(&f.levels[2].label)));
    for a in &f.areas {
        out.push(format!("area {} title {}", a.id, text(&a.title)));
    }
    let c = &f.competences[0];
    out.push(format!("competence {} description {}", c.id, text(&c.description)));
    out.push(format!("  indicator {}", text(&c.indicators[0].1)));
    for r in &f.roles {
        out.push(format!(
            "role {}: lived experience {}, operational {:?}, url {:?}",
            r.id, r.lived_experience, r.operational, r.url
        ));
        out.push(format!("    title {}", text(&r.title)));
        if let Some(t) = r.training.first() {
            out.push(format!("    training {}", text(t)));
        }
        for e in &r.entry {
            entry(&mut out, e);
        }
    }
    for r in &f.routes {
        let from = r.from.map_or("outside".to_string(), |i| f.role(i).id.clone());
        out.push(format!(
            "route {from} -> {}: {} months, url {:?}",
            f.role(r.to).id,
            r.months,
            r.url
        ));
        if !r.requirements.en.is_empty() {
            out.push(format!("    requirements {}", text(&r.requirements)));
        }
        if let Some(s) = &r.shorter {
            out.push(format!(
                "    shorter {} months with {}: {}",
                s.months,
                credential(&s.when.credential),
                text(&s.when.text)
            ));
        }
        if !r.gives.is_empty() {
            let gives: Vec<String> = r.gives.iter().map(&credential).collect();
            out.push(format!("    gives {}", gives.join(", ")));
        }
    }
    for l in &f.learning {
        out.push(format!(
            "learning {}: {:?}, level {:?}, url {:?}",
            l.id, l.audience, l.level, l.url
        ));
        out.push(format!("    title {}", text(&l.title)));
        for e in &l.entry {
            entry(&mut out, e);
        }
    }
    out.join("\n")
}

#[test]
fn valid_fixture_compiles_every_advice_field() {
    let source = std::fs::read_to_string(fixtures().join("valid.toml")).unwrap();
    let f = hjcp_content::compile("valid.toml", &source).framework.unwrap();
    expect![[r#"
        framework title "Custody Care Pathways (test fixture)" / "Llwybrau Gofal yn y Ddalfa (gosodiad prawf)" (official, source 0: "Custody Care Pathways (test fixture)")
        framework summary "Rate yourself against the skills of a small custody healthcare team." / "Aseswch eich hun yn erbyn sgiliau tîm gofal iechyd bach yn y ddalfa." (official)
        source "Custody Care Competence Framework" url Some("https://fixture.example/custody-care-framework")
        source "Guide to \"safe\" practice" url None
        registration nmc "Nursing and Midwifery Council" / "Y Cyngor Nyrsio a Bydwreigiaeth" (official, source 0: "registered with the Nursing and Midwifery Council")
        registration fixture-register "Fixture Register of Liaison Practitioners" / "Cofrestr Ymarferwyr Cyswllt y Gosodiad" (official)
        scale label "Not yet" / "Ddim eto" (official, source 0: "Not yet")
        level label "Band 6" / "Band 6" (official, source 0: "Band 6")
        area safe-care title "Safe care" / "Gofal diogel" (official, source 0: "Safe care")
        area working-together title "Working together" / "Cydweithio" (illustrative)
        competence risk-assessment description "Covers physical health, mental health and substance use." / "Yn cynnwys iechyd corfforol, iechyd meddwl a defnyddio sylweddau." (official, source 1: "Covers physical health, mental health and substance use.")
          indicator "I complete the screening form with a colleague." / "Rwy'n llenwi'r ffurflen sgrinio gyda chydweithiwr." (official, source 0: "I complete the screening form with a colleague.")
        role healthcare-assistant: lived experience false, operational Some(true), url Some("https://fixture.example/jobs/healthcare-assistant")
            title "Healthcare assistant" / "Cynorthwyydd gofal iechyd" (official, source 0: "Healthcare assistant")
            training "Induction" / "Cyflwyniad" (official, source 0: "Induction; basic life support")
            entry "GCSE English and maths, or equivalent" / "TGAU Saesneg a mathemateg, neu gyfwerth" (official)
              or qualification level 2: "GCSE English and maths, or equivalent" / "TGAU Saesneg a mathemateg, neu gyfwerth" (official)
        role custody-nurse: lived experience false, operational Some(false), url None
            title "Custody nurse" / "Nyrs y ddalfa" (illustrative)
            entry "A registered nurse: a nursing degree, or registration with the NMC" / "Nyrs gofrestredig: gradd nyrsio, neu gofrestriad gyda'r NMC" (official, source 0: "A registered nurse: a nursing degree, or registration with the NMC")
              or qualification level 6: "A nursing degree" / "Gradd nyrsio" (illustrative)
              or registration nmc: "Registration with the NMC" / "Cofrestriad gyda'r NMC" (official, source 0: "Registration with the NMC")
            entry "One year of experience since registration" / "Blwyddyn o brofiad ers cofrestru" (illustrative)
              or 1 years of experience: "One year of experience since registration" / "Blwyddyn o brofiad ers cofrestru" (illustrative)
            entry "Registration with the NMC" / "Cofrestriad gyda'r NMC" (illustrative)
              or registration nmc: "Registration with the NMC" / "Cofrestriad gyda'r NMC" (illustrative)
        role liaison-practitioner: lived experience false, operational None, url None
            title "Liaison and diversion practitioner" / "Ymarferydd cyswllt a dargyfeirio" (official)
        role peer-supporter: lived experience true, operational None, url None
            title "Peer support worker" / "Gweithiwr cymorth cymheiriaid" (official)
            entry "Lived experience of the justice system" / "Profiad bywyd o'r system gyfiawnder" (official)
              or other: "Your own experience of custody or prison, or of supporting someone through it" / "Eich profiad eich hun o'r ddalfa neu'r carchar, neu o gefnogi rhywun drwyddo" (official)
            entry "GCSE English and maths or A year of paid or voluntary work or Equivalent experience" / "TGAU Saesneg a mathemateg neu Blwyddyn o waith cyflogedig neu wirfoddol neu Profiad cyfatebol" (official)
              or qualification level 2: "GCSE English and maths" / "TGAU Saesneg a mathemateg" (official)
              or 1 years of experience: "A year of paid or voluntary work" / "Blwyddyn o waith cyflogedig neu wirfoddol" (official)
              or other: "Equivalent experience" / "Profiad cyfatebol" (official)
        role lead-nurse: lived experience false, operational None, url None
            title "Lead custody nurse" / "Prif nyrs y ddalfa" (official)
        route healthcare-assistant -> custody-nurse: 48 months, url Some("https://fixture.example/nursing-apprenticeship")
            requirements "A nursing degree apprenticeship place" / "Lle ar brentisiaeth gradd nyrsio" (official, source 0: "a nursing degree apprenticeship place")
            shorter 36 months with qualification level 5: "If you already hold a Level 5 qualification in health care" / "Os oes gennych gymhwyster Lefel 5 mewn gofal iechyd eisoes" (official, source 0: "If you already hold a Level 5 qualification in health care")
            gives qualification level 6, registration nmc, 2 years of experience
        route outside -> custody-nurse: 0 months, url None
        route custody-nurse -> liaison-practitioner: 3 months, url None
            shorter 1 months with registration fixture-register: "If you are on the fixture register" / "Os ydych ar gofrestr y gosodiad" (official)
            gives registration fixture-register
        route liaison-practitioner -> custody-nurse: 3 months, url None
            shorter 2 months with 2 years of experience: "If you have two years of custody experience" / "Os oes gennych ddwy flynedd o brofiad yn y ddalfa" (official)
        route custody-nurse -> lead-nurse: 24 months, url None
            shorter 12 months with other: "If you already lead a shift" / "Os ydych eisoes yn arwain shifft" (illustrative)
        learning screening-elearning: Audience { applicants: true, staff: true, operational: None, employer_provided: false, roles: [], new_starters: false }, level None, url Some("https://fixture.example/learning/screening")
            title "Custody screening e-learning" / "E-ddysgu sgrinio yn y ddalfa" (official, source 0: "Custody screening e-learning")
            entry "Registration with the NMC, or a year in a custody setting" / "Cofrestriad gyda'r NMC, neu flwyddyn mewn lleoliad dalfa" (official)
              or registration nmc: "Registration with the NMC" / "Cofrestriad gyda'r NMC" (official)
              or 1 years of experience: "A year in a custody setting" / "Blwyddyn mewn lleoliad dalfa" (official)
        learning handover-mentoring: Audience { applicants: false, staff: true, operational: Some(false), employer_provided: true, roles: [RoleIx(1), RoleIx(2)], new_starters: true }, level None, url None
            title "Handover mentoring" / "Mentora trosglwyddo" (official)
            entry "Working in a non-operational role" / "Gweithio mewn rôl anweithredol" (official)
              or other: "Working in a non-operational role" / "Gweithio mewn rôl anweithredol" (official)
        learning care-certificate: Audience { applicants: true, staff: false, operational: None, employer_provided: false, roles: [], new_starters: false }, level Some(3), url None
            title "Level 3 certificate in custody care" / "Tystysgrif Lefel 3 mewn gofal yn y ddalfa" (official)
            entry "GCSE English and maths" / "TGAU Saesneg a mathemateg" (official)
              or qualification level 2: "GCSE English and maths" / "TGAU Saesneg a mathemateg" (official)"#]].assert_eq(&render_advice_fields(&f));
}

#[test]
fn welsh_missing() {
    check(
        "welsh-missing",
        expect![[r#"
        welsh-missing.toml:3: warning: 3 of 13 strings have no Welsh translation; the first is on line 27
          hint: Add a `_cy` field beside each English string (e.g. title_cy); until then the English text is shown, marked as English."#]],
    );
}

#[test]
fn welsh_without_english() {
    check(
        "welsh-without-english",
        expect![[r#"
        welsh-without-english.toml:42: error: there is Welsh text but no English text beside it
          hint: Add the English field (the same key without `_cy`), or remove the Welsh one."#]],
    );
}

#[test]
fn wrong_type() {
    check(
        "wrong-type",
        expect![[r#"
        wrong-type.toml:36: error: invalid type: string "one", expected i64
          hint: Give this value the type shown above: text in "quotes", whole numbers without quotes, lists in [brackets]."#]],
    );
}

#[test]
fn syntax_error_unclosed() {
    check(
        "syntax-error-unclosed",
        expect![[r#"
        syntax-error-unclosed.toml:38: error: unclosed array table, expected `]`
          hint: Fix the TOML syntax on this line: text values need "quotes", and each [[table]] header needs its own line."#]],
    );
}

#[test]
fn direct_entry_with_from() {
    check(
        "direct-entry-with-from",
        expect![[r#"
        direct-entry-with-from.toml:77: error: a direct-entry route cannot start from a role (from = "worker"): direct entry means applying from outside the service
          hint: Remove the `from` line for a route in from outside, or use kind = "promotion", "fast-track" or "lateral" for a move from that role."#]],
    );
}

#[test]
fn promotion_without_from() {
    check(
        "promotion-without-from",
        expect![[r#"
        promotion-without-from.toml:76: error: a promotion needs a `from` role: it starts from a role in the service
          hint: Add from = "role-id" for the role it starts from, or use kind = "direct-entry", "apprenticeship" or "qualification" for a route in from outside."#]],
    );
}

#[test]
fn fast_track_without_from() {
    check(
        "fast-track-without-from",
        expect![[r#"
        fast-track-without-from.toml:76: error: a fast track needs a `from` role: it starts from a role in the service
          hint: Add from = "role-id" for the role it starts from, or use kind = "direct-entry", "apprenticeship" or "qualification" for a route in from outside."#]],
    );
}

#[test]
fn route_in_to_closed_role() {
    check(
        "route-in-to-closed-role",
        expect![[r#"
        route-in-to-closed-role.toml:76: warning: role "lead" is not open to applicants, but this direct-entry route lets people outside the service apply for it now
          hint: Set open_to_applicants = true on role "lead" (line 64) if people can apply from outside; if they cannot, remove this route.
        route-in-to-closed-role.toml:81: warning: role "lead" is not open to applicants, but this apprenticeship route leads to it from outside, so applicants are shown it as a next step
          hint: Set open_to_applicants = true on role "lead" (line 64) if people can also apply directly; if not, say who can start this route in `requirements`, or give it a `from` role if only staff can take it."#]],
    );
}

#[test]
fn unknown_learning_format() {
    check(
        "unknown-learning-format",
        expect![[r#"
            unknown-learning-format.toml:86: error: learning format "elearning" is not known
              hint: Did you mean "e-learning"? Use one of: e-learning, apprenticeship, programme, coaching, course, reference, support.
            unknown-learning-format.toml:95: error: learning format "workshop" is not known
              hint: Use one of: e-learning, apprenticeship, programme, coaching, course, reference, support."#]],
    );
}

#[test]
fn requires_lowest_step() {
    check(
        "requires-lowest-step",
        expect![[r#"
        requires-lowest-step.toml:60: warning: role "worker" requires "listening" at "learning", the lowest step of the scale, which asks nothing
          hint: Require the step the role really needs, or remove this line: any rating meets the lowest step, so it tells people nothing about their fit."#]],
    );
}

#[test]
fn entry_any_of_and_kind() {
    check(
        "entry-any-of-and-kind",
        expect![[r#"
        entry-any-of-and-kind.toml:65: error: this entry requirement has `any_of` options and a qualification_level of its own
          hint: Move the qualification_level into one of its [[roles.entry.any_of]] options: with any_of, the options say what meets the requirement."#]],
    );
}

#[test]
fn entry_any_of_empty() {
    check(
        "entry-any-of-empty",
        expect![[r#"
        entry-any-of-empty.toml:65: error: `any_of` has no options
          hint: Add a [[roles.entry.any_of]] table for each way of meeting the requirement, or remove `any_of = []`."#]],
    );
}

#[test]
fn entry_option_two_kinds() {
    check(
        "entry-option-two-kinds",
        expect![[r#"
        entry-option-two-kinds.toml:80: error: an entry option has both qualification_level and experience_years
          hint: Give each [[learning.entry.any_of]] option at most one kind; if either will do, make them two options.
        entry-option-two-kinds.toml:85: error: an entry option has qualification_level, experience_years and registration
          hint: Give each [[learning.entry.any_of]] option at most one kind; if either will do, make them two options."#]],
    );
}

#[test]
fn entry_without_text() {
    check(
        "entry-without-text",
        expect![[r#"
        entry-without-text.toml:62: error: this entry requirement has no text
          hint: Add text = "..." saying what is needed, in the words people will see, or give it [[roles.entry.any_of]] options."#]],
    );
}

#[test]
fn shorter_two_kinds() {
    check(
        "shorter-two-kinds",
        expect![[r#"
        shorter-two-kinds.toml:79: error: `shorter` has both qualification_level and experience_years
          hint: Give `shorter` at most one of qualification_level, experience_years or registration: what a person must hold to take the shorter length."#]],
    );
}

#[test]
fn shorter_not_shorter() {
    check(
        "shorter-not-shorter",
        expect![[r#"
        shorter-not-shorter.toml:79: error: the shorter length (12 months) is not less than the route's usual length (12 months)
          hint: Give `shorter` fewer months than the route's `months`, or remove `shorter` if the route is never shorter."#]],
    );
}

#[test]
fn unknown_registration() {
    check(
        "unknown-registration",
        expect![[r#"
        unknown-registration.toml:84: error: unknown registration "hcpc"
          hint: Use the id of one of the [[registrations]] in this file, or add a [[registrations]] table for it. Known ids: "nmc".
        unknown-registration.toml:85: error: unknown registration "nmcc"
          hint: Use the id of one of the [[registrations]] in this file, or add a [[registrations]] table for it. Did you mean "nmc"?
        unknown-registration.toml:90: error: unknown registration "nmc-register"
          hint: Use the id of one of the [[registrations]] in this file, or add a [[registrations]] table for it. Known ids: "nmc"."#]],
    );
}

#[test]
fn duplicate_registration() {
    check(
        "duplicate-registration",
        expect![[r#"
        duplicate-registration.toml:68: error: duplicate registration id "nmc" (first used on line 63)
          hint: Give each registration its own id; ids must be unique within a framework."#]],
    );
}

#[test]
fn too_many_registrations() {
    check(
        "too-many-registrations",
        expect![[r#"
        too-many-registrations.toml:383: error: the framework has 65 registrations; at most 64 are allowed
          hint: Keep only the professional registers that entry requirements and routes in this file name."#]],
    );
}

#[test]
fn gives_out_of_range() {
    check(
        "gives-out-of-range",
        expect![[r#"
        gives-out-of-range.toml:79: error: qualification level 9 is out of range
          hint: Use a whole number from 1 to 8.
        gives-out-of-range.toml:79: error: years of experience 60 is out of range
          hint: Use a whole number from 0 to 50."#]],
    );
}

#[test]
fn gives_registration_twice() {
    check(
        "gives-registration-twice",
        expect![[r#"
        gives-registration-twice.toml:84: error: this route gives registration "nmc" twice
          hint: Remove the second mention from `gives.registrations`."#]],
    );
}

#[test]
fn audience_unknown() {
    check(
        "audience-unknown",
        expect![[r#"
        audience-unknown.toml:70: error: audience "applicants" is not known
          hint: Did you mean "applicant"? Use "applicant" (people outside the service) or "staff".
        audience-unknown.toml:70: error: audience "managers" is not known
          hint: Use "applicant" (people outside the service) or "staff"."#]],
    );
}

#[test]
fn roles_offer_without_staff() {
    check(
        "roles-offer-without-staff",
        expect![[r#"
        roles-offer-without-staff.toml:71: error: unknown role "wroker"
          hint: Use the id of one of the [[roles]] in this file: the offer is only for staff in the roles listed. Did you mean "worker"?
        roles-offer-without-staff.toml:71: error: `roles` limits an offer to staff in those roles, but its audience does not include staff
          hint: Add "staff" to audience, or remove `roles`.
        roles-offer-without-staff.toml:72: error: `new_starters` is for people new to a role, but this offer's audience does not include staff
          hint: Add "staff" to audience, or remove new_starters."#]],
    );
}

#[test]
fn audience_empty() {
    check(
        "audience-empty",
        expect![[r#"
        audience-empty.toml:70: error: `audience` is empty, so nobody can take this offer
          hint: List who can take it: audience = ["applicant"], ["staff"] or ["applicant", "staff"]; leave audience out for both."#]],
    );
}

#[test]
fn audience_twice() {
    check(
        "audience-twice",
        expect![[r#"
        audience-twice.toml:70: error: audience lists "staff" twice
          hint: Remove the second mention from `audience`."#]],
    );
}

#[test]
fn employer_provided_for_applicants() {
    check(
        "employer-provided-for-applicants",
        expect![[r#"
        employer-provided-for-applicants.toml:71: error: this offer is employer_provided, so only staff can take it, but its audience is applicants only
          hint: Set audience = ["staff"] (or leave audience out), or remove employer_provided if people outside the service can take it.
        employer-provided-for-applicants.toml:82: warning: this offer is employer_provided, so it is for staff only, but its audience also lists "applicant"
          hint: Remove "applicant" from audience, or remove employer_provided if people outside the service can take it."#]],
    );
}

#[test]
fn operational_offer_without_staff() {
    check(
        "operational-offer-without-staff",
        expect![[r#"
        operational-offer-without-staff.toml:71: error: `operational` limits an offer to some staff, but its audience does not include staff
          hint: Remove `operational`, or add "staff" to audience."#]],
    );
}

#[test]
fn learning_level_out_of_range() {
    check(
        "learning-level-out-of-range",
        expect![[r#"
        learning-level-out-of-range.toml:70: error: learning offer level 9 is out of range
          hint: Use a whole number from 1 to 8."#]],
    );
}

#[test]
fn url_not_https() {
    check(
        "url-not-https",
        expect![[r#"
        url-not-https.toml:70: error: url "www.example.org/course" is not a full web address starting with https://
          hint: Copy the full address from the source document, starting https://, with no spaces; only give an address the source itself gives.
        url-not-https.toml:75: error: url "http://example.org/source" is not a full web address starting with https://
          hint: Copy the full address from the source document, starting https://, with no spaces; only give an address the source itself gives.
        url-not-https.toml:87: error: url "https://" is not a full web address starting with https://
          hint: Copy the full address from the source document, starting https://, with no spaces; only give an address the source itself gives."#]],
    );
}

#[test]
fn cite_unknown_field() {
    check(
        "cite-unknown-field",
        expect![[r#"
        cite-unknown-field.toml:72: error: cite names `titel`, which is not a text field of this role
          hint: Did you mean `title`? The text fields this role can cite are: `title`, `family`, `scope`, `training`.
        cite-unknown-field.toml:73: error: cite names `title_cy`, which is not a text field of this role
          hint: Cite the English field, cite.title: its Welsh translation shares the citation.
        cite-unknown-field.toml:74: error: cite names `salary`, which is not a text field of this role
          hint: The text fields this role can cite are: `title`, `family`, `scope`, `training`."#]],
    );
}

#[test]
fn cite_absent_field() {
    check(
        "cite-absent-field",
        expect![[r#"
        cite-absent-field.toml:79: error: cite names `requirements`, but this route has no `requirements`
          hint: Add the `requirements` field, or remove cite.requirements.
        cite-absent-field.toml:85: error: cite names `description`, but this area has no `description`
          hint: Add the `description` field, or remove cite.description."#]],
    );
}

#[test]
fn official_text_not_in_passage() {
    check(
        "official-text-not-in-passage",
        expect![[r#"
        official-text-not-in-passage.toml:54: error: cite.title calls "Worker" official, but its passage "Senior officer" does not contain those words
          hint: Official wording must be the source's own words: copy the passage from the source document so it contains the text exactly, or remove the cite so the text is marked as written for this tool."#]],
    );
}

#[test]
fn correction_unknown_role() {
    check(
        "correction-unknown-role",
        expect![[r#"
        correction-unknown-role.toml:84: error: unknown role "leader"
          hint: Use the id of one of the [[roles]] in this file: the correction is told to people whose current or target role it names. Leave `roles` out to tell everyone. Did you mean "lead"?
        correction-unknown-role.toml:88: error: this text is empty
          hint: Write the text between the quotes, or remove the optional field."#]],
    );
}

#[test]
fn cite_source_out_of_range() {
    check(
        "cite-source-out-of-range",
        expect![[r#"
            cite-source-out-of-range.toml:72: error: cite.title names source 1, but the file has 1 source
              hint: Sources are numbered from 0 in the order of the [[sources]] tables (the only one is 0).
            cite-source-out-of-range.toml:73: error: cite.scope names source -1, but the file has 1 source
              hint: Sources are numbered from 0 in the order of the [[sources]] tables (the only one is 0).
            cite-source-out-of-range.toml:74: error: this text is empty
              hint: Write the text between the quotes, or remove the optional field.
            cite-source-out-of-range.toml:74: error: cite.family calls "Care" official, but its passage "" does not contain those words
              hint: Official wording must be the source's own words: copy the passage from the source document so it contains the text exactly, or remove the cite so the text is marked as written for this tool."#]],
    );
}

#[test]
fn qualification_only_entry() {
    check(
        "qualification-only-entry",
        expect![[r#"
        qualification-only-entry.toml:65: warning: role "worker" is open to applicants, but this entry requirement asks for a Level 6 qualification with no other option, and no route into the role gives it
          hint: People can only apply with that qualification: check a route into the role gives it (gives = { qualification_level = 6 }), or add the route that does; if something else is accepted instead, add it as an any_of option.
        qualification-only-entry.toml:82: warning: role "lead" has a direct-entry route, but this entry requirement asks for a Level 7 qualification with no other option, and no route into the role gives it
          hint: People can only apply with that qualification: check a route into the role gives it (gives = { qualification_level = 7 }), or add the route that does; if something else is accepted instead, add it as an any_of option.
        qualification-only-entry.toml:108: warning: role "lead" is not open to applicants, but this direct-entry route lets people outside the service apply for it now
          hint: Set open_to_applicants = true on role "lead" (line 68) if people can apply from outside; if they cannot, remove this route."#]],
    );
}

/// frameworks/README.md promises its annotated example is a complete, valid framework file
/// using every table and key; owners copy from it, so it must compile (untranslated strings
/// are its only warning).
#[test]
fn readme_example_is_a_valid_framework() {
    let readme = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frameworks/README.md"),
    )
    .unwrap();
    let example = readme.split("## An annotated example").nth(1).unwrap();
    let example = example.split("```toml\n").nth(1).unwrap().split("```").next().unwrap();
    let compiled = hjcp_content::compile("README.md", example);
    let problems: Vec<String> = compiled
        .diagnostics
        .iter()
        .filter(|d| !d.message.contains("have no Welsh translation"))
        .map(|d| d.to_string())
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let f = compiled.framework.unwrap();
    assert!(
        !f.registrations.is_empty()
            && f.roles.iter().any(|r| r.entry.iter().any(|e| e.any_of.len() > 1))
    );
    assert!(f.routes.iter().any(|r| r.shorter.is_some() && !r.gives.is_empty() && r.url.is_some()));
    assert!(f.learning.iter().any(|l| l.audience.employer_provided && l.url.is_some()));
    assert!(f.learning.iter().any(|l| l.level.is_some() && !l.entry.is_empty()));
}

/// Two files in one folder may not define the same framework: the second is rejected, with
/// the line of its id and the name of the file that has it already.
#[test]
fn duplicate_framework_across_files() {
    let build =
        hjcp_content::compile_dir(&fixtures().join("duplicate-framework"), "duplicate-framework/")
            .unwrap();
    let rendered: Vec<String> = build.diagnostics.iter().map(|d| d.to_string()).collect();
    expect![[r#"
        duplicate-framework/b.toml:3: error: framework id "fixture" is already used by duplicate-framework/a.toml
          hint: Give each framework file its own [framework] id; stored answers are keyed by it."#]].assert_eq(&rendered.join("\n"));
    assert_eq!(build.catalog.frameworks.len(), 1);
    assert!(build.has_errors());
}

/// Runs the `validate` command the way an owner would and returns (exit code, stdout, stderr).
fn validate(dir: &Path) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_validate")).arg(dir).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// A scratch folder holding copies of the named fixtures.
fn scratch(name: &str, files: &[&str]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("hjcp-content-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for f in files {
        std::fs::copy(fixtures().join(f), dir.join(f)).unwrap();
    }
    dir
}

#[test]
fn validate_command_reports_file_line_and_hint_and_fails() {
    let dir = scratch("broken", &["valid.toml", "unknown-area.toml", "welsh-missing.toml"]);
    let (code, stdout, _) = validate(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(code, 1, "{stdout}");
    let stdout = stdout.replace(&format!("{}/", dir.display()), "DIR/");
    expect![[r#"
        DIR/unknown-area.toml:45: error: unknown area "caer"
          hint: Use the id of one of the [[areas]] in this file. Did you mean "care"?
        DIR/welsh-missing.toml:3: warning: 3 of 13 strings have no Welsh translation; the first is on line 27
          hint: Add a `_cy` field beside each English string (e.g. title_cy); until then the English text is shown, marked as English.
        ok: fixture-custody-care — 2 areas, 3 competences, 5 roles, 5 routes, 3 learning offers; Welsh 72/72 strings
        ok: fixture — 1 area, 1 competence, 1 role, 0 routes, 0 learning offers; Welsh 10/13 strings
        1 error, 1 warning
    "#]].assert_eq(&stdout);
}

#[test]
fn validate_command_passes_a_good_folder() {
    let dir = scratch("good", &["valid.toml"]);
    let (code, stdout, _) = validate(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(code, 0, "{stdout}");
    expect![[r#"
        ok: fixture-custody-care — 2 areas, 3 competences, 5 roles, 5 routes, 3 learning offers; Welsh 72/72 strings
        0 errors, 0 warnings
    "#]].assert_eq(&stdout);
}

#[test]
fn validate_command_explains_a_missing_folder() {
    let (code, stdout, stderr) = validate(Path::new("/nonexistent/frameworks"));
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.starts_with("/nonexistent/frameworks: cannot read the folder:"), "{stderr}");
}

#[test]
fn missing_field_in_role() {
    check(
        "missing-field-in-role",
        expect![[r#"
        missing-field-in-role.toml:49: error: missing field `scope`
          hint: Add the field named above to this table; frameworks/README.md lists which fields each table needs."#]],
    );
}

#[test]
fn wrong_type_in_requires() {
    check(
        "wrong-type-in-requires",
        expect![[r#"
        wrong-type-in-requires.toml:60: error: invalid type: integer `2`, expected a string
          hint: Give this value the type shown above: text in "quotes", whole numbers without quotes, lists in [brackets]."#]],
    );
}

/// Every fixture file is used by a test above, so none is left behind when a rule changes.
#[test]
fn every_fixture_has_a_test() {
    // Whitespace removed, so the check holds however rustfmt lays out a `check(` call.
    let tests: String =
        include_str!("validation.rs").chars().filter(|c| !c.is_whitespace()).collect();
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            let name = path.file_stem().unwrap().to_string_lossy();
            assert!(
                tests.contains(&format!("check(\"{name}\"")),
                "tests/fixtures/{name}.toml has no check(\"{name}\", ...) test"
            );
        }
    }
}

#[test]
fn requirement_falls_on_promotion() {
    check(
        "requirement-falls-on-promotion",
        expect![[r#"
            requirement-falls-on-promotion.toml:100: warning: role "lead" needs "listening" at "skilled", less than "worker" needs ("expert"), and a promotion leads from there to here
              hint: Raise this requirement or lower the one below it; if the lower step is right, say why next to it: [roles.requires_reasons] listening = "...".
            requirement-falls-on-promotion.toml:105: error: role "lead" gives a reason for its requirement of "kindness", which it does not require
              hint: A reason belongs next to a requirement in [roles.requires]: add the requirement, or remove the reason.
            requirement-falls-on-promotion.toml:106: error: the reason given for role "lead"'s requirement of "planning" is empty
              hint: Say in a sentence why this role needs less of the competence than the role below it."#]],
    );
}

#[test]
fn no_date() {
    check(
        "no-date",
        expect![[r#"
        no-date.toml:3: error: the framework has no date: neither when its source was published nor when this version was written
          hint: Add written = "YYYY-MM-DD" (the day this version was written) and, when the source gives its own date, published."#]],
    );
}

#[test]
fn bad_written_date() {
    check(
        "bad-written-date",
        expect![[r#"
        bad-written-date.toml:12: error: written date "December 2026" is not a date
          hint: Write the date this version of the file was written as YYYY-MM-DD, e.g. "2026-11-23"."#]],
    );
}
