//! Every stored-record and answers-file fixture in `tests/fixtures/stored/` (at the top of the
//! repository), decoded and imported, with the outcome each must keep.
//!
//! The folder holds an example of every record version ever written (`vN-*.json`), never
//! deleted, so a change that stops an old record loading fails here; foreign values that may
//! sit under our storage key; damaged records of ours; newer versions; and answers files.
//! The snapshots below list every file, so a new fixture without an expected outcome fails
//! too. After a deliberate change, refresh them with
//! `UPDATE_EXPECT=1 cargo test -p hjcp-engine --test stored_fixtures`.

use std::path::PathBuf;

use expect_test::{expect, expect_file, Expect};
use hjcp_engine::stored::{
    decode, encode, import_answers, import_answers_lenient, Decoded, ImportError, Notice, State,
    MAX_BYTES,
};
use hjcp_engine::{Answer, Answers, Estimate, Facts, Lang, Persona, Rating, Snapshot};

fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/stored")
}

/// (file name, contents) of every `*.json` fixture, in name order.
fn fixtures() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(folder())
        .expect("tests/fixtures/stored exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    assert!(files.len() >= 30, "the fixtures folder looks incomplete: {} files", files.len());
    files
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(folder().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn notice(n: &Notice) -> String {
    match n {
        Notice::WrongShape { detail } => format!("WrongShape({detail})"),
        Notice::SkippedFramework { id } => format!("SkippedFramework({id})"),
        Notice::SkippedAnswer { framework, competence } => {
            format!("SkippedAnswer({framework}/{competence})")
        }
        Notice::SkippedField { framework, field } => format!("SkippedField({framework}.{field})"),
        other => format!("{other:?}"),
    }
}

fn answers_summary(a: &Answers) -> String {
    format!(
        "{}: {:?}, {} answers, {}{} snapshots{}{}",
        a.framework,
        a.persona,
        a.answers.len(),
        match a.estimates.len() {
            0 => String::new(),
            n => format!("{n} estimates, "),
        },
        a.snapshots.len(),
        a.target_role.as_ref().map(|t| format!(", target {t}")).unwrap_or_default(),
        a.facts.current_role.as_ref().map(|t| format!(", in {t}")).unwrap_or_default(),
    )
}

fn outcome(d: &Decoded) -> String {
    match d {
        Decoded::Loaded { state, notices } => {
            let mut out = format!("Loaded lang={:?} active={:?}", state.lang, state.active);
            for a in state.frameworks.values() {
                out += &format!("\n      {}", answers_summary(a));
            }
            for n in notices {
                out += &format!("\n      notice {}", notice(n));
            }
            out
        }
        Decoded::Newer { version } => format!("Newer {{ version: {version} }}"),
        Decoded::Unreadable { reason } => format!("Unreadable {}", notice(reason)),
    }
}

fn table(each: impl Fn(&str) -> String, expected: Expect) {
    let rows: Vec<String> =
        fixtures().iter().map(|(name, text)| format!("{name}: {}", each(text))).collect();
    expected.assert_eq(&rows.join("\n"));
}

#[test]
fn every_fixture_decodes_to_its_expected_outcome() {
    table(
        |text| outcome(&decode(text)),
        expect![[r#"
            answers-unversioned.json: Unreadable NotOurs
            answers-v1-bad-rating.json: Unreadable NotOurs
            answers-v1-no-framework.json: Unreadable NotOurs
            answers-v1.json: Unreadable NotOurs
            answers-v2-bad-estimate.json: Unreadable NotOurs
            answers-v2.json: Unreadable NotOurs
            answers-v99-future.json: Unreadable NotOurs
            corrupt-estimates.json: Loaded lang=None active=None
                  hmpps-career-pathways: Applicant, 1 answers, 2 estimates, 0 snapshots
                  nhse-non-custodial: Applicant, 1 answers, 0 snapshots
                  notice SkippedField(hmpps-career-pathways.estimates.leading-hmpps)
                  notice SkippedField(hmpps-career-pathways.estimates.leading-me)
                  notice SkippedField(hmpps-career-pathways.estimates.leading-others)
                  notice SkippedField(hmpps-career-pathways.estimates.rehabilitation)
                  notice SkippedField(hmpps-career-pathways.estimates.values-standards)
                  notice SkippedField(nhse-non-custodial.estimates)
            corrupt-framework-not-object.json: Loaded lang=None active=None
                  hmpps-career-pathways: Applicant, 1 answers, 0 snapshots
                  notice Migrated { from: 1 }
                  notice SkippedFramework(hmpps-leadership-code)
                  notice SkippedFramework(nhse-non-custodial)
            corrupt-frameworks-list.json: Unreadable WrongShape(`frameworks` is not an object of answers per framework)
            corrupt-no-version.json: Unreadable WrongShape(no version number)
            corrupt-ratings-out-of-range.json: Loaded lang=None active=None
                  hmpps-career-pathways: Applicant, 2 answers, 0 snapshots
                  notice Migrated { from: 1 }
                  notice SkippedAnswer(hmpps-career-pathways/reh-relationships)
                  notice SkippedAnswer(hmpps-career-pathways/sec-corruption)
                  notice SkippedAnswer(hmpps-career-pathways/sec-deescalation)
                  notice SkippedAnswer(hmpps-career-pathways/sec-incidents)
                  notice SkippedAnswer(hmpps-career-pathways/sec-safer-custody)
            corrupt-truncated.json: Unreadable NotJson
            corrupt-unknown-variants.json: Loaded lang=None active=None
                  hmpps-career-pathways: Applicant, 2 answers, 0 snapshots
                  notice Migrated { from: 1 }
                  notice SkippedField(hmpps-career-pathways.persona)
                  notice SkippedAnswer(hmpps-career-pathways/sec-deescalation)
                  notice SkippedAnswer(hmpps-career-pathways/sec-incidents)
                  notice SkippedAnswer(hmpps-career-pathways/sec-safer-custody)
                  notice SkippedAnswer(hmpps-career-pathways/sec-security)
            corrupt-version-negative.json: Unreadable WrongShape(no version number)
            corrupt-version-text.json: Unreadable WrongShape(no version number)
            corrupt-wrong-types.json: Loaded lang=None active=None
                  hmpps-career-pathways: Applicant, 2 answers, 0 snapshots
                  nhse-non-custodial: Applicant, 0 answers, 1 snapshots
                  notice Migrated { from: 1 }
                  notice SkippedField(hmpps-career-pathways.persona)
                  notice SkippedField(hmpps-career-pathways.facts.qualification_level)
                  notice SkippedField(hmpps-career-pathways.facts.experience_years)
                  notice SkippedField(hmpps-career-pathways.facts.current_role)
                  notice SkippedField(hmpps-career-pathways.target_role)
                  notice SkippedAnswer(hmpps-career-pathways/sec-corruption)
                  notice SkippedAnswer(hmpps-career-pathways/sec-incidents)
                  notice SkippedField(hmpps-career-pathways.snapshots)
                  notice SkippedField(nhse-non-custodial.facts)
                  notice SkippedField(nhse-non-custodial.answers)
                  notice SkippedField(nhse-non-custodial.snapshots[0])
                  notice SkippedField(nhse-non-custodial.snapshots[1])
                  notice SkippedField(nhse-non-custodial.snapshots[2])
            foreign-app-not-text.json: Unreadable NotOurs
            foreign-array.json: Unreadable NotOurs
            foreign-empty.json: Unreadable NotJson
            foreign-huge-string.json: Unreadable TooLarge { bytes: 524291 }
            foreign-no-app.json: Unreadable NotOurs
            foreign-null.json: Unreadable NotOurs
            foreign-number.json: Unreadable NotOurs
            foreign-other-app.json: Unreadable NotOurs
            foreign-plain-text.json: Unreadable NotJson
            foreign-string.json: Unreadable NotOurs
            newer-v99.json: Newer { version: 99 }
            newer-version-beyond-u32.json: Newer { version: 4294967295 }
            v0-prerelease.json: Loaded lang=None active=None
                  hmpps-health-care-wellbeing: Applicant, 1 answers, 0 snapshots
                  notice Migrated { from: 0 }
            v1-applicant.json: Loaded lang=Some(En) active=Some("nhse-non-custodial")
                  nhse-non-custodial: Applicant, 3 answers, 0 snapshots
                  notice Migrated { from: 1 }
            v1-empty.json: Loaded lang=None active=None
                  notice Migrated { from: 1 }
            v1-encoded.json: Loaded lang=Some(Cy) active=Some("hmpps-career-pathways")
                  hmpps-career-pathways: Staff, 4 answers, 2 snapshots, target custodial-manager, in prison-officer
                  nhse-non-custodial: Applicant, 1 answers, 0 snapshots, target ld-practitioner
                  notice Migrated { from: 1 }
            v1-full.json: Loaded lang=Some(Cy) active=Some("hmpps-career-pathways")
                  hmpps-career-pathways: Staff, 4 answers, 2 snapshots, target custodial-manager, in prison-officer
                  nhse-non-custodial: Applicant, 1 answers, 0 snapshots, target ld-practitioner
                  notice Migrated { from: 1 }
            v1-minimal.json: Loaded lang=None active=None
                  notice Migrated { from: 1 }
            v1-unknown-fields.json: Loaded lang=Some(En) active=None
                  hmpps-leadership-code: Staff, 1 answers, 1 snapshots
                  notice Migrated { from: 1 }
            v1-unknown-language.json: Loaded lang=None active=None
                  notice Migrated { from: 1 }
            v2-encoded.json: Loaded lang=Some(Cy) active=Some("hmpps-career-pathways")
                  hmpps-career-pathways: Staff, 4 answers, 3 estimates, 2 snapshots, target custodial-manager, in prison-officer
                  nhse-non-custodial: Applicant, 1 answers, 1 estimates, 0 snapshots, target ld-practitioner
            v2-full.json: Loaded lang=Some(Cy) active=Some("hmpps-career-pathways")
                  hmpps-career-pathways: Staff, 4 answers, 3 estimates, 2 snapshots, target custodial-manager, in prison-officer
                  nhse-non-custodial: Applicant, 1 answers, 1 estimates, 0 snapshots, target ld-practitioner
            v2-minimal.json: Loaded lang=None active=None
            v2-quick-estimate.json: Loaded lang=Some(En) active=Some("nhse-non-custodial")
                  nhse-non-custodial: Applicant, 2 answers, 9 estimates, 0 snapshots"#]],
    );
}

#[test]
fn every_fixture_imports_as_an_answers_file_or_is_refused_with_a_reason() {
    table(
        |text| match import_answers(text) {
            Ok(a) => format!("Ok {}", answers_summary(&a)),
            Err(ImportError::WrongShape { detail }) => format!("WrongShape({detail})"),
            Err(e) => format!("{e:?}"),
        },
        expect![[r#"
            answers-unversioned.json: WrongShape(no version number)
            answers-v1-bad-rating.json: WrongShape(unknown variant `Sometimes`, expected `Level` or `NotSure`)
            answers-v1-no-framework.json: WrongShape(the file does not say which framework it is for)
            answers-v1.json: Ok hmpps-career-pathways: Staff, 2 answers, 1 snapshots, target prison-officer, in osg
            answers-v2-bad-estimate.json: WrongShape(invalid type: string "usually", expected u8)
            answers-v2.json: Ok hmpps-career-pathways: Staff, 2 answers, 2 estimates, 1 snapshots, target prison-officer, in osg
            answers-v99-future.json: Newer { version: 99 }
            corrupt-estimates.json: NotAnswersFile
            corrupt-framework-not-object.json: NotAnswersFile
            corrupt-frameworks-list.json: NotAnswersFile
            corrupt-no-version.json: NotAnswersFile
            corrupt-ratings-out-of-range.json: NotAnswersFile
            corrupt-truncated.json: NotJson
            corrupt-unknown-variants.json: NotAnswersFile
            corrupt-version-negative.json: NotAnswersFile
            corrupt-version-text.json: NotAnswersFile
            corrupt-wrong-types.json: NotAnswersFile
            foreign-app-not-text.json: NotAnswersFile
            foreign-array.json: NotAnswersFile
            foreign-empty.json: NotJson
            foreign-huge-string.json: TooLarge { bytes: 524291 }
            foreign-no-app.json: NotAnswersFile
            foreign-null.json: NotAnswersFile
            foreign-number.json: NotAnswersFile
            foreign-other-app.json: NotAnswersFile
            foreign-plain-text.json: NotJson
            foreign-string.json: NotAnswersFile
            newer-v99.json: NotAnswersFile
            newer-version-beyond-u32.json: NotAnswersFile
            v0-prerelease.json: NotAnswersFile
            v1-applicant.json: NotAnswersFile
            v1-empty.json: NotAnswersFile
            v1-encoded.json: NotAnswersFile
            v1-full.json: NotAnswersFile
            v1-minimal.json: NotAnswersFile
            v1-unknown-fields.json: NotAnswersFile
            v1-unknown-language.json: NotAnswersFile
            v2-encoded.json: NotAnswersFile
            v2-full.json: NotAnswersFile
            v2-minimal.json: NotAnswersFile
            v2-quick-estimate.json: NotAnswersFile"#]],
    );
}

#[test]
fn every_fixture_imports_leniently_or_is_refused_with_a_reason() {
    table(
        |text| match import_answers_lenient(text) {
            Ok((a, notices)) => {
                let notices: Vec<String> = notices.iter().map(notice).collect();
                format!(
                    "Ok {}{}",
                    answers_summary(&a),
                    if notices.is_empty() {
                        String::new()
                    } else {
                        format!("; {}", notices.join(", "))
                    }
                )
            }
            Err(ImportError::WrongShape { detail }) => format!("WrongShape({detail})"),
            Err(e) => format!("{e:?}"),
        },
        expect![[r#"
            answers-unversioned.json: WrongShape(no version number)
            answers-v1-bad-rating.json: Ok hmpps-career-pathways: Staff, 2 answers, 1 snapshots, target prison-officer, in osg; SkippedAnswer(hmpps-career-pathways/sec-incidents)
            answers-v1-no-framework.json: WrongShape(the file does not say which framework it is for)
            answers-v1.json: Ok hmpps-career-pathways: Staff, 2 answers, 1 snapshots, target prison-officer, in osg
            answers-v2-bad-estimate.json: Ok hmpps-career-pathways: Staff, 2 answers, 1 estimates, 1 snapshots, target prison-officer, in osg; SkippedField(hmpps-career-pathways.estimates.values-standards)
            answers-v2.json: Ok hmpps-career-pathways: Staff, 2 answers, 2 estimates, 1 snapshots, target prison-officer, in osg
            answers-v99-future.json: Newer { version: 99 }
            corrupt-estimates.json: NotAnswersFile
            corrupt-framework-not-object.json: NotAnswersFile
            corrupt-frameworks-list.json: NotAnswersFile
            corrupt-no-version.json: NotAnswersFile
            corrupt-ratings-out-of-range.json: NotAnswersFile
            corrupt-truncated.json: NotJson
            corrupt-unknown-variants.json: NotAnswersFile
            corrupt-version-negative.json: NotAnswersFile
            corrupt-version-text.json: NotAnswersFile
            corrupt-wrong-types.json: NotAnswersFile
            foreign-app-not-text.json: NotAnswersFile
            foreign-array.json: NotAnswersFile
            foreign-empty.json: NotJson
            foreign-huge-string.json: TooLarge { bytes: 524291 }
            foreign-no-app.json: NotAnswersFile
            foreign-null.json: NotAnswersFile
            foreign-number.json: NotAnswersFile
            foreign-other-app.json: NotAnswersFile
            foreign-plain-text.json: NotJson
            foreign-string.json: NotAnswersFile
            newer-v99.json: NotAnswersFile
            newer-version-beyond-u32.json: NotAnswersFile
            v0-prerelease.json: NotAnswersFile
            v1-applicant.json: NotAnswersFile
            v1-empty.json: NotAnswersFile
            v1-encoded.json: NotAnswersFile
            v1-full.json: NotAnswersFile
            v1-minimal.json: NotAnswersFile
            v1-unknown-fields.json: NotAnswersFile
            v1-unknown-language.json: NotAnswersFile
            v2-encoded.json: NotAnswersFile
            v2-full.json: NotAnswersFile
            v2-minimal.json: NotAnswersFile
            v2-quick-estimate.json: NotAnswersFile"#]],
    );
}

/// Whatever was loaded is written back as a record that loads again, identically and with no
/// notices: the shell may save a leniently loaded record without losing anything more.
#[test]
fn what_loads_saves_and_loads_again_unchanged() {
    for (name, text) in fixtures() {
        if let Decoded::Loaded { state, .. } = decode(&text) {
            assert_eq!(
                decode(&encode(&state)),
                Decoded::Loaded { state, notices: vec![] },
                "{name}"
            );
        }
    }
}

/// The record `v1-full.json` holds: everything version 1 could keep.
fn full_state_v1() -> State {
    let answer = |rating: Option<Rating>, note: &str, changed_ms: u64| Answer {
        rating,
        note: note.into(),
        changed_ms,
    };
    let career = Answers {
        framework: "hmpps-career-pathways".into(),
        persona: Persona::Staff,
        facts: Facts {
            qualification_level: Some(6),
            experience_years: Some(4),
            current_role: Some("prison-officer".into()),
        },
        target_role: Some("custodial-manager".into()),
        estimates: Default::default(),
        seen_version: None,
        answers: [
            (
                "sec-security",
                answer(
                    Some(Rating::Level(3)),
                    "Led the wing search rota for six months.",
                    1767312000000,
                ),
            ),
            (
                "sec-safer-custody",
                answer(
                    Some(Rating::Level(2)),
                    "ACCT assessor since 2024; mentor two new officers.",
                    1767312001000,
                ),
            ),
            ("sec-deescalation", answer(Some(Rating::NotSure), "", 1767312002000)),
            (
                "reh-relationships",
                answer(
                    None,
                    "Cymraeg: wedi arwain grŵp trafod — “quotes”, emoji 🙂, and a line\nbreak.",
                    1767312003000,
                ),
            ),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect(),
        snapshots: vec![
            Snapshot {
                taken_ms: 1735689600000,
                ratings: [
                    ("sec-security".to_string(), Rating::Level(2)),
                    ("sec-safer-custody".to_string(), Rating::Level(1)),
                ]
                .into(),
            },
            Snapshot {
                taken_ms: 1751328000000,
                ratings: [
                    ("sec-security".to_string(), Rating::Level(3)),
                    ("sec-safer-custody".to_string(), Rating::Level(2)),
                    ("sec-deescalation".to_string(), Rating::NotSure),
                ]
                .into(),
            },
        ],
    };
    let mut nhse = Answers::new("nhse-non-custodial");
    nhse.target_role = Some("ld-practitioner".into());
    nhse.answers.insert("comm-engage".into(), answer(Some(Rating::Level(1)), "", 1767312100000));
    State {
        lang: Some(Lang::Cy),
        active: Some("hmpps-career-pathways".into()),
        frameworks: [
            ("hmpps-career-pathways".to_string(), career),
            ("nhse-non-custodial".to_string(), nhse),
        ]
        .into(),
        place: None,
    }
}

/// The record `v2-full.json` holds: the version 1 record with estimates, for two areas each
/// framework has and one the prison framework no longer has (kept all the same).
fn full_state() -> State {
    let mut state = full_state_v1();
    let estimate = |level, changed_ms| Estimate { level, changed_ms };
    let career = state.frameworks.get_mut("hmpps-career-pathways").unwrap();
    career.estimates = [
        ("security-safety", estimate(2, 1767312004000)),
        ("rehabilitation", estimate(0, 1767312005000)),
        ("retired-area", estimate(3, 1767312006000)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    let nhse = state.frameworks.get_mut("nhse-non-custodial").unwrap();
    nhse.estimates = [("communication".to_string(), estimate(1, 1767312101000))].into();
    state
}

/// The version 1 record with notes, snapshots, facts and a target loads every detail, with no
/// estimates (version 1 had none).
#[test]
fn a_full_version_1_record_loads_every_detail() {
    assert_eq!(
        decode(&fixture("v1-full.json")),
        Decoded::Loaded { state: full_state_v1(), notices: vec![Notice::Migrated { from: 1 }] }
    );
    // The version 1 golden file is the same record as version 1 wrote it, byte for byte.
    assert_eq!(
        decode(&fixture("v1-encoded.json")),
        Decoded::Loaded { state: full_state_v1(), notices: vec![Notice::Migrated { from: 1 }] }
    );
}

/// The version 2 record with estimates besides everything else loads every detail.
#[test]
fn a_full_version_2_record_loads_every_detail() {
    assert_eq!(
        decode(&fixture("v2-full.json")),
        Decoded::Loaded { state: full_state(), notices: vec![] }
    );
}

/// The exact bytes `encode` writes for version 2. If this changes, old widgets (and this
/// one's decoder) meet a new shape: bump `CURRENT_VERSION` and add a migration instead.
/// (`v1-encoded.json`, what version 1 wrote, stays as a fixture that loads.)
#[test]
fn version_2_is_written_byte_for_byte_as_before() {
    expect_file!["../../../tests/fixtures/stored/v2-encoded.json"]
        .assert_eq(&(encode(&full_state()) + "\n"));
}

#[test]
fn one_bad_answer_keeps_the_rest_of_its_framework() {
    let Decoded::Loaded { state, .. } = decode(&fixture("corrupt-unknown-variants.json")) else {
        panic!("should load")
    };
    let a = &state.frameworks["hmpps-career-pathways"];
    assert_eq!(a.rating("sec-corruption"), Some(Rating::NotSure));
    assert_eq!(a.rating("reh-relationships"), Some(Rating::Level(1)));
    let Decoded::Loaded { state, .. } = decode(&fixture("corrupt-ratings-out-of-range.json"))
    else {
        panic!("should load")
    };
    let a = &state.frameworks["hmpps-career-pathways"];
    assert_eq!(a.rating("sec-security"), Some(Rating::Level(15)), "the highest step accepted");
    assert_eq!(
        (a.rating("sec-safer-custody"), a.answers["sec-safer-custody"].note.as_str()),
        (None, "the note survives")
    );
}

#[test]
fn the_huge_string_is_refused_by_size_before_parsing() {
    let text = fixture("foreign-huge-string.json");
    assert!(text.len() > MAX_BYTES);
    assert_eq!(
        decode(&text),
        Decoded::Unreadable { reason: Notice::TooLarge { bytes: text.len() } }
    );
}
