//! Every key this app keeps on the device, in one place. All start with `tb:` (so wiping this app's data never
//! touches another site's); the drafts' keys (`tb:draf:…`, `tb:profil:…`, `tb:sampah:…`, `tb:rusak:…`,
//! `tb:setelan`) are the drafts model's own, in `layanan_core::drafts::keys`. Keys never change once shipped:
//! phones hold data under them. The resident's wipe leaves the office's (`layanan_core::drafts::OFFICE_PREFIXES`).

/// The interface language the resident chose last; the page head (`head.js`) reads it before anything is drawn.
pub const LANGUAGE: &str = "tb:bahasa";
/// Volunteer mode: the id of the neighbour new forms are filled in for.
pub const ACTIVE_PROFILE: &str = "tb:profil-aktif";
/// The office's buku register, and where an unreadable one is set aside.
pub const REGISTER: &str = "tb:buku-register";
pub const REGISTER_SET_ASIDE: &str = "tb:buku-register:tidak-terbaca";
/// The office's feedback tally: one machine line per response.
pub const FEEDBACK_TALLY: &str = "tb:rekap:umpan-balik";
/// The immunisation schedule: the child's birth date as typed, the name, and the doses ticked as given.
pub const IMMUNISATION_BIRTH: &str = "tb:cek:imunisasi:lahir";
pub const IMMUNISATION_NAME: &str = "tb:cek:imunisasi:nama";
pub const IMMUNISATION_GIVEN: &str = "tb:cek:imunisasi:diberikan";
/// The pregnancy calendar: the first day of the last period (HPHT) as typed.
pub const PREGNANCY_HPHT: &str = "tb:cek:kehamilan:hpht";
/// The free health check (CKG): the birth date as typed.
pub const CKG_BIRTH: &str = "tb:cek:ckg:lahir";
/// In session storage: set on the first page of a visit, so later pages of it are told apart.
pub const VISIT_MARK: &str = "tb:kunjungan";

/// The documents ticked on a service's checklist.
pub fn ticks(service: &str) -> String {
    format!("tb:centang:{service}")
}

/// Whether this browser had a voice for a language ("ya" or "tidak"); `head.js` reads it.
pub fn voice(lang_code: &str) -> String {
    format!("tb:suara:{lang_code}")
}
