//! The frameworks a session works on, as a value it is given.
//!
//! Today the content is the catalog compiled into the bundle (`catalog::decode`), but nothing
//! downstream knows that: a `Content` can as well be made from frameworks fetched after
//! start-up or built in the browser from a draft, and handed to the session
//! (`Session::set_content`). Each framework is prepared once, when the content is made.

use hjcp_engine::{Catalog, Framework, Prepared};

pub struct Content {
    prepared: Vec<Prepared>,
}

impl Content {
    /// Content from frameworks given at run time, each prepared once for the engine.
    pub fn new(frameworks: Vec<Framework>) -> Content {
        Content { prepared: frameworks.into_iter().map(Prepared::new).collect() }
    }

    pub fn from_catalog(catalog: Catalog) -> Content {
        Content::new(catalog.frameworks)
    }

    /// The frameworks, in the order they were given (the order the start screen lists them).
    pub fn frameworks(&self) -> impl Iterator<Item = &Framework> {
        self.prepared.iter().map(|p| p.framework())
    }

    pub fn framework(&self, id: &str) -> Option<&Framework> {
        self.prepared(id).map(|p| p.framework())
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

    #[test]
    fn the_built_in_catalog_makes_content() {
        let content = Content::from_catalog(crate::catalog::decode().unwrap());
        assert!(content.frameworks().count() >= 4);
    }
}
