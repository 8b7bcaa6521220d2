//! A form being filled in, as the app holds it in memory.
//!
//! Answers are raw text keyed by field id: validation belongs to the form, and a draft must keep whatever was
//! typed, even if the form has changed since. Times come from the caller; the core has no clock.

use super::id::Id;
use super::profile::{prefill, PersonalField, Profile};
use crate::base::check::is_slug;
use std::collections::BTreeMap;

/// A checker's answers are kept as a draft of the pseudo-form `cek:<programme>` (`cek:semua` for the household
/// finder), so they are listed, resumed, exported and wiped like form drafts.
pub const CHECKER_PREFIX: &str = "cek:";

/// The draft form id of a checker.
pub fn checker_form_id(checker: &str) -> String {
    format!("{CHECKER_PREFIX}{checker}")
}

/// The checker a draft belongs to, if it is a checker's.
pub fn checker_of(form_id: &str) -> Option<&str> {
    form_id.strip_prefix(CHECKER_PREFIX)
}

/// The pseudo-form a saved visit plan is kept under, so it is listed, exported and wiped with the drafts.
pub const PLAN_FORM: &str = "rencana-kunjungan";

/// Where a draft is resumed: its form, checker or plan page, which opens it at the step it was left at.
pub fn resume_path(form_id: &str, draft: &Id) -> String {
    if form_id == PLAN_FORM {
        return format!("/kunjungan?draf={}", draft.as_str());
    }
    match checker_of(form_id) {
        Some(checker) => format!("/cek/{checker}?draf={}", draft.as_str()),
        None => format!("/formulir/{form_id}?draf={}", draft.as_str()),
    }
}

/// What a stored draft may name as its form: a form id, or a checker's pseudo-form.
pub fn is_form_ref(form_id: &str) -> bool {
    is_slug(checker_of(form_id).unwrap_or(form_id))
}

/// A step as the pages write it into the URL and the draft: `2`, `periksa`, `keluarga.umur`, `3.hamil`.
pub fn is_position(step: &str) -> bool {
    (1..=80).contains(&step.len())
        && step.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub(super) id: Id,
    pub(super) form_id: String,
    pub(super) form_version: u32,
    /// Raised by one on every save; a save from a tab holding an older revision is refused.
    pub(super) revision: u64,
    pub(super) created_ms: i64,
    pub(super) updated_ms: i64,
    pub(super) profile_id: Option<Id>,
    pub(super) answers: BTreeMap<String, String>,
    /// Where the person was (see [`is_position`]); `None` opens the draft at its start.
    pub(super) position: Option<String>,
    /// Changed since it was created, loaded or last saved. A draft the user never changed is never stored, so
    /// opening a form and leaving does not leave an empty draft behind.
    pub(super) touched: bool,
    /// Revision and time of a write the store refused but may still hold in memory (the browser layer keeps
    /// refused values for the session); meeting it again on the next save is not another tab's change.
    pub(super) pending: Option<(u64, i64)>,
}

impl Draft {
    /// A new, empty draft for a form. `form_id` comes from checked content.
    pub fn new(id: Id, form_id: impl Into<String>, form_version: u32, now_ms: i64) -> Draft {
        Draft {
            id,
            form_id: form_id.into(),
            form_version,
            revision: 0,
            created_ms: now_ms,
            updated_ms: now_ms,
            profile_id: None,
            answers: BTreeMap::new(),
            position: None,
            touched: false,
            pending: None,
        }
    }

    /// A new draft for a neighbour, its personal fields filled from their profile. Filling in alone does not
    /// make it worth saving: only the user's own change does.
    pub fn for_profile(
        id: Id,
        form_id: impl Into<String>,
        form_version: u32,
        profile: &Profile,
        fields: &[PersonalField],
        now_ms: i64,
    ) -> Draft {
        let mut draft = Draft::new(id, form_id, form_version, now_ms);
        draft.fill_personal(Some(profile), fields);
        draft.profile_id = Some(profile.id.clone());
        draft
    }

    /// A copy under a new id that starts its own history.
    pub fn copy_as(&self, id: Id, now_ms: i64) -> Draft {
        Draft {
            answers: self.answers.clone(),
            profile_id: self.profile_id.clone(),
            ..Draft::new(id, &self.form_id, self.form_version, now_ms)
        }
    }

    pub fn id(&self) -> &Id {
        &self.id
    }

    pub fn form_id(&self) -> &str {
        &self.form_id
    }

    pub fn form_version(&self) -> u32 {
        self.form_version
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn created_ms(&self) -> i64 {
        self.created_ms
    }

    pub fn updated_ms(&self) -> i64 {
        self.updated_ms
    }

    pub fn profile_id(&self) -> Option<&Id> {
        self.profile_id.as_ref()
    }

    pub fn answers(&self) -> &BTreeMap<String, String> {
        &self.answers
    }

    pub fn answer(&self, field: &str) -> Option<&str> {
        self.answers.get(field).map(String::as_str)
    }

    pub fn position(&self) -> Option<&str> {
        self.position.as_deref()
    }

    /// Records the step the person moved to. Moving on is also how answers filled in for them (from a
    /// neighbour's profile) become theirs: a draft with answers is then worth saving even if nothing was typed.
    /// A step the app would not write is ignored. Returns whether the draft now needs saving.
    pub fn move_to(&mut self, step: &str) -> bool {
        if is_position(step) && self.position.as_deref() != Some(step) {
            self.position = Some(step.to_string());
            self.touched |= !self.answers.is_empty();
        }
        self.touched |= self.revision == 0 && !self.answers.is_empty();
        self.touched
    }

    pub fn touched(&self) -> bool {
        self.touched
    }

    /// Whether the caller should write this draft now.
    pub fn should_save(&self) -> bool {
        self.touched
    }

    /// Records what the user typed. An empty value clears the answer. Returns whether anything changed, so a
    /// repeated input event does not count as a change.
    pub fn set_answer(&mut self, field: &str, value: &str) -> bool {
        let changed = self.put(field, value);
        self.touched |= changed;
        changed
    }

    /// Hands the draft to another neighbour (or to nobody): every personal field takes the new profile's value
    /// or is cleared, so no data of the previous person stays behind. Returns whether anything changed.
    pub fn assign_profile(&mut self, profile: Option<&Profile>, fields: &[PersonalField]) -> bool {
        let new_id = profile.map(|p| p.id.clone());
        if new_id == self.profile_id {
            return false;
        }
        self.fill_personal(profile, fields);
        self.profile_id = new_id;
        self.touched = true;
        true
    }

    /// Takes the other tab's revision, so the next save replaces that version with this one. Only after the
    /// user chose "keep mine".
    pub fn take_over(&mut self, theirs: &Draft) {
        self.revision = self.revision.max(theirs.revision);
        self.touched = true;
    }

    fn fill_personal(&mut self, profile: Option<&Profile>, fields: &[PersonalField]) {
        for (field, kind) in fields {
            let value = profile.and_then(|p| prefill(p, *kind)).unwrap_or_default();
            self.put(field, &value);
        }
    }

    fn put(&mut self, field: &str, value: &str) -> bool {
        if value.is_empty() {
            return self.answers.remove(field).is_some();
        }
        if self.answers.get(field).map(String::as_str) == Some(value) {
            return false;
        }
        self.answers.insert(field.to_string(), value.to_string());
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drafts::profile::PersonalKind;

    fn id(n: u8) -> Id {
        Id::from_random([0, 0, 0, 0, 0, 0, 0, n])
    }

    #[test]
    fn a_new_draft_is_not_worth_saving_until_the_user_changes_it() {
        let mut d = Draft::new(id(1), "sktm", 2, 1_000);
        assert!(!d.should_save());
        assert!(!d.set_answer("nama", ""), "clearing an empty field changes nothing");
        assert!(!d.should_save());
        assert!(d.set_answer("nama", "Siti"));
        assert!(d.should_save());
    }

    #[test]
    fn set_answer_reports_only_real_changes() {
        let mut d = Draft::new(id(1), "sktm", 2, 1_000);
        assert!(d.set_answer("nama", "Siti"));
        assert!(!d.set_answer("nama", "Siti"));
        assert!(d.set_answer("nama", "Siti A"));
        assert!(d.set_answer("nama", ""));
        assert_eq!(d.answer("nama"), None);
        assert!(!d.set_answer("nama", ""));
    }

    #[test]
    fn a_copy_keeps_answers_and_profile_but_starts_fresh() {
        let mut d = Draft::for_profile(id(1), "sktm", 2, &person(9, "Siti Aminah", "003"), FIELDS, 1_000);
        d.set_answer("nama", "Siti");
        d.revision = 7;
        let c = d.copy_as(id(2), 5_000);
        assert_eq!((c.id(), c.revision(), c.created_ms(), c.updated_ms()), (&id(2), 0, 5_000, 5_000));
        assert_eq!(c.answers(), d.answers());
        assert_eq!((c.form_id(), c.form_version()), ("sktm", 2));
        assert_eq!(c.profile_id(), Some(&id(9)), "a neighbour's copy stays filed under the neighbour");
    }

    fn person(n: u8, name: &str, rt: &str) -> Profile {
        let mut p = Profile::new(id(n), name);
        p.name = name.into();
        p.address.rt = rt.into();
        p
    }

    const FIELDS: &[PersonalField] =
        &[("pemohon", PersonalKind::Name), ("rt", PersonalKind::Rt), ("nik", PersonalKind::Nik)];

    #[test]
    fn a_draft_for_a_profile_is_filled_but_untouched() {
        let d = Draft::for_profile(id(1), "sktm", 2, &person(9, "Siti Aminah", "003"), FIELDS, 0);
        assert_eq!(d.answer("pemohon"), Some("Siti Aminah"));
        assert_eq!(d.answer("rt"), Some("003"));
        assert_eq!(d.answer("nik"), None);
        assert_eq!(d.profile_id(), Some(&id(9)));
        assert!(!d.should_save());
    }

    #[test]
    fn moving_past_prefilled_answers_makes_them_worth_saving() {
        let mut d = Draft::for_profile(id(1), "sktm", 2, &person(9, "Siti Aminah", "003"), FIELDS, 0);
        assert!(!d.should_save());
        assert!(d.move_to("2"), "Lanjut on a section filled from the profile");
        assert_eq!(d.position(), Some("2"));
        let mut same_step = Draft::for_profile(id(1), "sktm", 2, &person(9, "Siti Aminah", "003"), FIELDS, 0);
        same_step.position = Some("periksa".into());
        assert!(same_step.move_to("periksa"), "never saved yet, so its answers still need saving");

        let mut empty = Draft::new(id(2), "sktm", 2, 0);
        assert!(!empty.move_to("2"), "an empty form moved through is not worth saving");
        assert_eq!(empty.position(), Some("2"), "but the step is known once something is typed");
        assert!(empty.set_answer("nama", "Budi"));
        assert_eq!(empty.position(), Some("2"));
        let before = empty.position.clone();
        empty.move_to("../x");
        assert_eq!(empty.position, before, "a step the app would not write is ignored");
    }

    #[test]
    fn switching_profile_never_mixes_two_peoples_data() {
        let siti = person(9, "Siti Aminah", "003");
        let mut budi = person(8, "Budi", "");
        budi.nik = "3201010101010001".into();
        let mut d = Draft::for_profile(id(1), "sktm", 2, &siti, FIELDS, 0);
        d.set_answer("keperluan", "Sekolah");

        assert!(d.assign_profile(Some(&budi), FIELDS));
        assert_eq!(d.answer("pemohon"), Some("Budi"));
        assert_eq!(d.answer("rt"), None, "Siti's RT must not stay on Budi's draft");
        assert_eq!(d.answer("nik"), Some("3201010101010001"));
        assert_eq!(d.answer("keperluan"), Some("Sekolah"), "answers that are not personal data stay");

        assert!(d.assign_profile(None, FIELDS));
        assert_eq!((d.answer("pemohon"), d.answer("nik"), d.profile_id()), (None, None, None));
        assert!(!d.assign_profile(None, FIELDS), "the same profile again changes nothing");
    }
}
