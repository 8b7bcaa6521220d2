//! Housekeeping run when the app starts: put back what a newer app can now read, move old drafts to the
//! trash, empty the trash of what is older than a week. And the one button that removes a resident's data.

use super::id::Id;
use super::keys::{is_office_key, DRAFT_PREFIX, PREFIX, PROFILE_PREFIX, QUARANTINE_PREFIX, TRASH_PREFIX};
use super::repo::Repository;
use super::store::KeyValue;
use super::DAY_MS;

/// How long a deleted draft can be restored.
pub const TRASH_DAYS: i64 = 7;

/// What one round of housekeeping did, so the app can tell the user.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Housekeeping {
    pub rescued: Vec<Id>,
    pub expired: Vec<Id>,
    pub purged: usize,
}

impl<K: KeyValue> Repository<'_, K> {
    /// `new_id` names a rescued draft that cannot go back under its own key.
    pub fn housekeeping(&mut self, now_ms: i64, new_id: &mut dyn FnMut() -> Id) -> Housekeeping {
        Housekeeping {
            rescued: self.rescue(now_ms, new_id),
            expired: self.expire(now_ms),
            purged: self.purge_trash(now_ms),
        }
    }

    /// Erases trashed drafts deleted [`TRASH_DAYS`] or more ago. Returns how many.
    pub fn purge_trash(&mut self, now_ms: i64) -> usize {
        let old: Vec<Id> = self
            .trash()
            .into_iter()
            .filter(|t| now_ms.saturating_sub(t.deleted_ms) >= TRASH_DAYS * DAY_MS)
            .map(|t| t.id)
            .collect();
        for id in &old {
            self.erase(id);
        }
        old.len()
    }

    /// Moves to the trash every draft not changed for the set number of days or more, so it can still be
    /// restored for a week. Returns their ids.
    pub fn expire(&mut self, now_ms: i64) -> Vec<Id> {
        let days = self.settings().expiry_days;
        if days == 0 {
            return Vec::new();
        }
        let limit = i64::from(days) * DAY_MS;
        let is_old = |updated_ms: i64| now_ms.saturating_sub(updated_ms) >= limit;
        let candidates: Vec<Id> = self.entries().into_iter().filter(|e| is_old(e.updated_ms)).map(|e| e.id).collect();
        // The index may lag behind another tab's save: the draft itself decides.
        candidates
            .into_iter()
            .filter(|id| self.load(id).is_ok_and(|d| is_old(d.updated_ms())) && self.delete(id, now_ms).is_ok())
            .collect()
    }
}

/// What a resident's "Hapus semua data" removes, counted so the confirmation can say exactly what goes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResidentData {
    pub drafts: usize,
    pub trashed: usize,
    pub profiles: usize,
    /// Entries set aside because they could not be read.
    pub set_aside: usize,
    /// Settings, the language, ticked documents, remembered dates, the active profile.
    pub other: usize,
}

impl ResidentData {
    pub fn of(kv: &impl KeyValue) -> ResidentData {
        let mut data = ResidentData::default();
        for key in resident_keys(kv) {
            let count = if key.starts_with(DRAFT_PREFIX) {
                &mut data.drafts
            } else if key.starts_with(TRASH_PREFIX) {
                &mut data.trashed
            } else if key.starts_with(PROFILE_PREFIX) {
                &mut data.profiles
            } else if key.starts_with(QUARANTINE_PREFIX) {
                &mut data.set_aside
            } else {
                &mut data.other
            };
            *count += 1;
        }
        data
    }

    pub fn is_empty(&self) -> bool {
        *self == ResidentData::default()
    }
}

/// This app's keys that hold a resident's data: everything under [`PREFIX`] except the office's books.
fn resident_keys(kv: &impl KeyValue) -> Vec<String> {
    kv.keys().into_iter().filter(|k| k.starts_with(PREFIX) && !is_office_key(k)).collect()
}

/// Removes everything this app stored on the device for residents (keys starting with `tb:`), and nothing
/// else: not other sites' data, not the office's register and tally ([`is_office_key`]).
/// Returns how many entries were removed.
pub fn wipe(kv: &mut impl KeyValue) -> usize {
    let ours = resident_keys(kv);
    for key in &ours {
        kv.remove(key);
    }
    ours.len()
}
