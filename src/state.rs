//! App-wide state: the checked content, the interface language, and what storage can do.
//! Components reach it through the small `use_*` helpers below.

use crate::i18n::{self, Key};
use crate::storage::{self, StoreError};
use layanan_core::content::Content;
use layanan_core::lang::Lang;
use layanan_core::search::SearchIndex;
use leptos::prelude::*;
use std::sync::OnceLock;

/// The content bundle that build.rs checked and embedded.
static CONTENT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/content.json"));
static CONTENT: OnceLock<Content> = OnceLock::new();

/// The content, parsed once. The bundle was produced from these same types at build time, so parsing cannot
/// fail; if it ever did, the app still runs with empty content rather than crashing.
pub fn content() -> &'static Content {
    CONTENT.get_or_init(|| serde_json::from_str(CONTENT_JSON).unwrap_or_default())
}

/// Search indexes over the catalogue, one per interface language, built on first use.
pub fn search_index(lang: Lang) -> &'static SearchIndex {
    static ID: OnceLock<SearchIndex> = OnceLock::new();
    static EN: OnceLock<SearchIndex> = OnceLock::new();
    let cell = match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    };
    cell.get_or_init(|| SearchIndex::new(&content().services, lang))
}

const LANG_KEY: &str = "tb:bahasa";

#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    /// Set when a write could not reach the device; the banner shows it until dismissed.
    pub storage_notice: RwSignal<Option<StoreError>>,
    /// The notice the user closed, so the same news is not shown twice.
    pub dismissed_notice: RwSignal<Option<StoreError>>,
    /// A new version of the app has installed and waits for the resident to reload.
    pub update_ready: RwSignal<bool>,
    pub online: RwSignal<bool>,
}

pub fn provide_state() -> AppState {
    let stored = storage::with(|s| s.get(LANG_KEY)).and_then(|c| Lang::from_code(&c));
    let condition = storage::with(|s| s.condition());
    let state = AppState {
        lang: RwSignal::new(stored.unwrap_or_default()),
        storage_notice: RwSignal::new(condition),
        dismissed_notice: RwSignal::new(None),
        update_ready: RwSignal::new(false),
        online: RwSignal::new(true),
    };
    // <html lang> follows the choice, so screen readers pronounce the text right.
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", state.lang.get().code());
        }
    });
    provide_context(state);
    state
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    pub fn set_lang(self, lang: Lang) {
        self.lang.set(lang);
        self.save(LANG_KEY, lang.code());
    }

    /// Reads a stored value (from memory if the device refused it earlier).
    pub fn load(self, key: &str) -> Option<String> {
        storage::with(|s| s.get(key))
    }

    /// Writes through the store; a refusal is reported once through the banner, and the value stays in memory.
    pub fn save(self, key: &str, value: &str) {
        if let Err(e) = storage::with(|s| s.set(key, value)) {
            if self.storage_notice.get_untracked() != Some(e) {
                self.storage_notice.set(Some(e));
            }
        }
    }

    /// A reactive interface text.
    pub fn t(self, key: Key) -> &'static str {
        i18n::text(self.lang.get(), key)
    }
}

/// Shorthand for a reactive text in a view: `{t(Key::nav_home)}`.
pub fn t(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let state = use_state();
    move || state.t(key)
}

/// Sets the document title for the current page: "<page> · <app name>", following the language.
pub fn use_title(page: impl Fn() -> String + Send + Sync + 'static) {
    let state = use_state();
    Effect::new(move |_| {
        let app = content().desa.nama_aplikasi.get(state.lang.get()).to_string();
        document().set_title(&format!("{} · {} {}", page(), app, content().desa.nama));
    });
}

/// Today's date in the desa's time zone (a date of birth typed today must not count as "in the future").
pub fn today() -> layanan_core::date::CivilDate {
    let offset = i64::from(content().desa.zona_waktu.offset_minutes());
    let minutes = js_sys::Date::now() as i64 / 60_000 + offset;
    layanan_core::date::CivilDate::from_days_since_epoch(minutes.div_euclid(1440))
}

const ACTIVE_PROFILE_KEY: &str = "tb:profil-aktif";

/// Volunteer mode: the neighbour new forms are filled in for, if any.
pub fn active_profile() -> Option<layanan_core::drafts::Profile> {
    let id = storage::with(|s| s.get(ACTIVE_PROFILE_KEY)).and_then(|raw| layanan_core::drafts::Id::parse(&raw))?;
    crate::drafts::with_repo(|r| r.profile(&id).ok())
}

pub fn set_active_profile(id: Option<&layanan_core::drafts::Id>) {
    match id {
        Some(id) => {
            let _ = storage::with(|s| s.set(ACTIVE_PROFILE_KEY, id.as_str()));
        }
        None => storage::with(|s| s.remove(ACTIVE_PROFILE_KEY)),
    }
}

/// Once a draft exists, asks the browser not to evict this site's storage when the phone runs low.
/// Returns true the first time, so the page can say why in one sentence.
pub fn first_draft_saved() -> bool {
    static ASKED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if ASKED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        return false;
    }
    let navigator: wasm_bindgen::JsValue = window().navigator().into();
    let storage = js_sys::Reflect::get(&navigator, &"storage".into()).ok().filter(|v| !v.is_undefined());
    let persist = storage.as_ref().and_then(|s| js_sys::Reflect::get(s, &"persist".into()).ok());
    if let (Some(storage), Some(persist)) = (storage, persist) {
        use wasm_bindgen::JsCast;
        if let Ok(f) = persist.dyn_into::<js_sys::Function>() {
            let _ = f.call0(&storage);
            return true;
        }
    }
    false
}
