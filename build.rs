//! Build-time content and string compilation for the widget.
//!
//! 1. Every framework file in `frameworks/` is validated and compiled into compact postcard
//!    bytes (`OUT_DIR/catalog.bin`, the whole catalog, which tests embed; `OUT_DIR/index.bin`,
//!    every framework without its content, which the release build embeds; and
//!    `OUT_DIR/content/content-<id>-<hash>.bin`, one whole framework each, fetched on demand);
//!    any error fails the build with `file:line` and a hint.
//! 2. `locales/en/*.toml` and `locales/cy/*.toml` become a `Key` enum with one variant per
//!    string; a key missing from either language fails the build, so Welsh never falls behind.
//!    Not `advice.toml`: the advice is worded only by hjcp-words (`crates/words/build.rs`).

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
    hjcp_content::locales::generate(
        &root.join("locales"),
        &|name| !is_advice(name) && !is_studio(name),
        &out.join("i18n_keys.rs"),
    );
}

/// `advice.toml` holds the sentences of advice, which the widget reads only through
/// hjcp-words (`crates/words/build.rs` checks and compiles them), so it has no `Key` here.
fn is_advice(name: &str) -> bool {
    name == "advice.toml"
}

/// `studio.toml` is the framework studio's (`crates/studio/build.rs`): its strings never enter
/// the widget's bundle.
fn is_studio(name: &str) -> bool {
    name == "studio.toml"
}
