//! The only place the widget touches `localStorage`.
//!
//! Everything goes through `Store`, so tests can substitute a store that is unavailable,
//! full or pre-filled with a corrupt record, and the rest of the widget never sees a
//! browser exception: each operation returns a `StoreError` the UI can put into words.

use std::cell::RefCell;

/// Why a storage operation failed, in terms the UI can explain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is switched off or blocked (private browsing, locked-down computers, iframes).
    Unavailable,
    /// The browser's storage quota is used up.
    Full,
}

pub trait Store {
    fn read(&self) -> Result<Option<String>, StoreError>;
    fn write(&self, text: &str) -> Result<(), StoreError>;
    /// Removes every key this widget wrote, and nothing else.
    fn clear(&self) -> Result<(), StoreError>;
}

/// The record key: one versioned record per namespace, so two embeds on one origin can keep
/// separate answers and the host page's own keys are never read or touched.
pub fn record_key(namespace: &str) -> String {
    if namespace.is_empty() {
        "hjcp-career-pathways".to_string()
    } else {
        format!("hjcp-career-pathways:{namespace}")
    }
}

pub struct LocalStore {
    key: String,
}

impl LocalStore {
    pub fn new(namespace: &str) -> LocalStore {
        LocalStore { key: record_key(namespace) }
    }

    fn storage() -> Result<web_sys::Storage, StoreError> {
        // `local_storage()` throws in some sandboxed iframes and returns None when disabled.
        web_sys::window()
            .ok_or(StoreError::Unavailable)?
            .local_storage()
            .ok()
            .flatten()
            .ok_or(StoreError::Unavailable)
    }
}

impl Store for LocalStore {
    fn read(&self) -> Result<Option<String>, StoreError> {
        Self::storage()?.get_item(&self.key).map_err(|_| StoreError::Unavailable)
    }

    fn write(&self, text: &str) -> Result<(), StoreError> {
        Self::storage()?.set_item(&self.key, text).map_err(|err| {
            let name = js_sys::Reflect::get(&err, &"name".into()).ok().and_then(|n| n.as_string());
            match name.as_deref() {
                Some("QuotaExceededError") | Some("NS_ERROR_DOM_QUOTA_REACHED") => StoreError::Full,
                _ => StoreError::Unavailable,
            }
        })
    }

    fn clear(&self) -> Result<(), StoreError> {
        Self::storage()?.remove_item(&self.key).map_err(|_| StoreError::Unavailable)
    }
}

/// An in-memory store: the fallback when the browser's storage is unavailable, and the
/// store tests use to simulate faults.
#[derive(Default)]
pub struct MemoryStore {
    pub value: RefCell<Option<String>>,
    pub fail_reads: Option<StoreError>,
    pub fail_writes: Option<StoreError>,
}

impl Store for MemoryStore {
    fn read(&self) -> Result<Option<String>, StoreError> {
        match &self.fail_reads {
            Some(e) => Err(e.clone()),
            None => Ok(self.value.borrow().clone()),
        }
    }

    fn write(&self, text: &str) -> Result<(), StoreError> {
        match &self.fail_writes {
            Some(e) => Err(e.clone()),
            None => {
                *self.value.borrow_mut() = Some(text.to_string());
                Ok(())
            }
        }
    }

    fn clear(&self) -> Result<(), StoreError> {
        match &self.fail_writes {
            Some(e) => Err(e.clone()),
            None => {
                *self.value.borrow_mut() = None;
                Ok(())
            }
        }
    }
}
