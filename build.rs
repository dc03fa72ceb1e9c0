//! Build-time content and string compilation for the widget.
//!
//! 1. Every framework file in `frameworks/` is validated and compiled into compact postcard
//!    bytes (`OUT_DIR/catalog.bin`, the whole catalog, which tests embed; `OUT_DIR/index.bin`,
//!    every framework without its content, which the release build embeds; and
//!    `OUT_DIR/content/content-<id>-<hash>.bin`, one whole framework each, fetched on demand);
//!    any error fails the build with `file:line` and a hint.
//! 2. `locales/en/*.toml` and `locales/cy/*.toml` become a `Key` enum with one variant per
//!    string; a key missing from either language fails the build, so Welsh never falls behind.
//!    Not `advice.toml`: the advice is worded only by hjcp-words (`crates/words/build.rs`); not
//!    `studio.toml`: the framework studio's strings (`crates/studio/build.rs`,
//!    `hjcp_content::locales`, the same rules). This copy of the rules stays here, not in
//!    `hjcp_content::locales`: a build script's dependencies feed the hash in every symbol name
//!    of the widget's wasm, so dropping its `toml` dependency changed the shipped bytes
//!    (+914 B brotli on the first load for the same code).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    let out = std::env::var("OUT_DIR").unwrap();
    let root = Path::new(&manifest);
    println!("cargo:rerun-if-changed=frameworks");
    println!("cargo:rerun-if-changed=locales");

    compile_frameworks(root, Path::new(&out));
    compile_locales(root, Path::new(&out));
}

fn compile_frameworks(root: &Path, out: &Path) {
    let dir = root.join("frameworks");
    let build = hjcp_content::compile_dir(&dir, "frameworks/").expect("frameworks/ is readable");
    for d in &build.diagnostics {
        for line in d.to_string().lines() {
            println!("cargo:warning={line}");
        }
    }
    if build.has_errors() {
        eprintln!("\nFramework files have errors:\n");
        for d in build.diagnostics.iter().filter(|d| d.severity == hjcp_content::Severity::Error) {
            eprintln!("{d}\n");
        }
        eprintln!("Fix them (or run `cargo run -p hjcp-content --bin validate`) and build again.");
        std::process::exit(1);
    }
    let bytes = hjcp_content::to_bundle_bytes(&build.catalog);
    std::fs::write(out.join("catalog.bin"), bytes).unwrap();
    // What the release build ships: the index in the wasm, each framework in its own file,
    // which scripts/assemble.mjs copies from here into dist/ beside the wasm.
    let files = hjcp_content::content_files(&build.catalog);
    std::fs::write(out.join("index.bin"), files.index).unwrap();
    let dir = out.join("content");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, bytes) in files.files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
}

fn compile_locales(root: &Path, out: &Path) {
    let en = read_locale(root, "en");
    let cy = read_locale(root, "cy");
    let mut problems = Vec::new();
    for (key, (file, _)) in en.iter().filter(|(k, _)| !cy.contains_key(*k)) {
        problems.push(format!("locales/cy/{file}: missing key `{key}` (it is in locales/en/{file}): add the Welsh text"));
    }
    for (key, (file, _)) in cy.iter().filter(|(k, _)| !en.contains_key(*k)) {
        problems.push(format!("locales/en/{file}: missing key `{key}` (it is in locales/cy/{file}): add the English text or remove it"));
    }
    for (key, (file, text)) in en.iter().chain(cy.iter()) {
        if text.trim().is_empty() {
            problems.push(format!("locales/*/{file}: key `{key}` is empty"));
        }
    }
    if !problems.is_empty() {
        for p in &problems {
            eprintln!("{p}");
        }
        std::process::exit(1);
    }
    let mut code = String::from("/// Every UI string, one variant per key in `locales/*/*.toml`.\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum Key {\n");
    for key in en.keys() {
        writeln!(code, "    {},", camel(key)).unwrap();
    }
    code.push_str("}\n\nimpl Key {\n    pub fn text(self, lang: hjcp_engine::Lang) -> &'static str {\n        match lang {\n            hjcp_engine::Lang::En => match self {\n");
    for (key, (_, text)) in &en {
        writeln!(code, "                Key::{} => {:?},", camel(key), text).unwrap();
    }
    code.push_str("            },\n            hjcp_engine::Lang::Cy => match self {\n");
    for (key, (_, text)) in &cy {
        writeln!(code, "                Key::{} => {:?},", camel(key), text).unwrap();
    }
    code.push_str("            },\n        }\n    }\n}\n");
    std::fs::write(out.join("i18n_keys.rs"), code).unwrap();
}

/// Reads every `locales/<lang>/*.toml` file into key -> (file name, text). The same key in two
/// files of one language is an error, so each screen's strings can live in their own file.
fn read_locale(root: &Path, lang: &str) -> BTreeMap<String, (String, String)> {
    let dir = root.join("locales").join(lang);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .filter(|p| !is_read_elsewhere(p))
        .collect();
    files.sort();
    let mut all = BTreeMap::new();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let table: BTreeMap<String, String> = toml::from_str(&text).unwrap_or_else(|e| {
            eprintln!("locales/{lang}/{name}: {e}");
            std::process::exit(1)
        });
        for (key, value) in table {
            if let Some((other, _)) = all.insert(key.clone(), (name.clone(), value)) {
                eprintln!("locales/{lang}/{name}: key `{key}` is also in locales/{lang}/{other}; keep one");
                std::process::exit(1);
            }
        }
    }
    all
}

/// `advice.toml` holds the sentences of advice, which the widget reads only through
/// hjcp-words (`crates/words/build.rs` checks and compiles them), so it has no `Key` here; nor
/// has `studio.toml`, the framework studio's (`crates/studio/build.rs`), whose strings never
/// enter the widget's bundle.
fn is_read_elsewhere(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == "advice.toml" || n == "studio.toml")
}

fn camel(key: &str) -> String {
    key.split(['_', '-', '.'])
        .map(|part| {
            let mut c = part.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}
