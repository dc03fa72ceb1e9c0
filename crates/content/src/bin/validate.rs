//! `validate [DIR]`: checks every framework file in DIR (default `frameworks/`) and prints each
//! problem as `file:line: error: message` with a hint. Exits 1 if any file has an error, so it
//! can guard a framework owner's change the same way the build does.
//!
//! `validate --missing-welsh [DIR]` also lists every English string that has no Welsh, as
//! `file:line: no Welsh: text`, for a translator to work down.

use std::path::PathBuf;
use std::process::ExitCode;

use hjcp_content::Severity;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let list_missing_welsh = args.iter().any(|a| a == "--missing-welsh");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("frameworks"));
    let prefix = format!("{}/", dir.display()).replace("//", "/");
    let build = match hjcp_content::compile_dir(&dir, &prefix) {
        Ok(build) => build,
        Err(err) => {
            eprintln!("{}: cannot read the folder: {err}", dir.display());
            return ExitCode::from(2);
        }
    };
    for d in &build.diagnostics {
        println!("{d}");
    }
    if list_missing_welsh {
        for (file, lines) in &build.untranslated {
            for (line, text) in lines {
                println!("{file}:{line}: no Welsh: {text}");
            }
        }
    }
    let errors = build.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = build.diagnostics.len() - errors;
    for f in &build.catalog.frameworks {
        let welsh =
            build.welsh.iter().find(|(id, _)| *id == f.id).map(|(_, w)| *w).unwrap_or_default();
        println!(
            "ok: {} — {}, {}, {}, {}, {}; Welsh {}/{} strings",
            f.id,
            count(f.areas.len(), "area", "areas"),
            count(f.competences.len(), "competence", "competences"),
            count(f.roles.len(), "role", "roles"),
            count(f.routes.len(), "route", "routes"),
            count(f.learning.len(), "learning offer", "learning offers"),
            welsh.translated,
            welsh.total
        );
    }
    println!("{}, {}", count(errors, "error", "errors"), count(warnings, "warning", "warnings"));
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
