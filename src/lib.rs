//! Layanan Terpadu Desa Tanjung Barat: the browser side.
//!
//! Data flows one way: checked content (embedded at build time) → pure core (`layanan_core`) → signals
//! (`state`) → views (`pages`, `components`). Only `storage` touches localStorage; only `router` touches the
//! History API.

pub mod app;
pub mod components;
pub mod drafts;
pub mod focus;
pub mod i18n;
pub mod pages;
pub mod pwa;
pub mod router;
pub mod routes;
pub mod share;
pub mod state;
pub mod storage;

use wasm_bindgen::JsCast;

/// Mounts the app over the static first-paint shell in `index.html`.
pub fn start() {
    console_error_panic_hook::set_once();
    // Drafts an older app (or an earlier bug) set aside but this one can read go back before anything is shown.
    drafts::with_repo(|r| r.rescue(drafts::now_ms(), &mut drafts::new_id));
    let document = leptos::prelude::document();
    let Some(root) = document.get_element_by_id("app") else { return };
    // The static shell stays until the app is ready to draw the same header, so the screen never goes blank.
    root.set_inner_html("");
    leptos::mount::mount_to(root.unchecked_into(), app::App).forget();
}
