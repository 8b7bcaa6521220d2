//! In-browser tests (headless Chromium via wasm-bindgen-test-runner) for code that needs a real browser.
#![cfg(target_arch = "wasm32")]

use layanan::browser::storage::{Store, StoreError, PREFIX};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn values_survive_in_local_storage() {
    let store = Store::open();
    assert!(store.is_persistent());
    store.set("tb:test:a", "satu").unwrap();
    // gloo-storage's layout: JSON.
    assert_eq!(local().get_item("tb:test:a").unwrap().as_deref(), Some("\"satu\""));
    // A second store (a reload) sees the value.
    assert_eq!(Store::open().get("tb:test:a").as_deref(), Some("satu"));
    store.remove("tb:test:a");
    assert_eq!(store.get("tb:test:a"), None);
    assert_eq!(local().get_item("tb:test:a").unwrap(), None);
}

#[wasm_bindgen_test]
fn values_written_bare_by_an_earlier_version_are_still_read_and_rewritten_on_save() {
    // Before gloo-storage, texts were stored bare: a language code, a date, a whole draft as JSON.
    let draft = r#"{"skema":2,"jawaban":{"nama":"Siti \"Bu RT\""}}"#;
    for (key, bare) in
        [("tb:test:lama1", "en"), ("tb:test:lama2", "2026-03-01"), ("tb:test:lama3", draft), ("tb:test:lama4", "12")]
    {
        local().set_item(key, bare).unwrap();
        let store = Store::open();
        assert_eq!(store.get(key).as_deref(), Some(bare), "{key}");
        store.set(key, bare).unwrap();
        assert_eq!(Store::open().get(key).as_deref(), Some(bare), "{key} after a save");
        assert_ne!(local().get_item(key).unwrap().as_deref(), Some(bare), "{key} is in the new layout");
        store.remove(key);
    }
}

#[wasm_bindgen_test]
fn keys_are_limited_to_this_app() {
    let store = Store::open();
    local().set_item("other-site-key", "x").unwrap();
    store.set("tb:test:k2", "2").unwrap();
    store.set("tb:test:k1", "1").unwrap();
    let keys = store.keys();
    assert!(keys.iter().all(|k| k.starts_with(PREFIX)), "{keys:?}");
    let ours: Vec<_> = keys.iter().filter(|k| k.starts_with("tb:test:k")).collect();
    assert_eq!(ours, ["tb:test:k1", "tb:test:k2"]);
    store.remove("tb:test:k1");
    store.remove("tb:test:k2");
    local().remove_item("other-site-key").unwrap();
}

#[wasm_bindgen_test]
fn without_storage_the_store_keeps_values_in_memory_and_says_why() {
    let store = Store::memory_only();
    assert!(!store.is_persistent());
    assert_eq!(store.set("tb:x", "ada"), Err(StoreError::Unavailable));
    assert_eq!(store.get("tb:x").as_deref(), Some("ada"));
    assert_eq!(store.keys(), ["tb:x"]);
    store.remove("tb:x");
    assert_eq!(store.get("tb:x"), None);
}

#[wasm_bindgen_test]
fn storage_that_throws_on_access_falls_back_to_memory() {
    // Simulate storage disabled by the user: every access to window.localStorage throws a SecurityError.
    let window = web_sys::window().unwrap();
    let descriptor = js_sys::Object::new();
    let thrower = js_sys::Function::new_no_args("throw new DOMException('denied', 'SecurityError')");
    js_sys::Reflect::set(&descriptor, &"get".into(), &thrower).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    let original = js_sys::Object::get_own_property_descriptor(&window, &"localStorage".into());
    js_sys::Object::define_property(&window, &"localStorage".into(), &descriptor);

    let store = Store::open();
    let persistent = store.is_persistent();
    let write = store.set("tb:y", "tetap");
    let read = store.get("tb:y");

    // Put the real storage back before asserting, so other tests are unaffected.
    let restore = if original.is_undefined() {
        js_sys::Reflect::delete_property(&window, &"localStorage".into()).map(|_| ())
    } else {
        js_sys::Object::define_property(&window, &"localStorage".into(), original.unchecked_ref());
        Ok(())
    };
    restore.unwrap();
    assert!(!persistent);
    assert_eq!(write, Err(StoreError::Unavailable));
    assert_eq!(read.as_deref(), Some("tetap"), "nothing typed is lost");
}

#[wasm_bindgen_test]
fn a_full_device_is_reported_and_the_value_is_kept() {
    let store = Store::open();
    // Chromium allows about 5 MB per origin; 6 M characters cannot fit.
    let huge = "x".repeat(6 * 1024 * 1024);
    assert_eq!(store.set("tb:test:huge", &huge), Err(StoreError::Full));
    assert_eq!(store.get("tb:test:huge").map(|v| v.len()), Some(huge.len()));
    // Once there is room again, the next write goes to the device and memory is cleared.
    store.set("tb:test:huge", "kecil").unwrap();
    assert_eq!(local().get_item("tb:test:huge").unwrap().as_deref(), Some("\"kecil\""));
    store.remove("tb:test:huge");
}

#[wasm_bindgen_test]
fn values_held_in_memory_on_a_full_device_are_written_once_space_is_freed() {
    let mut filler = Vec::new();
    let mut size = 1 << 20;
    while size >= 1 {
        let key = format!("lain:{}", filler.len());
        if local().set_item(&key, &"x".repeat(size)).is_ok() {
            filler.push(key);
        } else {
            size /= 2;
        }
    }
    let store = Store::open();
    assert_eq!(store.set("tb:test:tertahan", "isian"), Err(StoreError::Full));
    store.flush();
    let still_full = local().get_item("tb:test:tertahan").unwrap();
    for key in &filler {
        local().remove_item(key).unwrap();
    }
    store.flush();
    let written = local().get_item("tb:test:tertahan").unwrap();
    local().remove_item("tb:test:tertahan").unwrap();
    assert_eq!(still_full, None, "nothing fits while the device is full");
    assert_eq!(written.as_deref(), Some("\"isian\""), "written to the device once there is room");
    assert_eq!(store.get("tb:test:tertahan"), None, "and no longer held in memory");
}

#[wasm_bindgen_test]
fn a_corrupt_draft_in_local_storage_is_kept_aside_and_never_crashes_the_list() {
    use layanan::browser::storage::Device;
    use layanan_core::drafts::{Draft, Id, Repository};
    let key = "tb:draf:00000000000000aa";
    local().set_item(key, "{\"skema\": 2, terpotong").unwrap();
    let mut device = Device;
    let name_of = |_: &Draft| None;
    let mut repo = Repository::new(&mut device, &name_of);
    // A good draft beside the broken one, so "the broken one is not listed" cannot pass on an empty list.
    let mut good = Draft::new(Id::parse("00000000000000bb").unwrap(), "sktm", 1, 0);
    good.set_answer("nama", "Siti");
    repo.save(&mut good, 0).unwrap();
    let listed: Vec<String> =
        repo.list().into_iter().flat_map(|g| g.drafts).map(|d| d.id.as_str().to_string()).collect();
    assert_eq!(listed, ["00000000000000bb"]);
    let kept = repo.quarantined();
    assert_eq!(kept.len(), 1, "{kept:?}");
    // Kept on the device itself, raw, under its quarantine key, so it survives a reload; the original is gone.
    assert_eq!(Store::open().get("tb:rusak:tb:draf:00000000000000aa").as_deref(), Some("{\"skema\": 2, terpotong"));
    assert_eq!(local().get_item(key).unwrap(), None);
    let stored: Vec<String> = (0..local().length().unwrap()).filter_map(|i| local().key(i).unwrap()).collect();
    for k in stored.iter().filter(|k| k.starts_with("tb:")) {
        local().remove_item(k).unwrap();
    }
}

#[wasm_bindgen_test]
fn a_device_already_full_when_the_app_opens_is_storage_that_is_full_not_missing() {
    local().set_item("tb:test:disimpan", "masih ada").unwrap();
    let mut filler = Vec::new();
    let mut size = 1 << 20;
    while size >= 1 {
        let key = format!("lain:{}", filler.len());
        if local().set_item(&key, &"x".repeat(size)).is_ok() {
            filler.push(key);
        } else {
            size /= 2;
        }
    }
    let store = Store::open();
    let (persistent, condition, read, write) =
        (store.is_persistent(), store.condition(), store.get("tb:test:disimpan"), store.set("tb:test:baru", "nilai"));
    let kept_in_memory = store.get("tb:test:baru");
    for key in &filler {
        local().remove_item(key).unwrap();
    }
    local().remove_item("tb:test:disimpan").unwrap();
    assert!(persistent, "what is stored is still read from the device");
    assert_eq!(condition, Some(StoreError::Full));
    assert_eq!(read.as_deref(), Some("masih ada"));
    assert_eq!(write, Err(StoreError::Full));
    assert_eq!(kept_in_memory.as_deref(), Some("nilai"), "nothing typed is lost");
}

#[wasm_bindgen_test]
fn today_in_the_village_time_zone_is_a_real_date_near_the_device_clock() {
    let today = layanan::state::today();
    let now = js_sys::Date::new_0();
    // WIB is UTC+7: the village date is the UTC date or the day after.
    let utc = layanan_core::base::date::CivilDate::new(
        now.get_utc_full_year() as i32,
        now.get_utc_month() + 1,
        now.get_utc_date(),
    )
    .unwrap();
    let diff = today.days_since_epoch() - utc.days_since_epoch();
    assert!(diff == 0 || diff == 1, "{today} vs UTC {utc}");
}
