//! Reading a stored draft of any layout this app ever wrote, and saying why an entry cannot be read.

use super::draft::Draft;
use super::schema_v1::V1;
use super::schema_v2::V2;
use super::schema_v3::{CURRENT_SCHEMA, V3};
use crate::base::lang::Lang;
use serde::Deserialize;
use serde_json::Value;

/// Why a stored entry was set aside instead of read. The entry itself is kept, raw, under `tb:rusak:`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quarantine {
    /// Not JSON at all: cut off while writing, or damaged.
    NotJson,
    /// JSON without a layout number this app knows.
    NoSchema,
    /// Written by a newer app; an update will read it.
    FutureSchema(u64),
    /// A known layout with parts missing, of the wrong type, or unknown.
    Malformed,
    /// Well formed, but with values the app never writes.
    Invalid,
    /// A draft stored under another draft's key.
    WrongKey,
}

impl Quarantine {
    /// One short sentence for the list of damaged entries.
    pub fn describe(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Quarantine::NotJson, Lang::Id) => "Isinya rusak atau terpotong.",
            (Quarantine::NotJson, Lang::En) => "The content is damaged or cut off.",
            (Quarantine::NoSchema, Lang::Id) => "Bentuk simpanannya tidak dikenal.",
            (Quarantine::NoSchema, Lang::En) => "The way it was saved is unknown.",
            (Quarantine::FutureSchema(_), Lang::Id) => {
                "Disimpan oleh versi aplikasi yang lebih baru. Perbarui aplikasi untuk membukanya."
            }
            (Quarantine::FutureSchema(_), Lang::En) => {
                "Saved by a newer version of the app. Update the app to open it."
            }
            (Quarantine::Malformed, Lang::Id) => "Ada bagian yang hilang atau tidak dikenal.",
            (Quarantine::Malformed, Lang::En) => "Some parts are missing or unknown.",
            (Quarantine::Invalid, Lang::Id) => "Ada isi yang tidak sah.",
            (Quarantine::Invalid, Lang::En) => "Some of its content is not valid.",
            (Quarantine::WrongKey, Lang::Id) => "Tersimpan di tempat yang salah.",
            (Quarantine::WrongKey, Lang::En) => "It was saved in the wrong place.",
        }
    }
}

/// Reads a stored draft of any known layout into the current model. Never panics, whatever the text.
pub fn migrate(raw: &str) -> Result<Draft, Quarantine> {
    let value: Value = serde_json::from_str(raw).map_err(|_| Quarantine::NotJson)?;
    let schema = value.get("schema").and_then(Value::as_u64).ok_or(Quarantine::NoSchema)?;
    let current = match schema {
        1 => V1::deserialize(value).map_err(|_| Quarantine::Malformed)?.upgrade()?,
        2 => V2::deserialize(value).map_err(|_| Quarantine::Malformed)?.upgrade(),
        3 => V3::deserialize(value).map_err(|_| Quarantine::Malformed)?,
        n if n > u64::from(CURRENT_SCHEMA) => return Err(Quarantine::FutureSchema(n)),
        _ => return Err(Quarantine::NoSchema),
    };
    current.into_draft()
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{"schema":3,"id":"00000000000000a1","form":"sktm","form_version":1,"revision":3,"created":10,"updated":20,"profile":null,"answers":{"nama":"Siti"},"position":"2"}"#;

    #[test]
    fn a_current_draft_reads_and_writes_back_identically() {
        let d = migrate(GOOD).unwrap();
        assert_eq!(d.to_json(), GOOD);
        assert_eq!(migrate(&d.to_json()), Ok(d));
    }

    #[test]
    fn each_kind_of_damage_gets_its_own_reason() {
        let cases = [
            (&GOOD[..GOOD.len() - 5], Quarantine::NotJson),
            ("", Quarantine::NotJson),
            ("null", Quarantine::NoSchema),
            ("[2]", Quarantine::NoSchema),
            (r#"{"schema":"2"}"#, Quarantine::NoSchema),
            (r#"{"schema":0}"#, Quarantine::NoSchema),
            (r#"{"schema":4,"anything":true}"#, Quarantine::FutureSchema(4)),
            (r#"{"schema":3}"#, Quarantine::Malformed),
            (r#"{"schema":2}"#, Quarantine::Malformed),
            (r#"{"schema":1,"id":"00000000000000a1"}"#, Quarantine::Malformed),
        ];
        for (raw, reason) in cases {
            assert_eq!(migrate(raw), Err(reason), "{raw}");
        }
    }

    #[test]
    fn unknown_fields_are_never_silently_dropped() {
        let extra = GOOD.replace(r#""profile":null"#, r#""profile":null,"photo":"…""#);
        assert_eq!(migrate(&extra), Err(Quarantine::Malformed));
    }

    #[test]
    fn values_the_app_never_writes_are_refused() {
        for (from, to) in [
            (r#""form":"sktm""#, r#""form":"../x""#),
            (r#""id":"00000000000000a1""#, r#""id":"x""#),
            (r#""nama":"Siti""#, r#""":"Siti""#),
            (r#""nama":"Siti""#, r#""nama":"""#),
            (r#""position":"2""#, r#""position":"../x""#),
            (r#""position":"2""#, r#""position":"""#),
        ] {
            let raw = GOOD.replace(from, to);
            assert!(migrate(&raw).is_err(), "{raw}");
        }
    }

    #[test]
    fn every_reason_is_said_in_both_languages() {
        for q in [
            Quarantine::NotJson,
            Quarantine::NoSchema,
            Quarantine::FutureSchema(9),
            Quarantine::Malformed,
            Quarantine::Invalid,
            Quarantine::WrongKey,
        ] {
            assert_ne!(q.describe(Lang::Id), q.describe(Lang::En));
            assert!(q.describe(Lang::Id).ends_with('.'));
        }
    }
}
