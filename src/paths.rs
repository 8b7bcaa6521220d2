//! Addresses of pages and files. Every link inside the app is built here, so every link carries the base path
//! the host serves the app under (`<Router base>` does not prefix links) and the page's language prefix.

use crate::state::lang;
use layanan_core::base::lang::Lang;
use layanan_core::route::{normalize_base, page_href, with_base};
use std::sync::OnceLock;

static BASE: OnceLock<String> = OnceLock::new();

/// Sets the public path for a build-time render (`--public-url`); in the browser it is read from the page,
/// which carries it as `<html data-base>`.
pub fn set_base(public_url: &str) {
    let _ = BASE.set(normalize_base(public_url));
}

/// The public path the app is served under, `""` at a domain root or `/tanjung-barat`.
pub fn base() -> &'static str {
    BASE.get_or_init(|| {
        #[cfg(target_arch = "wasm32")]
        {
            let root = leptos::prelude::document().document_element();
            normalize_base(&root.and_then(|r| r.get_attribute("data-base")).unwrap_or_default())
        }
        #[cfg(not(target_arch = "wasm32"))]
        String::new()
    })
}

/// The address of an app page in the page's own language: `/layanan/sktm` → `/tanjung-barat/en/layanan/sktm/`.
pub fn href(app_path: &str) -> String {
    page_href(base(), lang(), app_path)
}

/// The address of an app page in a given language (the language switch).
pub fn href_in(lang: Lang, app_path: &str) -> String {
    page_href(base(), lang, app_path)
}

/// The address of a file of the build (`sw.js`, the search index), which has no language.
pub fn file(name: &str) -> String {
    with_base(base(), name)
}
