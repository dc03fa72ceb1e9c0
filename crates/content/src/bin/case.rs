//! `case`: CASE 1.0 interchange for framework files.
//!
//!     case export <framework.toml> [-o out.json] [--base-uri URI]
//!     case import <package.json> [-o out.toml]
//!
//! Without `-o` the result goes to standard output. Problems go to standard error; the exit
//! code is 0 on success, 1 when the input has errors, 2 for a usage or file problem.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use hjcp_content::case::{self, ExportOptions};

const USAGE: &str = "usage:
  case export <framework.toml> [-o out.json] [--base-uri URI]   framework file → CASE 1.0 CFPackage JSON
  case import <package.json> [-o out.toml]                      CASE CFPackage JSON → framework file";

struct Args {
    command: String,
    input: PathBuf,
    output: Option<PathBuf>,
    base_uri: Option<String>,
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let command = args.next().ok_or("say what to do: export or import")?;
    if command == "-h" || command == "--help" || command == "help" {
        return Err(String::new());
    }
    if command != "export" && command != "import" {
        return Err(format!("unknown command \"{command}\": use export or import"));
    }
    let (mut input, mut output, mut base_uri) = (None, None, None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-o" | "--output" => {
                output = Some(PathBuf::from(args.next().ok_or("-o needs a file name after it")?))
            }
            "--base-uri" if command == "export" => {
                base_uri = Some(args.next().ok_or("--base-uri needs a URI after it")?)
            }
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(format!("unknown option {flag}"))
            }
            _ if input.is_some() => {
                return Err(format!("one input file only (got a second: {arg})"))
            }
            _ => input = Some(PathBuf::from(arg)),
        }
    }
    let input = input.ok_or_else(|| {
        format!(
            "name the {} file to read",
            if command == "export" { "framework (.toml)" } else { "CASE package (.json)" }
        )
    })?;
    Ok(Args { command, input, output, base_uri })
}

fn main() -> ExitCode {
    let args = match parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(problem) => {
            if problem.is_empty() {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("case: {problem}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let source = match std::fs::read_to_string(&args.input) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("case: cannot read {}: {e}", args.input.display());
            return ExitCode::from(2);
        }
    };
    let display = args.input.display().to_string();
    let result = if args.command == "export" {
        export(&display, &source, args.base_uri)
    } else {
        import(&display, &source)
    };
    let text = match result {
        Ok(text) => text,
        Err(code) => return code,
    };
    match &args.output {
        Some(path) => write(path, &text),
        None => {
            print!("{text}");
            ExitCode::SUCCESS
        }
    }
}

fn export(display: &str, source: &str, base_uri: Option<String>) -> Result<String, ExitCode> {
    let compiled = hjcp_content::compile(display, source);
    for d in &compiled.diagnostics {
        eprintln!("{d}");
    }
    let Some(framework) = compiled.framework else {
        eprintln!("case: {display} has errors; fix them and export again.");
        return Err(ExitCode::FAILURE);
    };
    let package = case::export_with(&framework, &ExportOptions { base_uri });
    Ok(serde_json::to_string_pretty(&package).expect("a JSON value always serialises") + "\n")
}

fn import(display: &str, source: &str) -> Result<String, ExitCode> {
    match case::import(source) {
        Ok((text, notes)) => {
            for n in notes {
                eprintln!("note: {n}");
            }
            Ok(text)
        }
        Err(e) => {
            eprintln!("case: cannot import {display}: {e}");
            Err(ExitCode::FAILURE)
        }
    }
}

fn write(path: &Path, text: &str) -> ExitCode {
    match std::fs::write(path, text) {
        Ok(()) => {
            eprintln!("wrote {} ({} bytes)", path.display(), text.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("case: cannot write {}: {e}", path.display());
            ExitCode::from(2)
        }
    }
}
