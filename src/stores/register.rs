//! The office's buku register on this device, read and written whole (it is small: a year of a desa's letters is
//! a few hundred entries).

use super::kept::{read, write};
use super::keys;
use layanan_core::office::register::Register;

pub struct RegisterStore;

impl RegisterStore {
    /// The stored register, and whether an unreadable one was found. One this version cannot read is set aside
    /// under its own key, never overwritten, and the page says so.
    pub fn load() -> (Register, bool) {
        match Register::from_stored(read(keys::REGISTER).as_deref()) {
            Ok(r) => (r, false),
            Err(raw) => {
                if read(keys::REGISTER_SET_ASIDE).is_none() {
                    write(keys::REGISTER_SET_ASIDE, &raw);
                }
                write(keys::REGISTER, &Register::default().to_stored());
                (Register::default(), true)
            }
        }
    }

    /// Changes the register and saves it at once.
    pub fn update<R>(f: impl FnOnce(&mut Register) -> R) -> R {
        let (mut register, _) = Self::load();
        let out = f(&mut register);
        write(keys::REGISTER, &register.to_stored());
        out
    }
}
