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
    let persistent = storage::with(|s| s.is_persistent());
    let state = AppState {
        lang: RwSignal::new(stored.unwrap_or_default()),
        storage_notice: RwSignal::new((!persistent).then_some(StoreError::Unavailable)),
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
