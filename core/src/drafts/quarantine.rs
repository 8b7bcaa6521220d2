//! Entries that could not be read: kept raw under `tb:rusak:<old key>`, listed, exportable, and put back when
//! a newer app can read them. The app never deletes them on its own.

use super::draft::Draft;
use super::id::Id;
use super::keys::{draft_key, quarantine_key, quarantine_origin, DRAFT_PREFIX, QUARANTINE_PREFIX};
use super::migrate::{migrate, Quarantine};
use super::repo::Repository;
use super::store::{KeyValue, StoreError};
use std::collections::BTreeMap;

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
        let keys: Vec<String> = self.kv.keys().into_iter().filter(|k| k.starts_with(QUARANTINE_PREFIX)).collect();
        crate::base::order::sorted_texts(keys)
            .into_iter()
            .filter_map(|key| {
                let raw = self.kv.get(&key)?;
                let origin = quarantine_origin(&key)?.to_string();
                Some(Quarantined { reason: reason_of(&origin, &raw), key, origin, raw })
            })
            .collect()
    }

    /// Puts back what this app can read again: a draft set aside by an older app (or by a bug that refused a
    /// layout it should have read). Copies of one draft are grouped by its id and creation time; only the newest
    /// revision matters, the older copies are its past. Nothing stored is ever overwritten: when the key holds the
    /// same draft at that revision or later, the copies are superseded and removed; when it holds anything
    /// else (a draft started afresh, or damage), the rescued draft is saved beside it under `new_id()`.
    /// Returns the ids of the drafts written.
    pub fn rescue(&mut self, now_ms: i64, new_id: &mut dyn FnMut() -> Id) -> Vec<Id> {
        let mut lineages: BTreeMap<(String, i64), (Draft, Vec<String>)> = BTreeMap::new();
        // Copies that tie with their lineage's newest (same revision and time) but say something else: two
        // versions of one save, neither the other's past, so both are kept.
        let mut forks: Vec<(Draft, String)> = Vec::new();
        for q in self.quarantined().into_iter().filter(|q| q.reason.is_none()) {
            let Ok(draft) = migrate(&q.raw) else { continue };
            let (newest, keys) =
                lineages.entry((q.origin.clone(), draft.created_ms())).or_insert_with(|| (draft.clone(), Vec::new()));
            let (at, newest_at) = ((draft.revision(), draft.updated_ms()), (newest.revision(), newest.updated_ms()));
            if at > newest_at {
                *newest = draft;
            } else if at == newest_at && draft.answers() != newest.answers() {
                forks.push((draft, q.key));
                continue;
            }
            keys.push(q.key);
        }
        let mut rescued = Vec::new();
        for ((origin, _), (draft, keys)) in lineages {
            let stored = self.kv.get(&origin).map(|raw| self.read(&origin, &raw));
            let written = match stored {
                None => self.write_draft(&draft).ok().map(|()| Some(draft.id().clone())),
                Some(Ok(s)) if s.created_ms() == draft.created_ms() && s.revision() >= draft.revision() => Some(None),
                Some(_) => {
                    let mut copy = draft.copy_as(new_id(), now_ms);
                    self.save(&mut copy, now_ms).ok().map(|()| Some(copy.id().clone()))
                }
            };
            // Copies are removed only once their newest version is safely stored (or known to be).
            if let Some(id) = written {
                keys.iter().for_each(|k| self.kv.remove(k));
                rescued.extend(id);
            }
        }
        for (draft, key) in forks {
            let mut copy = draft.copy_as(new_id(), now_ms);
            if self.save(&mut copy, now_ms).is_ok() {
                self.kv.remove(&key);
                rescued.push(copy.id().clone());
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
