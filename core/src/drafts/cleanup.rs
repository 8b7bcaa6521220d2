//! Housekeeping run when the app starts: put back what a newer app can now read, move old drafts to the
//! trash, empty the trash of what is older than a week. And the one button that removes everything.

use super::id::Id;
use super::keys::PREFIX;
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

/// Removes everything this app stored on the device (keys starting with `tb:`), and nothing else.
/// Returns how many entries were removed.
pub fn wipe(kv: &mut impl KeyValue) -> usize {
    let ours: Vec<String> = kv.keys().into_iter().filter(|k| k.starts_with(PREFIX)).collect();
    for key in &ours {
        kv.remove(key);
    }
    ours.len()
}
