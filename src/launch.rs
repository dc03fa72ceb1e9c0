//! Launch parameters: what the embedding page (or a link) asks the widget to start with.
//!
//! Read from the URL query (`?framework=…&target=…&lang=cy&persona=staff&ns=…&host=…&arrival=…`); the
//! embed script turns a host page's `data-*` attributes into that query. Every value is
//! validated against the catalog; a bad one is ignored and reported in plain words, so a
//! mistyped snippet gives a working widget and a message saying what to fix.
//! Pure: takes the query string and the catalog, so it is tested natively.

use hjcp_engine::{Catalog, Framework, Lang, Persona};

use crate::nav::Arrival;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Launch {
    pub framework: Option<String>,
    pub target: Option<String>,
    pub lang: Option<Lang>,
    pub persona: Option<Persona>,
    /// Storage namespace, so two embeds on one origin keep separate answers.
    pub namespace: String,
    /// The embedding page's origin, the only one the widget posts its height to.
    pub host_origin: Option<String>,
    /// How the embedding page was opened (`arrival=reload` or `back_forward`, set by
    /// `embed.js`): a frame cannot tell a reload of its host from a new visit by itself.
    pub host_arrival: Option<Arrival>,
    pub problems: Vec<LaunchProblem>,
}

/// A parameter that was given but could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LaunchProblem {
    UnknownFramework(String),
    UnknownTarget(String),
    /// A target was given without a framework to look it up in.
    TargetWithoutFramework(String),
    BadLang(String),
    BadPersona(String),
    BadArrival(String),
    BadNamespace(String),
    BadHost(String),
}

impl LaunchProblem {
    pub fn parameter(&self) -> &'static str {
        match self {
            LaunchProblem::UnknownFramework(_) => "framework",
            LaunchProblem::UnknownTarget(_) | LaunchProblem::TargetWithoutFramework(_) => "target",
            LaunchProblem::BadLang(_) => "lang",
            LaunchProblem::BadPersona(_) => "persona",
            LaunchProblem::BadArrival(_) => "arrival",
            LaunchProblem::BadNamespace(_) => "ns",
            LaunchProblem::BadHost(_) => "host",
        }
    }

    pub fn value(&self) -> &str {
        match self {
            LaunchProblem::UnknownFramework(v)
            | LaunchProblem::UnknownTarget(v)
            | LaunchProblem::TargetWithoutFramework(v)
            | LaunchProblem::BadLang(v)
            | LaunchProblem::BadPersona(v)
            | LaunchProblem::BadArrival(v)
            | LaunchProblem::BadNamespace(v)
            | LaunchProblem::BadHost(v) => v,
        }
    }
}

/// Longest parameter value considered; anything longer is reported, not parsed.
const MAX_VALUE: usize = 200;

pub fn parse(query: &str, catalog: &Catalog) -> Launch {
    parse_with(query, |id| catalog.framework(id))
}

/// `parse`, looking frameworks up with `framework` (the page's content: whole where loaded,
/// listed otherwise), so nothing is copied to build a catalog.
pub fn parse_with<'a>(query: &str, framework: impl Fn(&str) -> Option<&'a Framework>) -> Launch {
    let mut launch = Launch::default();
    let mut target = None;
    for (key, value) in
        query.trim_start_matches('?').split('&').filter_map(|pair| pair.split_once('='))
    {
        let value = percent_decode(value);
        let value: String = value.chars().take(MAX_VALUE).collect();
        match key {
            "framework" => match framework(&value) {
                Some(_) => launch.framework = Some(value),
                None => launch.problems.push(LaunchProblem::UnknownFramework(value)),
            },
            "target" => target = Some(value),
            "lang" => match Lang::from_code(&value) {
                Some(lang) => launch.lang = Some(lang),
                None => launch.problems.push(LaunchProblem::BadLang(value)),
            },
            "persona" => match value.as_str() {
                "applicant" => launch.persona = Some(Persona::Applicant),
                "staff" => launch.persona = Some(Persona::Staff),
                _ => launch.problems.push(LaunchProblem::BadPersona(value)),
            },
            "ns" => {
                if !value.is_empty()
                    && value.len() <= 32
                    && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    launch.namespace = value;
                } else {
                    launch.problems.push(LaunchProblem::BadNamespace(value));
                }
            }
            "arrival" => match value.as_str() {
                "reload" => launch.host_arrival = Some(Arrival::Reload),
                "back_forward" => launch.host_arrival = Some(Arrival::BackForward),
                "navigate" => launch.host_arrival = Some(Arrival::Navigate),
                _ => launch.problems.push(LaunchProblem::BadArrival(value)),
            },
            "host" => match origin(&value) {
                Some(o) => launch.host_origin = Some(o),
                None => launch.problems.push(LaunchProblem::BadHost(value)),
            },
            // Other parameters belong to the host page (analytics tags, cache busters): ignored.
            _ => {}
        }
    }
    if let Some(target) = target {
        match launch.framework.as_deref().and_then(&framework) {
            Some(f) if f.role_ix(&target).is_some() => launch.target = Some(target),
            Some(_) => launch.problems.push(LaunchProblem::UnknownTarget(target)),
            None => launch.problems.push(LaunchProblem::TargetWithoutFramework(target)),
        }
    }
    launch
}

/// `scheme://host[:port]` with nothing after it, or None.
fn origin(value: &str) -> Option<String> {
    let (scheme, rest) = value.split_once("://")?;
    if !(scheme == "https" || scheme == "http") || rest.is_empty() {
        return None;
    }
    let host = rest.trim_end_matches('/');
    let ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    ok.then(|| format!("{scheme}://{host}"))
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let decoded = match bytes[i] {
            b'%' => bytes
                .get(i + 1..i + 3)
                .and_then(|hex| u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()),
            _ => None,
        };
        match (decoded, bytes[i]) {
            (Some(b), _) => {
                out.push(b);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, b) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        crate::catalog::decode().unwrap()
    }

    #[test]
    fn valid_parameters_are_used() {
        let c = catalog();
        let f = &c.frameworks[0];
        let role = &f.roles[0].id;
        let l = parse(&format!("?framework={}&target={role}&lang=cy&persona=staff&ns=team-a&host=https://careers.example.org/", f.id), &c);
        assert_eq!(l.framework.as_deref(), Some(f.id.as_str()));
        assert_eq!(l.target.as_deref(), Some(role.as_str()));
        assert_eq!(l.lang, Some(Lang::Cy));
        assert_eq!(l.persona, Some(Persona::Staff));
        assert_eq!(l.namespace, "team-a");
        assert_eq!(l.host_origin.as_deref(), Some("https://careers.example.org"));
        assert!(l.problems.is_empty(), "{:?}", l.problems);
    }

    #[test]
    fn bad_values_are_reported_and_ignored() {
        let c = catalog();
        let l = parse("framework=nope&lang=fr&persona=boss&ns=a%20b&host=javascript:alert(1)&target=x&utm_source=mail", &c);
        assert_eq!(l.framework, None);
        assert_eq!(l.lang, None);
        assert_eq!(
            l.problems,
            vec![
                LaunchProblem::UnknownFramework("nope".into()),
                LaunchProblem::BadLang("fr".into()),
                LaunchProblem::BadPersona("boss".into()),
                LaunchProblem::BadNamespace("a b".into()),
                LaunchProblem::BadHost("javascript:alert(1)".into()),
                LaunchProblem::TargetWithoutFramework("x".into()),
            ]
        );
    }

    #[test]
    fn the_host_pages_arrival_is_read_and_a_strange_one_reported() {
        let c = catalog();
        assert_eq!(parse("arrival=reload", &c).host_arrival, Some(Arrival::Reload));
        assert_eq!(parse("arrival=back_forward", &c).host_arrival, Some(Arrival::BackForward));
        assert_eq!(parse("", &c).host_arrival, None);
        let l = parse("arrival=teleport", &c);
        assert_eq!(l.host_arrival, None);
        assert_eq!(l.problems, vec![LaunchProblem::BadArrival("teleport".into())]);
    }

    #[test]
    fn hostile_input_never_panics() {
        let c = catalog();
        for q in [
            "%",
            "%%",
            "%e2%82",
            "=&=&&",
            "framework",
            "lang=%ff%fe",
            &"a=".repeat(10_000),
            "host=https://",
            "target=%zz",
        ] {
            let _ = parse(q, &c);
        }
    }
}
