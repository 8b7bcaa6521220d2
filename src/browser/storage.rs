//! The only code that touches the browser's storage, built on gloo-storage.
//!
//! Browsers refuse storage in many ways: it may be missing (some private modes, sandboxed frames), throw on
//! every access (disabled by the user: SecurityError), or throw on write when full (QuotaExceededError and its
//! older names). None of these may crash the app or lose what was typed: a value that cannot be written is kept
//! in memory for this session, and the caller is told why so the interface can say so once.
//!
//! Values are stored in gloo-storage's layout (JSON, so a text is stored as `"text"`). Values written bare by
//! earlier versions of the app are still read as they are, and rewritten in the new layout on their next save.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, SessionStorage, Storage};
use std::cell::RefCell;
use std::collections::BTreeMap;

use layanan_core::drafts::KeyValue;
/// Why a value is held in memory instead of on the device (shared with the drafts model).
pub use layanan_core::drafts::StoreError;

/// Key prefix for everything this app stores, so "wipe this device" never touches other sites' data on a
/// shared origin.
pub const PREFIX: &str = "tb:";

pub struct Store {
    /// Whether `localStorage` answered the opening probe (gloo-storage throws when it is missing or refused,
    /// so nothing reaches it unless this is set).
    device: bool,
    /// Set when the device refused the opening probe because it is full: everything stored can still be read,
    /// only new writes wait in memory.
    full_at_open: bool,
    /// Values that could not be written to the device; read before it.
    memory: RefCell<BTreeMap<String, String>>,
}

impl Store {
    /// Opens the browser's localStorage, checking that it really works with a write and a delete. A device too
    /// full for the probe is still storage: what is on it is read, and the caller is told it is full.
    pub fn open() -> Store {
        if !local_storage_reachable() {
            return Store::memory_only();
        }
        let probe = format!("{PREFIX}probe");
        match LocalStorage::set(&probe, 1).map_err(|e| classify(&e)) {
            Ok(()) => {
                LocalStorage::delete(&probe);
                Store::on_device(false)
            }
            // Reading still works on a full device; only a refusal of any other kind means no storage.
            Err(StoreError::Full) => Store::on_device(true),
            Err(StoreError::Unavailable) => Store::memory_only(),
        }
    }

    /// A store that keeps values in memory only, as on a browser without storage.
    pub fn memory_only() -> Store {
        Store { device: false, full_at_open: false, memory: RefCell::new(BTreeMap::new()) }
    }

    fn on_device(full_at_open: bool) -> Store {
        Store { device: true, full_at_open, memory: RefCell::new(BTreeMap::new()) }
    }

    /// Whether values survive closing the page.
    pub fn is_persistent(&self) -> bool {
        self.device
    }

    /// What the app should say about storage right after opening: nothing, "full", or "not available".
    pub fn condition(&self) -> Option<StoreError> {
        match (self.device, self.full_at_open) {
            (false, _) => Some(StoreError::Unavailable),
            (true, true) => Some(StoreError::Full),
            (true, false) => None,
        }
    }

    pub fn get(&self, key: &str) -> Option<String> {
        if let Some(v) = self.memory.borrow().get(key) {
            return Some(v.clone());
        }
        if !self.device {
            return None;
        }
        match LocalStorage::get::<String>(key) {
            Ok(value) => Some(value),
            Err(StorageError::KeyNotFound(_)) => None,
            // Not a JSON text: a value written bare by an earlier version.
            Err(_) => LocalStorage::raw().get_item(key).ok().flatten(),
        }
    }
}

/// The text stored in a raw storage value, as another tab's change event carries it: gloo-storage's JSON
/// layout, or a value written bare by an earlier version.
pub fn stored_text(raw: &str) -> String {
    serde_json::from_str::<String>(raw).unwrap_or_else(|_| raw.to_string())
}

impl Store {
    /// Writes a value. On failure the value is still kept (in memory) and the reason is returned.
    pub fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let result = if self.device {
            LocalStorage::set(key, value).map_err(|e| classify(&e))
        } else {
            Err(StoreError::Unavailable)
        };
        let mut memory = self.memory.borrow_mut();
        match result {
            Ok(()) => memory.remove(key),
            Err(_) => memory.insert(key.to_string(), value.to_string()),
        };
        result
    }

    /// After space was freed: writes the values held in memory to the device, where they now fit.
    pub fn flush(&self) {
        if !self.device {
            return;
        }
        let held: Vec<(String, String)> = self.memory.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (key, value) in held {
            if LocalStorage::set(&key, &value).is_ok() {
                self.memory.borrow_mut().remove(&key);
            }
        }
    }

    pub fn remove(&self, key: &str) {
        self.memory.borrow_mut().remove(key);
        if self.device {
            LocalStorage::delete(key);
        }
    }

    /// Every key of this app (with [`PREFIX`]), from the device and from memory, sorted.
    pub fn keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self.memory.borrow().keys().cloned().collect();
        if self.device {
            let local = LocalStorage::raw();
            keys.extend((0..LocalStorage::length()).filter_map(|i| local.key(i).ok().flatten()));
        }
        keys.retain(|k| k.starts_with(PREFIX));
        layanan_core::base::order::sorted_texts(keys)
    }
}

/// Whether `window.localStorage` can be had without an exception (gloo-storage assumes it can).
fn local_storage_reachable() -> bool {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window().is_some_and(|w| w.local_storage().ok().flatten().is_some());
    // At build time (pages are rendered natively) there is no browser: memory only.
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Tells a full device from any other refusal. Browsers name the quota error differently.
fn classify(error: &StorageError) -> StoreError {
    match error {
        StorageError::JsError(e)
            if matches!(
                e.name.as_str(),
                "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" | "QUOTA_EXCEEDED_ERR"
            ) =>
        {
            StoreError::Full
        }
        _ => StoreError::Unavailable,
    }
}

thread_local! {
    static STORE: Store = Store::open();
}

/// Runs `f` with the app's one store.
pub fn with<R>(f: impl FnOnce(&Store) -> R) -> R {
    STORE.with(f)
}

/// Marks this tab's visit under `key` and says whether it was already marked: pages of one visit are told apart
/// from the first page of a visit (from WhatsApp, a bookmark). Kept in session storage, so it ends with the tab;
/// without session storage, every page is a first page.
pub fn visit_already_marked(key: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    let reachable = web_sys::window().is_some_and(|w| w.session_storage().ok().flatten().is_some());
    #[cfg(not(target_arch = "wasm32"))]
    let reachable = false;
    if !reachable {
        return false;
    }
    let marked = SessionStorage::raw().get_item(key).ok().flatten().is_some();
    let _ = SessionStorage::set(key, 1);
    marked
}

/// The app's store as the drafts model sees it.
pub struct Device;

impl KeyValue for Device {
    fn get(&self, key: &str) -> Option<String> {
        with(|s| s.get(key))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        with(|s| s.set(key, value))
    }

    fn remove(&mut self, key: &str) {
        with(|s| s.remove(key));
    }

    fn keys(&self) -> Vec<String> {
        with(|s| s.keys())
    }
}
