//! One value the phone keeps under one key, the way every island keeps its state: the page is rendered with the
//! default (the build knows nothing of this phone), the kept value is read once the page has hydrated, and each
//! change is saved at once. A full or missing store is said once by the banner; the value then lives on for
//! the visit.

use crate::browser::storage;
use crate::state::{is_hydrated, use_state};
use leptos::prelude::*;

/// How a kept value is written as text.
pub trait Keepable: Clone + Default + Send + Sync + 'static {
    fn decode(raw: &str) -> Option<Self>;
    fn encode(&self) -> String;
}

/// Text as typed.
impl Keepable for String {
    fn decode(raw: &str) -> Option<Self> {
        Some(raw.to_string())
    }
    fn encode(&self) -> String {
        self.clone()
    }
}

/// A list of ids, as JSON.
impl Keepable for Vec<String> {
    fn decode(raw: &str) -> Option<Self> {
        serde_json::from_str(raw).ok()
    }
    fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

pub struct Kept<T: Keepable> {
    value: RwSignal<T>,
    key: StoredValue<String>,
}

// By hand: a derive would ask `T: Copy`, but the signal and the key are handles.
impl<T: Keepable> Clone for Kept<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Keepable> Copy for Kept<T> {}

/// The value kept under `key`, read once the page has hydrated.
pub fn kept<T: Keepable>(key: impl Into<String>) -> Kept<T> {
    let key = StoredValue::new(key.into());
    let value = RwSignal::new(T::default());
    Effect::new(move |_| {
        if is_hydrated() {
            let stored = key.with_value(|k| read(k)).and_then(|raw| T::decode(&raw)).unwrap_or_default();
            value.set(stored);
        }
    });
    Kept { value, key }
}

impl<T: Keepable> Kept<T> {
    pub fn get(self) -> T {
        self.value.get()
    }

    pub fn get_untracked(self) -> T {
        self.value.get_untracked()
    }

    pub fn with<R>(self, f: impl FnOnce(&T) -> R) -> R {
        self.value.with(f)
    }

    /// Saves the new value, then shows it.
    pub fn set(self, new: T) {
        self.key.with_value(|k| write(k, &new.encode()));
        self.value.set(new);
    }

    /// Changes the value, saves it, then shows it.
    pub fn update(self, f: impl FnOnce(&mut T)) {
        let mut new = self.value.get_untracked();
        f(&mut new);
        self.set(new);
    }
}

/// Reads a stored value (from memory if the device refused it earlier).
pub(super) fn read(key: &str) -> Option<String> {
    storage::with(|s| s.get(key))
}

/// Writes through the store; a refusal is reported once through the banner, and the value stays in memory.
pub(super) fn write(key: &str, value: &str) {
    if let Err(e) = storage::with(|s| s.set(key, value)) {
        let state = use_state();
        if state.storage_notice.get_untracked() != Some(e) {
            state.storage_notice.set(Some(e));
        }
    }
}
