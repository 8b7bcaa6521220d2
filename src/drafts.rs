//! The drafts model (`layanan_core::drafts`) wired to this device: ids, the clock, and the repository over
//! the app's one store. Pages call these; none of them touches storage directly.

use crate::storage::Device;
use layanan_core::drafts::{Draft, Id, PersonalKind, Repository};
use layanan_core::forms::{AddressPart, Form, PersonalDatum};

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

/// The fields of a form that a neighbour's profile fills in, with the kind of data each takes.
pub fn personal_fields(form: &Form) -> Vec<(String, PersonalKind)> {
    let mut out = Vec::new();
    for field in form.fields() {
        let Some(datum) = field.personal else { continue };
        let simple = match datum {
            PersonalDatum::Name => Some(PersonalKind::Name),
            PersonalDatum::Nik => Some(PersonalKind::Nik),
            PersonalDatum::KkNumber => Some(PersonalKind::KkNumber),
            PersonalDatum::Phone => Some(PersonalKind::Phone),
            PersonalDatum::BirthDate => Some(PersonalKind::BirthDate),
            PersonalDatum::Sex => Some(PersonalKind::Sex),
            PersonalDatum::Address => None,
        };
        match simple {
            Some(kind) => out.push((field.id.clone(), kind)),
            None => {
                for (part, kind) in [
                    (AddressPart::Rt, PersonalKind::Rt),
                    (AddressPart::Rw, PersonalKind::Rw),
                    (AddressPart::Hamlet, PersonalKind::Dusun),
                    (AddressPart::Street, PersonalKind::Street),
                ] {
                    out.push((layanan_core::forms::address_key(&field.id, part), kind));
                }
            }
        }
    }
    out
}
