//! What the studio shows for an opened file, apart from how it is drawn: the checked file from
//! `hjcp_content::draft`, carried from the worker as postcard bytes, and what changed against the
//! published framework with the same id.

use hjcp_content::diff::{self, Change};
use hjcp_content::draft::{Checked, Opened, Outcome};
use hjcp_engine::model::{Catalog, Framework};

pub fn encode(opened: &Opened) -> Vec<u8> {
    postcard::to_allocvec(opened).unwrap_or_default()
}

/// The worker's answer read back; `None` if the bytes are not an `Opened` (a worker from
/// another build, or a truncated message).
pub fn decode(bytes: &[u8]) -> Option<Opened> {
    postcard::from_bytes(bytes).ok()
}

/// The draft against the framework the widget publishes with the same id.
#[derive(Clone, Debug, PartialEq)]
pub enum Against {
    /// No published framework has this id: everything in the draft is new.
    New,
    Published {
        version: String,
        title: String,
        changes: Vec<Change>,
        text: String,
    },
}

pub fn against(published: &Catalog, draft: &Framework) -> Against {
    match published.frameworks.iter().find(|f| f.id == draft.id) {
        None => Against::New,
        Some(old) => {
            let changes = diff::diff(old, draft);
            let text = diff::changes_text(old, draft, &changes);
            Against::Published {
                version: old.version.clone(),
                title: old.title.en.clone(),
                changes,
                text,
            }
        }
    }
}

/// The checked file, when the file was a framework at all.
pub fn checked(opened: &Opened) -> Option<&Checked> {
    match &opened.outcome {
        Outcome::Checked(checked) => Some(checked),
        Outcome::NotAFramework(_) => None,
    }
}

/// Whether the build would stop on this file: any error, or not a framework at all.
pub fn has_errors(opened: &Opened) -> bool {
    checked(opened).is_none_or(|c| c.errors() > 0)
}

/// A file name for a download made from the opened one: "draft.toml" → "draft-case.json".
pub fn download_name(opened: &str, suffix: &str, extension: &str) -> String {
    let stem = opened.rsplit_once('.').map_or(opened, |(stem, _)| stem);
    let stem: String = stem
        .chars()
        .map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '-' })
        .collect();
    let stem = if stem.is_empty() { "framework".to_string() } else { stem };
    format!("{stem}{suffix}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_download_is_named_after_the_file_it_came_from() {
        assert_eq!(download_name("nhse.toml", "-case", "json"), "nhse-case.json");
        assert_eq!(download_name("My file (2).json", "", "toml"), "My-file--2-.toml");
        assert_eq!(download_name(".json", "-problems", "txt"), "framework-problems.txt");
    }

    #[test]
    fn errors_are_counted_and_what_is_not_a_framework_counts_as_one() {
        assert!(has_errors(&hjcp_content::draft::open("empty.toml", b"")));
        assert!(has_errors(&hjcp_content::draft::open("bad.toml", b"[framework]\nid = ")));
        let source = include_str!("../../../frameworks/hmpps-leadership-code.toml");
        assert!(!has_errors(&hjcp_content::draft::open("ok.toml", source.as_bytes())));
    }

    #[test]
    fn the_worker_answer_reads_back_and_junk_is_refused() {
        let opened = hjcp_content::draft::open("empty.toml", b"");
        assert_eq!(decode(&encode(&opened)), Some(opened));
        assert_eq!(decode(&[0xff, 0xff, 0xff]), None);
    }
}
