//! The storage the drafts live in, as a trait: the browser layer implements it over `localStorage`, tests and
//! a memory-only mode use [`MemoryStore`].

use std::collections::BTreeMap;

/// Why a write was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The device storage is full.
    Full,
    /// No usable storage at all (disabled, private mode, sandboxed).
    Unavailable,
}

pub trait KeyValue {
    fn get(&self, key: &str) -> Option<String>;
    /// Either stores the value or says why not. An implementation may keep a refused value in memory for the
    /// session; the drafts code copes with both.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str);
    /// Every key, in any order. Keys of other apps may be among them.
    fn keys(&self) -> Vec<String>;
}

/// Storage held in memory, with an optional size limit (in bytes of keys and values) to play a full device.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    entries: BTreeMap<String, String>,
    limit: Option<usize>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// A store that refuses writes beyond `bytes` in total.
    pub fn with_limit(bytes: usize) -> MemoryStore {
        MemoryStore { entries: BTreeMap::new(), limit: Some(bytes) }
    }

    fn size_with(&self, key: &str, value: &str) -> usize {
        let others: usize = self.entries.iter().filter(|(k, _)| *k != key).map(|(k, v)| k.len() + v.len()).sum();
        others + key.len() + value.len()
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.entries.get(key).cloned()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.limit.is_some_and(|limit| self.size_with(key, value) > limit) {
            return Err(StoreError::Full);
        }
        self.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.entries.remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.entries.keys().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_limited_store_refuses_what_does_not_fit_and_keeps_what_was_there() {
        let mut s = MemoryStore::with_limit(10);
        assert_eq!(s.set("a", "123456789"), Ok(()));
        assert_eq!(s.set("b", "1"), Err(StoreError::Full));
        assert_eq!(s.set("a", "12345678"), Ok(()), "replacing a value counts only the new one");
        assert_eq!(s.get("a").as_deref(), Some("12345678"));
        assert_eq!(s.get("b"), None);
    }
}
