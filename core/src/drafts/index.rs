//! The small list of drafts under `tb:draf-index`, so the drafts page needs one read, not one per draft.
//!
//! The drafts themselves are the truth; the index is rebuilt from them whenever it does not match the stored
//! draft keys, is unreadable, or could not be written. That is also why an unreadable index is replaced, not
//! set aside: it holds nothing that is not in the drafts.

use super::draft::Draft;
use super::id::Id;
use super::keys::INDEX_KEY;
use super::label::masked_name;
use super::store::KeyValue;
use serde::{Deserialize, Serialize};

/// Layout of the index itself; another number means rebuild.
const INDEX_SCHEMA: u32 = 2;

/// What the drafts list shows of one draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexEntry {
    pub id: Id,
    pub form_id: String,
    pub form_version: u32,
    pub profile_id: Option<Id>,
    pub revision: u64,
    pub updated_ms: i64,
    /// The person's name already masked ("Bu S…"): full names are never copied into the index.
    pub who: Option<String>,
    /// How many fields have an answer.
    pub answered: usize,
    /// Where the person was, for "Bagian 2 dari 4" and for resuming there.
    pub position: Option<String>,
}

impl IndexEntry {
    pub(super) fn of(draft: &Draft, name: Option<String>) -> IndexEntry {
        IndexEntry {
            id: draft.id().clone(),
            form_id: draft.form_id().to_string(),
            form_version: draft.form_version(),
            profile_id: draft.profile_id().cloned(),
            revision: draft.revision(),
            updated_ms: draft.updated_ms(),
            who: name.map(|n| masked_name(&n)).filter(|m| !m.is_empty()),
            answered: draft.answers().len(),
            position: draft.position().map(str::to_string),
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Index {
    schema: u32,
    drafts: Vec<IndexEntry>,
}

/// The stored index, or `None` when missing or unreadable.
pub(super) fn read(kv: &impl KeyValue) -> Option<Vec<IndexEntry>> {
    let index: Index = serde_json::from_str(&kv.get(INDEX_KEY)?).ok()?;
    (index.schema == INDEX_SCHEMA).then_some(index.drafts)
}

/// Writes the index; if the store refuses, the old index is removed so the next reader rebuilds it rather than
/// trusting a stale one.
pub(super) fn write(kv: &mut impl KeyValue, drafts: Vec<IndexEntry>) {
    let json = serde_json::to_string(&Index { schema: INDEX_SCHEMA, drafts }).expect("index entries always serialise");
    if kv.set(INDEX_KEY, &json).is_err() {
        kv.remove(INDEX_KEY);
    }
}
