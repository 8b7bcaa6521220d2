//! The only code that touches `localStorage`.
//!
//! Browsers refuse storage in many ways: it may be missing (some private modes, sandboxed frames), throw on
//! every access (disabled by the user: SecurityError), or throw on write when full (QuotaExceededError and its
//! older names). None of these may crash the app or lose what was typed: a value that cannot be written is kept
//! in memory for this session, and the caller is told why so the interface can say so once.

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Why a value is held in memory instead of on the device (shared with the drafts model).
pub use layanan_core::drafts::StoreError;
use layanan_core::drafts::KeyValue;

/// Key prefix for everything this app stores, so "wipe this device" never touches other sites' data on a
/// shared origin.
pub const PREFIX: &str = "tb:";

pub struct Store {
    local: Option<web_sys::Storage>,
    /// Set when the device refused the opening probe because it is full: everything stored can still be read,
    /// only new writes wait in memory.
    full_at_open: bool,
    /// Values that could not be written to `local`; read before it.
    memory: RefCell<BTreeMap<String, String>>,
}

impl Store {
    /// Opens the browser's localStorage, checking that it really works with a write and a delete. A device too
    /// full for the probe is still storage: what is on it is read, and the caller is told it is full.
    pub fn open() -> Store {
        let probe = format!("{PREFIX}probe");
        // At build time (pages are rendered natively) there is no browser: memory only.
        #[cfg(target_arch = "wasm32")]
        let local = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        #[cfg(not(target_arch = "wasm32"))]
        let local: Option<web_sys::Storage> = None;
        let outcome = local.as_ref().map(|s| match s.set_item(&probe, "1") {
            Ok(()) => s.remove_item(&probe).map_err(|e| classify(&e)),
            Err(e) => Err(classify(&e)),
        });
        match outcome {
            Some(Ok(())) => Store::with_backend(local),
            // Reading still works on a full device; only a refusal of any other kind means no storage.
            Some(Err(StoreError::Full)) => Store { full_at_open: true, ..Store::with_backend(local) },
            _ => Store::with_backend(None),
        }
    }

    /// A store over the given storage, or memory only with `None`.
    pub fn with_backend(local: Option<web_sys::Storage>) -> Store {
        Store { local, full_at_open: false, memory: RefCell::new(BTreeMap::new()) }
    }

    /// Whether values survive closing the page.
    pub fn is_persistent(&self) -> bool {
        self.local.is_some()
    }

    /// What the app should say about storage right after opening: nothing, "full", or "not available".
    pub fn condition(&self) -> Option<StoreError> {
        match (&self.local, self.full_at_open) {
            (None, _) => Some(StoreError::Unavailable),
            (Some(_), true) => Some(StoreError::Full),
            (Some(_), false) => None,
        }
    }

    pub fn get(&self, key: &str) -> Option<String> {
        if let Some(v) = self.memory.borrow().get(key) {
            return Some(v.clone());
        }
        self.local.as_ref()?.get_item(key).ok().flatten()
    }

    /// Writes a value. On failure the value is still kept (in memory) and the reason is returned.
    pub fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let result = match &self.local {
            None => Err(StoreError::Unavailable),
            Some(local) => local.set_item(key, value).map_err(|e| classify(&e)),
        };
        let mut memory = self.memory.borrow_mut();
        match result {
            Ok(()) => {
                memory.remove(key);
            }
            Err(_) => {
                memory.insert(key.to_string(), value.to_string());
            }
        }
        result
    }

    pub fn remove(&self, key: &str) {
        self.memory.borrow_mut().remove(key);
        if let Some(local) = &self.local {
            let _ = local.remove_item(key);
        }
    }

    /// Every key of this app (with [`PREFIX`]), from the device and from memory, sorted.
    pub fn keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self.memory.borrow().keys().cloned().collect();
        if let Some(local) = &self.local {
            let n = local.length().unwrap_or(0);
            keys.extend((0..n).filter_map(|i| local.key(i).ok().flatten()));
        }
        keys.retain(|k| k.starts_with(PREFIX));
        layanan_core::order::sorted_texts(keys)
    }
}

/// Tells a full device from any other refusal. Browsers name the quota error differently
/// (QuotaExceededError, NS_ERROR_DOM_QUOTA_REACHED, code 22 or 1014).
fn classify(error: &wasm_bindgen::JsValue) -> StoreError {
    use wasm_bindgen::JsCast;
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.name() == "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::Full,
        Some(e) if e.code() == 22 || e.code() == 1014 => StoreError::Full,
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
