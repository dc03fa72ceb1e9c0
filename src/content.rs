//! The frameworks a session works on, as a value it is given.
//!
//! A `Content` lists frameworks (what the start and about screens show of each, `Listed`) and
//! holds the whole of those that have been loaded, each prepared once for the engine. The
//! release page starts from the index embedded in the wasm, with the chosen framework fetched
//! (`session::fetch`) and added by `with_loaded`; tests and drafts give whole frameworks
//! (`new`). Only a loaded framework is ever handed to a screen: a listed one has no content.
//!
//! A `Content` is cheap to clone (the lists are shared behind `Arc`s), and each framework is
//! an `Arc<Framework>`, so screens keep the one they show for as long as they need it; content
//! replaced by newer content is freed once nothing holds it any more.

use std::sync::Arc;

use hjcp_engine::{Catalog, Framework, Lang, Listing, Prepared, TimeNeeded};

#[derive(Clone)]
pub struct Content {
    listed: Arc<[Listed]>,
    prepared: Arc<[Prepared]>,
}

/// A framework as the start and about screens show it, loaded or not.
#[derive(Clone)]
pub struct Listed {
    /// The framework without its content (`Framework::listing_only`).
    pub framework: Arc<Framework>,
    time: [TimeNeeded; 2],
    /// The file its whole content is in; empty when it came whole.
    pub file: String,
}

impl Listed {
    pub fn time(&self, lang: Lang) -> TimeNeeded {
        self.time[usize::from(lang == Lang::Cy)]
    }
}

impl From<Listing> for Listed {
    fn from(listing: Listing) -> Listed {
        Listed { framework: Arc::new(listing.framework), time: listing.time, file: listing.file }
    }
}

impl Content {
    /// Content from whole frameworks given at run time, each listed, loaded and prepared.
    pub fn new(frameworks: Vec<Framework>) -> Content {
        Content {
            listed: frameworks
                .iter()
                .map(|f| Listed::from(Listing::of(f, String::new())))
                .collect(),
            prepared: frameworks.into_iter().map(Prepared::new).collect(),
        }
    }

    pub fn from_catalog(catalog: Catalog) -> Content {
        Content::new(catalog.frameworks)
    }

    /// Content from an index, nothing loaded yet (`with_loaded` adds each framework fetched).
    pub fn from_index(index: Vec<Listing>) -> Content {
        Content { listed: index.into_iter().map(Listed::from).collect(), prepared: Arc::new([]) }
    }

    /// The same content with `framework` loaded (in place of an earlier copy of it); unchanged
    /// if it is not listed.
    pub fn with_loaded(&self, framework: Framework) -> Content {
        if self.listing(&framework.id).is_none() {
            return self.clone();
        }
        let id = framework.id.clone();
        let prepared = self
            .prepared
            .iter()
            .filter(|p| p.framework().id != id)
            .cloned()
            .chain([Prepared::new(framework)])
            .collect();
        Content { listed: Arc::clone(&self.listed), prepared }
    }

    /// Every framework a person can choose, loaded or not, in the order given.
    pub fn listed(&self) -> impl Iterator<Item = &Listed> {
        self.listed.iter()
    }

    pub fn listing(&self, id: &str) -> Option<&Listed> {
        self.listed.iter().find(|l| l.framework.id == id)
    }

    /// The loaded frameworks (in the order they were loaded); clone one to keep it.
    pub fn frameworks(&self) -> impl Iterator<Item = &Arc<Framework>> {
        self.prepared.iter().map(|p| p.framework_arc())
    }

    /// Framework `id`, if it is loaded.
    pub fn framework(&self, id: &str) -> Option<&Arc<Framework>> {
        self.prepared(id).map(|p| p.framework_arc())
    }

    /// The prepared engine for framework `id`, if it is loaded.
    pub fn prepared(&self, id: &str) -> Option<&Prepared> {
        self.prepared.iter().find(|p| p.framework().id == id)
    }

    /// Framework `id` to check launch parameters against: whole if loaded, listed otherwise.
    pub fn whole_or_listed(&self, id: &str) -> Option<&Framework> {
        match self.framework(id) {
            Some(whole) => Some(whole),
            None => self.listing(id).map(|l| l.framework.as_ref()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_given_at_run_time_is_found_by_id_in_the_order_given() {
        let mut second = hjcp_engine::testgen::fixture();
        second.id = "second".into();
        let content = Content::new(vec![hjcp_engine::testgen::fixture(), second]);
        let ids: Vec<&str> = content.frameworks().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, ["fixture", "second"]);
        assert_eq!(content.prepared("second").map(|p| p.framework().id.as_str()), Some("second"));
        assert!(content.framework("missing").is_none());
    }

    /// A clone shares the frameworks rather than copying them, and a framework kept from it
    /// outlives the content it came from.
    #[test]
    fn clones_share_the_frameworks_and_a_kept_framework_outlives_its_content() {
        let content = Content::new(vec![hjcp_engine::testgen::fixture()]);
        let copy = content.clone();
        let (a, b) = (content.framework("fixture").unwrap(), copy.framework("fixture").unwrap());
        assert!(Arc::ptr_eq(a, b));
        let kept = Arc::clone(a);
        drop((content, copy));
        assert_eq!(Arc::strong_count(&kept), 1);
        assert_eq!(kept.id, "fixture");
    }

    /// From the index nothing is loaded; loading one framework makes it whole without
    /// touching the list, and a framework the index does not list is not taken.
    #[test]
    fn content_from_the_index_loads_one_framework_at_a_time() {
        let whole = crate::catalog::decode().unwrap().frameworks;
        let content = Content::from_index(crate::catalog::index().unwrap());
        assert_eq!(content.listed().count(), whole.len());
        assert_eq!(content.frameworks().count(), 0);
        let first = &whole[0];
        assert!(content.framework(&first.id).is_none());
        assert!(content.listing(&first.id).is_some());
        let loaded = content.with_loaded(first.clone());
        assert_eq!(loaded.framework(&first.id).map(|f| f.as_ref()), Some(first));
        assert_eq!(loaded.listed().count(), whole.len());
        assert_eq!(loaded.with_loaded(first.clone()).frameworks().count(), 1);
        let stranger = hjcp_engine::testgen::fixture();
        assert!(loaded.with_loaded(stranger.clone()).framework("fixture").is_none());
        assert_eq!(loaded.whole_or_listed(&first.id), Some(first));
        assert!(loaded.whole_or_listed(&whole[1].id).unwrap().competences.is_empty());
    }

    #[test]
    fn the_built_in_catalog_makes_content() {
        let content = Content::from_catalog(crate::catalog::decode().unwrap());
        assert!(content.frameworks().count() >= 4);
    }
}
