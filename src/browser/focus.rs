//! Moving keyboard and screen-reader focus after an action replaced what had it (a deleted row, a form that
//! opened), so nobody is left on the page body.

use wasm_bindgen::JsCast;

/// Focuses the element with this id once the view has been drawn.
pub fn focus_after_render(id: &'static str) {
    #[cfg(target_arch = "wasm32")]
    leptos::prelude::request_animation_frame(move || focus_now(id));
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// Focuses the element with this id now.
#[cfg(target_arch = "wasm32")]
fn focus_now(id: &str) {
    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Focuses the field with this id, as an error message's link does: a group of choices or the parts of an
/// address get focus on their first control, where typing or picking starts.
pub fn focus_field(id: &str) {
    let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) else { return };
    let control = if el.matches("input, textarea, select").unwrap_or(false) {
        Some(el)
    } else {
        el.query_selector("input, textarea, select").ok().flatten().or(Some(el))
    };
    if let Some(control) = control.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = control.focus();
    }
}

/// A page opened from a link of this app starts at its heading for keyboard and screen-reader users, as a step
/// inside a page does; the first page of a visit (from WhatsApp, a bookmark) starts at the top as usual. Pages
/// of this visit are told apart by a mark in this tab's session storage (`stores::settings::visit_already_marked`).
pub fn heading_after_arrival(within_visit: bool) {
    let Some(window) = web_sys::window() else { return };
    let has_fragment = window.location().hash().is_ok_and(|h| !h.is_empty());
    let Some(document) = window.document() else { return };
    if within_visit && !has_fragment {
        if let Some(h1) =
            document.query_selector("main h1").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = h1.focus_with_options(&options);
        }
    }
}
