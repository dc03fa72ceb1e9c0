//! The shareable link format: a person's answers packed into a URL *fragment*.
//!
//! A fragment (`#…`) is never sent to a server by the browser, so a link made here carries the
//! answers from one browser to another without them passing through anyone's logs. The payload
//! is base64url (RFC 4648 §5, no padding) of a compact JSON object with one-letter keys:
//!
//! ```json
//! {"v":2,"f":"framework-id","p":"s","q":3,"y":5,"c":"current-role","t":"target-role",
//!  "r":{"competence-id":2,"other-competence":"?"},"e":{"area-id":1}}
//! ```
//!
//! `v` version (required), `f` framework id (required), `p` persona (`"a"` applicant, `"s"`
//! staff), `q` qualification level (0–8, 0 = no formal qualifications), `y` years of experience
//! (0–50), `c` current role, `t` target role, `r` ratings (a step on the scale, or `"?"` for
//! "not sure"), `e` estimates by area id (a step on the scale; see [`crate::answers`]).
//! Omitted keys mean "not answered".
//!
//! Versions: 1 had no `e`; 2 added it. Links of both versions are read (a version 1 link that
//! has an `e` is refused, as no version 1 link had one); `encode` writes version 2.
//!
//! Deliberately left out: evidence notes (free text that may be personal, and long), snapshots
//! and the times answers changed. The answers file (`stored::export_answers`) carries everything.
//!
//! Decoding is strict (anything malformed is refused with a reason, never half-loaded) and
//! never panics, whatever the input. Like the rest of the engine, no IO and no clock.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::answers::{Answer, Answers, Estimate, Facts, Persona, Rating};

/// Version of the link payload written by `encode` (see the module documentation).
pub const LINK_VERSION: u32 = 2;
/// What marks a URL fragment as carrying answers: `#hjcp-answers=<payload>`.
pub const FRAGMENT_PREFIX: &str = "hjcp-answers=";
/// Longest payload accepted, in characters. Browsers accept far longer URLs, but a link this
/// long is already awkward to share; answers for the largest framework take about 2,000.
pub const MAX_LINK_CHARS: usize = 16_000;
/// Most ratings a link may carry (more than any framework has competences).
pub const MAX_RATINGS: usize = 1_000;
/// Most estimates a link may carry (more than any framework has areas).
pub const MAX_ESTIMATES: usize = 100;
/// Longest id accepted for a framework, role or competence.
pub const MAX_ID_CHARS: usize = 100;
/// Highest qualification level (RQF / CQFW 8 = doctorate).
pub const MAX_QUALIFICATION_LEVEL: u8 = 8;
/// Most years of experience a person can state.
pub const MAX_EXPERIENCE_YEARS: u8 = 50;
/// Highest step index accepted in a rating (scales are far shorter; `resolve` clamps).
const MAX_STEP: u64 = 15;

/// Why a link could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Longer than `MAX_LINK_CHARS`: refused before decoding.
    TooLong { chars: usize },
    /// Not base64url, not UTF-8 JSON, or not one of our links: probably cut short when copied.
    Damaged,
    /// Made by a newer version of the tool.
    Newer { version: u32 },
    /// Well formed, but a value is out of range or of the wrong kind.
    Invalid { detail: String },
}

/// The payload, of either version (version 1 has no `e`).
#[derive(Serialize, Deserialize)]
struct Link {
    v: u32,
    f: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    p: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    q: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    y: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    c: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    t: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    r: BTreeMap<String, Value>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    e: BTreeMap<String, Value>,
}

/// Packs the answers into a fragment payload (without the leading `#` or the prefix).
pub fn encode(answers: &Answers) -> String {
    let link = Link {
        v: LINK_VERSION,
        f: answers.framework.clone(),
        p: Some(match answers.persona {
            Persona::Applicant => "a".into(),
            Persona::Staff => "s".into(),
        }),
        q: answers.facts.qualification_level,
        y: answers.facts.experience_years,
        // Only staff hold a role; never write what `decode` would refuse.
        c: answers.facts.current_role.clone().filter(|_| answers.persona == Persona::Staff),
        t: answers.target_role.clone(),
        r: answers
            .answers
            .iter()
            .filter_map(|(id, a)| {
                a.rating.map(|r| {
                    let value = match r {
                        Rating::Level(p) => Value::from(p),
                        Rating::NotSure => Value::from("?"),
                    };
                    (id.clone(), value)
                })
            })
            .collect(),
        e: answers.estimates.iter().map(|(id, e)| (id.clone(), Value::from(e.level))).collect(),
    };
    base64url_encode(serde_json::to_string(&link).unwrap_or_default().as_bytes())
}

/// Unpacks a fragment payload made by `encode`, of this version or version 1. The answers come
/// back without notes, snapshots or change times (`changed_ms` is 0, for ratings and estimates
/// alike): the caller stamps them if it wants to.
pub fn decode(payload: &str) -> Result<Answers, LinkError> {
    let chars = payload.chars().count();
    if chars > MAX_LINK_CHARS {
        return Err(LinkError::TooLong { chars });
    }
    let bytes = base64url_decode(payload.trim()).ok_or(LinkError::Damaged)?;
    // Read as text, like the stored record and the answers file: one JSON reader in the wasm
    // (`from_slice` would compile a second one). Bytes that are not UTF-8 are damage either way.
    let text = std::str::from_utf8(&bytes).map_err(|_| LinkError::Damaged)?;
    let value: Value = serde_json::from_str(text).map_err(|_| LinkError::Damaged)?;
    let version = value.get("v").and_then(Value::as_u64).ok_or(LinkError::Damaged)?;
    if version > LINK_VERSION as u64 {
        return Err(LinkError::Newer { version: version.min(u32::MAX as u64) as u32 });
    }
    if version == 0 {
        return Err(LinkError::Damaged);
    }
    if version == 1 && value.get("e").is_some() {
        return Err(invalid("a version 1 link has no estimates".into()));
    }
    let link: Link = serde_json::from_value(value).map_err(|e| invalid(format!("{e}")))?;

    check_id("framework", &link.f)?;
    let persona = match link.p.as_deref() {
        None | Some("a") => Persona::Applicant,
        Some("s") => Persona::Staff,
        Some(other) => return Err(invalid(format!("unknown persona {other:?}"))),
    };
    if let Some(q) = link.q {
        if q > MAX_QUALIFICATION_LEVEL {
            return Err(invalid(format!(
                "qualification level {q} is above {MAX_QUALIFICATION_LEVEL}"
            )));
        }
    }
    if let Some(y) = link.y {
        if y > MAX_EXPERIENCE_YEARS {
            return Err(invalid(format!(
                "{y} years of experience is more than {MAX_EXPERIENCE_YEARS}"
            )));
        }
    }
    for (what, id) in [("current role", &link.c), ("target role", &link.t)] {
        if let Some(id) = id {
            check_id(what, id)?;
        }
    }
    if persona == Persona::Applicant && link.c.is_some() {
        return Err(invalid("an applicant cannot have a current role".into()));
    }
    if link.r.len() > MAX_RATINGS {
        return Err(invalid(format!("{} ratings is more than {MAX_RATINGS}", link.r.len())));
    }
    let mut answers = BTreeMap::new();
    for (id, value) in link.r {
        check_id("competence", &id)?;
        let rating = match &value {
            Value::String(s) if s == "?" => Rating::NotSure,
            Value::Number(n) => match n.as_u64() {
                Some(step) if step <= MAX_STEP => Rating::Level(step as u8),
                _ => return Err(invalid(format!("rating {n} for {id} is not a step on a scale"))),
            },
            other => {
                return Err(invalid(format!("rating {other} for {id} is not a step on a scale")))
            }
        };
        answers.insert(id, Answer { rating: Some(rating), ..Answer::default() });
    }
    if link.e.len() > MAX_ESTIMATES {
        return Err(invalid(format!("{} estimates is more than {MAX_ESTIMATES}", link.e.len())));
    }
    let mut estimates = BTreeMap::new();
    for (id, value) in link.e {
        check_id("area", &id)?;
        let level = match value.as_u64() {
            Some(step) if step <= MAX_STEP => step as u8,
            _ => {
                return Err(invalid(format!("estimate {value} for {id} is not a step on a scale")))
            }
        };
        estimates.insert(id, Estimate { level, changed_ms: 0 });
    }
    Ok(Answers {
        framework: link.f,
        persona,
        facts: Facts {
            qualification_level: link.q,
            experience_years: link.y,
            current_role: link.c,
        },
        target_role: link.t,
        answers,
        estimates,
        snapshots: Vec::new(),
        // A link does not say which version its sender saw: the receiver is told every
        // correction that concerns the roles it names.
        seen_version: None,
    })
}

/// The payload of a `location.hash` that carries answers (`#hjcp-answers=…`), or `None` for
/// any other fragment (such as the skip link's `#hjcp-main`).
pub fn fragment_payload(hash: &str) -> Option<&str> {
    hash.strip_prefix('#').unwrap_or(hash).strip_prefix(FRAGMENT_PREFIX)
}

fn invalid(detail: String) -> LinkError {
    LinkError::Invalid { detail }
}

/// Ids as the framework files allow them: lowercase letters, digits, hyphens and dots.
fn check_id(what: &str, id: &str) -> Result<(), LinkError> {
    let ok = !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.');
    if ok {
        Ok(())
    } else {
        Err(invalid(format!(
            "{what} id {:?} is not a valid id",
            id.chars().take(MAX_ID_CHARS).collect::<String>()
        )))
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Decodes unpadded base64url; trailing `=` padding is tolerated. `None` on any other character
/// or an impossible length.
fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=').as_bytes();
    if text.len() % 4 == 1 {
        return None;
    }
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> Answers {
        let mut a = Answers::new("hmpps-career-pathways");
        a.persona = Persona::Staff;
        a.facts = Facts {
            qualification_level: Some(3),
            experience_years: Some(12),
            current_role: Some("prison-officer".into()),
        };
        a.target_role = Some("custodial-manager".into());
        a.set_rating("leading-me", Some(Rating::Level(2)), 5);
        a.set_rating("safety", Some(Rating::NotSure), 6);
        a.set_estimate("keeping-safe", Some(1), 7);
        a
    }

    /// What survives the trip: everything except notes, snapshots and change times.
    fn shareable(a: &Answers) -> Answers {
        let mut a = a.clone();
        a.snapshots.clear();
        a.answers.retain(|_, x| x.rating.is_some());
        for x in a.answers.values_mut() {
            x.note.clear();
            x.changed_ms = 0;
        }
        for e in a.estimates.values_mut() {
            e.changed_ms = 0;
        }
        a
    }

    #[test]
    fn round_trips_ratings_estimates_persona_facts_and_target() {
        let a = sample();
        assert_eq!(decode(&encode(&a)), Ok(shareable(&a)));
    }

    #[test]
    fn leaves_out_notes_and_snapshots() {
        let mut a = sample();
        a.set_note("leading-me", "Named a colleague in a case review", 7);
        a.set_note("unrated", "A note without a rating", 8);
        a.take_snapshot(9);
        let payload = encode(&a);
        let json = String::from_utf8(base64url_decode(&payload).unwrap()).unwrap();
        assert!(!json.contains("colleague") && !json.contains("without"), "{json}");
        assert_eq!(decode(&payload), Ok(shareable(&a)));
    }

    #[test]
    fn payload_is_compact_url_safe_and_stable() {
        let payload = encode(&sample());
        assert!(
            payload.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
            "{payload}"
        );
        let json = String::from_utf8(base64url_decode(&payload).unwrap()).unwrap();
        expect_test::expect![[r#"{"v":2,"f":"hmpps-career-pathways","p":"s","q":3,"y":12,"c":"prison-officer","t":"custodial-manager","r":{"leading-me":2,"safety":"?"},"e":{"keeping-safe":1}}"#]]
            .assert_eq(&json);
    }

    /// A link made before estimates (version 1) still opens, as it always did.
    #[test]
    fn reads_a_version_1_link() {
        let v1 = r#"{"v":1,"f":"hmpps-career-pathways","p":"s","q":3,"y":12,"c":"prison-officer","t":"custodial-manager","r":{"leading-me":2,"safety":"?"}}"#;
        let mut expected = shareable(&sample());
        expected.estimates.clear();
        assert_eq!(decode(&base64url_encode(v1.as_bytes())), Ok(expected));
        // A payload as version 1 encoded it, byte for byte.
        assert_eq!(
            decode("eyJ2IjoxLCJmIjoiZnciLCJyIjp7ImMxIjoxfX0").map(|a| a.rating("c1")),
            Ok(Some(Rating::Level(1)))
        );
    }

    #[test]
    fn empty_answers_round_trip() {
        let a = Answers::new("fw");
        assert_eq!(decode(&encode(&a)), Ok(a));
    }

    #[test]
    fn finds_the_payload_only_behind_our_prefix() {
        assert_eq!(fragment_payload("#hjcp-answers=abc"), Some("abc"));
        assert_eq!(fragment_payload("hjcp-answers=abc"), Some("abc"));
        assert_eq!(fragment_payload("#hjcp-main"), None);
        assert_eq!(fragment_payload(""), None);
    }

    #[test]
    fn base64url_matches_rfc_4648_test_vectors() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), coded);
            assert_eq!(base64url_decode(coded).as_deref(), Some(plain.as_bytes()));
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode("Zg=="), Some(b"f".to_vec()));
    }

    #[test]
    fn refuses_garbage_with_a_reason() {
        assert_eq!(decode(""), Err(LinkError::Damaged));
        assert_eq!(decode("not base64!"), Err(LinkError::Damaged));
        assert_eq!(decode("A"), Err(LinkError::Damaged));
        assert_eq!(decode(&base64url_encode(b"{not json")), Err(LinkError::Damaged));
        assert_eq!(decode(&base64url_encode(&[0xff, 0xfe, 0x00])), Err(LinkError::Damaged));
        assert_eq!(decode(&base64url_encode(br#"{"theme":"dark"}"#)), Err(LinkError::Damaged));
        assert_eq!(decode(&base64url_encode(br#"[1,2]"#)), Err(LinkError::Damaged));
        assert_eq!(
            decode(&base64url_encode(br#"{"v":3,"f":"fw"}"#)),
            Err(LinkError::Newer { version: 3 })
        );
        assert!(
            matches!(decode(&"A".repeat(MAX_LINK_CHARS + 1)), Err(LinkError::TooLong { chars }) if chars == MAX_LINK_CHARS + 1)
        );
    }

    #[test]
    fn refuses_values_out_of_range() {
        let bad = |json: &str| match decode(&base64url_encode(json.as_bytes())) {
            Err(LinkError::Invalid { detail }) => detail,
            other => panic!("{json} gave {other:?}"),
        };
        assert!(bad(r#"{"v":1}"#).contains("f"));
        assert!(bad(r#"{"v":1,"f":""}"#).contains("framework"));
        assert!(bad(r#"{"v":1,"f":"Bad Id"}"#).contains("framework"));
        assert!(bad(r#"{"v":1,"f":"fw","q":9}"#).contains("qualification"));
        assert!(bad(r#"{"v":1,"f":"fw","y":51}"#).contains("experience"));
        assert!(bad(r#"{"v":1,"f":"fw","y":-1}"#).contains("-1"));
        assert!(bad(r#"{"v":1,"f":"fw","p":"x"}"#).contains("persona"));
        assert!(bad(r#"{"v":1,"f":"fw","p":"a","c":"officer"}"#).contains("current role"));
        assert!(bad(r#"{"v":1,"f":"fw","t":"<script>"}"#).contains("target role"));
        assert!(bad(r#"{"v":1,"f":"fw","r":{"c1":16}}"#).contains("c1"));
        assert!(bad(r#"{"v":1,"f":"fw","r":{"c1":1.5}}"#).contains("c1"));
        assert!(bad(r#"{"v":1,"f":"fw","r":{"c1":"3"}}"#).contains("c1"));
        assert!(bad(r#"{"v":1,"f":"fw","r":{"c1":null}}"#).contains("c1"));
        assert!(bad(r#"{"v":1,"f":"fw","r":{"C 1":1}}"#).contains("competence"));
        let many: BTreeMap<String, u8> = (0..=MAX_RATINGS).map(|i| (format!("c{i}"), 1)).collect();
        let json = serde_json::json!({"v": 1, "f": "fw", "r": many}).to_string();
        assert!(bad(&json).contains("ratings"));
        assert!(bad(r#"{"v":1,"f":"fw","e":{"a1":1}}"#).contains("version 1"));
        assert!(bad(r#"{"v":2,"f":"fw","e":{"a1":16}}"#).contains("a1"));
        assert!(bad(r#"{"v":2,"f":"fw","e":{"a1":"?"}}"#).contains("a1"));
        assert!(bad(r#"{"v":2,"f":"fw","e":{"a1":-1}}"#).contains("a1"));
        assert!(bad(r#"{"v":2,"f":"fw","e":{"a1":1.5}}"#).contains("a1"));
        assert!(bad(r#"{"v":2,"f":"fw","e":{"a1":null}}"#).contains("a1"));
        assert!(bad(r#"{"v":2,"f":"fw","e":{"A 1":1}}"#).contains("area"));
        assert!(bad(r#"{"v":2,"f":"fw","e":[1]}"#).contains("map"));
        assert!(bad(r#"{"v":2,"f":"fw","e":null}"#).contains("map"));
        let many: BTreeMap<String, u8> =
            (0..=MAX_ESTIMATES).map(|i| (format!("a{i}"), 1)).collect();
        let json = serde_json::json!({"v": 2, "f": "fw", "e": many}).to_string();
        assert!(bad(&json).contains("estimates"));
    }

    fn id() -> impl Strategy<Value = String> {
        "[a-z0-9][a-z0-9.-]{0,20}"
    }

    fn answers() -> impl Strategy<Value = Answers> {
        (
            id(),
            any::<bool>(),
            proptest::option::of(0u8..=8),
            proptest::option::of(0u8..=50),
            proptest::option::of(id()),
            proptest::option::of(id()),
            proptest::collection::btree_map(id(), proptest::option::of(0u8..=15), 0..40),
            proptest::collection::btree_map(id(), (0u8..=15, any::<u64>()), 0..12),
        )
            .prop_map(|(f, staff, q, y, c, t, ratings, estimates)| {
                let mut a = Answers::new(f);
                a.persona = if staff { Persona::Staff } else { Persona::Applicant };
                a.facts = Facts {
                    qualification_level: q,
                    experience_years: y,
                    current_role: if staff { c } else { None },
                };
                a.target_role = t;
                for (id, r) in ratings {
                    a.set_rating(&id, Some(r.map_or(Rating::NotSure, Rating::Level)), 0);
                }
                for (id, (level, at)) in estimates {
                    a.set_estimate(&id, Some(level), at);
                }
                a
            })
    }

    proptest! {
        #[test]
        fn any_answers_round_trip(a in answers()) {
            prop_assert_eq!(decode(&encode(&a)), Ok(shareable(&a)));
        }

        #[test]
        fn any_text_is_refused_or_read_without_panicking(s in "\\PC{0,200}") {
            let _ = decode(&s);
        }

        #[test]
        fn any_bytes_behind_base64url_are_handled(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = decode(&base64url_encode(&bytes));
        }
    }
}
