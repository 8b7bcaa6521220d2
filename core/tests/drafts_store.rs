//! The drafts repository over an in-memory store: what a resident or volunteer would see after saving in two
//! tabs, filling the phone, finding damaged entries, deleting, expiring and wiping.

use layanan_core::drafts::{
    checker_form_id, checker_of, draft_key, is_form_ref, quarantine_key, trash_key, wipe, Draft, Error, Id, KeyValue,
    MemoryStore, PersonalKind, Profile, Quarantine, Repository, ResidentData, Settings, StoreError, INDEX_KEY,
    SETTINGS_KEY, TRASH_DAYS,
};

const DAY: i64 = 24 * 60 * 60 * 1000;
const T0: i64 = 1_780_000_000_000;

fn id(n: u8) -> Id {
    Id::from_random([0x5a, 0, 0, 0, 0, 0, 0, n])
}

fn name_of(d: &Draft) -> Option<String> {
    d.answer("nama").map(str::to_string)
}

fn repo(kv: &mut MemoryStore) -> Repository<'_, MemoryStore> {
    Repository::new(kv, &name_of)
}

fn saved(kv: &mut MemoryStore, n: u8, name: &str, at: i64) -> Draft {
    let mut d = Draft::new(id(n), "sktm", 1, at);
    d.set_answer("nama", name);
    repo(kv).save(&mut d, at).unwrap();
    d
}

#[test]
fn a_saved_draft_loads_back_as_it_was() {
    let mut kv = MemoryStore::new();
    let mut d = Draft::new(id(1), "sktm", 2, T0);
    d.set_answer("nama", "Siti Aminah");
    d.set_answer("alamat", "Jl. Melati 4\nRT 03");
    repo(&mut kv).save(&mut d, T0 + 5_000).unwrap();
    assert_eq!((d.revision(), d.updated_ms(), d.created_ms(), d.should_save()), (1, T0 + 5_000, T0, false));
    assert_eq!(repo(&mut kv).load(&id(1)), Ok(d.clone()));
    d.set_answer("nama", "Siti A.");
    repo(&mut kv).save(&mut d, T0 + 9_000).unwrap();
    assert_eq!(repo(&mut kv).load(&id(1)).unwrap().revision(), 2);
    assert_eq!(repo(&mut kv).load(&id(2)), Err(Error::Missing));
}

#[test]
fn a_save_from_a_stale_tab_is_refused_and_both_versions_are_kept() {
    let mut kv = MemoryStore::new();
    saved(&mut kv, 1, "Siti", T0);
    let mut tab_a = repo(&mut kv).load(&id(1)).unwrap();
    let mut tab_b = repo(&mut kv).load(&id(1)).unwrap();
    tab_a.set_answer("keperluan", "Sekolah");
    repo(&mut kv).save(&mut tab_a, T0 + 1_000).unwrap();

    tab_b.set_answer("keperluan", "Berobat");
    let Err(Error::Conflict(theirs)) = repo(&mut kv).save(&mut tab_b, T0 + 2_000) else { panic!("tab B must be told") };
    assert_eq!(theirs.answer("keperluan"), Some("Sekolah"));
    assert_eq!(repo(&mut kv).load(&id(1)).unwrap().answer("keperluan"), Some("Sekolah"), "nothing overwritten");
    assert_eq!(tab_b.answer("keperluan"), Some("Berobat"), "tab B still holds its answers");
    assert!(tab_b.should_save());

    // "Keep both": tab B's version becomes a copy.
    let mut copy = tab_b.copy_as(id(2), T0 + 3_000);
    repo(&mut kv).save(&mut copy, T0 + 3_000).unwrap();
    let drafts: Vec<Id> = repo(&mut kv).list().into_iter().flat_map(|g| g.drafts).map(|e| e.id).collect();
    assert_eq!(drafts, vec![id(2), id(1)]);
}

#[test]
fn keeping_mine_after_a_conflict_replaces_theirs_with_a_higher_revision() {
    let mut kv = MemoryStore::new();
    saved(&mut kv, 1, "Siti", T0);
    let mut tab_a = repo(&mut kv).load(&id(1)).unwrap();
    let mut tab_b = repo(&mut kv).load(&id(1)).unwrap();
    tab_a.set_answer("nama", "Siti A");
    repo(&mut kv).save(&mut tab_a, T0 + 1).unwrap();
    tab_b.set_answer("nama", "Siti B");
    let Err(Error::Conflict(theirs)) = repo(&mut kv).save(&mut tab_b, T0 + 2) else { panic!() };
    tab_b.take_over(&theirs);
    repo(&mut kv).save(&mut tab_b, T0 + 3).unwrap();
    let stored = repo(&mut kv).load(&id(1)).unwrap();
    assert_eq!((stored.answer("nama"), stored.revision()), (Some("Siti B"), 3));
    assert!(matches!(repo(&mut kv).save(&mut tab_a, T0 + 4), Err(Error::Conflict(_))), "now tab A is the stale one");
}

/// A store that can be made full, and like the browser layer may keep refused values in memory.
struct Phone {
    inner: MemoryStore,
    full: bool,
    keeps_refused: bool,
}

impl KeyValue for Phone {
    fn get(&self, key: &str) -> Option<String> {
        self.inner.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.full {
            if self.keeps_refused {
                self.inner.set(key, value).unwrap();
            }
            return Err(StoreError::Full);
        }
        self.inner.set(key, value)
    }
    fn remove(&mut self, key: &str) {
        self.inner.remove(key)
    }
    fn keys(&self) -> Vec<String> {
        self.inner.keys()
    }
}

#[test]
fn a_full_phone_keeps_the_draft_in_hand_and_the_next_save_succeeds() {
    for keeps_refused in [false, true] {
        let mut kv = Phone { inner: MemoryStore::new(), full: false, keeps_refused };
        let mut d = Draft::new(id(1), "sktm", 1, T0);
        d.set_answer("nama", "Siti");
        Repository::new(&mut kv, &name_of).save(&mut d, T0).unwrap();

        kv.full = true;
        d.set_answer("keperluan", "Sekolah");
        let err = Repository::new(&mut kv, &name_of).save(&mut d, T0 + 1_000);
        assert_eq!(err, Err(Error::Store(StoreError::Full)));
        assert_eq!(d.answer("keperluan"), Some("Sekolah"));
        assert!(d.should_save(), "still unsaved");

        kv.full = false;
        d.set_answer("catatan", "Lengkap");
        Repository::new(&mut kv, &name_of).save(&mut d, T0 + 2_000).expect("its own refused write is not another tab");
        let stored = Repository::new(&mut kv, &name_of).load(&id(1)).unwrap();
        assert_eq!(stored.answer("catatan"), Some("Lengkap"), "keeps_refused = {keeps_refused}");
        assert_eq!(stored, d);
    }
}

#[test]
fn a_full_phone_never_loses_the_stored_version_either() {
    let mut kv = MemoryStore::with_limit(600);
    saved(&mut kv, 1, "Siti", T0);
    let mut d = repo(&mut kv).load(&id(1)).unwrap();
    d.set_answer("catatan", &"x".repeat(600));
    assert_eq!(repo(&mut kv).save(&mut d, T0 + 1), Err(Error::Store(StoreError::Full)));
    assert_eq!(repo(&mut kv).load(&id(1)).unwrap().answer("nama"), Some("Siti"));
    assert_eq!(repo(&mut kv).load(&id(1)).unwrap().answer("catatan"), None);
}

#[test]
fn unreadable_drafts_are_set_aside_raw_listed_and_never_deleted() {
    let good = saved(&mut MemoryStore::new(), 9, "Siti", T0).to_json();
    let cases = [
        (1, "{\"schema\":2,\"id\":", Quarantine::NotJson),
        (2, "���\u{0}", Quarantine::NotJson),
        (3, "{\"schema\":2,\"constructor\":{\"prototype\":1}}", Quarantine::Malformed),
        (4, "{\"schema\":7,\"isi\":\"dari versi baru\"}", Quarantine::FutureSchema(7)),
        (5, good.as_str(), Quarantine::WrongKey),
    ];
    let mut kv = MemoryStore::new();
    saved(&mut kv, 6, "Budi", T0);
    for (n, raw, _) in &cases {
        kv.set(&draft_key(&id(*n)), raw).unwrap();
    }
    let listed: Vec<Id> = repo(&mut kv).list().into_iter().flat_map(|g| g.drafts).map(|e| e.id).collect();
    assert_eq!(listed, vec![id(6)], "only the readable draft is listed");

    let quarantined = repo(&mut kv).quarantined();
    assert_eq!(quarantined.len(), cases.len());
    for (n, raw, reason) in cases {
        let origin = draft_key(&id(n));
        assert_eq!(kv.get(&origin), None);
        assert_eq!(kv.get(&quarantine_key(&origin, 1)).as_deref(), Some(raw), "kept raw");
        let q = quarantined.iter().find(|q| q.origin == origin).unwrap();
        assert_eq!((q.reason, q.raw.as_str()), (Some(reason), raw));
        assert_eq!(repo(&mut kv).load(&id(n)), Err(Error::Missing));
    }
}

#[test]
fn loading_a_damaged_draft_says_why() {
    let mut kv = MemoryStore::new();
    kv.set(&draft_key(&id(1)), "{\"schema\":4}").unwrap();
    assert_eq!(repo(&mut kv).load(&id(1)), Err(Error::Unreadable(Quarantine::FutureSchema(4))));
}

#[test]
fn a_second_damaged_value_for_the_same_key_does_not_replace_the_first() {
    let mut kv = MemoryStore::new();
    kv.set(&draft_key(&id(1)), "rusak satu").unwrap();
    let _ = repo(&mut kv).load(&id(1));
    kv.set(&draft_key(&id(1)), "rusak dua").unwrap();
    let _ = repo(&mut kv).load(&id(1));
    let raws: Vec<String> = repo(&mut kv).quarantined().into_iter().map(|q| q.raw).collect();
    assert_eq!(raws, ["rusak satu", "rusak dua"]);
}

#[test]
fn saving_over_a_damaged_entry_sets_it_aside_first() {
    let mut kv = MemoryStore::new();
    kv.set(&draft_key(&id(1)), "{broken").unwrap();
    let mut d = Draft::new(id(1), "sktm", 1, T0);
    d.set_answer("nama", "Siti");
    repo(&mut kv).save(&mut d, T0).unwrap();
    assert_eq!(kv.get(&quarantine_key(&draft_key(&id(1)), 1)).as_deref(), Some("{broken"));
    assert_eq!(repo(&mut kv).load(&id(1)).unwrap().answer("nama"), Some("Siti"));
}

#[test]
fn a_draft_readable_again_is_put_back_by_housekeeping() {
    let mut kv = MemoryStore::new();
    let raw = saved(&mut MemoryStore::new(), 1, "Siti", T0).to_json();
    // Set aside by an older app that did not know this layout.
    kv.set(&quarantine_key(&draft_key(&id(1)), 1), &raw).unwrap();
    let done = repo(&mut kv).housekeeping(T0, &mut || id(99));
    assert_eq!(done.rescued, vec![id(1)]);
    assert_eq!(repo(&mut kv).load(&id(1)).unwrap().answer("nama"), Some("Siti"));
    assert!(repo(&mut kv).quarantined().is_empty());
}

#[test]
fn the_list_groups_drafts_by_person_and_masks_names() {
    let mut kv = MemoryStore::new();
    let siti = Profile { name: "Siti Aminah".into(), ..Profile::new(id(100), "Bu Siti RT 3") };
    let fields = [("nama", PersonalKind::Name)];
    let mut own_old = Draft::new(id(1), "sktm", 1, T0);
    own_old.set_answer("nama", "Budi Santoso");
    repo(&mut kv).save(&mut own_old, T0).unwrap();
    for (n, at) in [(2, T0 + 3 * DAY), (3, T0 + DAY)] {
        let mut d = Draft::for_profile(id(n), "surat-domisili", 1, &siti, &fields, at);
        d.set_answer("keperluan", "Pindah");
        repo(&mut kv).save(&mut d, at).unwrap();
    }
    saved(&mut kv, 4, "Bu Ratna", T0 + 2 * DAY);

    let groups = repo(&mut kv).list();
    let shape: Vec<(Option<Id>, Vec<Id>)> =
        groups.iter().map(|g| (g.profile_id.clone(), g.drafts.iter().map(|e| e.id.clone()).collect())).collect();
    assert_eq!(shape, vec![(None, vec![id(4), id(1)]), (Some(id(100)), vec![id(2), id(3)])]);
    assert_eq!(groups[0].drafts[0].who.as_deref(), Some("Bu R…"));
    assert_eq!(groups[0].drafts[1].who.as_deref(), Some("B…"));
    let index = kv.get(INDEX_KEY).unwrap();
    assert!(!index.contains("Santoso") && !index.contains("Aminah") && !index.contains("Ratna"), "{index}");
}

#[test]
fn a_missing_stale_or_broken_index_is_rebuilt_from_the_drafts() {
    let mut kv = MemoryStore::new();
    saved(&mut kv, 1, "Siti", T0);
    let ids = |kv: &mut MemoryStore| -> Vec<Id> {
        repo(kv).list().into_iter().flat_map(|g| g.drafts).map(|e| e.id).collect()
    };

    // Another tab wrote a draft but not the index.
    let other = saved(&mut MemoryStore::new(), 2, "Budi", T0 + 1);
    kv.set(&draft_key(&id(2)), &other.to_json()).unwrap();
    assert_eq!(ids(&mut kv), vec![id(2), id(1)]);

    kv.set(INDEX_KEY, "{\"schema\":1,\"drafts\":[").unwrap();
    assert_eq!(ids(&mut kv), vec![id(2), id(1)]);

    kv.remove(&draft_key(&id(1)));
    assert_eq!(ids(&mut kv), vec![id(2)]);

    kv.remove(INDEX_KEY);
    assert_eq!(ids(&mut kv), vec![id(2)]);
}

#[test]
fn duplicating_makes_an_independent_copy() {
    let mut kv = MemoryStore::new();
    let original = saved(&mut kv, 1, "Siti", T0);
    let copy = repo(&mut kv).duplicate(&id(1), id(2), T0 + DAY).unwrap();
    assert_eq!((copy.revision(), copy.created_ms(), copy.answers()), (1, T0 + DAY, original.answers()));
    assert_eq!(repo(&mut kv).load(&id(2)), Ok(copy));
    assert_eq!(repo(&mut kv).load(&id(1)), Ok(original));
    assert_eq!(repo(&mut kv).duplicate(&id(1), id(2), T0), Err(Error::Exists));
    assert_eq!(repo(&mut kv).duplicate(&id(3), id(4), T0), Err(Error::Missing));
}

#[test]
fn a_deleted_draft_can_be_restored_until_its_week_is_over() {
    let mut kv = MemoryStore::new();
    let d = saved(&mut kv, 1, "Siti", T0);
    repo(&mut kv).delete(&id(1), T0 + DAY).unwrap();
    assert!(repo(&mut kv).list().is_empty());
    let trash = repo(&mut kv).trash();
    assert_eq!(trash.len(), 1);
    assert_eq!((trash[0].deleted_ms, trash[0].draft.as_ref().and_then(|e| e.who.as_deref())), (T0 + DAY, Some("S…")));

    assert_eq!(repo(&mut kv).restore(&id(1)), Ok(d.clone()));
    assert_eq!(repo(&mut kv).load(&id(1)), Ok(d));
    assert!(repo(&mut kv).trash().is_empty());
    assert_eq!(repo(&mut kv).delete(&id(2), T0), Err(Error::Missing));
}

#[test]
fn restoring_over_a_newer_draft_with_the_same_id_is_refused() {
    let mut kv = MemoryStore::new();
    saved(&mut kv, 1, "Siti", T0);
    repo(&mut kv).delete(&id(1), T0).unwrap();
    saved(&mut kv, 1, "Siti baru", T0 + 1);
    assert_eq!(repo(&mut kv).restore(&id(1)), Err(Error::Exists));
    assert!(kv.get(&trash_key(&id(1))).is_some(), "the deleted version is still there");
}

#[test]
fn trash_is_purged_at_exactly_seven_days() {
    assert_eq!(TRASH_DAYS, 7);
    let mut kv = MemoryStore::new();
    saved(&mut kv, 1, "Siti", T0);
    repo(&mut kv).delete(&id(1), T0).unwrap();
    assert_eq!(repo(&mut kv).purge_trash(T0 + 7 * DAY - 1), 0);
    assert_eq!(repo(&mut kv).trash().len(), 1);
    assert_eq!(repo(&mut kv).purge_trash(T0 + 7 * DAY), 1);
    assert!(repo(&mut kv).trash().is_empty());
    assert_eq!(kv.get(&trash_key(&id(1))), None);
}

#[test]
fn a_full_phone_refuses_a_delete_and_keeps_the_draft() {
    let mut kv = MemoryStore::with_limit(500);
    saved(&mut kv, 1, "Siti", T0);
    assert_eq!(repo(&mut kv).delete(&id(1), T0), Err(Error::Store(StoreError::Full)));
    assert!(repo(&mut kv).load(&id(1)).is_ok());
}

#[test]
fn drafts_expire_into_the_trash_at_exactly_the_set_number_of_days() {
    let mut kv = MemoryStore::new();
    assert_eq!(repo(&mut kv).settings().expiry_days, 30);
    saved(&mut kv, 1, "Siti", T0);
    saved(&mut kv, 2, "Budi", T0 + DAY);
    assert_eq!(repo(&mut kv).expire(T0 + 30 * DAY - 1), Vec::<Id>::new());
    assert_eq!(repo(&mut kv).expire(T0 + 30 * DAY), vec![id(1)]);
    assert_eq!(repo(&mut kv).load(&id(1)), Err(Error::Missing));
    assert_eq!(repo(&mut kv).trash()[0].id, id(1), "expired drafts can still be restored");

    repo(&mut kv).save_settings(Settings { expiry_days: 0 }).unwrap();
    assert_eq!(repo(&mut kv).expire(T0 + 3650 * DAY), Vec::<Id>::new(), "0 days keeps drafts");
    repo(&mut kv).save_settings(Settings { expiry_days: 7 }).unwrap();
    assert_eq!(repo(&mut kv).settings(), Settings { expiry_days: 7 });
    assert_eq!(repo(&mut kv).expire(T0 + 8 * DAY), vec![id(2)]);
}

#[test]
fn expiry_trusts_the_draft_over_a_stale_index() {
    let mut kv = MemoryStore::new();
    let mut d = saved(&mut kv, 1, "Siti", T0);
    let stale_index = kv.get(INDEX_KEY).unwrap();
    d.set_answer("nama", "Siti A");
    repo(&mut kv).save(&mut d, T0 + 29 * DAY).unwrap();
    kv.set(INDEX_KEY, &stale_index).unwrap();
    assert_eq!(repo(&mut kv).expire(T0 + 30 * DAY), Vec::<Id>::new());
}

#[test]
fn damaged_settings_fall_back_to_defaults_and_are_kept_aside() {
    let mut kv = MemoryStore::new();
    kv.set(SETTINGS_KEY, "{\"expiry_days\":\"tiga puluh\"}").unwrap();
    assert_eq!(repo(&mut kv).settings(), Settings::default());
    assert_eq!(kv.get(&quarantine_key(SETTINGS_KEY, 1)).as_deref(), Some("{\"expiry_days\":\"tiga puluh\"}"));
}

#[test]
fn wiping_removes_only_this_apps_keys() {
    let mut kv = MemoryStore::new();
    saved(&mut kv, 1, "Siti", T0);
    repo(&mut kv).save_profile(&Profile::new(id(9), "Pak Budi")).unwrap();
    kv.set("tb:bahasa", "en").unwrap();
    kv.set("lain:tb:draf:x", "milik situs lain").unwrap();
    kv.set("TB:draf", "huruf besar").unwrap();
    assert_eq!(wipe(&mut kv), 4);
    assert_eq!(kv.keys(), ["TB:draf", "lain:tb:draf:x"]);
}

#[test]
fn a_residents_wipe_leaves_the_offices_books_and_counts_what_goes() {
    let mut kv = MemoryStore::new();
    saved(&mut kv, 1, "Siti", T0);
    saved(&mut kv, 2, "Budi", T0);
    repo(&mut kv).delete(&id(2), T0).unwrap();
    repo(&mut kv).save_profile(&Profile::new(id(9), "Pak Budi")).unwrap();
    kv.set("tb:centang:sktm", "[\"kk\"]").unwrap();
    kv.set("tb:rusak:tb:draf:x", "rusak").unwrap();
    for office in
        ["tb:buku-register", "tb:buku-register:tidak-terbaca", "tb:rekap:umpan-balik", "tb:rusak:tb:buku-register"]
    {
        kv.set(office, "{}").unwrap();
    }
    let data = ResidentData::of(&kv);
    assert_eq!(
        data,
        ResidentData { drafts: 1, trashed: 1, profiles: 1, set_aside: 1, other: 2 },
        "the index and a tick"
    );
    assert_eq!(wipe(&mut kv), 6);
    assert_eq!(
        kv.keys(),
        ["tb:buku-register", "tb:buku-register:tidak-terbaca", "tb:rekap:umpan-balik", "tb:rusak:tb:buku-register"]
    );
    assert!(ResidentData::of(&kv).is_empty());
}

#[test]
fn on_a_full_phone_a_draft_is_erased_for_good_and_the_trash_emptied_freeing_what_they_took() {
    let mut kv = MemoryStore::with_limit(4_000);
    saved(&mut kv, 1, &"Siti ".repeat(60), T0);
    saved(&mut kv, 2, &"Budi ".repeat(60), T0);
    saved(&mut kv, 3, "Rina", T0);
    repo(&mut kv).delete(&id(3), T0).unwrap();
    let mut fill = 1;
    while kv.set("lain:pengisi", &"x".repeat(fill)).is_ok() {
        fill += 1;
    }
    // Moving to the trash needs room: refused, and the draft is where it was with nothing half-written.
    assert_eq!(repo(&mut kv).delete(&id(1), T0), Err(Error::Store(StoreError::Full)));
    assert!(kv.get(&draft_key(&id(1))).is_some());
    assert!(kv.get(&trash_key(&id(1))).is_none());
    // Erasing frees exactly what the draft took, and a new save fits again.
    let raw = kv.get(&draft_key(&id(1))).unwrap();
    let freed = repo(&mut kv).erase_draft(&id(1)).unwrap();
    assert_eq!(freed, draft_key(&id(1)).len() + raw.len());
    assert!(kv.get(&draft_key(&id(1))).is_none());
    assert_eq!(repo(&mut kv).list().iter().flat_map(|g| &g.drafts).count(), 1, "gone from the list too");
    let mut again = Draft::new(id(4), "sktm", 1, T0);
    again.set_answer("nama", "Siti");
    assert_eq!(repo(&mut kv).save(&mut again, T0), Ok(()));
    // The trash: its size is what emptying it frees.
    let size = repo(&mut kv).trash_size();
    assert!(size > 0);
    assert_eq!(repo(&mut kv).empty_trash(), size);
    assert!(repo(&mut kv).trash().is_empty());
    assert_eq!(repo(&mut kv).trash_size(), 0);
    assert_eq!(repo(&mut kv).erase_draft(&id(1)), Err(Error::Missing));
}

#[test]
fn profiles_are_stored_sorted_and_kept_while_they_have_drafts() {
    let mut kv = MemoryStore::new();
    let mut siti = Profile::new(id(9), "bu Siti");
    siti.nik = "3201010101010001".into();
    repo(&mut kv).save_profile(&siti).unwrap();
    repo(&mut kv).save_profile(&Profile::new(id(8), "Pak Budi")).unwrap();
    let labels: Vec<String> = repo(&mut kv).profiles().into_iter().map(|p| p.label).collect();
    assert_eq!(labels, ["bu Siti", "Pak Budi"]);
    assert_eq!(repo(&mut kv).profile(&id(9)), Ok(siti.clone()));

    let mut d = Draft::for_profile(id(1), "sktm", 1, &siti, &[("nik", PersonalKind::Nik)], T0);
    d.set_answer("keperluan", "Sekolah");
    repo(&mut kv).save(&mut d, T0).unwrap();
    assert_eq!(repo(&mut kv).delete_profile(&id(9)), Err(Error::InUse));
    repo(&mut kv).delete(&id(1), T0).unwrap();
    assert_eq!(repo(&mut kv).delete_profile(&id(9)), Ok(()));
    assert_eq!(repo(&mut kv).profile(&id(9)), Err(Error::Missing));
}

#[test]
fn a_damaged_profile_is_set_aside() {
    let mut kv = MemoryStore::new();
    kv.set("tb:profil:0000000000000009", "{\"id\":\"0000000000000009\"}").unwrap();
    assert!(repo(&mut kv).profiles().is_empty());
    let q = repo(&mut kv).quarantined();
    assert_eq!((q[0].origin.as_str(), q[0].reason), ("tb:profil:0000000000000009", Some(Quarantine::Malformed)));
}

/// A checker's answers as the checker page stores them: one JSON field of the pseudo-form `cek:<programme>`.
fn checker_draft(n: u8, created: i64, answered: &str) -> Draft {
    let mut d = Draft::new(id(n), checker_form_id("pkh"), 1, created);
    d.set_answer("jawaban", &format!(r#"{{"keluarga":{{"tinggal-di-desa":{answered}}}}}"#));
    d
}

#[test]
fn checker_answers_round_trip_through_the_store_without_being_set_aside() {
    let mut kv = MemoryStore::new();
    let mut d = checker_draft(1, T0, "true");
    repo(&mut kv).save(&mut d, T0).unwrap();
    d.set_answer("jawaban", r#"{"keluarga":{"tinggal-di-desa":false}}"#);
    repo(&mut kv).save(&mut d, T0 + 1).unwrap();
    let loaded = repo(&mut kv).load(&id(1)).unwrap();
    assert_eq!(loaded.form_id(), "cek:pkh");
    assert_eq!(loaded.answer("jawaban"), Some(r#"{"keluarga":{"tinggal-di-desa":false}}"#));
    assert!(repo(&mut kv).quarantined().is_empty(), "nothing set aside: {:?}", repo(&mut kv).quarantined());
    assert_eq!(checker_of(loaded.form_id()), Some("pkh"));
    assert!(!is_form_ref("cek:../x") && !is_form_ref("cek:") && is_form_ref("cek:semua") && is_form_ref("sktm"));
}

/// What phones hold after the bug where every save of a checker set the previous one aside: eleven copies of one
/// draft, revisions 1 to 11, under `~2` … `~11` (which sort before `~2` as text).
fn quarantined_revisions(kv: &mut MemoryStore, n: u8, created: i64, revisions: std::ops::RangeInclusive<u64>) {
    for (attempt, revision) in revisions.enumerate() {
        let mut d = checker_draft(n, created, if revision % 2 == 0 { "true" } else { "false" });
        let mut scratch = MemoryStore::new();
        for r in 0..revision {
            d.set_answer("rev", &r.to_string());
            repo(&mut scratch).save(&mut d, created + r as i64).unwrap();
        }
        kv.set(&quarantine_key(&draft_key(&id(n)), attempt + 1), &d.to_json()).unwrap();
    }
}

#[test]
fn checker_drafts_set_aside_by_the_old_reader_come_back_newest_first_on_the_next_start() {
    let mut kv = MemoryStore::new();
    quarantined_revisions(&mut kv, 1, T0, 1..=11);
    assert_eq!(repo(&mut kv).quarantined().len(), 11);
    let done = repo(&mut kv).housekeeping(T0 + DAY, &mut || id(99));
    assert_eq!(done.rescued, vec![id(1)]);
    let back = repo(&mut kv).load(&id(1)).unwrap();
    assert_eq!((back.revision(), back.answer("rev")), (11, Some("10")), "the newest copy, not the first");
    assert!(repo(&mut kv).quarantined().is_empty(), "the older copies are its past, not junk to keep");
    assert!(kv.keys().iter().all(|k| !k.starts_with("tb:rusak:")));
    let listed: Vec<Id> = repo(&mut kv).list().into_iter().flat_map(|g| g.drafts).map(|e| e.id).collect();
    assert_eq!(listed, vec![id(1)]);
}

#[test]
fn a_rescue_never_overwrites_a_newer_revision_of_the_same_draft() {
    let mut kv = MemoryStore::new();
    quarantined_revisions(&mut kv, 1, T0, 1..=3);
    let mut newer = checker_draft(1, T0, "true");
    for r in 0..5 {
        newer.set_answer("rev", &format!("baru {r}"));
        repo(&mut kv).save(&mut newer, T0 + 100 + r).unwrap();
    }
    let done = repo(&mut kv).housekeeping(T0 + DAY, &mut || id(99));
    assert_eq!(done.rescued, Vec::<Id>::new());
    assert_eq!(repo(&mut kv).load(&id(1)).unwrap().answer("rev"), Some("baru 4"));
    assert!(repo(&mut kv).quarantined().is_empty(), "superseded copies are removed");
}

#[test]
fn a_rescued_draft_whose_key_was_taken_by_a_new_draft_is_kept_beside_it() {
    let mut kv = MemoryStore::new();
    // The resident reloaded, found nothing, and started again under the same id: a different draft now.
    quarantined_revisions(&mut kv, 1, T0, 1..=4);
    let mut fresh = checker_draft(1, T0 + 500, "true");
    fresh.set_answer("rev", "mulai lagi");
    repo(&mut kv).save(&mut fresh, T0 + 500).unwrap();
    let done = repo(&mut kv).housekeeping(T0 + DAY, &mut || id(99));
    assert_eq!(done.rescued, vec![id(99)]);
    assert_eq!(repo(&mut kv).load(&id(1)).unwrap().answer("rev"), Some("mulai lagi"), "the new draft is untouched");
    let copy = repo(&mut kv).load(&id(99)).unwrap();
    assert_eq!((copy.form_id(), copy.answer("rev")), ("cek:pkh", Some("3")));
    assert!(repo(&mut kv).quarantined().is_empty());
}

#[test]
fn a_rescued_draft_is_kept_beside_a_new_draft_even_when_the_new_one_has_more_revisions() {
    // Same id, another draft (started later), already saved more often than the one set aside: it is not the
    // set-aside draft's future, so the old answers are kept beside it, not dropped as superseded.
    let mut kv = MemoryStore::new();
    quarantined_revisions(&mut kv, 1, T0, 1..=2);
    let mut fresh = checker_draft(1, T0 + 500, "true");
    for r in 0..6 {
        fresh.set_answer("rev", &format!("mulai lagi {r}"));
        repo(&mut kv).save(&mut fresh, T0 + 500 + r).unwrap();
    }
    let done = repo(&mut kv).housekeeping(T0 + DAY, &mut || id(99));
    assert_eq!(done.rescued, vec![id(99)]);
    assert_eq!(repo(&mut kv).load(&id(1)).unwrap().answer("rev"), Some("mulai lagi 5"));
    assert_eq!(repo(&mut kv).load(&id(99)).unwrap().answer("rev"), Some("1"), "the old answers are kept");
}

#[test]
fn two_set_aside_versions_of_one_save_are_both_kept() {
    // Same draft, revision and time, different answers (two tabs saving at once under an older app): neither is
    // the other's past. The copy set aside first goes back under its id, the other is kept beside it.
    let mut kv = MemoryStore::new();
    for (attempt, rev) in [(1, "dari tab A"), (2, "dari tab B")] {
        let mut d = checker_draft(1, T0, "true");
        d.set_answer("rev", rev);
        let mut scratch = MemoryStore::new();
        repo(&mut scratch).save(&mut d, T0 + 10).unwrap();
        kv.set(&quarantine_key(&draft_key(&id(1)), attempt), &d.to_json()).unwrap();
    }
    let done = repo(&mut kv).housekeeping(T0 + DAY, &mut || id(99));
    assert_eq!(done.rescued, vec![id(1), id(99)]);
    assert_eq!(repo(&mut kv).load(&id(1)).unwrap().answer("rev"), Some("dari tab A"));
    assert_eq!(repo(&mut kv).load(&id(99)).unwrap().answer("rev"), Some("dari tab B"));
    assert!(repo(&mut kv).quarantined().is_empty());
    // The same save set aside twice (an identical copy in another layout) is one draft.
    let mut kv = MemoryStore::new();
    quarantined_revisions(&mut kv, 2, T0, 3..=3);
    let copy = kv.get(&quarantine_key(&draft_key(&id(2)), 1)).unwrap();
    kv.set(&quarantine_key(&draft_key(&id(2)), 2), &format!(" {copy}")).unwrap();
    assert_eq!(repo(&mut kv).housekeeping(T0 + DAY, &mut || id(98)).rescued, vec![id(2)]);
    assert!(repo(&mut kv).quarantined().is_empty());
}

#[test]
fn discarding_a_set_aside_entry_removes_the_raw_text_and_nothing_else() {
    let mut kv = MemoryStore::new();
    kv.set(&draft_key(&id(1)), "{rusak, NIK 3201010101010001").unwrap();
    let _ = repo(&mut kv).load(&id(1));
    let kept = repo(&mut kv).quarantined();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].raw, "{rusak, NIK 3201010101010001");
    saved(&mut kv, 2, "Siti", T0);
    repo(&mut kv).discard_quarantined(&draft_key(&id(2)));
    assert!(repo(&mut kv).load(&id(2)).is_ok(), "only set-aside keys can be discarded");
    repo(&mut kv).discard_quarantined(&kept[0].key);
    assert!(repo(&mut kv).quarantined().is_empty());
    assert!(
        kv.keys().iter().all(|k| kv.get(k).is_none_or(|v| !v.contains("3201010101010001"))),
        "the personal data is gone"
    );
}

#[test]
fn saving_the_only_draft_again_keeps_one_entry_in_the_stored_index() {
    let mut kv = MemoryStore::new();
    let mut d = saved(&mut kv, 1, "Siti", T0);
    d.set_answer("nama", "Siti A");
    repo(&mut kv).save(&mut d, T0 + 1).unwrap();
    let raw = kv.get(INDEX_KEY).unwrap();
    assert_eq!(raw.matches("\"id\":").count(), 1, "{raw}");
    assert!(raw.contains("\"revision\":2"), "{raw}");
}

#[test]
fn a_draft_resumes_on_its_own_page() {
    use layanan_core::drafts::resume_path;
    assert_eq!(resume_path("sktm", &id(1)), format!("/formulir/sktm?draf={}", id(1).as_str()));
    assert_eq!(resume_path(&checker_form_id("pkh"), &id(1)), format!("/cek/pkh?draf={}", id(1).as_str()));
    assert_eq!(resume_path(layanan_core::visit::PLAN_FORM, &id(1)), format!("/kunjungan?draf={}", id(1).as_str()));
}

#[test]
fn a_profile_as_typed_needs_a_label_and_numbers_that_read() {
    use layanan_core::drafts::{entry_problems, EntryProblem};
    assert_eq!(entry_problems("Bu Siti RT 3", "", "", "", "", ""), vec![]);
    let found = entry_problems(" ", "1234", "3201011507150003", "3", "abc", "0812 3456 7890");
    let keys: Vec<&str> = found.iter().map(|(k, _)| *k).collect();
    assert_eq!(keys, ["label", "nik", "rw"]);
    assert_eq!(found[0].1, EntryProblem::LabelMissing);
    assert!(matches!(&found[1].1, EntryProblem::Invalid(m) if m.id.contains("16")), "{found:?}");
}
