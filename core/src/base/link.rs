//! A titled link: the sources every fact cites, and online channels.

use serde::{Deserialize, Serialize};

/// A titled link: a source, or an online channel. A source may be a document without a web address
/// (the desa's own plans); an online channel always has one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    #[serde(rename = "judul")]
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
}
