//! A small History-API router: the app's URLs are public (shared over WhatsApp), so they are plain paths under
//! whatever base the host serves the app from.
//!
//! Leptos' router would add about 190 KB of wasm (mostly URL parsing tables) for what this module does in a page.
//! The path logic itself is pure and tested in `layanan_core::route`; this file only wires it to the browser.

use layanan_core::route::{normalize_base, query_param, strip_base, with_base};
use leptos::prelude::*;
use std::sync::OnceLock;
use wasm_bindgen::prelude::*;
use web_sys::MouseEvent;

/// Where the app is: the path under the base, and the query string (with `?`, or empty).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub path: String,
    pub query: String,
}

static BASE: OnceLock<String> = OnceLock::new();

/// The public path the app is served under, from `<base href>` (Trunk writes it from `--public-url`).
pub fn base() -> &'static str {
    BASE.get_or_init(|| {
        let base_uri = document().base_uri().ok().flatten().unwrap_or_default();
        // "https://host/sub/" -> "/sub"
        let path = base_uri.splitn(4, '/').nth(3).map(|p| format!("/{p}")).unwrap_or_default();
        normalize_base(&path)
    })
}

/// The browser URL for an app path: every internal link is built here.
pub fn href(app_path: &str) -> String {
    with_base(base(), app_path)
}

fn current() -> Location {
    let loc = window().location();
    let pathname = loc.pathname().unwrap_or_default();
    let path = strip_base(base(), &pathname).unwrap_or(&pathname).to_string();
    Location { path, query: loc.search().unwrap_or_default() }
}

/// The router's state, provided as context by [`provide_router`].
#[derive(Clone, Copy)]
pub struct Router {
    pub location: RwSignal<Location>,
}

impl Router {
    /// Goes to an app path (which may carry `?query`), adding a history entry.
    pub fn navigate(self, target: &str) {
        self.go(target, false);
    }

    /// Changes the URL without a new history entry: for a search box that updates `?q=` as you type.
    pub fn replace(self, target: &str) {
        self.go(target, true);
    }

    fn go(self, target: &str, replace: bool) {
        let url = href(target);
        if let Ok(history) = window().history() {
            let _ = if replace {
                history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
            } else {
                history.push_state_with_url(&JsValue::NULL, "", Some(&url))
            };
        }
        self.location.set(current());
        // A new history entry is a new page for the reader (even a filtered list): start at its heading.
        if !replace {
            after_page_change();
        }
    }

    /// A query parameter of the current URL, tracked.
    pub fn query(self, name: &str) -> Option<String> {
        self.location.with(|l| query_param(&l.query, name))
    }
}

/// A new page: start at its top and move keyboard and screen-reader focus to its heading.
fn after_page_change() {
    request_animation_frame(|| {
        window().scroll_to_with_x_and_y(0.0, 0.0);
        if let Some(h1) = document().query_selector("main h1").ok().flatten() {
            if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() {
                let _ = h1.focus();
            }
        }
    });
}

/// Creates the router and follows the browser's back and forward buttons.
pub fn provide_router() -> Router {
    let router = Router { location: RwSignal::new(current()) };
    let on_pop = Closure::<dyn Fn()>::new(move || {
        router.location.set(current());
        after_page_change();
    });
    let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();
    provide_context(router);
    router
}

pub fn use_router() -> Router {
    expect_context::<Router>()
}

/// Whether a click should be left to the browser (new tab, download, modified click).
pub fn is_plain_click(ev: &MouseEvent) -> bool {
    !(ev.default_prevented() || ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}
