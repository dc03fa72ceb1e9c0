//! The formats answers leave memory in: the browser record and the downloadable answers file.
//!
//! Both are versioned JSON envelopes, decoded leniently: the decoder returns what it could
//! keep plus plain-language notices, and never panics on any input. A record written by a
//! newer version of the widget is reported as such so the shell can refuse to overwrite it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::answers::Answers;
use crate::model::Lang;

/// Marks a record or file as ours, so a foreign value under our key is never misread.
pub const APP: &str = "hjcp";
pub const FILE_KIND: &str = "hjcp-answers";
pub const CURRENT_VERSION: u32 = 1;
/// Largest answers file or stored record accepted, in bytes.
pub const MAX_BYTES: usize = 512 * 1024;

/// Everything the widget keeps on the device.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    pub lang: Option<Lang>,
    /// The framework the person last worked on.
    pub active: Option<String>,
    /// Answers per framework id.
    pub frameworks: BTreeMap<String, Answers>,
}

#[derive(Serialize, Deserialize)]
struct RecordV1 {
    app: String,
    version: u32,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    active: Option<String>,
    #[serde(default)]
    frameworks: BTreeMap<String, Value>,
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
    TooLarge { bytes: usize },
    NotOurs,
    WrongShape { detail: String },
    /// Answers for one framework could not be read and were set aside.
    SkippedFramework { id: String },
    Migrated { from: u32 },
}

pub fn encode(state: &State) -> String {
    let record = RecordV1 {
        app: APP.into(),
        version: CURRENT_VERSION,
        lang: state.lang.map(|l| l.code().to_string()),
        active: state.active.clone(),
        frameworks: state
            .frameworks
            .iter()
            .map(|(id, a)| (id.clone(), serde_json::to_value(a).unwrap_or(Value::Null)))
            .collect(),
    };
    serde_json::to_string(&record).unwrap_or_default()
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
    let version = match value.get("version").and_then(Value::as_u64) {
        Some(v) => v as u32,
        None => return Decoded::Unreadable { reason: Notice::WrongShape { detail: "no version number".into() } },
    };
    if version > CURRENT_VERSION {
        return Decoded::Newer { version };
    }
    // Version 0 was never released; later versions add migrations here, each with a fixture.
    let record: RecordV1 = match serde_json::from_value(value) {
        Ok(r) => r,
        Err(e) => return Decoded::Unreadable { reason: Notice::WrongShape { detail: e.to_string() } },
    };
    let mut notices = Vec::new();
    if version < CURRENT_VERSION {
        notices.push(Notice::Migrated { from: version });
    }
    let mut frameworks = BTreeMap::new();
    for (id, value) in record.frameworks {
        match serde_json::from_value::<Answers>(value) {
            Ok(mut answers) => {
                answers.framework = id.clone();
                frameworks.insert(id, answers);
            }
            Err(_) => notices.push(Notice::SkippedFramework { id }),
        }
    }
    let state = State {
        lang: record.lang.as_deref().and_then(Lang::from_code),
        active: record.active,
        frameworks,
    };
    Decoded::Loaded { state, notices }
}

#[derive(Serialize, Deserialize)]
struct AnswersFileV1 {
    kind: String,
    version: u32,
    /// Framework version the answers were given against, for the person's information.
    #[serde(default)]
    framework_version: String,
    answers: Answers,
}

/// The downloadable answers file for one framework.
pub fn export_answers(answers: &Answers, framework_version: &str) -> String {
    let file = AnswersFileV1 {
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

pub fn import_answers(text: &str) -> Result<Answers, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let value: Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    if value.get("kind").and_then(Value::as_str) != Some(FILE_KIND) {
        return Err(ImportError::NotAnswersFile);
    }
    let version = value.get("version").and_then(Value::as_u64).unwrap_or(0) as u32;
    if version > CURRENT_VERSION {
        return Err(ImportError::Newer { version });
    }
    let file: AnswersFileV1 = serde_json::from_value(value).map_err(|e| ImportError::WrongShape { detail: e.to_string() })?;
    if file.answers.framework.is_empty() {
        return Err(ImportError::WrongShape { detail: "the file does not say which framework it is for".into() });
    }
    Ok(file.answers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Rating;

    fn sample() -> State {
        let mut a = Answers::new("fw");
        a.set_rating("c1", Some(Rating::Level(2)), 10);
        a.set_note("c1", "Led a case review", 11);
        State { lang: Some(Lang::Cy), active: Some("fw".into()), frameworks: [("fw".to_string(), a)].into() }
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
        assert!(matches!(decode(&"x".repeat(MAX_BYTES + 1)), Decoded::Unreadable { reason: Notice::TooLarge { .. } }));
    }

    #[test]
    fn one_broken_framework_does_not_lose_the_others() {
        let text = r#"{"app":"hjcp","version":1,"frameworks":{"good":{"answers":{}},"bad":{"answers":7}}}"#;
        let Decoded::Loaded { state, notices } = decode(text) else { panic!("should load") };
        assert!(state.frameworks.contains_key("good"));
        assert_eq!(notices, vec![Notice::SkippedFramework { id: "bad".into() }]);
    }

    #[test]
    fn answers_file_round_trips_and_rejects_foreign_files() {
        let answers = sample().frameworks.remove("fw").unwrap();
        assert_eq!(import_answers(&export_answers(&answers, "1")), Ok(answers));
        assert_eq!(import_answers("[]"), Err(ImportError::NotAnswersFile));
        assert_eq!(import_answers(r#"{"kind":"hjcp-answers","version":5,"answers":{}}"#), Err(ImportError::Newer { version: 5 }));
    }
}
