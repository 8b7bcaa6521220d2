//! Every draft layout the app ever wrote still opens: one golden fixture or more per layout in
//! `tests/fixtures/drafts/`, each with the draft it must become. And no stored text, however broken, makes
//! reading panic.

use layanan_core::drafts::{
    migrate, MemoryStore, Quarantine, Repository, CURRENT_SCHEMA, DRAFT_PREFIX, QUARANTINE_PREFIX,
};
use layanan_core::drafts::{Draft, Id, KeyValue};
use proptest::prelude::*;
use std::fs;
use std::path::PathBuf;

fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/drafts")
}

/// Each fixture and the current-layout JSON it must migrate to.
const EXPECTED: &[(&str, &str)] = &[
    (
        "v3_checker_position.json",
        r#"{"schema":3,"id":"5e1f00d0c0ffee42","form":"cek:semua","form_version":1,"revision":6,"created":1795363980000,"updated":1795364100000,"profile":"0000000000000b0b","answers":{"jawaban":"{\"keluarga\":{\"tinggal-di-desa\":true},\"anggota\":[{\"umur\":80}]}"},"position":"keluarga.terdaftar-dtsen"}"#,
    ),
    (
        "v1_sktm.json",
        r#"{"schema":3,"id":"3f2a9c01d4e5b678","form":"sktm","form_version":1,"revision":1,"created":1772414100000,"updated":1772419230000,"profile":null,"answers":{"keperluan":"Beasiswa sekolah anak","nama":"Siti Aminah"},"position":null}"#,
    ),
    (
        "v1_domisili_offset.json",
        r#"{"schema":3,"id":"00c0ffee00c0ffee","form":"surat-domisili","form_version":3,"revision":1,"created":1769878799500,"updated":1769907600123,"profile":null,"answers":{"alamat":"Jl. Melati No. 4\nDusun Krajan","nama":"Budi"},"position":null}"#,
    ),
    (
        "v2_sktm.json",
        r#"{"schema":3,"id":"3f2a9c01d4e5b678","form":"sktm","form_version":2,"revision":4,"created":1772414100000,"updated":1772419230000,"profile":null,"answers":{"keperluan":"Beasiswa sekolah anak","nama":"Siti Aminah"},"position":null}"#,
    ),
    (
        "v2_volunteer.json",
        r#"{"schema":3,"id":"a1b2c3d4e5f60718","form":"sktm","form_version":2,"revision":1,"created":1772500000000,"updated":1772500000000,"profile":"0000000000000b0b","answers":{"nama":"Bu Warsini","rt":"003","tanda":"✓ \"setuju\" — ya"},"position":null}"#,
    ),
];

fn fixture(name: &str) -> String {
    fs::read_to_string(fixtures_dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_fixture_migrates_to_the_expected_current_draft() {
    for (name, expected) in EXPECTED {
        let draft = migrate(&fixture(name)).unwrap_or_else(|q| panic!("{name} was set aside: {q:?}"));
        assert_eq!(draft.to_json(), *expected, "{name}");
        assert!(!draft.should_save(), "{name}: a draft just read has nothing new to save");
        assert_eq!(migrate(&draft.to_json()), Ok(draft), "{name}: the migrated draft must read back unchanged");
    }
}

#[test]
fn every_fixture_file_has_an_expectation_and_every_layout_has_a_fixture() {
    let mut files: Vec<String> =
        fs::read_dir(fixtures_dir()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    files.sort();
    let mut expected: Vec<String> = EXPECTED.iter().map(|(n, _)| n.to_string()).collect();
    expected.sort();
    assert_eq!(files, expected);
    for version in 1..=CURRENT_SCHEMA {
        assert!(files.iter().any(|f| f.starts_with(&format!("v{version}_"))), "no fixture for layout {version}");
    }
}

#[test]
fn a_layout_one_draft_with_two_different_values_for_one_field_is_set_aside() {
    let raw = fixture("v1_domisili_offset.json").replacen(r#""value": "Budi" }"#, r#""value": "Budi S" }"#, 1);
    assert_eq!(migrate(&raw), Err(Quarantine::Invalid));
}

#[test]
fn a_layout_one_draft_with_a_bad_time_is_set_aside() {
    let raw = fixture("v1_sktm.json").replace("2026-03-02T01:15:00Z", "2 Maret 2026");
    assert_eq!(migrate(&raw), Err(Quarantine::Invalid));
}

#[test]
fn a_draft_from_a_future_app_is_set_aside_with_its_version() {
    let raw = fixture("v3_checker_position.json").replace(r#""schema": 3"#, r#""schema": 4"#);
    assert_eq!(migrate(&raw), Err(Quarantine::FutureSchema(4)));
}

#[test]
fn hostile_json_is_refused_without_harm() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let huge_number = format!(r#"{{"schema":{}}}"#, "9".repeat(400));
    let cases = [
        deep.as_str(),
        huge_number.as_str(),
        r#"{"schema":3,"__proto__":{"admin":true}}"#,
        r#"{"schema":-1}"#,
        r#"{"schema":2.0}"#,
        "\u{feff}{\"schema\":2}",
        "{\"schema\":2,\"id\":\"\u{0000}\"}",
    ];
    for raw in cases {
        assert!(migrate(raw).is_err(), "{:.60}", raw);
    }
}

fn name_of(d: &Draft) -> Option<String> {
    d.answer("nama").map(str::to_string)
}

proptest! {
    #[test]
    fn migrate_never_panics_on_any_text(raw in any::<String>()) {
        let _ = migrate(&raw);
    }

    #[test]
    fn migrate_never_panics_on_json_like_text(raw in r#"[{}\[\]":,0-9a-z_\\ .+-]{0,120}"#) {
        let _ = migrate(&raw);
    }

    #[test]
    fn a_cut_or_changed_fixture_never_panics(cut in 0usize..400, at in 0usize..400, c in any::<char>()) {
        for (name, _) in EXPECTED {
            let text = fixture(name);
            let mut cut_at = cut.min(text.len());
            while !text.is_char_boundary(cut_at) { cut_at -= 1; }
            let _ = migrate(&text[..cut_at]);
            let mut chars: Vec<char> = text.chars().collect();
            let i = at % chars.len();
            chars[i] = c;
            let _ = migrate(&chars.into_iter().collect::<String>());
        }
    }

    /// Whatever sits under a draft key, listing and loading neither panic nor lose it: it is either still a
    /// readable draft or kept raw under `tb:rusak:`.
    #[test]
    fn stored_text_is_never_lost_or_fatal(raw in any::<String>(), id_part in "[0-9a-f]{16}|[a-z:~]{0,20}") {
        let key = format!("{DRAFT_PREFIX}{id_part}");
        let mut kv = MemoryStore::new();
        kv.set(&key, &raw).unwrap();
        let mut repo = Repository::new(&mut kv, &name_of);
        let listed = repo.list();
        let _ = repo.export(0);
        let _ = repo.housekeeping(0, &mut || Id::from_random([9; 8]));
        let still_there = kv.get(&key).as_deref() == Some(raw.as_str());
        let kept_aside = kv.keys().iter().any(|k| k.starts_with(QUARANTINE_PREFIX) && kv.get(k).as_deref() == Some(raw.as_str()));
        prop_assert!(still_there || kept_aside);
        prop_assert!(listed.is_empty() || still_there);
    }
}
