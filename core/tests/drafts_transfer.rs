//! Export to one file and import merged by id: nothing on the phone is replaced until the user confirms.

use layanan_core::drafts::{
    draft_key, quarantine_key, Draft, Error, Id, KeyValue, MemoryStore, Profile, Quarantine, Repository, EXPORT_FORMAT,
};

const T0: i64 = 1_780_000_000_000;

fn id(n: u8) -> Id {
    Id::from_random([0x7e, 0, 0, 0, 0, 0, 0, n])
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

/// A phone with two drafts, a profile and one damaged entry.
fn full_phone() -> MemoryStore {
    let mut kv = MemoryStore::new();
    saved(&mut kv, 1, "Siti", T0);
    saved(&mut kv, 2, "Budi", T0 + 1);
    let mut p = Profile::new(id(50), "Bu Warsini");
    p.nik = "3201010101010001".into();
    repo(&mut kv).save_profile(&p).unwrap();
    kv.set(&draft_key(&id(3)), "{\"schema\":2,\"id\":\"terpo").unwrap();
    kv
}

#[test]
fn an_export_restores_everything_on_an_empty_phone() {
    let mut old = full_phone();
    let file = repo(&mut old).export(T0 + 10);
    assert!(file.contains(EXPORT_FORMAT));

    let mut new = MemoryStore::new();
    let report = repo(&mut new).import(&file, T0 + 20).unwrap();
    assert_eq!(report.added, vec![id(1), id(2)]);
    assert_eq!(report.profiles_added, vec![id(50)]);
    assert_eq!(report.damaged_kept, 1);
    assert!(report.conflicts.is_empty() && report.rejected.is_empty());

    let restored = repo(&mut new).load(&id(1)).unwrap();
    assert_eq!((restored.answer("nama"), restored.revision(), restored.created_ms()), (Some("Siti"), 1, T0));
    assert_eq!(restored.updated_ms(), T0 + 20, "counted from the import, so it does not expire at once");
    assert_eq!(repo(&mut new).profiles()[0].nik, "3201010101010001");
    assert_eq!(new.get(&quarantine_key(&draft_key(&id(3)), 1)).as_deref(), Some("{\"schema\":2,\"id\":\"terpo"));
}

#[test]
fn importing_the_same_file_twice_changes_nothing() {
    let mut kv = full_phone();
    let file = repo(&mut kv).export(T0 + 10);
    let before = kv.clone();
    let report = repo(&mut kv).import(&file, T0 + 20).unwrap();
    assert_eq!(report.unchanged, vec![id(1), id(2)]);
    assert!(report.added.is_empty() && report.conflicts.is_empty() && report.profile_conflicts.is_empty());
    for key in before.keys() {
        assert_eq!(kv.get(&key), before.get(&key), "{key}");
    }
    assert_eq!(kv.keys(), before.keys());
}

#[test]
fn different_versions_are_returned_as_conflicts_and_replaced_only_when_accepted() {
    let mut kv = full_phone();
    let file = repo(&mut kv).export(T0 + 10);
    let mut local = repo(&mut kv).load(&id(1)).unwrap();
    local.set_answer("nama", "Siti Aminah");
    repo(&mut kv).save(&mut local, T0 + 30).unwrap();
    let mut p = repo(&mut kv).profile(&id(50)).unwrap();
    p.label = "Mbah Warsini".into();
    repo(&mut kv).save_profile(&p).unwrap();

    let report = repo(&mut kv).import(&file, T0 + 40).unwrap();
    assert_eq!(report.conflicts.len(), 1);
    let conflict = &report.conflicts[0];
    assert_eq!((conflict.local.answer("nama"), conflict.incoming.answer("nama")), (Some("Siti Aminah"), Some("Siti")));
    assert!(!conflict.incoming_is_newer());
    assert_eq!(report.profile_conflicts[0].incoming.label, "Bu Warsini");
    assert_eq!(repo(&mut kv).load(&id(1)).unwrap().answer("nama"), Some("Siti Aminah"), "not replaced yet");
    assert_eq!(repo(&mut kv).profile(&id(50)).unwrap().label, "Mbah Warsini");

    repo(&mut kv).accept_incoming(conflict.incoming.clone(), T0 + 50).unwrap();
    let stored = repo(&mut kv).load(&id(1)).unwrap();
    assert_eq!((stored.answer("nama"), stored.revision()), (Some("Siti"), 3));
    assert!(
        matches!(repo(&mut kv).save(&mut local, T0 + 60), Err(Error::Conflict(_))),
        "a tab still holding the old version is told"
    );
}

#[test]
fn a_newer_incoming_version_is_recognised() {
    let mut kv = MemoryStore::new();
    let mut d = saved(&mut kv, 1, "Siti", T0);
    let older = repo(&mut kv).export(T0);
    d.set_answer("nama", "Siti A");
    repo(&mut kv).save(&mut d, T0 + 5).unwrap();
    let newer = repo(&mut kv).export(T0 + 6);

    let mut other = MemoryStore::new();
    repo(&mut other).import(&older, T0 + 7).unwrap();
    let report = repo(&mut other).import(&newer, T0 + 8).unwrap();
    assert!(report.conflicts[0].incoming_is_newer());
}

#[test]
fn files_that_are_not_exports_are_refused_whole() {
    let mut kv = MemoryStore::new();
    let cases = [
        ("bukan json", Quarantine::NotJson),
        ("{\"drafts\":[]}", Quarantine::NoSchema),
        ("{\"format\":\"lain\",\"version\":1}", Quarantine::NoSchema),
        (r#"{"format":"layanan-desa-draf","version":2,"drafts":[]}"#, Quarantine::FutureSchema(2)),
        (r#"{"format":"layanan-desa-draf","version":1,"drafts":{}}"#, Quarantine::Malformed),
    ];
    for (file, reason) in cases {
        assert_eq!(repo(&mut kv).import(file, T0), Err(Error::Unreadable(reason)), "{file}");
    }
    assert!(kv.keys().is_empty());
}

#[test]
fn unreadable_items_are_reported_and_the_rest_imported() {
    let mut good = Draft::new(id(1), "sktm", 1, T0);
    good.set_answer("nama", "Siti");
    let file = format!(
        r#"{{"format":"layanan-desa-draf","version":1,"exported":0,"drafts":[{},{{"schema":9}},{{"schema":2,"id":"x"}}],"profiles":[{{"id":"nope"}}],"damaged":[]}}"#,
        good.to_json()
    );
    let mut kv = MemoryStore::new();
    let report = repo(&mut kv).import(&file, T0).unwrap();
    assert_eq!(report.added, vec![id(1)]);
    assert_eq!(report.rejected, vec![Quarantine::FutureSchema(9), Quarantine::Malformed, Quarantine::Malformed]);
}

#[test]
fn an_export_carrying_an_old_layout_draft_imports_it_migrated() {
    let v1 =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/drafts/v1_sktm.json")).unwrap();
    let file = format!(
        r#"{{"format":"layanan-desa-draf","version":1,"exported":0,"drafts":[{v1}],"profiles":[],"damaged":[]}}"#
    );
    let mut kv = MemoryStore::new();
    let report = repo(&mut kv).import(&file, T0).unwrap();
    let id = Id::parse("3f2a9c01d4e5b678").unwrap();
    assert_eq!(report.added, vec![id.clone()]);
    assert_eq!(repo(&mut kv).load(&id).unwrap().answer("nama"), Some("Siti Aminah"));
}

#[test]
fn the_form_version_is_kept_in_the_index_and_tells_two_drafts_apart_on_import() {
    let mut kv = MemoryStore::new();
    let mut d = Draft::new(id(1), "sktm", 3, T0);
    d.set_answer("nama", "Siti");
    repo(&mut kv).save(&mut d, T0).unwrap();
    let entry = repo(&mut kv).list().remove(0).drafts.remove(0);
    assert_eq!(entry.form_version, 3);
    // The same answers written for another version of the form are a different draft: asked about, not merged.
    let other = repo(&mut kv).export(T0).replace("\"form_version\": 3", "\"form_version\": 2");
    assert!(other.contains("\"form_version\": 2"), "{other}");
    let report = repo(&mut kv).import(&other, T0 + 1).unwrap();
    assert_eq!(report.conflicts.len(), 1, "{report:?}");
    assert_eq!(repo(&mut kv).load(&id(1)).unwrap().form_version(), 3, "nothing replaced before asking");
}
