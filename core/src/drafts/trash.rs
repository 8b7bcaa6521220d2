//! Deleting a draft moves it to `tb:sampah:<id>` with the time of deletion, so it can be undone for a week.
//! The draft is kept as the raw text it was stored as, read or not.

use super::draft::Draft;
use super::id::Id;
use super::index::IndexEntry;
use super::keys::{draft_key, trash_key, TRASH_PREFIX};
use super::migrate::{migrate, Quarantine};
use super::repo::{Error, Repository};
use super::store::KeyValue;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Trashed {
    deleted: i64,
    raw: String,
}

/// A deleted draft, as the "recently deleted" list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrashEntry {
    pub id: Id,
    pub deleted_ms: i64,
    /// `None` when the draft itself cannot be read; it is still kept.
    pub draft: Option<IndexEntry>,
}

impl<K: KeyValue> Repository<'_, K> {
    /// Moves a draft to the trash. If the trash cannot be written (a full phone), the draft stays where it is
    /// and nothing of the attempt is kept: [`Repository::erase_draft`] is then the way to free space.
    pub fn delete(&mut self, id: &Id, now_ms: i64) -> Result<(), Error> {
        let key = draft_key(id);
        let raw = self.kv.get(&key).ok_or(Error::Missing)?;
        let json = serde_json::to_string(&Trashed { deleted: now_ms, raw }).expect("strings always serialise");
        if let Err(e) = self.kv.set(&trash_key(id), &json) {
            // A store may hold a refused value in memory for the session: not this one.
            self.kv.remove(&trash_key(id));
            return Err(Error::Store(e));
        }
        self.kv.remove(&key);
        self.forget_in_index(id);
        Ok(())
    }

    /// Removes a draft for good, without the trash: on a full phone, where moving it to the trash would need
    /// space. Returns the space freed, in characters of key and value.
    pub fn erase_draft(&mut self, id: &Id) -> Result<usize, Error> {
        let key = draft_key(id);
        let raw = self.kv.get(&key).ok_or(Error::Missing)?;
        self.kv.remove(&key);
        self.forget_in_index(id);
        Ok(key.len() + raw.len())
    }

    /// Space the trash takes, in characters of keys and values: what emptying it frees.
    pub fn trash_size(&self) -> usize {
        self.trash_keys().iter().map(|k| k.len() + self.kv.get(k).map_or(0, |v| v.len())).sum()
    }

    /// Erases every trashed draft at once. Returns the space freed, in characters of keys and values.
    pub fn empty_trash(&mut self) -> usize {
        let freed = self.trash_size();
        for key in self.trash_keys() {
            self.kv.remove(&key);
        }
        freed
    }

    fn trash_keys(&self) -> Vec<String> {
        self.kv.keys().into_iter().filter(|k| k.starts_with(TRASH_PREFIX)).collect()
    }

    /// Undoes a delete. Refused when a draft with the same id exists again, so neither version is lost.
    pub fn restore(&mut self, id: &Id) -> Result<Draft, Error> {
        let key = trash_key(id);
        let trashed = self.read_trashed(&key)?;
        if self.kv.get(&draft_key(id)).is_some() {
            return Err(Error::Exists);
        }
        self.kv.set(&draft_key(id), &trashed.raw).map_err(Error::Store)?;
        self.kv.remove(&key);
        let draft = self.load(id)?;
        self.record_in_index(&draft);
        Ok(draft)
    }

    /// Deleted drafts, most recently deleted first.
    pub fn trash(&mut self) -> Vec<TrashEntry> {
        let keys = self.trash_keys();
        let mut entries: Vec<TrashEntry> = keys
            .into_iter()
            .filter_map(|key| {
                let id = Id::parse(&key[TRASH_PREFIX.len()..]);
                let trashed = self.read_trashed(&key).ok();
                let (Some(id), Some(trashed)) = (id, trashed) else {
                    if let Some(raw) = self.kv.get(&key) {
                        let _ = self.set_aside(&key, &raw);
                    }
                    return None;
                };
                let draft = migrate(&trashed.raw).ok().map(|d| IndexEntry::of(&d, (self.name_of)(&d)));
                Some(TrashEntry { id, deleted_ms: trashed.deleted, draft })
            })
            .collect();
        crate::base::order::sort_by(&mut entries, |e| (-e.deleted_ms, e.id.as_str().into()));
        entries
    }

    /// Removes a trashed draft for good, at the user's request or when its week is over.
    pub fn erase(&mut self, id: &Id) {
        self.kv.remove(&trash_key(id));
    }

    fn read_trashed(&mut self, key: &str) -> Result<Trashed, Error> {
        let raw = self.kv.get(key).ok_or(Error::Missing)?;
        serde_json::from_str(&raw).map_err(|e| {
            let _ = self.set_aside(key, &raw);
            Error::Unreadable(if e.is_data() { Quarantine::Malformed } else { Quarantine::NotJson })
        })
    }
}
