//! Properties of the stored formats over generated input, 2,000 cases each: `decode`,
//! `import_answers` and `import_answers_lenient` never panic on any string or JSON value
//! (including values wrapped in our own envelope, so the deep paths are reached, and mutations
//! of real records), what loads re-saves unchanged, and any state round-trips exactly,
//! estimates included.
//! The fuzz targets in `fuzz/` run the same entry points for longer (`scripts/fuzz.sh`).

use std::collections::BTreeMap;

use hjcp_engine::stored::{
    decode, encode, export_answers, import_answers, import_answers_lenient, Decoded, State,
    MAX_LEVEL,
};
use hjcp_engine::{Answer, Answers, Estimate, Facts, Lang, Persona, Rating, Snapshot};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

fn config() -> ProptestConfig {
    ProptestConfig { cases: 2_000, ..ProptestConfig::default() }
}

/// Keys the decoders look for, so generated objects hit them often.
const KEYS: &[&str] = &[
    "app",
    "version",
    "kind",
    "lang",
    "active",
    "frameworks",
    "framework",
    "framework_version",
    "persona",
    "facts",
    "qualification_level",
    "experience_years",
    "current_role",
    "target_role",
    "answers",
    "rating",
    "Level",
    "NotSure",
    "note",
    "changed_ms",
    "snapshots",
    "taken_ms",
    "ratings",
    "estimates",
    "level",
];
const WORDS: &[&str] = &[
    "hjcp",
    "hjcp-answers",
    "en",
    "cy",
    "Staff",
    "Applicant",
    "NotSure",
    "Level",
    "Sometimes",
    "",
];

fn key() -> impl Strategy<Value = String> {
    prop_oneof![4 => proptest::sample::select(KEYS).prop_map(str::to_string), 1 => ".{0,8}"]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (0u64..20).prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        proptest::sample::select(WORDS).prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((key(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A record or answers file of ours around arbitrary content, so the decoders get past the
/// envelope checks and into the lenient per-field reading.
fn enveloped() -> impl Strategy<Value = String> {
    let version = prop_oneof![
        4 => Just(json!(2)),
        2 => Just(json!(1)),
        1 => Just(json!(0)),
        1 => json_value()
    ];
    (version, json_value(), json_value(), any::<bool>()).prop_map(|(version, a, b, record)| {
        let v = if record {
            json!({"app": "hjcp", "version": version, "lang": b, "frameworks": {"fw": a, "other": b}})
        } else {
            json!({"kind": "hjcp-answers", "version": version, "answers": a, "framework_version": b})
        };
        v.to_string()
    })
}

fn rating() -> impl Strategy<Value = Rating> {
    prop_oneof![1 => Just(Rating::NotSure), 6 => (0..=MAX_LEVEL).prop_map(Rating::Level)]
}

fn answers_for(framework: String) -> impl Strategy<Value = Answers> {
    let answer = (proptest::option::of(rating()), ".{0,20}", any::<u64>())
        .prop_map(|(rating, note, changed_ms)| Answer { rating, note, changed_ms });
    let snapshot = (any::<u64>(), proptest::collection::btree_map(".{0,6}", rating(), 0..4))
        .prop_map(|(taken_ms, ratings)| Snapshot { taken_ms, ratings });
    let estimate = (0..=MAX_LEVEL, any::<u64>())
        .prop_map(|(level, changed_ms)| Estimate { level, changed_ms });
    (
        any::<bool>(),
        proptest::option::of(any::<u8>()),
        proptest::option::of(any::<u8>()),
        proptest::option::of(".{0,8}"),
        proptest::option::of(".{0,8}"),
        proptest::collection::btree_map(".{0,8}", answer, 0..8),
        proptest::collection::vec(snapshot, 0..3),
        proptest::collection::btree_map(".{0,8}", estimate, 0..4),
        proptest::option::of(".{0,8}"),
    )
        .prop_map(
            move |(
                staff,
                q,
                y,
                current_role,
                target_role,
                answers,
                snapshots,
                estimates,
                seen_version,
            )| {
                Answers {
                    framework: framework.clone(),
                    persona: if staff { Persona::Staff } else { Persona::Applicant },
                    facts: Facts { qualification_level: q, experience_years: y, current_role },
                    target_role,
                    answers,
                    estimates,
                    snapshots,
                    seen_version,
                }
            },
        )
}

fn state() -> impl Strategy<Value = State> {
    let frameworks = proptest::collection::vec(
        ".{0,10}".prop_flat_map(|id| answers_for(id.clone()).prop_map(move |a| (id.clone(), a))),
        0..4,
    )
    .prop_map(|v| v.into_iter().collect::<BTreeMap<_, _>>());
    (
        proptest::option::of(prop_oneof![Just(Lang::En), Just(Lang::Cy)]),
        proptest::option::of(".{0,10}"),
        frameworks,
    )
        .prop_map(|(lang, active, frameworks)| State { lang, active, frameworks, place: None })
}

/// A real record with a few bytes changed, inserted or removed.
fn mutated_record() -> impl Strategy<Value = String> {
    let edit = (any::<prop::sample::Index>(), 0u8..3, any::<u8>());
    (state(), proptest::collection::vec(edit, 1..6)).prop_map(|(state, edits)| {
        let mut bytes = encode(&state).into_bytes();
        for (at, op, byte) in edits {
            if bytes.is_empty() {
                break;
            }
            let i = at.index(bytes.len());
            match op {
                0 => bytes[i] = byte,
                1 => bytes.insert(i, byte),
                _ => {
                    bytes.remove(i);
                }
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Everything promised for any input: no panic (the call returning at all), framework ids
/// kept as keys, what loads re-saves unchanged, and the strict importer never accepting
/// something the lenient one would report on.
fn check_all(text: &str) -> Result<(), TestCaseError> {
    if let Decoded::Loaded { state, .. } = decode(text) {
        for (id, answers) in &state.frameworks {
            prop_assert_eq!(id, &answers.framework);
        }
        prop_assert_eq!(decode(&encode(&state)), Decoded::Loaded { state, notices: vec![] });
    }
    let lenient = import_answers_lenient(text);
    if let Ok((answers, _)) = &lenient {
        prop_assert!(!answers.framework.is_empty());
    }
    if let Ok(answers) = import_answers(text) {
        prop_assert_eq!(lenient, Ok((answers, vec![])));
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_string_is_handled(text in ".{0,300}") {
        check_all(&text)?;
    }

    #[test]
    fn any_json_value_is_handled(value in json_value()) {
        check_all(&value.to_string())?;
    }

    #[test]
    fn any_content_in_our_envelope_is_handled(text in enveloped()) {
        check_all(&text)?;
    }

    #[test]
    fn damaged_records_are_handled(text in mutated_record()) {
        check_all(&text)?;
    }

    #[test]
    fn any_state_round_trips(state in state()) {
        prop_assert_eq!(decode(&encode(&state)), Decoded::Loaded { state, notices: vec![] });
    }

    #[test]
    fn any_answers_file_round_trips(answers in ".{1,10}".prop_flat_map(answers_for)) {
        let file = export_answers(&answers, "2025.1");
        prop_assert_eq!(import_answers(&file), Ok(answers.clone()));
        prop_assert_eq!(import_answers_lenient(&file), Ok((answers, vec![])));
    }
}

/// Found by the property above: serde reads a struct from an array of its fields, which the
/// strict importer accepted while the lenient one (rightly) refused.
#[test]
fn answers_written_as_an_array_are_refused_by_both_importers() {
    let text =
        r#"{"answers":["hjcp"],"framework_version":"hjcp","kind":"hjcp-answers","version":1}"#;
    assert!(import_answers(text).is_err());
    assert!(import_answers_lenient(text).is_err());
    let nested =
        r#"{"answers":{"framework":"fw","facts":[3,2,null]},"kind":"hjcp-answers","version":1}"#;
    assert!(import_answers(nested).is_err());
}
