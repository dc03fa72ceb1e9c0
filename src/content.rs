//! The frameworks a session works on, as a value it is given.
//!
//! Today the content is the catalog compiled into the bundle (`catalog::decode`), but nothing
//! downstream knows that: a `Content` can as well be made from frameworks fetched after
//! start-up or built in the browser from a draft, and handed to the session
//! (`Session::set_content`). Each framework is prepared once, when the content is made.
//!
//! A `Content` is cheap to clone (the prepared frameworks are shared behind an `Arc`), and each
//! framework is an `Arc<Framework>`, so screens keep the one they show for as long as they need
//! it; content replaced by newer content is freed once nothing holds it any more.

use std::sync::Arc;

use hjcp_engine::{Catalog, Framework, Prepared};

#[derive(Clone)]
pub struct Content {
    prepared: Arc<[Prepared]>,
}

impl Content {
    /// Content from frameworks given at run time, each prepared once for the engine.
    pub fn new(frameworks: Vec<Framework>) -> Content {
        Content { prepared: frameworks.into_iter().map(Prepared::new).collect() }
    }

    pub fn from_catalog(catalog: Catalog) -> Content {
        Content::new(catalog.frameworks)
    }

    /// The frameworks, in the order they were given (the order the start screen lists them);
    /// clone one to keep it.
    pub fn frameworks(&self) -> impl Iterator<Item = &Arc<Framework>> {
        self.prepared.iter().map(|p| p.framework_arc())
    }

    pub fn framework(&self, id: &str) -> Option<&Arc<Framework>> {
        self.prepared(id).map(|p| p.framework_arc())
    }

    /// The prepared engine for framework `id`.
    pub fn prepared(&self, id: &str) -> Option<&Prepared> {
        self.prepared.iter().find(|p| p.framework().id == id)
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

    #[test]
    fn the_built_in_catalog_makes_content() {
        let content = Content::from_catalog(crate::catalog::decode().unwrap());
        assert!(content.frameworks().count() >= 4);
    }
}
