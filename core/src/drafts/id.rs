//! Ids of drafts and profiles: 16 lower-case hex digits made from 8 random bytes.
//!
//! The core has no randomness; the browser layer draws the bytes (`crypto.getRandomValues`). A fixed, narrow
//! format keeps storage keys safe to build and lets a hostile or damaged entry be recognised at once.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Number of hex digits in an id.
pub const ID_LEN: usize = 16;

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Id(String);

impl Id {
    /// Encodes random bytes; the caller owns the randomness.
    pub fn from_random(bytes: [u8; 8]) -> Id {
        Id(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    /// Accepts exactly [`ID_LEN`] lower-case hex digits, nothing else.
    pub fn parse(text: &str) -> Option<Id> {
        let ok = text.len() == ID_LEN && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        ok.then(|| Id(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Id {
    type Error = String;

    fn try_from(text: String) -> Result<Id, String> {
        Id::parse(&text).ok_or_else(|| format!("\"{text}\" is not a {ID_LEN}-digit hex id"))
    }
}

impl From<Id> for String {
    fn from(id: Id) -> String {
        id.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_bytes_become_a_parseable_id() {
        let id = Id::from_random([0, 1, 0xab, 0xff, 7, 8, 9, 10]);
        assert_eq!(id.as_str(), "0001abff0708090a");
        assert_eq!(Id::parse(id.as_str()), Some(id));
    }

    #[test]
    fn anything_but_sixteen_lower_hex_digits_is_refused() {
        for bad in [
            "",
            "0001abff0708090",
            "0001abff0708090a0",
            "0001ABFF0708090A",
            "0001abff0708090g",
            "../../tb:setelan",
            "0001abff 708090a",
        ] {
            assert_eq!(Id::parse(bad), None, "{bad:?}");
        }
    }
}
