//! Entries that could not be read: kept raw under `tb:rusak:<old key>`, listed, exportable, and put back when
//! a newer app can read them. The app never deletes them on its own.

use super::id::Id;
use super::keys::{draft_key, quarantine_key, quarantine_origin, DRAFT_PREFIX, QUARANTINE_PREFIX};
use super::migrate::{migrate, Quarantine};
use super::repo::Repository;
use super::store::{KeyValue, StoreError};

/// One set-aside entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quarantined {
    /// Where it is kept now (`tb:rusak:…`).
    pub key: String,
    /// Where it was found.
    pub origin: String,
    /// Why it cannot be used; `None` for a draft this app can read again (see [`Repository::rescue`]).
    pub reason: Option<Quarantine>,
    pub raw: String,
}

impl<K: KeyValue> Repository<'_, K> {
    /// Moves an entry aside. The original is removed only once its copy is stored.
    pub(super) fn set_aside(&mut self, origin: &str, raw: &str) -> Result<(), StoreError> {
        self.keep_aside(origin, raw)?;
        self.kv.remove(origin);
        Ok(())
    }

    /// Stores a copy under the first free quarantine key, unless the same text is already kept for that origin.
    pub(super) fn keep_aside(&mut self, origin: &str, raw: &str) -> Result<(), StoreError> {
        let mut attempt = 1;
        loop {
            let key = quarantine_key(origin, attempt);
            match self.kv.get(&key) {
                Some(kept) if kept == raw => return Ok(()),
                Some(_) => attempt += 1,
                None => return self.kv.set(&key, raw),
            }
        }
    }

    /// Every set-aside entry, in key order.
    pub fn quarantined(&self) -> Vec<Quarantined> {
        let mut keys: Vec<String> = self.kv.keys().into_iter().filter(|k| k.starts_with(QUARANTINE_PREFIX)).collect();
        keys.sort();
        keys.into_iter()
            .filter_map(|key| {
                let raw = self.kv.get(&key)?;
                let origin = quarantine_origin(&key)?.to_string();
                Some(Quarantined { reason: reason_of(&origin, &raw), key, origin, raw })
            })
            .collect()
    }

    /// Puts back drafts that this app can read (written by a newer app, then this app updated) where no draft
    /// has taken their place. Returns their ids.
    pub fn rescue(&mut self) -> Vec<Id> {
        let readable =
            self.quarantined().into_iter().filter(|q| q.reason.is_none() && self.kv.get(&q.origin).is_none());
        let mut rescued = Vec::new();
        for q in readable.collect::<Vec<_>>() {
            let Ok(draft) = migrate(&q.raw) else { continue };
            if self.write_draft(&draft).is_ok() {
                self.kv.remove(&q.key);
                rescued.push(draft.id().clone());
            }
        }
        rescued
    }

    /// Removes one set-aside entry, once the user has exported it or decided it is not needed.
    pub fn discard_quarantined(&mut self, key: &str) {
        if key.starts_with(QUARANTINE_PREFIX) {
            self.kv.remove(key);
        }
    }
}

fn reason_of(origin: &str, raw: &str) -> Option<Quarantine> {
    if !origin.starts_with(DRAFT_PREFIX) {
        return Some(match serde_json::from_str::<serde_json::Value>(raw) {
            Ok(_) => Quarantine::Malformed,
            Err(_) => Quarantine::NotJson,
        });
    }
    match migrate(raw) {
        Err(q) => Some(q),
        Ok(draft) if draft_key(draft.id()) != origin => Some(Quarantine::WrongKey),
        Ok(_) => None,
    }
}
