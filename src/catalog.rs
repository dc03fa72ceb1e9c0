//! The frameworks compiled at build time (see `build.rs`).
//!
//! The page embeds only the index (`index`): every framework without its content, enough for
//! the start and about screens. Each whole framework is a file of its own beside the page,
//! fetched when a person chooses it (`session::fetch`) and read by `framework`. The whole
//! catalog (`decode`) is embedded only where it is used: by tests and the bench, never by the
//! page, so the linker leaves it out of the release wasm.
//!
//! The bytes were validated when the widget was built, so a decode failure means a broken
//! build or a damaged download, and is reported, not hidden.

use hjcp_engine::{Catalog, Framework, Listing};

static CATALOG_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.bin"));
static INDEX_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.bin"));

pub fn decode() -> Result<Catalog, String> {
    postcard::from_bytes(CATALOG_BYTES)
        .map_err(|e| format!("the built-in frameworks could not be read ({e})"))
}

/// Every framework without its content, in the order the start screen lists them.
pub fn index() -> Result<Vec<Listing>, String> {
    postcard::from_bytes(INDEX_BYTES)
        .map_err(|e| format!("the list of frameworks could not be read ({e})"))
}

/// A whole framework from the bytes of its file; it must be the one the listing named.
pub fn framework(bytes: &[u8], id: &str) -> Result<Framework, String> {
    let framework: Framework = postcard::from_bytes(bytes)
        .map_err(|e| format!("the framework “{id}” could not be read ({e})"))?;
    if framework.id != id {
        return Err(format!("the file for “{id}” holds “{}”", framework.id));
    }
    Ok(framework)
}

/// Size of the embedded content, for the performance report.
pub fn bytes_len() -> usize {
    CATALOG_BYTES.len()
}

#[cfg(test)]
mod tests {
    /// The index lists every framework of the catalog, in its order, without its content;
    /// each file it names holds that whole framework, and the start screen's times are the
    /// ones the whole framework gives.
    #[test]
    fn the_index_lists_each_framework_and_names_the_file_holding_it() {
        let catalog = super::decode().unwrap();
        let index = super::index().unwrap();
        assert_eq!(index.len(), catalog.frameworks.len());
        let dir = std::path::Path::new(env!("OUT_DIR")).join("content");
        for (listing, whole) in index.iter().zip(&catalog.frameworks) {
            assert_eq!(listing.framework, whole.listing_only());
            assert!(listing.framework.competences.is_empty() && listing.framework.roles.is_empty());
            let name = &listing.file;
            assert!(name.starts_with(&format!("content-{}-", whole.id)) && name.ends_with(".bin"));
            let bytes = std::fs::read(dir.join(name)).unwrap();
            assert_eq!(&super::framework(&bytes, &whole.id).unwrap(), whole);
            assert!(super::framework(&bytes, "another").is_err());
            assert!(super::framework(&bytes[..bytes.len() / 2], &whole.id).is_err());
            for lang in [hjcp_engine::Lang::En, hjcp_engine::Lang::Cy] {
                assert_eq!(listing.time(lang), hjcp_engine::time_needed(whole, lang));
            }
        }
    }

    #[test]
    fn embedded_catalog_decodes_and_is_not_empty() {
        let catalog = super::decode().unwrap();
        assert!(!catalog.frameworks.is_empty());
        for f in &catalog.frameworks {
            assert!(f.scale.len() >= 2, "{} has a scale", f.id);
        }
    }

    /// The advice on the built-in frameworks (worded by hjcp-words) reads in both languages,
    /// with every placeholder filled; no name is marked as English in an English sentence, and
    /// since every framework name has Welsh, none is in a Welsh one either.
    #[test]
    fn built_in_frameworks_advise_in_both_languages_with_no_english_name_in_welsh() {
        use hjcp_engine::explain::{entry_part, fit_part};
        use hjcp_engine::testgen::generated_answers;
        use hjcp_engine::{Explanation, Lang, Persona, Prepared};

        let catalog = super::decode().unwrap();
        let mut marked_any = false;
        for fw in &catalog.frameworks {
            let prepared = Prepared::new(fw.clone());
            for seed in 0..6 {
                let mut answers = generated_answers(fw, seed);
                answers.persona = if seed % 2 == 0 { Persona::Staff } else { Persona::Applicant };
                let recs = prepared.recommend(&answers);
                let mut all: Vec<Explanation> =
                    recs.moves.iter().map(|m| m.explanation.clone()).collect();
                all.extend(recs.target.iter().map(|t| t.explanation.clone()));
                all.extend(recs.plan.iter().map(|p| p.explanation.clone()));
                for fit in &recs.fits {
                    all.push(Explanation {
                        parts: [fit_part(fit)].into_iter().chain(entry_part(fit)).collect(),
                    });
                }
                for e in &all {
                    for lang in [Lang::En, Lang::Cy] {
                        let spans = hjcp_words::render_spans(e, fw, lang);
                        let text: String = spans.iter().map(|s| s.text.as_str()).collect();
                        assert!(!text.contains(['{', '}']), "leftover placeholder: {text}");
                        assert_eq!(text, hjcp_words::render(e, fw, lang));
                        if lang == Lang::En {
                            assert!(spans.iter().all(|s| !s.english), "{text}");
                        } else {
                            marked_any |= spans.iter().any(|s| s.english);
                        }
                    }
                }
            }
        }
        // Every name in the built-in frameworks has Welsh, so no Welsh sentence carries an
        // English one (how an English name is marked is tested in hjcp-words).
        assert!(!marked_any, "a Welsh sentence names something only in English");
    }
    /// The start screen's times for each built-in framework: printed (run with --nocapture)
    /// and kept within what a person would believe of the words there are to read.
    #[test]
    fn built_in_frameworks_take_minutes_not_hours_and_an_estimate_is_much_quicker() {
        use hjcp_engine::{time_needed, Lang};
        for f in &super::decode().unwrap().frameworks {
            for lang in [Lang::En, Lang::Cy] {
                let time = time_needed(f, lang);
                println!("{} ({lang:?}): {time:?}", f.id);
                assert!((5..=60).contains(&time.full_minutes), "{}: {time:?}", f.id);
                assert!(time.estimate_minutes * 3 <= time.full_minutes, "{}: {time:?}", f.id);
            }
        }
    }
}
