//! Framework content: the TOML file format owners edit, its validation with `file:line`
//! diagnostics, compilation into the compact bytes the widget embeds, and CASE interchange.
//!
//! Used at build time (the widget's `build.rs`) and by the `validate` command; never shipped
//! in the wasm bundle, so the TOML parser costs the visitor nothing.

pub mod case;
pub mod compile;
pub mod diagnostic;
pub mod diff;
pub mod draft;
pub mod locales;
pub mod raw;

use std::path::Path;

use hjcp_engine::model::Catalog;

pub use compile::{compile, quotes, Compiled, WelshCount};
pub use diagnostic::{Diagnostic, Severity};

/// The result of compiling every framework file in a folder.
#[derive(Debug, Default)]
pub struct CatalogBuild {
    pub catalog: Catalog,
    pub diagnostics: Vec<Diagnostic>,
    /// (framework id, Welsh count) per compiled framework.
    pub welsh: Vec<(String, WelshCount)>,
    /// (file name as shown, (line, text) of each English string without Welsh) per compiled
    /// framework.
    pub untranslated: Vec<(String, Vec<(usize, String)>)>,
}

impl CatalogBuild {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }
}

/// Compiles every `*.toml` file directly inside `dir`, in file-name order.
/// `display_prefix` is prepended to file names in messages (e.g. "frameworks/").
pub fn compile_dir(dir: &Path, display_prefix: &str) -> std::io::Result<CatalogBuild> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    let mut build = CatalogBuild::default();
    let mut defined_in: Vec<String> = Vec::new();
    for path in paths {
        let source = std::fs::read_to_string(&path)?;
        let name =
            format!("{display_prefix}{}", path.file_name().unwrap_or_default().to_string_lossy());
        let compiled = compile(&name, &source);
        build.diagnostics.extend(compiled.diagnostics);
        if let Some(framework) = compiled.framework {
            if let Some(i) = build.catalog.frameworks.iter().position(|f| f.id == framework.id) {
                build.diagnostics.push(Diagnostic {
                    severity: Severity::Error,
                    file: name,
                    line: compiled.id_line,
                    message: format!("framework id \"{}\" is already used by {}", framework.id, defined_in[i]),
                    hint: "Give each framework file its own [framework] id; stored answers are keyed by it.".into(),
                });
                continue;
            }
            build.untranslated.push((name.clone(), compiled.untranslated_lines));
            defined_in.push(name);
            build.welsh.push((framework.id.clone(), compiled.welsh));
            build.catalog.frameworks.push(framework);
        }
    }
    Ok(build)
}

/// The compact form shipped in the bundle.
pub fn to_bundle_bytes(catalog: &Catalog) -> Vec<u8> {
    postcard::to_allocvec(catalog).expect("a catalog always serialises")
}

/// The content as the release build ships it: an index of every framework without its content
/// (`hjcp_engine::Listing`, postcard), in the wasm, and each whole framework in a file of its own
/// (postcard), fetched when a person chooses it. A file's name holds a hash of its bytes, so a
/// host can cache it for ever and a changed framework is a new name.
pub struct ContentFiles {
    pub index: Vec<u8>,
    /// (file name, bytes), in the catalog's order.
    pub files: Vec<(String, Vec<u8>)>,
}

pub fn content_files(catalog: &Catalog) -> ContentFiles {
    let mut listings = Vec::new();
    let mut files = Vec::new();
    for framework in &catalog.frameworks {
        let bytes = postcard::to_allocvec(framework).expect("a framework always serialises");
        let name = format!("content-{}-{}.bin", framework.id, hash16(&bytes));
        listings.push(hjcp_engine::model::Listing::of(framework, name.clone()));
        files.push((name, bytes));
    }
    let index = postcard::to_allocvec(&listings).expect("a listing always serialises");
    ContentFiles { index, files }
}

/// 16 hex digits naming a file by its bytes: two FNV-1a 64 passes with different offsets
/// (enough to tell versions of a file apart; nothing here needs a cryptographic hash).
fn hash16(bytes: &[u8]) -> String {
    let fnv = |offset: u64| {
        bytes.iter().fold(offset, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3))
    };
    format!("{:08x}{:08x}", fnv(0xcbf2_9ce4_8422_2325) >> 32, fnv(0x6c62_272e_07bb_0142) >> 32)
}
