//! One file a framework owner picks in the studio, checked exactly as `validate` checks it.
//!
//! The studio runs this in a Web Worker and sends the [`Opened`] back to the page as postcard
//! bytes, so every type here is plain data. The promise is that a file's problems are the ones
//! `validate` prints for it (severity, line, message and hint), because both call
//! [`crate::compile`] on the same text; only the checks across several files of a folder (one
//! framework id used twice) cannot be made on one file.
//!
//! What is not a framework file at all (a picture, a spreadsheet, some other JSON) gets a
//! [`NotAFramework`] reason instead of a wall of TOML syntax errors, since that is what an owner
//! who picked the wrong file needs to hear.

use std::fmt;

use hjcp_engine::model::Framework;
use serde::{Deserialize, Serialize};

use crate::case::{self, ImportError};
use crate::{compile, Diagnostic, Severity, WelshCount};

/// The largest file the studio opens: far above any real framework (the largest is well under
/// 1 MB), low enough that a browser tab keeps its memory.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// How many lines either side of a problem's line are shown with it.
const CONTEXT: usize = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    /// A framework file, as kept in `frameworks/`.
    Toml,
    /// A CASE 1.0 `CFPackage` (JSON), converted to a framework file before checking.
    Case,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Opened {
    /// The file name as given, used in every diagnostic.
    pub file: String,
    pub outcome: Outcome,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Outcome {
    NotAFramework(NotAFramework),
    /// Boxed because it is far larger than the other case.
    Checked(Box<Checked>),
}

/// Why a file is not even a framework to check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NotAFramework {
    /// 0 bytes, or only whitespace.
    Empty,
    /// Over [`MAX_BYTES`].
    TooLarge { bytes: u64 },
    /// Not UTF-8 text (or a known binary format whatever its bytes); `kind` names the format
    /// when its magic number is known.
    Binary { kind: Option<String> },
    /// Starts like JSON but is not valid JSON.
    Json { line: usize, column: usize, message: String },
    /// Valid JSON, but not a CASE `CFPackage`; `why` is the import's explanation.
    OtherJson { why: String },
    /// Shaped like a `CFPackage`, but the import could not read it; `why` is the import's
    /// explanation.
    CaseUnreadable { why: String },
}

impl fmt::Display for NotAFramework {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NotAFramework::Empty => write!(f, "the file is empty"),
            NotAFramework::TooLarge { bytes } => write!(
                f,
                "the file is {bytes} bytes, more than the {MAX_BYTES} bytes a framework file may have"
            ),
            NotAFramework::Binary { kind: Some(kind) } => {
                write!(f, "this is not a text file: it looks like a {kind}")
            }
            NotAFramework::Binary { kind: None } => {
                write!(f, "this is not a text file (it is not UTF-8 text)")
            }
            NotAFramework::Json { line, column, message } => {
                write!(f, "this is not valid JSON (line {line}, column {column}: {message})")
            }
            NotAFramework::OtherJson { why } | NotAFramework::CaseUnreadable { why } => {
                write!(f, "{why}")
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Checked {
    pub format: Format,
    /// validate's diagnostics for this file, in validate's order, each with the file's lines
    /// around it.
    pub problems: Vec<Problem>,
    /// Present only when there are no errors.
    pub framework: Option<Framework>,
    pub welsh: WelshCount,
    /// (line, line text) of each English string without Welsh (compile's untranslated_lines).
    pub untranslated: Vec<(usize, String)>,
    /// For a CASE package: what the import did and could not map (case::import's notes), else
    /// empty.
    pub import_notes: Vec<String>,
    /// The framework file the problems' line numbers refer to: the file itself for TOML; the
    /// TOML the import wrote for CASE (offered as a download "as a framework file").
    pub toml: String,
    /// For a TOML file that compiled: the CASE 1.0 CFPackage export, pretty-printed JSON (a
    /// download). None otherwise (and None for CASE input — they already have it).
    pub case_json: Option<String>,
}

impl Checked {
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.diagnostic.severity == Severity::Error).count()
    }

    pub fn warnings(&self) -> usize {
        self.problems.len() - self.errors()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub diagnostic: Diagnostic,
    /// The diagnostic's line and up to 2 lines either side, as (1-based line number, text
    /// without its line ending); empty when the line is not in the file (a syntax error at the
    /// very end).
    pub context: Vec<(usize, String)>,
}

/// The reason to refuse a file of this length, so a caller that knows only the length (a
/// browser `File`) can refuse it before reading it into memory.
pub fn too_large(bytes: u64) -> Option<NotAFramework> {
    (bytes > MAX_BYTES as u64).then_some(NotAFramework::TooLarge { bytes })
}

/// Opens the bytes of one file named `file` and checks it as `validate` would.
pub fn open(file: &str, bytes: &[u8]) -> Opened {
    let outcome = match read(file, bytes) {
        Ok(checked) => Outcome::Checked(Box::new(checked)),
        Err(reason) => Outcome::NotAFramework(reason),
    };
    Opened { file: file.to_string(), outcome }
}

fn read(file: &str, bytes: &[u8]) -> Result<Checked, NotAFramework> {
    if let Some(reason) = too_large(bytes.len() as u64) {
        return Err(reason);
    }
    if bytes.is_empty() {
        return Err(NotAFramework::Empty);
    }
    // A known binary format is reported as such even if its bytes happen to be valid UTF-8
    // (an all-ASCII PDF): its name tells the owner more than TOML syntax errors would.
    let kind = binary_kind(bytes);
    let text = match (kind, std::str::from_utf8(bytes)) {
        (None, Ok(text)) => text,
        (kind, _) => return Err(NotAFramework::Binary { kind: kind.map(str::to_string) }),
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let start = text.trim_start();
    if start.is_empty() {
        return Err(NotAFramework::Empty);
    }
    if looks_like_json(start) {
        return read_case(file, text);
    }
    let compiled = compile(file, text);
    let case_json = compiled
        .framework
        .as_ref()
        .and_then(|f| serde_json::to_string_pretty(&case::export(f)).ok());
    Ok(checked(Format::Toml, text.to_string(), compiled, Vec::new(), case_json))
}

fn read_case(file: &str, text: &str) -> Result<Checked, NotAFramework> {
    match case::import(text) {
        Ok((toml, notes)) => {
            let compiled = compile(file, &toml);
            Ok(checked(Format::Case, toml, compiled, notes, None))
        }
        Err(ImportError::Json { line, column, message }) => {
            Err(NotAFramework::Json { line, column, message })
        }
        Err(err @ (ImportError::NotAPackage(_) | ImportError::MissingDocument)) => {
            Err(NotAFramework::OtherJson { why: err.to_string() })
        }
        Err(err) => Err(NotAFramework::CaseUnreadable { why: err.to_string() }),
    }
}

fn checked(
    format: Format,
    toml: String,
    compiled: crate::Compiled,
    import_notes: Vec<String>,
    case_json: Option<String>,
) -> Checked {
    // One split for every problem, so a large file with many problems stays linear.
    let lines: Vec<&str> = toml.lines().collect();
    let problems = compiled
        .diagnostics
        .into_iter()
        .map(|diagnostic| {
            let context = context(&lines, diagnostic.line);
            Problem { diagnostic, context }
        })
        .collect();
    Checked {
        format,
        problems,
        framework: compiled.framework,
        welsh: compiled.welsh,
        untranslated: compiled.untranslated_lines,
        import_notes,
        toml,
        case_json,
    }
}

fn context(lines: &[&str], line: usize) -> Vec<(usize, String)> {
    if line == 0 || line > lines.len() {
        return Vec::new();
    }
    let first = line.saturating_sub(CONTEXT).max(1);
    let last = (line + CONTEXT).min(lines.len());
    (first..=last).map(|n| (n, lines[n - 1].to_string())).collect()
}

/// A TOML file can start with `[` too (`[framework]`), so `[` counts as JSON only when the
/// first line is not a table header or the text parses as JSON.
fn looks_like_json(start: &str) -> bool {
    if start.starts_with('{') {
        return true;
    }
    if !start.starts_with('[') {
        return false;
    }
    let first_line = start.lines().next().unwrap_or_default();
    !is_table_header(first_line) || serde_json::from_str::<serde::de::IgnoredAny>(start).is_ok()
}

/// `[name]`, `[[name]]`, `[a.b]`, `["quoted key"]`, with an optional `# comment` after.
fn is_table_header(line: &str) -> bool {
    let line = line.trim();
    let split = match line.strip_prefix("[[") {
        Some(rest) => rest.split_once("]]"),
        None => line.strip_prefix('[').and_then(|rest| rest.split_once(']')),
    };
    let Some((inner, after)) = split else { return false };
    let after = after.trim_start();
    inner.chars().any(char::is_alphabetic)
        && inner
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ' ' | '\t' | '"' | '\''))
        && (after.is_empty() || after.starts_with('#'))
}

fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const KINDS: [(&[u8], &str); 5] = [
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"%PDF-", "PDF document"),
        (b"PK\x03\x04", "ZIP archive (e.g. a Word or Excel file)"),
    ];
    KINDS.iter().find(|(magic, _)| bytes.starts_with(magic)).map(|(_, kind)| *kind)
}

/// The text `validate` prints for this file's diagnostics (each one's Display, then the
/// `N errors, N warnings` line), for a reviewer to download. A file that is not a framework
/// gets one `file: error: reason` line and counts as one error, as `validate` fails on it.
pub fn problems_text(opened: &Opened) -> String {
    let mut out = String::new();
    let (errors, warnings) = match &opened.outcome {
        Outcome::NotAFramework(reason) => {
            out.push_str(&format!("{}: error: {reason}\n", opened.file));
            (1, 0)
        }
        Outcome::Checked(checked) => {
            for p in &checked.problems {
                out.push_str(&format!("{}\n", p.diagnostic));
            }
            (checked.errors(), checked.warnings())
        }
    };
    out.push_str(&format!(
        "{}, {}\n",
        count(errors, "error", "errors"),
        count(warnings, "warning", "warnings")
    ));
    out
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
