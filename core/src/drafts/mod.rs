//! Drafts that are never lost: the form answers a resident or volunteer is typing, kept on the phone.
//!
//! - [`Draft`] is the model the form page edits; it knows whether it is worth saving.
//! - [`Repository`] stores drafts, profiles and settings over any [`KeyValue`] store (the browser layer
//!   implements it over `localStorage`): one key per draft plus a small index, a revision check between tabs,
//!   a trash with undo, expiry, export and import.
//! - Nothing is ever deleted because it could not be read: such an entry is set aside raw under `tb:rusak:`
//!   ([`Quarantine`] says why), listed and exported with the rest.
//! - [`migrate`] reads every storage layout the app has written; `core/tests/fixtures/drafts/` holds a sample
//!   of each.
//!
//! Lessons taken from Enketo, ODK Collect and others are in `shared/research/forms-and-drafts.md` §3 and §7.

mod cleanup;
mod draft;
mod id;
mod index;
mod keys;
mod label;
mod migrate;
mod profile;
mod profile_store;
mod quarantine;
mod repo;
mod schema_v1;
mod schema_v2;
mod schema_v3;
mod settings;
mod store;
mod transfer;
mod trash;

pub use cleanup::{wipe, Housekeeping, ResidentData, TRASH_DAYS};
pub use draft::{checker_form_id, checker_of, is_form_ref, resume_path, Draft, CHECKER_PREFIX, PLAN_FORM};
pub use id::{Id, ID_LEN};
pub use index::IndexEntry;
pub use keys::{
    draft_key, is_office_key, profile_key, quarantine_key, trash_key, DRAFT_PREFIX, INDEX_KEY, OFFICE_PREFIXES, PREFIX,
    PROFILE_PREFIX, QUARANTINE_PREFIX, SETTINGS_KEY, TRASH_PREFIX,
};
pub use label::{draft_label, masked_name, relative_time};
pub use migrate::{migrate, Quarantine};
pub use profile::{
    entry_problems, personal_fields, prefill, Address, EntryProblem, PersonalField, PersonalKind, Profile,
};
pub use quarantine::Quarantined;
pub use repo::{Error, Group, NameOf, Repository};
pub use schema_v3::CURRENT_SCHEMA;
pub use settings::{Settings, DEFAULT_EXPIRY_DAYS};
pub use store::{KeyValue, MemoryStore, StoreError};
pub use transfer::{DraftConflict, ImportReport, ProfileConflict, EXPORT_FORMAT, EXPORT_VERSION};
pub use trash::TrashEntry;

const MINUTE_MS: i64 = 60_000;
const HOUR_MS: i64 = 60 * MINUTE_MS;
const DAY_MS: i64 = 24 * HOUR_MS;
