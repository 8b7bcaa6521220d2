//! What the phone remembers about how the app is used: the language, the neighbour a volunteer fills forms for,
//! whether the browser can speak a language, the first page of a visit, and how storage itself is doing.

use super::kept::{read, write};
use super::keys;
use crate::browser::storage::{self, StoreError};
use layanan_core::base::lang::Lang;
use layanan_core::drafts::{Id, Profile};

/// Remembers the resident's language, so the next page opened from a link opens in it too.
pub fn remember_language(lang_code: &str) {
    write(keys::LANGUAGE, lang_code);
}

/// Volunteer mode: the neighbour new forms are filled in for, if any.
pub fn active_profile() -> Option<Profile> {
    let id = read(keys::ACTIVE_PROFILE).and_then(|raw| Id::parse(&raw))?;
    super::drafts::with_repo(|r| r.profile(&id).ok())
}

pub fn set_active_profile(id: Option<&Id>) {
    match id {
        Some(id) => write(keys::ACTIVE_PROFILE, id.as_str()),
        None => storage::with(|s| s.remove(keys::ACTIVE_PROFILE)),
    }
}

/// Whether this browser had a voice for `lang` when last asked: the page head keeps room for "Dengarkan" only
/// where it may show.
pub fn remember_voice(lang: Lang, speaks: bool) {
    let _ = storage::with(|s| s.set(&keys::voice(lang.code()), if speaks { "ya" } else { "tidak" }));
}

/// Whether this page is not the first of the tab's visit (a page opened from WhatsApp or a bookmark is).
pub fn visit_already_marked() -> bool {
    storage::visit_already_marked(keys::VISIT_MARK)
}

/// What storage said when the page opened: nothing, full, or missing.
pub fn condition() -> Option<StoreError> {
    storage::with(|s| s.condition())
}
