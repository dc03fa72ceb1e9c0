//! UI strings in English and Welsh, read from `locales/<lang>/*.toml` and turned into a `Key`
//! enum by a build script: the framework studio's (`crates/studio/build.rs`). The widget's
//! `build.rs` keeps its own copy of the same rules (why: its header), so the rule that a key
//! missing in either language fails the build holds for both.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// key → (file name, text), for one language.
pub type Strings = BTreeMap<String, (String, String)>;

/// Reads every `locales/<lang>/*.toml` file that `include` accepts (by file name). The same key
/// in two files of one language is an error, so each screen's strings can live in their own file.
pub fn read(locales: &Path, lang: &str, include: &dyn Fn(&str) -> bool) -> Result<Strings, String> {
    let dir = locales.join(lang);
    let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .filter(|p| include(&p.file_name().unwrap_or_default().to_string_lossy()))
        .collect();
    files.sort();
    let mut all = Strings::new();
    for path in files {
        let name = path.file_name().unwrap_or_default().to_string_lossy().to_string();
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let table: BTreeMap<String, String> =
            toml::from_str(&text).map_err(|e| format!("locales/{lang}/{name}: {e}"))?;
        for (key, value) in table {
            if let Some((other, _)) = all.insert(key.clone(), (name.clone(), value)) {
                return Err(format!(
                    "locales/{lang}/{name}: key `{key}` is also in locales/{lang}/{other}; keep one"
                ));
            }
        }
    }
    Ok(all)
}

/// The Rust source of `pub enum Key` with `Key::text(lang)`, or every problem found: a key in
/// one language only, or an empty string.
pub fn key_enum(en: &Strings, cy: &Strings) -> Result<String, Vec<String>> {
    let mut problems = Vec::new();
    for (key, (file, _)) in en.iter().filter(|(k, _)| !cy.contains_key(*k)) {
        problems.push(format!(
            "locales/cy/{file}: missing key `{key}` (it is in locales/en/{file}): add the Welsh text"
        ));
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
        return Err(problems);
    }
    let mut code = String::from("/// Every UI string, one variant per key in `locales/*/*.toml`.\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum Key {\n");
    for key in en.keys() {
        let _ = writeln!(code, "    {},", camel(key));
    }
    code.push_str("}\n\nimpl Key {\n    pub fn text(self, lang: hjcp_engine::Lang) -> &'static str {\n        match lang {\n            hjcp_engine::Lang::En => match self {\n");
    for (key, (_, text)) in en {
        let _ = writeln!(code, "                Key::{} => {:?},", camel(key), text);
    }
    code.push_str("            },\n            hjcp_engine::Lang::Cy => match self {\n");
    for (key, (_, text)) in cy {
        let _ = writeln!(code, "                Key::{} => {:?},", camel(key), text);
    }
    code.push_str("            },\n        }\n    }\n}\n");
    Ok(code)
}

/// Reads both languages and writes the enum to `out`, or prints every problem and exits 1: for
/// build scripts, where a missing Welsh string must stop the build with the file and key.
pub fn generate(locales: &Path, include: &dyn Fn(&str) -> bool, out: &Path) {
    let code = read(locales, "en", include)
        .and_then(|en| read(locales, "cy", include).map(|cy| (en, cy)))
        .map_err(|e| vec![e])
        .and_then(|(en, cy)| key_enum(&en, &cy));
    match code {
        Ok(code) => {
            if let Err(e) = std::fs::write(out, code) {
                eprintln!("{}: {e}", out.display());
                std::process::exit(1);
            }
        }
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            std::process::exit(1);
        }
    }
}

fn camel(key: &str) -> String {
    key.split(['_', '-', '.'])
        .map(|part| {
            let mut c = part.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(pairs: &[(&str, &str)]) -> Strings {
        pairs.iter().map(|(k, v)| (k.to_string(), ("x.toml".into(), v.to_string()))).collect()
    }

    #[test]
    fn a_key_in_one_language_only_or_empty_is_named_with_its_file() {
        let en = strings(&[("a_b", "A"), ("only_en", "E"), ("blank", " ")]);
        let cy = strings(&[("a_b", "A cy"), ("blank", "B")]);
        let problems = key_enum(&en, &cy).unwrap_err();
        assert!(problems.iter().any(|p| p.contains("locales/cy/x.toml: missing key `only_en`")));
        assert!(problems.iter().any(|p| p.contains("key `blank` is empty")));
        let code = key_enum(&strings(&[("a_b", "A")]), &strings(&[("a_b", "Ä")])).unwrap();
        assert!(code.contains("AB,") && code.contains("Key::AB => \"Ä\""));
    }
}
