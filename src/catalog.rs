//! The framework catalog compiled into the bundle at build time (see `build.rs`).
//!
//! Decoding happens once per page load; the bytes were validated when the widget was built,
//! so a decode failure can only mean a broken build and is reported, not hidden.

use hjcp_engine::Catalog;

static CATALOG_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.bin"));

pub fn decode() -> Result<Catalog, String> {
    postcard::from_bytes(CATALOG_BYTES)
        .map_err(|e| format!("the built-in frameworks could not be read ({e})"))
}

/// Size of the embedded content, for the performance report.
pub fn bytes_len() -> usize {
    CATALOG_BYTES.len()
}

#[cfg(test)]
mod tests {
    #[test]
    fn embedded_catalog_decodes_and_is_not_empty() {
        let catalog = super::decode().unwrap();
        assert!(!catalog.frameworks.is_empty());
        for f in &catalog.frameworks {
            assert!(f.scale.len() >= 2, "{} has a scale", f.id);
        }
    }
}
