//! Storing the neighbours' profiles, one per key under `tb:profil:<id>`.

use super::id::Id;
use super::keys::{profile_key, PROFILE_PREFIX};
use super::migrate::Quarantine;
use super::profile::Profile;
use super::repo::{Error, Repository};
use super::store::KeyValue;

impl<K: KeyValue> Repository<'_, K> {
    /// Every readable profile, by label. Unreadable ones are set aside.
    pub fn profiles(&mut self) -> Vec<Profile> {
        let keys: Vec<String> = self.kv.keys().into_iter().filter(|k| k.starts_with(PROFILE_PREFIX)).collect();
        let mut profiles: Vec<Profile> = keys.iter().filter_map(|key| self.read_profile(key).ok()).collect();
        // Ties of the same name (two "Ibu Sari") by id, so the list does not reshuffle between visits.
        crate::base::order::sort_by(&mut profiles, |p| (0, format!("{}\u{0}{}", p.label.to_lowercase(), p.id).into()));
        profiles
    }

    pub fn profile(&mut self, id: &Id) -> Result<Profile, Error> {
        self.read_profile(&profile_key(id))
    }

    pub fn save_profile(&mut self, profile: &Profile) -> Result<(), Error> {
        let json = serde_json::to_string(profile).expect("strings always serialise");
        self.kv.set(&profile_key(&profile.id), &json).map_err(Error::Store)
    }

    /// Removes a profile whose drafts are all gone, so no draft is left pointing at nobody.
    pub fn delete_profile(&mut self, id: &Id) -> Result<(), Error> {
        if self.entries().iter().any(|e| e.profile_id.as_ref() == Some(id)) {
            return Err(Error::InUse);
        }
        self.kv.remove(&profile_key(id));
        Ok(())
    }

    fn read_profile(&mut self, key: &str) -> Result<Profile, Error> {
        let raw = self.kv.get(key).ok_or(Error::Missing)?;
        let reason = match serde_json::from_str::<Profile>(&raw) {
            Ok(p) if profile_key(&p.id) == key => return Ok(p),
            Ok(_) => Quarantine::WrongKey,
            Err(e) if e.is_data() => Quarantine::Malformed,
            Err(_) => Quarantine::NotJson,
        };
        let _ = self.set_aside(key, &raw);
        Err(Error::Unreadable(reason))
    }
}
