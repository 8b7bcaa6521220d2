//! The query part of the address, where islands keep the state a reload or a shared link must bring back
//! (`?q=` of the search, `?draf=…&bagian=2` of a form, `?tanya=…` of a checker).
//!
//! Pages are pre-rendered without a query, so the query starts empty (what the page was rendered with, so
//! hydration meets the same DOM) and takes the browser's value once the page has hydrated ([`watch`]). Steps
//! inside an island add history entries; Back and Forward walk them.

use crate::paths::href;
use layanan_core::route::query_param;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct PageUrl {
    /// `?a=1&b=2`, or empty.
    query: RwSignal<String>,
}

thread_local! {
    static URL: PageUrl = crate::state::lasting(|| PageUrl { query: RwSignal::new(String::new()) });
}

pub fn use_page_url() -> PageUrl {
    URL.with(|u| *u)
}

/// Reads the browser's query and follows Back and Forward. Called once, after hydration.
pub fn watch() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::prelude::*;
        let url = use_page_url();
        url.query.set(current_query());
        // Back and Forward between steps; a link to a place in the page (the skip link) changes only the
        // fragment, and the browser moves there itself.
        let on_pop = Closure::<dyn Fn()>::new(move || {
            let query = current_query();
            if url.query.get_untracked() != query {
                url.query.set(query);
                after_step();
            }
        });
        let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
        on_pop.forget();
    }
}

#[cfg(target_arch = "wasm32")]
fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

impl PageUrl {
    /// A query parameter, tracked.
    pub fn query(self, name: &str) -> Option<String> {
        self.query.with(|q| query_param(q, name))
    }

    /// Moves to a step of this page (`/formulir/sktm?draf=…&bagian=2`), adding a history entry, and starts the
    /// reader at its heading.
    pub fn push(self, app_path: &str) {
        self.go(app_path, false);
    }

    /// Changes the address without a history entry: a search typed letter by letter, a draft id put in place.
    pub fn replace(self, app_path: &str) {
        self.go(app_path, true);
    }

    fn go(self, app_path: &str, replace: bool) {
        let url = href(app_path);
        #[cfg(target_arch = "wasm32")]
        {
            use wasm_bindgen::JsValue;
            if let Ok(history) = window().history() {
                let _ = if replace {
                    history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
                } else {
                    history.push_state_with_url(&JsValue::NULL, "", Some(&url))
                };
            }
        }
        let query = url.find('?').map(|i| url[i..].to_string()).unwrap_or_default();
        self.query.set(query);
        if !replace {
            after_step();
        }
    }
}

/// A new step is a new page for the reader: start at its top and move keyboard and screen-reader focus to its
/// heading.
pub fn after_step() {
    #[cfg(target_arch = "wasm32")]
    request_animation_frame(|| {
        use wasm_bindgen::JsCast;
        window().scroll_to_with_x_and_y(0.0, 0.0);
        if let Some(h1) = document().query_selector("main h1").ok().flatten() {
            if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() {
                let _ = h1.focus();
            }
        }
    });
}

/// Leaves this page for another one of the app (a full page load of its pre-rendered file).
pub fn open(app_path: &str) {
    open_href(&href(app_path));
}

/// Loads an address built with [`crate::paths`].
pub fn open_href(url: &str) {
    #[cfg(target_arch = "wasm32")]
    let _ = window().location().assign(url);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = url;
}

/// The query of the address in the browser right now (`?draf=…`), or empty.
pub fn browser_query() -> String {
    #[cfg(target_arch = "wasm32")]
    return current_query();
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// A link to another step of the same island (a change link on a check page): a real `<a href>` that opens the
/// step in place on a plain click.
#[component]
pub fn StepLink(#[prop(into)] to: String, children: Children) -> impl IntoView {
    let url = use_page_url();
    let target = href(&to);
    view! {
        <a href=target on:click=move |ev| {
            if is_plain_click(&ev) {
                ev.prevent_default();
                url.push(&to);
            }
        }>{children()}</a>
    }
}

/// Whether a click should be left to the browser (new tab, download, modified click).
fn is_plain_click(ev: &web_sys::MouseEvent) -> bool {
    !(ev.default_prevented() || ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}
