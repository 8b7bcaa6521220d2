//! What every part of the interface needs to know: the page's language, and in the browser what storage,
//! the network and the service worker are doing.
//!
//! Pages are rendered at build time in one language each (`/…` Indonesian, `/en/…` English), so the language
//! never changes while a page is open: at build time it comes from the page being rendered, in the browser from
//! the page's `<html lang>`. The browser-side state lives in signals created once per page load and shared by
//! every island, because islands hydrate separately and share no context.

use crate::i18n::{self, Key};
use layanan_core::base::date::CivilDate;
use layanan_core::base::lang::Lang;
use layanan_core::drafts::StoreError;
use leptos::prelude::*;

/// The language of the page being rendered (build time, provided by the page) or shown (browser).
pub fn lang() -> Lang {
    use_context::<Lang>().unwrap_or_else(page_lang)
}

/// The language the page was rendered in, from `<html lang>`.
fn page_lang() -> Lang {
    #[cfg(target_arch = "wasm32")]
    {
        let code = document().document_element().and_then(|e| e.get_attribute("lang")).unwrap_or_default();
        Lang::from_code(&code).unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    Lang::default()
}

/// An interface text in the page's language.
pub fn t(key: Key) -> &'static str {
    i18n::text(lang(), key)
}

/// Browser-side state shared by every island of a page.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Set when storage is full or missing; the banner shows it until dismissed.
    pub storage_notice: RwSignal<Option<StoreError>>,
    /// The notice the user closed, so the same news is not shown twice.
    pub dismissed_notice: RwSignal<Option<StoreError>>,
    /// A new version of the app has installed and waits for the resident to reload.
    pub update_ready: RwSignal<bool>,
    pub online: RwSignal<bool>,
}

/// Signals that live as long as the page, owned by no component: islands come and go, these stay. (Created
/// under a component's owner, they would be disposed with it.)
pub fn lasting<T>(make: impl FnOnce() -> T) -> T {
    let previous = Owner::current();
    // A new root makes itself the current owner: the previous one is put back afterwards.
    let owner = Owner::new_root(None);
    let value = owner.with(make);
    std::mem::forget(owner);
    if let Some(previous) = previous {
        previous.set();
    }
    value
}

thread_local! {
    static HYDRATED: RwSignal<bool> = lasting(|| RwSignal::new(false));
    static STATE: AppState = lasting(|| AppState {
        storage_notice: RwSignal::new(None),
        dismissed_notice: RwSignal::new(None),
        update_ready: RwSignal::new(false),
        online: RwSignal::new(true),
    });
}

/// The page's shared state. Its signals start as the page was rendered (nothing to report) and learn the
/// truth from [`watch`] once the page has hydrated, so hydration meets the same DOM it was rendered with.
pub fn use_state() -> AppState {
    STATE.with(|s| *s)
}

/// Whether the page has hydrated, tracked. Until then islands show what the page was rendered with; after it they
/// show what this phone holds (drafts, ticks, the address's query).
pub fn is_hydrated() -> bool {
    HYDRATED.with(|h| h.get())
}

/// Marks the page hydrated: islands now show what this phone holds. Called once (`hydrated()` in lib.rs).
pub fn set_hydrated() {
    HYDRATED.with(|h| h.set(true));
}

// The desa's time zone (`zona_waktu` in content/desa.toml), written by build.rs.
include!(concat!(env!("OUT_DIR"), "/desa.rs"));

/// Today's date in the desa's time zone (a date of birth typed today must not count as "in the future").
/// At build time `LAYANAN_TODAY=YYYY-MM-DD` sets the day pages are rendered for, so a test build is the same
/// whatever day it runs.
pub fn today() -> CivilDate {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(day) = std::env::var("LAYANAN_TODAY").ok().and_then(|d| CivilDate::parse_iso(&d)) {
        return day;
    }
    #[cfg(target_arch = "wasm32")]
    let now = js_sys::Date::now() as i64;
    #[cfg(not(target_arch = "wasm32"))]
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64);
    let minutes = now / 60_000 + i64::from(ZONE_OFFSET_MINUTES);
    CivilDate::from_days_since_epoch(minutes.div_euclid(1440))
}

/// An island's props, kept for the life of the page: an island hydrates once and is never torn down, so its data
/// gets a `'static` home instead of a clone in every closure that reads it.
pub fn for_page<T>(props: T) -> &'static T {
    Box::leak(Box::new(props))
}

/// A list among an island's props, kept for the life of the page (see [`for_page`]).
pub fn list_for_page<T>(props: Vec<T>) -> &'static [T] {
    Box::leak(props.into_boxed_slice())
}
