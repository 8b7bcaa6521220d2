//! The user's settings for drafts, under `tb:setelan`.

use super::keys::SETTINGS_KEY;
use super::repo::{Error, Repository};
use super::store::KeyValue;
use serde::{Deserialize, Serialize};

/// How long an untouched draft is kept before it moves to the trash, unless the user chose otherwise.
pub const DEFAULT_EXPIRY_DAYS: u32 = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Days without a change after which a draft moves to the trash; 0 keeps drafts until deleted.
    pub expiry_days: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { expiry_days: DEFAULT_EXPIRY_DAYS }
    }
}

impl<K: KeyValue> Repository<'_, K> {
    /// The stored settings; unreadable ones are set aside and the defaults used.
    pub fn settings(&mut self) -> Settings {
        let Some(raw) = self.kv.get(SETTINGS_KEY) else { return Settings::default() };
        serde_json::from_str(&raw).unwrap_or_else(|_| {
            let _ = self.set_aside(SETTINGS_KEY, &raw);
            Settings::default()
        })
    }

    pub fn save_settings(&mut self, settings: Settings) -> Result<(), Error> {
        let json = serde_json::to_string(&settings).expect("numbers always serialise");
        self.kv.set(SETTINGS_KEY, &json).map_err(Error::Store)
    }
}
