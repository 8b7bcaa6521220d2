//! Where each thing lives in the browser's key-value storage. Every key starts with [`PREFIX`], so wiping the
//! app's data never touches anything else stored on the same origin.

use super::id::Id;

pub const PREFIX: &str = "tb:";
/// One draft per key: a full store or two tabs can then only ever affect one draft, never all of them.
pub const DRAFT_PREFIX: &str = "tb:draf:";
/// A small list of every draft, so the drafts page does not read each draft.
pub const INDEX_KEY: &str = "tb:draf-index";
pub const PROFILE_PREFIX: &str = "tb:profil:";
/// Deleted drafts, kept for a while so a delete can be undone.
pub const TRASH_PREFIX: &str = "tb:sampah:";
/// Entries that could not be read, kept raw under their old key: `tb:rusak:tb:draf:<id>`.
pub const QUARANTINE_PREFIX: &str = "tb:rusak:";
pub const SETTINGS_KEY: &str = "tb:setelan";
/// What the village office keeps on its own device: the buku register (with its set-aside copy) and the
/// feedback tally. A resident's "Hapus semua data" never touches them; the office wipes its own.
pub const OFFICE_PREFIXES: [&str; 2] = ["tb:buku-register", "tb:rekap:"];

/// Whether a key holds the office's data rather than a resident's.
pub fn is_office_key(key: &str) -> bool {
    let origin = quarantine_origin(key).unwrap_or(key);
    OFFICE_PREFIXES.iter().any(|p| origin.starts_with(p))
}

pub fn draft_key(id: &Id) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

pub fn profile_key(id: &Id) -> String {
    format!("{PROFILE_PREFIX}{id}")
}

pub fn trash_key(id: &Id) -> String {
    format!("{TRASH_PREFIX}{id}")
}

/// The place for an unreadable entry. A second unreadable value for the same key gets `~2`, `~3`… so that
/// no set-aside entry ever replaces another.
pub fn quarantine_key(original: &str, attempt: usize) -> String {
    match attempt {
        0 | 1 => format!("{QUARANTINE_PREFIX}{original}"),
        n => format!("{QUARANTINE_PREFIX}{original}~{n}"),
    }
}

/// The key an entry was set aside from.
pub fn quarantine_origin(key: &str) -> Option<&str> {
    let rest = key.strip_prefix(QUARANTINE_PREFIX)?;
    Some(match rest.rsplit_once('~') {
        Some((origin, n)) if n.parse::<usize>().is_ok() => origin,
        _ => rest,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_follow_the_layout() {
        let id = Id::parse("00000000000000a1").unwrap();
        assert_eq!(draft_key(&id), "tb:draf:00000000000000a1");
        assert_eq!(profile_key(&id), "tb:profil:00000000000000a1");
        assert_eq!(trash_key(&id), "tb:sampah:00000000000000a1");
        assert_eq!(quarantine_key("tb:draf:x", 1), "tb:rusak:tb:draf:x");
        assert_eq!(quarantine_key("tb:draf:x", 3), "tb:rusak:tb:draf:x~3");
        assert!(!INDEX_KEY.starts_with(DRAFT_PREFIX), "the index must not look like a draft");
        for key in [INDEX_KEY, SETTINGS_KEY, DRAFT_PREFIX, PROFILE_PREFIX, TRASH_PREFIX, QUARANTINE_PREFIX] {
            assert!(key.starts_with(PREFIX));
        }
    }

    #[test]
    fn the_origin_of_a_set_aside_entry_is_recovered() {
        assert_eq!(quarantine_origin("tb:rusak:tb:draf:x"), Some("tb:draf:x"));
        assert_eq!(quarantine_origin("tb:rusak:tb:draf:x~12"), Some("tb:draf:x"));
        assert_eq!(quarantine_origin("tb:rusak:tb:setelan~"), Some("tb:setelan~"));
        assert_eq!(quarantine_origin("tb:draf:x"), None);
    }
}
