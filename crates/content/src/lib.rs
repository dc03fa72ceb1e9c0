//! Framework content: the TOML file format owners edit, its validation with `file:line`
//! diagnostics, compilation into the compact bytes the widget embeds, and CASE interchange.
//!
//! Used at build time (the widget's `build.rs`) and by the `validate` command; never shipped
//! in the wasm bundle, so the TOML parser costs the visitor nothing.

pub mod case;
pub mod compile;
pub mod diagnostic;
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
