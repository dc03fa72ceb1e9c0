//! The studio's interface strings, from `locales/{en,cy}/studio.toml`: a key in one language and
//! not the other fails the build, as for the widget's (`hjcp_content::locales`).

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    let out = std::env::var("OUT_DIR").unwrap();
    let locales = std::path::Path::new(&manifest).join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.join("en/studio.toml").display());
    println!("cargo:rerun-if-changed={}", locales.join("cy/studio.toml").display());
    hjcp_content::locales::generate(
        &locales,
        &|name| name == "studio.toml",
        &std::path::Path::new(&out).join("studio_keys.rs"),
    );
}
