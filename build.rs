//! Build-time content and string compilation for the widget.
//!
//! 1. Every framework file in `frameworks/` is validated and compiled into compact postcard
//!    bytes (`OUT_DIR/catalog.bin`); any error fails the build with `file:line` and a hint.
//! 2. `locales/en.toml` and `locales/cy.toml` become a `Key` enum with one variant per string;
//!    a key missing from either language fails the build, so Welsh can never fall behind.

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
}

fn compile_locales(root: &Path, out: &Path) {
    let read = |lang: &str| -> BTreeMap<String, String> {
        let path = root.join("locales").join(format!("{lang}.toml"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        toml::from_str(&text).unwrap_or_else(|e| panic!("locales/{lang}.toml: {e}"))
    };
    let en = read("en");
    let cy = read("cy");
    let mut problems = Vec::new();
    for key in en.keys().filter(|k| !cy.contains_key(*k)) {
        problems.push(format!("locales/cy.toml: missing key `{key}` (it is in en.toml): add the Welsh text"));
    }
    for key in cy.keys().filter(|k| !en.contains_key(*k)) {
        problems.push(format!("locales/en.toml: missing key `{key}` (it is in cy.toml): add the English text or remove it from cy.toml"));
    }
    for (key, text) in en.iter().chain(cy.iter()) {
        if text.trim().is_empty() {
            problems.push(format!("locales: key `{key}` is empty"));
        }
    }
    if !problems.is_empty() {
        for p in &problems {
            eprintln!("{p}");
        }
        std::process::exit(1);
    }
    let mut code = String::from("/// Every UI string, one variant per key in `locales/*.toml`.\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum Key {\n");
    for key in en.keys() {
        writeln!(code, "    {},", camel(key)).unwrap();
    }
    code.push_str("}\n\nimpl Key {\n    pub fn text(self, lang: hjcp_engine::Lang) -> &'static str {\n        match lang {\n            hjcp_engine::Lang::En => match self {\n");
    for (key, text) in &en {
        writeln!(code, "                Key::{} => {:?},", camel(key), text).unwrap();
    }
    code.push_str("            },\n            hjcp_engine::Lang::Cy => match self {\n");
    for (key, text) in &cy {
        writeln!(code, "                Key::{} => {:?},", camel(key), text).unwrap();
    }
    code.push_str("            },\n        }\n    }\n}\n");
    std::fs::write(out.join("i18n_keys.rs"), code).unwrap();
}

fn camel(key: &str) -> String {
    key.split(['_', '-', '.'])
        .map(|part| {
            let mut c = part.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}
