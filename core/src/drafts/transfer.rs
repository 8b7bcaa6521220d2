//! Export of all drafts, profiles and set-aside entries as one JSON file the user keeps, and import of such a
//! file merged by id. An import never replaces a different local version on its own: it returns the
//! conflicts, and the caller replaces only what the user confirms.

use super::draft::Draft;
use super::id::Id;
use super::migrate::{migrate, Quarantine};
use super::profile::Profile;
use super::repo::{Error, Repository};
use super::store::{KeyValue, StoreError};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Names the file's kind, so a random JSON file is refused.
pub const EXPORT_FORMAT: &str = "layanan-desa-draf";
pub const EXPORT_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportFile {
    format: String,
    version: u32,
    exported: i64,
    /// Each draft in its stored layout, read one by one so one damaged draft does not refuse the whole file.
    drafts: Vec<Value>,
    profiles: Vec<Value>,
    damaged: Vec<Damaged>,
}

/// An entry that could not be read, carried raw so it is not lost with the device.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Damaged {
    key: String,
    raw: String,
}

/// A draft present on both sides with different content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftConflict {
    pub local: Draft,
    pub incoming: Draft,
}

impl DraftConflict {
    /// The file's version has the higher revision, or the same revision and a later change.
    pub fn incoming_is_newer(&self) -> bool {
        (self.incoming.revision(), self.incoming.updated_ms()) > (self.local.revision(), self.local.updated_ms())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileConflict {
    pub local: Profile,
    pub incoming: Profile,
}

/// What an import did and what it left for the user to decide.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: Vec<Id>,
    pub unchanged: Vec<Id>,
    /// Replace one with [`Repository::accept_incoming`] only after the user confirms.
    pub conflicts: Vec<DraftConflict>,
    pub profiles_added: Vec<Id>,
    /// Replace one with [`Repository::save_profile`] only after the user confirms.
    pub profile_conflicts: Vec<ProfileConflict>,
    /// Items of the file that could not be read; the file itself still holds them.
    pub rejected: Vec<Quarantine>,
    /// Damaged entries carried by the file and now kept on this device.
    pub damaged_kept: usize,
}

impl<K: KeyValue> Repository<'_, K> {
    /// Everything the user would lose with the device, as one JSON document.
    pub fn export(&mut self, now_ms: i64) -> String {
        let ids: Vec<Id> = self.entries().into_iter().map(|e| e.id).collect();
        let drafts = ids.iter().filter_map(|id| self.load(id).ok()).map(|d| as_value(&d.to_json())).collect();
        let profiles =
            self.profiles().iter().map(|p| serde_json::to_value(p).expect("strings always serialise")).collect();
        let damaged = self.quarantined().into_iter().map(|q| Damaged { key: q.origin, raw: q.raw }).collect();
        let file = ExportFile {
            format: EXPORT_FORMAT.into(),
            version: EXPORT_VERSION,
            exported: now_ms,
            drafts,
            profiles,
            damaged,
        };
        serde_json::to_string_pretty(&file).expect("JSON values always serialise")
    }

    /// Merges an exported file by id. Drafts and profiles missing here are added; identical ones are left;
    /// different ones are reported as conflicts and not touched. A full store stops the import; what was added
    /// stays, and importing the same file again adds the rest.
    pub fn import(&mut self, json: &str, now_ms: i64) -> Result<ImportReport, Error> {
        let file = read_export(json).map_err(Error::Unreadable)?;
        let mut report = ImportReport::default();
        for value in &file.drafts {
            self.import_draft(value, now_ms, &mut report).map_err(Error::Store)?;
        }
        for value in file.profiles {
            self.import_profile(value, &mut report)?;
        }
        for d in &file.damaged {
            self.keep_aside(&d.key, &d.raw).map_err(Error::Store)?;
            report.damaged_kept += 1;
        }
        Ok(report)
    }

    /// Replaces the local draft with the file's version, after the user confirmed. It gets a revision above
    /// both, so a tab still holding the old local version cannot silently write over it.
    pub fn accept_incoming(&mut self, mut incoming: Draft, now_ms: i64) -> Result<(), Error> {
        let local_revision = self.load(incoming.id()).map(|d| d.revision()).unwrap_or(0);
        incoming.revision = incoming.revision.max(local_revision) + 1;
        incoming.updated_ms = now_ms;
        self.write_draft(&incoming).map_err(Error::Store)
    }

    fn import_draft(&mut self, value: &Value, now_ms: i64, report: &mut ImportReport) -> Result<(), StoreError> {
        let mut incoming = match migrate(&value.to_string()) {
            Ok(d) => d,
            Err(q) => {
                report.rejected.push(q);
                return Ok(());
            }
        };
        match self.load(incoming.id()) {
            Ok(local) if same_content(&local, &incoming) => report.unchanged.push(local.id().clone()),
            Ok(local) => report.conflicts.push(DraftConflict { local, incoming }),
            Err(_) => {
                // Counted from today, so an old backup restored now is not expired at once.
                incoming.updated_ms = now_ms;
                self.write_draft(&incoming)?;
                report.added.push(incoming.id().clone());
            }
        }
        Ok(())
    }

    fn import_profile(&mut self, value: Value, report: &mut ImportReport) -> Result<(), Error> {
        let Ok(incoming) = serde_json::from_value::<Profile>(value) else {
            report.rejected.push(Quarantine::Malformed);
            return Ok(());
        };
        match self.profile(&incoming.id) {
            Ok(local) if local == incoming => {}
            Ok(local) => report.profile_conflicts.push(ProfileConflict { local, incoming }),
            Err(_) => {
                self.save_profile(&incoming)?;
                report.profiles_added.push(incoming.id.clone());
            }
        }
        Ok(())
    }
}

fn read_export(json: &str) -> Result<ExportFile, Quarantine> {
    let value: Value = serde_json::from_str(json).map_err(|_| Quarantine::NotJson)?;
    if value.get("format").and_then(Value::as_str) != Some(EXPORT_FORMAT) {
        return Err(Quarantine::NoSchema);
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(v) if v == u64::from(EXPORT_VERSION) => {}
        Some(v) if v > u64::from(EXPORT_VERSION) => return Err(Quarantine::FutureSchema(v)),
        _ => return Err(Quarantine::NoSchema),
    }
    ExportFile::deserialize(value).map_err(|_| Quarantine::Malformed)
}

fn as_value(json: &str) -> Value {
    serde_json::from_str(json).expect("a draft's own JSON parses")
}

/// Same form, person and answers: times and revisions aside, nothing would change.
fn same_content(a: &Draft, b: &Draft) -> bool {
    a.form_id() == b.form_id()
        && a.form_version() == b.form_version()
        && a.profile_id() == b.profile_id()
        && a.answers() == b.answers()
}
