//! Messages for framework owners: where (file and line), what is wrong, and how to fix it.

use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    pub message: String,
    /// One sentence telling the owner what to change.
    pub hint: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}:{}: {}: {}", self.file, self.line, kind, self.message)?;
        if !self.hint.is_empty() {
            write!(f, "\n  hint: {}", self.hint)?;
        }
        Ok(())
    }
}

/// Turns byte offsets into 1-based line numbers for one source file.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    pub fn line(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

/// Collects diagnostics for one file.
pub struct Sink<'a> {
    pub file: &'a str,
    pub lines: LineIndex,
    pub diagnostics: Vec<Diagnostic>,
}

impl<'a> Sink<'a> {
    pub fn new(file: &'a str, source: &str) -> Sink<'a> {
        Sink { file, lines: LineIndex::new(source), diagnostics: Vec::new() }
    }

    pub fn error(&mut self, offset: usize, message: impl Into<String>, hint: impl Into<String>) {
        self.push(Severity::Error, offset, message.into(), hint.into());
    }

    pub fn warning(&mut self, offset: usize, message: impl Into<String>, hint: impl Into<String>) {
        self.push(Severity::Warning, offset, message.into(), hint.into());
    }

    fn push(&mut self, severity: Severity, offset: usize, message: String, hint: String) {
        let line = self.lines.line(offset);
        self.diagnostics.push(Diagnostic {
            severity,
            file: self.file.to_string(),
            line,
            message,
            hint,
        });
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }
}
