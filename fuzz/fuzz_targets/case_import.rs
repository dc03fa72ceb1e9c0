//! The CASE importer on any package. Its promise: a package it accepts becomes a framework
//! file that compiles; that framework then exports to CASE and imports again.
#![no_main]

use hjcp_content::case::{export, import};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok((toml, _notes)) = import(&text) else { return };
    let compiled = hjcp_content::compile("imported.toml", &toml);
    let framework = compiled.framework.unwrap_or_else(|| {
        let errors: Vec<String> = compiled.diagnostics.iter().map(|d| d.to_string()).collect();
        panic!("an accepted package became a file that does not compile:\n{}\n\n{toml}", errors.join("\n"))
    });
    let package = export(&framework).to_string();
    if let Err(e) = import(&package) {
        panic!("the export of an imported package does not import again: {e}\n\n{toml}");
    }
});
