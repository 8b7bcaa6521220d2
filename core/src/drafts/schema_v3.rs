//! Storage layout 3, the current one: layout 2 plus where the person was (`position`), so "Lanjutkan" opens a
//! draft at the section or question it was left at.
//!
//! This struct is the frozen layout. When layout 4 comes, this file stays as it is, gains an `upgrade` to the
//! new layout, and `migrate` keeps reading drafts written by this version of the app.

use super::draft::{is_form_ref, is_position, Draft};
use super::id::Id;
use super::migrate::Quarantine;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The storage layout this app writes.
pub const CURRENT_SCHEMA: u32 = 3;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct V3 {
    pub schema: u32,
    pub id: Id,
    pub form: String,
    pub form_version: u32,
    pub revision: u64,
    /// Milliseconds since 1970 (UTC).
    pub created: i64,
    pub updated: i64,
    pub profile: Option<Id>,
    pub answers: BTreeMap<String, String>,
    /// The step the person was at: a section number, `periksa`, `selesai`, or a checker's question.
    pub position: Option<String>,
}

impl V3 {
    /// Refuses values the app would never have written, so a tampered entry is set aside instead of shown.
    pub fn into_draft(self) -> Result<Draft, Quarantine> {
        let bad_answer = self.answers.iter().any(|(field, value)| field.is_empty() || value.is_empty());
        if !is_form_ref(&self.form) || bad_answer || self.position.as_deref().is_some_and(|p| !is_position(p)) {
            return Err(Quarantine::Invalid);
        }
        Ok(Draft {
            id: self.id,
            form_id: self.form,
            form_version: self.form_version,
            revision: self.revision,
            created_ms: self.created,
            updated_ms: self.updated,
            profile_id: self.profile,
            answers: self.answers,
            position: self.position,
            touched: false,
            pending: None,
        })
    }
}

impl Draft {
    /// The stored form: what goes under `tb:draf:<id>` and into an export.
    pub fn to_json(&self) -> String {
        let stored = V3 {
            schema: CURRENT_SCHEMA,
            id: self.id.clone(),
            form: self.form_id.clone(),
            form_version: self.form_version,
            revision: self.revision,
            created: self.created_ms,
            updated: self.updated_ms,
            profile: self.profile_id.clone(),
            answers: self.answers.clone(),
            position: self.position.clone(),
        };
        serde_json::to_string(&stored).expect("a map of strings always serialises")
    }
}
