//! Turns `locales/en/advice.toml` and `locales/cy/advice.toml` into the template table.
//!
//! Each key is either a plain template (a string) or a plural template (a table of CLDR plural
//! forms, written `key.one = "…"`, `key.other = "…"`). The build fails, naming the file and the
//! key and saying what to fix, when:
//! - a key is in one language only;
//! - a plural template lacks a form its language needs, or has a form its language does not use;
//! - the placeholders (`{name}`) of a key differ between the languages or between its forms;
//! - a template is empty, or has a brace that does not open or close a `{placeholder}`.
//!
//! `{n}` is the number a plural template is chosen by. A form for one exact number (every form
//! but `other`: English `one` is 1, Welsh `zero` 0, `one` 1, `two` 2, `few` 3, `many` 6) may
//! write that number in words instead of `{n}`; `other` must show `{n}` whenever any form of
//! the key, in either language, does. Keys read the same for every number in both languages
//! must not use `{n}`.
//!
//! The output (`OUT_DIR/advice.rs`) has two enums: `Key` for templates plain in both languages,
//! `Counted` for templates that are plural in at least one, so the renderer cannot forget to
//! pass the number that chooses the form.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

include!("src/forms.rs");

const LANGS: [(&str, &str); 2] = [("en", "En"), ("cy", "Cy")];

/// One language's template for a key.
enum Template {
    Plain(String),
    /// Form name (a CLDR category) -> text.
    Plural(BTreeMap<String, String>),
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let locales = manifest.join("../../locales");
    let mut problems = Vec::new();
    let mut langs = Vec::new();
    for (lang, _) in LANGS {
        let path = locales.join(lang).join("advice.toml");
        println!("cargo:rerun-if-changed={}", path.display());
        langs.push(read(&path, lang, &mut problems));
    }
    println!("cargo:rerun-if-changed=src/forms.rs");
    check(&langs, &mut problems);
    if !problems.is_empty() {
        panic!(
            "\n\nThe advice templates have {} problem(s):\n\n{}\n\nFix them in locales/en/advice.toml and locales/cy/advice.toml (see locales/README.md, \"Advice templates\") and build again.\n",
            problems.len(),
            problems.join("\n")
        );
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("advice.rs");
    std::fs::write(out, generate(&langs)).unwrap();
}

fn file(lang: &str) -> String {
    format!("locales/{lang}/advice.toml")
}

fn read(path: &Path, lang: &str, problems: &mut Vec<String>) -> BTreeMap<String, Template> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: cannot read it ({e})", path.display()));
    let table: toml::Table =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{}: not valid TOML: {e}", file(lang)));
    let mut out = BTreeMap::new();
    for (key, value) in table {
        if !key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            problems.push(format!(
                "{}: key `{key}`: write keys in snake_case (a-z, 0-9, _).",
                file(lang)
            ));
            continue;
        }
        match value {
            toml::Value::String(s) => {
                out.insert(key, Template::Plain(s));
            }
            toml::Value::Table(forms) => {
                let mut plural = BTreeMap::new();
                for (form, text) in forms {
                    match text {
                        toml::Value::String(s) => {
                            plural.insert(form, s);
                        }
                        _ => problems.push(format!(
                            "{}: key `{key}.{form}`: a plural form is a string in quotes.",
                            file(lang)
                        )),
                    }
                }
                out.insert(key, Template::Plural(plural));
            }
            _ => problems.push(format!(
                "{}: key `{key}`: a template is a string, or plural forms written `{key}.one = \"…\"`.",
                file(lang)
            )),
        }
    }
    out
}

/// The `{name}`s of a template, or a sentence saying what is wrong with its braces.
fn placeholders(text: &str) -> Result<BTreeSet<String>, String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(i) = rest.find(['{', '}']) {
        if rest[i..].starts_with('}') {
            return Err("has a `}` with no `{` before it".to_string());
        }
        let after = &rest[i + 1..];
        let Some(end) = after.find('}') else {
            return Err("has a `{` that is never closed".to_string());
        };
        let name = &after[..end];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            return Err(format!("has `{{{name}}}`: a placeholder is a name in a-z and _"));
        }
        out.insert(name.to_string());
        rest = &after[end + 1..];
    }
    Ok(out)
}

fn forms_of(lang: &str) -> &'static [&'static str] {
    FORMS.iter().find(|(l, _)| *l == lang).map(|(_, f)| *f).expect("forms for every language")
}

fn check(langs: &[BTreeMap<String, Template>], problems: &mut Vec<String>) {
    let all: BTreeSet<&String> = langs.iter().flat_map(|l| l.keys()).collect();
    for key in all {
        // Placeholders other than {n}, per language; and whether {n} is used anywhere.
        let mut sets: Vec<(&str, BTreeSet<String>)> = Vec::new();
        let mut uses_n = false;
        let mut plural_anywhere = false;
        let mut complete = true;
        for (i, (lang, _)) in LANGS.iter().enumerate() {
            let Some(template) = langs[i].get(key) else {
                let (other, _) = LANGS[1 - i];
                problems.push(format!(
                    "{}: key `{key}` is missing (it is in {}): add it, or remove it there.",
                    file(lang),
                    file(other)
                ));
                complete = false;
                continue;
            };
            let texts: Vec<(String, &String)> = match template {
                Template::Plain(s) => vec![(key.clone(), s)],
                Template::Plural(forms) => {
                    plural_anywhere = true;
                    let needed = forms_of(lang);
                    let missing: Vec<&str> =
                        needed.iter().copied().filter(|f| !forms.contains_key(*f)).collect();
                    if !missing.is_empty() {
                        problems.push(format!(
                            "{}: key `{key}` lacks the plural form(s) {}: {} needs all of {} (write `{key}.{} = \"…\"`).",
                            file(lang),
                            missing.join(", "),
                            if *lang == "cy" { "Welsh" } else { "English" },
                            needed.join(", "),
                            missing[0]
                        ));
                        complete = false;
                    }
                    for form in forms.keys().filter(|f| !needed.contains(&f.as_str())) {
                        problems.push(format!(
                            "{}: key `{key}.{form}`: `{form}` is not a plural form of this language; use only {}.",
                            file(lang),
                            needed.join(", ")
                        ));
                        complete = false;
                    }
                    forms.iter().map(|(f, s)| (format!("{key}.{f}"), s)).collect()
                }
            };
            let mut reference: Option<(String, BTreeSet<String>)> = None;
            for (name, text) in &texts {
                if text.trim().is_empty() {
                    problems
                        .push(format!("{}: key `{name}` is empty: write the text.", file(lang)));
                    complete = false;
                }
                let mut set = match placeholders(text) {
                    Ok(set) => set,
                    Err(e) => {
                        problems.push(format!(
                            "{}: key `{name}` {e}; write placeholders as {{name}} and no other braces.",
                            file(lang)
                        ));
                        complete = false;
                        continue;
                    }
                };
                uses_n |= set.remove("n");
                match &reference {
                    None => reference = Some((name.clone(), set)),
                    Some((first, want)) if *want != set => {
                        problems.push(format!(
                            "{}: key `{name}` has the placeholders {} but `{first}` has {}: every form of a key needs the same placeholders (only {{n}} may be written out in a form for one exact number).",
                            file(lang),
                            show(&set),
                            show(want)
                        ));
                        complete = false;
                    }
                    Some(_) => {}
                }
            }
            if let Some((_, set)) = reference {
                sets.push((lang, set));
            }
        }
        if !complete {
            continue;
        }
        if let [(a, sa), (b, sb)] = &sets[..] {
            if sa != sb {
                problems.push(format!(
                    "{}: key `{key}` has the placeholders {} but {} has {}: use the same placeholders, spelt the same, in both languages.",
                    file(b),
                    show(sb),
                    file(a),
                    show(sa)
                ));
            }
        }
        if uses_n && !plural_anywhere {
            problems.push(format!(
                "{}: key `{key}` uses {{n}} but reads the same for every number in both languages: give it another name, or write it as plural forms.",
                file("en")
            ));
        }
        if uses_n {
            // The form used for most numbers must show the number.
            for (i, (lang, _)) in LANGS.iter().enumerate() {
                let (name, text) = match &langs[i][key] {
                    Template::Plain(s) => (key.clone(), s),
                    Template::Plural(forms) => (format!("{key}.other"), &forms["other"]),
                };
                if !text.contains("{n}") {
                    problems.push(format!(
                        "{}: key `{name}` does not show {{n}}, but another form of `{key}` does: `other` covers many numbers, so it must show the number.",
                        file(lang)
                    ));
                }
            }
        }
    }
}

fn show(set: &BTreeSet<String>) -> String {
    if set.is_empty() {
        return "none".to_string();
    }
    set.iter().map(|p| format!("{{{p}}}")).collect::<Vec<_>>().join(", ")
}

fn camel(key: &str) -> String {
    key.split('_')
        .map(|part| {
            let mut c = part.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}

fn generate(langs: &[BTreeMap<String, Template>]) -> String {
    let plural = |key: &String| langs.iter().any(|l| matches!(l[key], Template::Plural(_)));
    let (counted, plain): (Vec<&String>, Vec<&String>) = langs[0].keys().partition(|k| plural(k));
    let mut code = String::from(
        "// Generated by crates/words/build.rs from locales/{en,cy}/advice.toml. Do not edit.\n\n",
    );
    code.push_str("/// A template that reads the same for every number, in both languages.\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub(crate) enum Key {\n");
    for key in &plain {
        writeln!(code, "    {},", camel(key)).unwrap();
    }
    code.push_str("}\n\nimpl Key {\n    pub(crate) fn text(self, lang: Lang) -> &'static str {\n        match (self, lang) {\n");
    for key in &plain {
        for (i, (_, variant)) in LANGS.iter().enumerate() {
            let Template::Plain(text) = &langs[i][*key] else { unreachable!() };
            writeln!(code, "            (Key::{}, Lang::{variant}) => {text:?},", camel(key))
                .unwrap();
        }
    }
    code.push_str("        }\n    }\n}\n\n");
    code.push_str("/// A template chosen by a number (plural forms in at least one language).\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub(crate) enum Counted {\n");
    for key in &counted {
        writeln!(code, "    {},", camel(key)).unwrap();
    }
    code.push_str("}\n\nimpl Counted {\n    pub(crate) fn text(self, lang: Lang, category: Category) -> &'static str {\n        match (self, lang, category) {\n");
    for key in &counted {
        for (i, (_, variant)) in LANGS.iter().enumerate() {
            let k = camel(key);
            match &langs[i][*key] {
                Template::Plain(text) => {
                    writeln!(code, "            (Counted::{k}, Lang::{variant}, _) => {text:?},")
                        .unwrap();
                }
                Template::Plural(forms) => {
                    for (form, text) in forms.iter().filter(|(f, _)| *f != "other") {
                        writeln!(
                            code,
                            "            (Counted::{k}, Lang::{variant}, Category::{}) => {text:?},",
                            camel(form)
                        )
                        .unwrap();
                    }
                    writeln!(
                        code,
                        "            (Counted::{k}, Lang::{variant}, _) => {:?},",
                        forms["other"]
                    )
                    .unwrap();
                }
            }
        }
    }
    code.push_str("        }\n    }\n}\n");
    code
}
