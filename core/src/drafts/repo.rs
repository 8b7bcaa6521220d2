//! Saving, loading and listing drafts over any [`KeyValue`] store.
//!
//! Nothing here overwrites what it cannot read or what another tab wrote since this tab loaded it: unreadable
//! entries are set aside under `tb:rusak:`, and a newer stored revision is returned as a conflict.

use super::draft::Draft;
use super::id::Id;
use super::index::{self, IndexEntry};
use super::keys::{draft_key, DRAFT_PREFIX};
use super::migrate::{migrate, Quarantine};
use super::store::{KeyValue, StoreError};
use std::collections::BTreeSet;

/// The name of the person a draft is about, unmasked, as the app finds it (from the form's name field or the
/// profile). The repository masks it before it reaches the index.
pub type NameOf<'a> = &'a dyn Fn(&Draft) -> Option<String>;

pub struct Repository<'a, K: KeyValue> {
    pub(super) kv: &'a mut K,
    pub(super) name_of: NameOf<'a>,
}

#[derive(Debug, PartialEq)]
pub enum Error {
    /// Nothing stored under that id.
    Missing,
    /// The stored entry could not be read and was set aside.
    Unreadable(Quarantine),
    /// Another tab saved this draft since this tab loaded it; here is that version. Nothing was written.
    Conflict(Box<Draft>),
    /// The store refused the write; the caller still holds its data.
    Store(StoreError),
    /// Something already lives under that id.
    Exists,
    /// A profile still has drafts.
    InUse,
}

/// Drafts of one person: the phone owner's own (`profile_id: None`) or a neighbour's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub profile_id: Option<Id>,
    /// Most recently changed first.
    pub drafts: Vec<IndexEntry>,
}

impl<'a, K: KeyValue> Repository<'a, K> {
    pub fn new(kv: &'a mut K, name_of: NameOf<'a>) -> Self {
        Repository { kv, name_of }
    }

    /// Writes the draft unless another tab saved a newer revision. On success the draft's revision and time
    /// move on and it is no longer touched; on any error the draft keeps its answers for the caller to retry.
    pub fn save(&mut self, draft: &mut Draft, now_ms: i64) -> Result<(), Error> {
        let stored_revision = self.check_stored(draft)?;
        let mut attempt = draft.clone();
        attempt.revision = draft.revision.max(stored_revision) + 1;
        attempt.updated_ms = now_ms;
        if let Err(e) = self.write_draft(&attempt) {
            draft.pending = Some((attempt.revision, now_ms));
            return Err(Error::Store(e));
        }
        attempt.touched = false;
        attempt.pending = None;
        *draft = attempt;
        Ok(())
    }

    /// The revision the save builds on: refuses a newer one from another tab, sets aside an unreadable one.
    fn check_stored(&mut self, draft: &Draft) -> Result<u64, Error> {
        let key = draft_key(&draft.id);
        let Some(raw) = self.kv.get(&key) else { return Ok(0) };
        match self.read(&key, &raw) {
            Ok(stored) if draft.pending == Some((stored.revision, stored.updated_ms)) => Ok(stored.revision),
            Ok(stored) if stored.revision > draft.revision => Err(Error::Conflict(Box::new(stored))),
            Ok(stored) => Ok(stored.revision),
            Err(_) => self.set_aside(&key, &raw).map(|()| 0).map_err(Error::Store),
        }
    }

    pub fn load(&mut self, id: &Id) -> Result<Draft, Error> {
        let key = draft_key(id);
        let raw = self.kv.get(&key).ok_or(Error::Missing)?;
        self.read(&key, &raw).map_err(|q| {
            // Even if setting aside fails (full store), the entry stays where it is: nothing is deleted.
            let _ = self.set_aside(&key, &raw);
            Error::Unreadable(q)
        })
    }

    /// Every draft, grouped by person: the owner's own drafts first, then each neighbour's, the group with the
    /// most recent change first.
    pub fn list(&mut self) -> Vec<Group> {
        let mut entries = self.entries();
        crate::base::order::sort_by(&mut entries, |e| (-e.updated_ms, e.id.as_str().into()));
        let mut groups: Vec<Group> = Vec::new();
        for entry in entries {
            match groups.iter_mut().find(|g| g.profile_id == entry.profile_id) {
                Some(group) => group.drafts.push(entry),
                None => groups.push(Group { profile_id: entry.profile_id.clone(), drafts: vec![entry] }),
            }
        }
        crate::base::order::sort_by(&mut groups, |g| crate::base::order::number(g.profile_id.is_some()));
        groups
    }

    /// Copies a draft under `new_id` and saves the copy.
    pub fn duplicate(&mut self, id: &Id, new_id: Id, now_ms: i64) -> Result<Draft, Error> {
        let original = self.load(id)?;
        if self.kv.get(&draft_key(&new_id)).is_some() {
            return Err(Error::Exists);
        }
        let mut copy = original.copy_as(new_id, now_ms);
        self.save(&mut copy, now_ms)?;
        Ok(copy)
    }

    /// A stored draft, checked to belong under its key.
    pub(super) fn read(&self, key: &str, raw: &str) -> Result<Draft, Quarantine> {
        let draft = migrate(raw)?;
        if draft_key(&draft.id) != key {
            return Err(Quarantine::WrongKey);
        }
        Ok(draft)
    }

    /// Writes a draft as it is and records it in the index.
    pub(super) fn write_draft(&mut self, draft: &Draft) -> Result<(), StoreError> {
        self.kv.set(&draft_key(&draft.id), &draft.to_json())?;
        self.record_in_index(draft);
        Ok(())
    }

    pub(super) fn record_in_index(&mut self, draft: &Draft) {
        let entry = IndexEntry::of(draft, (self.name_of)(draft));
        let Some(mut entries) = index::read(self.kv) else {
            self.rebuild_index();
            return;
        };
        entries.retain(|e| e.id != entry.id);
        entries.push(entry);
        index::write(self.kv, entries);
    }

    pub(super) fn forget_in_index(&mut self, id: &Id) {
        if let Some(mut entries) = index::read(self.kv) {
            entries.retain(|e| &e.id != id);
            index::write(self.kv, entries);
        }
    }

    /// The index, rebuilt first if it does not list exactly the stored drafts.
    pub(super) fn entries(&mut self) -> Vec<IndexEntry> {
        let stored: BTreeSet<String> = self.draft_keys().into_iter().collect();
        match index::read(self.kv) {
            Some(entries) if entries.iter().map(|e| draft_key(&e.id)).collect::<BTreeSet<_>>() == stored => entries,
            _ => self.rebuild_index(),
        }
    }

    fn rebuild_index(&mut self) -> Vec<IndexEntry> {
        let entries: Vec<IndexEntry> = self
            .draft_keys()
            .into_iter()
            .filter_map(|key| {
                let draft = self.load(&Id::parse(&key[DRAFT_PREFIX.len()..])?).ok()?;
                Some(IndexEntry::of(&draft, (self.name_of)(&draft)))
            })
            .collect();
        index::write(self.kv, entries.clone());
        entries
    }

    /// Keys under the drafts prefix; one whose id part is malformed is set aside here.
    fn draft_keys(&mut self) -> Vec<String> {
        let (good, bad): (Vec<String>, Vec<String>) = self
            .kv
            .keys()
            .into_iter()
            .filter(|k| k.starts_with(DRAFT_PREFIX))
            .partition(|k| Id::parse(&k[DRAFT_PREFIX.len()..]).is_some());
        for key in bad {
            if let Some(raw) = self.kv.get(&key) {
                let _ = self.set_aside(&key, &raw);
            }
        }
        good
    }
}
