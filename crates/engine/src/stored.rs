//! The formats answers leave memory in: the browser record and the downloadable answers file.
//!
//! Both are versioned JSON envelopes. Nothing here panics, whatever the input: the property
//! tests (`tests/stored_properties.rs`) and the fuzz targets (`fuzz/`) feed it arbitrary text.
//!
//! # Reading a stored record
//!
//! [`decode`] keeps everything it can and says what it could not:
//! - not JSON, too large, not ours (no `"app": "hjcp"`), or no version number: the record is
//!   [`Decoded::Unreadable`] and the shell keeps the raw text until the person decides;
//! - written by a newer widget: [`Decoded::Newer`], shown read-only and never overwritten;
//! - otherwise [`Decoded::Loaded`], read leniently, field by field: a framework entry that is not
//!   an object is set aside ([`Notice::SkippedFramework`]); inside one, a setting of the wrong
//!   type (persona, a fact, the target, a snapshot) is left out ([`Notice::SkippedField`]); and
//!   each answer is read on its own, so one unreadable rating, note or date loses only itself,
//!   never the other answers ([`Notice::SkippedAnswer`]). Unknown fields are ignored, so a
//!   record with additions from a later patch release still loads.
//!
//! A rating is a step on the framework's scale (`{"Level": n}`) or `"NotSure"`. Steps above
//! [`MAX_LEVEL`] cannot come from any framework and are treated as unreadable, rather than
//! being clamped to the top of the scale as if the person had said so.
//!
//! # Migration policy
//!
//! [`CURRENT_VERSION`] is the version [`encode`] and [`export_answers`] write. Any change to
//! the shape of either format bumps it, and the same change:
//! 1. appends a function to [`MIGRATIONS`] that turns a record of the previous version into the
//!    new shape, working on `serde_json::Value` so old records never need old Rust types;
//! 2. adds fixtures of the new version to `tests/fixtures/stored/` (`vN-*.json`), keeping every
//!    older fixture for ever: `crates/engine/tests/stored_fixtures.rs` decodes them all and
//!    checks the expected outcome, so an old record that stops loading fails the build;
//! 3. writes the new exact bytes to a `vN-encoded.json` golden file and points the
//!    byte-for-byte test at it; the old golden file stays, as one more fixture to load.
//!
//! Records of a version above [`CURRENT_VERSION`] are never migrated down or overwritten.
//! Two additions needed no new version: each framework's optional `seen_version` (the
//! framework version its answers were last given against, for telling a returning person
//! what was corrected since) and the optional `place` (the screen the person was on). Builds
//! that predate them ignore them, as unknown fields are, and neither is written when unknown,
//! so every record without them keeps the exact bytes it had (the golden file did not change).
//!
//! # Versions
//!
//! - 0: never released: pre-release builds wrote the version 1 shape, so its migration is the
//!   identity and it loads with [`Notice::Migrated`] `{ from: 0 }`.
//! - 1: answers, facts, target and snapshots per framework (`v1-*.json`).
//! - 2: adds each framework's `estimates`, the quick answer per area, by area id:
//!   `"estimates": {"area-id": {"level": 2, "changed_ms": 1767312000000}}` (`v2-*.json`). A
//!   version 1 build would ignore the field as unknown and write the record back without it,
//!   losing the estimates silently; as a version 2 record it sees a newer record and leaves it
//!   alone. A version 1 record has no estimates, so its migration is the identity: the field
//!   is simply absent, which reads as "no estimates".
//!
//! An estimate is read like an answer: one that cannot be read (not an object, no level, a
//! level that is not a step up to [`MAX_LEVEL`]) is left out with [`Notice::SkippedField`]
//! `estimates.<area id>`, and a date that is not a time loses only itself (the level is kept,
//! with the same notice); `estimates` that is not an object is `SkippedField` `estimates`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::answers::{Answer, Answers, Estimate, Facts, Persona, Rating, Snapshot};
use crate::model::{Lang, Proficiency};

/// Marks a record or file as ours, so a foreign value under our key is never misread.
pub const APP: &str = "hjcp";
pub const FILE_KIND: &str = "hjcp-answers";
pub const CURRENT_VERSION: u32 = 2;
/// Largest answers file or stored record accepted, in bytes.
pub const MAX_BYTES: usize = 512 * 1024;
/// Highest scale step a stored rating may name. Framework scales have at most 10 steps
/// (0–9); this is the same bound the link format accepts, so whatever a link loads can be
/// stored and read back. `answers::resolve` clamps anything above a framework's own top.
pub const MAX_LEVEL: Proficiency = 15;

/// `MIGRATIONS[n]` turns a record of version `n` into one of version `n + 1`, so a record of
/// version `v` goes through `MIGRATIONS[v..]`. There is one entry per version below
/// [`CURRENT_VERSION`] (a unit test checks this).
pub const MIGRATIONS: &[fn(Value) -> Value] = &[migrate_v0_to_v1, migrate_v1_to_v2];

/// Version 0 was never released; pre-release builds already wrote the version 1 shape.
fn migrate_v0_to_v1(record: Value) -> Value {
    record
}

/// Version 2 adds `estimates` to each framework's answers (and to the answers file's). A
/// version 1 record or file has none, and an absent `estimates` reads as none, so nothing moves.
fn migrate_v1_to_v2(record: Value) -> Value {
    record
}

/// Everything the widget keeps on the device.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    pub lang: Option<Lang>,
    /// The framework the person last worked on.
    pub active: Option<String>,
    /// Answers per framework id.
    pub frameworks: BTreeMap<String, Answers>,
    /// The screen the person was on, as the widget writes it down (`tasks`, `rate/<id>`…), so
    /// a reload where the browser kept no history for the page still returns there. Checked
    /// by the widget when used; absent from records written before it existed, and not
    /// written when unknown, so a record without it has exactly the bytes it had before.
    pub place: Option<String>,
}

/// Longest place read back from a record; anything longer is not one the widget wrote.
pub const MAX_PLACE_CHARS: usize = 256;
/// Longest framework version read back as `seen_version`: anything longer is not a version a
/// framework file gave (the same bound as a place; a longer value is dropped, as if unknown).
pub const MAX_SEEN_VERSION_CHARS: usize = 256;

/// The record as [`encode`] writes it (version [`CURRENT_VERSION`]).
#[derive(Serialize)]
struct Record {
    app: String,
    version: u32,
    lang: Option<String>,
    active: Option<String>,
    frameworks: BTreeMap<String, Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    place: Option<String>,
}

/// What decoding a stored record found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    /// The record was read; `notices` lists anything that had to be skipped.
    Loaded { state: State, notices: Vec<Notice> },
    /// Written by a newer widget: show it read-only and never overwrite it silently.
    Newer { version: u32 },
    /// Not ours, or unreadable: start afresh but keep the raw text until the person decides.
    Unreadable { reason: Notice },
}

/// Plain-language reasons, rendered by the UI in the person's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    NotJson,
    TooLarge {
        bytes: usize,
    },
    NotOurs,
    WrongShape {
        detail: String,
    },
    /// Answers for one framework could not be read and were set aside.
    SkippedFramework {
        id: String,
    },
    Migrated {
        from: u32,
    },
    /// The answer for one competence could not be read in full (an unknown or out-of-range
    /// rating, a note that is not text, a date that is not a time). The parts that could be
    /// read were kept; the others were left out. The other answers are unaffected.
    SkippedAnswer {
        framework: String,
        competence: String,
    },
    /// A setting saved with one framework's answers could not be read and was left out, so it
    /// is back to "not answered". `field` names it: `persona`, `target_role`, `answers`,
    /// `snapshots`, `facts`, `facts.qualification_level`, `facts.experience_years`,
    /// `facts.current_role`, or `snapshots[i]` for one dated snapshot (0 = oldest), which is
    /// left out whole if its date is unreadable and otherwise loses only unreadable ratings;
    /// `estimates`, or `estimates.<area id>` for one area's estimate, which is left out whole if
    /// its level is unreadable and otherwise loses only its date.
    SkippedField {
        framework: String,
        field: String,
    },
}

pub fn encode(state: &State) -> String {
    let record = Record {
        app: APP.into(),
        version: CURRENT_VERSION,
        lang: state.lang.map(|l| l.code().to_string()),
        active: state.active.clone(),
        frameworks: state
            .frameworks
            .iter()
            .map(|(id, a)| (id.clone(), serde_json::to_value(a).unwrap_or(Value::Null)))
            .collect(),
        place: state.place.clone(),
    };
    serde_json::to_string(&record).unwrap_or_default()
}

/// The version number of an envelope, saturated to `u32` so a huge number reads as "newer"
/// rather than wrapping round to an old version.
fn version_of(value: &Value) -> Option<u32> {
    value.get("version").and_then(Value::as_u64).map(|v| u32::try_from(v).unwrap_or(u32::MAX))
}

/// Brings a record of an older version up to the current shape (see the migration policy).
fn migrate(from: u32, mut record: Value) -> Value {
    for step in MIGRATIONS.iter().skip(from as usize) {
        record = step(record);
    }
    record
}

pub fn decode(text: &str) -> Decoded {
    if text.len() > MAX_BYTES {
        return Decoded::Unreadable { reason: Notice::TooLarge { bytes: text.len() } };
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(_) => return Decoded::Unreadable { reason: Notice::NotJson },
    };
    if value.get("app").and_then(Value::as_str) != Some(APP) {
        return Decoded::Unreadable { reason: Notice::NotOurs };
    }
    let Some(version) = version_of(&value) else {
        return Decoded::Unreadable {
            reason: Notice::WrongShape { detail: "no version number".into() },
        };
    };
    if version > CURRENT_VERSION {
        return Decoded::Newer { version };
    }
    let mut notices = Vec::new();
    if version < CURRENT_VERSION {
        notices.push(Notice::Migrated { from: version });
    }
    // `value.get("app")` found a string above, so the record is an object.
    let Value::Object(mut record) = migrate(version, value) else {
        return Decoded::Unreadable { reason: Notice::NotOurs };
    };
    let frameworks_in = match record.remove("frameworks") {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(map)) => map,
        Some(_) => {
            return Decoded::Unreadable {
                reason: Notice::WrongShape {
                    detail: "`frameworks` is not an object of answers per framework".into(),
                },
            }
        }
    };
    let mut frameworks = BTreeMap::new();
    for (id, value) in frameworks_in {
        match value {
            Value::Object(fields) => {
                let answers = answers_lenient(&id, &fields, &mut notices);
                frameworks.insert(id, answers);
            }
            _ => notices.push(Notice::SkippedFramework { id }),
        }
    }
    let state = State {
        // An unknown language code (from a later version, say) falls back to the default.
        lang: record.get("lang").and_then(Value::as_str).and_then(Lang::from_code),
        active: record.get("active").and_then(Value::as_str).map(str::to_string),
        frameworks,
        place: record
            .get("place")
            .and_then(Value::as_str)
            .filter(|p| p.chars().count() <= MAX_PLACE_CHARS)
            .map(str::to_string),
    };
    Decoded::Loaded { state, notices }
}

/// A rating as stored, if it is one this version understands and within [`MAX_LEVEL`].
fn rating(value: &Value) -> Option<Rating> {
    match Rating::deserialize(value).ok()? {
        Rating::Level(p) if p > MAX_LEVEL => None,
        r => Some(r),
    }
}

/// A field read with serde; `Err(())` when present but unreadable, `Ok(None)` when absent or null.
fn field<T: serde::de::DeserializeOwned>(
    fields: &Map<String, Value>,
    key: &str,
) -> Result<Option<T>, ()> {
    match fields.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => T::deserialize(v).map(Some).map_err(|_| ()),
    }
}

/// One framework's answers, read field by field (see the module documentation).
fn answers_lenient(
    framework: &str,
    fields: &Map<String, Value>,
    notices: &mut Vec<Notice>,
) -> Answers {
    let skipped =
        |field: &str| Notice::SkippedField { framework: framework.into(), field: field.into() };
    let mut answers = Answers::new(framework);
    match field::<Persona>(fields, "persona") {
        Ok(p) => answers.persona = p.unwrap_or_default(),
        Err(()) => notices.push(skipped("persona")),
    }
    match fields.get("facts") {
        None | Some(Value::Null) => {}
        Some(Value::Object(facts)) => {
            let mut out = Facts::default();
            match field::<u8>(facts, "qualification_level") {
                Ok(q) => out.qualification_level = q,
                Err(()) => notices.push(skipped("facts.qualification_level")),
            }
            match field::<u8>(facts, "experience_years") {
                Ok(y) => out.experience_years = y,
                Err(()) => notices.push(skipped("facts.experience_years")),
            }
            match field::<String>(facts, "current_role") {
                Ok(r) => out.current_role = r,
                Err(()) => notices.push(skipped("facts.current_role")),
            }
            answers.facts = out;
        }
        Some(_) => notices.push(skipped("facts")),
    }
    match field::<String>(fields, "target_role") {
        Ok(t) => answers.target_role = t,
        Err(()) => notices.push(skipped("target_role")),
    }
    match field::<String>(fields, "seen_version") {
        Ok(v) => answers.seen_version = v.filter(|v| v.chars().count() <= MAX_SEEN_VERSION_CHARS),
        Err(()) => notices.push(skipped("seen_version")),
    }
    match fields.get("answers") {
        None | Some(Value::Null) => {}
        Some(Value::Object(entries)) => {
            for (competence, entry) in entries {
                let (answer, complete) = answer_lenient(entry);
                if !complete {
                    notices.push(Notice::SkippedAnswer {
                        framework: framework.into(),
                        competence: competence.clone(),
                    });
                }
                if answer != Answer::default() || complete {
                    answers.answers.insert(competence.clone(), answer);
                }
            }
        }
        Some(_) => notices.push(skipped("answers")),
    }
    match fields.get("estimates") {
        None | Some(Value::Null) => {}
        Some(Value::Object(entries)) => {
            for (area, entry) in entries {
                let (estimate, complete) = estimate_lenient(entry);
                if !complete {
                    notices.push(skipped(&format!("estimates.{area}")));
                }
                if let Some(estimate) = estimate {
                    answers.estimates.insert(area.clone(), estimate);
                }
            }
        }
        Some(_) => notices.push(skipped("estimates")),
    }
    match fields.get("snapshots") {
        None | Some(Value::Null) => {}
        Some(Value::Array(list)) => {
            for (i, snapshot) in list.iter().enumerate() {
                match snapshot_lenient(snapshot) {
                    Some((snapshot, complete)) => {
                        if !complete {
                            notices.push(skipped(&format!("snapshots[{i}]")));
                        }
                        answers.snapshots.push(snapshot);
                    }
                    None => notices.push(skipped(&format!("snapshots[{i}]"))),
                }
            }
        }
        Some(_) => notices.push(skipped("snapshots")),
    }
    answers
}

/// One answer and whether every part of it could be read.
fn answer_lenient(entry: &Value) -> (Answer, bool) {
    let Value::Object(fields) = entry else { return (Answer::default(), false) };
    let mut complete = true;
    let mut answer = Answer::default();
    match fields.get("rating") {
        None | Some(Value::Null) => {}
        Some(r) => match rating(r) {
            Some(r) => answer.rating = Some(r),
            None => complete = false,
        },
    }
    match field::<String>(fields, "note") {
        Ok(note) => answer.note = note.unwrap_or_default(),
        Err(()) => complete = false,
    }
    match field::<u64>(fields, "changed_ms") {
        Ok(ms) => answer.changed_ms = ms.unwrap_or_default(),
        Err(()) => complete = false,
    }
    (answer, complete)
}

/// One area's estimate, if its level could be read, and whether all of it could be.
fn estimate_lenient(entry: &Value) -> (Option<Estimate>, bool) {
    let Value::Object(fields) = entry else { return (None, false) };
    let level = match field::<Proficiency>(fields, "level") {
        Ok(Some(level)) if level <= MAX_LEVEL => level,
        _ => return (None, false),
    };
    match field::<u64>(fields, "changed_ms") {
        Ok(ms) => (Some(Estimate { level, changed_ms: ms.unwrap_or_default() }), true),
        Err(()) => (Some(Estimate { level, changed_ms: 0 }), false),
    }
}

/// One snapshot and whether every rating in it could be read; `None` if it is not an object
/// or its date is unreadable (a snapshot is only meaningful with its date).
fn snapshot_lenient(value: &Value) -> Option<(Snapshot, bool)> {
    let Value::Object(fields) = value else { return None };
    let taken_ms = field::<u64>(fields, "taken_ms").ok()?.unwrap_or_default();
    let mut complete = true;
    let mut ratings = BTreeMap::new();
    match fields.get("ratings") {
        None | Some(Value::Null) => {}
        Some(Value::Object(entries)) => {
            for (competence, r) in entries {
                match rating(r) {
                    Some(r) => {
                        ratings.insert(competence.clone(), r);
                    }
                    None => complete = false,
                }
            }
        }
        Some(_) => complete = false,
    }
    Some((Snapshot { taken_ms, ratings }, complete))
}

/// The answers file as [`export_answers`] writes it (version [`CURRENT_VERSION`]).
#[derive(Serialize, Deserialize)]
struct AnswersFile {
    kind: String,
    version: u32,
    /// Framework version the answers were given against, for the person's information.
    #[serde(default)]
    framework_version: String,
    answers: Answers,
}

/// The downloadable answers file for one framework.
pub fn export_answers(answers: &Answers, framework_version: &str) -> String {
    let file = AnswersFile {
        kind: FILE_KIND.into(),
        version: CURRENT_VERSION,
        framework_version: framework_version.into(),
        answers: answers.clone(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Why an answers file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge { bytes: usize },
    NotJson,
    NotAnswersFile,
    Newer { version: u32 },
    WrongShape { detail: String },
}

/// The envelope checks shared by both importers; returns the `answers` object.
fn answers_file(text: &str) -> Result<Value, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let value: Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    if value.get("kind").and_then(Value::as_str) != Some(FILE_KIND) {
        return Err(ImportError::NotAnswersFile);
    }
    // Every answers file ever exported has a version number, as every stored record has.
    let Some(version) = version_of(&value) else {
        return Err(ImportError::WrongShape { detail: "no version number".into() });
    };
    if version > CURRENT_VERSION {
        return Err(ImportError::Newer { version });
    }
    Ok(migrate(version, value))
}

fn says_which_framework(answers: &Answers) -> Result<(), ImportError> {
    if answers.framework.is_empty() {
        return Err(ImportError::WrongShape {
            detail: "the file does not say which framework it is for".into(),
        });
    }
    Ok(())
}

/// Reads an answers file strictly: any part that cannot be read refuses the whole file.
/// [`import_answers_lenient`] keeps what it can instead and says what it left out.
pub fn import_answers(text: &str) -> Result<Answers, ImportError> {
    let value = answers_file(text)?;
    // Serde alone also accepts shapes this tool never writes (a struct as an array of its
    // fields in order, at any depth), so the file must also read in full the lenient way.
    let lenient = answers_from_file(&value);
    let file: AnswersFile = serde_json::from_value(value)
        .map_err(|e| ImportError::WrongShape { detail: e.to_string() })?;
    let (_, skipped) = lenient?;
    if !skipped.is_empty() {
        return Err(ImportError::WrongShape {
            detail: "part of the file is not in the shape this tool writes".into(),
        });
    }
    says_which_framework(&file.answers)?;
    let ratings = file.answers.answers.values().filter_map(|a| a.rating);
    let snapshot_ratings = file.answers.snapshots.iter().flat_map(|s| s.ratings.values().copied());
    let estimates = file.answers.estimates.values().map(|e| Rating::Level(e.level));
    if ratings
        .chain(snapshot_ratings)
        .chain(estimates)
        .any(|r| matches!(r, Rating::Level(p) if p > MAX_LEVEL))
    {
        return Err(ImportError::WrongShape {
            detail: format!(
                "a rating or estimate is above step {MAX_LEVEL}, higher than any scale has"
            ),
        });
    }
    Ok(file.answers)
}

/// Reads an answers file the way [`decode`] reads a stored record: the envelope and the
/// framework id must be right, but inside, each answer and setting is read on its own and
/// the ones that cannot be are left out and reported as [`Notice::SkippedAnswer`] and
/// [`Notice::SkippedField`] (with the file's framework id).
pub fn import_answers_lenient(text: &str) -> Result<(Answers, Vec<Notice>), ImportError> {
    answers_from_file(&answers_file(text)?)
}

/// The lenient reading of an answers file already parsed and migrated by `answers_file`.
fn answers_from_file(value: &Value) -> Result<(Answers, Vec<Notice>), ImportError> {
    let Some(Value::Object(fields)) = value.get("answers") else {
        return Err(ImportError::WrongShape { detail: "the file has no answers".into() });
    };
    let framework = match fields.get("framework") {
        Some(Value::String(id)) => id.clone(),
        _ => String::new(),
    };
    let mut notices = Vec::new();
    let answers = answers_lenient(&framework, fields, &mut notices);
    says_which_framework(&answers)?;
    Ok((answers, notices))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Rating;

    fn sample() -> State {
        let mut a = Answers::new("fw");
        a.set_rating("c1", Some(Rating::Level(2)), 10);
        a.set_note("c1", "Led a case review", 11);
        a.set_estimate("area-1", Some(3), 12);
        State {
            lang: Some(Lang::Cy),
            active: Some("fw".into()),
            frameworks: [("fw".to_string(), a)].into(),
            place: None,
        }
    }

    #[test]
    fn the_place_is_kept_when_known_and_absent_otherwise() {
        let mut state = sample();
        assert!(!encode(&state).contains("place"), "no place, no field: the bytes of before");
        state.place = Some("rate/c1>check".into());
        let Decoded::Loaded { state: back, notices } = decode(&encode(&state)) else {
            panic!("loads")
        };
        assert_eq!((back, notices), (state.clone(), vec![]));
        let long = encode(&State { place: Some("x".repeat(MAX_PLACE_CHARS + 1)), ..state });
        let Decoded::Loaded { state: back, .. } = decode(&long) else { panic!("loads") };
        assert_eq!(back.place, None, "a place longer than any the widget writes is not read");
    }

    #[test]
    fn round_trips() {
        let state = sample();
        assert_eq!(decode(&encode(&state)), Decoded::Loaded { state, notices: vec![] });
    }

    #[test]
    fn reports_bad_input_without_panicking() {
        assert_eq!(decode("{not json"), Decoded::Unreadable { reason: Notice::NotJson });
        assert_eq!(decode(r#"{"theme":"dark"}"#), Decoded::Unreadable { reason: Notice::NotOurs });
        assert_eq!(decode(r#"{"app":"hjcp","version":9}"#), Decoded::Newer { version: 9 });
        assert!(matches!(
            decode(&"x".repeat(MAX_BYTES + 1)),
            Decoded::Unreadable { reason: Notice::TooLarge { .. } }
        ));
    }

    #[test]
    fn one_broken_framework_does_not_lose_the_others() {
        let text = r#"{"app":"hjcp","version":2,"frameworks":{"good":{"answers":{}},"bad":7,"odd":{"answers":7}}}"#;
        let Decoded::Loaded { state, notices } = decode(text) else { panic!("should load") };
        assert!(state.frameworks.contains_key("good"));
        assert!(!state.frameworks.contains_key("bad"));
        assert_eq!(state.frameworks["odd"], Answers::new("odd"));
        assert_eq!(
            notices,
            vec![
                Notice::SkippedFramework { id: "bad".into() },
                Notice::SkippedField { framework: "odd".into(), field: "answers".into() },
            ]
        );
    }

    #[test]
    fn one_broken_answer_does_not_lose_the_others() {
        let text = r#"{"app":"hjcp","version":2,"frameworks":{"fw":{"answers":{
            "a":{"rating":{"Level":1}},
            "b":{"rating":"Sometimes","note":"kept"},
            "c":{"rating":{"Level":99}},
            "d":"not an answer"}}}}"#;
        let Decoded::Loaded { state, notices } = decode(text) else { panic!("should load") };
        let fw = &state.frameworks["fw"];
        assert_eq!(fw.rating("a"), Some(Rating::Level(1)));
        assert_eq!((fw.rating("b"), fw.answers["b"].note.as_str()), (None, "kept"));
        assert!(!fw.answers.contains_key("c") && !fw.answers.contains_key("d"));
        let skipped: Vec<&str> = notices
            .iter()
            .map(|n| match n {
                Notice::SkippedAnswer { competence, .. } => competence.as_str(),
                other => panic!("unexpected {other:?}"),
            })
            .collect();
        assert_eq!(skipped, ["b", "c", "d"]);
    }

    #[test]
    fn one_broken_estimate_does_not_lose_the_others_or_any_answer() {
        let text = r#"{"app":"hjcp","version":2,"frameworks":{"fw":{
            "answers":{"a":{"rating":{"Level":1}}},
            "estimates":{
                "good":{"level":2,"changed_ms":5},
                "undated":{"level":1},
                "bad-date":{"level":3,"changed_ms":"today"},
                "too-high":{"level":16},
                "no-level":{"changed_ms":5},
                "text":{"level":"high"},
                "not-object":2}},
            "odd":{"estimates":[1,2]}}}"#;
        let Decoded::Loaded { state, notices } = decode(text) else { panic!("should load") };
        let fw = &state.frameworks["fw"];
        assert_eq!(fw.rating("a"), Some(Rating::Level(1)));
        assert_eq!(
            fw.estimates,
            BTreeMap::from([
                ("bad-date".to_string(), Estimate { level: 3, changed_ms: 0 }),
                ("good".to_string(), Estimate { level: 2, changed_ms: 5 }),
                ("undated".to_string(), Estimate { level: 1, changed_ms: 0 }),
            ])
        );
        assert!(state.frameworks["odd"].estimates.is_empty());
        let skipped: Vec<String> = notices
            .iter()
            .map(|n| match n {
                Notice::SkippedField { framework, field } => format!("{framework}.{field}"),
                other => panic!("unexpected {other:?}"),
            })
            .collect();
        assert_eq!(
            skipped,
            [
                "fw.estimates.bad-date",
                "fw.estimates.no-level",
                "fw.estimates.not-object",
                "fw.estimates.text",
                "fw.estimates.too-high",
                "odd.estimates"
            ]
        );
    }

    #[test]
    fn a_version_1_record_loads_without_estimates_and_says_it_was_migrated() {
        let text = r#"{"app":"hjcp","version":1,"frameworks":{"fw":{"answers":{"a":{"rating":"NotSure"}}}}}"#;
        let Decoded::Loaded { state, notices } = decode(text) else { panic!("should load") };
        assert_eq!(notices, vec![Notice::Migrated { from: 1 }]);
        assert_eq!(state.frameworks["fw"].rating("a"), Some(Rating::NotSure));
        assert!(state.frameworks["fw"].estimates.is_empty());
    }

    #[test]
    fn an_answers_file_with_a_bad_estimate_is_refused_strictly_and_read_leniently() {
        let text = r#"{"kind":"hjcp-answers","version":2,"answers":{"framework":"fw",
            "answers":{"a":{"rating":{"Level":1}}},
            "estimates":{"good":{"level":2},"bad":{"level":99}}}}"#;
        assert!(matches!(import_answers(text), Err(ImportError::WrongShape { .. })));
        let (answers, notices) = import_answers_lenient(text).unwrap();
        assert_eq!(
            (answers.rating("a"), answers.estimate("good")),
            (Some(Rating::Level(1)), Some(2))
        );
        assert_eq!(answers.estimate("bad"), None);
        assert_eq!(
            notices,
            vec![Notice::SkippedField { framework: "fw".into(), field: "estimates.bad".into() }]
        );
    }

    #[test]
    fn the_version_seen_is_kept_and_a_bad_one_costs_only_itself() {
        let mut state = State::default();
        let mut answers = Answers::new("fw");
        answers.seen_version = Some("2026.12".into());
        state.frameworks.insert("fw".into(), answers);
        let text = encode(&state);
        assert!(text.contains(r#""seen_version":"2026.12""#), "{text}");
        assert_eq!(decode(&text), Decoded::Loaded { state, notices: vec![] });
        let bad = r#"{"app":"hjcp","version":2,"frameworks":{"fw":{"target_role":"x","seen_version":7}}}"#;
        let Decoded::Loaded { state, notices } = decode(bad) else { panic!("loads") };
        assert_eq!(state.frameworks["fw"].target_role.as_deref(), Some("x"));
        assert_eq!(state.frameworks["fw"].seen_version, None);
        assert_eq!(
            notices,
            vec![Notice::SkippedField { framework: "fw".into(), field: "seen_version".into() }]
        );
    }

    #[test]
    fn a_version_too_big_for_u32_is_newer_not_wrapped_round() {
        assert_eq!(
            decode(r#"{"app":"hjcp","version":4294967297}"#),
            Decoded::Newer { version: u32::MAX }
        );
        assert_eq!(
            import_answers(
                r#"{"kind":"hjcp-answers","version":4294967296,"answers":{"framework":"fw"}}"#
            ),
            Err(ImportError::Newer { version: u32::MAX })
        );
    }

    #[test]
    fn one_migration_per_past_version() {
        assert_eq!(MIGRATIONS.len(), CURRENT_VERSION as usize);
    }

    #[test]
    fn answers_file_round_trips_and_rejects_foreign_files() {
        let answers = sample().frameworks.remove("fw").unwrap();
        assert_eq!(import_answers(&export_answers(&answers, "1")), Ok(answers.clone()));
        assert_eq!(import_answers_lenient(&export_answers(&answers, "1")), Ok((answers, vec![])));
        assert_eq!(import_answers("[]"), Err(ImportError::NotAnswersFile));
        assert_eq!(
            import_answers(r#"{"kind":"hjcp-answers","version":5,"answers":{}}"#),
            Err(ImportError::Newer { version: 5 })
        );
    }
}
