//! Storage layout 2: one JSON object per draft under `tb:draf:<id>`, answers as a map. Frozen: drafts written
//! by that version of the app are read here and upgraded to layout 3.

use super::id::Id;
use super::schema_v3::V3;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct V2 {
    /// Always 2: read by `migrate` to pick this layout.
    #[serde(rename = "schema")]
    pub _schema: u32,
    pub id: Id,
    pub form: String,
    pub form_version: u32,
    pub revision: u64,
    /// Milliseconds since 1970 (UTC).
    pub created: i64,
    pub updated: i64,
    pub profile: Option<Id>,
    pub answers: BTreeMap<String, String>,
}

impl V2 {
    /// Layout 2 did not record where the person was; the draft then opens at its start.
    pub fn upgrade(self) -> V3 {
        V3 {
            schema: 3,
            id: self.id,
            form: self.form,
            form_version: self.form_version,
            revision: self.revision,
            created: self.created,
            updated: self.updated,
            profile: self.profile,
            answers: self.answers,
            position: None,
        }
    }
}
