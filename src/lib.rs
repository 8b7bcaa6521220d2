//! Layanan Terpadu Desa Tanjung Barat: every page rendered at build time, the interactive parts hydrated in
//! the browser as islands.
//!
//! Data flows one way: content files → pure core (`layanan_core`) → build-time render of every page (`app`,
//! `pages`, `bin/prerender/`) | island props → signals in the browser → views; actions → core → `stores` →
//! `browser::storage`. Only the stores touch storage; only `browser` touches web APIs.

#![recursion_limit = "256"]

pub mod app;
pub mod browser;
pub mod components;
pub mod i18n;
pub mod pages;
pub mod paths;
pub mod routes;
pub mod site;
pub mod state;
pub mod stores;

/// The browser entry, called by `boot.js` before it hydrates the page's islands: one reactive owner for them.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}

/// Called by `boot.js` once every island has hydrated: the page learns what this phone holds.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrated() {
    // Drafts an older app (or an earlier bug) set aside but this one can read go back before anything is shown,
    // on the pages that show drafts.
    #[cfg(feature = "forms")]
    stores::drafts::with_repo(|r| r.rescue(stores::drafts::now_ms(), &mut stores::drafts::new_id));
    browser::url::watch();
    use leptos::prelude::Set;
    // Now the page learns what storage and the network are doing, and keeps following them.
    state::set_hydrated();
    let app = state::use_state();
    app.storage_notice.set(stores::settings::condition());
    browser::pwa::register(app.update_ready);
    browser::pwa::watch_network(app.online);
    browser::focus::heading_after_arrival(stores::settings::visit_already_marked());
    // The mark that the page is interactive (end-to-end tests wait for it; nothing styles it).
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-hydrated", "");
    }
}
