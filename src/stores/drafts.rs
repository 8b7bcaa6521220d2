//! The drafts model (`layanan_core::drafts`) wired to this device: ids, the clock, and the repository over
//! the app's one store. Pages call these; none of them touches storage directly.

use crate::browser::storage::{self, Device};
use layanan_core::drafts::{migrate, wipe, Draft, Id, Repository, ResidentData};

/// Milliseconds since 1970 (UTC) by the device clock.
pub fn now_ms() -> i64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now() as i64;
    #[cfg(not(target_arch = "wasm32"))]
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

/// A new random draft or profile id. Ids only need to be unique on this phone.
pub fn new_id() -> Id {
    #[cfg_attr(not(target_arch = "wasm32"), allow(unused_mut))]
    let mut bytes = [0u8; 8];
    #[cfg(target_arch = "wasm32")]
    {
        let crypto = web_sys::window().and_then(|w| w.crypto().ok());
        if crypto.as_ref().and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok()).is_none() {
            for b in &mut bytes {
                *b = (js_sys::Math::random() * 256.0) as u8;
            }
        }
    }
    Id::from_random(bytes)
}

/// The applicant's name in a draft, for the masked label in the drafts list: the answer of the field its form
/// marks as the person's name.
fn name_of(draft: &Draft) -> Option<String> {
    let (_, field) = NAME_FIELDS.iter().find(|(form, _)| *form == draft.form_id())?;
    draft.answer(field).map(str::to_string)
}

// (form id, id of the field the form marks `data_diri = "nama"`), written by build.rs from content/formulir/.
include!(concat!(env!("OUT_DIR"), "/name_fields.rs"));

/// Runs `f` with the drafts repository over this device's storage.
pub fn with_repo<R>(f: impl FnOnce(&mut Repository<Device>) -> R) -> R {
    let mut device = Device;
    let mut repo = Repository::new(&mut device, &name_of);
    f(&mut repo)
}

/// After space was freed (a draft erased, the trash emptied): values the full device refused go to it now.
pub fn flush_held() {
    storage::with(|s| s.flush());
}

/// What the resident's "Hapus semua data" would remove from this phone.
pub fn resident_data() -> ResidentData {
    ResidentData::of(&Device)
}

/// Removes the resident's data from this phone (never the office's books).
pub fn wipe_resident_data() {
    wipe(&mut Device);
}

/// The draft another tab just saved under `key`, from the browser's storage event, if it is `key`'s draft.
pub fn from_other_tab(event_key: Option<String>, key: &str, new_value: Option<String>) -> Option<Draft> {
    (event_key.as_deref() == Some(key)).then_some(())?;
    migrate(&storage::stored_text(&new_value?)).ok()
}

/// Drafts of `form_id` for the person the phone is used for now (the active neighbour in volunteer mode, or the
/// owner), most recent first: what a form, a checker or the planner offers to go on with.
pub fn begun(form_id: &str) -> Vec<layanan_core::drafts::IndexEntry> {
    let person = super::settings::active_profile().map(|p| p.id);
    with_repo(|r| r.list())
        .into_iter()
        .filter(|g| g.profile_id == person)
        .flat_map(|g| g.drafts)
        .filter(|e| e.form_id == form_id)
        .collect()
}

/// Once a draft exists, asks the browser not to evict this site's storage when the phone runs low.
/// Returns true the first time, so the page can say why in one sentence.
pub fn first_draft_saved() -> bool {
    static ASKED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if ASKED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        return false;
    }
    crate::browser::share::ask_persistent_storage()
}
