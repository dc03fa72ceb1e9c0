//! Framework file → validated `hjcp_engine::Framework`, with every problem reported as a
//! `Diagnostic` naming the file and line and saying what to change.
//!
//! Checks, in the order an owner would meet them: TOML syntax, missing and unknown keys,
//! wrong types; id spelling; duplicate ids; references to things that do not exist (areas,
//! scale steps, levels, competences, roles, registrations); numbers out of range (including a
//! route's `gives` and a learning offer's `level`); learning formats not in
//! [`LEARNING_FORMATS`]; entry requirements that are unclear (no text, `any_of` empty or beside
//! a kind of the table's own, an option or a `shorter` with more than one kind); more than
//! [`MAX_REGISTRATIONS`] registrations; a `shorter` length that is not shorter; learning
//! `audience` values that are unknown, repeated or leave nobody (`employer_provided` for
//! applicants only, `operational` without staff); `url`s that are not `https://` addresses;
//! `cite` tables naming a field the table does not have or a source that does not exist;
//! routes that make no sense (to itself, listed twice, a kind that does
//! not fit where the route starts: lateral moves, promotions and fast tracks need a `from`
//! role, direct entry must not have one) and promotion cycles among routes; and, as warnings,
//! roles nobody can reach, routes in from outside to a role not open to applicants (direct
//! entry always; an apprenticeship or qualification unless its `requirements` say who can
//! start it), roles applicants can enter only with a qualification above Level 3 that no route
//! into them gives, employer-provided offers that also list applicants, roles that require
//! nothing, requirements at the lowest scale step (which any rating meets), and strings with
//! no Welsh translation (counted).
//!
//! Every `Text` gets the provenance of the item it belongs to (an entry requirement's, an
//! indicator's or a `shorter`'s is its role's, competence's or route's; the framework's own,
//! its scale's, levels' and registrations' is the `[framework]` one), except a field the
//! table's `cite` names, which is official wording with its source and passage.
//!
//! Each problem is reported once, on the line of the value at fault. A reference that cannot
//! be resolved is left out of the checks that depend on it, so one typo gives one message,
//! and the route checks (including cycles) still run over the routes that do resolve.

use std::collections::{HashMap, HashSet};

use hjcp_engine::model::{self as m, Proficiency, Text};
use toml::Spanned;

use crate::diagnostic::{Diagnostic, Sink};
use crate::raw;

/// The kinds of learning offer (`[[learning]] format`), as documented on
/// `hjcp_engine::model::LearningOffer::format` and in frameworks/README.md.
pub const LEARNING_FORMATS: [&str; 7] =
    ["e-learning", "apprenticeship", "programme", "coaching", "course", "reference", "support"];

/// How many user-facing strings a framework has, and how many of those have Welsh.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct WelshCount {
    pub total: usize,
    pub translated: usize,
}

#[derive(Debug)]
pub struct Compiled {
    /// Present only when there were no errors.
    pub framework: Option<m::Framework>,
    pub diagnostics: Vec<Diagnostic>,
    pub welsh: WelshCount,
    /// Every English string without Welsh, in file order, as (line, that line of the file),
    /// for `validate --missing-welsh`.
    pub untranslated_lines: Vec<(usize, String)>,
    /// Line of the `[framework]` id (1 when the file could not be parsed), for messages about
    /// the framework as a whole, such as an id another file already uses.
    pub id_line: usize,
}

/// Parses and validates one framework file. `file` is the path shown in messages.
pub fn compile(file: &str, source: &str) -> Compiled {
    let mut sink = Sink::new(file, source);
    let raw: raw::File = match toml::from_str(source) {
        Ok(raw) => raw,
        Err(err) => {
            let span = err.span().unwrap_or(0..0);
            let mut message = err.message().trim().replace('\n', "; ");
            if message == "duplicate key" {
                if let Some(key) = source.get(span.clone()).filter(|k| !k.contains('\n')) {
                    message = format!("duplicate key `{}`", key.trim());
                }
            }
            let line = source[..span.start.min(source.len())]
                .rsplit('\n')
                .next()
                .unwrap_or("")
                .to_string()
                + source[span.start.min(source.len())..].split('\n').next().unwrap_or("");
            if let Some((key, _)) = unquoted_text(&line) {
                message =
                    format!("the value of `{key}` is text without quotes (TOML says: {message})");
            }
            let hint = toml_hint(&message, &line);
            let offset = span.start;
            sink.error(offset, message, hint);
            return Compiled {
                framework: None,
                diagnostics: sink.diagnostics,
                welsh: WelshCount::default(),
                untranslated_lines: Vec::new(),
                id_line: 1,
            };
        }
    };
    let id_line = sink.lines.line(raw.framework.id.span().start);
    let mut builder = Builder {
        sink,
        welsh: WelshCount::default(),
        untranslated: Vec::new(),
        sources: raw.sources.len(),
        misquoted: Default::default(),
    };
    let framework = builder.framework(&raw);
    for (at, message) in builder.misquoted.take() {
        builder.sink.error(at, message, "Official wording must be the source's own words: copy the passage from the source document so it contains the text exactly, or remove the cite so the text is marked as written for this tool.");
    }
    let Builder { mut sink, welsh, mut untranslated, .. } = builder;
    untranslated.sort_unstable();
    // One split for all of them: an imported CASE package can have a hundred thousand strings
    // without Welsh, and looking each line up from the start of the file would be quadratic.
    let source_lines: Vec<&str> =
        if untranslated.is_empty() { Vec::new() } else { source.lines().collect() };
    let untranslated_lines = untranslated
        .into_iter()
        .map(|at| {
            let line = sink.lines.line(at);
            let text =
                line.checked_sub(1).and_then(|i| source_lines.get(i)).copied().unwrap_or_default();
            (line, text.trim().to_string())
        })
        .collect();
    let framework = if sink.has_errors() { None } else { Some(framework) };
    // In file order, so an owner can work down the file; stable, so messages about one line
    // keep the order in which the checks found them.
    sink.diagnostics.sort_by_key(|d| d.line);
    Compiled { framework, diagnostics: sink.diagnostics, welsh, untranslated_lines, id_line }
}

/// `line` is the whole source line the error points into.
fn toml_hint(message: &str, line: &str) -> String {
    if let Some((key, value)) = unquoted_text(line) {
        format!("Put text in double quotes: {key} = \"{value}\".")
    } else if message.starts_with("missing field") {
        "Add the field named above to this table; frameworks/README.md lists which fields each table needs.".into()
    } else if let Some(rest) = message.strip_prefix("unknown field `") {
        // "unknown field `titel`, expected one of `id`, `title`, ..." or "..., expected `a` or `b`"
        let (wanted, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        match closest(wanted, &known) {
            Some(k) => format!("Did you mean `{k}`? Otherwise remove the key: only the keys listed above are read."),
            None => "Check the spelling of this key against the list of expected keys above, or remove it.".into(),
        }
    } else if message.starts_with("invalid type") {
        "Give this value the type shown above: text in \"quotes\", whole numbers without quotes, lists in [brackets].".into()
    } else if message.starts_with("duplicate key") {
        "Each key may appear once in a table; remove or rename the second one.".into()
    } else {
        "Fix the TOML syntax on this line: text values need \"quotes\", and each [[table]] header needs its own line.".into()
    }
}

/// `key = some words` where a quoted string was meant: returns the key and the words.
fn unquoted_text(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once('=')?;
    let (key, value) = (key.trim(), value.trim());
    let bare_key =
        !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    let word = value.chars().next().is_some_and(|c| c.is_alphabetic())
        && value != "true"
        && value != "false";
    (bare_key && word).then_some((key, value))
}

struct Builder<'a> {
    sink: Sink<'a>,
    welsh: WelshCount,
    /// Where each English string without Welsh is: the warning points at the first.
    untranslated: Vec<usize>,
    /// How many `[[sources]]` the file has, for checking `cite` source numbers.
    sources: usize,
    /// Official texts their cited passage does not contain, shared with each table's `Origins`.
    misquoted: std::rc::Rc<std::cell::RefCell<Vec<(usize, String)>>>,
}

/// The longest list of professional registers a framework may have (the engine keeps the
/// registrations a person gains in a 64-bit set).
pub const MAX_REGISTRATIONS: usize = 64;

/// Where each text field of one table comes from: the table's provenance, unless its `cite`
/// names the field, which makes it official wording from a source.
struct Origins {
    provenance: m::Provenance,
    /// Each cited field's origin, with where its passage is written.
    cited: HashMap<String, (m::Origin, usize)>,
    /// Cited texts their passage does not contain: (passage offset, message), reported by the
    /// builder once the table is done.
    misquoted: std::rc::Rc<std::cell::RefCell<Vec<(usize, String)>>>,
}

impl Origins {
    fn origin(&self, field: &str) -> m::Origin {
        self.cited.get(field).map(|(o, _)| o.clone()).unwrap_or(m::Origin {
            provenance: self.provenance,
            source: None,
            passage: None,
        })
    }

    fn set(&self, field: &str, mut text: Text) -> Text {
        if let Some((origin, at)) = self.cited.get(field) {
            let passage = origin.passage.as_deref().unwrap_or("");
            if !text.en.is_empty() && !quotes(passage, &text.en) {
                self.misquoted.borrow_mut().push((
                    *at,
                    format!("cite.{field} calls \"{}\" official, but its passage \"{passage}\" does not contain those words", text.en),
                ));
            }
        }
        text.origin = self.origin(field);
        text
    }
}

/// Whether `passage` contains `text` word for word, ignoring case, spacing, Markdown bold and
/// the difference between straight and curly quotes or hyphens and dashes.
pub fn quotes(passage: &str, text: &str) -> bool {
    fn flat(s: &str) -> String {
        let s: String = s
            .replace("**", "")
            .chars()
            .map(|c| match c {
                '\u{2018}' | '\u{2019}' => '\'',
                '\u{201C}' | '\u{201D}' => '"',
                '\u{2013}' | '\u{2014}' => '-',
                c => c,
            })
            .collect();
        s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
    }
    flat(passage).contains(&flat(text))
}

/// The kind fields of an entry option or a route's `shorter`, of which at most one is given.
struct Kinds<'r> {
    qualification_level: &'r Option<Spanned<i64>>,
    experience_years: &'r Option<Spanned<i64>>,
    registration: &'r Option<Spanned<String>>,
}

impl Kinds<'_> {
    /// (field name, offset) of each kind given, in the order above.
    fn given(&self) -> Vec<(&'static str, usize)> {
        [
            ("qualification_level", self.qualification_level.as_ref().map(start)),
            ("experience_years", self.experience_years.as_ref().map(start)),
            ("registration", self.registration.as_ref().map(start)),
        ]
        .into_iter()
        .filter_map(|(name, at)| Some((name, at?)))
        .collect()
    }
}

/// What `hint` to give for an unknown `registration` id.
const REGISTRATION_HINT: &str =
    "Use the id of one of the [[registrations]] in this file, or add a [[registrations]] table for it.";

/// The words shown for an entry requirement written only as options: the options' own words
/// joined with "or" ("neu" in Welsh, when every option has Welsh).
pub(crate) fn joined(options: &[m::EntryOption], provenance: m::Provenance) -> Text {
    let en = options.iter().map(|o| o.text.en.as_str()).collect::<Vec<_>>().join(" or ");
    let cy = options
        .iter()
        .map(|o| o.text.cy.as_deref())
        .collect::<Option<Vec<_>>>()
        .map(|cy| cy.join(" neu "));
    Text { en, cy, origin: m::Origin { provenance, source: None, passage: None } }
}

fn start<T>(s: &Spanned<T>) -> usize {
    s.span().start
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Builder<'_> {
    fn text(&mut self, en: &Spanned<String>, cy: &Option<Spanned<String>>) -> Text {
        self.nonempty(en);
        self.welsh.total += 1;
        let cy = match cy {
            Some(c) if c.get_ref().trim().is_empty() => {
                self.sink.error(start(c), "this Welsh text is empty", "Write the Welsh text between the quotes, or remove the `_cy` field until there is a translation.");
                None
            }
            Some(c) => Some(c.get_ref().trim().to_string()),
            None => None,
        };
        if cy.is_some() {
            self.welsh.translated += 1;
        } else {
            self.untranslated.push(start(en));
        }
        Text { en: en.get_ref().trim().to_string(), cy, origin: m::Origin::default() }
    }

    fn optional_text(
        &mut self,
        en: &Option<Spanned<String>>,
        cy: &Option<Spanned<String>>,
    ) -> Text {
        match (en, cy) {
            (Some(en), _) => self.text(en, cy),
            (None, Some(cy)) => {
                self.sink.error(
                    start(cy),
                    "there is Welsh text but no English text beside it",
                    "Add the English field (the same key without `_cy`), or remove the Welsh one.",
                );
                Text::default()
            }
            (None, None) => Text::default(),
        }
    }

    /// Plain (untranslated) text that must not be blank.
    fn nonempty(&mut self, s: &Spanned<String>) -> String {
        if s.get_ref().trim().is_empty() {
            self.sink.error(
                start(s),
                "this text is empty",
                "Write the text between the quotes, or remove the optional field.",
            );
        }
        s.get_ref().trim().to_string()
    }

    fn id(&mut self, id: &Spanned<String>, what: &str) -> String {
        let value = id.get_ref();
        if !is_valid_id(value) {
            self.sink.error(
                start(id),
                format!("{what} id \"{value}\" is not a valid id"),
                "Use lowercase letters, digits, hyphens and dots only, starting with a letter or digit, e.g. \"band-3\".",
            );
        }
        value.clone()
    }

    fn provenance(&mut self, p: &Option<Spanned<String>>, default: m::Provenance) -> m::Provenance {
        match p {
            None => default,
            Some(p) => match p.get_ref().as_str() {
                "official" => m::Provenance::Official,
                "illustrative" => m::Provenance::Illustrative,
                other => {
                    self.sink.error(
                        start(p),
                        format!("provenance \"{other}\" is not known"),
                        "Write provenance = \"official\" for the source document's own wording, or \"illustrative\" for a summary written for this tool.",
                    );
                    default
                }
            },
        }
    }

    fn number(
        &mut self,
        n: &Spanned<i64>,
        what: &str,
        range: std::ops::RangeInclusive<i64>,
    ) -> i64 {
        let v = *n.get_ref();
        if !range.contains(&v) {
            self.sink.error(
                start(n),
                format!("{what} {v} is out of range"),
                format!("Use a whole number from {} to {}.", range.start(), range.end()),
            );
            return *range.start();
        }
        v
    }

    /// Resolves a table's `cite`: each key must be one of `fields` (name, whether the table has
    /// it) and each source a `[[sources]]` index. `what` names the table ("this role").
    fn origins(
        &mut self,
        cite: &raw::Cite,
        fields: &[(&str, bool)],
        what: &str,
        provenance: m::Provenance,
    ) -> Origins {
        let mut cited = HashMap::new();
        for (key, c) in cite {
            let name = key.get_ref().as_str();
            let names: Vec<&str> = fields.iter().map(|(f, _)| *f).collect();
            let list = names.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ");
            match fields.iter().find(|(f, _)| *f == name) {
                None => {
                    let hint = match (name.strip_suffix("_cy"), closest(name, &names)) {
                        (Some(en), _) if names.contains(&en) => format!("Cite the English field, cite.{en}: its Welsh translation shares the citation."),
                        (_, Some(k)) => format!("Did you mean `{k}`? The text fields {what} can cite are: {list}."),
                        _ => format!("The text fields {what} can cite are: {list}."),
                    };
                    self.sink.error(
                        start(key),
                        format!("cite names `{name}`, which is not a text field of {what}"),
                        hint,
                    );
                    continue;
                }
                Some((_, false)) => {
                    self.sink.error(
                        start(key),
                        format!("cite names `{name}`, but {what} has no `{name}`"),
                        format!("Add the `{name}` field, or remove cite.{name}."),
                    );
                    continue;
                }
                Some(_) => {}
            }
            let passage = self.nonempty(&c.passage);
            let n = *c.source.get_ref();
            if n < 0 || n as usize >= self.sources {
                let range = match self.sources {
                    0 => "there are none yet".to_string(),
                    1 => "the only one is 0".to_string(),
                    k => format!("use 0 to {}", k - 1),
                };
                self.sink.error(
                    start(&c.source),
                    format!(
                        "cite.{name} names source {n}, but the file has {}",
                        plural(self.sources, "source", "sources")
                    ),
                    format!("Sources are numbered from 0 in the order of the [[sources]] tables ({range})."),
                );
                continue;
            }
            cited.insert(
                name.to_string(),
                (
                    m::Origin {
                        provenance: m::Provenance::Official,
                        source: Some(n as u16),
                        passage: Some(passage),
                    },
                    start(&c.passage),
                ),
            );
        }
        Origins { provenance, cited, misquoted: self.misquoted.clone() }
    }

    /// A web address, which must be a full `https://` address.
    fn url(&mut self, url: &Option<Spanned<String>>) -> Option<String> {
        let u = url.as_ref()?;
        let value = u.get_ref().trim();
        let host = value.strip_prefix("https://").unwrap_or("");
        if host.is_empty() || value.chars().any(char::is_whitespace) {
            self.sink.error(
                start(u),
                format!("url \"{value}\" is not a full web address starting with https://"),
                "Copy the full address from the source document, starting https://, with no spaces; only give an address the source itself gives.",
            );
        }
        Some(value.to_string())
    }

    /// What an entry option or `shorter` asks for: at most one kind, or `Other` without one.
    /// `what` names the table in the message, `hint` says how to split it.
    fn credential(
        &mut self,
        kinds: Kinds,
        registrations: &HashMap<&str, u32>,
        what: &str,
        hint: &str,
    ) -> m::Credential {
        let given = kinds.given();
        if given.len() > 1 {
            let names: Vec<&str> = given.iter().map(|(n, _)| *n).collect();
            let names = match names.as_slice() {
                [a, b] => format!("both {a} and {b}"),
                [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
                [] => String::new(),
            };
            self.sink.error(given[1].1, format!("{what} has {names}"), hint);
            return m::Credential::Other;
        }
        if let Some(q) = kinds.qualification_level {
            return m::Credential::QualificationLevel(
                self.number(q, "qualification level", 1..=8) as u8
            );
        }
        if let Some(y) = kinds.experience_years {
            return m::Credential::ExperienceYears(
                self.number(y, "years of experience", 0..=50) as u8
            );
        }
        if let Some(r) = kinds.registration {
            let ix = self.lookup(registrations, r, "registration", REGISTRATION_HINT);
            return ix.map_or(m::Credential::Other, |i| {
                m::Credential::Registration(m::RegistrationIx(i))
            });
        }
        m::Credential::Other
    }

    /// One `[[roles.entry]]` or `[[learning.entry]]` table (`table` names it in hints), in its
    /// one-option form or with `any_of` options.
    fn entry(
        &mut self,
        e: &Spanned<raw::Entry>,
        table: &str,
        provenance: m::Provenance,
        registrations: &HashMap<&str, u32>,
    ) -> m::EntryRequirement {
        let raw = e.get_ref();
        let own = Kinds {
            qualification_level: &raw.qualification_level,
            experience_years: &raw.experience_years,
            registration: &raw.registration,
        };
        let origins = self.origins(
            &raw.cite,
            &[("text", raw.text.is_some())],
            "this entry requirement",
            provenance,
        );
        let Some(options) = &raw.any_of else {
            let text = match &raw.text {
                Some(t) => self.text(t, &raw.text_cy),
                None if raw.text_cy.is_some() => self.optional_text(&raw.text, &raw.text_cy),
                None => {
                    self.sink.error(
                        start(e),
                        "this entry requirement has no text",
                        format!("Add text = \"...\" saying what is needed, in the words people will see, or give it [[{table}.any_of]] options."),
                    );
                    Text::default()
                }
            };
            let credential = self.credential(
                own,
                registrations,
                "an entry requirement",
                &format!("Split it into two [[{table}]] tables if both are needed, or into two [[{table}.any_of]] options if either will do."),
            );
            return m::EntryRequirement::single(credential, origins.set("text", text));
        };
        if let Some((name, at)) = own.given().first() {
            self.sink.error(
                *at,
                format!("this entry requirement has `any_of` options and a {name} of its own"),
                format!("Move the {name} into one of its [[{table}.any_of]] options: with any_of, the options say what meets the requirement."),
            );
        }
        if options.get_ref().is_empty() {
            self.sink.error(
                start(options),
                "`any_of` has no options",
                format!("Add a [[{table}.any_of]] table for each way of meeting the requirement, or remove `any_of = []`."),
            );
        }
        let any_of: Vec<m::EntryOption> = options
            .get_ref()
            .iter()
            .map(|o| {
                let origins =
                    self.origins(&o.cite, &[("text", true)], "this entry option", provenance);
                let text = origins.set("text", self.text(&o.text, &o.text_cy));
                let kinds = Kinds {
                    qualification_level: &o.qualification_level,
                    experience_years: &o.experience_years,
                    registration: &o.registration,
                };
                let credential = self.credential(
                    kinds,
                    registrations,
                    "an entry option",
                    &format!("Give each [[{table}.any_of]] option at most one kind; if either will do, make them two options."),
                );
                m::EntryOption { credential, text }
            })
            .collect();
        // The requirement's own words if it has them, else its one option's, else all of them.
        let explicit = self.optional_text(&raw.text, &raw.text_cy);
        let text = match any_of.as_slice() {
            _ if raw.text.is_some() => origins.set("text", explicit),
            [] => explicit,
            [only] => only.text.clone(),
            options => joined(options, provenance),
        };
        m::EntryRequirement { any_of, text }
    }

    /// A learning offer's `format`, which must be one of [`LEARNING_FORMATS`].
    fn learning_format(&mut self, format: &Spanned<String>) -> String {
        let value = self.nonempty(format);
        if !value.is_empty() && !LEARNING_FORMATS.contains(&value.as_str()) {
            let suggestion = closest(&value, &LEARNING_FORMATS)
                .map(|k| format!("Did you mean \"{k}\"? "))
                .unwrap_or_default();
            self.sink.error(
                start(format),
                format!("learning format \"{value}\" is not known"),
                format!("{suggestion}Use one of: {}.", LEARNING_FORMATS.join(", ")),
            );
        }
        value
    }

    /// Builds an id → index map, reporting duplicates at the second occurrence.
    fn index<'r, T>(
        &mut self,
        items: &'r [T],
        id: impl Fn(&'r T) -> &'r Spanned<String>,
        what: &str,
    ) -> HashMap<&'r str, u32> {
        let mut map = HashMap::new();
        let mut first_line = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            let id = id(item);
            let line = self.sink.lines.line(start(id));
            if let Some(first) = first_line.get(id.get_ref().as_str()) {
                self.sink.error(
                    start(id),
                    format!(
                        "duplicate {what} id \"{}\" (first used on line {first})",
                        id.get_ref()
                    ),
                    format!("Give each {what} its own id; ids must be unique within a framework."),
                );
                continue;
            }
            first_line.insert(id.get_ref().as_str(), line);
            map.insert(id.get_ref().as_str(), i as u32);
        }
        map
    }

    /// Resolves a reference by id; reports it (with a suggestion) and returns `None` if unknown.
    fn lookup(
        &mut self,
        map: &HashMap<&str, u32>,
        key: &Spanned<String>,
        what: &str,
        hint: &str,
    ) -> Option<u32> {
        if let Some(&i) = map.get(key.get_ref().as_str()) {
            return Some(i);
        }
        let mut known: Vec<&str> = map.keys().copied().collect();
        known.sort_unstable();
        let suggestion = match closest(key.get_ref(), &known) {
            Some(s) => format!(" Did you mean \"{s}\"?"),
            None if known.is_empty() => String::new(),
            None if known.len() <= 12 => format!(
                " Known ids: {}.",
                known.iter().map(|k| format!("\"{k}\"")).collect::<Vec<_>>().join(", ")
            ),
            None => String::new(),
        };
        self.sink.error(
            start(key),
            format!("unknown {what} \"{}\"", key.get_ref()),
            format!("{hint}{suggestion}"),
        );
        None
    }
}

impl Builder<'_> {
    fn framework(&mut self, raw: &raw::File) -> m::Framework {
        let meta = &raw.framework;
        let id = self.id(&meta.id, "framework");
        let default_provenance =
            self.provenance(&Some(meta.provenance.clone()), m::Provenance::Illustrative);
        let published = meta.published.as_ref().map(|p| p.get_ref().clone()).unwrap_or_default();
        if let Some(p) = meta.published.as_ref().filter(|_| !is_partial_date(&published)) {
            self.sink.error(
                start(p),
                format!("published date \"{published}\" is not a date"),
                "Write the source's own date as precisely as it gives it: YYYY-MM-DD (\"2025-05-08\"), YYYY-MM (\"2023-02\") or YYYY (\"2020\"); leave published out when the source gives no date.",
            );
        }
        let written = meta.written.as_ref().map(|w| w.get_ref().clone()).unwrap_or_default();
        if let Some(w) = meta.written.as_ref().filter(|_| !is_iso_date(&written)) {
            self.sink.error(
                start(w),
                format!("written date \"{written}\" is not a date"),
                "Write the date this version of the file was written as YYYY-MM-DD, e.g. \"2026-11-23\".",
            );
        }
        if meta.published.is_none() && meta.written.is_none() {
            self.sink.error(
                start(&meta.id),
                "the framework has no date: neither when its source was published nor when this version was written",
                "Add written = \"YYYY-MM-DD\" (the day this version was written) and, when the source gives its own date, published.",
            );
        }
        let origins = self.origins(
            &meta.cite,
            &[
                ("title", true),
                ("summary", true),
                ("owner", true),
                ("notes", meta.notes.is_some()),
                ("applies", meta.applies.is_some()),
            ],
            "the framework",
            default_provenance,
        );
        let title = origins.set("title", self.text(&meta.title, &meta.title_cy));
        let summary = origins.set("summary", self.text(&meta.summary, &meta.summary_cy));
        let owner = origins.set("owner", self.text(&meta.owner, &meta.owner_cy));
        let version = self.nonempty(&meta.version);
        let notes = origins.set("notes", self.optional_text(&meta.notes, &meta.notes_cy));
        let applies = origins.set("applies", self.optional_text(&meta.applies, &meta.applies_cy));
        if raw.sources.is_empty() {
            self.sink.error(start(&meta.id), "the framework names no source documents", "Add at least one [[sources]] table with the title and publisher of the document this content comes from.");
        }
        let sources = raw
            .sources
            .iter()
            .map(|s| m::Source {
                title: self.nonempty(&s.title),
                publisher: self.nonempty(&s.publisher),
                date: s.date.as_ref().map(|d| self.nonempty(d)).unwrap_or_default(),
                url: self.url(&s.url),
            })
            .collect();

        // Professional registers.
        let registration_ix = self.index(&raw.registrations, |g| &g.id, "registration");
        if let Some(extra) = raw.registrations.get(MAX_REGISTRATIONS) {
            self.sink.error(
                start(&extra.id),
                format!(
                    "the framework has {} registrations; at most {MAX_REGISTRATIONS} are allowed",
                    raw.registrations.len()
                ),
                "Keep only the professional registers that entry requirements and routes in this file name.",
            );
        }
        let registrations = raw
            .registrations
            .iter()
            .map(|g| {
                let origins = self.origins(
                    &g.cite,
                    &[("title", true)],
                    "this registration",
                    default_provenance,
                );
                m::Registration {
                    id: self.id(&g.id, "registration"),
                    title: origins.set("title", self.text(&g.title, &g.title_cy)),
                }
            })
            .collect();

        // Scale.
        match raw.scale.len() {
            0 => self.sink.error(start(&meta.id), "the framework has no proficiency scale", "Add at least two [[scale]] steps, from least to most proficient, each with a plain-language descriptor."),
            1 => self.sink.error(start(&raw.scale[0].id), "the proficiency scale has only 1 step", "Add at least one more [[scale]] step: a scale runs from least to most proficient."),
            n if n > 10 => self.sink.error(start(&raw.scale[10].id), format!("the proficiency scale has {n} steps; at most 10 are allowed"), "Keep the scale to at most 10 steps so people can tell them apart."),
            _ => {}
        }
        let scale_ix = self.index(&raw.scale, |s| &s.id, "scale step");
        let scale = raw
            .scale
            .iter()
            .map(|s| {
                let origins = self.origins(
                    &s.cite,
                    &[("label", true), ("descriptor", true)],
                    "this scale step",
                    default_provenance,
                );
                m::ScaleStep {
                    id: self.id(&s.id, "scale step"),
                    label: origins.set("label", self.text(&s.label, &s.label_cy)),
                    descriptor: origins
                        .set("descriptor", self.text(&s.descriptor, &s.descriptor_cy)),
                }
            })
            .collect();

        // The lowest-step check needs a scale without problems of its own: on a one-step scale
        // or one with a duplicate step id, it would only repeat that error.
        let scale_sound = (2..=10).contains(&raw.scale.len()) && scale_ix.len() == raw.scale.len();

        // Levels.
        let level_ix = self.index(&raw.levels, |l| &l.id, "level");
        let mut rank_owner: HashMap<i64, &str> = HashMap::new();
        let mut levels = Vec::with_capacity(raw.levels.len());
        for l in &raw.levels {
            let rank = self.number(&l.rank, "level rank", 0..=1000);
            if let Some(other) = rank_owner.get(l.rank.get_ref()) {
                self.sink.error(
                    start(&l.rank),
                    format!("levels \"{other}\" and \"{}\" both have rank {rank}", l.id.get_ref()),
                    "Give each level its own rank; a higher rank means a more senior level.",
                );
            } else {
                rank_owner.insert(*l.rank.get_ref(), l.id.get_ref());
            }
            let origins =
                self.origins(&l.cite, &[("label", true)], "this level", default_provenance);
            levels.push(m::CareerLevel {
                id: self.id(&l.id, "level"),
                label: origins.set("label", self.text(&l.label, &l.label_cy)),
                rank: rank as u16,
            });
        }

        // Areas.
        let area_ix = self.index(&raw.areas, |a| &a.id, "area");
        let areas = raw
            .areas
            .iter()
            .map(|a| {
                let provenance = self.provenance(&a.provenance, default_provenance);
                let origins = self.origins(
                    &a.cite,
                    &[("title", true), ("description", a.description.is_some())],
                    "this area",
                    provenance,
                );
                m::Area {
                    id: self.id(&a.id, "area"),
                    title: origins.set("title", self.text(&a.title, &a.title_cy)),
                    description: origins
                        .set("description", self.optional_text(&a.description, &a.description_cy)),
                    provenance,
                }
            })
            .collect::<Vec<_>>();

        // Competences.
        let competence_ix = self.index(&raw.competences, |c| &c.id, "competence");
        let mut competences = Vec::with_capacity(raw.competences.len());
        let mut area_used = vec![false; raw.areas.len()];
        let mut area_unresolved = false;
        for c in &raw.competences {
            let id = self.id(&c.id, "competence");
            let area = self.lookup(
                &area_ix,
                &c.area,
                "area",
                "Use the id of one of the [[areas]] in this file.",
            );
            match area {
                Some(a) => area_used[a as usize] = true,
                None => area_unresolved = true,
            }
            let provenance = self.provenance(&c.provenance, default_provenance);
            let origins = self.origins(
                &c.cite,
                &[("title", true), ("description", c.description.is_some())],
                "this competence",
                provenance,
            );
            let mut indicators: Vec<(Proficiency, Text)> = Vec::new();
            for ind in &c.indicators {
                let step = self.lookup(
                    &scale_ix,
                    &ind.level,
                    "scale step",
                    "Use the id of one of the [[scale]] steps in this file.",
                );
                let text = self
                    .origins(&ind.cite, &[("text", true)], "this indicator", provenance)
                    .set("text", self.text(&ind.text, &ind.text_cy));
                if let Some(step) = step {
                    if indicators.iter().any(|(p, _)| *p == step as Proficiency) {
                        self.sink.error(
                            start(&ind.level),
                            format!("competence \"{}\" has two indicators for scale step \"{}\"", c.id.get_ref(), ind.level.get_ref()),
                            "Give at most one [[competences.indicators]] table per scale step; merge the two texts.",
                        );
                    } else {
                        indicators.push((step as Proficiency, text));
                    }
                }
            }
            indicators.sort_by_key(|(p, _)| *p);
            competences.push(m::Competence {
                id,
                area: m::AreaIx(area.unwrap_or(0)),
                title: origins.set("title", self.text(&c.title, &c.title_cy)),
                description: origins
                    .set("description", self.optional_text(&c.description, &c.description_cy)),
                indicators,
                provenance,
            });
        }
        // Skipped after a misspelt area reference (that competence may belong here) and for
        // the second of two areas with the same id (already reported as a duplicate).
        for (i, (a, used)) in raw.areas.iter().zip(&area_used).enumerate() {
            if !used
                && !area_unresolved
                && area_ix.get(a.id.get_ref().as_str()) == Some(&(i as u32))
            {
                self.sink.error(
                    start(&a.id),
                    format!("area \"{}\" has no competences", a.id.get_ref()),
                    "Add competences with area = this id, or remove the area.",
                );
            }
        }

        // Roles.
        let role_ix = self.index(&raw.roles, |r| &r.id, "role");
        let mut roles = Vec::with_capacity(raw.roles.len());
        // (role, offset, level) of each entry requirement that asks for a qualification above
        // Level 3 with no other option, for the direct-entry check after the routes.
        let mut qualification_only: Vec<(usize, usize, u8)> = Vec::new();
        for (ri, r) in raw.roles.iter().enumerate() {
            let id = self.id(&r.id, "role");
            let provenance = self.provenance(&r.provenance, default_provenance);
            let origins = self.origins(
                &r.cite,
                &[
                    ("title", true),
                    ("family", true),
                    ("scope", true),
                    ("training", !r.training.is_empty()),
                ],
                "this role",
                provenance,
            );
            let level = self.lookup(
                &level_ix,
                &r.level,
                "level",
                "Use the id of one of the [[levels]] in this file.",
            );
            let mut requires = Vec::new();
            for (comp, step) in &r.requires {
                let c = self.lookup(
                    &competence_ix,
                    comp,
                    "competence",
                    "A role can only require competences defined in this file's [[competences]].",
                );
                let p = self.lookup(
                    &scale_ix,
                    step,
                    "scale step",
                    "Use the id of the [[scale]] step the role needs.",
                );
                if p == Some(0) && scale_sound {
                    self.sink.warning(
                        start(step),
                        format!("role \"{}\" requires \"{}\" at \"{}\", the lowest step of the scale, which asks nothing", r.id.get_ref(), comp.get_ref(), step.get_ref()),
                        "Require the step the role really needs, or remove this line: any rating meets the lowest step, so it tells people nothing about their fit.",
                    );
                }
                if let (Some(c), Some(p)) = (c, p) {
                    requires.push(m::Requirement {
                        competence: m::CompetenceIx(c),
                        proficiency: p as Proficiency,
                    });
                }
            }
            requires.sort_by_key(|q| q.competence);
            if r.requires.is_empty() {
                self.sink.warning(
                    start(&r.id),
                    format!("role \"{}\" requires no competences", r.id.get_ref()),
                    "Add a [roles.requires] table so people can see how well they fit this role.",
                );
            }
            let mut entry = Vec::new();
            for e in &r.entry {
                let requirement = self.entry(e, "roles.entry", provenance, &registration_ix);
                if let [m::EntryOption {
                    credential: m::Credential::QualificationLevel(q @ 4..),
                    ..
                }] = requirement.any_of.as_slice()
                {
                    let raw = e.get_ref();
                    let at = raw
                        .qualification_level
                        .as_ref()
                        .or(raw
                            .any_of
                            .as_ref()
                            .and_then(|o| o.get_ref()[0].qualification_level.as_ref()))
                        .map_or(start(e), start);
                    qualification_only.push((ri, at, *q));
                }
                entry.push(requirement);
            }
            if !r.training_cy.is_empty() && r.training_cy.len() != r.training.len() {
                let at = r
                    .training_cy
                    .get(r.training.len())
                    .unwrap_or(&r.training_cy[r.training_cy.len() - 1]);
                self.sink.error(
                    start(at),
                    format!(
                        "training_cy has {} but training has {}",
                        plural(r.training_cy.len(), "item", "items"),
                        plural(r.training.len(), "item", "items")
                    ),
                    "Give one Welsh item for each English training item, in the same order.",
                );
            }
            let training = r
                .training
                .iter()
                .enumerate()
                .map(|(i, t)| origins.set("training", self.text(t, &r.training_cy.get(i).cloned())))
                .collect();
            roles.push(m::Role {
                id,
                title: origins.set("title", self.text(&r.title, &r.title_cy)),
                family: origins.set("family", self.text(&r.family, &r.family_cy)),
                level: m::LevelIx(level.unwrap_or(0)),
                scope: origins.set("scope", self.text(&r.scope, &r.scope_cy)),
                entry,
                training,
                requires,
                open_to_applicants: r.open_to_applicants,
                lived_experience: r.lived_experience,
                operational: r.operational,
                url: self.url(&r.url),
                provenance,
            });
        }

        // Routes. `resolved[i]` is `(from, to)` for route i when every role it names exists.
        let mut routes = Vec::with_capacity(raw.routes.len());
        let mut resolved: Vec<Option<(Option<usize>, usize)>> =
            Vec::with_capacity(raw.routes.len());
        let mut all_ends = Vec::with_capacity(raw.routes.len());
        let mut seen_routes = HashSet::new();
        for r in &raw.routes {
            let provenance = self.provenance(&r.provenance, default_provenance);
            let origins = self.origins(
                &r.cite,
                &[("requirements", r.requirements.is_some())],
                "this route",
                provenance,
            );
            let from = r.from.as_ref().map(|f| {
                self.lookup(&role_ix, f, "role", "Use the id of one of the [[roles]] in this file, or leave out `from` for a route in from outside.")
            });
            let to = self.lookup(
                &role_ix,
                &r.to,
                "role",
                "Use the id of one of the [[roles]] in this file.",
            );
            let kind = match m::RouteKind::from_id(r.kind.get_ref()) {
                Some(k) => Some(k),
                None => {
                    let kinds: Vec<&str> = m::RouteKind::ALL.iter().map(|k| k.id()).collect();
                    let suggestion = closest(r.kind.get_ref(), &kinds)
                        .map(|k| format!("Did you mean \"{k}\"? "))
                        .unwrap_or_default();
                    self.sink.error(
                        start(&r.kind),
                        format!("route kind \"{}\" is not known", r.kind.get_ref()),
                        format!("{suggestion}Use one of: {}.", kinds.join(", ")),
                    );
                    None
                }
            };
            // Whether the kind fits where the route starts; reported on the `kind` line.
            match (&r.from, kind) {
                (None, Some(m::RouteKind::Lateral)) => {
                    self.sink.error(start(&r.kind), "a lateral move needs a `from` role", "Add from = \"role-id\", or use kind = \"direct-entry\" for a route in from outside.");
                }
                (None, Some(k @ (m::RouteKind::Promotion | m::RouteKind::FastTrack))) => {
                    let what =
                        if k == m::RouteKind::Promotion { "a promotion" } else { "a fast track" };
                    self.sink.error(
                        start(&r.kind),
                        format!("{what} needs a `from` role: it starts from a role in the service"),
                        "Add from = \"role-id\" for the role it starts from, or use kind = \"direct-entry\", \"apprenticeship\" or \"qualification\" for a route in from outside.",
                    );
                }
                (Some(f), Some(m::RouteKind::DirectEntry)) => {
                    self.sink.error(
                        start(&r.kind),
                        format!("a direct-entry route cannot start from a role (from = \"{}\"): direct entry means applying from outside the service", f.get_ref()),
                        "Remove the `from` line for a route in from outside, or use kind = \"promotion\", \"fast-track\" or \"lateral\" for a move from that role.",
                    );
                }
                _ => {}
            }
            let ends = match (from, to) {
                (None, Some(to)) => Some((None, to as usize)),
                (Some(Some(from)), Some(to)) => Some((Some(from as usize), to as usize)),
                _ => None,
            };
            if let Some((Some(from), to)) = ends {
                if from == to {
                    self.sink.error(
                        start(&r.to),
                        format!("route leads from \"{}\" to itself", r.to.get_ref()),
                        "A route must lead to a different role; remove it or change `to`.",
                    );
                }
            }
            if let (Some(ends), Some(kind)) = (ends, kind) {
                if !seen_routes.insert((ends, kind)) {
                    let from = r
                        .from
                        .as_ref()
                        .map(|f| format!(" from \"{}\"", f.get_ref()))
                        .unwrap_or_default();
                    self.sink.error(
                        start(&r.to),
                        format!(
                            "the {} route{from} to \"{}\" is listed twice",
                            kind.id(),
                            r.to.get_ref()
                        ),
                        "Remove one of the two identical routes.",
                    );
                }
            }
            // A route in from outside puts the role in front of applicants (the engine lists it
            // under "apply now" for direct entry, "through a route" otherwise), which a role
            // marked not open to applicants contradicts unless the route says who can start it.
            // Promotions, fast tracks and lateral moves from outside are already errors above.
            if let (Some((None, to)), Some(kind)) = (ends, kind) {
                let role = &raw.roles[to];
                let explained = r.requirements.is_some();
                if !role.open_to_applicants {
                    let role_line = self.sink.lines.line(start(&role.id));
                    match kind {
                        m::RouteKind::DirectEntry => self.sink.warning(
                            start(&r.to),
                            format!("role \"{}\" is not open to applicants, but this direct-entry route lets people outside the service apply for it now", r.to.get_ref()),
                            format!("Set open_to_applicants = true on role \"{}\" (line {role_line}) if people can apply from outside; if they cannot, remove this route.", r.to.get_ref()),
                        ),
                        m::RouteKind::Apprenticeship | m::RouteKind::Qualification if !explained => self.sink.warning(
                            start(&r.to),
                            format!("role \"{}\" is not open to applicants, but this {} route leads to it from outside, so applicants are shown it as a next step", r.to.get_ref(), kind.id()),
                            format!(
                                "Set open_to_applicants = true on role \"{}\" (line {role_line}) if people can also apply directly; if not, say who can start this route in `requirements`, or give it a `from` role if only staff can take it.",
                                r.to.get_ref()
                            ),
                        ),
                        _ => {}
                    }
                }
            }
            all_ends.push(ends);
            resolved.push(ends.filter(|(f, t)| *f != Some(*t)).filter(|_| kind.is_some()));
            let months = self.number(&r.months, "route duration in months", 0..=600);
            let shorter =
                r.shorter.as_ref().map(|s| self.shorter(s, r, provenance, &registration_ix));
            let gives =
                r.gives.as_ref().map(|g| self.gives(g, &registration_ix)).unwrap_or_default();
            let entry = r
                .entry
                .iter()
                .map(|e| self.entry(e, "routes.entry", provenance, &registration_ix))
                .collect();
            routes.push(m::Route {
                from: ends.and_then(|(f, _)| f).map(|f| m::RoleIx(f as u32)),
                to: m::RoleIx(ends.map(|(_, t)| t as u32).unwrap_or(0)),
                kind: kind.unwrap_or(m::RouteKind::Promotion),
                months: months as u16,
                shorter,
                requirements: origins
                    .set("requirements", self.optional_text(&r.requirements, &r.requirements_cy)),
                entry,
                gives,
                url: self.url(&r.url),
                provenance,
            });
        }
        self.check_route_cycles(raw, &resolved, &routes);
        self.check_qualification_only(raw, &qualification_only, &resolved, &routes);
        self.check_falling_requirements(raw, &resolved, &routes, &scale_ix);
        // After a misspelt role in a route, "cannot be reached" would only repeat that error.
        if all_ends.iter().all(Option::is_some) {
            self.check_reachable(raw, &all_ends);
        }

        // Learning offers.
        let _ = self.index(&raw.learning, |l| &l.id, "learning offer");
        let mut learning = Vec::with_capacity(raw.learning.len());
        for l in &raw.learning {
            let id = self.id(&l.id, "learning offer");
            let provenance = self.provenance(&l.provenance, default_provenance);
            let origins = self.origins(
                &l.cite,
                &[("title", true), ("description", l.description.is_some()), ("provider", true)],
                "this learning offer",
                provenance,
            );
            let mut builds = Vec::new();
            for b in &l.builds {
                let c = self.lookup(
                    &competence_ix,
                    b,
                    "competence",
                    "A learning offer can only build competences defined in this file.",
                );
                if let Some(c) = c.map(m::CompetenceIx) {
                    if builds.contains(&c) {
                        self.sink.error(
                            start(b),
                            format!(
                                "learning offer \"{id}\" lists competence \"{}\" twice",
                                b.get_ref()
                            ),
                            "Remove the second mention from `builds`.",
                        );
                    } else {
                        builds.push(c);
                    }
                }
            }
            if l.builds.is_empty() {
                self.sink.warning(start(&l.id), format!("learning offer \"{id}\" builds no competences"), "List the competences it helps with in `builds`, or people will never be shown it.");
            }
            let mut audience = self.audience(l);
            for r in &l.roles {
                let hint = "Use the id of one of the [[roles]] in this file: the offer is only for staff in the roles listed.";
                if let Some(ix) = self.lookup(&role_ix, r, "role", hint) {
                    audience.roles.push(m::RoleIx(ix));
                }
            }
            if let Some(n) = l.new_starters.as_ref().filter(|n| *n.get_ref()) {
                audience.new_starters = true;
                if !audience.staff {
                    self.sink.error(
                        start(n),
                        "`new_starters` is for people new to a role, but this offer's audience does not include staff",
                        "Add \"staff\" to audience, or remove new_starters.",
                    );
                }
            }
            if let (Some(first), false) = (l.roles.first(), audience.staff) {
                self.sink.error(
                    start(first),
                    "`roles` limits an offer to staff in those roles, but its audience does not include staff",
                    "Add \"staff\" to audience, or remove `roles`.",
                );
            }
            let level =
                l.level.as_ref().map(|n| self.number(n, "learning offer level", 1..=8) as u8);
            let entry = l
                .entry
                .iter()
                .map(|e| self.entry(e, "learning.entry", provenance, &registration_ix))
                .collect();
            learning.push(m::LearningOffer {
                id,
                title: origins.set("title", self.text(&l.title, &l.title_cy)),
                description: origins
                    .set("description", self.optional_text(&l.description, &l.description_cy)),
                provider: origins.set("provider", self.text(&l.provider, &l.provider_cy)),
                format: self.learning_format(&l.format),
                builds,
                audience,
                level,
                entry,
                url: self.url(&l.url),
                provenance,
            });
        }

        if self.welsh.translated < self.welsh.total {
            let missing = self.welsh.total - self.welsh.translated;
            let first = self.sink.lines.line(self.untranslated.iter().copied().min().unwrap_or(0));
            self.sink.warning(
                start(&meta.id),
                format!(
                    "{missing} of {} strings have no Welsh translation; the first is on line {first}",
                    self.welsh.total
                ),
                "Add a `_cy` field beside each English string (e.g. title_cy); until then the English text is shown, marked as English.",
            );
        }

        let corrections = raw
            .corrections
            .iter()
            .map(|c| {
                let version = self.nonempty(&c.version);
                let text = self.text(&c.text, &c.text_cy);
                let mut roles = Vec::new();
                for r in &c.roles {
                    let hint = "Use the id of one of the [[roles]] in this file: the correction is told to people whose current or target role it names. Leave `roles` out to tell everyone.";
                    if let Some(ix) = self.lookup(&role_ix, r, "role", hint) {
                        roles.push(m::RoleIx(ix));
                    }
                }
                m::Correction { version, text, roles }
            })
            .collect();
        let all_official = areas
            .iter()
            .map(|a| a.provenance)
            .chain(competences.iter().map(|c| c.provenance))
            .chain(roles.iter().map(|r| r.provenance))
            .all(|p| p == m::Provenance::Official);
        m::Framework {
            id,
            title,
            summary,
            owner,
            version,
            published,
            written,
            sources,
            notes,
            applies,
            provenance: if all_official && default_provenance == m::Provenance::Official {
                m::Provenance::Official
            } else {
                m::Provenance::Illustrative
            },
            scale,
            levels,
            areas,
            competences,
            roles,
            routes,
            learning,
            registrations,
            corrections,
        }
    }

    /// A route's `shorter` length, which must be shorter than its `months`.
    fn shorter(
        &mut self,
        s: &raw::Shorter,
        route: &raw::Route,
        provenance: m::Provenance,
        registrations: &HashMap<&str, u32>,
    ) -> m::ShorterLength {
        let months = self.number(&s.months, "shorter length in months", 0..=600);
        let usual = *route.months.get_ref();
        if (0..=600).contains(&usual) && months >= usual && months == *s.months.get_ref() {
            self.sink.error(
                start(&s.months),
                format!("the shorter length ({months} months) is not less than the route's usual length ({usual} months)"),
                "Give `shorter` fewer months than the route's `months`, or remove `shorter` if the route is never shorter.",
            );
        }
        let text = self
            .origins(&s.cite, &[("text", true)], "`shorter`", provenance)
            .set("text", self.text(&s.text, &s.text_cy));
        let kinds = Kinds {
            qualification_level: &s.qualification_level,
            experience_years: &s.experience_years,
            registration: &s.registration,
        };
        let credential = self.credential(
            kinds,
            registrations,
            "`shorter`",
            "Give `shorter` at most one of qualification_level, experience_years or registration: what a person must hold to take the shorter length.",
        );
        m::ShorterLength { months: months as u16, when: m::EntryOption { credential, text } }
    }

    /// What a route gives: a qualification, registrations, experience, in that order.
    fn gives(&mut self, g: &raw::Gives, registrations: &HashMap<&str, u32>) -> Vec<m::Credential> {
        let mut gives = Vec::new();
        if let Some(q) = &g.qualification_level {
            gives.push(m::Credential::QualificationLevel(self.number(
                q,
                "qualification level",
                1..=8,
            ) as u8));
        }
        for r in &g.registrations {
            let Some(i) = self.lookup(registrations, r, "registration", REGISTRATION_HINT) else {
                continue;
            };
            let c = m::Credential::Registration(m::RegistrationIx(i));
            if gives.contains(&c) {
                self.sink.error(
                    start(r),
                    format!("this route gives registration \"{}\" twice", r.get_ref()),
                    "Remove the second mention from `gives.registrations`.",
                );
            } else {
                gives.push(c);
            }
        }
        if let Some(y) = &g.experience_years {
            gives.push(m::Credential::ExperienceYears(
                self.number(y, "years of experience", 0..=50) as u8,
            ));
        }
        gives
    }

    /// Who can take a learning offer: `audience` (default both), narrowed by
    /// `employer_provided` (staff only) and `operational` (some staff only).
    fn audience(&mut self, l: &raw::Learning) -> m::Audience {
        let mut audience = m::Audience::default();
        if let Some(list) = &l.audience {
            audience.applicants = false;
            audience.staff = false;
            if list.get_ref().is_empty() {
                self.sink.error(
                    start(list),
                    "`audience` is empty, so nobody can take this offer",
                    "List who can take it: audience = [\"applicant\"], [\"staff\"] or [\"applicant\", \"staff\"]; leave audience out for both.",
                );
            }
            for who in list.get_ref() {
                let flag = match who.get_ref().as_str() {
                    "applicant" => &mut audience.applicants,
                    "staff" => &mut audience.staff,
                    other => {
                        let suggestion = closest(other, &["applicant", "staff"])
                            .map(|k| format!("Did you mean \"{k}\"? "))
                            .unwrap_or_default();
                        self.sink.error(
                            start(who),
                            format!("audience \"{other}\" is not known"),
                            format!("{suggestion}Use \"applicant\" (people outside the service) or \"staff\"."),
                        );
                        continue;
                    }
                };
                if *flag {
                    self.sink.error(
                        start(who),
                        format!("audience lists \"{}\" twice", who.get_ref()),
                        "Remove the second mention from `audience`.",
                    );
                }
                *flag = true;
            }
        }
        if let Some(e) = l.employer_provided.as_ref().filter(|e| *e.get_ref()) {
            audience.employer_provided = true;
            let listed =
                l.audience.as_ref().map(|a| a.get_ref().iter().any(|w| w.get_ref() == "applicant"));
            if audience.applicants && !audience.staff {
                self.sink.error(
                    start(e),
                    "this offer is employer_provided, so only staff can take it, but its audience is applicants only",
                    "Set audience = [\"staff\"] (or leave audience out), or remove employer_provided if people outside the service can take it.",
                );
            } else if listed == Some(true) {
                self.sink.warning(
                    start(e),
                    "this offer is employer_provided, so it is for staff only, but its audience also lists \"applicant\"",
                    "Remove \"applicant\" from audience, or remove employer_provided if people outside the service can take it.",
                );
            }
            audience.applicants = false;
        }
        if let Some(op) = &l.operational {
            audience.operational = Some(*op.get_ref());
            if !audience.staff && l.audience.as_ref().is_some_and(|a| !a.get_ref().is_empty()) {
                self.sink.error(
                    start(op),
                    "`operational` limits an offer to some staff, but its audience does not include staff",
                    "Remove `operational`, or add \"staff\" to audience.",
                );
            }
        }
        audience
    }

    /// A role people can apply for from outside (open to applicants, or with a direct-entry
    /// route) whose entry requirement asks for a qualification above Level 3 with no other
    /// option: applicants need that qualification already, unless a route into the role gives it.
    fn check_qualification_only(
        &mut self,
        raw: &raw::File,
        found: &[(usize, usize, u8)],
        resolved: &[Option<(Option<usize>, usize)>],
        routes: &[m::Route],
    ) {
        for &(role, at, level) in found {
            let direct = resolved.iter().zip(routes).any(|(ends, r)| {
                *ends == Some((None, role)) && r.kind == m::RouteKind::DirectEntry
            });
            if !raw.roles[role].open_to_applicants && !direct {
                continue;
            }
            let given = resolved.iter().zip(routes).any(|(ends, r)| {
                ends.is_some_and(|(_, to)| to == role)
                    && r.gives
                        .iter()
                        .any(|g| matches!(g, m::Credential::QualificationLevel(q) if *q >= level))
            });
            if !given {
                let how = if direct { "has a direct-entry route" } else { "is open to applicants" };
                self.sink.warning(
                    at,
                    format!("role \"{}\" {how}, but this entry requirement asks for a Level {level} qualification with no other option, and no route into the role gives it", raw.roles[role].id.get_ref()),
                    format!("People can only apply with that qualification: check a route into the role gives it (gives = {{ qualification_level = {level} }}), or add the route that does; if something else is accepted instead, add it as an any_of option."),
                );
            }
        }
    }

    /// A promotion or a fast track leads to more responsibility, so the role it leads to should
    /// not need less of a competence than the role it starts from. Where it does (a senior role
    /// that leads through others rather than doing the work itself, say), the role says why in
    /// `[roles.requires_reasons]`; without a reason it is a warning on the lower requirement.
    /// A reason for a competence the role does not require is an error.
    fn check_falling_requirements(
        &mut self,
        raw: &raw::File,
        resolved: &[Option<(Option<usize>, usize)>],
        routes: &[m::Route],
        scale_ix: &HashMap<&str, u32>,
    ) {
        for role in &raw.roles {
            for (comp, reason) in &role.requires_reasons {
                if !role.requires.contains_key(comp.get_ref().as_str()) {
                    self.sink.error(
                        start(comp),
                        format!("role \"{}\" gives a reason for its requirement of \"{}\", which it does not require", role.id.get_ref(), comp.get_ref()),
                        "A reason belongs next to a requirement in [roles.requires]: add the requirement, or remove the reason.",
                    );
                }
                if reason.get_ref().trim().is_empty() {
                    self.sink.error(
                        start(reason),
                        format!("the reason given for role \"{}\"'s requirement of \"{}\" is empty", role.id.get_ref(), comp.get_ref()),
                        "Say in a sentence why this role needs less of the competence than the role below it.",
                    );
                }
            }
        }
        let step = |s: &Spanned<String>| scale_ix.get(s.get_ref().as_str()).copied();
        let mut seen = HashSet::new();
        for (ends, route) in resolved.iter().zip(routes) {
            let Some((Some(from), to)) = *ends else { continue };
            if !matches!(route.kind, m::RouteKind::Promotion | m::RouteKind::FastTrack) {
                continue;
            }
            let (below, above) = (&raw.roles[from], &raw.roles[to]);
            for (comp, needed) in &above.requires {
                let (Some(after), Some(before)) =
                    (step(needed), below.requires.get(comp.get_ref().as_str()).and_then(step))
                else {
                    continue;
                };
                if after >= before
                    || above.requires_reasons.contains_key(comp.get_ref().as_str())
                    || !seen.insert((to, comp.get_ref().clone()))
                {
                    continue;
                }
                let kind = if route.kind == m::RouteKind::Promotion {
                    "a promotion"
                } else {
                    "a fast track"
                };
                self.sink.warning(
                    start(needed),
                    format!(
                        "role \"{}\" needs \"{}\" at \"{}\", less than \"{}\" needs (\"{}\"), and {kind} leads from there to here",
                        above.id.get_ref(),
                        comp.get_ref(),
                        needed.get_ref(),
                        below.id.get_ref(),
                        raw.scale[before as usize].id.get_ref(),
                    ),
                    format!(
                        "Raise this requirement or lower the one below it; if the lower step is right, say why next to it: [roles.requires_reasons] {} = \"...\".",
                        comp.get_ref()
                    ),
                );
            }
        }
    }

    /// Routes other than lateral moves must not lead back to where they started, or
    /// "next step" would have no meaning. Reports each cycle once, on the route that closes it,
    /// naming every role on it. Only routes whose roles all exist take part.
    fn check_route_cycles(
        &mut self,
        raw: &raw::File,
        resolved: &[Option<(Option<usize>, usize)>],
        routes: &[m::Route],
    ) {
        let n = raw.roles.len();
        let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, (ends, route)) in resolved.iter().zip(routes).enumerate() {
            if let (Some((Some(from), _)), false) = (ends, route.kind == m::RouteKind::Lateral) {
                out[*from].push(i);
            }
        }
        // Iterative three-colour depth-first search; the stack is the current path.
        let mut colour = vec![0u8; n];
        for root in 0..n {
            if colour[root] != 0 {
                continue;
            }
            let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
            colour[root] = 1;
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                if let Some(&route) = out[node].get(*next) {
                    *next += 1;
                    let to = resolved[route].map(|(_, t)| t).unwrap_or(0);
                    match colour[to] {
                        0 => {
                            colour[to] = 1;
                            stack.push((to, 0));
                        }
                        1 => {
                            let on_path = stack.iter().position(|(r, _)| *r == to).unwrap_or(0);
                            let mut names: Vec<String> = stack[on_path..]
                                .iter()
                                .map(|(r, _)| format!("\"{}\"", raw.roles[*r].id.get_ref()))
                                .collect();
                            names.push(format!("\"{}\"", raw.roles[to].id.get_ref()));
                            self.sink.error(
                                start(&raw.routes[route].to),
                                format!("routes form a cycle: {}", names.join(" → ")),
                                "Promotions, fast tracks, apprenticeships and qualifications must lead upwards; use kind = \"lateral\" for a move between roles at the same level.",
                            );
                        }
                        _ => {}
                    }
                } else {
                    colour[node] = 2;
                    stack.pop();
                }
            }
        }
    }

    /// Every role should be somewhere a person can get to: open to applicants, the end of a
    /// route in from outside, or reachable by routes from such a role.
    fn check_reachable(&mut self, raw: &raw::File, resolved: &[Option<(Option<usize>, usize)>]) {
        let n = raw.roles.len();
        let mut reached: Vec<bool> = raw.roles.iter().map(|r| r.open_to_applicants).collect();
        for (_, to) in resolved.iter().flatten().filter(|(from, _)| from.is_none()) {
            reached[*to] = true;
        }
        let mut queue: Vec<usize> = (0..n).filter(|&i| reached[i]).collect();
        while let Some(role) = queue.pop() {
            for (_, to) in resolved.iter().flatten().filter(|(from, _)| *from == Some(role)) {
                if !reached[*to] {
                    reached[*to] = true;
                    queue.push(*to);
                }
            }
        }
        for (r, reached) in raw.roles.iter().zip(reached) {
            if !reached {
                self.sink.warning(
                    start(&r.id),
                    format!("role \"{}\" cannot be reached: it is not open to applicants and no route leads to it from a role that can be", r.id.get_ref()),
                    "Set open_to_applicants = true, or add a [[routes]] table whose `to` is this role.",
                );
            }
        }
    }
}

/// Lowercase letters, digits, hyphens and dots, starting with a letter or digit.
pub fn is_valid_id(value: &str) -> bool {
    value.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
}

/// A date as precise as a source gives it: YYYY, YYYY-MM or YYYY-MM-DD, each part valid (a year
/// or a month is checked as the first day of it).
pub fn is_partial_date(s: &str) -> bool {
    match s.len() {
        4 => is_iso_date(&format!("{s}-01-01")),
        7 => is_iso_date(&format!("{s}-01")),
        _ => is_iso_date(s),
    }
}

/// A real calendar date written as YYYY-MM-DD.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if !(b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit()))
    {
        return false;
    }
    let (y, mo, d) = (
        s[0..4].parse::<u32>().unwrap_or(0),
        s[5..7].parse::<u32>().unwrap_or(0),
        s[8..10].parse::<u32>().unwrap_or(0),
    );
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match mo {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// The known id with the smallest edit distance, if it is close enough to be a likely typo:
/// at most a third of the longer id's characters differ, and never the whole of either id
/// (so "x" is not "corrected" to "a").
pub(crate) fn closest<'k>(wanted: &str, known: &[&'k str]) -> Option<&'k str> {
    let wanted_len = wanted.chars().count();
    known
        .iter()
        .map(|k| (edit_distance(wanted, k), *k))
        .filter(|(d, k)| {
            let k_len = k.chars().count();
            *d > 0 && *d < wanted_len && *d < k_len && *d <= (wanted_len.max(k_len) / 3).max(1)
        })
        .min()
        .map(|(_, k)| k)
}

/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
/// neighbouring characters each count 1, so "caer" is one step from "care".
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    d[0] = (0..=b.len()).collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_only_for_likely_typos() {
        let known = ["a", "b", "leading-me", "leading-others", "band-3"];
        assert_eq!(closest("x", &known), None, "an unrelated one-letter id gets no suggestion");
        assert_eq!(closest("leading-mee", &known), Some("leading-me"));
        assert_eq!(closest("band3", &known), Some("band-3"));
        assert_eq!(closest("caer", &["care"]), Some("care"), "a swap of two letters is one typo");
        assert_eq!(closest("expert", &known), None);
        assert_eq!(closest("ab", &["a"]), None, "d=1 equals the length of \"a\"");
    }

    #[test]
    fn dates_are_real_calendar_dates() {
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("2023-04-31"));
        assert!(!is_iso_date("2023-13-01"));
        assert!(!is_iso_date("1 May 2023"));
    }

    #[test]
    fn a_source_date_may_be_a_year_a_month_or_a_day() {
        for good in ["2020", "2023-02", "2025-05-08"] {
            assert!(is_partial_date(good), "{good}");
        }
        for bad in ["", "20", "2023-13", "2023-2", "2023-02-30", "May 2023", "2023-", "20-1"] {
            assert!(!is_partial_date(bad), "{bad}");
        }
    }
}
